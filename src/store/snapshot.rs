//! A whole plan (or one quarter of it) read in a few bulk queries, for the checks,
//! exports, reports and the app's views: everything they need without a query per row.

use serde::{Deserialize, Serialize};

use crate::store::{key_result, node, objective, setting};
use crate::{KeyResult, Node, Objective, Plan, Quarter, Result, Settings};

/// The plan's content at one moment. Nodes are always all of them (parents first);
/// objectives and key results are those of the chosen quarter, or all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    pub settings: Settings,
    pub nodes: Vec<Node>,
    /// Ordered by quarter, then key.
    pub objectives: Vec<Objective>,
    /// Grouped by objective, in each objective's order.
    pub key_results: Vec<KeyResult>,
}

impl Plan {
    /// Reads the plan in one read transaction, so the parts agree with each other.
    pub fn snapshot(&mut self, quarter: Option<Quarter>) -> Result<Snapshot> {
        self.read(|c| of(c, quarter))
    }
}

impl Snapshot {
    /// The part of a whole-plan snapshot that belongs to one quarter: every node, the
    /// quarter's objectives and their key results, as [`Plan::snapshot`] of that quarter
    /// reads them, without reading the file again.
    pub fn quarter(&self, q: Quarter) -> Snapshot {
        let objectives: Vec<Objective> = self.objectives.iter().filter(|o| o.quarter == q).cloned().collect();
        let ids: std::collections::HashSet<uuid::Uuid> = objectives.iter().map(|o| o.id).collect();
        Snapshot {
            settings: self.settings.clone(),
            nodes: self.nodes.clone(),
            objectives,
            key_results: self
                .key_results
                .iter()
                .filter(|k| ids.contains(&k.objective_id))
                .cloned()
                .collect(),
        }
    }
}

/// The plan (or one quarter's objectives and key results, with every node), read
/// through an open transaction.
pub(crate) fn of(c: &rusqlite::Connection, quarter: Option<Quarter>) -> Result<Snapshot> {
    let q = quarter.map(|q| q.to_string());
    Ok(Snapshot {
        settings: setting::get(c)?,
        nodes: node::list(c)?,
        objectives: objective::list(c, quarter)?,
        key_results: key_result::list(c, q.as_deref())?,
    })
}

/// The whole plan, read through an open transaction: what [`Plan::snapshot`] gives, for
/// judging a change (a merge) before it is committed.
pub(crate) fn whole(c: &rusqlite::Connection) -> Result<Snapshot> {
    Ok(Snapshot {
        settings: setting::get(c)?,
        nodes: node::list(c)?,
        objectives: objective::list(c, None)?,
        key_results: key_result::list(c, None)?,
    })
}

#[cfg(test)]
mod tests {
    use crate::{Plan, Quarter};

    /// One quarter cut from the whole plan is what reading that quarter gives.
    #[test]
    fn a_quarter_cut_from_the_whole_plan_is_that_quarter_read() {
        let mut plan = Plan::in_memory().unwrap();
        crate::demo::fill(&mut plan).unwrap();
        let all = plan.snapshot(None).unwrap();
        let quarters: std::collections::BTreeSet<Quarter> = all.objectives.iter().map(|o| o.quarter).collect();
        assert!(quarters.len() >= 2, "{quarters:?}");
        for q in quarters {
            let read = plan.snapshot(Some(q)).unwrap();
            assert!(!read.objectives.is_empty());
            assert_eq!(all.quarter(q), read, "{q}");
        }
    }
}
