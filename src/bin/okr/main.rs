//! `okr`: the command line over Cascade's core, for headless review and scripts.

mod backup;
mod check;
mod demo;
mod export;
mod handout;
mod import;
mod init;
mod merge;
mod report;
mod restore;
mod rollover;

use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Cascade's command line: plan a support organisation's OKRs in a `.okr` file, check
/// their alignment, import and export spreadsheets, and write review reports.
///
/// Exit codes: 0 success, 1 `check` found errors, 2 the command failed.
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
    Check(check::Args),
    Import(import::Args),
    Export(export::Args),
    Report(report::Args),
    Rollover(rollover::Args),
    Backup(backup::Args),
    Restore(restore::Args),
    Handout(handout::Args),
    Merge(merge::Args),
}

/// Why a command failed; each is printed as one message and exits with code 2.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Plan(#[from] cascade::Error),
    #[error(transparent)]
    Import(#[from] cascade::import::ImportError),
    #[error("{path}: {source}")]
    File { path: String, source: std::io::Error },
}

impl Failure {
    /// An input or output file that could not be read or written, named.
    pub fn file(path: &Path, source: std::io::Error) -> Failure {
        Failure::File {
            path: path.display().to_string(),
            source,
        }
    }
}

/// What a subcommand returns: the exit code it wants, or an error to report (exit 2).
pub type Outcome = Result<ExitCode, Failure>;

fn main() -> ExitCode {
    // clap prints usage errors itself and exits with code 2.
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Init(a) => init::run(a),
        Command::Demo(a) => demo::run(a),
        Command::Check(a) => check::run(a),
        Command::Import(a) => import::run(a),
        Command::Export(a) => export::run(a),
        Command::Report(a) => report::run(a),
        Command::Rollover(a) => rollover::run(a),
        Command::Backup(a) => backup::run(a),
        Command::Restore(a) => restore::run(a),
        Command::Handout(a) => handout::run(a),
        Command::Merge(a) => merge::run(a),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("okr: {e}");
            ExitCode::from(2)
        }
    }
}
