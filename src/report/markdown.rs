//! The report as Markdown, for a wiki page or an email.

use std::fmt::Write;

use super::{percent, Report, Unit};
use crate::checks::{Counts, Severity};
use crate::Level;

/// A table cell: no line breaks, pipes escaped.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace(['\r', '\n'], " ")
}

fn heading(u: &Unit) -> String {
    let what = match u.level {
        Level::Company => "Company",
        Level::Division => "Division",
        Level::Team => "Team",
        Level::Agent => "Agent",
    };
    let reviewed = match &u.review {
        Some(r) => format!(
            " — ✓ reviewed by {}, {}",
            cell(&r.reviewed_by),
            r.reviewed_at.format("%Y-%m-%d")
        ),
        None if u.level == Level::Team => " — not reviewed yet".to_string(),
        None => String::new(),
    };
    format!("{what}: {} (`{}`){reviewed}", cell(&u.name), u.key)
}

/// "1 error, 2 warnings, 0 infos".
fn counts(c: &Counts) -> String {
    let n = |v: usize, one: &str| format!("{v} {one}{}", if v == 1 { "" } else { "s" });
    format!(
        "{}, {}, {}",
        n(c.errors, "error"),
        n(c.warnings, "warning"),
        n(c.infos, "info")
    )
}

/// Writes the report as Markdown.
pub fn to_markdown(r: &Report) -> String {
    let mut s = String::new();
    let t = &r.totals;
    let _ = writeln!(s, "# OKR review: {}, {}\n", cell(&r.company), r.quarter);
    if let Some(l) = &r.lock {
        let _ = writeln!(
            s,
            "🔒 Locked after review by {}, {}\n",
            cell(&l.locked_by),
            l.locked_at.format("%Y-%m-%d")
        );
    }
    let _ = writeln!(
        s,
        "{} objectives, {} key results · own progress {} · aligned progress {} · {} over their objective cap · \
         findings: {}\n",
        t.objectives,
        t.key_results,
        percent(t.own),
        percent(t.aligned),
        t.people_over_cap,
        counts(&t.findings)
    );
    let _ = writeln!(s, "_{}_\n", super::LEGEND);
    let _ = writeln!(
        s,
        "Scores: {} committed miss(es) to review · {} objective(s) at risk · {} of {} teams reviewed\n",
        t.misses_to_review, t.at_risk, t.teams_reviewed, t.teams
    );
    for u in &r.units {
        let depth = if u.level == Level::Team { "###" } else { "##" };
        let _ = writeln!(s, "{depth} {}\n", heading(u));
        if u.objectives.is_empty() {
            let _ = writeln!(s, "No objectives in {}.\n", r.quarter);
        } else {
            let _ = writeln!(
                s,
                "| Objective | Owner | Key results | Own | Aligned | Score | Supports |"
            );
            let _ = writeln!(s, "|---|---|---:|---:|---:|---:|---|");
            for o in &u.objectives {
                let mut flag = String::from(if o.findings > 0 { " ⚠" } else { "" });
                if o.commitment == crate::Commitment::Committed {
                    flag.push_str(" · committed");
                }
                if o.miss_to_review {
                    flag.push_str(" · **miss to review**");
                }
                if o.at_risk {
                    flag.push_str(" · at risk");
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
                    o.reading,
                    o.parent.as_deref().map_or("—".to_string(), |p| format!("`{p}`"))
                );
            }
            s.push('\n');
        }
        if !u.findings.is_empty() {
            let _ = writeln!(s, "**Findings:** {}\n", counts(&u.counts));
            for f in &u.findings {
                let mark = match f.severity {
                    Severity::Error => "🔴",
                    Severity::Warning => "🟠",
                    Severity::Info => "🔵",
                };
                let _ = writeln!(s, "- {mark} **{}** `{}`: {}", f.severity, f.rule, cell(&f.message));
                if let Some(sug) = &f.suggestion {
                    let _ = writeln!(s, "  - {}", cell(&sug.text));
                }
            }
            s.push('\n');
        }
        if !u.load.is_empty() {
            let _ = writeln!(s, "| Person | Role | Objectives | Cap | |");
            let _ = writeln!(s, "|---|---|---:|---:|---|");
            for l in &u.load {
                let note = match (l.over_cap, l.new_hire) {
                    (true, _) => "over cap",
                    (false, true) => "new hire",
                    _ => "",
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
