//! The window follows the file: what the session read is kept for one version of the
//! plan, read again once another handle, another process or this window changed it, and
//! not read again while nothing did. On real plan files.

use std::path::Path;
use std::sync::Arc;

use cascade::{Commitment, KrKind, Lang, Level, NewCheckIn, NewKeyResult, NewNode, NewObjective, Plan, Quarter};
use okr_cascade::session::Session;
use uuid::Uuid;

fn q() -> Quarter {
    "2026-Q4".parse().unwrap()
}

/// A company with one objective and one key result at 485.52; returns the company and
/// the key result's key.
fn plan(s: &mut Session) -> (Uuid, String) {
    let company = s
        .edit(|p| {
            p.add_node(NewNode {
                name: "Sao Mai".into(),
                level: Some(Level::Company),
                ..Default::default()
            })
        })
        .unwrap()
        .id;
    let o = s
        .edit(|p| {
            p.add_objective(NewObjective {
                key: Some("cskh-2026q4-1".into()),
                quarter: q(),
                owner_id: company,
                title: "Giảm thời gian chờ".into(),
                description: String::new(),
                parent_id: None,
                commitment: Commitment::Committed,
            })
        })
        .unwrap()
        .id;
    let kr = s
        .edit(|p| {
            p.add_key_result(NewKeyResult {
                objective_id: o,
                key: None,
                title: "Cuộc gọi mỗi ngày".into(),
                kind: KrKind::Progress,
                baseline: Some(0.0),
                target: 600.0,
                current: 485.52,
                unit: String::new(),
                weight: 1.0,
                measure: String::new(),
            })
        })
        .unwrap();
    (company, kr.key)
}

fn checkin(kr: &str, value: f64) -> NewCheckIn {
    NewCheckIn {
        key_result: kr.into(),
        value,
        date: None,
        note: String::new(),
        who: "okr".into(),
        confidence: None,
    }
}

/// The key result's current value as the node panel shows it.
fn shown(s: &mut Session, node: Uuid) -> f64 {
    s.node_detail(q(), node).unwrap().view.objectives[0].key_results[0].current
}

#[test]
fn a_change_by_another_handle_is_read_once_the_version_moves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    let (company, kr) = plan(&mut s);
    let before = s.quarter(q()).unwrap();
    let v0 = s.version().unwrap();

    // Nothing changed: the same read is handed out again.
    assert!(Arc::ptr_eq(&before, &s.quarter(q()).unwrap()), "read again for nothing");
    assert_eq!(s.version().unwrap(), v0);
    assert_eq!(shown(&mut s, company), 485.52);

    // Another window (another connection to the same file) records a check-in.
    let mut other = Plan::open(&path).unwrap();
    other.record_checkin(checkin(&kr, 499.5)).unwrap();
    assert_ne!(s.version().unwrap(), v0, "the version moved");
    let after = s.quarter(q()).unwrap();
    assert!(!Arc::ptr_eq(&before, &after), "read again after the change");
    assert_eq!(shown(&mut s, company), 499.5);
    assert_eq!(s.tree(q()).unwrap()[0].objectives, 1);

    // And kept again until the next change.
    assert!(Arc::ptr_eq(&after, &s.quarter(q()).unwrap()));
    other.close().unwrap();
}

#[test]
fn own_edits_move_the_version_and_a_refused_one_keeps_what_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let (company, kr) = plan(&mut s);
    let v0 = s.version().unwrap();
    let read = s.quarter(q()).unwrap();

    let refused = s.record_checkin(checkin("no-such-kr", 1.0)).unwrap_err();
    assert_eq!(refused.code, "not-found");
    assert_eq!(s.version().unwrap(), v0, "a refused edit changed nothing");
    assert!(Arc::ptr_eq(&read, &s.quarter(q()).unwrap()));

    s.record_checkin(checkin(&kr, 510.0)).unwrap();
    assert_ne!(s.version().unwrap(), v0);
    assert_eq!(shown(&mut s, company), 510.0);
}

#[test]
fn each_language_is_kept_and_switching_back_reads_nothing_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    plan(&mut s);
    let en = s.quarter(q()).unwrap();
    s.set_lang(Lang::Vi);
    let vi = s.quarter(q()).unwrap();
    assert!(!Arc::ptr_eq(&en, &vi), "findings written in Vietnamese");
    s.set_lang(Lang::En);
    assert!(Arc::ptr_eq(&en, &s.quarter(q()).unwrap()));
}

/// The environment variable that turns [`child_records_a_checkin`] into the other process.
const CHILD_PLAN: &str = "CASCADE_TEST_CHILD_PLAN";

/// Run by [`a_change_by_another_process_is_read`] as a separate process (this test binary
/// again): records a check-in into the plan named by `CASCADE_TEST_CHILD_PLAN` through
/// the core, as `okr checkin` does. Does nothing in a normal test run.
#[test]
fn child_records_a_checkin() {
    let Some(path) = std::env::var_os(CHILD_PLAN) else {
        return;
    };
    let mut plan = Plan::open(Path::new(&path)).unwrap();
    let kr = std::env::var("CASCADE_TEST_CHILD_KR").unwrap();
    plan.record_checkin(checkin(&kr, 499.5)).unwrap();
    plan.close().unwrap();
}

#[test]
fn a_change_by_another_process_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    let (company, kr) = plan(&mut s);
    assert_eq!(shown(&mut s, company), 485.52);
    let v0 = s.version().unwrap();

    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_records_a_checkin", "--test-threads", "1"])
        .env(CHILD_PLAN, &path)
        .env("CASCADE_TEST_CHILD_KR", &kr)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));

    assert_ne!(s.version().unwrap(), v0, "the version moved");
    assert_eq!(shown(&mut s, company), 499.5);
}

#[test]
fn a_restored_backup_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    // The only test in this file that reads the data folder.
    std::env::set_var("CASCADE_DATA_DIR", dir.path().join("data"));
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let (company, kr) = plan(&mut s);
    s.daily_backup_later().join().unwrap().unwrap();
    let backup = s.backups().unwrap().remove(0).path;
    s.record_checkin(checkin(&kr, 520.0)).unwrap();
    assert_eq!(shown(&mut s, company), 520.0);

    s.restore_backup(&backup).unwrap();
    assert_eq!(
        shown(&mut s, company),
        485.52,
        "the backup's value, not the one read before"
    );
}
