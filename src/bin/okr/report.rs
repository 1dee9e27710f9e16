//! `okr report`: a review report of one quarter.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::export::report::{to_html, to_json, to_markdown};
use cascade::{Lang, Plan, Quarter};

use crate::{Failure, Outcome};

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// Markdown, for a wiki page or an email.
    Md,
    /// One self-contained page that prints on A4 (no external resources).
    Html,
    /// The same content as data, for scripts.
    Json,
}

/// Write a review report of one quarter: per division and team, each objective with its
/// own and aligned progress, the alignment findings, and each person's load against
/// their objective cap.
///
/// Example: okr report 2026.okr --quarter 2026-Q4 --format html --out review-2026-Q4.html
///
/// Example: okr report 2026.okr --quarter 2026-Q4 --format html --lang vi --out danh-gia-Q4.html
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The quarter to report on, e.g. 2026-Q4.
    #[arg(long)]
    quarter: Quarter,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// The file to write; standard output when left out.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let report = plan.report(args.quarter, lang)?;
    plan.close()?;
    let text = match args.format {
        Format::Md => to_markdown(&report),
        Format::Html => to_html(&report),
        Format::Json => to_json(&report),
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, text).map_err(|e| Failure::write(path, e))?;
            println!(
                "wrote the {} review of {} objectives to {}",
                report.quarter,
                report.totals.objectives,
                path.display()
            );
        }
        None => {
            use std::io::Write;
            match std::io::stdout().write_all(text.as_bytes()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    return Err(Failure::write(std::path::Path::new("standard output"), e));
                }
                _ => {}
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
