//! `okr backup` and `okr restore` on real files.

use std::path::Path;
use std::process::{Command, Output};

fn okr(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_okr")).args(args).output().unwrap()
}

#[test]
fn back_up_list_and_restore() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("q4.okr");
    let backups = dir.path().join("backups");
    let d = Path::new("--dir");
    assert!(okr(&[Path::new("demo"), &plan]).status.success());
    let out = okr(&[Path::new("backup"), &plan, d, &backups]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = okr(&[Path::new("backup"), &plan, d, &backups, Path::new("--list")]);
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert_eq!(listed.lines().count(), 1, "{listed}");
    let backup = listed.split_whitespace().last().unwrap().to_string();

    // Change the plan, then restore: the change is gone, and the changed state was kept.
    let conn = rusqlite::Connection::open(&plan).unwrap();
    conn.execute("DELETE FROM key_result", []).unwrap();
    conn.close().unwrap();
    let out = okr(&[Path::new("restore"), &plan, Path::new(&backup), d, &backups]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let conn = rusqlite::Connection::open(&plan).unwrap();
    let krs: i64 = conn
        .query_row("SELECT count(*) FROM key_result", [], |r| r.get(0))
        .unwrap();
    assert!(krs > 0);
    assert_eq!(cascade::backup::list(&backups, &plan).unwrap().len(), 2);

    // A missing or foreign backup: exit 2, a message naming it, the plan untouched.
    let before = std::fs::read(&plan).unwrap();
    let out = okr(&[Path::new("restore"), &plan, Path::new("nope.okr"), d, &backups]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.okr"));
    assert!(std::fs::read(&plan).unwrap() == before);
}
