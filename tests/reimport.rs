//! The same spreadsheets imported again and again, as directors do: through the real
//! `okr` binary on real plan files, the quarter's record (check-ins, scores, comments,
//! review marks, locks, review copies handed out) survives every re-import, and an
//! unchanged import leaves the plan file byte for byte as it was.

mod common;

use std::path::{Path, PathBuf};

use cascade::{KeyResult, Plan};
use common::{import_sample, okr, okr_ok, sample_dir};

/// The plan's text dump, in a stable order: what `sqlite3 PLAN .dump` would compare.
fn dump(path: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut st = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                Ok(format!("{t}: {}", cells.join(" | ")))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.extend(rows);
    }
    out
}

/// The sample's three spreadsheets, copied into `dir` so a test may edit them.
fn sheets(dir: &Path) -> [PathBuf; 3] {
    let names = ["org.csv", "objectives.csv", "key_results.csv"];
    names.map(|n| {
        let to = dir.join(n);
        std::fs::copy(sample_dir().join(n), &to).unwrap();
        to
    })
}

fn import(dir: &Path, plan: &str, files: &[PathBuf; 3], extra: &[&str]) -> common::Run {
    let mut args = vec!["import", plan];
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    for (flag, p) in ["--org", "--objectives", "--key-results"].iter().zip(&paths) {
        args.push(flag);
        args.push(p);
    }
    args.extend_from_slice(extra);
    okr(dir, &args)
}

fn key_results(path: &Path) -> Vec<KeyResult> {
    Plan::open(path).unwrap().snapshot(None).unwrap().key_results
}

/// A key result of the sample owned inside `team`'s part (the team or one of its agents).
fn key_result_under(path: &Path, team: &str) -> KeyResult {
    let snap = Plan::open(path).unwrap().snapshot(None).unwrap();
    let team = snap.nodes.iter().find(|n| n.key == team).unwrap();
    let part: Vec<_> = snap
        .nodes
        .iter()
        .filter(|n| n.id == team.id || n.parent_id == Some(team.id))
        .map(|n| n.id)
        .collect();
    // One whose title is its objective's alone, so that a test may drop its row.
    snap.key_results
        .iter()
        .find(|k| {
            let owner = snap
                .objectives
                .iter()
                .find(|o| o.id == k.objective_id)
                .unwrap()
                .owner_id;
            part.contains(&owner)
                && snap
                    .key_results
                    .iter()
                    .filter(|o| o.objective_id == k.objective_id && o.title == k.title)
                    .count()
                    == 1
        })
        .unwrap()
        .clone()
}

/// Records what a team records in a quarter: check-ins, a score, a review mark with a
/// comment, and a lock on another quarter.
fn record_the_quarter(d: &Path, kr: &str) {
    okr_ok(
        d,
        &["checkin", "p.okr", "--kr", kr, "--value", "4.45", "--note", "tuần 2"],
    );
    okr_ok(
        d,
        &[
            "checkin",
            "p.okr",
            "--kr",
            kr,
            "--value",
            "5.1",
            "--confidence",
            "at-risk",
        ],
    );
    okr_ok(d, &["score", "p.okr", "--kr", kr, "--set", "0.6"]);
}

