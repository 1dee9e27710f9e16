//! One door, many writers: real `okr` processes, merges and edits through the core on one
//! plan file at once; review copies edited by hand against the plan's invariants; and no
//! message a user can see carries SQL.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use cascade::{NewObjective, Plan, Quarter};
use common::{import_sample, okr, okr_ok, SQL_WORDS};

fn assert_plain(message: &str) {
    for w in SQL_WORDS {
        assert!(!message.contains(w), "{w:?} in a message people read: {message}");
    }
}

/// org.csv adding one team of `agents` agents under the sample's `cskh` division.
fn new_team(dir: &Path, name: &str, agents: usize) -> PathBuf {
    let mut csv = String::from("key,name,level,parent\nteam-new,Nhóm mới,team,cskh\n");
    for i in 1..=agents {
        csv.push_str(&format!("team-new-a{i:03},Nhân viên {i},agent,team-new\n"));
    }
    let path = dir.join(name);
    std::fs::write(&path, csv).unwrap();
    path
}

fn spawn(dir: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_okr"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for a process: its exit code and what it printed on both streams.
fn finish(child: Child) -> (i32, String) {
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap(), text)
}

/// The first key result (by key) of a review copy's own part, in quarters LIKE `quarter`.
fn reviewed_key_result(copy: &Path, quarter: &str) -> String {
    rusqlite::Connection::open(copy)
        .unwrap()
        .query_row(
            "SELECT k.key FROM key_result k JOIN objective o ON o.id = k.objective_id \
             JOIN review_scope s ON s.node_id = o.owner_id WHERE o.quarter LIKE ?1 ORDER BY k.key LIMIT 1",
            [quarter],
            |r| r.get(0),
        )
        .unwrap()
}

fn count(path: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn integrity(path: &Path) {
    let c = rusqlite::Connection::open(path).unwrap();
    let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let broken: i64 = c
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(broken, 0);
}

#[test]
fn two_imports_at_once_both_land_or_one_says_busy() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "base.okr");
    let a = new_team(d, "a.csv", 300);
    let b = new_team(d, "b.csv", 300);
    let (a, b) = (a.display().to_string(), b.display().to_string());
    for attempt in 0..8 {
        let plan = d.join(format!("p{attempt}.okr"));
        std::fs::copy(d.join("base.okr"), &plan).unwrap();
        let p = plan.display().to_string();
        let first = spawn(d, &["import", &p, "--org", &a]);
        let second = spawn(d, &["import", &p, "--org", &b]);
        let results = [finish(first), finish(second)];
        for (code, text) in &results {
            assert_plain(text);
            assert!(
                *code == 0 || (*code == 2 && text.contains("busy")),
                "attempt {attempt}: exit {code}: {text}"
            );
        }
        if results.iter().all(|(code, _)| *code == 0) {
            // The second decided inside its transaction, after the first: it saw the team.
            let added = results
                .iter()
                .filter(|(_, t)| t.contains("301 people and units added"))
                .count();
            let unchanged = results.iter().filter(|(_, t)| t.contains("nothing changed")).count();
            assert_eq!((added, unchanged), (1, 1), "attempt {attempt}: {results:?}");
        }
        assert_eq!(
            count(&plan, "SELECT count(*) FROM node WHERE key LIKE 'team-new%'"),
            301,
            "attempt {attempt}: the team and its 300 agents, once"
        );
        integrity(&plan);
    }
}

