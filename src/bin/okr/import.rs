//! `okr import`: spreadsheets or a JSON export into a plan, all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::import::{ImportFiles, ImportOptions, InputFile, Source};
use cascade::Plan;

use crate::{Failure, Outcome};

/// Import an organisation and its OKRs from spreadsheets (CSV), a workbook (.xlsx) or a
/// JSON export.
///
/// Creates PLAN if it does not exist. Nodes and objectives are matched by key: an
/// existing key is updated, a new key is added. Key results are matched by key, else by
/// title within their objective, else by place, and updated in place: their check-ins
/// and scores stay, and importing the same files again changes nothing. A key result the
/// file no longer lists is removed, but one holding check-ins or a score only with
/// --delete-missing. Everything is checked first; on any problem nothing is changed,
/// every problem is listed with its file, line, column and value, and the exit code is 2.
///
/// CSV files may be UTF-8, UTF-16 (Excel's "Unicode Text"), Windows-1258 (Vietnamese) or
/// Windows-874 (Thai); headers may be in English, Vietnamese or Thai. A workbook holds
/// the three as sheets (`okr template` writes an empty one).
///
/// Example: okr import 2026.okr --org org.csv --objectives objectives.csv --key-results key_results.csv
///
/// Example: okr import 2026.okr --xlsx ke-hoach.xlsx
#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("input").required(true).multiple(true).args(["org", "objectives", "key_results", "json", "xlsx"])))]
pub struct Args {
    /// The plan file to import into; created when it does not exist.
    plan: PathBuf,
    /// The organisation: key, name, level, parent [, role, new_hire, objective_cap, notes].
    #[arg(long, value_name = "ORG.csv")]
    org: Option<PathBuf>,
    /// Objectives: key, quarter, owner, title, parent [, description, commitment].
    #[arg(long, value_name = "OBJECTIVES.csv")]
    objectives: Option<PathBuf>,
    /// Key results: objective, title, baseline, target, current [, unit, weight, kind, key, score, confidence].
    #[arg(long, value_name = "KEY_RESULTS.csv")]
    key_results: Option<PathBuf>,
    /// A JSON export made by `okr export --format json`, instead of spreadsheets.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["org", "objectives", "key_results", "xlsx"])]
    json: Option<PathBuf>,
    /// A workbook holding the organisation, objectives and key results as sheets (named
    /// as the template's, or found by their header row), instead of CSV files.
    #[arg(long, value_name = "FILE.xlsx", conflicts_with_all = ["org", "objectives", "key_results"])]
    xlsx: Option<PathBuf>,
    /// Remove the key results the file no longer lists even when they hold check-ins or
    /// a score (without it, such an import is refused naming them).
    #[arg(long)]
    delete_missing: bool,
}

fn read(path: &Option<PathBuf>) -> Result<Option<InputFile>, Failure> {
    path.as_deref()
        .map(|p| InputFile::read(p).map_err(|e| Failure::read(p, e)))
        .transpose()
}

pub fn run(args: Args, lang: cascade::Lang) -> Outcome {
    let json = read(&args.json)?;
    let xlsx = read(&args.xlsx)?;
    let source = match (json, xlsx) {
        (Some(file), _) => Source::Json(file),
        (None, Some(file)) => Source::Xlsx(file),
        (None, None) => Source::Csv(ImportFiles {
            org: read(&args.org)?,
            objectives: read(&args.objectives)?,
            key_results: read(&args.key_results)?,
        }),
    };
    let options = ImportOptions {
        delete_missing: args.delete_missing,
    };
    let created = !args.plan.exists();
    let report = if created {
        source.import_new(&args.plan, options)?
    } else {
        let mut plan = Plan::open(&args.plan)?;
        let result = source.import(&mut plan, options);
        let closed = plan.close();
        let report = result?;
        closed?;
        report
    };
    for line in report.lines(lang, &args.plan.display().to_string(), created) {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
