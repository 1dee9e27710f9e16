//! Review copies on real files: what a copy holds, what it refuses, and every rule of
//! merging it back (applied, kept, conflicts, adds and deletes, idempotence, order of
//! disjoint reviews, refusals with the plan byte for byte as it was).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cascade::review_copy::{self, ChangeKind, ConflictKind, MergeChoices, MergeReport, Side};
use cascade::{
    Error, KeyResultPatch, Level, NewKeyResult, NewNode, NewObjective, Objective, ObjectivePatch, Plan, Quarter,
    Snapshot,
};
use uuid::Uuid;

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

/// A plan file: Acme → CSKH → teams Hotline (agent An) and Email (agent Bình), with a
/// cascade of 2026-Q4 objectives, each with a key result, and one 2026-Q3 objective.
struct Fixture {
    dir: tempfile::TempDir,
    path: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.okr");
        let mut p = Plan::create(&path).unwrap();
        let node = |p: &mut Plan, key: &str, name: &str, level: Level, parent: Option<Uuid>| {
            p.add_node(NewNode {
                key: Some(key.into()),
                name: name.into(),
                level: Some(level),
                parent_id: parent,
                ..NewNode::default()
            })
            .unwrap()
        };
        let acme = node(&mut p, "acme", "Acme", Level::Company, None);
        let cskh = node(&mut p, "cskh", "Chăm sóc khách hàng", Level::Division, Some(acme.id));
        let hotline = node(&mut p, "hotline", "Nhóm Hotline", Level::Team, Some(cskh.id));
        let email = node(&mut p, "email", "ทีมอีเมล", Level::Team, Some(cskh.id));
        node(&mut p, "an", "Nguyễn Văn An", Level::Agent, Some(hotline.id));
        node(&mut p, "binh", "Trần Thị Bình", Level::Agent, Some(email.id));
        let c = objective(&mut p, "acme-1", "acme", "2026-Q4", None);
        let d = objective(&mut p, "cskh-1", "cskh", "2026-Q4", Some(&c));
        let h = objective(&mut p, "hotline-1", "hotline", "2026-Q4", Some(&d));
        objective(&mut p, "an-1", "an", "2026-Q4", Some(&h));
        let e = objective(&mut p, "email-1", "email", "2026-Q4", Some(&d));
        objective(&mut p, "binh-1", "binh", "2026-Q4", Some(&e));
        objective(&mut p, "hotline-q3", "hotline", "2026-Q3", None);
        p.close().unwrap();
        Fixture { dir, path }
    }

    fn at(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn open(&self) -> Plan {
        Plan::open(&self.path).unwrap()
    }

    /// Hands out `node`'s part to `name` and returns the copy's path.
    fn handout(&self, node: &str, name: &str) -> PathBuf {
        let out = self.at(name);
        let mut p = self.open();
        review_copy::handout(&mut p, node, &[], &out).unwrap();
        p.close().unwrap();
        out
    }

    fn merge(&self, copy: &Path, take: &[&str]) -> MergeReport {
        let mut p = self.open();
        let choices = MergeChoices {
            take_theirs: take.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        };
        let r = review_copy::merge(&mut p, copy, &choices).unwrap();
        p.close().unwrap();
        r
    }

    fn snapshot(&self) -> Snapshot {
        let mut p = self.open();
        let s = p.snapshot(None).unwrap();
        p.close().unwrap();
        s
    }
}

fn objective(p: &mut Plan, key: &str, owner: &str, quarter: &str, parent: Option<&Objective>) -> Objective {
    let owner = p.node_by_key(owner).unwrap();
    let o = p
        .add_objective(new_objective(
            Some(key),
            q(quarter),
            owner.id,
            &format!("Mục tiêu {key}"),
            parent.map(|o| o.id),
        ))
        .unwrap();
    p.add_key_result(new_key_result(o.id, &format!("CSAT {key}"), 70.0, 90.0, 75.0, "%"))
        .unwrap();
    o
}

fn rename(p: &mut Plan, key: &str, title: &str) -> cascade::Result<Objective> {
    let id = p.objective_by_key(key)?.id;
    p.update_objective(
        id,
        ObjectivePatch {
            title: Some(title.into()),
            ..ObjectivePatch::default()
        },
    )
}

fn set_current(p: &mut Plan, key: &str, current: f64) {
    let o = p.objective_by_key(key).unwrap();
    let kr = p.key_results(o.id).unwrap().remove(0);
    p.update_key_result(
        kr.id,
        KeyResultPatch {
            current: Some(current),
            ..KeyResultPatch::default()
        },
    )
    .unwrap();
}

fn title(s: &Snapshot, key: &str) -> String {
    s.objectives.iter().find(|o| o.key == key).unwrap().title.clone()
}

