//! `okr checkin --from`: a helpdesk's weekly report records a value on every key result
//! it measures, through the real `okr` on real plan files. Wide reports (a row per owner,
//! a column per measure) by key and by name, long reports (a row per check-in), owners
//! and measures matching nothing listed, and every refusal leaving the plan file byte for
//! byte as it was.
//!
//! The plan holds the quarter before this one and this one, so every date used is a day
//! already measured (a check-in after tomorrow is refused) whatever day the tests run.

mod common;

use std::path::Path;

use cascade::{Plan, Quarter};
use chrono::{Days, Local, NaiveDate};
use common::{okr, okr_env, okr_ok};

/// The quarter before this one, and this one.
fn quarters() -> (Quarter, Quarter) {
    let now = Quarter::containing(Local::now().date_naive());
    (now.previous(), now)
}

/// A day of the earlier quarter.
fn earlier_day(n: u64) -> NaiveDate {
    quarters().0.start() + Days::new(n)
}

/// A day of this quarter, not after today.
fn this_day() -> NaiveDate {
    quarters().1.start()
}

/// A plan of a team with three agents, two of whom share a name, each with key results
/// measuring CSAT and FRT in both quarters (one agent also QA in the earlier quarter).
fn plan(dir: &Path) {
    let (q1, q2) = quarters();
    std::fs::write(
        dir.join("org.csv"),
        "key,name,level,parent\n\
         co,Công ty Sao Mai,company,\n\
         cskh,Khối CSKH,division,co\n\
         hotline,Nhóm hotline,team,cskh\n\
         lan,Nguyễn Thị Lan,agent,hotline\n\
         an1,Trần Văn An,agent,hotline\n\
         an2,Trần Văn An,agent,hotline\n",
    )
    .unwrap();
    let mut objectives = String::from("key,quarter,owner,title,parent\n");
    let mut key_results = String::from("objective,title,baseline,target,current,unit,key,measure\n");
    for (q, tag) in [(q1, "a"), (q2, "b")] {
        objectives.push_str(&format!("co-{tag},{q},co,Khách hàng hài lòng,\n"));
        objectives.push_str(&format!("cskh-{tag},{q},cskh,Hỗ trợ nhanh,co-{tag}\n"));
        objectives.push_str(&format!("hotline-{tag},{q},hotline,Hotline tốt,cskh-{tag}\n"));
        for agent in ["lan", "an1", "an2"] {
            let o = format!("{agent}-{tag}");
            objectives.push_str(&format!("{o},{q},{agent},Phục vụ tốt,hotline-{tag}\n"));
            key_results.push_str(&format!("{o},CSAT,4.0,4.5,4.0,/5,{o}-csat,CSAT\n"));
            key_results.push_str(&format!("{o},First response,120,60,120,s,{o}-frt,frt\n"));
        }
        key_results.push_str(&format!(
            "hotline-{tag},CSAT of the team,4.0,4.5,4.0,/5,hotline-{tag}-csat,Csat\n"
        ));
    }
    key_results.push_str("lan-a,QA score,80,90,80,%,lan-a-qa,Q A\n");
    std::fs::write(dir.join("objectives.csv"), objectives).unwrap();
    std::fs::write(dir.join("key_results.csv"), key_results).unwrap();
    okr_ok(dir, &common::import_args("p.okr"));
}

/// Each key result's current value, by key.
fn current(dir: &Path, key: &str) -> f64 {
    let plan = Plan::open(dir.join("p.okr")).unwrap();
    plan.key_result(key).unwrap().current
}

fn history(dir: &Path, key: &str) -> Vec<(NaiveDate, f64, String)> {
    let plan = Plan::open(dir.join("p.okr")).unwrap();
    plan.checkins(key)
        .unwrap()
        .into_iter()
        .map(|c| (c.date, c.value, c.note))
        .collect()
}

/// `okr checkin p.okr --from FILE --date DAY`, as a team lead records a weekly report.
fn report(dir: &Path, file: &str, day: NaiveDate) -> common::Run {
    okr(dir, &["checkin", "p.okr", "--from", file, "--date", &day.to_string()])
}

/// [`report`], which must succeed.
fn report_ok(dir: &Path, file: &str, day: NaiveDate) -> common::Run {
    okr_ok(dir, &["checkin", "p.okr", "--from", file, "--date", &day.to_string()])
}

