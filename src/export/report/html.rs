//! The report as one self-contained HTML page: styles embedded, no scripts, fonts,
//! images or links to fetch, so it opens offline and prints well on A4.

use std::fmt::Write;

use super::{confidence, level_name, percent, reading, say, severity, ObjectiveLine, Report, Unit};
use crate::{Commitment, Level};

use crate::export::markup::escape as esc;

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
    let tag = match u.level {
        Level::Company | Level::Division => "h2",
        Level::Team | Level::Agent => "h3",
    };
    let what = esc(&level_name(r, u.level));
    let w = |id: &str| esc(&say(r, id, &[]));
    let reviewed = match &u.review {
        Some(rv) => format!(
            " <span class=\"reviewed\">{}</span>",
            esc(&say(
                r,
                "report-reviewed",
                &[
                    ("who", &rv.reviewed_by),
                    ("date", &rv.reviewed_at.format("%Y-%m-%d").to_string())
                ]
            ))
        ),
        None if u.level == Level::Team => {
            format!(" <span class=\"muted reviewed\">{}</span>", w("report-not-reviewed"))
        }
        None => String::new(),
    };
    let _ = writeln!(
        s,
        "<section>\n<{tag}>{what}: {} <span class=\"key\">{}</span>{reviewed}</{tag}>",
        esc(&u.name),
        esc(&u.key)
    );
    if u.objectives.is_empty() {
        let none = say(r, "report-no-objectives", &[("quarter", &r.quarter.to_string())]);
        let _ = writeln!(s, "<p class=\"muted\">{}</p>", esc(&none));
    } else {
        let _ = writeln!(
            s,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
             <th class=\"n\">{}</th><th class=\"n\">{}</th><th>{}</th></tr></thead>\n<tbody>",
            w("report-col-objective"),
            w("report-col-owner"),
            w("report-col-krs"),
            w("report-col-own"),
            w("report-col-aligned"),
            w("report-col-score"),
            w("report-col-supports")
        );
        for o in &u.objectives {
            let flag = if o.findings > 0 {
                " <span class=\"over\">⚠</span>"
            } else {
                ""
            };
            let mut badges = String::new();
            if o.commitment == Commitment::Committed {
                let _ = write!(
                    badges,
                    " <span class=\"badge committed\">{}</span>",
                    w("report-committed")
                );
            }
            if o.miss_to_review {
                let _ = write!(badges, " <span class=\"badge miss\">{}</span>", w("report-miss"));
            }
            if o.at_risk {
                let _ = write!(badges, " <span class=\"badge risk\">{}</span>", w("report-at-risk"));
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
                esc(&reading(r, o.reading)),
                o.parent.as_deref().map_or("—".to_string(), esc)
            );
            detail(s, r, o);
        }
        s.push_str("</tbody>\n</table>\n");
    }
    if !u.findings.is_empty() {
        s.push_str("<ul class=\"findings\">\n");
        for f in &u.findings {
            let _ = write!(
                s,
                "<li><span class=\"sev {}\">{}</span> <span class=\"key\">{}</span> {}",
                f.severity.name(),
                esc(&severity(r, f.severity)),
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
        let _ = writeln!(
            s,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
             <th></th></tr></thead>\n<tbody>",
            w("report-col-person"),
            w("report-col-role"),
            w("report-col-objectives"),
            w("report-col-cap")
        );
        for l in &u.load {
            let note = match (l.over_cap, l.new_hire) {
                (true, _) => format!("<span class=\"over\">{}</span>", w("report-over-cap")),
                (false, true) => format!("<span class=\"muted\">{}</span>", w("report-new-hire")),
                _ => String::new(),
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
fn detail(s: &mut String, r: &Report, o: &ObjectiveLine) {
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
            let confidence = k
                .confidence
                .map(|c| format!(" · {}", esc(&confidence(r, c))))
                .unwrap_or_default();
            let score = say(r, "report-score", &[("score", &format!("{:.2}", k.score))]);
            let _ = write!(
                s,
                "<figure>{}<figcaption>{} <span class=\"key\">{}</span> · {}{confidence}</figcaption></figure>",
                k.chart,
                esc(&k.title),
                esc(&k.key),
                esc(&score)
            );
        }
        s.push_str("</div>");
    }
    s.push_str("</td></tr>\n");
}

/// Writes the report as one HTML page.
pub fn to_html(r: &Report) -> String {
    let t = &r.totals;
    let title = say(
        r,
        "report-title",
        &[("company", &r.company), ("quarter", &r.quarter.to_string())],
    );
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        r.lang,
        esc(&title)
    );
    let _ = writeln!(s, "<h1>{}</h1>", esc(&title));
    if let Some(l) = &r.lock {
        let date = l.locked_at.format("%Y-%m-%d").to_string();
        let lock = say(r, "report-locked", &[("who", &l.locked_by), ("date", &date)]);
        let _ = writeln!(s, "<p class=\"lock\">{}</p>", esc(&lock));
    }
    let totals = [
        (t.objectives.to_string(), "report-total-objectives"),
        (t.key_results.to_string(), "report-total-key-results"),
        (percent(t.own), "report-total-own"),
        (percent(t.aligned), "report-total-aligned"),
        (t.people_over_cap.to_string(), "report-total-over-cap"),
        (t.findings.errors.to_string(), "report-total-errors"),
        (t.findings.warnings.to_string(), "report-total-warnings"),
        (t.findings.infos.to_string(), "report-total-infos"),
        (t.misses_to_review.to_string(), "report-total-misses"),
        (t.at_risk.to_string(), "report-total-at-risk"),
        (format!("{}/{}", t.teams_reviewed, t.teams), "report-total-reviewed"),
    ];
    s.push_str("<ul class=\"totals\">");
    for (figure, label) in totals {
        let _ = write!(s, "<li><b>{figure}</b>{}</li>", esc(&say(r, label, &[])));
    }
    s.push_str("</ul>\n");
    let _ = writeln!(s, "<p class=\"legend\">{}</p>", esc(&say(r, "report-legend", &[])));
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