fn current(s: &Snapshot, key: &str) -> f64 {
    let o = s.objectives.iter().find(|o| o.key == key).unwrap();
    s.key_results.iter().find(|k| k.objective_id == o.id).unwrap().current
}

fn keys(s: &Snapshot) -> Vec<String> {
    s.objectives.iter().map(|o| o.key.clone()).collect()
}

fn node_keys(s: &Snapshot) -> Vec<String> {
    let mut k: Vec<String> = s.nodes.iter().map(|n| n.key.clone()).collect();
    k.sort();
    k
}

#[test]
fn a_copy_holds_the_subtree_and_its_context_and_says_what_it_is() {
    let f = Fixture::new();
    let out = f.at("hotline.okr");
    let mut p = f.open();
    let plan_id = p.plan_id().unwrap();
    let r = review_copy::handout(&mut p, "hotline", &[q("2026-Q4")], &out).unwrap();
    p.close().unwrap();
    assert_eq!(
        (r.nodes, r.context_nodes, r.objectives, r.context_objectives),
        (2, 2, 2, 2)
    );

    let mut copy = Plan::open(&out).unwrap();
    let info = copy.review_info().unwrap().expect("a review copy");
    assert_eq!(info.plan_id, plan_id);
    assert_eq!(
        (info.node_key.as_str(), info.node_name.as_str()),
        ("hotline", "Nhóm Hotline")
    );
    assert_eq!(info.quarters, vec![q("2026-Q4")]);
    assert_eq!(info.plan_file, "plan.okr");
    assert!((chrono::Utc::now() - info.taken_at).num_seconds() < 60);
    assert_ne!(copy.plan_id().unwrap(), plan_id, "a copy has an identity of its own");
    let s = copy.snapshot(None).unwrap();
    assert_eq!(node_keys(&s), ["acme", "an", "cskh", "hotline"]);
    assert_eq!(keys(&s), ["acme-1", "an-1", "cskh-1", "hotline-1"]);
    assert_eq!(s.key_results.len(), 4);
    copy.close().unwrap();

    // The plan itself is no review copy; an existing file and an unknown node are refused.
    assert_eq!(f.open().review_info().unwrap(), None);
    let mut p = f.open();
    let e = review_copy::handout(&mut p, "hotline", &[], &out).unwrap_err();
    assert_eq!(e.code(), "already-exists");
    let e = review_copy::handout(&mut p, "nobody", &[], &f.at("x.okr")).unwrap_err();
    assert_eq!(e.code(), "not-found");
    assert!(!f.at("x.okr").exists());

    // Every quarter by default; an objective linked across branches comes as context.
    let binh = p.objective_by_key("binh-1").unwrap();
    let an = p.objective_by_key("an-1").unwrap();
    p.link_objective(an.id, Some(binh.id)).unwrap();
    let r = review_copy::handout(&mut p, "hotline", &[], &f.at("all.okr")).unwrap();
    p.close().unwrap();
    assert_eq!(r.review.quarters, vec![q("2026-Q3"), q("2026-Q4")]);
    let mut copy = Plan::open(f.at("all.okr")).unwrap();
    let s = copy.snapshot(None).unwrap();
    assert_eq!(
        keys(&s),
        [
            "hotline-q3",
            "acme-1",
            "an-1",
            "binh-1",
            "cskh-1",
            "email-1",
            "hotline-1"
        ]
    );
    assert_eq!(node_keys(&s), ["acme", "an", "binh", "cskh", "email", "hotline"]);
}

