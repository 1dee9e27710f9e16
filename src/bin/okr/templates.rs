//! `okr templates`: the library of support OKRs, by level, in the reader's language.

use std::process::ExitCode;

use cascade::template::{self, Template};
use cascade::{KrKind, Lang, Level};

use crate::Outcome;

/// List the library of customer-support OKR templates, or show one in full.
///
/// Without an ID, lists every template by level (company, division, team, agent) and the
/// role that owns such objectives. With an ID, shows the objective and each key result:
/// the KPI it measures, the suggested baseline and target, whether it is a guardrail,
/// and last its measure (the column of a helpdesk report that gives its values).
///
/// Examples: okr templates --level team --lang vi
///           okr templates team-queue --lang th
#[derive(clap::Args)]
pub struct Args {
    /// The template to show in full (as listed, e.g. team-queue).
    id: Option<String>,
    /// Only the templates for this level: company, division, team or agent.
    #[arg(long)]
    level: Option<Level>,
}

/// The texts come in `lang`, the global `--lang` (or `CASCADE_LANG`, then `LANG`).
pub fn run(args: Args, lang: Lang) -> Outcome {
    match args.id {
        Some(id) => show(&template::get(&id, lang)?, lang),
        None => list(&template::for_level(args.level, lang), lang),
    }
    Ok(ExitCode::SUCCESS)
}

fn list(templates: &[Template], lang: Lang) {
    let width = templates.iter().map(|t| t.id.chars().count()).max().unwrap_or(0);
    let mut level = None;
    for t in templates {
        if level != Some(t.level) {
            if level.is_some() {
                say!();
            }
            say!("{}", template::heading(t.level, lang));
            level = Some(t.level);
        }
        say!("  {:width$}  {}", t.id, t.title);
    }
}

fn show(t: &Template, lang: Lang) {
    say!("{}", template::heading(t.level, lang));
    say!("{}  ({})", t.title, t.id);
    for k in &t.key_results {
        let numbers = match (k.kind, k.baseline) {
            (KrKind::Progress, Some(b)) => format!("{b} → {} {}", k.target, k.unit),
            _ => format!("{} {}", k.target, k.unit),
        };
        let kind = if k.kind.is_guardrail() {
            format!(", {}", k.kind)
        } else {
            String::new()
        };
        // The measure last: the column a helpdesk report gives this key result's values in.
        say!(
            "  - {}: {numbers}  [{}{kind}]  {}",
            k.title,
            k.kpi.as_str(),
            k.kpi.measure()
        );
    }
}
