//! What the app does between opening a plan and showing its tree, step by step, timed:
//! the core calls the shell makes (`src-tauri/src/session.rs`) and the JSON the bridge
//! carries to the window. For finding where the launch of a large plan goes
//! (`benches/app_tree.sh` times the whole launch in the real app).
//!
//! Usage: cargo run --release --example startup_cost -- PLAN [BACKUP_DIR]

use std::time::Instant;

use cascade::view::quarters::quarter_choice;
use cascade::view::summary::summarize;
use cascade::view::tree::tree_rows;
use cascade::{checks, Lang, Plan, Quarter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: startup_cost PLAN [BACKUP_DIR]")?;
    let t = Instant::now();
    let mut last = t;
    let mut step = |what: &str| {
        let now = Instant::now();
        eprintln!(
            "{:>7.3} s  +{:>6.3} s  {what}",
            (now - t).as_secs_f64(),
            (now - last).as_secs_f64()
        );
        last = now;
    };
    let mut plan = Plan::open(&path)?;
    step("open");
    if let Some(dir) = args.next() {
        plan.daily_backup(std::path::Path::new(&dir))?;
        step("daily backup");
    }
    let today = Quarter::containing(chrono::Local::now().date_naive());
    let choice = quarter_choice(&plan.quarters()?, today);
    let nodes = plan.nodes()?.len();
    step(&format!("info ({nodes} nodes)"));
    let q = choice.default_quarter;
    let outline = plan.tree_outline(q, Lang::En)?;
    step(&format!("tree outline ({} rows)", outline.len()));
    let json = serde_json::to_vec(&outline)?;
    step(&format!("outline as JSON ({} bytes): the window shows it", json.len()));
    let all = plan.snapshot(None)?;
    step(&format!(
        "snapshot ({} objectives, {} key results)",
        all.objectives.len(),
        all.key_results.len()
    ));
    let findings = checks::check_quarter_in(&all, Some(q), Lang::En);
    step(&format!("check {q} ({} findings)", findings.len()));
    let summaries = summarize(&all, q, &findings);
    step("summaries");
    let quarter = all.quarter(q);
    step("cut the quarter");
    let rows = tree_rows(&quarter, &summaries, Lang::En);
    step(&format!("tree rows ({})", rows.len()));
    let tree = serde_json::to_vec(&rows)?;
    step(&format!("tree as JSON ({} bytes)", tree.len()));
    let found = serde_json::to_vec(&findings)?;
    step(&format!("findings as JSON ({} bytes)", found.len()));
    Ok(())
}
