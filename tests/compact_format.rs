//! Plan format 6, the compact file (`src/store/compact.rs`): every earlier format upgrades
//! to it in place keeping every row, the JSON export the same bytes; the history and
//! review copies made before the upgrade still work after it; and the file keeps only
//! the indexes its queries use.
//!
//! The sample files of `tests/data/` were written by the programs of their formats:
//! `plan-v1.okr` (format 1) and, from it, `plan-v1-as-format-2.okr` and
//! `plan-v1-as-format-3.okr` (`cargo run --example old_format`), the same plan as each
//! format kept it; `plan-v3.okr`; `plan-v5-history.okr` (an import, a check-in and a
//! review mark with a comment by `okr` of format 5, so its history holds changesets of
//! that format); `review-v3/` (a plan and a review copy of one team, written and edited by
//! `okr` of format 3). Each `.json` beside them is its export by `okr export --format
//! json` of format 5, before the compact file existed.

mod common;

use std::path::{Path, PathBuf};

use cascade::store::schema::SCHEMA_VERSION;
use cascade::{Lang, Plan};
use rusqlite::Connection;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// A copy of a sample in a fresh folder (the samples themselves stay as committed), with
/// the app's data folder (where the upgrade's backup goes) inside it too.
fn copy_of(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    std::env::set_var("CASCADE_DATA_DIR", dir.path().join("data"));
    let to = dir.path().join(Path::new(name).file_name().unwrap());
    std::fs::copy(data(name), &to).unwrap();
    to
}

