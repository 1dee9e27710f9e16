//! `okr check`: the alignment and overload findings of a plan.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anstyle::{AnsiColor, Style};
use cascade::checks::{count, Finding, Severity};
use cascade::{Lang, Plan, Quarter};
use serde::Serialize;

use crate::Outcome;

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// Grouped by severity, one line per finding, then a summary line.
    Text,
    /// `{"findings": [...], "summary": {...}}` for scripts.
    Json,
}

/// Check a plan's alignment and load: orphans, links across branches or quarters,
/// skipped levels, missing or too many key results, people over their objective cap…
///
/// Exit code 0 when no finding is an error, 1 when at least one is, 2 when the check
/// could not run (bad arguments, a file that is missing or not a plan).
///
/// Example: okr check 2026.okr --quarter 2026-Q4 --format json > findings.json
///
/// Example: okr check 2026.okr --lang vi
#[derive(clap::Args)]
pub struct Args {
    /// The plan file to check.
    plan: PathBuf,
    /// Only this quarter (links to other quarters are still seen from both sides).
    #[arg(long)]
    quarter: Option<Quarter>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Serialize)]
struct Summary {
    quarter: Option<Quarter>,
    errors: usize,
    warnings: usize,
    infos: usize,
    total: usize,
}

#[derive(Serialize)]
struct JsonOutput<'a> {
    findings: &'a [Finding],
    summary: Summary,
}

fn style(s: Severity) -> Style {
    let colour = match s {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Blue,
    };
    Style::new().fg_color(Some(colour.into())).bold()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let findings = plan.check_in(args.quarter, lang)?;
    plan.close()?;
    let counts = count(&findings);
    let mut out = String::new();
    match args.format {
        Format::Json => {
            let summary = Summary {
                quarter: args.quarter,
                errors: counts.errors,
                warnings: counts.warnings,
                infos: counts.infos,
                total: counts.total(),
            };
            let text = serde_json::to_string_pretty(&JsonOutput {
                findings: &findings,
                summary,
            })
            .expect("findings are plain data");
            let _ = writeln!(out, "{text}");
        }
        Format::Text => {
            let dim = Style::new().dimmed();
            for severity in Severity::ALL {
                let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
                if group.is_empty() {
                    continue;
                }
                let s = style(severity);
                let _ = writeln!(out, "{s}{}{s:#} ({})", severity.name().to_uppercase(), group.len());
                for f in group {
                    let place = match &f.objective {
                        Some(o) => format!("{} {} {o}", f.quarter, f.owner),
                        None => format!("{} {}", f.quarter, f.owner),
                    };
                    let _ = write!(
                        out,
                        "  {s}{:<8}{s:#} {:<21} {dim}{place}{dim:#}  {}",
                        severity.name(),
                        f.rule.name(),
                        f.message
                    );
                    if let Some(sug) = &f.suggestion {
                        let _ = write!(out, " {dim}→ {}{dim:#}", sug.text);
                    }
                    out.push('\n');
                }
            }
            let scope = args.quarter.map_or("the plan".to_string(), |q| q.to_string());
            let _ = writeln!(
                out,
                "{}, {}, {} in {scope}",
                plural(counts.errors, "error", "errors"),
                plural(counts.warnings, "warning", "warnings"),
                plural(counts.infos, "info", "infos"),
            );
        }
    }
    // anstream drops the colours when stdout is not a terminal (a pipe, a file) or when
    // NO_COLOR is set. A reader that stops early (`| head`) is not a failure.
    match anstream::stdout().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(crate::Failure::write(std::path::Path::new("standard output"), e));
        }
        _ => {}
    }
    Ok(if counts.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