#[test]
fn edits_outside_the_subtree_are_refused_in_the_copy_and_inside_allowed() {
    let f = Fixture::new();
    let copy_path = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy_path).unwrap();
    let e = rename(&mut c, "cskh-1", "Đổi tên").unwrap_err();
    assert!(matches!(e, Error::OutsideReview { .. }), "{e:?}");
    assert_eq!(e.code(), "outside-review");
    let msg = e.to_string();
    assert!(
        msg.contains("this review copy covers only Nhóm Hotline's part of the plan"),
        "{msg}"
    );
    assert!(msg.contains("changing an objective outside the reviewed part"), "{msg}");

    let cskh = c.node_by_key("cskh").unwrap();
    let acme_1 = c.objective_by_key("acme-1").unwrap();
    let refused: Vec<(&str, cascade::Result<()>)> = vec![
        (
            "adding an objective",
            c.add_objective(new_objective(None, q("2026-Q4"), cskh.id, "Mới", None))
                .map(drop),
        ),
        (
            "adding someone",
            c.add_node(NewNode {
                name: "Nhóm mới".into(),
                parent_id: Some(cskh.id),
                ..NewNode::default()
            })
            .map(drop),
        ),
        // Deleting it would first unlink the context objectives that support it.
        ("changing an objective", c.delete_objective(acme_1.id).map(drop)),
        (
            "changing the settings of the plan",
            c.set_settings(&cascade::Settings::default()).map(drop),
        ),
        ("changing someone", c.update_node(cskh.id, Default::default()).map(drop)),
    ];
    for (what, r) in refused {
        let e = r.expect_err(what);
        assert_eq!(e.code(), "outside-review", "{what}: {e}");
        assert!(e.to_string().contains(what), "{what}: {e}");
    }
    let email_id = f.open().node_by_key("email").unwrap().id;
    let hotline = c.node_by_key("hotline").unwrap();
    // Moving the reviewed team elsewhere is refused (the division is not in the copy's care).
    let e = c.move_node(hotline.id, cskh.id).map(drop);
    assert!(e.is_ok(), "same parent is no move: {e:?}");
    assert_eq!(c.move_node(hotline.id, email_id).unwrap_err().code(), "not-found");

    // Inside: rename, link to context, a new agent and their objective.
    rename(&mut c, "hotline-1", "Trả lời trong 20 giây").unwrap();
    let h1 = c.objective_by_key("hotline-1").unwrap();
    c.link_objective(h1.id, Some(acme_1.id)).unwrap();
    let chi = c
        .add_node(NewNode {
            key: Some("chi".into()),
            name: "Lê Chí".into(),
            parent_id: Some(hotline.id),
            ..NewNode::default()
        })
        .unwrap();
    c.add_objective(new_objective(
        Some("chi-1"),
        q("2026-Q4"),
        chi.id,
        "Học quy trình",
        Some(h1.id),
    ))
    .unwrap();
    let mut scope = c.review_scope().unwrap().expect("a review copy");
    scope.sort();
    let mut want = vec![hotline.id, chi.id, c.node_by_key("an").unwrap().id];
    want.sort();
    assert_eq!(scope, want, "the new agent is the reviewer's too");
    c.close().unwrap();
    assert_eq!(f.open().review_scope().unwrap(), None);
}

#[test]
fn review_only_changes_are_applied_and_plan_only_changes_kept() {
    let f = Fixture::new();
    let copy_path = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy_path).unwrap();
    rename(&mut c, "hotline-1", "Trả lời trong 20 giây").unwrap();
    set_current(&mut c, "an-1", 88.5);
    c.close().unwrap();
    let mut p = f.open();
    rename(&mut p, "email-1", "Email trong 2 giờ").unwrap();
    let h = p.objective_by_key("hotline-1").unwrap();
    p.update_objective(
        h.id,
        ObjectivePatch {
            description: Some("Giờ cao điểm".into()),
            ..Default::default()
        },
    )
    .unwrap();
    p.close().unwrap();

    let r = f.merge(&copy_path, &[]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert_eq!(r.changes.len(), 2, "{:?}", r.changes);
    assert!(r
        .changes
        .iter()
        .any(|c| c.table == "objective" && c.row == "hotline-1" && c.fields == ["title"]));
    assert!(r
        .changes
        .iter()
        .any(|c| c.table == "key_result" && c.kind == ChangeKind::Changed && c.fields == ["current"]));
    let s = f.snapshot();
    assert_eq!(title(&s, "hotline-1"), "Trả lời trong 20 giây");
    assert_eq!(current(&s, "an-1"), 88.5);
    assert_eq!(title(&s, "email-1"), "Email trong 2 giờ");
    let h = s.objectives.iter().find(|o| o.key == "hotline-1").unwrap();
    assert_eq!(h.description, "Giờ cao điểm");
}

#[test]
fn a_field_changed_on_both_sides_is_a_conflict_the_plan_keeps_unless_told() {
    for take in [false, true] {
        let f = Fixture::new();
        let copy_path = f.handout("hotline", "hotline.okr");
        let mut c = Plan::open(&copy_path).unwrap();
        rename(&mut c, "hotline-1", "Theo người duyệt").unwrap();
        set_current(&mut c, "hotline-1", 81.0);
        c.close().unwrap();
        let mut p = f.open();
        rename(&mut p, "hotline-1", "Theo giám đốc").unwrap();
        set_current(&mut p, "hotline-1", 81.0);
        p.close().unwrap();

        let choice = "objective/hotline-1/title";
        let chosen: &[&str] = if take { &[choice] } else { &[] };
        let r = f.merge(&copy_path, chosen);
        assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
        let k = &r.conflicts[0];
        assert_eq!(k.reference, choice);
        assert_eq!((k.table.as_str(), k.row.as_str()), ("objective", "hotline-1"));
        assert_eq!(k.field.as_deref(), Some("title"));
        assert_eq!(k.kind, ConflictKind::BothChanged);
        assert_eq!(k.base.as_deref(), Some("Mục tiêu hotline-1"));
        assert_eq!(k.ours.as_deref(), Some("Theo giám đốc"));
        assert_eq!(k.theirs.as_deref(), Some("Theo người duyệt"));
        assert_eq!(k.kept, if take { Side::Theirs } else { Side::Ours });
        assert!(r.unmatched_choices.is_empty());
        let s = f.snapshot();
        let want = if take {
            "Theo người duyệt"
        } else {
            "Theo giám đốc"
        };
        assert_eq!(title(&s, "hotline-1"), want);
        // Both set the same value: nothing to do, no conflict.
        assert_eq!(current(&s, "hotline-1"), 81.0);
    }
}

