//! Read models for the app's screens, computed from a [`Snapshot`] so a screen needs one
//! call and no query per row: a node's objectives with what each supports and what
//! supports it, and the objectives an objective may be linked to; the org tree
//! ([`tree`]), the load ([`load`]), the alignment map ([`map`]), the quarters offered
//! ([`quarters`]) and what a link would bring ([`link`]). Names are listed in one order,
//! [`order`]'s. The shells draw these; they decide no order, share or default.
//!
//! Which objectives are offered as link targets is the checks' rule
//! ([`crate::checks`]); this module only names them for display.

pub mod diff;
#[cfg(test)]
mod fixture;
pub mod link;
pub mod load;
pub mod map;
pub mod order;
pub mod quarter;
pub mod quarters;
pub mod summary;
pub mod tree;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{objective_progress, Error, KeyResult, Level, Node, Objective, Result, Snapshot};

/// An objective named with its owner, for "supports: …" lines and link choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveRef {
    pub id: Uuid,
    pub key: String,
    pub title: String,
    pub owner_id: Uuid,
    pub owner_key: String,
    pub owner_name: String,
}

/// One objective as the Cascade view shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveCard {
    pub objective: Objective,
    pub key_results: Vec<KeyResult>,
    /// 0..1 for each key result, in the same order.
    pub key_result_progress: Vec<f64>,
    /// 0..1, the weighted progress of the key results.
    pub progress: f64,
    /// The objective it supports, when that one is in the same snapshot (quarter).
    pub supports: Option<ObjectiveRef>,
    /// The objectives that support this one.
    pub supporters: Vec<ObjectiveRef>,
}

/// A node and its objectives of the snapshot's quarter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NodeObjectives {
    pub node: Node,
    pub parent: Option<Node>,
    pub cap: u32,
    /// The level a node added under it gets; none under an agent.
    pub child_level: Option<Level>,
    /// The level its parent must have; none for the company, which cannot move.
    pub parent_level: Option<Level>,
    /// The level of the review copies handed out one each under it ([`Level::reviewed_each`]).
    pub reviewed_each: Option<Level>,
    /// Whether it can be marked a new hire ([`Level::takes_new_hire`]).
    pub takes_new_hire: bool,
    pub objectives: Vec<ObjectiveCard>,
}

/// An objective that may be linked to, with its place in the ranking as a share (1 for
/// the best match, lower for later ones).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkCandidate {
    pub objective: ObjectiveRef,
    pub score: f64,
}

/// Lookups over a snapshot, built once per call.
struct Index<'a> {
    nodes: HashMap<Uuid, &'a Node>,
    objectives: HashMap<Uuid, &'a Objective>,
}

impl<'a> Index<'a> {
    fn new(snap: &'a Snapshot) -> Self {
        Index {
            nodes: snap.nodes.iter().map(|n| (n.id, n)).collect(),
            objectives: snap.objectives.iter().map(|o| (o.id, o)).collect(),
        }
    }

    fn reference(&self, o: &Objective) -> ObjectiveRef {
        let owner = self.nodes.get(&o.owner_id);
        ObjectiveRef {
            id: o.id,
            key: o.key.clone(),
            title: o.title.clone(),
            owner_id: o.owner_id,
            owner_key: owner.map(|n| n.key.clone()).unwrap_or_default(),
            owner_name: owner.map(|n| n.name.clone()).unwrap_or_default(),
        }
    }
}

/// The node's objectives in the snapshot, each with its key results, progress, the
/// objective it supports and those supporting it.
pub fn node_objectives(snap: &Snapshot, node_id: Uuid) -> Result<NodeObjectives> {
    let ix = Index::new(snap);
    let node = *ix
        .nodes
        .get(&node_id)
        .ok_or_else(|| Error::not_found("node", "id", node_id))?;
    let mut krs: HashMap<Uuid, Vec<KeyResult>> = HashMap::new();
    let mut supporters: HashMap<Uuid, Vec<ObjectiveRef>> = HashMap::new();
    let own: Vec<&Objective> = snap.objectives.iter().filter(|o| o.owner_id == node_id).collect();
    let own_ids: HashSet<Uuid> = own.iter().map(|o| o.id).collect();
    for kr in snap.key_results.iter().filter(|k| own_ids.contains(&k.objective_id)) {
        krs.entry(kr.objective_id).or_default().push(kr.clone());
    }
    for o in &snap.objectives {
        if let Some(p) = o.parent_id.filter(|p| own_ids.contains(p)) {
            supporters.entry(p).or_default().push(ix.reference(o));
        }
    }
    let objectives = own
        .into_iter()
        .map(|o| {
            let key_results = krs.remove(&o.id).unwrap_or_default();
            ObjectiveCard {
                progress: objective_progress(&key_results),
                key_result_progress: key_results.iter().map(KeyResult::progress).collect(),
                supports: o.parent_id.and_then(|p| ix.objectives.get(&p)).map(|p| ix.reference(p)),
                supporters: supporters.remove(&o.id).unwrap_or_default(),
                key_results,
                objective: o.clone(),
            }
        })
        .collect();
    Ok(NodeObjectives {
        parent: node.parent_id.and_then(|p| ix.nodes.get(&p)).map(|p| (*p).clone()),
        cap: snap.settings.cap_for(node),
        child_level: node.level.child_level(),
        parent_level: node.level.parent_level(),
        reviewed_each: node.level.reviewed_each(),
        takes_new_hire: node.level.takes_new_hire(),
        node: node.clone(),
        objectives,
    })
}

