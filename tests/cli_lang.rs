//! `okr` speaks the reader's language: `--lang`, else $CASCADE_LANG, else $LANG, else
//! English, for what it prints and for its refusals.

mod common;

use common::{okr, okr_env, okr_ok};

/// A key result whose target is not a number, for an objective that is nowhere.
const BAD_KEY_RESULTS: &str = "objective,title,baseline,target,current
o-nope,Faster replies,120,sixty,90
";

fn bad_import(env: &[(&str, &str)], lang: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("kr.csv"), BAD_KEY_RESULTS).unwrap();
    let mut args = vec!["import", "plan.okr", "--key-results", "kr.csv"];
    args.extend_from_slice(lang);
    let run = okr_env(dir.path(), &args, env);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        !dir.path().join("plan.okr").exists(),
        "a refused import leaves no new plan"
    );
    run.stderr
}

/// The environment set, the `--lang` given, and what stderr must hold.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a [&'a str]);

#[test]
fn import_problems_are_listed_in_the_language_asked_for() {
    let cases: [Case; 7] = [
        (
            &[],
            &[],
            &[
                "fix these 2 problems",
                "kr.csv line 2, column target: \"sixty\" is not a number",
                "kr.csv line 2, column objective: \"o-nope\" is not the key of an objective",
            ],
        ),
        (
            &[],
            &["--lang", "vi"],
            &[
                "hãy sửa 2 lỗi này",
                "kr.csv dòng 2, cột target: \"sixty\" không phải là số",
                "không phải là mã của mục tiêu nào",
            ],
        ),
        (
            &[],
            &["--lang", "th"],
            &["kr.csv แถว 2, คอลัมน์ target: \"sixty\" ไม่ใช่ตัวเลข", "การนำเข้าถูกปฏิเสธ"],
        ),
        (&[("CASCADE_LANG", "vi")], &[], &["dòng 2", "không phải là số"]),
        (&[("LANG", "th_TH.UTF-8")], &[], &["แถว 2", "ไม่ใช่ตัวเลข"]),
        // $CASCADE_LANG comes before $LANG, and --lang before both.
        (&[("CASCADE_LANG", "vi"), ("LANG", "th_TH.UTF-8")], &[], &["dòng 2"]),
        (
            &[("CASCADE_LANG", "th"), ("LANG", "C.UTF-8")],
            &["--lang", "en"],
            &["line 2, column target"],
        ),
    ];
    for (env, lang, expected) in cases {
        let stderr = bad_import(env, lang);
        for e in expected {
            assert!(stderr.contains(e), "{env:?} {lang:?}: no {e:?} in\n{stderr}");
        }
    }
}

#[test]
fn a_language_okr_does_not_speak_falls_back_to_english() {
    let stderr = bad_import(&[("LANG", "de_DE.UTF-8")], &[]);
    assert!(stderr.contains("is not a number"), "{stderr}");
}

#[test]
fn a_refusal_is_said_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    okr_ok(dir.path(), &["init", "plan.okr"]);
    let conn = rusqlite::Connection::open(dir.path().join("plan.okr")).unwrap();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    conn.pragma_update(None, "user_version", version + 1).unwrap();
    conn.close().unwrap();
    std::fs::write(dir.path().join("kr.csv"), BAD_KEY_RESULTS).unwrap();
    let import = ["import", "plan.okr", "--key-results", "kr.csv"];

    let vi = okr(dir.path(), &[&import[..], &["--lang", "vi"]].concat());
    assert_eq!(vi.code, 2);
    assert!(
        vi.stderr.contains("được tạo bởi một phiên bản Cascade mới hơn") && vi.stderr.contains("hãy cập nhật Cascade"),
        "{}",
        vi.stderr
    );
    let th = okr_env(dir.path(), &import, &[("CASCADE_LANG", "th")]);
    assert!(th.stderr.contains("Cascade รุ่นที่ใหม่กว่า"), "{}", th.stderr);
    let en = okr(dir.path(), &import);
    assert!(en.stderr.contains("was made by a newer Cascade"), "{}", en.stderr);

    // A subcommand that had its own --lang keeps it, now global: before or after the subcommand.
    let check = okr(dir.path(), &["--lang", "vi", "check", "missing.okr"]);
    assert!(
        check.stderr.contains("không phải là kế hoạch Cascade"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_missing_column_is_named_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("org.csv"), "key,name,level\nacme,Acme,company\n").unwrap();
    let import = ["import", "plan.okr", "--org", "org.csv"];
    let vi = okr(dir.path(), &[&import[..], &["--lang", "vi"]].concat());
    assert_eq!(vi.code, 2, "{}", vi.stderr);
    assert!(
        vi.stderr.contains("org.csv: thiếu cột \"Thuộc\" (parent)") && vi.stderr.contains("cột bắt buộc"),
        "{}",
        vi.stderr
    );
    assert!(!vi.stderr.contains("is missing"), "{}", vi.stderr);
    let th = okr(dir.path(), &[&import[..], &["--lang", "th"]].concat());
    assert!(th.stderr.contains("ไม่มีคอลัมน์ \"สังกัด\""), "{}", th.stderr);
}

#[test]
fn a_bad_check_in_date_of_a_json_export_is_said_in_thai() {
    let dir = tempfile::tempdir().unwrap();
    common::import_sample(dir.path(), "plan.okr");
    okr_ok(
        dir.path(),
        &["export", "plan.okr", "--format", "json", "--out", "plan.json"],
    );
    let path = dir.path().join("plan.json");
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let key = doc["key_results"][0]["key"].as_str().unwrap().to_string();
    doc["checkins"] = serde_json::json!([{ "key_result": key, "date": "01/10/2026", "value": 3.0 }]);
    std::fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
    let run = okr(
        dir.path(),
        &["import", "again.okr", "--json", "plan.json", "--lang", "th"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("plan.json checkins[0], ฟิลด์ date: \"01/10/2026\" ไม่ใช่วันที่ (ต้องเป็นรูปแบบ YYYY-MM-DD)"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_import_says_what_it_did_in_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    let s = common::sample_dir();
    let p = |f: &str| s.join(f).display().to_string();
    let run = okr_ok(
        dir.path(),
        &["import", "plan.okr", "--org", &p("org.csv"), "--lang", "vi"],
    );
    assert!(
        run.stdout.starts_with("đã tạo plan.okr: đã thêm ") && run.stdout.contains("người và đơn vị"),
        "{}",
        run.stdout
    );
    let again = okr_ok(
        dir.path(),
        &["import", "plan.okr", "--org", &p("org.csv"), "--lang", "vi"],
    );
    assert!(
        again.stdout.contains("đã nhập vào plan.okr: không có gì thay đổi"),
        "{}",
        again.stdout
    );
    assert!(!again.stdout.contains("nothing"), "{}", again.stdout);
}