#[test]
fn rows_added_on_either_side_are_kept() {
    let f = Fixture::new();
    let copy_path = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy_path).unwrap();
    let hotline = c.node_by_key("hotline").unwrap();
    let chi = c
        .add_node(NewNode {
            key: Some("chi".into()),
            name: "Lê Chí".into(),
            parent_id: Some(hotline.id),
            ..NewNode::default()
        })
        .unwrap();
    let h1 = c.objective_by_key("hotline-1").unwrap();
    let chi_1 = c
        .add_objective(new_objective(
            Some("chi-1"),
            q("2026-Q4"),
            chi.id,
            "Học quy trình",
            Some(h1.id),
        ))
        .unwrap();
    // An objective linked to the new one: added after it.
    let acme_1 = c.objective_by_key("acme-1").unwrap();
    let an = c.node_by_key("an").unwrap();
    c.add_objective(new_objective(
        Some("an-2"),
        q("2026-Q4"),
        an.id,
        "Kèm Chí",
        Some(chi_1.id),
    ))
    .unwrap();
    c.add_key_result(new_key_result(chi_1.id, "Số ca tự xử lý", 0.0, 40.0, 3.0, "ca"))
        .unwrap();
    c.link_objective(h1.id, Some(acme_1.id)).unwrap();
    c.close().unwrap();
    let mut p = f.open();
    objective(&mut p, "email-2", "email", "2026-Q4", None);
    p.close().unwrap();

    let r = f.merge(&copy_path, &[]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    let added: Vec<&str> = r
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Added)
        .map(|c| c.row.as_str())
        .collect();
    // Each after what it links to: the agent, their objective, the one supporting it.
    assert_eq!(added, ["chi", "chi-1", "an-2", "chi-1-kr1"]);
    let s = f.snapshot();
    for k in ["chi-1", "an-2", "email-2"] {
        assert!(keys(&s).contains(&k.to_string()), "{k}");
    }
    assert!(node_keys(&s).contains(&"chi".to_string()));
    let get = |k: &str| s.objectives.iter().find(|o| o.key == k).unwrap();
    assert_eq!(get("an-2").parent_id, Some(get("chi-1").id));
    assert_eq!(get("hotline-1").parent_id, Some(get("acme-1").id));
    // The merge brought findings of its own kind: an objective linked to the company
    // directly from a team skips the division.
    assert!(
        r.findings_new
            .iter()
            .any(|f| f.objective.as_deref() == Some("hotline-1")),
        "{:?}",
        r.findings_new
    );
}

#[test]
fn deleted_on_one_side_and_changed_on_the_other_is_a_conflict() {
    let f = Fixture::new();
    let copy_path = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy_path).unwrap();
    // Deleted in the review, changed in the plan: kept.
    let an1 = c.objective_by_key("an-1").unwrap();
    c.delete_objective(an1.id).unwrap();
    // Changed in the review, deleted in the plan: stays deleted.
    set_current(&mut c, "hotline-1", 89.0);
    // Deleted in the review, untouched in the plan: deleted.
    let h1 = c.objective_by_key("hotline-1").unwrap();
    c.add_objective(new_objective(Some("hotline-2"), q("2026-Q4"), h1.owner_id, "Tạm", None))
        .unwrap();
    c.close().unwrap();

    let mut p = f.open();
    rename(&mut p, "an-1", "Giữ lại").unwrap();
    let h1 = p.objective_by_key("hotline-1").unwrap();
    let kr = p.key_results(h1.id).unwrap().remove(0);
    p.delete_key_result(kr.id).unwrap();
    p.close().unwrap();

    let r = f.merge(&copy_path, &[]);
    let kinds: Vec<(String, ConflictKind)> = r.conflicts.iter().map(|k| (k.table.clone(), k.kind)).collect();
    assert!(
        kinds.contains(&("objective".into(), ConflictKind::DeletedInReview)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("key_result".into(), ConflictKind::DeletedInPlan)),
        "{kinds:?}"
    );
    let s = f.snapshot();
    assert_eq!(title(&s, "an-1"), "Giữ lại");
    assert!(s.key_results.iter().all(|k| k.objective_id != h1.id));
    assert!(keys(&s).contains(&"hotline-2".to_string()));

    // A second review deletes what the plan left alone: deleted, key results with it.
    let copy2 = f.handout("hotline", "again.okr");
    let mut c = Plan::open(&copy2).unwrap();
    let o = c.objective_by_key("hotline-2").unwrap();
    c.delete_objective(o.id).unwrap();
    c.close().unwrap();
    let r = f.merge(&copy2, &[]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert!(r
        .changes
        .iter()
        .any(|c| c.kind == ChangeKind::Deleted && c.row == "hotline-2"));
    assert!(!keys(&f.snapshot()).contains(&"hotline-2".to_string()));

    // Taking the review's side of a deleted-vs-changed conflict deletes it.
    let r = f.merge(&copy_path, &["objective/an-1/row"]);
    assert!(r.unmatched_choices.is_empty(), "{:?}", r.unmatched_choices);
    assert!(!keys(&f.snapshot()).contains(&"an-1".to_string()));
}

