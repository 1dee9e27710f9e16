//! `okr diff`: what changed between two quarters.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::view::diff::DiffObjective;
use cascade::{Plan, Quarter};

/// List the objectives added, dropped, re-linked and carried over between two quarters.
///
/// Example: okr diff plan.okr --from 2026-Q3 --to 2026-Q4 --format json
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The earlier quarter, e.g. 2026-Q3.
    #[arg(long)]
    from: Quarter,
    /// The later quarter, e.g. 2026-Q4.
    #[arg(long)]
    to: Quarter,
    /// text for people, json for scripts.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let d = plan.diff(args.from, args.to)?;
    plan.close()?;
    if let Format::Json = args.format {
        say!("{}", serde_json::to_string_pretty(&d).expect("a diff serialises"));
        return Ok(ExitCode::SUCCESS);
    }
    say!(
        "{} → {}: {} added, {} dropped, {} carried over ({} re-linked)",
        d.from,
        d.to,
        d.added.len(),
        d.dropped.len(),
        d.carried_over.len(),
        d.relinked.len()
    );
    let show = |o: &DiffObjective| {
        let supports = o
            .parent
            .as_deref()
            .map(|p| format!(", supports {p}"))
            .unwrap_or_default();
        format!("{}  {}  ({}{supports})", o.key, o.title, o.owner)
    };
    let section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            say!("\n{title}:");
            for l in lines {
                say!("  {l}");
            }
        }
    };
    section("added", d.added.iter().map(|o| format!("+ {}", show(o))).collect());
    section("dropped", d.dropped.iter().map(|o| format!("- {}", show(o))).collect());
    let link = |p: &Option<String>| p.clone().unwrap_or_else(|| "nothing".into());
    section(
        "re-linked",
        d.relinked
            .iter()
            .map(|c| {
                format!(
                    "~ {} (from {}): supported {}, now supports {}",
                    c.to.key,
                    c.from.key,
                    link(&c.from.parent),
                    link(&c.to.parent)
                )
            })
            .collect(),
    );
    section(
        "carried over",
        d.carried_over
            .iter()
            .map(|c| format!("= {} → {}  {}", c.from.key, c.to.key, c.to.title))
            .collect(),
    );
    Ok(ExitCode::SUCCESS)
}
