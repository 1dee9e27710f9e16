//! Review offline, merge back, as the window reaches it: hand a node's part of the plan
//! out as a review copy, preview and merge a copy back, and tell whether the open file is
//! itself a review copy. Each method calls one [`cascade::review_copy`] function on the
//! open [`Session`]; the merge goes through [`Session::edit`].

use std::path::Path;

use crate::error::CommandError;
use crate::session::Session;
use cascade::review_copy::{self, HandoutReport, MergeChoices, MergeReport, ReviewInfo};
use cascade::Quarter;

type Result<T> = std::result::Result<T, CommandError>;

impl Session {
    /// Writes a review copy of `node_key`'s subtree for `quarters` to `out`.
    pub fn handout(&mut self, node_key: &str, quarters: &[Quarter], out: &Path) -> Result<HandoutReport> {
        // The plan is only read, but the core may record the plan's identity on the way.
        self.edit(|p| review_copy::handout(p, node_key, quarters, out))
    }

    /// What merging `review` would do with every conflict kept as the plan's; the plan
    /// is left as it was.
    pub fn merge_preview(&mut self, review: &Path) -> Result<MergeReport> {
        Ok(review_copy::preview(self.plan_mut(), review, &MergeChoices::default())?)
    }

    /// Merges `review` into the plan in one transaction, taking the review's side for
    /// the conflicts named in `choices`.
    pub fn merge_review(&mut self, review: &Path, choices: &MergeChoices) -> Result<MergeReport> {
        self.edit(|p| review_copy::merge(p, review, choices))
    }

    /// Of which plan, node and moment the open file is a review copy (`None`: a plan of
    /// its own).
    pub fn review_info(&mut self) -> Result<Option<ReviewInfo>> {
        Ok(self.plan_mut().review_info()?)
    }
}
