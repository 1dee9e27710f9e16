//! Per-node figures for the app's organisation tree: objectives against the cap, and how
//! many findings sit in each node's subtree, so the tree can show badges from one check
//! without running anything again.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::checks::{Counts, Finding};
use crate::{Quarter, Snapshot};

/// One node's figures for one quarter.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct NodeSummary {
    pub node_id: Uuid,
    pub key: String,
    pub quarter: Quarter,
    /// Objectives the node owns in the quarter.
    pub objectives: u32,
    /// The node's objective cap (its own, or the plan's default for its level).
    pub cap: u32,
    pub over_cap: bool,
    /// Findings of the quarter about the node itself or anyone below it.
    pub subtree: Counts,
}

/// Figures for every node of the snapshot, in the snapshot's node order (parents
/// first). Only objectives and findings of `quarter` count. Linear in the size of the
/// snapshot and the findings.
pub fn summarize(snapshot: &Snapshot, quarter: Quarter, findings: &[Finding]) -> Vec<NodeSummary> {
    let nodes = &snapshot.nodes;
    let at: HashMap<Uuid, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let mut owned = vec![0u32; nodes.len()];
    for o in snapshot.objectives.iter().filter(|o| o.quarter == quarter) {
        if let Some(&n) = at.get(&o.owner_id) {
            owned[n] += 1;
        }
    }
    let mut subtree = vec![Counts::default(); nodes.len()];
    for f in findings.iter().filter(|f| f.quarter == quarter) {
        if let Some(&n) = at.get(&f.owner_id) {
            subtree[n].add(f.severity);
        }
    }
    // Deepest first, each node adds its subtree to its parent's.
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(nodes[i].level));
    for i in order {
        if let Some(&p) = nodes[i].parent_id.as_ref().and_then(|p| at.get(p)) {
            let c = subtree[i];
            subtree[p] += c;
        }
    }
    nodes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let cap = snapshot.settings.cap_for(n);
            NodeSummary {
                node_id: n.id,
                key: n.key.clone(),
                quarter,
                objectives: owned[i],
                cap,
                over_cap: owned[i] > cap,
                subtree: subtree[i],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{check, fixture::Org};

    #[test]
    fn counts_objectives_against_the_cap_and_findings_in_each_subtree() {
        let mut org = Org::aligned();
        for i in 0..4 {
            org.objective(&format!("a2-{i}"), "a2", &format!("Việc {i}"), Some("t1-1"));
        }
        org.objective("orphan", "a4", "Không liên kết", None);
        org.objective_in("later", "a1", "2027-Q1", "Quý sau", None);
        let snap = org.plan.snapshot(None).unwrap();
        let findings = check(&snap);
        let q = "2026-Q4".parse().unwrap();
        let s: HashMap<String, NodeSummary> = summarize(&snap, q, &findings)
            .into_iter()
            .map(|s| (s.key.clone(), s))
            .collect();
        assert_eq!(s.len(), snap.nodes.len());
        assert_eq!((s["a2"].objectives, s["a2"].cap, s["a2"].over_cap), (4, 3, true));
        assert_eq!(
            (s["a1"].objectives, s["a1"].over_cap),
            (1, false),
            "the 2027-Q1 objective does not count"
        );
        assert_eq!(
            s["a2"].subtree,
            Counts {
                errors: 0,
                warnings: 1,
                infos: 0
            }
        );
        assert_eq!(
            s["a4"].subtree,
            Counts {
                errors: 1,
                warnings: 0,
                infos: 0
            }
        );
        assert_eq!(
            s["t1"].subtree,
            Counts {
                errors: 0,
                warnings: 1,
                infos: 0
            }
        );
        assert_eq!(
            s["d2"].subtree,
            Counts {
                errors: 1,
                warnings: 0,
                infos: 0
            }
        );
        let q4 = findings.iter().filter(|f| f.quarter == q).count();
        assert_eq!(
            s["co"].subtree.total(),
            q4,
            "the company's subtree holds every finding of the quarter"
        );
        assert_eq!(s["a1"].subtree.total(), 0);
    }
}