fn checkin_count(dir: &Path) -> usize {
    let plan = Plan::open(dir.join("p.okr")).unwrap();
    plan.checkins_in(None).unwrap().len()
}

#[test]
fn a_wide_report_by_key_and_by_name_lists_what_matched_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    let day = earlier_day(20);
    // Lan by key, An by a name two agents share, a leaver, a team by key, a column of
    // names and one of a metric nobody plans; an empty cell records nothing.
    std::fs::write(
        d.join("week.csv"),
        "owner,name,csat,FRT,AHT,Team\n\
         lan,Nguyễn Thị Lan,4.4,95,410,Hotline\n\
         Trần Văn An,,4.2,100,400,Hotline\n\
         nguoi-da-nghi,Người đã nghỉ,4.9,50,300,Hotline\n\
         hotline,,4.3,,,\n",
    )
    .unwrap();
    let r = okr_ok(
        d,
        &[
            "checkin",
            "p.okr",
            "--from",
            "week.csv",
            "--date",
            &day.to_string(),
            "--note",
            "tuần 3",
        ],
    );
    let q1 = quarters().0;
    assert!(
        r.stdout.contains(&format!(
            "week.csv: 3 check-ins recorded on 3 key results ({q1}), from 4 rows"
        )),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("owners matching no key result (1): nguoi-da-nghi"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("names more than one person or unit has (1), write their key instead: Trần Văn An"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("columns matching no key result's measure (2): AHT, Team"),
        "{}",
        r.stdout
    );
    assert_eq!(current(d, "lan-a-csat"), 4.4);
    assert_eq!(current(d, "lan-a-frt"), 95.0);
    assert_eq!(current(d, "hotline-a-csat"), 4.3);
    assert_eq!(current(d, "an1-a-csat"), 4.0, "an ambiguous name records nothing");
    assert_eq!(history(d, "lan-a-csat"), vec![(day, 4.4, "tuần 3".to_string())]);
    assert_eq!(current(d, "lan-b-csat"), 4.0, "the other quarter is untouched");

    // The same agents by their keys, and the name that is unique.
    std::fs::write(
        d.join("keys.csv"),
        "Người phụ trách;CSAT;FRT\nan1;4,1;110\nan2;4.3;\nNguyễn Thị Lan;4.5;90\n",
    )
    .unwrap();
    // "4,1" in a CSV is no number: refused by line, column and value, nothing recorded.
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let r = report(d, "keys.csv", earlier_day(27));
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr
            .contains("keys.csv line 2, column CSAT: \"4,1\" is not a number; write the decimal point"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read(d.join("p.okr")).unwrap(),
        before,
        "the plan is byte for byte as it was"
    );
    std::fs::write(
        d.join("keys.csv"),
        "Người phụ trách;CSAT;FRT\nan1;4.1;110\nan2;4.3;\nNguyễn Thị Lan;4.5;90\n",
    )
    .unwrap();
    let r = report_ok(d, "keys.csv", earlier_day(27));
    assert!(
        r.stdout.contains("5 check-ins recorded on 5 key results"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("matching no"), "{}", r.stdout);
    assert_eq!(
        (
            current(d, "an1-a-csat"),
            current(d, "an1-a-frt"),
            current(d, "an2-a-csat")
        ),
        (4.1, 110.0, 4.3)
    );
    assert_eq!(current(d, "an2-a-frt"), 120.0, "an empty cell records nothing");
    assert_eq!(history(d, "lan-a-csat").len(), 2);
    assert_eq!(current(d, "lan-a-csat"), 4.5);
}

#[test]
fn a_long_report_and_an_earlier_date_that_joins_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    let (late, early) = (earlier_day(30), earlier_day(10));
    std::fs::write(
        d.join("long.csv"),
        format!(
            "kr,value,date,note,confidence\n\
             lan-a-csat,4.3,{late},tuần 5,at-risk\n\
             lan-a-csat,4.1,{early},,\n\
             an1-a-frt,100,,,có rủi ro\n"
        ),
    )
    .unwrap();
    let r = report_ok(d, "long.csv", earlier_day(20));
    assert!(
        r.stdout.contains("3 check-ins recorded on 2 key results"),
        "{}",
        r.stdout
    );
    assert_eq!(current(d, "lan-a-csat"), 4.3, "the latest date is the current value");
    assert_eq!(
        history(d, "lan-a-csat"),
        vec![(early, 4.1, String::new()), (late, 4.3, "tuần 5".to_string())]
    );
    let plan = Plan::open(d.join("p.okr")).unwrap();
    let kr = plan.key_result("lan-a-csat").unwrap();
    assert_eq!(kr.confidence, Some(cascade::Confidence::AtRisk));
    assert_eq!(
        plan.key_result("an1-a-frt").unwrap().confidence,
        Some(cascade::Confidence::AtRisk),
        "a confidence written in Vietnamese"
    );
    drop(plan);

    // A wide report dated before the latest check-in: joins the history, current stays.
    std::fs::write(d.join("old.csv"), "owner,CSAT\nlan,3.9\n").unwrap();
    let r = report_ok(d, "old.csv", earlier_day(15));
    assert!(r.stdout.contains("1 key result has a later check-in"), "{}", r.stdout);
    assert_eq!(current(d, "lan-a-csat"), 4.3);
    assert_eq!(history(d, "lan-a-csat").len(), 3);
}

#[test]
fn a_report_dated_in_the_next_quarter_records_on_that_quarters_key_results() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    std::fs::write(d.join("week.csv"), "owner,CSAT,QA\nlan,4.6,88\n").unwrap();
    let r = report_ok(d, "week.csv", this_day());
    let q2 = quarters().1;
    assert!(
        r.stdout
            .contains(&format!("1 check-ins recorded on 1 key results ({q2})")),
        "{}",
        r.stdout
    );
    // QA is planned only in the earlier quarter: no key result of this one measures it.
    assert!(
        r.stdout.contains("columns matching no key result's measure (1): QA"),
        "{}",
        r.stdout
    );
    assert_eq!(current(d, "lan-b-csat"), 4.6);
    assert_eq!(current(d, "lan-a-csat"), 4.0);
    assert_eq!(current(d, "lan-a-qa"), 80.0);
}

