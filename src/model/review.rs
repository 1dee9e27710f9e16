//! The end of a quarter: teams marked reviewed, reviewers' comments, and locked quarters.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::measure::score::ObjectiveScore;
use crate::{CheckIn, Quarter};

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

/// Where one quarter stands in its life, read at once for the app's views and reports:
/// the lock, the review marks and comments, every check-in and every score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarterState {
    pub quarter: Quarter,
    pub lock: Option<QuarterLock>,
    pub reviews: Vec<Review>,
    /// Oldest first.
    pub comments: Vec<ObjectiveComment>,
    /// Grouped by key result, each oldest first.
    pub checkins: Vec<CheckIn>,
    /// One per objective of the quarter, in the snapshot's order (by key).
    pub scores: Vec<ObjectiveScore>,
}

#[cfg(test)]
mod tests {
    use ts_rs::{Config, TS};

    use crate::measure::score::ObjectiveScore;
    use crate::view::diff::QuarterDiff;
    use crate::{CheckIn, KeyResultPatch, NewCheckIn};

    /// The app's TypeScript types come from these; their fields must be camelCase and
    /// dates plain strings, as serde writes them.
    #[test]
    fn typescript_declarations_match_the_json() {
        let cfg = Config::new();
        let decls = [
            CheckIn::decl(&cfg),
            NewCheckIn::decl(&cfg),
            super::QuarterState::decl(&cfg),
            ObjectiveScore::decl(&cfg),
            QuarterDiff::decl(&cfg),
            KeyResultPatch::decl(&cfg),
        ];
        let all = decls.join("\n");
        for field in [
            "keyResultId: string",
            "date: string",
            "recordedAt: string",
            "confidence: Confidence | null",
            "missToReview: boolean",
            "carriedOver: Array<Carried>",
            "lock: QuarterLock | null",
            "score?: number | null",
        ] {
            assert!(all.contains(field), "{field} not in\n{all}");
        }
        assert!(!all.contains("key_result_id"), "{all}");
    }
}
