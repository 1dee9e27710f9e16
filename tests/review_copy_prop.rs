//! Property: random edits on a plan and on a review copy of one team, merged, give a plan
//! in which every edit that does not conflict is present, and every conflict is listed
//! with the plan's value kept.

use std::collections::BTreeMap;

use cascade::review_copy::{self, ConflictKind, MergeChoices, MergeReport};
use cascade::{KeyResultPatch, Level, NewKeyResult, NewNode, NewObjective, ObjectivePatch, Plan, Quarter, Snapshot};
use proptest::prelude::*;
use uuid::Uuid;

#[derive(Debug, Clone)]
enum Edit {
    Rename(usize, u8),
    Current(usize, u8),
    Relink(usize, usize),
    Add(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0u8..4).prop_map(|(o, t)| Edit::Rename(o, t)),
        (any::<usize>(), 0u8..4).prop_map(|(o, v)| Edit::Current(o, v)),
        (any::<usize>(), any::<usize>()).prop_map(|(o, p)| Edit::Relink(o, p)),
        (any::<usize>(), 0u8..4).prop_map(|(w, t)| Edit::Add(w, t)),
    ]
}

fn q4() -> Quarter {
    "2026-Q4".parse().unwrap()
}

/// Company → division → teams hotline (agents an, chi) and email (agent binh), one
/// linked objective with a key result each.
fn build(p: &mut Plan) {
    let mut ids: BTreeMap<&str, Uuid> = BTreeMap::new();
    for (key, level, parent) in [
        ("acme", Level::Company, None),
        ("cskh", Level::Division, Some("acme")),
        ("hotline", Level::Team, Some("cskh")),
        ("email", Level::Team, Some("cskh")),
        ("an", Level::Agent, Some("hotline")),
        ("chi", Level::Agent, Some("hotline")),
        ("binh", Level::Agent, Some("email")),
    ] {
        let n = p
            .add_node(NewNode {
                key: Some(key.into()),
                name: format!("Tên {key}"),
                level: Some(level),
                parent_id: parent.map(|k| ids[k]),
                ..NewNode::default()
            })
            .unwrap();
        ids.insert(key, n.id);
    }
    let mut objs: BTreeMap<&str, Uuid> = BTreeMap::new();
    for (owner, parent) in [
        ("acme", None),
        ("cskh", Some("acme")),
        ("hotline", Some("cskh")),
        ("email", Some("cskh")),
        ("an", Some("hotline")),
        ("chi", Some("hotline")),
        ("binh", Some("email")),
    ] {
        let o = p
            .add_objective(new_objective(
                None,
                q4(),
                ids[owner],
                &format!("Mục tiêu {owner}"),
                parent.map(|k| objs[k]),
            ))
            .unwrap();
        objs.insert(owner, o.id);
        p.add_key_result(new_key_result(o.id, "CSAT", 0.0, 100.0, 50.0, "%"))
            .unwrap();
    }
}

/// Applies the edits that the plan accepts (a refused edit, such as a link that would
/// make a cycle, is no edit). `scope`: the owners whose objectives may be edited.
fn apply(p: &mut Plan, edits: &[Edit], scope: Option<&[&str]>) {
    let in_scope = |p: &Plan, owner: Uuid| match scope {
        None => true,
        Some(keys) => keys.iter().any(|k| p.node_by_key(k).unwrap().id == owner),
    };
    for e in edits {
        let objectives = p.objectives(None).unwrap();
        let mine: Vec<_> = objectives.iter().filter(|o| in_scope(p, o.owner_id)).cloned().collect();
        let pick = |i: usize| mine[i % mine.len()].clone();
        match *e {
            Edit::Rename(i, t) => {
                let o = pick(i);
                p.update_objective(
                    o.id,
                    ObjectivePatch {
                        title: Some(format!("Tên mới {t}")),
                        ..Default::default()
                    },
                )
                .unwrap();
            }
            Edit::Current(i, v) => {
                let o = pick(i);
                if let Some(kr) = p.key_results(o.id).unwrap().first() {
                    p.update_key_result(
                        kr.id,
                        KeyResultPatch {
                            current: Some(f64::from(v) * 12.5),
                            ..Default::default()
                        },
                    )
                    .unwrap();
                }
            }
            Edit::Relink(i, j) => {
                let o = pick(i);
                let target = &objectives[j % objectives.len()];
                let _ = p.link_objective(o.id, Some(target.id));
            }
            Edit::Add(w, t) => {
                let owners: Vec<_> = p.nodes().unwrap().into_iter().filter(|n| in_scope(p, n.id)).collect();
                let owner = &owners[w % owners.len()];
                p.add_objective(new_objective(None, q4(), owner.id, &format!("Thêm {t}"), None))
                    .unwrap();
            }
        }
    }
}

