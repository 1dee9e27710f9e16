//! Where one quarter stands in its life, read at once: what the app's review screens and
//! the report show of a quarter's end.

use serde::{Deserialize, Serialize};

use crate::measure::score::{MetAt, ObjectiveScore};
use crate::{CheckIn, ObjectiveComment, Quarter, QuarterLock, Review};

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
    /// The score at which an objective counts as met, by commitment.
    #[serde(default)]
    pub met_at: MetAt,
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
