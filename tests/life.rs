//! The quarter's life on real plan files: check-ins and their history, scores, review
//! marks and comments, locked quarters refusing every kind of edit, the diff between
//! quarters, and the upgrade of a plan of format 1.

use std::path::PathBuf;

use cascade::measure::score::Reading;
use cascade::store::schema::SCHEMA_VERSION;
use cascade::{
    Commitment, Confidence, Error, KeyResult, KeyResultPatch, KrKind, Level, NewCheckIn, NewComment, NewKeyResult,
    NewNode, NewObjective, Node, Objective, ObjectivePatch, Plan, Quarter,
};
use chrono::NaiveDate;

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

struct Org {
    _dir: tempfile::TempDir,
    path: PathBuf,
    plan: Plan,
    company: Node,
    team: Node,
    team2: Node,
}

fn org() -> Org {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kế hoạch.okr");
    let mut plan = Plan::create(&path).unwrap();
    let node = |key: &str, name: &str, level, parent| NewNode {
        key: Some(key.into()),
        name: name.into(),
        level: Some(level),
        parent_id: parent,
        ..NewNode::default()
    };
    let company = plan.add_node(node("saomai", "Sao Mai", Level::Company, None)).unwrap();
    let division = plan
        .add_node(node("cskh", "Khối CSKH", Level::Division, Some(company.id)))
        .unwrap();
    let team = plan
        .add_node(node("hotline", "Nhóm hotline", Level::Team, Some(division.id)))
        .unwrap();
    let team2 = plan
        .add_node(node("chat", "ทีมแชท", Level::Team, Some(division.id)))
        .unwrap();
    Org {
        _dir: dir,
        path,
        plan,
        company,
        team,
        team2,
    }
}

impl Org {
    fn objective(&mut self, key: &str, owner: &Node, quarter: &str, parent: Option<&Objective>) -> Objective {
        self.plan
            .add_objective(NewObjective {
                key: Some(key.into()),
                quarter: q(quarter),
                owner_id: owner.id,
                title: format!("Mục tiêu {key}"),
                description: String::new(),
                parent_id: parent.map(|p| p.id),
                commitment: Commitment::Aspirational,
            })
            .unwrap()
    }

    fn kr(&mut self, o: &Objective, baseline: f64, target: f64, current: f64) -> KeyResult {
        self.plan
            .add_key_result(NewKeyResult {
                objective_id: o.id,
                key: None,
                title: "Thời gian phản hồi".into(),
                kind: KrKind::Progress,
                baseline: Some(baseline),
                target,
                current,
                unit: "giây".into(),
                weight: 1.0,
                measure: String::new(),
            })
            .unwrap()
    }

    fn checkin(&mut self, kr: &str, value: f64, date: &str) -> Result<cascade::CheckIn, Error> {
        self.plan.record_checkin(NewCheckIn {
            key_result: kr.into(),
            value,
            date: Some(day(date)),
            note: String::new(),
            who: "Chị Lan".into(),
            confidence: None,
        })
    }

    fn reopen(&mut self) {
        let plan = std::mem::replace(&mut self.plan, Plan::in_memory().unwrap());
        plan.close().unwrap();
        self.plan = Plan::open(&self.path).unwrap();
    }
}

#[test]
fn key_results_get_stable_keys_that_survive_reordering_and_deletion() {
    let mut o = org();
    let obj = o.objective("sla", &o.team.clone(), "2026-Q4", None);
    let k1 = o.kr(&obj, 120.0, 60.0, 120.0);
    let k2 = o.kr(&obj, 0.0, 10.0, 0.0);
    assert_eq!((k1.key.as_str(), k2.key.as_str()), ("sla-kr1", "sla-kr2"));
    o.plan
        .update_key_result(
            k2.id,
            KeyResultPatch {
                position: Some(0),
                ..KeyResultPatch::default()
            },
        )
        .unwrap();
    assert_eq!(o.plan.key_result("sla-kr2").unwrap().position, 0, "moved, key kept");
    o.plan.delete_key_result(k1.id).unwrap();
    let k3 = o.kr(&obj, 0.0, 1.0, 0.0);
    assert_eq!(
        k3.key, "sla-kr3",
        "a deleted key result's key is not reused by the next number"
    );
    // A key of one's own, and a taken one refused.
    let err = o
        .plan
        .update_key_result(
            k3.id,
            KeyResultPatch {
                key: Some("sla-kr2".into()),
                ..KeyResultPatch::default()
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), "duplicate-key");
    let renamed = o
        .plan
        .update_key_result(
            k3.id,
            KeyResultPatch {
                key: Some("csat".into()),
                ..KeyResultPatch::default()
            },
        )
        .unwrap();
    assert_eq!(o.plan.key_result("csat").unwrap().id, renamed.id);
    assert_eq!(
        o.plan.key_result(&k3.id.to_string()).unwrap().key,
        "csat",
        "found by id too"
    );
    assert_eq!(o.plan.key_result("nope").unwrap_err().code(), "not-found");
}

