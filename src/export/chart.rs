//! A key result's check-in history as a small line chart against its target line, in
//! inline SVG: the HTML report embeds it and the app shows it, from this one drawing.
//!
//! The SVG stands alone (no fonts, scripts, styles or images from elsewhere), so a
//! report opens offline and can be emailed. Colours are fixed; text uses the reader's
//! default sans-serif font, which shows Vietnamese and Thai.

use std::fmt::Write;

use chrono::NaiveDate;

use crate::i18n::words;
use crate::{CheckIn, KeyResult, KrKind, Lang};

/// Drawing size in SVG units; the SVG scales to its container.
const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 120.0;
/// Room for the labels on the left and at the bottom.
const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 22.0;

/// Draws `history` (one key result's check-ins, in any order) against the key result's
/// target, and its baseline when it has one. With no check-ins it draws the target and
/// says so, in `lang`.
pub fn checkin_svg(kr: &KeyResult, history: &[CheckIn], lang: Lang) -> String {
    let mut points: Vec<(NaiveDate, f64)> = history.iter().map(|c| (c.date, c.value)).collect();
    points.sort_by_key(|p| p.0);
    let mut values: Vec<f64> = points.iter().map(|p| p.1).collect();
    values.push(kr.target);
    values.extend(kr.baseline);
    let (mut lo, mut hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| (l.min(v), h.max(v)));
    if (hi - lo).abs() < f64::EPSILON {
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        lo -= pad;
        hi += pad;
    }
    let y = |v: f64| TOP + (hi - v) / (hi - lo) * (HEIGHT - TOP - BOTTOM);
    let (first, last) = match (points.first(), points.last()) {
        (Some(f), Some(l)) => (f.0, l.0),
        _ => (NaiveDate::MIN, NaiveDate::MIN),
    };
    let span = (last - first).num_days().max(0) as f64;
    let x = |d: NaiveDate| {
        if span == 0.0 {
            (LEFT + WIDTH - RIGHT) / 2.0
        } else {
            LEFT + (d - first).num_days() as f64 / span * (WIDTH - LEFT - RIGHT)
        }
    };
    let unit = if kr.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", kr.unit)
    };
    let goal = words::say(
        lang,
        match kr.kind {
            KrKind::Progress => "chart-goal-target",
            KrKind::KeepAbove => "chart-goal-keep-above",
            KrKind::KeepBelow => "chart-goal-keep-below",
        },
        &[],
    );

    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{}" font-family="sans-serif" font-size="9">"#,
        crate::export::markup::escape(&words::say(
            lang,
            "chart-label",
            &[
                ("title", &kr.title),
                ("goal", &goal),
                ("value", &format!("{}{unit}", num(kr.target)))
            ],
        ))
    );
    let _ = write!(s, "<title>{}</title>", crate::export::markup::escape(&kr.title));
    // Axes.
    let _ = write!(
        s,
        r##"<path d="M{LEFT} {TOP}V{b}H{r}" fill="none" stroke="#9aa0a6" stroke-width="1"/>"##,
        b = HEIGHT - BOTTOM,
        r = WIDTH - RIGHT
    );
    // Baseline and target.
    if let Some(b) = kr.baseline.filter(|_| kr.kind == KrKind::Progress) {
        let yb = y(b);
        let _ = write!(
            s,
            r##"<line class="baseline" x1="{LEFT}" x2="{r}" y1="{yb:.1}" y2="{yb:.1}" stroke="#bdc1c6" stroke-width="1"/><text x="{lx}" y="{ty:.1}" text-anchor="end" fill="#5f6368">{}</text>"##,
            crate::export::markup::escape(&num(b)),
            r = WIDTH - RIGHT,
            lx = LEFT - 3.0,
            ty = yb + 3.0
        );
    }
    let yt = y(kr.target);
    let _ = write!(
        s,
        r##"<line class="target" x1="{LEFT}" x2="{r}" y1="{yt:.1}" y2="{yt:.1}" stroke="#188038" stroke-width="1.5" stroke-dasharray="4 3"/><text x="{lx}" y="{ty:.1}" text-anchor="end" fill="#188038">{}</text>"##,
        crate::export::markup::escape(&num(kr.target)),
        r = WIDTH - RIGHT,
        lx = LEFT - 3.0,
        ty = yt + 3.0
    );
    if points.is_empty() {
        let _ = write!(
            s,
            r##"<text x="{cx}" y="{cy}" text-anchor="middle" fill="#5f6368">{}</text></svg>"##,
            crate::export::markup::escape(&words::say(lang, "chart-empty", &[])),
            cx = (LEFT + WIDTH - RIGHT) / 2.0,
            cy = (HEIGHT - BOTTOM + TOP) / 2.0
        );
        return s;
    }
    // The history line and its points.
    let path: Vec<String> = points
        .iter()
        .map(|&(d, v)| format!("{:.1},{:.1}", x(d), y(v)))
        .collect();
    let _ = write!(
        s,
        r##"<polyline class="history" points="{}" fill="none" stroke="#1a73e8" stroke-width="2" stroke-linejoin="round"/>"##,
        path.join(" ")
    );
    for &(d, v) in &points {
        let _ = write!(
            s,
            r##"<circle cx="{:.1}" cy="{:.1}" r="2.5" fill="#1a73e8"><title>{}</title></circle>"##,
            x(d),
            y(v),
            crate::export::markup::escape(&format!("{d}: {}{unit}", num(v)))
        );
    }
    // First and last dates under the axis.
    let by = HEIGHT - BOTTOM + 12.0;
    let _ = write!(s, r##"<text x="{LEFT}" y="{by}" fill="#5f6368">{first}</text>"##);
    if last != first {
        let _ = write!(
            s,
            r##"<text x="{r}" y="{by}" text-anchor="end" fill="#5f6368">{last}</text>"##,
            r = WIDTH - RIGHT
        );
    }
    s.push_str("</svg>");
    s
}