#[test]
fn the_same_files_imported_twice_change_nothing_not_a_byte() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let files = sheets(d);
    let head = std::fs::read_to_string(&files[2]).unwrap();
    assert!(
        !head.lines().next().unwrap().contains("key"),
        "the sample's key results have no key column, as a director's own spreadsheet"
    );
    assert_eq!(import(d, "p.okr", &files, &[]).code, 0);
    let kr = key_result_under(&d.join("p.okr"), "cskh-team-01");
    record_the_quarter(d, &kr.key);
    let team = "cskh-team-01";
    let objective = {
        let snap = Plan::open(d.join("p.okr")).unwrap().snapshot(None).unwrap();
        snap.objectives
            .iter()
            .find(|o| o.id == kr.objective_id)
            .unwrap()
            .clone()
    };
    let comment = format!("{}=Giữ cho quý sau", objective.key);
    okr_ok(
        d,
        &[
            "review",
            "p.okr",
            "--quarter",
            &objective.quarter.to_string(),
            "--node",
            team,
            "--by",
            "Chị Lan",
            "--comment",
            &comment,
        ],
    );
    okr_ok(d, &["handout", "p.okr", "--node", team, "--out", "review.okr"]);
    okr_ok(d, &["lock", "p.okr", "--quarter", "2027-Q1", "--by", "Anh Minh"]);

    let before = std::fs::read(d.join("p.okr")).unwrap();
    let dump_before = dump(&d.join("p.okr"));
    let r = import(d, "p.okr", &files, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("nothing changed"), "{}", r.stdout);
    assert!(
        r.stdout.contains("1 current value left as the check-ins recorded it"),
        "{}",
        r.stdout
    );
    assert_eq!(dump(&d.join("p.okr")), dump_before);
    assert!(
        std::fs::read(d.join("p.okr")).unwrap() == before,
        "not a byte of the plan changed"
    );

    let history = okr_ok(d, &["checkin", "p.okr", "--kr", &kr.key, "--history"]).stdout;
    assert!(
        history.contains("4.45") && history.contains("tuần 2") && history.contains("5.1"),
        "{history}"
    );
    let now = key_results(&d.join("p.okr"));
    let k = now.iter().find(|k| k.id == kr.id).expect("the same id");
    assert_eq!((k.current, k.score), (5.1, Some(0.6)));
}

#[test]
fn with_a_key_column_the_export_imports_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let kr = key_result_under(&d.join("p.okr"), "cskh-team-01");
    record_the_quarter(d, &kr.key);
    okr_ok(d, &["export", "p.okr", "--format", "csv", "--out", "out"]);
    let files = ["org.csv", "objectives.csv", "key_results.csv"].map(|f| d.join("out").join(f));
    assert!(std::fs::read_to_string(&files[2])
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .contains(",key,"));
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let r = import(d, "p.okr", &files, &[]);
    assert!(r.stdout.contains("nothing changed"), "{}{}", r.stdout, r.stderr);
    assert!(std::fs::read(d.join("p.okr")).unwrap() == before);
}

/// The sample imported from copies of its spreadsheets, and a key result of one team
/// (with its objective's key) that holds what a team records in a quarter.
fn a_recorded_quarter(d: &Path) -> ([PathBuf; 3], KeyResult, String) {
    let files = sheets(d);
    import(d, "p.okr", &files, &[]);
    let kr = key_result_under(&d.join("p.okr"), "cskh-team-01");
    record_the_quarter(d, &kr.key);
    let snap = Plan::open(d.join("p.okr")).unwrap().snapshot(None).unwrap();
    let objective = snap.objectives.iter().find(|o| o.id == kr.objective_id).unwrap();
    (files, kr, objective.key.clone())
}

#[test]
fn a_changed_row_updates_its_key_result_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (files, kr, objective_key) = a_recorded_quarter(d);

    // A new target, a retitle in other spacing and case, and a unit, on that row.
    let text = std::fs::read_to_string(&files[2]).unwrap();
    let mut changed = 0;
    let edited: Vec<String> = text
        .lines()
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            if changed == 0 && cells[0].trim_start_matches('\u{feff}') == objective_key && cells[1] == kr.title {
                changed += 1;
                let mut c: Vec<String> = cells.iter().map(|s| s.to_string()).collect();
                c[1] = format!("  {}  ", kr.title.to_uppercase());
                c[3] = (kr.target + 7.0).to_string();
                c.join(",")
            } else {
                line.to_string()
            }
        })
        .collect();
    assert_eq!(changed, 1, "the row was found");
    std::fs::write(&files[2], edited.join("\n") + "\n").unwrap();

    let r = import(d, "p.okr", &files, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("1 updated,"), "{}", r.stdout);
    let now = key_results(&d.join("p.okr"));
    let k = now.iter().find(|k| k.id == kr.id).expect("the same id");
    assert_eq!(k.key, kr.key);
    assert_eq!(k.target, kr.target + 7.0);
    assert_eq!(k.title, kr.title.to_uppercase());
    assert_eq!(k.score, Some(0.6));
    assert_eq!(k.current, 5.1, "the check-ins own the current value");
    let history = okr_ok(d, &["checkin", "p.okr", "--kr", &kr.key, "--history"]).stdout;
    assert!(history.contains("4.45") && history.contains("5.1"), "{history}");
}

