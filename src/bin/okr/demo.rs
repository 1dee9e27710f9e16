//! `okr demo`: a plan filled with a realistic sample support organisation.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::Plan;

/// Create a plan holding a sample support organisation: a Vietnamese company with a
/// customer-care division and a Thai support division, their teams and agents, and two
/// quarters of OKRs built on support KPIs (CSAT, first response time, FCR…).
///
/// Example: okr demo sample.okr && okr check sample.okr
#[derive(clap::Args)]
pub struct Args {
    /// The plan file to create; must not exist.
    plan: PathBuf,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::create(&args.plan)?;
    let made = cascade::demo::fill(&mut plan)?;
    plan.close()?;
    println!(
        "created {} with {} people and units, {} objectives, {} key results",
        args.plan.display(),
        made.nodes,
        made.objectives,
        made.key_results
    );
    Ok(ExitCode::SUCCESS)
}
