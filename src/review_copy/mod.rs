//! Review offline, merge back: hand a part of the plan to a manager as a file of its own,
//! and bring their changes home without losing a word.
//!
//! A **review copy** ([`handout`]) is an ordinary plan file holding one node's subtree
//! (which the reviewer may change), with the node's ancestors and the objectives they
//! need to see as read-only context. It records which plan it was taken from (the plan's
//! `plan_id`), what it covers, and the **base**: every row it holds, as it was at
//! hand-out. In the copy, triggers refuse any change outside the subtree
//! ([`crate::Error::OutsideReview`]).
//!
//! **Merging back** ([`merge`]) is a three-way merge per table, row and field between the
//! base, the copy now ("theirs") and the plan now ("ours"). Comparing states instead of
//! keeping a change log means no write of the plan or of the copy has to record anything,
//! a copy edited by any program (even sqlite3) is judged by what it holds, tampering
//! outside the subtree is found by comparing the copy with its base, and merging the same
//! copy twice changes nothing the second time. Tables and columns are read generically
//! (`SELECT *`), so content added by later migrations is handed out and merged too.

mod handout;
mod merge;
mod scope;
mod text;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use handout::{handout, handout_each, handout_each_under, INDEX_FILE};
pub use merge::{merge, merge_each, preview, preview_each};
pub use text::{copies_summary, copy_lines};

use crate::checks::Finding;
use crate::store::meta;
use crate::{Error, Plan, Quarter, Result};

/// Keys of a review copy's `plan_meta` rows (besides [`meta::REVIEW_OF`] and
/// [`meta::REVIEW_NODE_NAME`]).
mod key {
    pub const NODE_ID: &str = "review_node_id";
    pub const NODE_KEY: &str = "review_node_key";
    pub const QUARTERS: &str = "review_quarters";
    pub const TAKEN_AT: &str = "review_taken_at";
    pub const PLAN_FILE: &str = "review_plan_file";
    /// table → row key → column → value, as handed out.
    pub const BASE: &str = "review_base";
    /// `[table, row key, column]` of links cleared in the copy because they pointed at
    /// rows it does not hold; those cells are never merged.
    pub const DETACHED: &str = "review_detached";
}

/// What a review copy is: of which plan, for whom, from when.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ReviewInfo {
    /// The `plan_id` of the plan it was handed out from.
    pub plan_id: Uuid,
    pub node_id: Uuid,
    pub node_key: String,
    pub node_name: String,
    /// The quarters whose objectives it holds.
    pub quarters: Vec<Quarter>,
    pub taken_at: DateTime<Utc>,
    /// The plan's file name at hand-out, to tell the reviewer where it came from.
    pub plan_file: String,
}

/// What [`handout`] wrote.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HandoutReport {
    pub path: String,
    pub review: ReviewInfo,
    /// Nodes the reviewer may change: the node and everyone under it.
    pub nodes: usize,
    /// Nodes shown for context only (ancestors, owners of linked objectives).
    pub context_nodes: usize,
    /// Objectives the reviewer may change.
    pub objectives: usize,
    /// Objectives shown for context only.
    pub context_objectives: usize,
}

/// Which side a merged value came from.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Side {
    /// The plan's value (kept).
    Ours,
    /// The review's value (taken).
    Theirs,
}

/// How a row was changed by a merge.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ChangeKind {
    Added,
    Changed,
    Deleted,
}

/// One row the merge changed in the plan.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// `node`, `objective`, `key_result`, …
    pub table: String,
    pub row_id: String,
    /// The row's key (or title, or id): what people call it.
    pub row: String,
    pub kind: ChangeKind,
    /// The fields set from the review (for `changed`).
    pub fields: Vec<String>,
}

/// Why a conflict arose.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ConflictKind {
    /// The field was changed differently in the plan and in the review.
    BothChanged,
    /// The review changed the row; the plan deleted it.
    DeletedInPlan,
    /// The review deleted the row; the plan changed it (or added under it).
    DeletedInReview,
    /// The review added a row whose key (or other unique value) the plan now uses.
    KeyTaken,
    /// The review's value links to a row the plan no longer has.
    MissingLink,
    /// The plan refused the review's value (a rule of the plan file).
    Refused,
}

/// One thing the plan and the review disagree on. The plan's side is kept unless the
/// conflict's [`reference`](Conflict::reference) is in [`MergeChoices::take_theirs`].
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    /// `table/row/field` (`row` is the row's key, or its id when it has none; `field` is
    /// `row` for a conflict about the whole row): what to pass to choose the review's side.
    pub reference: String,
    pub table: String,
    pub row_id: String,
    pub row: String,
    /// `None` when the conflict is about the whole row.
    pub field: Option<String>,
    pub kind: ConflictKind,
    /// The value at hand-out (`None`: the row did not exist, or the value was empty).
    pub base: Option<String>,
    /// The plan's value (`None`: deleted or empty).
    pub ours: Option<String>,
    /// The review's value (`None`: deleted or empty).
    pub theirs: Option<String>,
    /// The side the plan now holds.
    pub kept: Side,
    /// Plain language: what happened and what was kept.
    pub message: String,
}

/// The reviewer's side to take for some conflicts (every other conflict keeps the plan's).
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MergeChoices {
    /// [`Conflict::reference`]s (the row may also be named by its id).
    pub take_theirs: Vec<String>,
    /// The language of the report's conflicts and findings: the caller's (the window's,
    /// or `okr --lang`), not the reviewer's.
    #[serde(skip)]
    #[ts(skip)]
    pub lang: crate::Lang,
}

