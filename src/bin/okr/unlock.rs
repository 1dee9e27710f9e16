//! `okr unlock`: open a locked quarter to edits again.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::{Plan, Quarter};

/// Unlock a quarter so its OKRs can be changed again.
///
/// Example: okr unlock q4.okr --quarter 2026-Q4
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The quarter to unlock, e.g. 2026-Q4.
    #[arg(long)]
    quarter: Quarter,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let was = plan.unlock_quarter(args.quarter)?;
    plan.close()?;
    if was {
        say!("{} unlocked", args.quarter);
    } else {
        say!("{} was not locked", args.quarter);
    }
    Ok(ExitCode::SUCCESS)
}
