//! People and units of the organisation: the nodes of the cascade.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Level;

/// One unit or person: the company, a support division, a team, or an agent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Node {
    pub id: Uuid,
    /// The human key used in spreadsheets and scripts (e.g. `cskh-team-01`).
    pub key: String,
    pub name: String,
    pub level: Level,
    pub parent_id: Option<Uuid>,
    /// Free text: "Trưởng nhóm CSKH", "Support agent"…
    pub role: String,
    /// New hires get a lower objective cap while they learn the job.
    pub new_hire: bool,
    /// Overrides the plan's default cap for this node's level.
    pub objective_cap: Option<u32>,
    pub notes: String,
}

/// What a user gives to add a node; the key is made from the name when left empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NewNode {
    pub key: Option<String>,
    pub name: String,
    pub level: Option<Level>,
    pub parent_id: Option<Uuid>,
    pub role: String,
    pub new_hire: bool,
    pub objective_cap: Option<u32>,
    pub notes: String,
}

/// A change to a node's own fields; `None` leaves a field as it is. Moving is separate
/// (`Plan::move_node`) because it has rules of its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct NodePatch {
    pub key: Option<String>,
    pub name: Option<String>,
    pub role: Option<String>,
    pub new_hire: Option<bool>,
    /// `Some(None)` clears the override. In JSON a `null` clears it and a missing field
    /// leaves it, so the app can tell "use the plan's cap again" from "not changed".
    #[ts(optional = nullable)]
    #[serde(
        deserialize_with = "crate::model::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub objective_cap: Option<Option<u32>>,
    pub notes: Option<String>,
}

/// What deleting a node removed, so the user is told and nothing goes silently.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NodeDeletion {
    pub nodes: usize,
    pub objectives: usize,
    /// Objectives elsewhere that supported a deleted objective and are now unlinked.
    pub unlinked: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_null_cap_in_a_patch_clears_and_a_missing_one_leaves() {
        for (json, want) in [
            (r#"{"objectiveCap": null}"#, Some(None)),
            (r#"{"objectiveCap": 4}"#, Some(Some(4))),
            (r#"{"name": "Lan"}"#, None),
            // What the app sends to clear: every other field null, meaning "not changed".
            (
                r#"{"key":null,"name":null,"role":null,"newHire":null,"notes":null,"objectiveCap":null}"#,
                Some(None),
            ),
        ] {
            let p: NodePatch = serde_json::from_str(json).unwrap();
            assert_eq!(p.objective_cap, want, "{json}");
            let back: NodePatch = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
            assert_eq!(back, p, "round trip of {json}");
        }
    }
}
