//! `okr checkin`, `score`, `review`, `lock`, `unlock` and `diff` run as the real binary on
//! a real plan file, which is then reopened and looked at.

use std::path::Path;
use std::process::{Command, Output};

use cascade::Plan;

fn okr(args: &[&str], plan: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_okr"))
        .arg(args[0])
        .arg(plan)
        .args(&args[1..])
        .env("CASCADE_USER", "Chị Lan")
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn refused(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("q4.okr");
    let out = Command::new(env!("CARGO_BIN_EXE_okr"))
        .arg("demo")
        .arg(&plan)
        .output()
        .unwrap();
    ok(&out);
    (dir, plan)
}

#[test]
fn a_checkin_moves_the_value_keeps_history_and_draws_the_chart() {
    let (_dir, plan) = demo();
    let kr = "cskh-2026q4-1-kr1";
    let said = ok(&okr(
        &[
            "checkin",
            "--kr",
            kr,
            "--value",
            "70",
            "--date",
            "2026-10-06",
            "--note",
            "tuần 1",
        ],
        &plan,
    ));
    assert!(said.contains(kr) && said.contains("70"), "{said}");
    ok(&okr(
        &[
            "checkin",
            "--kr",
            kr,
            "--value",
            "64",
            "--date",
            "2026-10-13",
            "--confidence",
            "at-risk",
        ],
        &plan,
    ));
    let err = refused(&okr(
        &["checkin", "--kr", kr, "--value", "1", "--confidence", "maybe"],
        &plan,
    ));
    assert!(err.contains("maybe"), "{err}");
    let err = refused(&okr(&["checkin", "--kr", "no-such-kr", "--value", "1"], &plan));
    assert!(err.contains("no-such-kr"), "{err}");

    let listed = ok(&okr(&["checkin", "--kr", kr, "--history"], &plan));
    let lines: Vec<&str> = listed.lines().skip(1).collect();
    assert_eq!(lines.len(), 2, "{listed}");
    assert!(
        lines[0].contains("2026-10-06  70") && lines[0].contains("tuần 1"),
        "{listed}"
    );
    assert!(lines[1].contains("2026-10-13  64  [at-risk]  — Chị Lan"), "{listed}");

    let p = Plan::open(&plan).unwrap();
    let k = p.key_result(kr).unwrap();
    assert_eq!(
        (k.current, k.confidence.map(|c| c.to_string())),
        (64.0, Some("at-risk".into()))
    );
    let history = p.checkins(kr).unwrap();
    assert_eq!(history.iter().map(|c| c.value).collect::<Vec<_>>(), [70.0, 64.0]);
    assert_eq!(history[0].who, "Chị Lan", "the name comes from CASCADE_USER");
    let svg = cascade::export::chart::checkin_svg(&k, &history, cascade::Lang::En);
    assert_eq!(svg.matches("<circle").count(), 2);
    assert!(svg.contains("2026-10-13: 64"), "{svg}");
}

#[test]
fn scores_lock_review_and_unlock() {
    let (_dir, plan) = demo();
    let kr = "cskh-2026q4-1-kr1";
    let said = ok(&okr(&["score", "--kr", kr, "--set", "0.95"], &plan));
    assert!(said.contains("0.95"), "{said}");
    let json = ok(&okr(&["score", "--quarter", "2026-Q4", "--format", "json"], &plan));
    let scores: Vec<cascade::measure::score::ObjectiveScore> = serde_json::from_str(&json).unwrap();
    let s = scores.iter().find(|s| s.key == "cskh-2026q4-1").unwrap();
    assert!(s
        .key_results
        .iter()
        .any(|k| k.key == kr && k.score == 0.95 && k.set_by_hand));
    let err = refused(&okr(&["score", "--kr", kr, "--set", "7"], &plan));
    assert!(err.contains("score") && err.contains('7'), "{err}");

    let said = ok(&okr(
        &[
            "review",
            "--quarter",
            "2026-Q4",
            "--node",
            "cskh-hotline-hn",
            "--comment",
            "cskh-2026q4-1=Tốt, giữ cho quý sau",
        ],
        &plan,
    ));
    assert!(said.contains("1 comment"), "{said}");
    let listed = ok(&okr(&["review", "--quarter", "2026-Q4"], &plan));
    assert!(listed.contains("1 of 7 teams reviewed"), "{listed}");

    ok(&okr(&["lock", "--quarter", "2026-Q4"], &plan));
    let before = std::fs::read(&plan).unwrap();
    for edit in [
        vec!["checkin", "--kr", kr, "--value", "1"],
        vec!["score", "--kr", kr, "--clear"],
        vec!["review", "--quarter", "2026-Q4", "--node", "cskh-chat"],
    ] {
        let err = refused(&okr(&edit, &plan));
        assert!(
            err.contains("2026-Q4 is locked") && err.contains("Chị Lan") && err.contains("okr unlock"),
            "{err}"
        );
    }
    assert!(
        std::fs::read(&plan).unwrap() == before,
        "refused edits changed the file"
    );
    // Other quarters stay open.
    ok(&okr(
        &[
            "checkin",
            "--kr",
            "cskh-2027q1-1-kr1",
            "--value",
            "1",
            "--date",
            "2026-11-01",
        ],
        &plan,
    ));
    ok(&okr(&["unlock", "--quarter", "2026-Q4"], &plan));
    ok(&okr(&["score", "--kr", kr, "--clear"], &plan));
    let p = Plan::open(&plan).unwrap();
    assert_eq!(p.key_result(kr).unwrap().score, None);
    assert_eq!(p.reviews(None).unwrap().len(), 1);
    assert_eq!(p.comments(None).unwrap()[0].author, "Chị Lan");
}

#[test]
fn diff_prints_text_and_json() {
    let (_dir, plan) = demo();
    // Mark one 2027-Q1 objective as carried from its 2026-Q4 namesake, as a rollover would.
    let conn = rusqlite::Connection::open(&plan).unwrap();
    conn.execute(
        "UPDATE objective SET carried_from = (SELECT id FROM objective WHERE key = 'cskh-2026q4-1') \
         WHERE key = 'cskh-2027q1-1'",
        [],
    )
    .unwrap();
    drop(conn);
    let p = Plan::open(&plan).unwrap();
    let count = |q: &str| p.objectives(Some(q.parse().unwrap())).unwrap().len();
    let (q4, q1) = (count("2026-Q4"), count("2027-Q1"));
    p.close().unwrap();
    let text = ok(&okr(&["diff", "--from", "2026-Q4", "--to", "2027-Q1"], &plan));
    let head = format!(
        "2026-Q4 → 2027-Q1: {} added, {} dropped, 1 carried over (",
        q1 - 1,
        q4 - 1
    );
    assert!(text.starts_with(&head), "{text}");
    assert!(text.contains("= cskh-2026q4-1 → cskh-2027q1-1"), "{text}");
    let json = ok(&okr(
        &["diff", "--from", "2026-Q4", "--to", "2027-Q1", "--format", "json"],
        &plan,
    ));
    let d: cascade::view::diff::QuarterDiff = serde_json::from_str(&json).unwrap();
    assert_eq!(
        (d.added.len(), d.dropped.len(), d.carried_over.len()),
        (q1 - 1, q4 - 1, 1)
    );
    assert_eq!(d.carried_over[0].to.key, "cskh-2027q1-1");
    let err = refused(&okr(&["diff", "--from", "2026-Q5", "--to", "2026-Q4"], &plan));
    assert!(err.contains("2026-Q5"), "{err}");
    let err = refused(&okr(&["diff", "--from", "2026-Q4", "--to", "2026-Q4"], &plan));
    assert!(err.contains("two different quarters"), "{err}");
}

#[test]
fn export_writes_a_quarter_as_xlsx() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let (dir, plan) = demo();
    let out = dir.path().join("q4.xlsx");
    let out_s = out.to_str().unwrap();
    ok(&okr(
        &[
            "checkin",
            "--kr",
            "cskh-2026q4-1-kr1",
            "--value",
            "70",
            "--date",
            "2026-10-06",
            "--confidence",
            "off-track",
        ],
        &plan,
    ));
    let said = ok(&okr(
        &["export", "--format", "xlsx", "--quarter", "2026-Q4", "--out", out_s],
        &plan,
    ));
    assert!(said.contains("2026-Q4") && said.contains("q4.xlsx"), "{said}");
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    assert_eq!(
        book.sheet_names(),
        cascade::export::xlsx::sheet_names(cascade::Lang::En)
    );
    let div = book.worksheet_range("Divisions").unwrap();
    let row = (1..div.height())
        .find(|&r| div.get((r, 10)) == Some(&Data::String("cskh-2026q4-1-kr1".into())))
        .expect("the key result has a row");
    assert_eq!(div.get((row, 15)), Some(&Data::Float(70.0)));
    assert_eq!(div.get((row, 20)), Some(&Data::String("off-track".into())));
    assert_eq!(div.get((row, 9)), Some(&Data::Bool(true)), "its objective is at risk");
    // In Vietnamese: sheets, headers, readings and findings; keys and numbers as they are.
    let vi = out.with_file_name("q4-vi.xlsx");
    ok(&okr(
        &[
            "export",
            "--format",
            "xlsx",
            "--quarter",
            "2026-Q4",
            "--lang",
            "vi",
            "--out",
            vi.to_str().unwrap(),
        ],
        &plan,
    ));
    let mut book: Xlsx<_> = open_workbook(&vi).unwrap();
    let names = book.sheet_names();
    assert_eq!(names, cascade::export::xlsx::sheet_names(cascade::Lang::Vi));
    assert_eq!(names[1], "Khối");
    let div = book.worksheet_range("Khối").unwrap();
    assert_eq!(div.get((0, 3)), Some(&Data::String("Mục tiêu".into())));
    assert_eq!(div.get((row, 10)), Some(&Data::String("cskh-2026q4-1-kr1".into())));
    assert_eq!(div.get((row, 20)), Some(&Data::String("chệch hướng".into())));
    let findings = book.worksheet_range("Phát hiện").unwrap();
    assert!(findings.height() > 1);
    let Some(Data::String(first)) = findings.get((1, 4)) else {
        panic!("no finding message in the Vietnamese workbook");
    };
    assert!(first.to_lowercase().contains("mục tiêu"), "{first}");
    // --quarter is needed for xlsx.
    let err = refused(&okr(&["export", "--format", "xlsx", "--out", out_s], &plan));
    assert!(err.contains("--quarter"), "{err}");
}

