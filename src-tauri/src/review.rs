//! Review offline, merge back, as the window reaches it: hand a node's part of the plan
//! out as a review copy, preview and merge a copy back, and tell whether the open file is
//! itself a review copy. Each method calls one [`cascade::review_copy`] function on the
//! open [`Session`]; the merge goes through [`Session::edit`].

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::CommandError;
use crate::session::Session;
use cascade::review_copy::{self, CopyMerge, HandoutReport, MergeChoices, MergeOutcome, MergeReport, ReviewInfo};
use cascade::Quarter;

type Result<T> = std::result::Result<T, CommandError>;

/// What a merge (or its preview) of several review copies did with each, in the order
/// given, and how it went as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CopiesMerge {
    pub copies: Vec<CopyMerge>,
    pub outcome: MergeOutcome,
}

impl CopiesMerge {
    fn of(copies: Vec<CopyMerge>) -> Self {
        let outcome = review_copy::outcome(&copies);
        CopiesMerge { copies, outcome }
    }
}

impl Session {
    /// Writes a review copy of `node_key`'s subtree for `quarters` to `out`.
    pub fn handout(&mut self, node_key: &str, quarters: &[Quarter], out: &Path) -> Result<HandoutReport> {
        // The plan is only read, but the core may record the plan's identity on the way.
        self.edit(|p| review_copy::handout(p, node_key, quarters, out))
    }

    /// `choices` with the report's conflicts and findings to be said in the window's language.
    fn in_my_lang(&self, choices: MergeChoices) -> MergeChoices {
        MergeChoices {
            lang: self.lang(),
            ..choices
        }
    }

    /// What merging `review` would do with every conflict kept as the plan's; the plan
    /// is left as it was.
    pub fn merge_preview(&mut self, review: &Path) -> Result<MergeReport> {
        let choices = self.in_my_lang(MergeChoices::default());
        Ok(review_copy::preview(self.plan_mut(), review, &choices)?)
    }

    /// Merges `review` into the plan in one transaction, taking the review's side for
    /// the conflicts named in `choices`.
    pub fn merge_review(&mut self, review: &Path, choices: &MergeChoices) -> Result<MergeReport> {
        let choices = self.in_my_lang(choices.clone());
        self.edit(|p| review_copy::merge(p, review, &choices))
    }

    /// Writes one review copy for each node under `under_key` of the level it hands out
    /// one each of (a division's teams) for `quarters` into the folder `dir`, named after
    /// their keys, with an index.
    pub fn handout_teams(&mut self, under_key: &str, quarters: &[Quarter], dir: &Path) -> Result<Vec<HandoutReport>> {
        self.edit(|p| review_copy::handout_each_under(p, under_key, quarters, dir))
    }

    /// What merging the `reviews` one after another would do, every conflict kept as the
    /// plan's; the plan is left as it was. A copy that would be refused says why.
    pub fn merge_preview_many(&mut self, reviews: &[PathBuf]) -> Result<CopiesMerge> {
        let choices = self.in_my_lang(MergeChoices::default());
        let copies = review_copy::preview_each(self.plan_mut(), reviews, &choices)?;
        Ok(CopiesMerge::of(copies))
    }

    /// Merges the `reviews` one after another, each in a transaction of its own, every
    /// conflict kept as the plan's; a refused copy does not stop the others.
    pub fn merge_reviews(&mut self, reviews: &[PathBuf]) -> Result<CopiesMerge> {
        let choices = self.in_my_lang(MergeChoices::default());
        let copies = self.edit(|p| Ok(review_copy::merge_each(p, reviews, &choices)))?;
        Ok(CopiesMerge::of(copies))
    }

    /// Of which plan, node and moment the open file is a review copy (`None`: a plan of
    /// its own).
    pub fn review_info(&mut self) -> Result<Option<ReviewInfo>> {
        Ok(self.plan_mut().review_info()?)
    }
}
