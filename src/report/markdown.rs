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
    format!("{what}: {} (`{}`)", cell(&u.name), u.key)
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
    for u in &r.units {
        let depth = if u.level == Level::Team { "###" } else { "##" };
        let _ = writeln!(s, "{depth} {}\n", heading(u));
        if u.objectives.is_empty() {
            let _ = writeln!(s, "No objectives in {}.\n", r.quarter);
        } else {
            let _ = writeln!(s, "| Objective | Owner | Key results | Own | Aligned | Supports |");
            let _ = writeln!(s, "|---|---|---:|---:|---:|---|");
            for o in &u.objectives {
                let flag = if o.findings > 0 { " ⚠" } else { "" };
                let _ = writeln!(
                    s,
                    "| {} (`{}`){flag} | {} | {} | {} | {} | {} |",
                    cell(&o.title),
                    o.key,
                    cell(&o.owner_name),
                    o.key_results,
                    percent(o.own),
                    percent(o.aligned),
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