#[test]
fn an_import_a_merge_and_edits_through_the_core_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let plan = d.join("p.okr");
    okr_ok(d, &["handout", "p.okr", "--node", "cskh-team-01", "--out", "r.okr"]);
    let kr = reviewed_key_result(&d.join("r.okr"), "%");
    okr_ok(
        d,
        &["checkin", "r.okr", "--kr", &kr, "--value", "91.5", "--note", "ca tối"],
    );
    let team = new_team(d, "team.csv", 300).display().to_string();

    let import = spawn(d, &["import", "p.okr", "--org", &team]);
    let merge = spawn(d, &["merge", "p.okr", "r.okr"]);
    // Meanwhile, the app's edits through the core.
    let mut app = Plan::open(&plan).unwrap();
    let owner = app.node_by_key("cskh").unwrap().id;
    let mut added = 0;
    for i in 0..20 {
        let r = app.add_objective(NewObjective {
            key: Some(format!("app-{i}")),
            quarter: "2026-Q4".parse::<Quarter>().unwrap(),
            owner_id: owner,
            title: format!("Mục tiêu {i}"),
            description: String::new(),
            parent_id: None,
            commitment: Default::default(),
        });
        match r {
            Ok(_) => added += 1,
            Err(e) => {
                assert_eq!(e.code(), "busy", "{e}");
                assert_plain(&e.to_string());
            }
        }
    }
    drop(app);
    for (code, text) in [finish(import), finish(merge)] {
        assert_plain(&text);
        assert!(code == 0 || (code == 2 && text.contains("busy")), "exit {code}: {text}");
    }
    assert_eq!(
        count(&plan, "SELECT count(*) FROM objective WHERE key LIKE 'app-%'"),
        added
    );
    assert!(added > 0);
    integrity(&plan);
}

#[test]
fn a_writer_that_cannot_get_the_file_says_busy_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let kr: String = rusqlite::Connection::open(d.join("p.okr"))
        .unwrap()
        .query_row("SELECT key FROM key_result ORDER BY key LIMIT 1", [], |r| r.get(0))
        .unwrap();
    let holder = rusqlite::Connection::open(d.join("p.okr")).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let r = okr(d, &["checkin", "p.okr", "--kr", &kr, "--value", "1"]);
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains("busy") && r.stderr.contains("try again"),
        "{}",
        r.stderr
    );
    assert_plain(&r.stderr);
    assert_eq!(count(&d.join("p.okr"), "SELECT count(*) FROM checkin"), 0);
}

/// A review copy with its guards removed, as someone editing it with an SQLite tool would.
fn hand_edited(d: &Path, name: &str, sql: &str) -> PathBuf {
    let path = d.join(name);
    okr_ok(
        d,
        &[
            "handout",
            "p.okr",
            "--node",
            "cskh-team-01",
            "--out",
            path.to_str().unwrap(),
        ],
    );
    let c = rusqlite::Connection::open(&path).unwrap();
    let triggers: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'review%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for t in triggers {
        c.execute_batch(&format!("DROP TRIGGER \"{t}\"")).unwrap();
    }
    let changed = c.execute(sql, []).unwrap();
    assert!(changed > 0, "{sql} changed nothing");
    path
}

#[test]
fn a_review_copy_that_would_break_the_plan_is_refused_by_row_field_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let agent_objective = "(SELECT o.id FROM objective o JOIN node n ON n.id = o.owner_id \
                           WHERE n.key = 'cskh-team-01-a001' AND o.parent_id IS NOT NULL ORDER BY o.key LIMIT 1)";
    let agent_kr = format!("(SELECT id FROM key_result WHERE objective_id = {agent_objective} LIMIT 1)");
    let long = "x".repeat(20_000);
    let cases: Vec<(String, &str)> = vec![
        (
            "UPDATE node SET parent_id = (SELECT id FROM node WHERE key = 'cskh-team-01-a001') \
             WHERE key = 'cskh-team-01-a002'"
                .into(),
            "an agent must sit under a team",
        ),
        (
            format!("UPDATE objective SET title = '{long}' WHERE id = {agent_objective}"),
            "is longer than 10000 characters",
        ),
        (
            "UPDATE node SET name = 'Nhân viên' || char(10) || 'hai dòng' WHERE key = 'cskh-team-01-a003'".into(),
            "control characters",
        ),
        (
            format!("UPDATE key_result SET title = 'CSAT' || char(13) WHERE id = {agent_kr}"),
            "key result",
        ),
        (
            "UPDATE node SET name = '   ' WHERE key = 'cskh-team-01-a004'".into(),
            "is empty",
        ),
    ];
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let mut messages = Vec::new();
    for (i, (sql, rule)) in cases.iter().enumerate() {
        let copy = hand_edited(d, &format!("r{i}.okr"), sql);
        let r = okr(d, &["merge", "p.okr", copy.to_str().unwrap()]);
        assert_eq!(r.code, 2, "{sql}: {}", r.stdout);
        assert!(
            r.stderr.contains("cannot be merged") && r.stderr.contains(rule),
            "{sql}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("nothing was merged"), "{}", r.stderr);
        assert!(
            std::fs::read(d.join("p.okr")).unwrap() == before,
            "{sql}: the plan changed"
        );
        messages.push(r.stderr);
    }
    for m in &messages {
        assert_plain(m);
    }
    // Moving the reviewed team itself is refused, not dropped.
    let copy = hand_edited(
        d,
        "moved.okr",
        "UPDATE node SET parent_id = (SELECT id FROM node WHERE level = 0) WHERE key = 'cskh-team-01'",
    );
    let r = okr(d, &["merge", "p.okr", copy.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("\"cskh-team-01\" was moved"), "{}", r.stderr);
    assert!(std::fs::read(d.join("p.okr")).unwrap() == before);
}

#[test]
fn a_plan_with_a_locked_quarter_hands_out_and_merges() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    okr_ok(d, &["lock", "p.okr", "--quarter", "2027-Q1", "--by", "Anh Minh"]);
    okr_ok(d, &["handout", "p.okr", "--node", "cskh-team-01", "--out", "r.okr"]);
    let kr = reviewed_key_result(&d.join("r.okr"), "2026-Q4");
    okr_ok(d, &["checkin", "r.okr", "--kr", &kr, "--value", "3"]);
    let r = okr_ok(d, &["merge", "p.okr", "r.okr"]);
    assert!(r.stdout.contains("added    checkin"), "{}", r.stdout);
}