/// What [`merge`] did.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MergeReport {
    pub review: ReviewInfo,
    /// Rows of the plan changed by the merge.
    pub changes: Vec<Change>,
    pub conflicts: Vec<Conflict>,
    /// Findings of the checks that the merge brought.
    pub findings_new: Vec<Finding>,
    /// Findings the merge made go away.
    pub findings_resolved: Vec<Finding>,
    /// Choices that named no conflict of this merge (probably mistyped).
    pub unmatched_choices: Vec<String>,
}

/// What [`merge_each`] did with one copy: merged (with its report) or refused (why).
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CopyMerge {
    /// The copy's file, as given.
    pub path: String,
    /// The merge's report, when the copy was merged.
    pub report: Option<MergeReport>,
    /// Why the copy was refused (the plan unchanged by it), when it was.
    pub refused: Option<Refusal>,
}

/// Why a copy was not merged: the error's stable code and its message.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Refusal {
    pub code: crate::ErrorCode,
    pub message: String,
}

/// How a run of [`merge_each`] went, as a whole.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum MergeOutcome {
    /// Every copy merged, without conflicts.
    Merged,
    /// Every copy merged; some had conflicts (the plan's side kept).
    MergedWithConflicts,
    /// Some copies were refused; the others merged.
    SomeRefused,
}

/// The outcome of a run over several copies: any refusal first, then any conflict.
pub fn outcome(copies: &[CopyMerge]) -> MergeOutcome {
    if copies.iter().any(|c| c.refused.is_some()) {
        MergeOutcome::SomeRefused
    } else if copies
        .iter()
        .filter_map(|c| c.report.as_ref())
        .any(|r| !r.conflicts.is_empty())
    {
        MergeOutcome::MergedWithConflicts
    } else {
        MergeOutcome::Merged
    }
}

/// The state of a review copy at hand-out: table → row key → row.
type Base = BTreeMap<String, BTreeMap<String, crate::store::rows::Row>>;

impl Plan {
    /// The plan's identity: set when it is created, kept by copies of the file (a
    /// backup is the same plan), and new for every review copy.
    pub fn plan_id(&self) -> Result<Uuid> {
        plan_id(self.conn())
    }

    /// What this file is a review copy of, or `None` for a plan of its own.
    pub fn review_info(&self) -> Result<Option<ReviewInfo>> {
        read_info(self.conn())
    }

    /// In a review copy, the nodes the reviewer may change (the reviewed node, everyone
    /// under it, and anyone added under them), so the app can show the rest as context;
    /// `None` for a plan of its own.
    pub fn review_scope(&self) -> Result<Option<Vec<Uuid>>> {
        if meta::get(self.conn(), meta::REVIEW_OF)?.is_none() {
            return Ok(None);
        }
        meta::scope(self.conn()).map(Some)
    }
}

/// The plan's own id, which its review copies carry.
fn plan_id(c: &rusqlite::Connection) -> Result<Uuid> {
    let id = meta::get(c, meta::PLAN_ID)?.ok_or_else(|| Error::Damaged("the plan has no id".into()))?;
    Uuid::parse_str(&id).map_err(|e| Error::Damaged(format!("the plan's id \"{id}\" is not an id: {e}")))
}

fn read_info(c: &rusqlite::Connection) -> Result<Option<ReviewInfo>> {
    let Some(of) = meta::get(c, meta::REVIEW_OF)? else {
        return Ok(None);
    };
    let damaged = |what: &str| Error::Damaged(format!("the review copy's record of {what} is unreadable"));
    let get = |name: &str| -> Result<String> { Ok(meta::get(c, name)?.unwrap_or_default()) };
    Ok(Some(ReviewInfo {
        plan_id: Uuid::parse_str(&of).map_err(|_| damaged("its plan"))?,
        node_id: Uuid::parse_str(&get(key::NODE_ID)?).map_err(|_| damaged("its node"))?,
        node_key: get(key::NODE_KEY)?,
        node_name: meta::reviewed_node_name(c)?,
        quarters: serde_json::from_str(&get(key::QUARTERS)?).map_err(|_| damaged("its quarters"))?,
        taken_at: DateTime::parse_from_rfc3339(&get(key::TAKEN_AT)?)
            .map_err(|_| damaged("its date"))?
            .with_timezone(&Utc),
        plan_file: get(key::PLAN_FILE)?,
    }))
}

#[cfg(test)]
mod tests {
    use ts_rs::{Config, TS};

    use super::*;

    #[test]
    fn the_app_sees_camel_case_types() {
        let cfg = Config::new().with_large_int("number");
        let report = MergeReport::decl(&cfg);
        for field in [
            "findingsNew: Array<Finding>",
            "findingsResolved",
            "conflicts: Array<Conflict>",
        ] {
            assert!(report.contains(field), "{report}");
        }
        let conflict = Conflict::decl(&cfg);
        for field in [
            "reference: string",
            "rowId: string",
            "ours: string | null",
            "kept: Side",
        ] {
            assert!(conflict.contains(field), "{conflict}");
        }
        assert!(MergeChoices::decl(&cfg).contains("takeTheirs: Array<string>"));
        assert!(ReviewInfo::decl(&cfg).contains("takenAt: string"));
        assert!(HandoutReport::decl(&cfg).contains("contextObjectives: number"));
        let kind = serde_json::to_string(&ConflictKind::DeletedInReview).unwrap();
        assert_eq!(kind, "\"deletedInReview\"");
    }

    #[test]
    fn a_plan_made_in_memory_has_an_identity_and_is_no_review() {
        let p = Plan::in_memory().unwrap();
        assert_eq!(p.plan_id().unwrap().get_version_num(), 4);
        assert_eq!(p.review_info().unwrap(), None);
    }
}
