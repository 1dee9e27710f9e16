//! `okr check`: exit codes 0/1/2, the JSON fields scripts rely on, the text layout; and
//! `okr report`: every format, self-contained HTML.

mod common;

use common::{import_sample, okr, okr_ok, sample_dir};
use serde_json::Value;

#[test]
fn check_json_matches_the_expected_findings_and_exits_1_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let r = okr(d, &["check", "p.okr", "--format", "json"]);
    assert_eq!(r.code, 1, "errors in the sample mean exit 1: {}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    for f in findings {
        for field in ["rule", "severity", "quarter", "owner", "objective", "message"] {
            assert!(f.get(field).is_some(), "{field} missing in {f}");
        }
        assert_eq!(f["objective"].is_null(), f["rule"] == "overload", "{f}");
    }
    assert!(findings.iter().any(|f| f["suggestion"]["text"].is_string()));
    // The same findings as the sample's expected list.
    let expected: Value = serde_json::from_slice(&std::fs::read(sample_dir().join("expected.json")).unwrap()).unwrap();
    let key = |f: &Value| {
        ["rule", "severity", "quarter", "owner", "objective"]
            .map(|k| f[k].to_string())
            .join(" ")
    };
    let mut got: Vec<String> = findings.iter().map(key).collect();
    let mut want: Vec<String> = expected.as_array().unwrap().iter().map(key).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    let s = &v["summary"];
    assert_eq!(
        (s["errors"].as_u64(), s["total"].as_u64()),
        (Some(6), Some(want.len() as u64))
    );

    let r = okr(d, &["check", "p.okr", "--quarter", "2027-Q1", "--format", "json"]);
    assert_eq!(r.code, 1);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["quarter"] == "2027-Q1"));
    assert_eq!(v["summary"]["quarter"], "2027-Q1");

    // In Thai: the same findings, the words translated.
    let r = okr(d, &["check", "p.okr", "--format", "json", "--lang", "th"]);
    assert_eq!(r.code, 1);
    let th: Value = serde_json::from_str(&r.stdout).unwrap();
    let th = th["findings"].as_array().unwrap();
    assert_eq!(
        th.iter().map(key).collect::<Vec<_>>(),
        findings.iter().map(key).collect::<Vec<_>>()
    );
    assert!(th.iter().all(|f| f["message"].as_str().unwrap().contains("วัตถุประสงค์")));
    let r = okr(d, &["check", "p.okr", "--lang", "fr"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("en, vi or th"), "{}", r.stderr);
}

