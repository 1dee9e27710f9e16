//! `okr export`: a plan as spreadsheets or as one JSON file.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::export::{to_csv, to_json, KEY_RESULTS_FILE, OBJECTIVES_FILE, ORG_FILE};
use cascade::Plan;

use crate::{Failure, Outcome};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// org.csv, objectives.csv and key_results.csv in a folder, in the import format.
    Csv,
    /// The whole plan in one file, lossless; `okr import --json` reads it back.
    Json,
}

/// Export a plan: the three spreadsheets of the import format, or the whole plan as JSON.
///
/// The output is deterministic (rows sorted, no export time), so the same plan always
/// gives the same bytes and exports can be compared or kept under version control.
///
/// Example: okr export 2026.okr --format csv --out exported/
#[derive(clap::Args)]
pub struct Args {
    /// The plan file to export.
    plan: PathBuf,
    #[arg(long, value_enum)]
    format: Format,
    /// For csv, the folder to write the three files into (made if missing); for json,
    /// the file to write.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
}

pub fn run(args: Args) -> Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let snap = plan.snapshot(None)?;
    plan.close()?;
    match args.format {
        Format::Json => {
            std::fs::write(&args.out, to_json(&snap)).map_err(|e| Failure::file(&args.out, e))?;
        }
        Format::Csv => {
            let out = to_csv(&snap);
            std::fs::create_dir_all(&args.out).map_err(|e| Failure::file(&args.out, e))?;
            for (name, bytes) in [
                (ORG_FILE, &out.org),
                (OBJECTIVES_FILE, &out.objectives),
                (KEY_RESULTS_FILE, &out.key_results),
            ] {
                let path = args.out.join(name);
                std::fs::write(&path, bytes).map_err(|e| Failure::file(&path, e))?;
            }
        }
    }
    println!(
        "exported {} people and units, {} objectives, {} key results to {}",
        snap.nodes.len(),
        snap.objectives.len(),
        snap.key_results.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
