//! `okr history`: what changed in a plan, when, by whom and through which door.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::history::{HistoryFilter, RowAction};
use cascade::{Plan, Words};

/// Show the plan's history, newest first: each change with when, who, which door, what
/// it was and the fields it changed. With --prune, remove entries made before a date.
///
/// Example: okr history q4.okr --objective hotline-2026q4-1 --since 2026-11-01
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// Only changes to this objective (its key results, check-ins and comments too).
    #[arg(long, value_name = "KEY", conflicts_with = "node")]
    objective: Option<String>,
    /// Only changes to this person or unit (and their objectives).
    #[arg(long, value_name = "KEY")]
    node: Option<String>,
    /// Only changes made on this date (YYYY-MM-DD) or later.
    #[arg(long, value_name = "DATE")]
    since: Option<chrono::NaiveDate>,
    /// text, or json for scripts.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    /// Remove the entries made before --before (the plan itself does not change).
    #[arg(long, requires = "before", conflicts_with_all = ["objective", "node", "since"])]
    prune: bool,
    /// With --prune: the date (YYYY-MM-DD) before which entries are removed.
    #[arg(long, value_name = "DATE", requires = "prune")]
    before: Option<chrono::NaiveDate>,
    /// How many days of history the plan keeps from now on (0: all).
    #[arg(long, value_name = "DAYS", conflicts_with_all = ["objective", "node", "since", "prune"])]
    keep_days: Option<u32>,
}

pub fn run(args: Args, lang: cascade::Lang) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    if let Some(days) = args.keep_days {
        plan.set_history_days(days)?;
        plan.close()?;
        say!("{}", Words::new("okr-history-kept").with("days", days).say(lang));
        return Ok(ExitCode::SUCCESS);
    }
    if args.prune {
        let before = args.before.expect("clap requires --before with --prune");
        let removed = plan.prune_history(&before.to_string())?;
        plan.close()?;
        say!(
            "{}",
            Words::new("okr-history-pruned")
                .with("count", removed)
                .with("before", before)
                .say(lang)
        );
        return Ok(ExitCode::SUCCESS);
    }
    let filter = HistoryFilter {
        objective: args.objective,
        node: args.node,
        since: args.since.map(|d| d.to_string()),
        limit: None,
    };
    let entries = plan.history(&filter, lang)?;
    plan.close()?;
    if args.format == "json" {
        say!("{}", serde_json::to_string_pretty(&entries).expect("entries serialize"));
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        say!("{}", Words::new("okr-history-none").say(lang));
    }
    for e in &entries {
        let at = e.at.get(..16).unwrap_or(&e.at).replace('T', " ");
        let undone = match (&e.undone_at, &e.undone_by) {
            (Some(when), by) if e.undone => {
                let at = when.get(..16).unwrap_or(when).replace('T', " ");
                let said = match by.as_deref().filter(|b| !b.trim().is_empty()) {
                    Some(by) => Words::new("history-undone-at").with("at", at).with("who", by),
                    None => Words::new("history-undone-when").with("at", at),
                };
                format!("  [{}]", said.say(lang))
            }
            _ => String::new(),
        };
        say!("#{}  {at}  {}  ({})  {}{undone}", e.id, e.who, e.door, e.what);
        for c in e.changes.iter().take(20) {
            let action = Words::new(match c.action {
                RowAction::Added => "history-row-added",
                RowAction::Changed => "history-row-changed",
                RowAction::Removed => "history-row-removed",
            })
            .say(lang);
            let fields: Vec<String> = c
                .fields
                .iter()
                .map(|f| format!("{} {} → {}", f.field, f.before, f.after))
                .collect();
            if fields.is_empty() {
                say!("    {action}: {} {}", c.thing, c.row);
            } else {
                say!("    {action}: {} {}: {}", c.thing, c.row, fields.join("; "));
            }
        }
        let more = e.rows - e.changes.len().min(20) as i64;
        if more > 0 {
            say!("    … +{more}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