#[test]
fn checkins_keep_history_and_move_the_current_value() {
    let mut o = org();
    let obj = o.objective("sla", &o.team.clone(), "2026-Q4", None);
    o.kr(&obj, 120.0, 60.0, 120.0);
    o.checkin("sla-kr1", 100.0, "2026-10-07").unwrap();
    o.plan
        .record_checkin(NewCheckIn {
            key_result: "sla-kr1".into(),
            value: 85.0,
            date: Some(day("2026-10-21")),
            note: "thêm ca tối".into(),
            who: "  Anh Minh ".into(),
            confidence: Some(Confidence::AtRisk),
        })
        .unwrap();
    // Entered late for an earlier week: history grows, the current value stays the newest.
    o.checkin("sla-kr1", 95.0, "2026-10-14").unwrap();
    o.reopen();
    let kr = o.plan.key_result("sla-kr1").unwrap();
    assert_eq!(kr.current, 85.0);
    assert_eq!(kr.confidence, Some(Confidence::AtRisk));
    let history = o.plan.checkins("sla-kr1").unwrap();
    let seen: Vec<(String, f64)> = history.iter().map(|c| (c.date.to_string(), c.value)).collect();
    assert_eq!(
        seen,
        [
            ("2026-10-07".into(), 100.0),
            ("2026-10-14".into(), 95.0),
            ("2026-10-21".into(), 85.0)
        ]
    );
    assert_eq!(
        (history[2].who.as_str(), history[2].note.as_str()),
        ("Anh Minh", "thêm ca tối")
    );
    assert_eq!(o.plan.checkins_in(Some(q("2026-Q4"))).unwrap().len(), 3);
    assert!(o.plan.checkins_in(Some(q("2027-Q1"))).unwrap().is_empty());
    // The objective is at risk, and its chart shows the three points against the target.
    let state = o.plan.quarter_state(q("2026-Q4")).unwrap();
    assert!(state.scores[0].at_risk);
    let svg = cascade::export::chart::checkin_svg(&kr, &history, cascade::Lang::En);
    assert_eq!(svg.matches("<circle").count(), 3);
    assert_eq!(o.plan.checkin_chart("sla-kr1", cascade::Lang::En).unwrap(), svg);
    assert!(svg.contains("2026-10-21: 85 giây"));

    // A check-in recorded by mistake is deleted; the value goes back to the one before.
    let wrong = o.checkin("sla-kr1", 8.5, "2026-10-28").unwrap();
    assert_eq!(o.plan.key_result("sla-kr1").unwrap().current, 8.5);
    o.plan.delete_checkin(wrong.id).unwrap();
    assert_eq!(o.plan.key_result("sla-kr1").unwrap().current, 85.0);
    assert_eq!(o.plan.delete_checkin(wrong.id).unwrap_err().code(), "not-found");

    // Refusals name the field and value and change nothing.
    let before = o.plan.checkins("sla-kr1").unwrap();
    for (kr, value, date, code, names) in [
        ("sla-kr9", 1.0, "2026-10-01", "not-found", "sla-kr9"),
        ("sla-kr1", f64::NAN, "2026-10-01", "invalid", "value"),
        ("sla-kr1", 1.0, "2099-01-01", "invalid", "2099-01-01"),
    ] {
        let err = o.checkin(kr, value, date).unwrap_err();
        assert_eq!(err.code(), code, "{err}");
        assert!(err.to_string().contains(names), "{err}");
    }
    assert_eq!(o.plan.checkins("sla-kr1").unwrap(), before);
    assert_eq!(o.plan.key_result("sla-kr1").unwrap().current, 85.0);
}

