//! `okr lock`: close a reviewed quarter to edits.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::{Plan, Quarter};

/// Lock a quarter after its review: its objectives, key results, check-ins, comments and
/// review marks are refused changes until `okr unlock`.
///
/// Example: okr lock q4.okr --quarter 2026-Q4 --by "Chị Lan"
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The quarter to lock, e.g. 2026-Q4.
    #[arg(long)]
    quarter: Quarter,
    /// Who locks it; shown to whoever tries to edit [default: $CASCADE_USER, else the login name].
    #[arg(long)]
    by: Option<String>,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    plan.set_who(args.by.as_deref().unwrap_or_default());
    let l = plan.lock_quarter(args.quarter, &args.by.unwrap_or_else(cascade::login_name))?;
    plan.close()?;
    say!(
        "{} locked by {} on {}; unlock with: okr unlock {} --quarter {}",
        l.quarter,
        l.locked_by,
        l.locked_at.format("%Y-%m-%d %H:%M"),
        args.plan.display(),
        l.quarter
    );
    Ok(ExitCode::SUCCESS)
}
