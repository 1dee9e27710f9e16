//! `okr restore`: put a plan back as a backup holds it.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::Plan;

/// Replace a plan's content with a backup's. The plan as it was before is backed up
/// first, so a restore can itself be undone.
///
/// Example: okr restore q4.okr ~/.local/share/cascade/backups/q4-20261124-093000.000.okr
#[derive(clap::Args)]
pub struct Args {
    /// The plan to restore.
    plan: PathBuf,
    /// The backup file to restore from (see `okr backup PLAN --list`).
    backup: PathBuf,
    /// The backups folder for the copy taken before restoring [default: as for `okr backup`].
    #[arg(long)]
    dir: Option<PathBuf>,
}

pub fn run(args: Args, lang: cascade::Lang) -> crate::Outcome {
    let dir = args.dir.unwrap_or_else(cascade::backup::default_dir);
    let mut plan = Plan::open(&args.plan)?;
    plan.restore_from(&args.backup, &dir)?;
    plan.close()?;
    println!(
        "{}",
        cascade::Words::new("okr-restored")
            .with("plan", args.plan.display())
            .with("backup", args.backup.display())
            .say(lang)
    );
    Ok(ExitCode::SUCCESS)
}
