//! `okr handout`: a review copy of one part of a plan, for its manager.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::review_copy::HandoutReport;
use cascade::{Level, Plan, Quarter};

/// Write a review copy of one node's part of the plan, for its manager.
///
/// The copy holds the node and everyone under it (which the reviewer may change), with
/// the company's and the node's ancestors' objectives as read-only context, and
/// remembers which plan and which moment it was taken from. Bring it back with
/// `okr merge`.
///
/// With --each, one copy per team (or division) is written into the folder --out, each
/// named after its node's key, with index.json listing what was written.
///
/// Example: okr handout 2026.okr --node hotline --out hotline-review.okr --quarter 2026-Q4
///
/// Example: okr handout 2026.okr --each team --under cskh --out reviews/
#[derive(clap::Args)]
pub struct Args {
    /// The plan to hand out from.
    plan: PathBuf,
    /// The key of the node whose part of the plan is reviewed (a division, team or agent).
    #[arg(long, required_unless_present = "each", conflicts_with = "each")]
    node: Option<String>,
    /// Hand out one copy for each node of this level (team, division…).
    #[arg(long, value_name = "LEVEL")]
    each: Option<Level>,
    /// With --each: only the nodes under this one (its key).
    #[arg(long, requires = "each")]
    under: Option<String>,
    /// The review copy to write (must not exist); with --each, the folder to write them in.
    #[arg(long)]
    out: PathBuf,
    /// A quarter whose objectives the copy holds; repeat for more [default: every quarter of the plan].
    #[arg(long)]
    quarter: Vec<Quarter>,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let Some(node) = &args.node else {
        let level = args.each.expect("clap requires --node or --each");
        let written =
            cascade::review_copy::handout_each(&mut plan, level, args.under.as_deref(), &args.quarter, &args.out)?;
        plan.close()?;
        for r in &written {
            print_one(r);
        }
        println!(
            "wrote {} review copies and {}",
            written.len(),
            args.out.join(cascade::review_copy::INDEX_FILE).display()
        );
        return Ok(ExitCode::SUCCESS);
    };
    let r = cascade::review_copy::handout(&mut plan, node, &args.quarter, &args.out)?;
    plan.close()?;
    print_one(&r);
    Ok(ExitCode::SUCCESS)
}

fn print_one(r: &HandoutReport) {
    let quarters: Vec<String> = r.review.quarters.iter().map(|q| q.to_string()).collect();
    println!(
        "wrote {}: a review copy of {} ({}) for {}",
        r.path,
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
}
