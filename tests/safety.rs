//! A plan survives what laptops and users do to it: read-only files, two programs on one
//! file, backups and restores, very long and unusual text.

use std::path::Path;

use cascade::{Level, NewNode, NewObjective, Plan, Quarter};

fn company(plan: &mut Plan, name: &str) -> cascade::Node {
    plan.add_node(NewNode {
        key: Some("co".into()),
        name: name.into(),
        level: Some(Level::Company),
        ..NewNode::default()
    })
    .unwrap()
}

fn objective(plan: &mut Plan, owner: uuid::Uuid, title: &str) -> cascade::Result<cascade::Objective> {
    plan.add_objective(NewObjective {
        commitment: Default::default(),
        key: None,
        quarter: "2026-Q4".parse::<Quarter>().unwrap(),
        owner_id: owner,
        title: title.into(),
        description: String::new(),
        parent_id: None,
    })
}

fn set_read_only(path: &Path, ro: bool) {
    let mut perms = std::fs::metadata(path).unwrap().permissions();
    perms.set_readonly(ro);
    std::fs::set_permissions(path, perms).unwrap();
}

#[test]
fn a_read_only_plan_opens_for_reading_and_refuses_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ro.okr");
    let mut plan = Plan::create(&path).unwrap();
    let co = company(&mut plan, "Sao Mai");
    objective(&mut plan, co.id, "Khách hàng hài lòng hơn").unwrap();
    plan.close().unwrap();
    set_read_only(&path, true);
    let before = std::fs::read(&path).unwrap();

    let mut plan = Plan::open(&path).unwrap();
    assert!(plan.is_read_only());
    assert_eq!(plan.snapshot(None).unwrap().objectives.len(), 1);
    let err = objective(&mut plan, co.id, "x").unwrap_err();
    assert_eq!(err.code(), "read-only");
    assert!(err.to_string().contains("read-only"), "{err}");
    plan.close().unwrap();
    assert!(std::fs::read(&path).unwrap() == before);
    set_read_only(&path, false);
    assert!(!Plan::open(&path).unwrap().is_read_only());
}

#[test]
fn two_programs_on_one_plan_see_each_others_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.okr");
    let mut a = Plan::create(&path).unwrap();
    let co = company(&mut a, "Sao Mai");
    let mut b = Plan::open(&path).unwrap();
    objective(&mut a, co.id, "from a").unwrap();
    assert_eq!(b.objectives(None).unwrap().len(), 1, "b sees a's committed change");

    // Both write at once from two threads: every write lands, none is lost or torn.
    let path2 = path.clone();
    let writer = std::thread::spawn(move || {
        let mut c = Plan::open(&path2).unwrap();
        for i in 0..50 {
            objective(&mut c, co.id, &format!("thread {i}")).unwrap();
        }
    });
    for i in 0..50 {
        objective(&mut b, co.id, &format!("main {i}")).unwrap();
    }
    writer.join().unwrap();
    assert_eq!(a.objectives(None).unwrap().len(), 101);
    drop(b);
    a.close().unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn a_plan_held_by_a_writer_answers_busy_not_a_dump() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("busy.okr");
    let mut a = Plan::create(&path).unwrap();
    let co = company(&mut a, "Sao Mai");
    let blocker = rusqlite::Connection::open(&path).unwrap();
    blocker.busy_timeout(std::time::Duration::from_millis(1)).unwrap();
    blocker
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO setting VALUES ('x', 'y');")
        .unwrap();
    let err = objective(&mut a, co.id, "blocked").unwrap_err();
    assert_eq!(err.code(), "busy");
    assert!(err.to_string().contains("try again"), "{err}");
    blocker.execute_batch("ROLLBACK").unwrap();
    objective(&mut a, co.id, "after").unwrap();
}