#[test]
fn every_new_subcommand_has_help_with_an_example() {
    for cmd in ["checkin", "score", "review", "lock", "unlock", "diff"] {
        let out = Command::new(env!("CARGO_BIN_EXE_okr"))
            .args([cmd, "--help"])
            .output()
            .unwrap();
        let help = ok(&out);
        assert!(help.contains("Example: okr "), "{cmd}: {help}");
    }
}

/// The scenario of a quarter's end: check-ins during the quarter, a review with a
/// comment, the quarter locked; the HTML report then shows the check-in chart, the
/// score, the review and the lock, and fetches nothing from elsewhere.
#[test]
fn the_report_shows_check_in_charts_reviews_and_the_lock() {
    let (_dir, plan) = demo();
    let kr = "cskh-2026q4-1-kr1";
    for (value, date) in [("80", "2026-10-06"), ("70", "2026-10-13"), ("64", "2026-10-20")] {
        ok(&okr(
            &[
                "checkin",
                "--kr",
                kr,
                "--value",
                value,
                "--date",
                date,
                "--confidence",
                "at-risk",
            ],
            &plan,
        ));
    }
    ok(&okr(
        &[
            "review",
            "--quarter",
            "2026-Q4",
            "--node",
            "cskh",
            "--comment",
            "cskh-2026q4-1=Cần thêm người ca tối",
        ],
        &plan,
    ));
    ok(&okr(&["lock", "--quarter", "2026-Q4"], &plan));

    let html = ok(&okr(&["report", "--quarter", "2026-Q4", "--format", "html"], &plan));
    assert_eq!(
        html.matches("<svg").count(),
        1,
        "one key result has check-ins, one chart"
    );
    assert!(html.contains("2026-10-20: 64"), "the latest point is in the chart");
    assert!(html.contains("class=\"target\""), "the target line is drawn");
    assert!(html.contains("✓ reviewed by Chị Lan"));
    assert!(html.contains("Cần thêm người ca tối"));
    assert!(html.contains("Locked after review by Chị Lan"));
    assert!(html.contains("badge risk"));
    for outside in ["<script", "src=", "href=", "url(", "@import", "http://", "https://"] {
        let hits: Vec<_> = html
            .match_indices(outside)
            .map(|(i, _)| &html[i..(i + 60).min(html.len())])
            .collect();
        let allowed = |h: &&str| h.starts_with("http://www.w3.org/2000/svg");
        assert!(hits.iter().all(allowed), "{outside}: {hits:?}");
    }

    let md = ok(&okr(&["report", "--quarter", "2026-Q4", "--format", "md"], &plan));
    assert!(
        md.contains("🔒 Locked after review by Chị Lan") && md.contains("at risk"),
        "{md}"
    );

    let json = ok(&okr(&["report", "--quarter", "2026-Q4", "--format", "json"], &plan));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["lock"]["lockedBy"], "Chị Lan");
    let line = v["units"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|u| u["objectives"].as_array().unwrap())
        .find(|o| o["key"] == "cskh-2026q4-1")
        .unwrap();
    assert_eq!(line["atRisk"], true);
    assert_eq!(line["comments"][0]["text"], "Cần thêm người ca tối");
    let k = &line["keyResultLines"][0];
    assert_eq!((k["checkins"].as_u64(), k["current"].as_f64()), (Some(3), Some(64.0)));
    assert!(
        k.get("chart").is_none(),
        "the JSON report carries numbers, not drawings"
    );
}