#[test]
fn scores_default_to_progress_can_be_set_and_flag_committed_misses() {
    let mut o = org();
    let team = o.team.clone();
    let stretch = o.objective("stretch", &team, "2026-Q4", None);
    let promise = o.objective("promise", &team, "2026-Q4", None);
    o.plan
        .update_objective(
            promise.id,
            ObjectivePatch {
                commitment: Some(Commitment::Committed),
                ..ObjectivePatch::default()
            },
        )
        .unwrap();
    o.kr(&stretch, 0.0, 10.0, 7.0);
    o.kr(&promise, 0.0, 10.0, 9.0);
    let scores = o.plan.scores(Some(q("2026-Q4"))).unwrap();
    let by = |k: &str| scores.iter().find(|s| s.key == k).unwrap().clone();
    let (s, p) = (by("stretch"), by("promise"));
    assert_eq!((s.reading, s.met, s.miss_to_review), (Reading::Met, true, false));
    assert_eq!((p.reading, p.met, p.miss_to_review), (Reading::Met, false, true));

    // A score set by hand replaces the progress; out of range is refused; cleared again.
    o.plan.set_score("promise-kr1", Some(1.0)).unwrap();
    o.reopen();
    let p = o.plan.scores(Some(q("2026-Q4"))).unwrap()[0].clone();
    assert_eq!(
        (p.key.as_str(), p.score, p.met, p.miss_to_review),
        ("promise", 1.0, true, false)
    );
    assert!(p.key_results[0].set_by_hand);
    let err = o.plan.set_score("stretch-kr1", Some(1.5)).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(err.to_string().contains("1.5"), "{err}");
    o.plan.set_score("promise-kr1", None).unwrap();
    let p = o.plan.key_result("promise-kr1").unwrap();
    assert_eq!((p.score, p.score()), (None, 0.9));
    assert_eq!(o.plan.objective(promise.id).unwrap().commitment, Commitment::Committed);
}

#[test]
fn teams_are_marked_reviewed_with_comments() {
    let mut o = org();
    let (team, team2) = (o.team.clone(), o.team2.clone());
    let obj = o.objective("sla", &team, "2026-Q4", None);
    let later = o.objective("later", &team, "2027-Q1", None);
    let r = o
        .plan
        .mark_reviewed(
            team.id,
            q("2026-Q4"),
            "Chị Lan",
            vec![NewComment {
                objective_id: obj.id,
                text: "Giữ chỉ tiêu này cho quý sau".into(),
            }],
        )
        .unwrap();
    assert_eq!(r.reviewed_by, "Chị Lan");
    // A comment on another quarter's objective is refused, and the whole mark with it.
    let err = o
        .plan
        .mark_reviewed(
            team2.id,
            q("2026-Q4"),
            "Chị Lan",
            vec![NewComment {
                objective_id: later.id,
                text: "x".into(),
            }],
        )
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(
        err.to_string().contains("later") && err.to_string().contains("2027-Q1"),
        "{err}"
    );
    let err = o.plan.mark_reviewed(team2.id, q("2026-Q4"), "  ", vec![]).unwrap_err();
    assert!(err.to_string().contains("reviewed by"), "{err}");
    o.reopen();
    let reviews = o.plan.reviews(Some(q("2026-Q4"))).unwrap();
    assert_eq!(reviews.iter().map(|r| r.node_id).collect::<Vec<_>>(), [team.id]);
    let comments = o.plan.comments(Some(q("2026-Q4"))).unwrap();
    assert_eq!(comments.len(), 1);
    assert_eq!(
        (comments[0].author.as_str(), comments[0].objective_id),
        ("Chị Lan", obj.id)
    );
    // Marking again renews the mark; unmarking takes it back and keeps the comments.
    o.plan.mark_reviewed(team.id, q("2026-Q4"), "Anh Minh", vec![]).unwrap();
    assert_eq!(o.plan.reviews(None).unwrap()[0].reviewed_by, "Anh Minh");
    assert!(o.plan.unmark_reviewed(team.id, q("2026-Q4")).unwrap());
    assert!(!o.plan.unmark_reviewed(team.id, q("2026-Q4")).unwrap());
    assert!(o.plan.reviews(None).unwrap().is_empty());
    assert_eq!(o.plan.comments(None).unwrap().len(), 1);
}

