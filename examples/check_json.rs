//! Opens a plan, checks it and writes the findings as JSON to standard output: what
//! `okr check PLAN --format json` does, without the command line around it. Used by
//! benches/check_vs_dump.sh to time the check from process start to exit.
//!
//! ```text
//! cargo run --release --example check_json -- big.okr > findings.json
//! cargo run --release --example check_json -- big.okr --timings > /dev/null
//! ```
//!
//! `--timings` also tells on standard error how long reading the plan and checking it
//! took.

use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

use cascade::Plan;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: check_json PLAN [--timings]");
        return ExitCode::from(2);
    };
    let timings = args.next().is_some_and(|a| a == "--timings");
    let run = || -> Result<(), Box<dyn std::error::Error>> {
        let started = Instant::now();
        let mut plan = Plan::open(&path)?;
        let snapshot = plan.snapshot(None)?;
        plan.close()?;
        let read = started.elapsed();
        let findings = cascade::checks::check(&snapshot);
        let checked = started.elapsed() - read;
        if timings {
            eprintln!(
                "{} objectives, {} key results: read {:.1} ms, check {:.1} ms, {} findings",
                snapshot.objectives.len(),
                snapshot.key_results.len(),
                read.as_secs_f64() * 1e3,
                checked.as_secs_f64() * 1e3,
                findings.len()
            );
        }
        let mut out = BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer(&mut out, &findings)?;
        out.write_all(b"\n")?;
        out.flush()?;
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("check_json: {e}");
            ExitCode::from(2)
        }
    }
}
