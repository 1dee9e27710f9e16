//! The report as Markdown, for a wiki page or an email.

use std::fmt::Write;

use super::{counts, level_name, percent, reading, say, severity, Report, Unit};
use crate::checks::Severity;
use crate::Level;

/// A table cell: no line breaks, pipes escaped.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
}

fn heading(r: &Report, u: &Unit) -> String {
    let reviewed = match &u.review {
        Some(rv) => format!(
            " — {}",
            say(
                r,
                "report-reviewed",
                &[
                    ("who", &cell(&rv.reviewed_by)),
                    ("date", &rv.reviewed_at.format("%Y-%m-%d").to_string())
                ]
            )
        ),
        None if u.level == Level::Team => format!(" — {}", say(r, "report-not-reviewed", &[])),
        None => String::new(),
    };
    format!("{}: {} (`{}`){reviewed}", level_name(r, u.level), cell(&u.name), u.key)
}

/// Writes the report as Markdown.
pub fn to_markdown(r: &Report) -> String {
    let mut s = String::new();
    let t = &r.totals;
    let title = say(
        r,
        "report-title",
        &[("company", &cell(&r.company)), ("quarter", &r.quarter.to_string())],
    );
    let _ = writeln!(s, "# {title}\n");
    if let Some(l) = &r.lock {
        let date = l.locked_at.format("%Y-%m-%d").to_string();
        let _ = writeln!(
            s,
            "{}\n",
            say(r, "report-locked", &[("who", &cell(&l.locked_by)), ("date", &date)])
        );
    }
    let figures = say(
        r,
        "report-summary",
        &[
            ("objectives", &t.objectives.to_string()),
            ("key_results", &t.key_results.to_string()),
            ("own", &percent(t.own)),
            ("aligned", &percent(t.aligned)),
            ("over", &t.people_over_cap.to_string()),
            ("findings", &counts(r, &t.findings)),
        ],
    );
    let _ = writeln!(s, "{figures}\n");
    let _ = writeln!(s, "_{}_\n", say(r, "report-legend", &[]));
    let scores = say(
        r,
        "report-scores",
        &[
            ("misses", &t.misses_to_review.to_string()),
            ("risk", &t.at_risk.to_string()),
            ("reviewed", &t.teams_reviewed.to_string()),
            ("teams", &t.teams.to_string()),
        ],
    );
    let _ = writeln!(s, "{scores}\n");
    for u in &r.units {
        let depth = if u.level == Level::Team { "###" } else { "##" };
        let _ = writeln!(s, "{depth} {}\n", heading(r, u));
        if u.objectives.is_empty() {
            let _ = writeln!(
                s,
                "{}\n",
                say(r, "report-no-objectives", &[("quarter", &r.quarter.to_string())])
            );
        } else {
            let col = |id: &str| say(r, id, &[]);
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} | {} | {} |",
                col("report-col-objective"),
                col("report-col-owner"),
                col("report-col-key-results"),
                col("report-col-own"),
                col("report-col-aligned"),
                col("report-col-score"),
                col("report-col-supports")
            );
            let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---|");
            for o in &u.objectives {
                let mut flag = String::from(if o.findings > 0 { " ⚠" } else { "" });
                if o.commitment == crate::Commitment::Committed {
                    flag.push_str(&format!(" · {}", col("report-committed")));
                }
                if o.miss_to_review {
                    flag.push_str(&format!(" · **{}**", col("report-miss")));
                }
                if o.at_risk {
                    flag.push_str(&format!(" · {}", col("report-at-risk")));
                }
                let _ = writeln!(
                    s,
                    "| {} (`{}`){flag} | {} | {} | {} | {} | {:.2} {} | {} |",
                    cell(&o.title),
                    o.key,
                    cell(&o.owner_name),
                    o.key_results,
                    percent(o.own),
                    percent(o.aligned),
                    o.score,
                    reading(r, o.reading),
                    o.parent.as_deref().map_or("—".to_string(), |p| format!("`{p}`"))
                );
            }
            s.push('\n');
        }
        if !u.findings.is_empty() {
            let _ = writeln!(s, "**{}:** {}\n", say(r, "report-findings", &[]), counts(r, &u.counts));
            for f in &u.findings {
                let mark = match f.severity {
                    Severity::Error => "🔴",
                    Severity::Warning => "🟠",
                    Severity::Info => "🔵",
                };
                let _ = writeln!(
                    s,
                    "- {mark} **{}** `{}`: {}",
                    severity(r, f.severity),
                    f.rule,
                    cell(&f.message)
                );
                if let Some(sug) = &f.suggestion {
                    let _ = writeln!(s, "  - {}", cell(&sug.text));
                }
            }
            s.push('\n');
        }
        if !u.load.is_empty() {
            let col = |id: &str| say(r, id, &[]);
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | |",
                col("report-col-person"),
                col("report-col-role"),
                col("report-col-objectives"),
                col("report-col-cap")
            );
            let _ = writeln!(s, "|---|---|---:|---:|---|");
            for l in &u.load {
                let note = match (l.over_cap, l.new_hire) {
                    (true, _) => col("report-over-cap"),
                    (false, true) => col("report-new-hire"),
                    _ => String::new(),
                };
                let _ = writeln!(
                    s,
                    "| {} (`{}`) | {} | {} | {} | {note} |",
                    cell(&l.name),
                    l.key,
                    cell(&l.role),
                    l.objectives,
                    l.cap
                );
            }
            s.push('\n');
        }
    }
    s
}
