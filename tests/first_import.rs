//! `okr import` into a plan that does not exist yet reads, checks and writes on both cores
//! (`src/import/fill.rs`); into an existing empty plan it checks everything first. The
//! two must not differ in anything a user sees: the plan made, the keys made for key
//! results without one, and every refusal's problems, in the same order.

mod common;

use std::path::Path;

use common::{okr, okr_ok, sample_dir};

const ORG: &str = "key,name,level,parent
acme,Sao Mai,company,
cskh,Khối CSKH,division,acme
team-1,Nhóm 1,team,cskh
a1,Nguyễn Văn An,agent,team-1
a2,Somchai Jaidee,agent,team-1
";

/// Children before their parents, as people write them.
const OBJECTIVES: &str = "key,quarter,owner,title,parent
o-a1,2026-Q4,a1,Trả lời nhanh,o-team
o-a2,2026-Q4,a2,ตอบกลับเร็ว,o-team
o-team,2026-Q4,team-1,Team goal,o-div
o-div,2026-Q4,cskh,Division goal,o-co
o-co,2026-Q4,acme,Company goal,
";

/// Rows without a key get one made from their objective's (`o-team-kr1`), except where a
/// later row already gives that key: then the next free one.
const KEY_RESULTS: &str = "objective,title,baseline,target,current,key
o-a1,FRT,120,60,90,
o-a1,CSAT,4.1,4.5,4.2,a1-csat
o-a2,FRT,100,60,80,
o-team,CSAT,4.2,4.5,4.3,
o-team,Backlog,10,20,15,
o-div,Backlog,10,20,15,o-team-kr1
o-co,NPS,30,40,35,o-a2-kr1-2
";

fn write(dir: &Path, org: &str, objectives: &str, key_results: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("org.csv"), org).unwrap();
    std::fs::write(dir.join("objectives.csv"), objectives).unwrap();
    std::fs::write(dir.join("key_results.csv"), key_results).unwrap();
}

fn import(dir: &Path, plan: &str) -> common::Run {
    okr(dir, &common::import_args(plan))
}

/// The plan as the CSV export gives it, file by file.
fn exported(dir: &Path, plan: &str) -> Vec<(String, Vec<u8>)> {
    let out = dir.join(format!("{plan}-export"));
    okr_ok(
        dir,
        &["export", plan, "--format", "csv", "--out", &out.display().to_string()],
    );
    common::files(&out)
}

/// Imports the folder's files into a new plan and into an empty one made by `okr init`.
fn both(dir: &Path) -> (common::Run, common::Run) {
    let _ = std::fs::remove_file(dir.join("empty.okr"));
    okr_ok(dir, &["init", "empty.okr"]);
    let new = import(dir, "new.okr");
    let empty = import(dir, "empty.okr");
    (new, empty)
}

#[test]
fn a_new_plan_holds_what_an_empty_plan_gets_from_the_same_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, ORG, OBJECTIVES, KEY_RESULTS);
    let (new, empty) = both(d);
    assert_eq!(new.code, 0, "{}", new.stderr);
    assert_eq!(empty.code, 0, "{}", empty.stderr);
    assert_eq!(
        new.stdout.replace("created new.okr", "X"),
        empty.stdout.replace("imported into empty.okr", "X")
    );
    assert!(new.stdout.contains("5 people and units added"), "{}", new.stdout);
    assert!(new.stdout.contains("7 added"), "{}", new.stdout);
    let made = exported(d, "new.okr");
    assert_eq!(made, exported(d, "empty.okr"));
    let key_results = String::from_utf8(made.iter().find(|(f, _)| f == "key_results.csv").unwrap().1.clone()).unwrap();
    for key in [
        "o-a1-kr1",
        "a1-csat",
        "o-a2-kr1",
        "o-team-kr1-2",
        "o-team-kr2",
        "o-team-kr1",
        "o-a2-kr1-2",
    ] {
        assert!(key_results.contains(&format!(",{key},")), "{key} in\n{key_results}");
    }
    assert_eq!(
        okr(d, &["check", "new.okr"]).stdout,
        okr(d, &["check", "empty.okr"]).stdout.replace("empty.okr", "new.okr")
    );
    common::assert_sound(&d.join("new.okr"));
    // The new plan is an ordinary plan: the import is one step of its history.
    okr_ok(d, &["undo", "new.okr"]);
    assert!(okr(d, &["export", "new.okr", "--format", "json", "--out", "x.json"]).code == 0);
    let json = std::fs::read_to_string(d.join("x.json")).unwrap();
    assert!(!json.contains("o-team"), "undone import left rows:\n{json}");
}