#[test]
fn a_key_result_with_check_ins_is_removed_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (files, kr, objective_key) = a_recorded_quarter(d);
    let text = std::fs::read_to_string(&files[2]).unwrap();
    let mut dropped = false;
    let without: Vec<&str> = text
        .lines()
        .filter(|l| {
            let c: Vec<&str> = l.split(',').collect();
            let it = !dropped && c[0] == objective_key && c[1] == kr.title;
            dropped |= it;
            !it
        })
        .collect();
    assert_eq!(without.len() + 1, text.lines().count());
    std::fs::write(&files[2], without.join("\n") + "\n").unwrap();

    let before = std::fs::read(d.join("p.okr")).unwrap();
    let r = import(d, "p.okr", &files, &[]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    let want = format!(
        "{} \"{}\" (objective {objective_key}) holds 2 check-ins and a score of 0.6",
        kr.key, kr.title
    );
    assert!(r.stderr.contains(&want), "{want} not in {}", r.stderr);
    assert!(
        r.stderr.contains("--delete-missing") && !r.stderr.contains("UNIQUE"),
        "{}",
        r.stderr
    );
    assert!(
        std::fs::read(d.join("p.okr")).unwrap() == before,
        "the refused import changed nothing"
    );

    let r = import(d, "p.okr", &files, &["--delete-missing"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("1 removed (with their 2 check-ins)"), "{}", r.stdout);
    assert!(!key_results(&d.join("p.okr")).iter().any(|k| k.id == kr.id));
}

#[test]
fn a_review_copy_handed_out_before_a_re_import_merges_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let files = sheets(d);
    import(d, "p.okr", &files, &[]);
    let kr = key_result_under(&d.join("p.okr"), "cskh-team-01");
    okr_ok(
        d,
        &["handout", "p.okr", "--node", "cskh-team-01", "--out", "review.okr"],
    );
    okr_ok(
        d,
        &[
            "checkin",
            "review.okr",
            "--kr",
            &kr.key,
            "--value",
            "77.7",
            "--note",
            "quản lý ghi",
        ],
    );
    // The director imports the spreadsheet again, with one target changed elsewhere.
    let text = std::fs::read_to_string(&files[2]).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let last = lines.len() - 1;
    let mut cells: Vec<String> = lines[last].split(',').map(String::from).collect();
    cells[3] = format!("{}1", cells[3]);
    lines[last] = cells.join(",");
    std::fs::write(&files[2], lines.join("\n") + "\n").unwrap();
    let r = import(d, "p.okr", &files, &[]);
    assert!(r.stdout.contains("1 updated,"), "{}{}", r.stdout, r.stderr);

    let r = okr(d, &["merge", "p.okr", "review.okr"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("deleted in the plan"), "{}", r.stdout);
    let history = okr_ok(d, &["checkin", "p.okr", "--kr", &kr.key, "--history"]).stdout;
    assert!(history.contains("77.7") && history.contains("quản lý ghi"), "{history}");
}

#[test]
fn rows_find_their_key_results_by_title_then_by_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let org = "key,name,level,parent\nco,Công ty,company,\n";
    let objectives = "key,quarter,owner,title,parent\nsla,2026-Q4,co,Giữ SLA,\n";
    std::fs::write(d.join("org.csv"), org).unwrap();
    std::fs::write(d.join("objectives.csv"), objectives).unwrap();
    let krs = |body: &str| {
        std::fs::write(
            d.join("key_results.csv"),
            format!("objective,title,baseline,target,current\n{body}"),
        )
        .unwrap();
    };
    let files = ["org.csv", "objectives.csv", "key_results.csv"].map(|f| d.join(f));
    krs("sla,Giảm thời gian chờ,120,60,110\nsla,CSAT,4,4.6,4.2\nsla,FCR,70,80,72\n");
    import(d, "p.okr", &files, &[]);
    let first = key_results(&d.join("p.okr"));
    for k in &first {
        okr_ok(d, &["checkin", "p.okr", "--kr", &k.key, "--value", "1"]);
    }
    // Reordered, titles in other case and spacing, one in NFD: found by title, each
    // updated to the file's order and wording.
    krs("sla,FCR,70,80,72\nsla,csat  ,4,4.6,4.2\nsla,GIA\u{0309}M THỜI GIAN CHỜ,120,60,110\n");
    let r = import(d, "p.okr", &files, &[]);
    assert!(
        r.stdout.contains("0 added, 3 updated, 0 unchanged, 0 removed"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    // One retitled, as many rows as key results: found by its place.
    krs("sla,FCR lần đầu,70,80,72\nsla,csat  ,4,4.6,4.2\nsla,GIA\u{0309}M THỜI GIAN CHỜ,120,60,110\n");
    let r = import(d, "p.okr", &files, &[]);
    assert!(
        r.stdout.contains("1 updated, 2 unchanged, 0 removed"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    let now = key_results(&d.join("p.okr"));
    let mut ids: Vec<_> = now.iter().map(|k| k.id).collect();
    let mut was: Vec<_> = first.iter().map(|k| k.id).collect();
    ids.sort();
    was.sort();
    assert_eq!(ids, was, "every key result kept its id");
    let fcr = now.iter().find(|k| k.title == "FCR lần đầu").unwrap();
    assert_eq!(fcr.position, 0);
    assert_eq!(fcr.key, first.iter().find(|k| k.title == "FCR").unwrap().key);
}

mod property {
    use cascade::import::{import_csv, ImportFiles, ImportOptions, InputFile};
    use cascade::{NewCheckIn, Plan};
    use proptest::prelude::*;

    use super::sample_dir;

    #[derive(Debug, Clone)]
    enum Step {
        CheckIn { kr: usize, value: f64 },
        Reimport,
        ReimportExport,
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => (0usize..400, -50.0f64..500.0).prop_map(|(kr, value)| Step::CheckIn { kr, value }),
            1 => Just(Step::Reimport),
            1 => Just(Step::ReimportExport),
        ]
    }

    fn files(org: &[u8], objectives: &[u8], key_results: &[u8]) -> ImportFiles {
        let f = |name: &str, bytes: &[u8]| {
            Some(InputFile {
                name: name.into(),
                bytes: bytes.to_vec(),
            })
        };
        ImportFiles {
            org: f("org.csv", org),
            objectives: f("objectives.csv", objectives),
            key_results: f("key_results.csv", key_results),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Any sequence of check-ins and re-imports of unchanged files (the director's
        /// own, without keys, or the plan's export, with them) leaves every check-in in
        /// place, each key result with its last check-in's value.
        #[test]
        fn check_ins_survive_any_sequence_of_re_imports(steps in proptest::collection::vec(step(), 1..12)) {
            let read = |f: &str| std::fs::read(sample_dir().join(f)).unwrap();
            let (org, objectives, key_results) = (read("org.csv"), read("objectives.csv"), read("key_results.csv"));
            let mut plan = Plan::in_memory().unwrap();
            import_csv(&mut plan, files(&org, &objectives, &key_results), ImportOptions::default()).unwrap();
            let keys: Vec<String> = plan.snapshot(None).unwrap().key_results.iter().map(|k| k.key.clone()).collect();
            let mut recorded: Vec<(String, f64)> = Vec::new();
            for (day, s) in steps.iter().enumerate() {
                match s {
                    Step::CheckIn { kr, value } => {
                        let key = keys[kr % keys.len()].clone();
                        plan.record_checkin(NewCheckIn {
                            key_result: key.clone(),
                            value: *value,
                            date: Some(chrono::NaiveDate::from_ymd_opt(2026, 10, 1 + day as u32).unwrap()),
                            note: format!("tuần {day}"),
                            who: "Chị Lan".into(),
                            confidence: None,
                        }).unwrap();
                        recorded.push((key, *value));
                    }
                    Step::Reimport => {
                        let r = import_csv(&mut plan, files(&org, &objectives, &key_results), ImportOptions::default()).unwrap();
                        prop_assert_eq!(r.key_results_removed + r.key_results_added, 0);
                    }
                    Step::ReimportExport => {
                        let csv = cascade::export::to_csv(&plan.snapshot(None).unwrap());
                        let r = import_csv(&mut plan, files(&csv.org, &csv.objectives, &csv.key_results), ImportOptions::default()).unwrap();
                        prop_assert_eq!(r.key_results_updated + r.key_results_removed + r.key_results_added, 0);
                    }
                }
            }
            for key in &keys {
                let mine: Vec<f64> = recorded.iter().filter(|(k, _)| k == key).map(|(_, v)| *v).collect();
                let history: Vec<f64> = plan.checkins(key).unwrap().iter().map(|c| c.value).collect();
                prop_assert_eq!(&history, &mine, "{}", key);
                if let Some(last) = mine.last() {
                    prop_assert_eq!(plan.key_result(key).unwrap().current, *last);
                }
            }
        }
    }
}

#[test]
fn keys_of_other_objectives_stay_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("org.csv"), "key,name,level,parent\nco,Công ty,company,\n").unwrap();
    std::fs::write(
        d.join("objectives.csv"),
        "key,quarter,owner,title,parent\na,2026-Q4,co,Giữ SLA,\n",
    )
    .unwrap();
    std::fs::write(
        d.join("key_results.csv"),
        "objective,title,baseline,target,current,key\na,CSAT,4,4.6,4.2,b-kr1\n",
    )
    .unwrap();
    let files = ["org.csv", "objectives.csv", "key_results.csv"].map(|f| d.join(f));
    assert_eq!(import(d, "p.okr", &files, &[]).code, 0);

    // A new objective "b": its key result's made key would be "b-kr1", which "a"'s has.
    std::fs::write(
        d.join("objectives.csv"),
        "key,quarter,owner,title,parent\nb,2026-Q4,co,Giảm thời gian chờ,\n",
    )
    .unwrap();
    std::fs::write(
        d.join("key_results.csv"),
        "objective,title,baseline,target,current\nb,FRT,120,60,110\n",
    )
    .unwrap();
    let r = import(d, "p.okr", &files, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut keys: Vec<String> = key_results(&d.join("p.okr")).into_iter().map(|k| k.key).collect();
    keys.sort();
    assert_eq!(keys, ["b-kr1", "b-kr1-2"]);

    // A key given in the file that another objective's key result has is a problem of the row.
    std::fs::write(
        d.join("key_results.csv"),
        "objective,title,baseline,target,current,key\nb,FRT,120,60,110,b-kr1\n",
    )
    .unwrap();
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let r = import(d, "p.okr", &files, &[]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr
            .contains("key_results.csv line 2, column key: \"b-kr1\" is already the key"),
        "{}",
        r.stderr
    );
    assert!(std::fs::read(d.join("p.okr")).unwrap() == before);
}