#[test]
fn merging_the_same_review_twice_changes_nothing_the_second_time() {
    let f = Fixture::new();
    let copy_path = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy_path).unwrap();
    rename(&mut c, "hotline-1", "Một").unwrap();
    rename(&mut c, "an-1", "Hai").unwrap();
    set_current(&mut c, "an-1", 80.0);
    objective(&mut c, "an-9", "an", "2026-Q4", None);
    c.close().unwrap();
    let mut p = f.open();
    rename(&mut p, "an-1", "Ba").unwrap();
    p.close().unwrap();

    let first = f.merge(&copy_path, &[]);
    assert!(!first.changes.is_empty());
    assert_eq!(first.conflicts.len(), 1);
    let after_first = f.snapshot();
    let second = f.merge(&copy_path, &[]);
    assert!(second.changes.is_empty(), "{:?}", second.changes);
    assert!(second.findings_new.is_empty() && second.findings_resolved.is_empty());
    assert_eq!(second.conflicts, first.conflicts, "the open conflict is still listed");
    assert_eq!(f.snapshot(), after_first);
}

#[test]
fn disjoint_reviews_merged_in_either_order_give_the_same_plan() {
    let f = Fixture::new();
    let a = f.handout("hotline", "hotline.okr");
    let b = f.handout("email", "email.okr");
    let mut c = Plan::open(&a).unwrap();
    rename(&mut c, "hotline-1", "Hotline mới").unwrap();
    set_current(&mut c, "an-1", 91.0);
    objective(&mut c, "an-2", "an", "2026-Q4", None);
    c.close().unwrap();
    let mut c = Plan::open(&b).unwrap();
    rename(&mut c, "email-1", "Email mới").unwrap();
    let binh = c.objective_by_key("binh-1").unwrap();
    c.delete_objective(binh.id).unwrap();
    let email = c.node_by_key("email").unwrap();
    c.add_node(NewNode {
        key: Some("dung".into()),
        name: "Phạm Dũng".into(),
        parent_id: Some(email.id),
        ..NewNode::default()
    })
    .unwrap();
    c.close().unwrap();
    let other = f.at("other.okr");
    std::fs::copy(&f.path, &other).unwrap();

    f.merge(&a, &[]);
    f.merge(&b, &[]);
    let ab = f.snapshot();
    let mut o = Plan::open(&other).unwrap();
    for copy in [&b, &a] {
        let r = review_copy::merge(&mut o, copy, &MergeChoices::default()).unwrap();
        assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    }
    let ba = o.snapshot(None).unwrap();
    assert_eq!(ab, ba);
    assert_eq!(title(&ab, "hotline-1"), "Hotline mới");
    assert_eq!(title(&ab, "email-1"), "Email mới");
    assert!(!keys(&ab).contains(&"binh-1".to_string()));
    assert!(node_keys(&ab).contains(&"dung".to_string()));
}

/// Runs `merge` and checks it is refused with `code` and the plan file is byte for byte
/// as it was.
fn refused(f: &Fixture, copy: &Path, code: &str) -> String {
    let before = std::fs::read(&f.path).unwrap();
    let mut p = f.open();
    let e = review_copy::merge(&mut p, copy, &MergeChoices::default()).unwrap_err();
    p.close().unwrap();
    assert_eq!(e.code(), code, "{e}");
    assert_eq!(std::fs::read(&f.path).unwrap(), before, "the plan was touched");
    e.to_string()
}

