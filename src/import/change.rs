//! The change an import makes, decided by [`super::validate`] and [`super::history`]
//! and written by [`super::apply`].

use uuid::Uuid;

use super::key_results::HeldKeyResult;
use crate::{CheckIn, KeyResult, Node, Objective, ObjectiveComment, QuarterLock, Review, Settings};

/// The change an import makes, ready to write: new rows (nodes parents first; objectives
/// in file order, their links checked at commit), changed rows, and the key results to
/// add, update in place and remove (see [`super::key_results`]).
#[derive(Debug, Default)]
pub(crate) struct Change {
    pub new_nodes: Vec<Node>,
    pub changed_nodes: Vec<Node>,
    pub new_objectives: Vec<Objective>,
    pub changed_objectives: Vec<Objective>,
    pub new_key_results: Vec<KeyResult>,
    pub changed_key_results: Vec<KeyResult>,
    pub removed_key_results: Vec<Uuid>,
    /// Key results of the file that are the plan's exactly.
    pub unchanged_key_results: usize,
    /// Key results whose check-ins kept their current value over the file's.
    pub currents_kept: usize,
    /// Check-ins that go with the removed key results.
    pub checkins_removed: usize,
    /// Removed key results that hold check-ins or a score: the import is refused unless
    /// the caller asked to delete them.
    pub held: Vec<HeldKeyResult>,
    /// Objectives whose key results the file lists.
    pub objectives_with_key_results: usize,
    pub settings: Option<Settings>,
    /// Check-ins to add, with the key of their key result (resolved when written).
    pub checkins: Vec<(String, CheckIn)>,
    pub reviews: Vec<Review>,
    pub comments: Vec<ObjectiveComment>,
    /// Written last: a locked quarter refuses every other write.
    pub locks: Vec<QuarterLock>,
}

impl Change {
    /// Whether the import would write nothing at all (the same files again).
    pub fn is_empty(&self) -> bool {
        self.new_nodes.is_empty()
            && self.changed_nodes.is_empty()
            && self.new_objectives.is_empty()
            && self.changed_objectives.is_empty()
            && self.new_key_results.is_empty()
            && self.changed_key_results.is_empty()
            && self.removed_key_results.is_empty()
            && self.settings.is_none()
            && self.checkins.is_empty()
            && self.reviews.is_empty()
            && self.comments.is_empty()
            && self.locks.is_empty()
    }
}
