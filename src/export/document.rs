//! The JSON form of a whole plan: lossless (ids, lineage, timestamps and settings, and
//! the quarter's life: check-ins, review marks, comments and quarter locks) and written
//! the same way every time, so two exports of one plan are the same bytes and can be
//! compared or kept under version control. Only the plan's identity stays behind: a plan
//! made from an export is a new plan, not a review copy of the old one.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Settings;

/// What the `format` field of a plan export holds.
pub const FORMAT: &str = "cascade-plan";
/// The version of the JSON layout; a reader refuses a newer one.
pub const VERSION: u32 = 1;

/// A whole plan as JSON. Rows refer to each other by key, as in the spreadsheets, and
/// also carry their ids so an import into a new plan recreates the same plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanDocument {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub nodes: Vec<NodeRecord>,
    #[serde(default)]
    pub objectives: Vec<ObjectiveRecord>,
    #[serde(default)]
    pub key_results: Vec<KeyResultRecord>,
    /// The key results' check-in histories; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<CheckInRecord>,
    /// Teams (or any node) marked reviewed, per quarter; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<ReviewRecord>,
    /// Reviewers' comments on objectives; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<CommentRecord>,
    /// Locked quarters; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locks: Vec<LockRecord>,
}

/// A node marked reviewed for a quarter, named by the node's key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewRecord {
    pub node: String,
    pub quarter: String,
    pub reviewed_by: String,
    #[serde(default)]
    pub reviewed_at: Option<String>,
}

/// A comment on an objective, named by the objective's key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommentRecord {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub objective: String,
    pub author: String,
    pub text: String,
    #[serde(default)]
    pub created_at: Option<String>,
}

/// A locked quarter: no objective, key result, check-in, comment or review mark of it
/// can change until it is unlocked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LockRecord {
    pub quarter: String,
    pub locked_by: String,
    #[serde(default)]
    pub locked_at: Option<String>,
}

/// One check-in of a key result, named by the key result's key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckInRecord {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub key_result: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub value: f64,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub who: String,
    /// on-track, at-risk or off-track; empty for none.
    #[serde(default)]
    pub confidence: String,
    #[serde(default)]
    pub recorded_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeRecord {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub key: String,
    pub name: String,
    pub level: String,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub new_hire: bool,
    #[serde(default)]
    pub objective_cap: Option<u32>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveRecord {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub key: String,
    pub quarter: String,
    pub owner: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// `committed` or `aspirational`; empty keeps an existing objective's (new ones are
    /// aspirational).
    #[serde(default)]
    pub commitment: String,
    #[serde(default)]
    pub parent: Option<String>,
    /// The key of the objective of an earlier quarter this one was carried over from.
    #[serde(default)]
    pub carried_from: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyResultRecord {
    #[serde(default)]
    pub id: Option<Uuid>,
    pub objective: String,
    #[serde(default)]
    pub position: u32,
    pub title: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub baseline: Option<f64>,
    pub target: f64,
    pub current: f64,
    #[serde(default)]
    pub unit: String,
    #[serde(default = "one")]
    pub weight: f64,
    /// The key result's stable key; empty keeps an existing one's or makes a new one.
    #[serde(default)]
    pub key: String,
    /// The score set by hand, 0 to 1.
    #[serde(default)]
    pub score: Option<f64>,
    /// The latest confidence: on-track, at-risk or off-track; empty for none.
    #[serde(default)]
    pub confidence: String,
    /// What it measures (CSAT, FRT…), as a helpdesk report names its column; empty for none.
    #[serde(default)]
    pub measure: String,
}

fn one() -> f64 {
    1.0
}
