//! The end of a quarter: teams marked reviewed, reviewers' comments, and locked quarters.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Quarter;

/// A node's OKRs for one quarter were reviewed by a manager. The Cascade view marks
/// reviewed teams, so a director sees at a glance who is still to be reviewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub node_id: Uuid,
    pub quarter: Quarter,
    pub reviewed_by: String,
    pub reviewed_at: DateTime<Utc>,
}

/// A reviewer's comment on one objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveComment {
    pub id: Uuid,
    pub objective_id: Uuid,
    pub author: String,
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// A comment given while marking a node reviewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewComment {
    pub objective_id: Uuid,
    pub text: String,
}

/// A quarter closed after its review: its objectives, key results, check-ins, comments
/// and review marks are refused changes until it is unlocked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarterLock {
    pub quarter: Quarter,
    pub locked_by: String,
    pub locked_at: DateTime<Utc>,
}
