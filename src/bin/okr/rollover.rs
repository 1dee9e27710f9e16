//! `okr rollover`: start the next quarter from this one.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::{Plan, Quarter};

use crate::Outcome;

/// Start a quarter from the previous one: copy every objective whose progress is below
/// 100% (or all, with --all) with its key results. Each copy starts where the quarter
/// ended (baseline and current are the source's current, the target stays), is linked to
/// the copy of its parent, and records the objective it was carried over from. Running it
/// again copies nothing twice; the source quarter is never changed.
///
/// Example: okr rollover 2026.okr --from 2026-Q4 --to 2027-Q1
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The quarter to carry objectives from, e.g. 2026-Q4.
    #[arg(long)]
    from: Quarter,
    /// The later quarter to carry them into, e.g. 2027-Q1.
    #[arg(long)]
    to: Quarter,
    /// Carry every objective, finished ones too.
    #[arg(long)]
    all: bool,
}

pub fn run(args: Args) -> Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let report = plan.rollover(args.from, args.to, args.all)?;
    plan.close()?;
    for c in &report.carried {
        let link = match (&c.parent, c.unlinked) {
            (Some(p), _) => format!("under {p}"),
            (None, true) => "unlinked: its parent was not carried over; link it by hand".to_string(),
            (None, false) => "top level".to_string(),
        };
        println!(
            "carried {} → {} ({}, {:.0}% done, {} key results, {link}): {}",
            c.source,
            c.copy,
            c.owner,
            c.progress * 100.0,
            c.key_results,
            c.title
        );
    }
    println!(
        "{} objectives carried from {} to {}; {} left behind as done; {} already carried earlier",
        report.carried.len(),
        report.from,
        report.to,
        report.done,
        report.already_carried
    );
    Ok(ExitCode::SUCCESS)
}