/// The objectives `objective_id` may support: those of its owner's direct parent in the
/// same quarter, best match first, ranked as the checks' suggestions rank them (those
/// sharing the most title words first, then by key). The snapshot should hold at least
/// the objective's quarter.
pub fn link_candidates(snap: &Snapshot, objective_id: Uuid) -> Result<Vec<LinkCandidate>> {
    let ix = Index::new(snap);
    let checks = crate::checks::Index::new(snap);
    let at = (0..snap.objectives.len())
        .find(|&i| checks.objectives.get(i).is_some_and(|o| o.id == objective_id))
        .ok_or_else(|| Error::not_found("objective", "id", objective_id))?;
    let ranked = checks.link_candidates(at, |_| false);
    let n = ranked.len().max(1) as f64;
    Ok(ranked
        .into_iter()
        .enumerate()
        .map(|(rank, c)| LinkCandidate {
            objective: ix.reference(checks.objective(c)),
            score: 1.0 - rank as f64 / n,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::fixture::node;
    use super::*;
    use crate::{KrKind, Level, NewKeyResult, Plan, Quarter};

    /// An objective of quarter `q` (as text), through the view fixture.
    fn obj(plan: &mut Plan, owner: Uuid, q: &str, title: &str, parent: Option<Uuid>) -> Objective {
        super::fixture::obj_in(plan, q.parse().unwrap(), owner, title, parent)
    }

    #[test]
    fn candidates_are_the_direct_parents_objectives_of_the_quarter_best_first() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "Công ty", Level::Company, None);
        let div = node(&mut plan, "Khối CSKH", Level::Division, Some(co.id));
        let team = node(&mut plan, "Nhóm hotline", Level::Team, Some(div.id));
        let top = obj(&mut plan, co.id, "2026-Q4", "Giảm thời gian chờ", None);
        let d1 = obj(&mut plan, div.id, "2026-Q4", "Nâng cao CSAT", Some(top.id));
        let d2 = obj(
            &mut plan,
            div.id,
            "2026-Q4",
            "Giảm thời gian phản hồi đầu tiên",
            Some(top.id),
        );
        obj(&mut plan, div.id, "2027-Q1", "Giảm thời gian phản hồi", None);
        let t = obj(&mut plan, team.id, "2026-Q4", "giam thoi gian phan hoi hotline", None);
        let snap = plan.snapshot(Some("2026-Q4".parse::<Quarter>().unwrap())).unwrap();

        let got = link_candidates(&snap, t.id).unwrap();
        let ids: Vec<Uuid> = got.iter().map(|c| c.objective.id).collect();
        assert_eq!(
            ids,
            vec![d2.id, d1.id],
            "only the division's Q4 objectives, best match first"
        );
        assert!(got[0].score > got[1].score);
        assert_eq!(got[0].objective.owner_name, "Khối CSKH");
        assert!(
            link_candidates(&snap, top.id).unwrap().is_empty(),
            "the company links to nothing"
        );
        assert!(link_candidates(&snap, Uuid::now_v7()).is_err());
    }

    #[test]
    fn node_objectives_show_key_results_supports_and_supporters() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "Acme", Level::Company, None);
        let div = node(&mut plan, "Support", Level::Division, Some(co.id));
        let top = obj(&mut plan, co.id, "2026-Q4", "Delight customers", None);
        let d = obj(&mut plan, div.id, "2026-Q4", "Faster answers", Some(top.id));
        plan.add_key_result(NewKeyResult {
            key: None,
            objective_id: d.id,
            title: "First response time".into(),
            kind: KrKind::Progress,
            baseline: Some(120.0),
            target: 60.0,
            current: 90.0,
            unit: "s".into(),
            weight: 1.0,
            measure: String::new(),
        })
        .unwrap();
        let snap = plan.snapshot(Some("2026-Q4".parse().unwrap())).unwrap();

        let view = node_objectives(&snap, div.id).unwrap();
        assert_eq!(view.cap, 5);
        assert_eq!(view.parent.as_ref().map(|p| p.id), Some(co.id));
        let card = &view.objectives[0];
        assert_eq!(card.key_results.len(), 1);
        assert!((card.progress - 0.5).abs() < 1e-9);
        assert_eq!(card.key_result_progress, vec![0.5]);
        assert_eq!(card.supports.as_ref().map(|s| s.owner_name.as_str()), Some("Acme"));

        let top_view = node_objectives(&snap, co.id).unwrap();
        assert_eq!(
            top_view.objectives[0]
                .supporters
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>(),
            vec![d.id]
        );
        assert!(node_objectives(&snap, Uuid::now_v7()).is_err());
    }
}
