//! Marking a quarter's OKRs reviewed, commenting on objectives, and locking a quarter.
//!
//! The lock itself is kept by the plan file (triggers of schema migration 2 refuse every
//! change to a locked quarter's rows, whatever writes them); these functions only set
//! and clear it.

use crate::store::Tx;
use chrono::Utc;
use rusqlite::Connection;
use uuid::Uuid;

use super::{text, title, MAX_TEXT_CHARS};
use crate::store::{node as node_sql, objective_comment, quarter_lock, review as sql};
use crate::{Error, NewComment, ObjectiveComment, Plan, Quarter, QuarterLock, QuarterState, Result, Review};

/// Refuses a change to a locked quarter with the precise error: which quarter, who
/// locked it. Every edit function of objectives, key results, check-ins, comments and
/// review marks calls it before writing; the file's triggers back it up.
pub(crate) fn ensure_unlocked(c: &Connection, quarter: Quarter) -> Result<()> {
    match quarter_lock::get(c, quarter)? {
        Some(l) => Err(Error::QuarterLocked {
            quarter,
            locked_by: l.locked_by,
        }),
        None => Ok(()),
    }
}

/// A person's name for a review or a lock: it is shown to everyone later, so it is needed.
pub(crate) fn name(field: &'static str, who: &str) -> Result<String> {
    if who.trim().is_empty() {
        return Err(Error::invalid(
            field,
            who,
            crate::i18n::words::Words::new("why-name-empty"),
        ));
    }
    title(field, who)
}

/// Marks a node's OKRs (usually a team's) reviewed for a quarter, with comments on its
/// objectives. Marking again renews who and when and adds the new comments.
pub fn mark_reviewed(
    c: &Tx<'_>,
    node: Uuid,
    quarter: Quarter,
    reviewed_by: &str,
    comments: Vec<NewComment>,
) -> Result<Review> {
    let n = node_sql::get(c, node)?.ok_or_else(|| Error::not_found("node", "id", node))?;
    c.describe(
        crate::Words::new("history-review-mark")
            .with("name", &n.name)
            .with("quarter", quarter),
    );
    ensure_unlocked(c, quarter)?;
    let review = Review {
        node_id: node,
        quarter,
        reviewed_by: name("reviewed by", reviewed_by)?,
        reviewed_at: Utc::now(),
    };
    sql::upsert(c, &review)?;
    for m in comments {
        let o = super::objective::get(c, m.objective_id)?;
        if o.quarter != quarter {
            return Err(Error::invalid(
                "comment",
                o.key,
                crate::i18n::words::Words::new("why-comment-quarter")
                    .with("quarter", o.quarter)
                    .with("reviewed", quarter),
            ));
        }
        comment(c, m.objective_id, &review.reviewed_by, &m.text)?;
    }
    Ok(review)
}

/// Takes back a review mark; returns whether there was one. Comments stay.
pub fn unmark_reviewed(c: &Tx<'_>, node: Uuid, quarter: Quarter) -> Result<bool> {
    let n = node_sql::get(c, node)?.ok_or_else(|| Error::not_found("node", "id", node))?;
    c.describe(
        crate::Words::new("history-review-unmark")
            .with("name", &n.name)
            .with("quarter", quarter),
    );
    ensure_unlocked(c, quarter)?;
    sql::delete(c, node, quarter)
}

/// Adds a comment to an objective.
pub fn comment(c: &Tx<'_>, objective: Uuid, author: &str, body: &str) -> Result<ObjectiveComment> {
    let o = super::objective::get(c, objective)?;
    c.describe(crate::Words::new("history-comment-add").with("title", &o.title));
    ensure_unlocked(c, o.quarter)?;
    let m = ObjectiveComment {
        id: Uuid::now_v7(),
        objective_id: objective,
        author: name("author", author)?,
        text: comment_text(body)?,
        created_at: Utc::now(),
    };
    objective_comment::insert(c, &m)?;
    Ok(m)
}

/// A comment's text: something to read, trimmed, of a bounded length.
pub(crate) fn comment_text(body: &str) -> Result<String> {
    let body = text("comment", body.trim(), MAX_TEXT_CHARS)?;
    if body.is_empty() {
        return Err(Error::invalid(
            "comment",
            "",
            crate::i18n::words::Words::new("why-comment-empty"),
        ));
    }
    Ok(body)
}

