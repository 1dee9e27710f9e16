//! The report as one self-contained HTML page: styles embedded, no scripts, fonts,
//! images or links to fetch, so it opens offline and prints well on A4.

use std::fmt::Write;

use super::{percent, ObjectiveLine, Report, Unit};
use crate::{Commitment, Level};

use crate::markup::escape as esc;

const STYLE: &str = r#"
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Noto Sans", "Noto Sans Thai", Tahoma, "Helvetica Neue", Arial, sans-serif;
       font-size: 10.5pt; line-height: 1.4; color: #1d2430; margin: 0 auto; max-width: 190mm; padding: 8mm 0;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p.legend { font-size: 8.5pt; color: #5b6472; margin: 0 0 3mm; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 2px solid #2f5d8a; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
.key { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 8.5pt; color: #5b6472; }
.totals { display: flex; flex-wrap: wrap; gap: 2mm; margin: 3mm 0 4mm; padding: 0; list-style: none; }
.totals li { border: 1px solid #c9d1dc; border-radius: 2mm; padding: 1.5mm 3mm; }
.totals b { display: block; font-size: 13pt; }
section { break-inside: avoid-page; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; border-bottom: 1px solid #dde3ea; }
th { font-size: 9pt; color: #4a5361; border-bottom: 1.5px solid #9aa6b5; }
td.n, th.n { text-align: right; white-space: nowrap; }
.bar { display: inline-block; width: 16mm; height: 2.2mm; background: #e3e8ee; border-radius: 1mm;
       vertical-align: middle; margin-right: 1mm; overflow: hidden; }
.bar i { display: block; height: 100%; background: #2f7d4f; }
.low .bar i { background: #c0392b; }
.mid .bar i { background: #d4880f; }
ul.findings { margin: 1mm 0 3mm; padding-left: 5mm; }
ul.findings li { margin-bottom: 1mm; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 8pt; padding: 0 1mm; border-radius: 1mm; }
.error { color: #fff; background: #b03a2e; }
.warning { color: #1d2430; background: #f3c04f; }
.info { color: #fff; background: #3b6ea5; }
.sug { color: #4a5361; }
.over { color: #b03a2e; font-weight: 600; }
.muted { color: #6b7480; }
.badge { font-size: 7.5pt; font-weight: 600; padding: 0 1mm; border-radius: 1mm; white-space: nowrap; }
.committed { color: #2f5d8a; border: 1px solid #2f5d8a; }
.miss { color: #fff; background: #b03a2e; }
.risk { color: #1d2430; background: #f3c04f; }
.reviewed { font-size: 9pt; font-weight: normal; color: #2f7d4f; }
.lock { border: 1px solid #9aa6b5; border-radius: 2mm; padding: 1.5mm 3mm; display: inline-block; }
tr.detail td { border-bottom: 1px solid #dde3ea; padding-top: 0; }
.comment { margin: 0.5mm 0; color: #4a5361; }
.charts { display: flex; flex-wrap: wrap; gap: 2mm; }
.charts figure { margin: 0; width: 60mm; break-inside: avoid; }
.charts svg { width: 100%; height: auto; }
.charts figcaption { font-size: 8pt; color: #4a5361; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } h3 { break-after: avoid; } }
"#;

fn bar(v: f64) -> String {
    let class = if v < 0.4 {
        "low"
    } else if v < 0.7 {
        "mid"
    } else {
        "ok"
    };
    format!(
        "<span class=\"{class}\"><span class=\"bar\"><i style=\"width:{:.0}%\"></i></span>{}</span>",
        (v * 100.0).clamp(0.0, 100.0),
        percent(v)
    )
}

fn unit(s: &mut String, r: &Report, u: &Unit) {
    let (tag, what) = match u.level {
        Level::Company => ("h2", "Company"),
        Level::Division => ("h2", "Division"),
        Level::Team => ("h3", "Team"),
        Level::Agent => ("h3", "Agent"),
    };
    let reviewed = match &u.review {
        Some(rv) => format!(
            " <span class=\"reviewed\">✓ reviewed by {}, {}</span>",
            esc(&rv.reviewed_by),
            rv.reviewed_at.format("%Y-%m-%d")
        ),
        None if u.level == Level::Team => " <span class=\"muted reviewed\">not reviewed yet</span>".to_string(),
        None => String::new(),
    };
    let _ = writeln!(
        s,
        "<section>\n<{tag}>{what}: {} <span class=\"key\">{}</span>{reviewed}</{tag}>",
        esc(&u.name),
        esc(&u.key)
    );
    if u.objectives.is_empty() {
        let _ = writeln!(s, "<p class=\"muted\">No objectives in {}.</p>", r.quarter);
    } else {
        s.push_str(
            "<table>\n<thead><tr><th>Objective</th><th>Owner</th><th class=\"n\">KRs</th><th class=\"n\">Own</th>\
             <th class=\"n\">Aligned</th><th class=\"n\">Score</th><th>Supports</th></tr></thead>\n<tbody>\n",
        );
        for o in &u.objectives {
            let flag = if o.findings > 0 {
                " <span class=\"over\">⚠</span>"
            } else {
                ""
            };
            let mut badges = String::new();
            if o.commitment == Commitment::Committed {
                badges.push_str(" <span class=\"badge committed\">committed</span>");
            }
            if o.miss_to_review {
                badges.push_str(" <span class=\"badge miss\">miss to review</span>");
            }
            if o.at_risk {
                badges.push_str(" <span class=\"badge risk\">at risk</span>");
            }
            let _ = writeln!(
                s,
                "<tr><td>{}{flag} <span class=\"key\">{}</span>{badges}</td><td>{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.2} {}</td><td class=\"key\">{}</td></tr>",
                esc(&o.title),
                esc(&o.key),
                esc(&o.owner_name),
                o.key_results,
                bar(o.own),
                bar(o.aligned),
                o.score,
                o.reading,
                o.parent.as_deref().map_or("—".to_string(), esc)
            );
            detail(s, o);
        }
        s.push_str("</tbody>\n</table>\n");
    }
    if !u.findings.is_empty() {
        s.push_str("<ul class=\"findings\">\n");
        for f in &u.findings {
            let sev = f.severity.name();
            let _ = write!(
                s,
                "<li><span class=\"sev {sev}\">{sev}</span> <span class=\"key\">{}</span> {}",
                f.rule,
                esc(&f.message)
            );
            if let Some(sug) = &f.suggestion {
                let _ = write!(s, "<br><span class=\"sug\">→ {}</span>", esc(&sug.text));
            }
            s.push_str("</li>\n");
        }
        s.push_str("</ul>\n");
    }
    if !u.load.is_empty() {
        s.push_str(
            "<table>\n<thead><tr><th>Person</th><th>Role</th><th class=\"n\">Objectives</th><th class=\"n\">Cap</th>\
             <th></th></tr></thead>\n<tbody>\n",
        );
        for l in &u.load {
            let note = match (l.over_cap, l.new_hire) {
                (true, _) => "<span class=\"over\">over cap</span>",
                (false, true) => "<span class=\"muted\">new hire</span>",
                _ => "",
            };
            let _ = writeln!(
                s,
                "<tr><td>{} <span class=\"key\">{}</span></td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{note}</td></tr>",
                esc(&l.name),
                esc(&l.key),
                esc(&l.role),
                l.objectives,
                l.cap
            );
        }
        s.push_str("</tbody>\n</table>\n");
    }
    s.push_str("</section>\n");
}

/// Under an objective's row: the reviewers' comments and the check-in chart of each key
/// result that has check-ins.
fn detail(s: &mut String, o: &ObjectiveLine) {
    let charted: Vec<_> = o.key_result_lines.iter().filter(|k| !k.chart.is_empty()).collect();
    if o.comments.is_empty() && charted.is_empty() {
        return;
    }
    s.push_str("<tr class=\"detail\"><td colspan=\"7\">");
    for c in &o.comments {
        let _ = write!(
            s,
            "<p class=\"comment\"><b>{}</b>: {}</p>",
            esc(&c.author),
            esc(&c.text)
        );
    }
    if !charted.is_empty() {
        s.push_str("<div class=\"charts\">");
        for k in charted {
            let confidence = k.confidence.map(|c| format!(" · {c}")).unwrap_or_default();
            let _ = write!(
                s,
                "<figure>{}<figcaption>{} <span class=\"key\">{}</span> · score {:.2}{confidence}</figcaption></figure>",
                k.chart,
                esc(&k.title),
                esc(&k.key),
                k.score
            );
        }
        s.push_str("</div>");
    }
    s.push_str("</td></tr>\n");
}

/// Writes the report as one HTML page.
pub fn to_html(r: &Report) -> String {
    let t = &r.totals;
    let title = format!("OKR review: {}, {}", r.company, r.quarter);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        esc(&title)
    );
    let _ = writeln!(s, "<h1>{}</h1>", esc(&title));
    if let Some(l) = &r.lock {
        let _ = writeln!(
            s,
            "<p class=\"lock\">🔒 Locked after review by {}, {}</p>",
            esc(&l.locked_by),
            l.locked_at.format("%Y-%m-%d")
        );
    }
    let _ = writeln!(
        s,
        "<ul class=\"totals\"><li><b>{}</b>objectives</li><li><b>{}</b>key results</li><li><b>{}</b>own progress</li>\
         <li><b>{}</b>aligned progress</li><li><b>{}</b>over their cap</li><li><b>{}</b>errors</li>\
         <li><b>{}</b>warnings</li><li><b>{}</b>infos</li><li><b>{}</b>committed misses to review</li>\
         <li><b>{}</b>at risk</li><li><b>{}/{}</b>teams reviewed</li></ul>",
        t.objectives,
        t.key_results,
        percent(t.own),
        percent(t.aligned),
        t.people_over_cap,
        t.findings.errors,
        t.findings.warnings,
        t.findings.infos,
        t.misses_to_review,
        t.at_risk,
        t.teams_reviewed,
        t.teams
    );
    let _ = writeln!(s, "<p class=\"legend\">{}</p>", esc(super::LEGEND));
    for u in &r.units {
        unit(&mut s, r, u);
    }
    s.push_str("</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes() {
        assert_eq!(
            esc("<b>\"Tom & Jerry's\"</b>"),
            "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;"
        );
    }
}