/// A number as people write it: no trailing zeros, at most two decimals.
fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn kr() -> KeyResult {
        KeyResult {
            id: Uuid::now_v7(),
            objective_id: Uuid::nil(),
            key: "o-kr1".into(),
            position: 0,
            title: "Thời gian phản hồi <đầu tiên> & \"SLA\"".into(),
            kind: KrKind::Progress,
            baseline: Some(120.0),
            target: 60.0,
            current: 90.0,
            unit: "giây".into(),
            weight: 1.0,
            measure: String::new(),
            score: None,
            confidence: None,
        }
    }

    fn at(day: u32, value: f64) -> CheckIn {
        CheckIn {
            id: Uuid::now_v7(),
            key_result_id: Uuid::nil(),
            date: NaiveDate::from_ymd_opt(2026, 10, day).unwrap(),
            value,
            note: String::new(),
            who: String::new(),
            confidence: None,
            recorded_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn draws_the_history_in_date_order_against_the_target() {
        let svg = checkin_svg(&kr(), &[at(15, 90.0), at(1, 120.0), at(8, 100.0)], Lang::En);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        // Plot area spans y 10..98 for values 120 (top) .. 60 (bottom); x 44..308.
        assert!(svg.contains(r#"points="44.0,10.0 176.0,39.3 308.0,54.0""#), "{svg}");
        assert!(svg.contains(r#"class="target" x1="44" x2="308" y1="98.0""#), "{svg}");
        assert!(svg.contains("2026-10-01: 120 giây") && svg.contains("2026-10-15"));
        assert_eq!(svg.matches("<circle").count(), 3);
    }

    #[test]
    fn escapes_text_and_uses_nothing_from_elsewhere() {
        let svg = checkin_svg(&kr(), &[at(1, 100.0)], Lang::En);
        assert!(svg.contains("&lt;đầu tiên&gt; &amp; &quot;SLA&quot;"), "{svg}");
        assert!(!svg.contains("<đầu"));
        for outside in [
            "href",
            "http://www.w3.org/1999/xlink",
            "<image",
            "<script",
            "<style",
            "url(",
        ] {
            assert!(!svg.contains(outside), "{outside} in {svg}");
        }
    }

    #[test]
    fn no_history_says_so_and_a_flat_range_still_draws() {
        let svg = checkin_svg(&kr(), &[], Lang::En);
        assert!(svg.contains("no check-ins yet") && !svg.contains("<polyline"));
        let vi = checkin_svg(&kr(), &[], Lang::Vi);
        assert!(
            vi.contains(">chưa có lần cập nhật nào<") && vi.contains("so với mục tiêu"),
            "{vi}"
        );
        assert!(checkin_svg(&kr(), &[], Lang::Th).contains(">ยังไม่มีการอัปเดต<"));
        let mut flat = kr();
        flat.kind = KrKind::KeepAbove;
        flat.baseline = None;
        flat.target = 4.3;
        let svg = checkin_svg(&flat, &[at(1, 4.3), at(2, 4.3)], Lang::En);
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        assert!(svg.contains("keep above 4.3"));
    }
}