#[test]
fn foreign_tampered_and_non_review_files_are_refused_and_the_plan_untouched() {
    let f = Fixture::new();
    // A review copy of another plan.
    let other = Fixture::new();
    let foreign = other.handout("hotline", "foreign.okr");
    let msg = refused(&f, &foreign, "foreign-review");
    assert!(
        msg.contains("another plan") && msg.contains("nothing was merged"),
        "{msg}"
    );

    // A plain plan, and a file that is no plan at all.
    let msg = refused(&f, &other.path, "not-a-review");
    assert!(msg.contains("not a review copy"), "{msg}");
    let text = f.at("notes.okr");
    std::fs::write(&text, "hello").unwrap();
    refused(&f, &text, "not-a-plan");
    refused(&f, &f.at("missing.okr"), "not-a-plan");

    // Tampered: triggers dropped, then a context row changed.
    let copy = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy).unwrap();
    rename(&mut c, "hotline-1", "Sửa hợp lệ").unwrap();
    c.close().unwrap();
    let conn = rusqlite::Connection::open(&copy).unwrap();
    conn.execute_batch("DROP TRIGGER review_guard_objective_update;")
        .unwrap();
    conn.execute("UPDATE objective SET title = 'Sửa lén' WHERE key = 'cskh-1'", [])
        .unwrap();
    conn.close().unwrap();
    let msg = refused(&f, &copy, "tampered-review");
    assert!(msg.contains("objective \"cskh-1\" was changed"), "{msg}");

    // Tampered: a node added outside the subtree, or a context row removed.
    for (i, sql) in [
        "DROP TRIGGER review_guard_node_insert; \
         INSERT INTO node (id, key, name, level, parent_id) \
         SELECT randomblob(16), 'ghost', 'Ghost', 2, id FROM node WHERE key = 'cskh';",
        "DROP TRIGGER review_guard_key_result_delete; \
         DELETE FROM key_result WHERE objective_id = (SELECT id FROM objective WHERE key = 'acme-1');",
        "DROP TRIGGER review_guard_node_move; \
         UPDATE node SET parent_id = (SELECT id FROM node WHERE key = 'acme') WHERE key = 'hotline';",
        "DROP TRIGGER review_guard_meta_update; UPDATE plan_meta SET value = '{' WHERE name = 'review_base';",
        // No trigger dropped: the copy's own list of what it covers is not trusted either.
        "INSERT INTO review_scope SELECT id FROM node WHERE key = 'cskh'; \
         UPDATE node SET name = 'Đổi' WHERE key = 'cskh';",
    ]
    .iter()
    .enumerate()
    {
        let copy = f.handout("hotline", &format!("t{i}.okr"));
        let conn = rusqlite::Connection::open(&copy).unwrap();
        conn.execute_batch(sql).unwrap();
        conn.close().unwrap();
        refused(&f, &copy, "tampered-review");
    }
}

#[test]
fn a_link_the_copy_cannot_hold_is_cleared_there_and_never_merged() {
    let f = Fixture::new();
    let conn = rusqlite::Connection::open(&f.path).unwrap();
    conn.execute(
        "UPDATE objective SET carried_from = (SELECT id FROM objective WHERE key = 'hotline-q3') WHERE key = 'hotline-1'",
        [],
    )
    .unwrap();
    conn.close().unwrap();
    let out = f.at("q4.okr");
    let mut p = f.open();
    review_copy::handout(&mut p, "hotline", &[q("2026-Q4")], &out).unwrap();
    p.close().unwrap();
    let mut c = Plan::open(&out).unwrap();
    assert_eq!(c.objective_by_key("hotline-1").unwrap().carried_from, None);
    rename(&mut c, "hotline-1", "Q4").unwrap();
    c.close().unwrap();
    let r = f.merge(&out, &[]);
    assert!(r.conflicts.is_empty());
    let p = f.open();
    let h = p.objective_by_key("hotline-1").unwrap();
    assert_eq!(h.title, "Q4");
    assert_eq!(h.carried_from, Some(p.objective_by_key("hotline-q3").unwrap().id));
}

#[test]
fn preview_shows_the_merge_without_making_it() {
    let f = Fixture::new();
    let copy = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy).unwrap();
    rename(&mut c, "hotline-1", "Xem trước").unwrap();
    c.close().unwrap();
    let before = f.snapshot();
    let mut p = f.open();
    let r = review_copy::preview(&mut p, &copy, &MergeChoices::default()).unwrap();
    p.close().unwrap();
    assert_eq!(r.changes.len(), 1);
    assert_eq!(f.snapshot(), before);
}

#[test]
fn every_plan_has_an_identity_and_older_plans_get_one() {
    let dir = tempfile::tempdir().unwrap();
    let a = Plan::create(dir.path().join("a.okr")).unwrap();
    let b = Plan::create(dir.path().join("b.okr")).unwrap();
    assert_ne!(a.plan_id().unwrap(), b.plan_id().unwrap());
    assert_eq!(a.plan_id().unwrap().get_version_num(), 4);
    let old = dir.path().join("v1.okr");
    std::fs::copy("tests/data/plan-v1.okr", &old).unwrap();
    std::env::set_var("CASCADE_DATA_DIR", dir.path().join("data"));
    let p = Plan::open(&old).unwrap();
    let id = p.plan_id().unwrap();
    p.close().unwrap();
    assert_eq!(Plan::open(&old).unwrap().plan_id().unwrap(), id, "kept across opens");
}