fn format_of(path: &Path) -> i64 {
    Connection::open(path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

fn export_json(plan: &mut Plan, _dir: &Path) -> Vec<u8> {
    plan.export_json().unwrap()
}

/// The schema as SQLite keeps it: every table, index and trigger with its SQL.
fn schema(path: &Path) -> Vec<(String, String, Option<String>)> {
    Connection::open(path)
        .unwrap()
        .prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn formats_1_2_and_3_of_one_plan_upgrade_to_the_same_plan_and_the_same_export() {
    let expected = std::fs::read(data("plan-v1.json")).unwrap();
    let fresh_dir = tempfile::tempdir().unwrap();
    let fresh = fresh_dir.path().join("new.okr");
    Plan::create(&fresh).unwrap().close().unwrap();
    for (sample, format) in [
        ("plan-v1.okr", 1),
        ("plan-v1-as-format-2.okr", 2),
        ("plan-v1-as-format-3.okr", 3),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of(&dir, sample);
        assert_eq!(format_of(&path), format, "{sample} is of format {format}");
        let mut plan = Plan::open(&path).unwrap();
        let json = export_json(&mut plan, dir.path());
        assert!(
            json == expected,
            "{sample}: the export after the upgrade is not the bytes of format 5's export"
        );
        plan.close().unwrap();
        assert_eq!(format_of(&path), SCHEMA_VERSION);
        assert_eq!(schema(&path), schema(&fresh), "{sample}: the schema of a new plan");
        common::assert_sound(&path);
        let c = Connection::open(&path).unwrap();
        let kinds: Vec<(String, String)> = c
            .prepare(
                "SELECT DISTINCT typeof(id), typeof(owner_id) FROM objective \
                 UNION SELECT DISTINCT typeof(created_at), typeof(updated_at) FROM objective",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            kinds,
            [
                ("blob".to_string(), "blob".to_string()),
                ("integer".into(), "integer".into())
            ]
        );
        // The backup the upgrade took is the file as it was.
        let backups: Vec<_> = walk(&dir.path().join("data"));
        assert!(
            backups
                .iter()
                .any(|b| std::fs::read(b).unwrap() == std::fs::read(data(sample)).unwrap() || format_of(b) == format),
            "{sample}: a backup of the old file: {backups:?}"
        );
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "okr") {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_plan_of_format_3_exports_the_same_bytes_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of(&dir, "plan-v3.okr");
    assert_eq!(format_of(&path), 3);
    let mut plan = Plan::open(&path).unwrap();
    assert!(export_json(&mut plan, dir.path()) == std::fs::read(data("plan-v3.json")).unwrap());
    // Check-ins keep their times to the nanosecond, and new ones are kept the same way.
    let before = plan.checkins("o00001-kr1").unwrap();
    assert_eq!(before.len(), 1);
    assert_eq!(
        before[0].recorded_at.to_rfc3339(),
        "2026-12-06T19:40:14.699936882+00:00"
    );
}

#[test]
fn the_history_recorded_in_format_5_is_undone_and_redone_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of(&dir, "plan-v5-history.okr");
    assert_eq!(format_of(&path), 5);
    let mut plan = Plan::open(&path).unwrap();
    let json = export_json(&mut plan, dir.path());
    assert!(json == std::fs::read(data("plan-v5-history.json")).unwrap());
    let history = plan.history(&Default::default(), Lang::En).unwrap();
    assert_eq!(history.len(), 3, "{history:?}");
    // Newest first: the review mark with its comment, the check-in, the import.
    let said = format!("{history:?}");
    assert!(said.contains("o00001-kr1") && said.contains("cskh-team-01"), "{said}");
    assert_eq!(plan.checkins("o00001-kr1").unwrap().len(), 1);
    plan.undo().unwrap(); // the review mark and its comment
    plan.undo().unwrap(); // the check-in
    assert!(plan.checkins("o00001-kr1").unwrap().is_empty(), "the check-in undone");
    let kr = plan.key_result("o00001-kr1").unwrap();
    assert_eq!(kr.current, 79.09, "its current value as it was before");
    plan.redo().unwrap();
    plan.redo().unwrap();
    assert!(export_json(&mut plan, dir.path()) == json, "redone: the plan as it was");
}

#[test]
fn a_review_copy_made_in_format_3_merges_into_an_upgraded_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = copy_of(&dir, "review-v3/plan.okr");
    let copy_path = copy_of(&dir, "review-v3/copy.okr");
    assert_eq!((format_of(&plan_path), format_of(&copy_path)), (3, 3));
    let mut plan = Plan::open(&plan_path).unwrap();
    assert!(plan.checkins("o00012-kr1").unwrap().is_empty());
    let report = cascade::review_copy::merge(&mut plan, &copy_path, &Default::default()).unwrap();
    assert!(report.conflicts.is_empty(), "{report:?}");
    let checkins = plan.checkins("o00012-kr1").unwrap();
    assert_eq!(checkins.len(), 1, "the reviewer's check-in merged");
    assert_eq!(checkins[0].value, 88.0);
    assert_eq!(
        format_of(&copy_path),
        SCHEMA_VERSION,
        "the copy was upgraded to be read"
    );
}

/// Each query the app and `okr` run per row or per click finds its rows through an
/// index, and every index of the file serves at least one of them: an index nothing
/// uses only costs room and time on every write.
#[test]
fn hot_queries_use_an_index_and_every_index_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    Plan::create(&path).unwrap().close().unwrap();
    let c = Connection::open(&path).unwrap();
    // (what it is for, the query as the store runs it)
    let hot: &[(&str, &str)] = &[
        ("a person by id", "SELECT * FROM node WHERE id = ?1"),
        ("a person by key", "SELECT * FROM node WHERE key = ?1"),
        ("the company", "SELECT * FROM node WHERE level = 0"),
        ("someone's people", "SELECT count(*) FROM node WHERE parent_id = ?1"),
        ("an objective by id", "SELECT * FROM objective WHERE id = ?1"),
        ("an objective by key", "SELECT * FROM objective WHERE key = ?1"),
        ("someone's objectives", "SELECT id FROM objective WHERE owner_id = ?1"),
        (
            "someone's load in a quarter",
            "SELECT count(*) FROM objective WHERE owner_id = ?1 AND quarter = ?2",
        ),
        (
            "unlinking the objectives that support one",
            "UPDATE objective SET parent_id = NULL, updated_at = ?2 WHERE parent_id = ?1",
        ),
        (
            "clearing the link of the objectives carried from one (its deletion)",
            "UPDATE objective SET carried_from = NULL WHERE carried_from = ?1",
        ),
        ("a key result by id", "SELECT * FROM key_result WHERE id = ?1"),
        ("a key result by key", "SELECT * FROM key_result WHERE key = ?1"),
        (
            "an objective's key results",
            "SELECT * FROM key_result WHERE objective_id = ?1 ORDER BY position",
        ),
        (
            "a key result's check-ins",
            "SELECT * FROM checkin c WHERE c.key_result_id = ?1 ORDER BY c.date, c.recorded_at",
        ),
        ("a check-in by id", "SELECT * FROM checkin WHERE id = ?1"),
        (
            "an objective's comments (its deletion)",
            "DELETE FROM objective_comment WHERE objective_id = ?1",
        ),
        ("a comment by id", "SELECT * FROM objective_comment WHERE id = ?1"),
        (
            "a review mark",
            "DELETE FROM review WHERE node_id = ?1 AND quarter = ?2",
        ),
        ("a quarter's lock", "SELECT * FROM quarter_lock WHERE quarter = ?1"),
        ("a setting", "SELECT value FROM setting WHERE name = ?1"),
        ("the plan's record", "SELECT value FROM plan_meta WHERE name = ?1"),
        ("a review copy's part", "SELECT 1 FROM review_scope WHERE node_id = ?1"),
        ("a history entry", "SELECT changes FROM history WHERE id = ?1"),
        ("pruning the history", "DELETE FROM history WHERE at < ?1"),
        (
            "the change to redo",
            "SELECT id FROM history WHERE undone IS NOT NULL AND redoable = 1 ORDER BY undone DESC",
        ),
    ];
    let mut used = std::collections::BTreeSet::new();
    for (what, sql) in hot {
        let mut st = c.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        // Parameters left unbound: the plan does not depend on their values.
        let mut rows = st.raw_query();
        let mut plan: Vec<String> = Vec::new();
        while let Some(r) = rows.next().unwrap() {
            plan.push(r.get(3).unwrap());
        }
        let steps = plan.join(" | ");
        assert!(
            plan.iter().all(|s| !s.starts_with("SCAN ")),
            "{what}: reads the whole table: {steps}"
        );
        for step in &plan {
            for marker in ["USING INDEX ", "USING COVERING INDEX "] {
                if let Some(at) = step.find(marker) {
                    let name = step[at + marker.len()..].split_whitespace().next().unwrap();
                    used.insert(name.to_string());
                }
            }
            if step.contains("USING INTEGER PRIMARY KEY") || step.contains("USING ROWID") {
                used.insert("rowid".into());
            }
        }
    }
    let indexes: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let unused: Vec<&String> = indexes.iter().filter(|i| !used.contains(*i)).collect();
    assert!(
        unused.is_empty(),
        "indexes no hot query uses: {unused:?} (used: {used:?})"
    );
}