#[test]
fn the_sample_organisation_makes_the_same_plan_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for f in ["org.csv", "objectives.csv", "key_results.csv"] {
        std::fs::copy(sample_dir().join(f), d.join(f)).unwrap();
    }
    let (new, empty) = both(d);
    assert_eq!((new.code, empty.code), (0, 0), "{}{}", new.stderr, empty.stderr);
    assert_eq!(exported(d, "new.okr"), exported(d, "empty.okr"));
}

#[test]
fn a_refused_first_import_says_what_it_says_into_an_empty_plan_and_leaves_no_file() {
    let many_bad: String = std::iter::once("objective,title,baseline,target,current\n".to_string())
        .chain((0..150).map(|i| format!("o-a1,KR {i},x{i},1,0\n")))
        .collect();
    let cases: Vec<(&str, String, String, String)> = vec![
        (
            "bad values in every file",
            ORG.replace("a2,Somchai Jaidee,agent", "a2,Somchai Jaidee,agnet"),
            OBJECTIVES.replace("o-div,2026-Q4", "o-div,2026-Q9"),
            KEY_RESULTS.replace("o-a1,FRT,120,60,90", "o-a1,FRT,120,sixty,90"),
        ),
        (
            "key results only",
            ORG.into(),
            OBJECTIVES.into(),
            KEY_RESULTS
                .replace("o-team,CSAT,4.2", "o-nope,CSAT,4.2")
                .replace("o-co,NPS,30", "o-co,NPS,")
                .replace(",o-team-kr1\n", ",a1-csat\n"),
        ),
        (
            "a key result file without its columns",
            ORG.into(),
            OBJECTIVES.replace("o-div,2026-Q4", "o-div,2026-Q9"),
            "objective,name\no-a1,FRT\n".into(),
        ),
        ("more problems than are listed", ORG.into(), OBJECTIVES.into(), many_bad),
        (
            "a row with too many cells",
            ORG.into(),
            OBJECTIVES.into(),
            KEY_RESULTS.replace("o-a2,FRT,100,60,80,", "o-a2,FRT,100,60,80,,,extra"),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, org, objectives, key_results) in cases {
        let d = dir.path().join(name.replace(' ', "-"));
        write(&d, &org, &objectives, &key_results);
        let (new, empty) = both(&d);
        assert_eq!(
            (new.code, empty.code),
            (2, 2),
            "{name}:\n{}\n{}",
            new.stdout,
            empty.stdout
        );
        assert_eq!(new.stderr, empty.stderr, "{name}");
        assert!(new.stderr.contains("key_results.csv"), "{name}: {}", new.stderr);
        assert!(!d.join("new.okr").exists(), "{name}: a refused import left a new plan");
        for suffix in ["-wal", "-shm", "-journal"] {
            assert!(
                !d.join(format!("new.okr{suffix}")).exists(),
                "{name}: new.okr{suffix} left"
            );
        }
    }
}

#[test]
fn a_new_plan_has_pages_of_8_kib() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, ORG, OBJECTIVES, KEY_RESULTS);
    assert_eq!(import(d, "new.okr").code, 0);
    okr_ok(d, &["init", "init.okr"]);
    for plan in ["new.okr", "init.okr"] {
        let c = rusqlite::Connection::open(d.join(plan)).unwrap();
        let size: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        assert_eq!(size, 8192, "{plan}");
    }
}