/// Every kind of edit of a locked quarter is refused with the typed error, the file is
/// left as it was, other quarters stay editable, and unlocking lets the edits through.
#[test]
fn a_locked_quarter_refuses_every_edit_until_unlocked() {
    let mut o = org();
    let (company, team, team2) = (o.company.clone(), o.team.clone(), o.team2.clone());
    let top = o.objective("top", &company, "2026-Q4", None);
    let sla = o.objective("sla", &team, "2026-Q4", Some(&top));
    let kr = o.kr(&sla, 120.0, 60.0, 120.0);
    let other = o.objective("other", &team2, "2027-Q1", None);
    let comment = o.plan.comment_objective(sla.id, "Chị Lan", "ok").unwrap();
    let checkin_id = o.checkin("sla-kr1", 100.0, "2026-10-07").unwrap().id;
    o.plan.mark_reviewed(team.id, q("2026-Q4"), "Chị Lan", vec![]).unwrap();
    let lock = o.plan.lock_quarter(q("2026-Q4"), "Chị Lan").unwrap();
    assert_eq!(lock.locked_by, "Chị Lan");
    o.reopen();
    let before = std::fs::read(&o.path).unwrap();

    type Edit = Box<dyn Fn(&mut Plan) -> Result<(), Error>>;
    let (sla_id, top_id, kr_id, other_id, team_id, team2_id) = (sla.id, top.id, kr.id, other.id, team.id, team2.id);
    let edits: Vec<(&str, Edit)> = vec![
        (
            "add objective",
            Box::new(move |p| {
                p.add_objective(NewObjective {
                    key: None,
                    quarter: q("2026-Q4"),
                    owner_id: team_id,
                    title: "Mới".into(),
                    description: String::new(),
                    parent_id: None,
                    commitment: Commitment::Aspirational,
                })
                .map(drop)
            }),
        ),
        (
            "update objective",
            Box::new(move |p| {
                p.update_objective(
                    sla_id,
                    ObjectivePatch {
                        title: Some("Đổi tên".into()),
                        ..ObjectivePatch::default()
                    },
                )
                .map(drop)
            }),
        ),
        (
            "link objective",
            Box::new(move |p| p.link_objective(sla_id, None).map(drop)),
        ),
        (
            "reassign out of the quarter",
            Box::new(move |p| p.reassign_objective(sla_id, team2_id, q("2027-Q1")).map(drop)),
        ),
        (
            "reassign into the quarter",
            Box::new(move |p| p.reassign_objective(other_id, team2_id, q("2026-Q4")).map(drop)),
        ),
        (
            "add key result",
            Box::new(move |p| {
                p.add_key_result(NewKeyResult {
                    objective_id: sla_id,
                    key: None,
                    title: "KR".into(),
                    kind: KrKind::KeepAbove,
                    baseline: None,
                    target: 4.3,
                    current: 4.5,
                    unit: String::new(),
                    weight: 1.0,
                    measure: String::new(),
                })
                .map(drop)
            }),
        ),
        (
            "update key result",
            Box::new(move |p| {
                p.update_key_result(
                    kr_id,
                    KeyResultPatch {
                        current: Some(70.0),
                        ..KeyResultPatch::default()
                    },
                )
                .map(drop)
            }),
        ),
        ("set score", Box::new(|p| p.set_score("sla-kr1", Some(0.8)).map(drop))),
        (
            "check-in",
            Box::new(|p| {
                p.record_checkin(NewCheckIn {
                    key_result: "sla-kr1".into(),
                    value: 70.0,
                    date: None,
                    note: String::new(),
                    who: String::new(),
                    confidence: None,
                })
                .map(drop)
            }),
        ),
        (
            "comment",
            Box::new(move |p| p.comment_objective(sla_id, "A", "b").map(drop)),
        ),
        ("delete comment", Box::new(move |p| p.delete_comment(comment.id))),
        (
            "mark reviewed",
            Box::new(move |p| p.mark_reviewed(team2_id, q("2026-Q4"), "A", vec![]).map(drop)),
        ),
        (
            "unmark reviewed",
            Box::new(move |p| p.unmark_reviewed(team_id, q("2026-Q4")).map(drop)),
        ),
        ("delete check-in", Box::new(move |p| p.delete_checkin(checkin_id))),
        ("delete key result", Box::new(move |p| p.delete_key_result(kr_id))),
        (
            "delete objective",
            Box::new(move |p| p.delete_objective(top_id).map(drop)),
        ),
    ];
    for (what, edit) in &edits {
        let err = edit(&mut o.plan).expect_err(what);
        assert_eq!(err.code(), "quarter-locked", "{what}: {err}");
        assert!(
            matches!(&err, Error::QuarterLocked { quarter, locked_by } if *quarter == q("2026-Q4") && locked_by == "Chị Lan"),
            "{what}: {err:?}"
        );
        let msg = err.to_string();
        assert!(
            msg.contains("2026-Q4") && msg.contains("Chị Lan") && msg.contains("unlock"),
            "{msg}"
        );
    }
    o.reopen();
    assert!(
        std::fs::read(&o.path).unwrap() == before,
        "refused edits changed the file"
    );

    // Another quarter is not locked.
    o.plan
        .update_objective(
            other.id,
            ObjectivePatch {
                title: Some("Vẫn sửa được".into()),
                ..ObjectivePatch::default()
            },
        )
        .unwrap();
    // Locking again keeps the first lock; unlocking lets every edit through.
    assert_eq!(
        o.plan.lock_quarter(q("2026-Q4"), "Someone else").unwrap().locked_by,
        "Chị Lan"
    );
    assert_eq!(o.plan.quarter_locks().unwrap().len(), 1);
    assert!(o.plan.unlock_quarter(q("2026-Q4")).unwrap());
    assert!(o.plan.quarter_lock(q("2026-Q4")).unwrap().is_none());
    for (what, edit) in &edits {
        edit(&mut o.plan).unwrap_or_else(|e| panic!("{what} after unlock: {e}"));
    }
    assert!(!o.plan.unlock_quarter(q("2026-Q4")).unwrap());
}

