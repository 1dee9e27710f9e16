//! The quarter's life and the plan's safety through the session, on real plan files:
//! what the check-in, review, lock, rollover, compare, export and backup commands call.

use cascade::{
    Commitment, Confidence, KrKind, Level, NewCheckIn, NewComment, NewKeyResult, NewNode, NewObjective, Quarter,
};
use okr_cascade::session::Session;
use uuid::Uuid;

fn q() -> Quarter {
    "2026-Q4".parse().unwrap()
}

/// A company, a division and one team with one objective and one key result; returns the team, the
/// objective and the key result's key.
fn plan(s: &mut Session) -> (Uuid, Uuid, String) {
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
    let division = s
        .edit(|p| {
            p.add_node(NewNode {
                name: "Khối CSKH".into(),
                level: Some(Level::Division),
                parent_id: Some(company),
                ..Default::default()
            })
        })
        .unwrap()
        .id;
    let team = s
        .edit(|p| {
            p.add_node(NewNode {
                name: "ทีมบริการ".into(),
                level: Some(Level::Team),
                parent_id: Some(division),
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
                owner_id: team,
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
                title: "CSAT".into(),
                kind: KrKind::Progress,
                baseline: Some(0.0),
                target: 100.0,
                current: 0.0,
                unit: "%".into(),
                weight: 1.0,
                measure: String::new(),
            })
        })
        .unwrap();
    (team, o, kr.key)
}

fn checkin(kr: &str, value: f64, confidence: Option<Confidence>) -> NewCheckIn {
    NewCheckIn {
        key_result: kr.into(),
        value,
        date: None,
        note: "tuần 1".into(),
        who: "Lan".into(),
        confidence,
    }
}

#[test]
fn a_checkin_is_kept_charted_and_marks_the_objective_at_risk() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let (_, o, kr) = plan(&mut s);
    s.record_checkin(checkin(&kr, 40.0, Some(Confidence::AtRisk))).unwrap();
    let state = s.quarter_state(q()).unwrap();
    assert_eq!(state.checkins.len(), 1);
    assert_eq!(state.checkins[0].who, "Lan");
    let score = state.scores.iter().find(|x| x.objective_id == o).unwrap();
    assert!(score.at_risk);
    assert!(score.miss_to_review, "committed and below 1.0");
    assert!((score.score - 0.4).abs() < 1e-9);
    // The next tree read sees the new value (the cache was forgotten).
    let detail = s.node_detail(q(), score.owner_id).unwrap();
    assert_eq!(detail.view.objectives[0].key_results[0].current, 40.0);
    let svg = s.checkin_chart(&kr).unwrap();
    assert!(svg.starts_with("<svg"), "{svg}");
    assert!(!svg.contains("<script"));

    let refused = s.record_checkin(checkin("no-such-kr", 1.0, None)).unwrap_err();
    assert_eq!(refused.code, "not-found", "{refused}");

    s.set_score(&kr, Some(0.9)).unwrap();
    let state = s.quarter_state(q()).unwrap();
    assert!((state.scores[0].score - 0.9).abs() < 1e-9);
}

#[test]
fn a_locked_quarter_refuses_checkins_until_unlocked_and_reviews_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let (team, o, kr) = plan(&mut s);
    s.mark_reviewed(
        team,
        q(),
        "Chị Hoa",
        vec![NewComment {
            objective_id: o,
            text: "Tốt".into(),
        }],
    )
    .unwrap();
    s.lock_quarter(q(), "Chị Hoa").unwrap();
    let state = s.quarter_state(q()).unwrap();
    assert_eq!(state.reviews.len(), 1);
    assert_eq!(state.reviews[0].node_id, team);
    assert_eq!(state.comments[0].text, "Tốt");
    assert_eq!(state.lock.as_ref().unwrap().locked_by, "Chị Hoa");

    let refused = s.record_checkin(checkin(&kr, 50.0, None)).unwrap_err();
    assert_eq!(refused.code, "quarter-locked");
    assert!(refused.message.contains("2026-Q4"), "{}", refused.message);
    assert!(s.quarter_state(q()).unwrap().checkins.is_empty(), "nothing changed");

    assert!(s.unlock_quarter(q()).unwrap());
    s.record_checkin(checkin(&kr, 50.0, None)).unwrap();
    assert!(s.unmark_reviewed(team, q()).unwrap());
    assert!(s.quarter_state(q()).unwrap().reviews.is_empty());
}

#[test]
fn planning_the_next_quarter_carries_over_and_the_diff_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let (_, _, _) = plan(&mut s);
    let report = s.rollover(q()).unwrap();
    assert_eq!(report.carried.len(), 1);
    assert_eq!(report.carried[0].copy, "cskh-2027q1-1");
    assert!(s.info().unwrap().quarters.contains(&q().next()));
    let diff = s.diff(q(), q().next()).unwrap();
    assert_eq!(diff.carried_over.len(), 1);
    assert!(diff.added.is_empty() && diff.dropped.is_empty());

    let out = dir.path().join("q.xlsx");
    s.export_xlsx(q(), &out).unwrap();
    assert!(std::fs::metadata(&out).unwrap().len() > 0);
}

#[test]
fn backups_are_taken_daily_listed_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    // The only test in this file that reads the data folder.
    std::env::set_var("CASCADE_DATA_DIR", dir.path().join("data"));
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    let (_, _, kr) = plan(&mut s);
    assert!(s.daily_backup_later().join().unwrap().unwrap().is_some());
    assert!(s.daily_backup_later().join().unwrap().unwrap().is_none(), "once a day");
    let backups = s.backups().unwrap();
    assert_eq!(backups.len(), 1);
    assert!(backups[0].path.starts_with(dir.path().join("data").join("backups")));

    s.record_checkin(checkin(&kr, 70.0, None)).unwrap();
    let other = dir.path().join("other.okr");
    Session::create(&other).unwrap().close().unwrap();
    let refused = s.restore_backup(&other).unwrap_err();
    assert_eq!(refused.code, "not-found");
    assert_eq!(s.quarter_state(q()).unwrap().checkins.len(), 1, "nothing changed");
    s.restore_backup(&backups[0].path).unwrap();
    assert!(s.quarter_state(q()).unwrap().checkins.is_empty(), "back to the backup");
    assert_eq!(s.backups().unwrap().len(), 2, "the state before the restore was kept");
    assert!(!s.status().read_only);
}

#[cfg(unix)]
#[test]
fn a_plan_the_user_may_not_write_opens_read_only_and_refuses_edits() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    let (_, _, kr) = plan(&mut s);
    s.close().unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    // The core judges by the file's permission bits, so this holds for root too.
    let mut s = Session::open(&path).unwrap();
    assert!(s.status().read_only);
    let refused = s.record_checkin(checkin(&kr, 10.0, None)).unwrap_err();
    assert_eq!(refused.code, "read-only");
}
