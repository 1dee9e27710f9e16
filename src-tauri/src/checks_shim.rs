//! Stand-in for `cascade::checks`, `cascade::summary` until they land on main: the same
//! names and shapes, so switching is one `use` line. It reports no findings.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use cascade::{Quarter, Snapshot};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    Orphan,
    QuarterMismatch,
    CrossBranch,
    SkipLevel,
    NoKeyResults,
    TooManyKeyResults,
    Overload,
    Unsupported,
    FlatTarget,
    OverreachingTarget,
    SameAsColleague,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub text: String,
    pub objectives: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub quarter: Quarter,
    pub owner: String,
    pub owner_id: Uuid,
    pub objective: Option<String>,
    pub objective_id: Option<Uuid>,
    pub message: String,
    pub suggestion: Option<Suggestion>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub errors: u32,
    pub warnings: u32,
    pub infos: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NodeSummary {
    pub node_id: Uuid,
    pub key: String,
    pub quarter: Quarter,
    pub objectives: u32,
    pub cap: u32,
    pub over_cap: bool,
    pub subtree: Counts,
}

pub fn check(_snap: &Snapshot) -> Vec<Finding> {
    Vec::new()
}

pub fn summarize(snap: &Snapshot, quarter: Quarter, _findings: &[Finding]) -> Vec<NodeSummary> {
    let mut counts = std::collections::HashMap::<Uuid, u32>::new();
    for o in snap.objectives.iter().filter(|o| o.quarter == quarter) {
        *counts.entry(o.owner_id).or_default() += 1;
    }
    snap.nodes
        .iter()
        .map(|n| {
            let objectives = counts.get(&n.id).copied().unwrap_or(0);
            let cap = snap.settings.cap_for(n);
            NodeSummary {
                node_id: n.id,
                key: n.key.clone(),
                quarter,
                objectives,
                cap,
                over_cap: objectives > cap,
                subtree: Counts::default(),
            }
        })
        .collect()
}
