//! `okr`: the command line over Cascade's core, for headless review and scripts.

mod backup;
mod demo;
mod init;
mod restore;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Cascade's command line: plan a support organisation's OKRs in a `.okr` file, check
/// their alignment, import and export spreadsheets, and write review reports.
#[derive(Parser)]
#[command(name = "okr", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Init(init::Args),
    Demo(demo::Args),
    Backup(backup::Args),
    Restore(restore::Args),
}

/// What a subcommand returns: the exit code it wants, or an error to report (exit 2).
pub type Outcome = Result<ExitCode, cascade::Error>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Init(a) => init::run(a),
        Command::Demo(a) => demo::run(a),
        Command::Backup(a) => backup::run(a),
        Command::Restore(a) => restore::run(a),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("okr: {e}");
            ExitCode::from(2)
        }
    }
}