/// Field values by (row id, field) for objective titles and links and key result values.
fn fields(s: &Snapshot) -> BTreeMap<(Uuid, &'static str), String> {
    let mut out = BTreeMap::new();
    for o in &s.objectives {
        out.insert((o.id, "title"), o.title.clone());
        out.insert((o.id, "parent_id"), format!("{:?}", o.parent_id));
    }
    for k in &s.key_results {
        out.insert((k.id, "current"), k.current.to_string());
    }
    out
}

fn listed(r: &MergeReport, id: Uuid, field: &str) -> Option<ConflictKind> {
    r.conflicts
        .iter()
        .find(|c| c.row_id == id.to_string() && c.field.as_deref().is_none_or(|f| f == field))
        .map(|c| c.kind)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_edit_that_does_not_conflict_is_merged(
        plan_edits in proptest::collection::vec(edit(), 0..8),
        copy_edits in proptest::collection::vec(edit(), 0..8),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.okr");
        let copy_path = dir.path().join("review.okr");
        let mut p = Plan::create(&path).unwrap();
        build(&mut p);
        review_copy::handout(&mut p, "hotline", &[], &copy_path).unwrap();
        let base = fields(&p.snapshot(None).unwrap());
        apply(&mut p, &plan_edits, None);
        let ours = fields(&p.snapshot(None).unwrap());
        let mut c = Plan::open(&copy_path).unwrap();
        apply(&mut c, &copy_edits, Some(&["hotline", "an", "chi"]));
        let theirs = fields(&c.snapshot(None).unwrap());
        c.close().unwrap();

        let r = review_copy::merge(&mut p, &copy_path, &MergeChoices::default()).unwrap();
        let merged = fields(&p.snapshot(None).unwrap());

        for (k, b) in &base {
            let (o, t, m) = (&ours[k], theirs.get(k), &merged[k]);
            let Some(t) = t else { prop_assert_eq!(m, o); continue };
            if let Some(kind) = listed(&r, k.0, k.1) {
                prop_assert_eq!(m, o, "a conflict keeps the plan's value: {:?}", k);
                if kind == ConflictKind::BothChanged {
                    prop_assert!(o != b && t != b && o != t, "{:?} listed as changed on both sides but was not", k);
                } else {
                    // A link the plan cannot take: to a row the review added that the
                    // plan refused, or one closing a loop with the plan's own links.
                    prop_assert!(
                        k.1 == "parent_id" && matches!(kind, ConflictKind::MissingLink | ConflictKind::Refused),
                        "{:?}: {:?}", k, kind
                    );
                }
                continue;
            }
            prop_assert!(!(o != b && t != b && o != t), "both changed {:?} and no conflict was listed", k);
            let want = if t != b { t } else { o };
            prop_assert_eq!(m, want, "{:?}: base {:?}, plan {:?}, review {:?}", k, b, o, t);
        }
        // Rows added on either side are there (the review's unless listed as a conflict).
        for (k, v) in &ours {
            if !base.contains_key(k) {
                prop_assert_eq!(merged.get(k), Some(v), "added in the plan: {:?}", k);
            }
        }
        for (k, v) in &theirs {
            let refused = r.conflicts.iter().any(|c| c.row_id == k.0.to_string());
            if !base.contains_key(k) && !refused {
                prop_assert_eq!(merged.get(k), Some(v), "added in the review: {:?}", k);
            }
        }
        // And once more: nothing changes.
        let again = review_copy::merge(&mut p, &copy_path, &MergeChoices::default()).unwrap();
        prop_assert!(again.changes.is_empty(), "{:?}", again.changes);
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