#[test]
fn a_locked_quarter_refuses_the_report_and_the_plan_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    let q1 = quarters().0.to_string();
    okr_ok(d, &["lock", "p.okr", "--quarter", &q1, "--by", "Chị Lan"]);
    std::fs::write(d.join("week.csv"), "owner,CSAT\nlan,4.4\n").unwrap();
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let r = report(d, "week.csv", earlier_day(20));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains(&q1) && r.stderr.contains("Chị Lan"), "{}", r.stderr);
    assert_eq!(std::fs::read(d.join("p.okr")).unwrap(), before);
    assert_eq!(checkin_count(d), 0);
}

/// Every refusal names its place and leaves the plan file byte for byte as it was.
#[test]
fn each_refusal_names_line_column_and_value_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    let day = earlier_day(20).to_string();
    let beyond = quarters().0.previous().start().to_string();
    let future = (Local::now().date_naive() + Days::new(3)).to_string();
    let cases: Vec<(&str, String, Vec<&str>, &str)> = vec![
        (
            "not a number",
            "owner,CSAT,FRT\nlan,4.4,95\nan1,tốt,100\n".into(),
            vec![],
            "not-number.csv line 3, column CSAT: \"tốt\" is not a number",
        ),
        (
            "a date in a quarter without objectives",
            format!("kr,value,date\nlan-a-csat,4.4,{day}\nlan-a-frt,90,{beyond}\n"),
            vec![],
            "line 3, column date: \"",
        ),
        (
            "a date that is no date",
            "kr,value,date\nlan-a-csat,4.4,05/11/2026\n".into(),
            vec![],
            "line 2, column date: \"05/11/2026\" is not a date (expected YYYY-MM-DD)",
        ),
        (
            "a date after tomorrow",
            format!("kr,value,date\nlan-a-csat,4.4,{future}\n"),
            vec![],
            "is in the future",
        ),
        (
            "a row wider than the header",
            "owner,CSAT\nlan,4,4\n".into(),
            vec![],
            "line 2: has 3 cells, the header 2: a comma inside a value must be quoted",
        ),
        (
            "no owner and no kr column",
            "agent,CSAT\nlan,4.4\n".into(),
            vec![],
            "the header has neither an \"owner\" column",
        ),
        (
            "a kr column without values",
            "kr,score\nlan-a-csat,4.4\n".into(),
            vec![],
            "has a \"kr\" column but no \"value\" column",
        ),
        (
            "a key that is no key result's",
            "kr,value\nlan-a-csat,4.4\nlan-z-csat,4.1\n".into(),
            vec![],
            "line 3, column kr: \"lan-z-csat\" is not the key of a key result in the plan",
        ),
        (
            "an empty value in a long report",
            "kr,value\nlan-a-csat,\n".into(),
            vec![],
            "line 2, column value: \"\" is empty; a number is needed",
        ),
        (
            "a value without an owner",
            "owner,CSAT\n,4.4\n".into(),
            vec![],
            "line 2, column owner: \"\" is empty; give the key or the exact name",
        ),
        (
            "a confidence that is none",
            "kr,value,confidence\nlan-a-csat,4.4,maybe\n".into(),
            vec![],
            "column confidence: \"maybe\" is not a confidence",
        ),
        ("an empty file", String::new(), vec![], "the file is empty"),
        (
            "a report date in a quarter without objectives",
            "owner,CSAT\nlan,4.4\n".into(),
            vec!["--date", &beyond],
            "is in ",
        ),
    ];
    let before = std::fs::read(d.join("p.okr")).unwrap();
    for (what, text, extra, said) in cases {
        let name = if what == "not a number" {
            "not-number.csv".to_string()
        } else {
            format!("{}.csv", what.replace(' ', "-"))
        };
        std::fs::write(d.join(&name), text).unwrap();
        let mut args = vec!["checkin", "p.okr", "--from", name.as_str()];
        if extra.is_empty() {
            args.extend(["--date", day.as_str()]);
        }
        args.extend(extra.iter().copied());
        let r = okr(d, &args);
        assert_eq!(r.code, 2, "{what}: {}", r.stdout);
        assert!(r.stderr.contains(said), "{what}: {}", r.stderr);
        assert_eq!(
            std::fs::read(d.join("p.okr")).unwrap(),
            before,
            "{what}: the plan is byte for byte as it was"
        );
    }
    assert_eq!(checkin_count(d), 0);
    // In Vietnamese, the same places.
    let r = okr_env(
        d,
        &["checkin", "p.okr", "--from", "not-number.csv", "--date", &day],
        &[("CASCADE_LANG", "vi")],
    );
    assert!(
        r.stderr.contains("báo cáo bị từ chối") && r.stderr.contains("not-number.csv dòng 3"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_workbook_report_and_a_utf16_report_are_read_as_the_import_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet().set_name("Tuần 45").unwrap();
    for (c, h) in ["Người phụ trách", "CSAT", "FRT"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "lan").unwrap();
    sheet.write_number(1, 1, 4.45).unwrap();
    sheet.write_string(1, 2, "88,5").unwrap();
    book.save(d.join("week.xlsx")).unwrap();
    let r = report_ok(d, "week.xlsx", earlier_day(20));
    assert!(r.stdout.contains("2 check-ins recorded"), "{}", r.stdout);
    assert_eq!((current(d, "lan-a-csat"), current(d, "lan-a-frt")), (4.45, 88.5));

    // A cell that is no number is named by its row and its column's letter and header.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["owner", "CSAT"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "an1").unwrap();
    sheet.write_string(1, 1, "#N/A").unwrap();
    sheet.write_string(2, 0, "an2").unwrap();
    sheet.write_string(2, 1, "n/a").unwrap();
    book.save(d.join("bad.xlsx")).unwrap();
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let r = report(d, "bad.xlsx", earlier_day(21));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("bad.xlsx sheet \"Sheet1\" row 3, column B (CSAT): \"n/a\" is not a number"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(d.join("p.okr")).unwrap(), before);

    // Excel's "Unicode Text": UTF-16 LE with a byte order mark, tabs between columns.
    let text = "owner\tCSAT\nan1\t4.2\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(d.join("unicode.txt"), bytes).unwrap();
    let r = report_ok(d, "unicode.txt", earlier_day(22));
    assert!(r.stdout.contains("unicode.txt read as UTF-16 LE"), "{}", r.stdout);
    assert_eq!(current(d, "an1-a-csat"), 4.2);
}

/// A key result's measure travels through every export and back.
#[test]
fn the_measure_travels_through_the_csv_json_and_workbook_exports() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    okr_ok(d, &["export", "p.okr", "--format", "csv", "--out", "csv"]);
    let csv = std::fs::read_to_string(d.join("csv/key_results.csv")).unwrap();
    assert!(csv.lines().next().unwrap().ends_with(",measure"), "{csv}");
    assert!(csv.contains(",lan-a-qa,,,Q A"), "{csv}");
    okr_ok(d, &["export", "p.okr", "--format", "json", "--out", "p.json"]);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(d.join("p.json")).unwrap()).unwrap();
    let measures: Vec<&str> = json["key_results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["measure"].as_str().unwrap())
        .collect();
    assert!(measures.contains(&"frt") && measures.contains(&"Csat"), "{measures:?}");
    for (args, into) in [
        (vec!["--json", "p.json"], "from-json.okr"),
        (
            vec![
                "--org",
                "csv/org.csv",
                "--objectives",
                "csv/objectives.csv",
                "--key-results",
                "csv/key_results.csv",
            ],
            "from-csv.okr",
        ),
    ] {
        let mut all = vec!["import", into];
        all.extend(args);
        okr_ok(d, &all);
        let plan = Plan::open(d.join(into)).unwrap();
        assert_eq!(plan.key_result("lan-a-qa").unwrap().measure, "Q A", "{into}");
        assert_eq!(plan.key_result("an2-b-frt").unwrap().measure, "frt", "{into}");
    }
    let q1 = quarters().0.to_string();
    okr_ok(
        d,
        &[
            "export",
            "p.okr",
            "--format",
            "xlsx",
            "--quarter",
            &q1,
            "--lang",
            "vi",
            "--out",
            "q.xlsx",
        ],
    );
    // Measures cleared in the plan, then the workbook imported back sets them again.
    let mut plan = Plan::open(d.join("p.okr")).unwrap();
    let kr = plan.key_result("lan-a-qa").unwrap();
    plan.update_key_result(
        kr.id,
        cascade::KeyResultPatch {
            measure: Some(String::new()),
            ..Default::default()
        },
    )
    .unwrap();
    plan.close().unwrap();
    okr_ok(d, &["import", "p.okr", "--xlsx", "q.xlsx"]);
    let plan = Plan::open(d.join("p.okr")).unwrap();
    assert_eq!(plan.key_result("lan-a-qa").unwrap().measure, "Q A");
}

