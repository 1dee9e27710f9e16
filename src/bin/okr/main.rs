//! `okr`: the command line over Cascade's core, for headless review and scripts.

/// `println!` that stops quietly when the reader goes away (`okr score … | head`), rather
/// than failing on the closed pipe.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}

mod backup;
mod check;
mod checkin;
mod demo;
mod diff;
mod export;
mod handout;
mod import;
mod init;
mod lock;
mod merge;
mod report;
mod restore;
mod review;
mod rollover;
mod score;
mod template;
mod templates;
mod unlock;

/// An import holds a few hundred thousand short strings at once; the system allocator
/// spent a third of a large import's time in malloc and free, mimalloc a few percent.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    Template(template::Args),
    Templates(templates::Args),
    Report(report::Args),
    Rollover(rollover::Args),
    Backup(backup::Args),
    Restore(restore::Args),
    Handout(handout::Args),
    Merge(merge::Args),
    Checkin(checkin::Args),
    Score(score::Args),
    Review(review::Args),
    Lock(lock::Args),
    Unlock(unlock::Args),
    Diff(diff::Args),
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

/// The name recorded with check-ins, reviews and locks when none is given: the app keeps
/// one in its settings; on the command line it is $CASCADE_USER, else the login name.
pub fn user_name() -> String {
    ["CASCADE_USER", "USER", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_default()
}

fn main() -> ExitCode {
    // clap prints usage errors itself and exits with code 2.
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Init(a) => init::run(a),
        Command::Demo(a) => demo::run(a),
        Command::Check(a) => check::run(a),
        Command::Import(a) => import::run(a),
        Command::Export(a) => export::run(a),
        Command::Template(a) => template::run(a),
        Command::Templates(a) => templates::run(a),
        Command::Report(a) => report::run(a),
        Command::Rollover(a) => rollover::run(a),
        Command::Backup(a) => backup::run(a),
        Command::Restore(a) => restore::run(a),
        Command::Handout(a) => handout::run(a),
        Command::Merge(a) => merge::run(a),
        Command::Checkin(a) => checkin::run(a),
        Command::Score(a) => score::run(a),
        Command::Review(a) => review::run(a),
        Command::Lock(a) => lock::run(a),
        Command::Unlock(a) => unlock::run(a),
        Command::Diff(a) => diff::run(a),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("okr: {e}");
            ExitCode::from(2)
        }
    }
}
