//! `okr handout`: a review copy of one part of a plan, for its manager.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::{Plan, Quarter};

/// Write a review copy of one node's part of the plan, for its manager.
///
/// The copy holds the node and everyone under it (which the reviewer may change), with
/// the company's and the node's ancestors' objectives as read-only context, and
/// remembers which plan and which moment it was taken from. Bring it back with
/// `okr merge`.
///
/// Example: okr handout 2026.okr --node hotline --out hotline-review.okr --quarter 2026-Q4
#[derive(clap::Args)]
pub struct Args {
    /// The plan to hand out from.
    plan: PathBuf,
    /// The key of the node whose part of the plan is reviewed (a division, team or agent).
    #[arg(long)]
    node: String,
    /// The review copy to write; must not exist.
    #[arg(long)]
    out: PathBuf,
    /// A quarter whose objectives the copy holds; repeat for more [default: every quarter of the plan].
    #[arg(long)]
    quarter: Vec<Quarter>,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let r = cascade::review_copy::handout(&mut plan, &args.node, &args.quarter, &args.out)?;
    plan.close()?;
    let quarters: Vec<String> = r.review.quarters.iter().map(|q| q.to_string()).collect();
    println!(
        "wrote {}: a review copy of {} ({}) for {}",
        args.out.display(),
        r.review.node_name,
        r.review.node_key,
        if quarters.is_empty() {
            "no quarter yet".into()
        } else {
            quarters.join(", ")
        }
    );
    println!(
        "  to review: {} node(s), {} objective(s); context: {} node(s), {} objective(s)",
        r.nodes, r.objectives, r.context_nodes, r.context_objectives
    );
    Ok(ExitCode::SUCCESS)
}