/// The app's preview (through the core, as the window calls it) says what recording
/// would do and changes nothing; recording then does exactly that.
#[test]
fn the_preview_changes_nothing_and_says_what_recording_does() {
    use cascade::checkin_report::{ReportOptions, ReportShape};
    use cascade::import::InputFile;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d);
    std::fs::write(
        d.join("week.csv"),
        "owner,CSAT,FRT,AHT\nlan,4.4,95,400\nan1,4.1,,\nghost,4,4,4\n",
    )
    .unwrap();
    let file = InputFile::read(&d.join("week.csv")).unwrap();
    let options = ReportOptions {
        date: Some(earlier_day(20)),
        note: "tuần 3".into(),
        who: "Chị Lan".into(),
    };
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let mut plan = Plan::open(d.join("p.okr")).unwrap();
    let preview = plan.preview_checkins_from_report(&file, &options).unwrap();
    plan.close().unwrap();
    assert_eq!(
        std::fs::read(d.join("p.okr")).unwrap(),
        before,
        "a preview writes nothing"
    );
    assert_eq!(
        (
            preview.shape,
            preview.applied,
            preview.checkins,
            preview.key_results,
            preview.rows
        ),
        (ReportShape::Wide, false, 3, 3, 3)
    );
    assert_eq!(preview.unmatched_owners, ["ghost"]);
    assert_eq!(preview.unmatched_measures, ["AHT"]);
    let mut plan = Plan::open(d.join("p.okr")).unwrap();
    let done = plan.checkins_from_report(&file, &options).unwrap();
    assert_eq!(
        (done.applied, done.checkins, done.key_results, done.currents),
        (true, 3, 3, 3)
    );
    let recorded = plan.checkins_in(None).unwrap();
    assert_eq!(recorded.len(), 3);
    assert!(recorded.iter().all(|c| c.who == "Chị Lan" && c.note == "tuần 3"));
    assert_eq!(
        done.lines(cascade::Lang::Th)[0],
        format!(
            "week.csv: บันทึกการอัปเดต 3 ครั้งให้ผลลัพธ์หลัก 3 ข้อ ({}) จาก 3 แถว",
            quarters().0
        )
    );
}