#[test]
fn the_diff_lists_added_dropped_relinked_and_carried_over() {
    let mut o = org();
    let (company, team, team2) = (o.company.clone(), o.team.clone(), o.team2.clone());
    let top = o.objective("top", &company, "2026-Q3", None);
    let kept = o.objective("kept", &team, "2026-Q3", Some(&top));
    let moved = o.objective("moved", &team2, "2026-Q3", Some(&top));
    o.objective("gone", &team2, "2026-Q3", Some(&top));
    // Q4: top and kept carried with their link; moved carried but now unlinked.
    let (top4, kept4, moved4, new4) = {
        let mut carry = |key: &str, owner: &Node, from: &Objective, parent: Option<&Objective>| {
            let c = o.objective(key, owner, "2026-Q4", parent);
            set_carried_from(&o.path, &mut o.plan, c.id, from.id);
            c
        };
        let top4 = carry("top-q4", &company, &top, None);
        let kept4 = carry("kept-q4", &team, &kept, Some(&top4));
        let moved4 = carry("moved-q4", &team2, &moved, None);
        let new4 = o.objective("new-q4", &team, "2026-Q4", Some(&top4));
        (top4, kept4, moved4, new4)
    };
    let d = o.plan.diff(q("2026-Q3"), q("2026-Q4")).unwrap();
    let keys = |v: &[cascade::view::diff::DiffObjective]| v.iter().map(|o| o.key.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&d.added), ["new-q4"]);
    assert_eq!(keys(&d.dropped), ["gone"]);
    let carried: Vec<(String, String)> = d
        .carried_over
        .iter()
        .map(|c| (c.from.key.clone(), c.to.key.clone()))
        .collect();
    assert_eq!(
        carried,
        [
            ("kept".into(), "kept-q4".into()),
            ("moved".into(), "moved-q4".into()),
            ("top".into(), "top-q4".into())
        ]
    );
    assert_eq!(d.relinked.len(), 1);
    assert_eq!(
        (
            d.relinked[0].to.key.as_str(),
            d.relinked[0].from.parent.as_deref(),
            d.relinked[0].to.parent.as_deref()
        ),
        ("moved-q4", Some("top"), None)
    );
    assert_eq!(d.added[0].owner, "hotline");
    let _ = (top4, kept4, moved4, new4);
    // The other way round: everything of Q4 that is not carried is "dropped".
    let back = o.plan.diff(q("2026-Q4"), q("2026-Q3")).unwrap();
    assert_eq!(back.dropped.len(), 4);
    assert!(back.carried_over.is_empty() && back.added.len() == 4);
}

/// Rollover (another part of the program) sets `carried_from`; here it is set directly
/// on the file, as a rollover would.
fn set_carried_from(path: &std::path::Path, plan: &mut Plan, id: uuid::Uuid, from: uuid::Uuid) {
    let old = std::mem::replace(plan, Plan::in_memory().unwrap());
    old.close().unwrap();
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute(
        "UPDATE objective SET carried_from = ?2 WHERE id = ?1",
        [id.as_bytes(), from.as_bytes()],
    )
    .unwrap();
    drop(c);
    *plan = Plan::open(path).unwrap();
}