#[test]
fn check_exits_0_without_errors_and_2_when_it_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("org.csv"),
        "key,name,level,parent\nacme,Acme,company,\nd,Khối CSKH,division,acme\n",
    )
    .unwrap();
    std::fs::write(
        d.join("objectives.csv"),
        "key,quarter,owner,title,parent\no1,2026-Q4,acme,Delight callers,\n",
    )
    .unwrap();
    std::fs::write(
        d.join("kr.csv"),
        "objective,title,baseline,target,current\no1,CSAT,4.1,4.5,4.2\n",
    )
    .unwrap();
    okr_ok(
        d,
        &[
            "import",
            "p.okr",
            "--org",
            "org.csv",
            "--objectives",
            "objectives.csv",
            "--key-results",
            "kr.csv",
        ],
    );
    let r = okr(d, &["check", "p.okr"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // Not a terminal: no colour codes; one line per finding, then the summary.
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
    let last = r.stdout.lines().last().unwrap();
    assert_eq!(last, "0 errors, 0 warnings, 1 info in the plan", "{}", r.stdout);
    assert!(r.stdout.contains("INFO (1)\n  info     unsupported"), "{}", r.stdout);

    foreign_database(&d.join("foreign.db"));
    let cases: &[&[&str]] = &[
        &["check", "missing.okr"],
        &["check", "foreign.db"],
        &["check", "p.okr", "--quarter", "2026-Q5"],
        &["check", "p.okr", "--format", "yaml"],
        &["check"],
    ];
    for args in cases {
        let r = okr(d, args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(!r.stderr.is_empty());
    }
}

/// An SQLite database of another program (or, without the sqlite3 shell, a file that
/// only starts like one).
fn foreign_database(path: &std::path::Path) {
    let status = std::process::Command::new("sqlite3")
        .arg(path)
        .arg("CREATE TABLE t(x);")
        .status();
    if !matches!(status, Ok(s) if s.success()) {
        std::fs::write(path, b"SQLite format 3\0not really").unwrap();
    }
}

#[test]
fn report_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let before = std::fs::read(d.join("p.okr")).unwrap();
    okr_ok(
        d,
        &[
            "report",
            "p.okr",
            "--quarter",
            "2026-Q4",
            "--format",
            "html",
            "--out",
            "r.html",
        ],
    );
    let html = std::fs::read_to_string(d.join("r.html")).unwrap();
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(!html.contains("http"), "the page must not fetch anything");
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"));
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("ทีม 2") && html.contains("Khối Chăm sóc Khách hàng"));
    assert!(html.contains("&quot;Sao Mai Group&quot;"), "text is escaped");

    let md = okr_ok(d, &["report", "p.okr", "--quarter", "2026-Q4", "--format", "md"]).stdout;
    assert!(md.starts_with("# OKR review: Công ty CP Sao Mai"), "{md}");
    assert!(md.contains("## Division: Khối Chăm sóc Khách hàng (`cskh`)"));
    assert!(md.contains("### Team: Nhóm hotline 1 (`cskh-team-01`)"));
    assert!(md.contains("over cap"));

    // In Vietnamese and Thai, for review meetings held in them: the words and findings
    // translated, the names and keys as they are.
    let vi = okr_ok(
        d,
        &[
            "report",
            "p.okr",
            "--quarter",
            "2026-Q4",
            "--format",
            "html",
            "--lang",
            "vi",
        ],
    )
    .stdout;
    assert!(vi.contains("<html lang=\"vi\">") && vi.contains("<h1>Đánh giá OKR: Công ty CP Sao Mai"));
    assert!(vi.contains("<th>Mục tiêu</th>") && !vi.contains("<th>Objective</th>"));
    assert!(vi.contains("Khối: Khối Chăm sóc Khách hàng") && vi.contains("cskh-team-01"));
    assert!(
        !vi.contains("is not linked to any objective"),
        "findings in Vietnamese too"
    );
    let th = okr_ok(
        d,
        &[
            "report",
            "p.okr",
            "--quarter",
            "2026-Q4",
            "--format",
            "md",
            "--lang",
            "th",
        ],
    )
    .stdout;
    assert!(th.starts_with("# ทบทวน OKR: Công ty CP Sao Mai"), "{th}");
    assert!(th.contains("## ฝ่าย: Khối Chăm sóc Khách hàng (`cskh`)") && th.contains("เกินขีดจำกัด"));

    let json = okr_ok(d, &["report", "p.okr", "--quarter", "2026-Q4", "--format", "json"]).stdout;
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["quarter"], "2026-Q4");
    let units = v["units"].as_array().unwrap();
    assert_eq!(units[0]["level"], "company");
    let objectives: usize = units.iter().map(|u| u["objectives"].as_array().unwrap().len()).sum();
    assert_eq!(objectives as u64, v["totals"]["objectives"].as_u64().unwrap());
    let findings: u64 = units
        .iter()
        .map(|u| u["findings"].as_array().unwrap().len() as u64)
        .sum();
    assert_eq!(findings, 26, "every 2026-Q4 finding of the sample sits in one unit");
    for u in units {
        for o in u["objectives"].as_array().unwrap() {
            let (own, aligned) = (o["own"].as_f64().unwrap(), o["aligned"].as_f64().unwrap());
            assert!((0.0..=1.0).contains(&own) && (0.0..=1.0).contains(&aligned));
        }
    }
    assert_eq!(
        std::fs::read(d.join("p.okr")).unwrap(),
        before,
        "a report changes nothing"
    );

    for args in [
        &["report", "p.okr", "--format", "md"][..],
        &["report", "p.okr", "--quarter", "Q4"][..],
    ] {
        assert_eq!(okr(d, args).code, 2, "{args:?}");
    }
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["init", "demo", "import", "export", "check", "report", "rollover"] {
        let r = okr_ok(dir.path(), &[cmd, "--help"]);
        assert!(r.stdout.contains("Example: okr "), "{cmd}: {}", r.stdout);
    }
}
