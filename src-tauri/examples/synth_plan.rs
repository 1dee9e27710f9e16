//! Makes a large synthetic plan to try the app at scale:
//! `cargo run -p okr-cascade --example synth_plan -- big.okr 10000 2026-Q4`.

use cascade::synth::{generate, SynthSpec};
use cascade::{Plan, Quarter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: synth_plan PLAN [AGENTS] [QUARTER...]")?;
    let agents: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(10_000);
    let mut quarters: Vec<Quarter> = args.map(|q| q.parse()).collect::<Result<_, _>>()?;
    if quarters.is_empty() {
        quarters.push("2026-Q4".parse()?);
    }
    let mut plan = Plan::create(&path)?;
    let counts = generate(&mut plan, &SynthSpec::with_agents(agents, quarters, 42))?;
    plan.close()?;
    println!("{path}: {counts:?}");
    Ok(())
}