/// A plan of format 1 upgrades to format 2 keeping every row: key results get their
/// keys, objectives are aspirational, and the new tables are there and empty.
#[test]
fn a_plan_of_format_1_upgrades_to_format_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.okr");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/plan-v1.okr"), &path).unwrap();
    let mut plan = Plan::open(&path).unwrap();
    let snap = plan.snapshot(None).unwrap();
    assert_eq!(
        (snap.nodes.len(), snap.objectives.len(), snap.key_results.len()),
        (45, 177, 288)
    );
    let key_of: std::collections::HashMap<_, _> = snap.objectives.iter().map(|o| (o.id, o.key.clone())).collect();
    for kr in &snap.key_results {
        assert_eq!(kr.key, format!("{}-kr{}", key_of[&kr.objective_id], kr.position + 1));
        assert_eq!((kr.score, kr.confidence), (None, None));
    }
    let unique: std::collections::HashSet<_> = snap.key_results.iter().map(|k| &k.key).collect();
    assert_eq!(unique.len(), 288);
    assert!(snap.objectives.iter().all(|o| o.commitment == Commitment::Aspirational));
    // The upgraded file takes check-ins and locks.
    let first = snap.key_results[0].key.clone();
    plan.record_checkin(NewCheckIn {
        key_result: first.clone(),
        value: 1.0,
        date: Some(day("2026-10-01")),
        note: String::new(),
        who: "test".into(),
        confidence: Some(Confidence::OnTrack),
    })
    .unwrap();
    // New key results on upgraded objectives continue the numbering.
    let o = snap.key_results[0].objective_id;
    let count = snap.key_results.iter().filter(|k| k.objective_id == o).count();
    let added = plan
        .add_key_result(NewKeyResult {
            objective_id: o,
            key: None,
            title: "Thêm".into(),
            kind: KrKind::KeepAbove,
            baseline: None,
            target: 1.0,
            current: 1.0,
            unit: String::new(),
            weight: 1.0,
            measure: String::new(),
        })
        .unwrap();
    assert_eq!(added.key, format!("{}-kr{}", key_of[&o], count + 1));
    plan.close().unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let ver: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(ver, SCHEMA_VERSION, "upgraded to the newest format");
    for (table, rows) in [
        ("checkin", 1),
        ("review", 0),
        ("objective_comment", 0),
        ("quarter_lock", 0),
    ] {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, rows, "{table}");
    }
}

/// A write that does not go through the edit functions (an import or rollover writing
/// rows itself) is refused by the file's triggers, with the same typed error.
#[test]
fn the_file_itself_refuses_writes_to_a_locked_quarter() {
    let mut o = org();
    let team = o.team.clone();
    let sla = o.objective("sla", &team, "2026-Q4", None);
    o.kr(&sla, 120.0, 60.0, 120.0);
    o.objective("next", &team, "2027-Q1", None);
    o.plan.lock_quarter(q("2026-Q4"), "Chị Lan").unwrap();
    // Deleting a team with its objectives goes through no objective edit function.
    let err = o.plan.delete_node(team.id, true).unwrap_err();
    assert!(matches!(&err, Error::QuarterLocked { .. }), "{err:?}");
    assert!(o.plan.node(team.id).is_ok() && o.plan.objective(sla.id).is_ok());
    let raw = |p: &mut Plan, sql: &'static str| p.transact(|tx| Ok(tx.execute(sql, [])?));
    for sql in [
        "UPDATE key_result SET current = 1",
        "DELETE FROM objective WHERE key = 'sla'",
        "UPDATE objective SET quarter = '2026-Q4' WHERE key = 'next'",
    ] {
        let err = raw(&mut o.plan, sql).unwrap_err();
        assert!(
            matches!(&err, Error::QuarterLocked { quarter, locked_by } if *quarter == q("2026-Q4") && locked_by == "Chị Lan"),
            "{sql}: {err:?}"
        );
    }
    // With two quarters locked the file cannot say which one; the message names both.
    o.plan.lock_quarter(q("2027-Q1"), "Anh Minh").unwrap();
    let err = raw(&mut o.plan, "UPDATE objective SET title = 'x'").unwrap_err();
    assert_eq!(err.code(), "quarter-locked");
    let msg = err.to_string();
    assert!(
        msg.contains("2026-Q4 locked by Chị Lan") && msg.contains("2027-Q1 locked by Anh Minh"),
        "{msg}"
    );
    assert_eq!(o.plan.objective(sla.id).unwrap().title, "Mục tiêu sla");
    // Other tables are free.
    raw(&mut o.plan, "UPDATE setting SET value = value").unwrap();
}
