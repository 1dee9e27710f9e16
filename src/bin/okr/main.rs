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
mod history;
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
mod undo;
mod unlock;

/// An import holds a few hundred thousand short strings at once; the system allocator
/// spent a third of a large import's time in malloc and free, mimalloc a few percent.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::process::ExitCode;

use cascade::Lang;
use clap::{Parser, Subcommand};

/// Cascade's command line: plan a support organisation's OKRs in a `.okr` file, check
/// their alignment, import and export spreadsheets, and write review reports.
///
/// Exit codes: 0 success, 1 `check` found errors, 2 the command failed.
#[derive(Parser)]
#[command(name = "okr", version, propagate_version = true)]
struct Cli {
    /// The language of everything okr says, refusals included: en, vi or th. When not
    /// given, $CASCADE_LANG, then $LANG (vi_VN.UTF-8 is vi, th_TH.UTF-8 is th), else en.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

/// The language asked for: `--lang`, else $CASCADE_LANG, else $LANG, else English. A
/// variable naming a language Cascade does not speak (`C.UTF-8`, `de_DE`) is passed over.
fn language(flag: Option<Lang>) -> Lang {
    flag.or_else(|| {
        ["CASCADE_LANG", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().and_then(|s| s.parse().ok()))
    })
    .unwrap_or_default()
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
    History(history::Args),
    Undo(undo::Args),
    Redo(undo::RedoArgs),
}

impl Command {
    /// The subcommand's name, as the plan's history records the door of a change.
    fn name(&self) -> &'static str {
        match self {
            Command::Init(_) => "init",
            Command::Demo(_) => "demo",
            Command::Check(_) => "check",
            Command::Import(_) => "import",
            Command::Export(_) => "export",
            Command::Template(_) => "template",
            Command::Templates(_) => "templates",
            Command::Report(_) => "report",
            Command::Rollover(_) => "rollover",
            Command::Backup(_) => "backup",
            Command::Restore(_) => "restore",
            Command::Handout(_) => "handout",
            Command::Merge(_) => "merge",
            Command::Checkin(_) => "checkin",
            Command::Score(_) => "score",
            Command::Review(_) => "review",
            Command::Lock(_) => "lock",
            Command::Unlock(_) => "unlock",
            Command::Diff(_) => "diff",
            Command::History(_) => "history",
            Command::Undo(_) => "undo",
            Command::Redo(_) => "redo",
        }
    }
}

/// Why a command failed; each is printed as one message and exits with code 2.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Plan(#[from] cascade::Error),
    #[error(transparent)]
    Import(#[from] cascade::import::ImportError),
}

impl Failure {
    /// An input file that could not be read, named.
    pub fn read(path: &Path, source: std::io::Error) -> Failure {
        cascade::Error::read_file(path, source).into()
    }

    /// An output file that could not be written, named.
    pub fn write(path: &Path, source: std::io::Error) -> Failure {
        cascade::Error::write_file(path, source).into()
    }

    /// What went wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Plan(e) => e.message(lang),
            Failure::Import(e) => e.message(lang),
        }
    }
}

/// What a subcommand returns: the exit code it wants, or an error to report (exit 2).
pub type Outcome = Result<ExitCode, Failure>;

/// mimalloc's `mi_option_purge_delay` (mimalloc.h): how long freed memory is kept before
/// it goes back to the system, 10 ms by default.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // An import lets each file and each checked row go as it moves on; giving that memory
    // back at once takes the peak of a 50,000-agent import from about 480 MB to about
    // 340 MB, in the same time (benches/README.md).
    // SAFETY: sets one of mimalloc's options, as its documentation allows at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    // clap prints usage errors itself and exits with code 2.
    let cli = Cli::parse();
    let lang = language(cli.lang);
    cascade::Actor::set_default(format!("okr {}", cli.command.name()));
    let outcome = match cli.command {
        Command::Init(a) => init::run(a, lang),
        Command::Demo(a) => demo::run(a),
        Command::Check(a) => check::run(a, lang),
        Command::Import(a) => import::run(a, lang),
        Command::Export(a) => export::run(a, lang),
        Command::Template(a) => template::run(a, lang),
        Command::Templates(a) => templates::run(a, lang),
        Command::Report(a) => report::run(a, lang),
        Command::Rollover(a) => rollover::run(a),
        Command::Backup(a) => backup::run(a, lang),
        Command::Restore(a) => restore::run(a, lang),
        Command::Handout(a) => handout::run(a),
        Command::Merge(a) => merge::run(a, lang),
        Command::Checkin(a) => checkin::run(a, lang),
        Command::Score(a) => score::run(a),
        Command::Review(a) => review::run(a),
        Command::Lock(a) => lock::run(a),
        Command::Unlock(a) => unlock::run(a),
        Command::Diff(a) => diff::run(a),
        Command::History(a) => history::run(a, lang),
        Command::Undo(a) => undo::run(a, lang),
        Command::Redo(a) => undo::redo(a, lang),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("okr: {}", e.message(lang));
            ExitCode::from(2)
        }
    }
}