#[test]
fn refusals_people_read_carry_no_sql() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    std::fs::write(
        d.join("dup.csv"),
        "key,name,level,parent\nx,X,team,cskh\nx,Y,team,cskh\n",
    )
    .unwrap();
    std::fs::write(d.join("bad.json"), "{\"nodes\": 3}").unwrap();
    std::fs::write(d.join("not-a-plan.okr"), "hello").unwrap();
    let kr: String = rusqlite::Connection::open(d.join("p.okr"))
        .unwrap()
        .query_row("SELECT key FROM key_result ORDER BY key LIMIT 1", [], |r| r.get(0))
        .unwrap();
    okr_ok(d, &["lock", "p.okr", "--quarter", "2026-Q4", "--by", "Chị Lan"]);
    let refusals: &[&[&str]] = &[
        &["import", "p.okr", "--org", "dup.csv"],
        &["import", "p.okr", "--json", "bad.json"],
        &["check", "not-a-plan.okr"],
        &["checkin", "p.okr", "--kr", &kr, "--value", "1"],
        &["checkin", "p.okr", "--kr", "no-such-kr", "--value", "1"],
        &["merge", "p.okr", "p.okr"],
        &["rollover", "p.okr", "--from", "2026-Q4", "--to", "2026-Q3"],
        &["handout", "p.okr", "--node", "nobody", "--out", "r.okr"],
        &["restore", "p.okr", "not-a-plan.okr"],
    ];
    for args in refusals {
        let r = okr(d, args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stdout);
        assert!(!r.stderr.trim().is_empty(), "{args:?}");
        assert_plain(&r.stderr);
    }
}

#[test]
fn a_merge_preview_names_the_locked_quarter_it_touches() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    okr_ok(d, &["handout", "p.okr", "--node", "cskh-team-01", "--out", "r.okr"]);
    let kr = reviewed_key_result(&d.join("r.okr"), "2026-Q4");
    okr_ok(d, &["checkin", "r.okr", "--kr", &kr, "--value", "3"]);
    okr_ok(d, &["lock", "p.okr", "--quarter", "2026-Q4", "--by", "Chị Lan"]);
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let mut plan = Plan::open(d.join("p.okr")).unwrap();
    let err = cascade::review_copy::preview(&mut plan, &d.join("r.okr"), &Default::default()).unwrap_err();
    drop(plan);
    let msg = err.to_string();
    assert!(msg.contains("2026-Q4") && msg.contains("Chị Lan"), "{msg}");
    assert!(!msg.contains("()"), "{msg}");
    assert!(
        std::fs::read(d.join("p.okr")).unwrap() == before,
        "a preview changes nothing"
    );
}