#[test]
fn every_table_of_plan_content_is_guarded_in_a_review_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.okr");
    Plan::create(&path).unwrap().close().unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            // The history is the copy's own (the reviewer's undo), not plan content.
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name NOT IN ('review_scope', 'history')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.len() >= 5, "{tables:?}");
    for t in tables {
        for event in ["INSERT", "UPDATE", "DELETE"] {
            let n: i64 = conn
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1 \
                     AND sql LIKE '%BEFORE ' || ?2 || '%' AND sql LIKE '%cascade-review-scope%'",
                    [&t, event],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(
                n > 0,
                "table {t} has no review guard for {event}: add one in the REVIEW migration"
            );
        }
    }
}

fn okr(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_okr")).args(args).output().unwrap()
}

#[test]
fn okr_handout_and_merge() {
    let f = Fixture::new();
    let plan = f.path.to_str().unwrap();
    let copy = f.at("hotline.okr");
    let copy_s = copy.to_str().unwrap();
    let out = okr(&[
        "handout",
        plan,
        "--node",
        "hotline",
        "--out",
        copy_s,
        "--quarter",
        "2026-Q4",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Nhóm Hotline") && text.contains("2026-Q4"), "{text}");
    let again = okr(&["handout", plan, "--node", "hotline", "--out", copy_s]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let mut c = Plan::open(&copy).unwrap();
    rename(&mut c, "hotline-1", "Từ người duyệt").unwrap();
    rename(&mut c, "an-1", "An đổi").unwrap();
    c.close().unwrap();
    let mut p = f.open();
    rename(&mut p, "hotline-1", "Từ giám đốc").unwrap();
    p.close().unwrap();

    let out = okr(&["merge", plan, copy_s]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("changed  objective an-1: title"), "{text}");
    assert!(text.contains("--take-theirs objective/hotline-1/title"), "{text}");
    assert!(
        text.contains("\"Từ giám đốc\"") && text.contains("\"Từ người duyệt\""),
        "{text}"
    );

    let out = okr(&[
        "merge",
        plan,
        copy_s,
        "--take-theirs",
        "objective/hotline-1/title",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["conflicts"][0]["kept"], "theirs");
    assert_eq!(json["conflicts"][0]["reference"], "objective/hotline-1/title");
    assert_eq!(title(&f.snapshot(), "hotline-1"), "Từ người duyệt");

    // Refused: exit 2, a message, the plan untouched.
    let before = std::fs::read(&f.path).unwrap();
    let out = okr(&["merge", plan, plan]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a review copy"));
    assert_eq!(std::fs::read(&f.path).unwrap(), before);
}

#[test]
fn links_that_together_would_loop_keep_the_plans_value() {
    let f = Fixture::new();
    let copy = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy).unwrap();
    let an1 = c.objective_by_key("an-1").unwrap();
    let q3 = c.objective_by_key("hotline-q3").unwrap();
    c.link_objective(q3.id, Some(an1.id)).unwrap();
    c.close().unwrap();
    let mut p = f.open();
    p.link_objective(an1.id, Some(q3.id)).unwrap();
    p.close().unwrap();
    let r = f.merge(&copy, &[]);
    assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
    let k = &r.conflicts[0];
    assert_eq!(
        (k.reference.as_str(), k.kind),
        ("objective/hotline-q3/parent_id", ConflictKind::Refused)
    );
    assert_eq!(k.theirs.as_deref(), Some("an-1"), "links are shown by key");
    assert!(k.message.contains("loop"), "{}", k.message);
    let p = f.open();
    let kept = p.objective_by_key("hotline-q3").unwrap();
    assert_eq!(kept.parent_id, None);
    assert_eq!(kept.updated_at, q3.updated_at, "the row is as the plan had it");
    assert_eq!(p.objective_by_key("an-1").unwrap().parent_id, Some(q3.id));
    assert!(r.changes.is_empty(), "{:?}", r.changes);
}

#[test]
fn a_chain_of_relinks_in_the_review_merges_whatever_order_rows_come_in() {
    let f = Fixture::new();
    let copy = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy).unwrap();
    let an1 = c.objective_by_key("an-1").unwrap();
    let h1 = c.objective_by_key("hotline-1").unwrap();
    let cskh1 = c.objective_by_key("cskh-1").unwrap();
    // Turned upside down: the agent's objective up to the division, the team's under it.
    c.link_objective(an1.id, Some(cskh1.id)).unwrap();
    c.link_objective(h1.id, Some(an1.id)).unwrap();
    c.close().unwrap();
    let r = f.merge(&copy, &[]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert_eq!(r.changes.len(), 2);
    let p = f.open();
    assert_eq!(p.objective_by_key("hotline-1").unwrap().parent_id, Some(an1.id));
    assert_eq!(p.objective_by_key("an-1").unwrap().parent_id, Some(cskh1.id));
    p.close().unwrap();
    assert!(f.merge(&copy, &[]).changes.is_empty());
}

#[test]
fn rows_added_in_the_review_that_link_to_each_other_are_all_added() {
    let f = Fixture::new();
    let copy = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy).unwrap();
    // Three new objectives, each supporting the one made after it.
    let made: Vec<Objective> = (1..=3)
        .map(|i| objective(&mut c, &format!("an-new-{i}"), "an", "2026-Q4", None))
        .collect();
    for w in made.windows(2) {
        c.link_objective(w[0].id, Some(w[1].id)).unwrap();
    }
    c.close().unwrap();
    let r = f.merge(&copy, &[]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    let p = f.open();
    for w in made.windows(2) {
        assert_eq!(p.objective(w[0].id).unwrap().parent_id, Some(w[1].id));
    }
}

/// A new objective, built through its serialised form so fields added later take
/// their defaults.
fn new_objective(key: Option<&str>, quarter: Quarter, owner: Uuid, title: &str, parent: Option<Uuid>) -> NewObjective {
    serde_json::from_value(serde_json::json!({
        "key": key, "quarter": quarter, "ownerId": owner, "title": title, "parentId": parent,
    }))
    .unwrap()
}

/// A new key result (progress kind), built like [`new_objective`].
fn new_key_result(objective: Uuid, title: &str, baseline: f64, target: f64, current: f64, unit: &str) -> NewKeyResult {
    serde_json::from_value(serde_json::json!({
        "objectiveId": objective, "title": title, "baseline": baseline, "target": target,
        "current": current, "unit": unit, "weight": 1.0,
    }))
    .unwrap()
}

#[test]
fn a_person_removed_in_the_review_goes_unless_the_plan_holds_more_of_theirs() {
    for (quarters, gone) in [(vec![], true), (vec![q("2026-Q4")], false)] {
        let f = Fixture::new();
        let mut p = f.open();
        objective(&mut p, "an-q3", "an", "2026-Q3", None);
        let out = f.at("hotline.okr");
        review_copy::handout(&mut p, "hotline", &quarters, &out).unwrap();
        p.close().unwrap();
        let mut c = Plan::open(&out).unwrap();
        let an = c.node_by_key("an").unwrap();
        c.delete_node(an.id, true).unwrap();
        c.close().unwrap();
        let r = f.merge(&out, &[]);
        let s = f.snapshot();
        assert_eq!(!node_keys(&s).contains(&"an".to_string()), gone, "{:?}", r.conflicts);
        assert!(!keys(&s).contains(&"an-1".to_string()), "the handed-out objective goes");
        assert_eq!(keys(&s).contains(&"an-q3".to_string()), !gone);
        if gone {
            assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
        } else {
            // The plan still has an objective of theirs the copy did not hold.
            let k = &r.conflicts[0];
            assert_eq!(
                (k.reference.as_str(), k.kind),
                ("node/an/row", ConflictKind::DeletedInReview)
            );
            assert!(k.message.contains("1 objective under it"), "{}", k.message);
        }
    }
}

#[test]
fn a_row_added_in_the_review_with_a_key_the_plan_took_meanwhile_is_a_listed_conflict() {
    let f = Fixture::new();
    let copy = f.handout("hotline", "hotline.okr");
    let mut c = Plan::open(&copy).unwrap();
    let hotline = c.node_by_key("hotline").unwrap();
    let chi = c
        .add_node(NewNode {
            key: Some("chi".into()),
            name: "Lê Chí (hotline)".into(),
            parent_id: Some(hotline.id),
            ..NewNode::default()
        })
        .unwrap();
    c.add_objective(new_objective(
        Some("chi-1"),
        q("2026-Q4"),
        chi.id,
        "Của Chí hotline",
        None,
    ))
    .unwrap();
    c.close().unwrap();
    let mut p = f.open();
    let email = p.node_by_key("email").unwrap();
    p.add_node(NewNode {
        key: Some("chi".into()),
        name: "Lê Chí (email)".into(),
        parent_id: Some(email.id),
        ..NewNode::default()
    })
    .unwrap();
    p.close().unwrap();
    let r = f.merge(&copy, &[]);
    let k = r.conflicts.iter().find(|k| k.table == "node").expect("listed");
    assert_eq!((k.reference.as_str(), k.kind), ("node/chi/row", ConflictKind::KeyTaken));
    assert!(k.message.contains("same key"), "{}", k.message);
    // Their objective cannot come without them, and says so.
    let o = r.conflicts.iter().find(|k| k.table == "objective").expect("listed");
    assert_eq!((o.row.as_str(), o.kind), ("chi-1", ConflictKind::MissingLink));
    let s = f.snapshot();
    let chi = s.nodes.iter().find(|n| n.key == "chi").unwrap();
    assert_eq!(chi.name, "Lê Chí (email)", "the plan's row is untouched");
    assert!(!keys(&s).contains(&"chi-1".to_string()));
}
