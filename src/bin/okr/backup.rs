//! `okr backup`: a consistent copy of a plan, even while it is open elsewhere.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::Plan;

/// Copy a plan into the backups folder (the last 10 copies of each plan are kept), or
/// list the backups there with --list.
///
/// Example: okr backup q4.okr && okr backup q4.okr --list
#[derive(clap::Args)]
pub struct Args {
    /// The plan to back up.
    plan: PathBuf,
    /// The backups folder [default: `backups` in Cascade's data folder, or $CASCADE_DATA_DIR/backups].
    #[arg(long)]
    dir: Option<PathBuf>,
    /// List the plan's backups, newest first, instead of taking one.
    #[arg(long)]
    list: bool,
}

pub fn run(args: Args, lang: cascade::Lang) -> crate::Outcome {
    let dir = args.dir.unwrap_or_else(cascade::backup::default_dir);
    if args.list {
        for b in cascade::backup::list(&dir, &args.plan)? {
            println!(
                "{}  {:>10} bytes  {}",
                b.taken_at.format("%Y-%m-%d %H:%M:%S"),
                b.bytes,
                b.path.display()
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    let plan = Plan::open(&args.plan)?;
    let b = plan.backup_to(&dir)?;
    plan.close()?;
    println!(
        "{}",
        cascade::Words::new("okr-backed-up")
            .with("plan", args.plan.display())
            .with("backup", b.path.display())
            .say(lang)
    );
    Ok(ExitCode::SUCCESS)
}
