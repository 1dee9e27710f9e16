//! `okr export`: a plan as spreadsheets or as one JSON file.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::{Lang, Plan, Quarter};

use crate::{Failure, Outcome};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// org.csv, objectives.csv and key_results.csv in a folder, in the import format.
    Csv,
    /// The whole plan in one file, lossless; `okr import --json` reads it back.
    Json,
    /// One quarter as an Excel workbook (needs --quarter): a sheet per level with each
    /// key result's progress and score, a findings sheet and a load sheet.
    Xlsx,
}

/// Export a plan: the three spreadsheets of the import format, the whole plan as JSON,
/// or one quarter as an Excel workbook for review.
///
/// The output is deterministic (rows sorted, no export time), so the same plan always
/// gives the same bytes and exports can be compared or kept under version control.
///
/// Example: okr export 2026.okr --format csv --out exported/
///
/// Example: okr export 2026.okr --format xlsx --quarter 2026-Q4 --out q4.xlsx
///
/// Example: okr export 2026.okr --format xlsx --quarter 2026-Q4 --lang vi --out q4-vi.xlsx
#[derive(clap::Args)]
pub struct Args {
    /// The plan file to export.
    plan: PathBuf,
    #[arg(long, value_enum)]
    format: Format,
    /// For csv, the folder to write the three files into (made if missing; none of the
    /// three may be there already, nothing is replaced); for json and xlsx, the file to
    /// write.
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// The quarter to export, e.g. 2026-Q4 (xlsx only; csv and json hold every quarter).
    #[arg(long, required_if_eq("format", "xlsx"))]
    quarter: Option<Quarter>,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let snap = plan.snapshot(None)?;
    let json = match args.format {
        Format::Json => plan.export_json()?,
        _ => Vec::new(),
    };
    plan.close()?;
    match args.format {
        Format::Xlsx => {
            let quarter = args.quarter.expect("clap requires --quarter for xlsx");
            cascade::export::xlsx::export_quarter(&snap, quarter, &args.out, lang)?;
            let objectives = snap.objectives.iter().filter(|o| o.quarter == quarter).count();
            println!(
                "exported {quarter}: {objectives} objectives of {} people and units to {}",
                snap.nodes.len(),
                args.out.display()
            );
            return Ok(ExitCode::SUCCESS);
        }
        Format::Json => std::fs::write(&args.out, json).map_err(|e| Failure::write(&args.out, e))?,
        Format::Csv => {
            cascade::export::write_csv(&snap, &args.out)?;
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