#[test]
fn backups_are_kept_listed_pruned_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let backups = dir.path().join("backups");
    let path = dir.path().join("q4.okr");
    let mut plan = Plan::create(&path).unwrap();
    let co = company(&mut plan, "Sao Mai");
    objective(&mut plan, co.id, "kept").unwrap();
    let first = plan.backup_to(&backups).unwrap();
    assert!(first.bytes > 0);
    assert!(plan.daily_backup(&backups).unwrap().is_none(), "one a day");

    objective(&mut plan, co.id, "added after the backup").unwrap();
    let before = plan.version().unwrap();
    plan.restore_from(&first.path, &backups).unwrap();
    assert_ne!(
        plan.version().unwrap(),
        before,
        "what was read before the restore is stale"
    );
    let titles: Vec<_> = plan.objectives(None).unwrap().into_iter().map(|o| o.title).collect();
    assert_eq!(titles, ["kept"]);
    // The state before the restore was backed up too, so the restore can be undone.
    let list = cascade::backup::list(&backups, &path).unwrap();
    assert_eq!(
        list.len(),
        2,
        "{list:?} {:?}",
        std::fs::read_dir(&backups).unwrap().collect::<Vec<_>>()
    );
    let mut undo = Plan::open(&list[0].path).unwrap();
    assert_eq!(undo.snapshot(None).unwrap().objectives.len(), 2);
    drop(undo);

    for _ in 0..(cascade::backup::KEEP + 3) {
        plan.backup_to(&backups).unwrap();
    }
    assert_eq!(
        cascade::backup::list(&backups, &path).unwrap().len(),
        cascade::backup::KEEP
    );

    // A file that is not a plan is refused and the plan is left as it was.
    let junk = dir.path().join("junk.okr");
    std::fs::write(&junk, b"not a plan at all, just some text that is long enough").unwrap();
    assert_eq!(plan.restore_from(&junk, &backups).unwrap_err().code(), "not-a-plan");
    assert_eq!(plan.objectives(None).unwrap().len(), 1);
}

#[test]
fn long_and_unusual_text_is_kept_or_refused_clearly() {
    let mut plan = Plan::in_memory().unwrap();
    let co = company(&mut plan, "Công ty Cổ phần 🌟 Sao Mai");
    let kept = [
        "x".repeat(10_000),
        // Vietnamese written with combining marks (decomposed), as some keyboards do.
        "Kha\u{301}ch ha\u{300}ng ha\u{300}i lo\u{300}ng".to_string(),
        "ยกระดับคุณภาพการบริการลูกค้า".to_string(),
        "תמיכה בלקוחות — دعم العملاء".to_string(),
        "😀 CSAT ≥ 4.3 👍🏽".to_string(),
    ];
    for title in &kept {
        let o = objective(&mut plan, co.id, title).unwrap();
        assert_eq!(&plan.objective(o.id).unwrap().title, title, "kept exactly");
    }
    for (bad, why) in [
        ("x".repeat(10_001), "longer than 10000"),
        ("nul \0 inside".to_string(), "NUL"),
        ("line\nbreak".to_string(), "control characters"),
    ] {
        let err = objective(&mut plan, co.id, &bad).unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert!(
            err.to_string().contains(why) && err.to_string().starts_with("title"),
            "{err}"
        );
    }
}

#[test]
fn ten_thousand_objectives_for_one_person() {
    let mut plan = Plan::in_memory().unwrap();
    let co = company(&mut plan, "Sao Mai");
    plan.transact(|tx| {
        for i in 0..10_000 {
            cascade::edit::objective::add(
                tx,
                NewObjective {
                    commitment: Default::default(),
                    key: None,
                    quarter: "2026-Q4".parse().unwrap(),
                    owner_id: co.id,
                    title: format!("Objective {i}"),
                    description: String::new(),
                    parent_id: None,
                },
            )?;
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(plan.snapshot(None).unwrap().objectives.len(), 10_000);
}

#[test]
fn a_truncated_plan_is_reported_as_damaged_and_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.okr");
    let sample = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/plan-v1.okr")).unwrap();
    std::fs::write(&path, &sample[..sample.len() / 3]).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Plan::open(&path)
        .and_then(|mut p| p.snapshot(None).map(|_| ()))
        .unwrap_err();
    assert!(matches!(err.code().as_str(), "damaged" | "not-a-plan"), "{err}");
    assert!(
        err.to_string().contains("damaged") || err.to_string().contains("not a Cascade plan"),
        "{err}"
    );
    assert!(std::fs::read(&path).unwrap() == before);
}
