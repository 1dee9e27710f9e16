//! Makes a synthetic support organisation's plan file, for benchmarks and trying the app
//! on a large plan:
//!
//! ```text
//! cargo run --release --example synth -- big.okr --agents 10000
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use cascade::synth::{generate, SynthSpec};
use cascade::{Plan, Quarter};
use clap::Parser;

/// Write a new plan file holding a synthetic organisation: 20 agents a team, 25 teams a
/// division, a full cascade of objectives and key results in each quarter, and a small
/// share of deliberate problems for the checks to find.
#[derive(Parser)]
struct Args {
    /// The plan file to create; it must not exist yet.
    out: PathBuf,
    /// About how many agents (rounded up to whole teams of 20).
    #[arg(long, default_value_t = 10_000)]
    agents: usize,
    /// The quarters to plan, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "2026-Q4,2027-Q1")]
    quarters: Vec<Quarter>,
    /// The same seed makes the same plan.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let spec = SynthSpec::with_agents(args.agents, args.quarters, args.seed);
    let started = Instant::now();
    let made = Plan::create(&args.out).and_then(|mut plan| {
        let counts = generate(&mut plan, &spec)?;
        plan.close()?;
        Ok(counts)
    });
    match made {
        Ok(c) => {
            println!(
                "{}: {} nodes ({} agents), {} objectives, {} key results in {:.1} s",
                args.out.display(),
                c.nodes,
                spec.agents(),
                c.objectives,
                c.key_results,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("synth: {e}");
            ExitCode::from(2)
        }
    }
}
