//! Writes the three spreadsheets of a large support organisation for the import
//! benchmark (`benches/import_vs_sqlite.sh`): the synthetic organisation of
//! [`cascade::synth`] with 10,000 agents and two quarters (about 45,000 objectives and
//! 110,000 key results), exported in the import format.
//! The output depends only on the arguments.
//!
//! Usage: cargo run --release --example import_bench_data -- OUT_DIR [AGENTS]

use cascade::export::{to_csv, KEY_RESULTS_FILE, OBJECTIVES_FILE, ORG_FILE};
use cascade::synth::{generate, SynthSpec};
use cascade::{Plan, Quarter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().ok_or("usage: import_bench_data OUT_DIR [AGENTS]")?);
    let agents: usize = args.next().map_or(Ok(10_000), |a| a.parse())?;
    let quarters: Vec<Quarter> = vec!["2026-Q4".parse()?, "2027-Q1".parse()?];
    let mut plan = Plan::in_memory()?;
    let made = generate(&mut plan, &SynthSpec::with_agents(agents, quarters, 2026))?;
    let files = to_csv(&plan.snapshot(None)?);
    std::fs::create_dir_all(&out)?;
    for (name, bytes) in [
        (ORG_FILE, &files.org),
        (OBJECTIVES_FILE, &files.objectives),
        (KEY_RESULTS_FILE, &files.key_results),
    ] {
        std::fs::write(out.join(name), bytes)?;
    }
    eprintln!(
        "{} people and units, {} objectives, {} key results in {}",
        made.nodes,
        made.objectives,
        made.key_results,
        out.display()
    );
    Ok(())
}
