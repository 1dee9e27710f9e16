//! `okr import`: spreadsheets or a JSON export into a plan, all or nothing.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use cascade::import::{import_csv, import_json, ImportFiles, InputFile};
use cascade::Plan;

use crate::{Failure, Outcome};

/// Import an organisation and its OKRs from spreadsheets (CSV) or a JSON export.
///
/// Creates PLAN if it does not exist. Nodes and objectives are matched by key: an
/// existing key is updated, a new key is added. For each objective named in the key
/// results file, its key results are replaced by the file's rows, in file order.
/// Everything is checked first; on any problem nothing is changed, every problem is
/// listed with its file, line, column and value, and the exit code is 2.
///
/// Example: okr import 2026.okr --org org.csv --objectives objectives.csv --key-results key_results.csv
#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("input").required(true).multiple(true).args(["org", "objectives", "key_results", "json"])))]
pub struct Args {
    /// The plan file to import into; created when it does not exist.
    plan: PathBuf,
    /// The organisation: key, name, level, parent [, role, new_hire, objective_cap].
    #[arg(long, value_name = "ORG.csv")]
    org: Option<PathBuf>,
    /// Objectives: key, quarter, owner, title, parent [, description].
    #[arg(long, value_name = "OBJECTIVES.csv")]
    objectives: Option<PathBuf>,
    /// Key results: objective, title, baseline, target, current [, unit, weight, kind].
    #[arg(long, value_name = "KEY_RESULTS.csv")]
    key_results: Option<PathBuf>,
    /// A JSON export made by `okr export --format json`, instead of spreadsheets.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["org", "objectives", "key_results"])]
    json: Option<PathBuf>,
}

fn read(path: &Option<PathBuf>) -> Result<Option<InputFile>, Failure> {
    path.as_deref()
        .map(|p| InputFile::read(p).map_err(|e| Failure::file(p, e)))
        .transpose()
}

/// Removes a plan this command created, so a refused import leaves nothing behind.
fn remove_new_plan(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

pub fn run(args: Args) -> Outcome {
    let json = read(&args.json)?;
    let files = ImportFiles {
        org: read(&args.org)?,
        objectives: read(&args.objectives)?,
        key_results: read(&args.key_results)?,
    };
    let created = !args.plan.exists();
    let mut plan = if created {
        Plan::create(&args.plan)?
    } else {
        Plan::open(&args.plan)?
    };
    let result = match &json {
        Some(file) => import_json(&mut plan, file),
        None => import_csv(&mut plan, files),
    };
    let closed = plan.close();
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            if created {
                remove_new_plan(&args.plan);
            }
            return Err(e.into());
        }
    };
    closed?;
    println!(
        "{} {}: {} people and units added, {} updated; {} objectives added, {} updated; \
         {} key results written for {} objectives ({} replaced)",
        if created { "created" } else { "imported into" },
        args.plan.display(),
        report.nodes_added,
        report.nodes_updated,
        report.objectives_added,
        report.objectives_updated,
        report.key_results_added,
        report.objectives_with_key_results,
        report.key_results_removed,
    );
    let history: Vec<String> = [
        (report.checkins_added, "check-in"),
        (report.reviews_added, "review mark"),
        (report.comments_added, "comment"),
        (report.locks_added, "quarter lock"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}{}", if *n == 1 { "" } else { "s" }))
    .collect();
    if !history.is_empty() {
        println!("added {}", history.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}