pub fn delete_comment(c: &Tx<'_>, id: Uuid) -> Result<()> {
    let m = objective_comment::get(c, id)?.ok_or_else(|| Error::not_found("comment", "id", id))?;
    let o = super::objective::get(c, m.objective_id)?;
    c.describe(crate::Words::new("history-comment-delete").with("title", &o.title));
    ensure_unlocked(c, o.quarter)?;
    if objective_comment::delete(c, id)? {
        Ok(())
    } else {
        Err(Error::not_found("comment", "id", id))
    }
}

/// Locks a quarter. Locking a locked quarter changes nothing and returns its lock.
pub fn lock(c: &Tx<'_>, quarter: Quarter, locked_by: &str) -> Result<QuarterLock> {
    let locked_by = name("locked by", locked_by)?;
    c.describe(crate::Words::new("history-lock").with("quarter", quarter));
    if let Some(l) = quarter_lock::get(c, quarter)? {
        return Ok(l);
    }
    let l = QuarterLock {
        quarter,
        locked_by,
        locked_at: Utc::now(),
    };
    quarter_lock::insert(c, &l)?;
    Ok(l)
}

/// Unlocks a quarter; returns whether it was locked.
pub fn unlock(c: &Tx<'_>, quarter: Quarter) -> Result<bool> {
    c.describe(crate::Words::new("history-unlock").with("quarter", quarter));
    quarter_lock::delete(c, quarter)
}

impl Plan {
    /// Marks a node reviewed for a quarter. See [`mark_reviewed`].
    pub fn mark_reviewed(
        &mut self,
        node: Uuid,
        quarter: Quarter,
        reviewed_by: &str,
        comments: Vec<NewComment>,
    ) -> Result<Review> {
        self.transact(|tx| mark_reviewed(tx, node, quarter, reviewed_by, comments))
    }

    pub fn unmark_reviewed(&mut self, node: Uuid, quarter: Quarter) -> Result<bool> {
        self.transact(|tx| unmark_reviewed(tx, node, quarter))
    }

    pub fn comment_objective(&mut self, objective: Uuid, author: &str, text: &str) -> Result<ObjectiveComment> {
        self.transact(|tx| comment(tx, objective, author, text))
    }

    pub fn delete_comment(&mut self, id: Uuid) -> Result<()> {
        self.transact(|tx| delete_comment(tx, id))
    }

    /// Locks a quarter after its review. See [`lock`].
    pub fn lock_quarter(&mut self, quarter: Quarter, locked_by: &str) -> Result<QuarterLock> {
        self.transact(|tx| lock(tx, quarter, locked_by))
    }

    /// Unlocks a quarter; returns whether it was locked.
    pub fn unlock_quarter(&mut self, quarter: Quarter) -> Result<bool> {
        self.transact(|tx| unlock(tx, quarter))
    }

    /// The lock of a quarter, if it is locked.
    pub fn quarter_lock(&self, quarter: Quarter) -> Result<Option<QuarterLock>> {
        quarter_lock::get(self.conn(), quarter)
    }

    /// Every locked quarter, oldest first.
    pub fn quarter_locks(&self) -> Result<Vec<QuarterLock>> {
        quarter_lock::list(self.conn())
    }

    /// Review marks of one quarter, or of all.
    pub fn reviews(&self, quarter: Option<Quarter>) -> Result<Vec<Review>> {
        sql::list(self.conn(), quarter)
    }

    /// Comments on the objectives of one quarter, or of all, oldest first.
    pub fn comments(&self, quarter: Option<Quarter>) -> Result<Vec<ObjectiveComment>> {
        objective_comment::list(self.conn(), quarter)
    }

    /// Where a quarter stands: lock, reviews, comments, check-ins and scores, read in one
    /// read transaction so they agree.
    pub fn quarter_state(&mut self, quarter: Quarter) -> Result<QuarterState> {
        use crate::store::{key_result, node, objective, setting};
        let q = quarter.to_string();
        self.read(|c| {
            let snapshot = crate::Snapshot {
                settings: setting::get(c)?,
                nodes: node::list(c)?,
                objectives: objective::list(c, Some(quarter))?,
                key_results: key_result::list(c, Some(&q))?,
            };
            Ok(QuarterState {
                quarter,
                lock: quarter_lock::get(c, quarter)?,
                reviews: sql::list(c, Some(quarter))?,
                comments: objective_comment::list(c, Some(quarter))?,
                checkins: crate::store::checkin::list(c, Some(&q))?,
                scores: crate::measure::score::scores(&snapshot, Some(quarter)),
                met_at: Default::default(),
            })
        })
    }
}
