//! The plan's history: every change that went through the door, who made it and where,
//! what it was in words, and every row and field before and after — and undo and redo.
//!
//! What changed is kept as SQLite's session extension records it: a changeset of each
//! transaction, which SQLite itself can invert and apply. Undo applies the inverse inside
//! one transaction of the door and refuses, changing nothing, when a row is no longer as
//! the change left it (someone changed it since); redo applies the change again. A first
//! import into an empty plan is recorded as a fill, without row-by-row records (they would
//! double the plan file): undoing it empties the plan again, which is exactly the state
//! before it, and records what re-filling takes.

pub mod view;

use crate::i18n::words::Words;
use crate::store::history::{self as sql, ClashKind, Stored};
use crate::store::{Mode, Tx};
use crate::{Error, Plan, Result};

pub use view::{FieldChange, HistoryEntry, HistoryFilter, RowAction, RowChange};

/// An entry undone or redone.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: i64,
    what: serde_json::Value,
}

impl Step {
    /// What the entry was, in `lang` ("delete objective 'Giảm thời gian chờ'").
    pub fn what(&self, lang: crate::Lang) -> String {
        crate::i18n::words::say_stored(lang, &self.what)
    }

    /// "Undone: …" or "Redone: …" in `lang`.
    pub fn said(&self, lang: crate::Lang, redo: bool) -> String {
        Words::new(if redo { "history-redone" } else { "history-undone" })
            .with_stored("what", self.what.clone())
            .say(lang)
    }
}

fn what_of(e: &Stored) -> serde_json::Value {
    serde_json::from_str(&e.what).unwrap_or_else(|_| serde_json::Value::String(e.what.clone()))
}

impl Plan {
    /// Undoes the newest change in effect, from any door (`okr undo`).
    pub fn undo(&mut self) -> Result<Step> {
        self.undo_among(None)
    }

    /// Redoes the change undone last, from any door (`okr redo`).
    pub fn redo(&mut self) -> Result<Step> {
        self.redo_among(None)
    }

    /// Undoes this handle's newest change in effect (a window's Ctrl+Z).
    pub fn undo_own(&mut self) -> Result<Step> {
        let own = self.own_entries().to_vec();
        self.undo_among(Some(&own))
    }

    /// Redoes this handle's change undone last (a window's Ctrl+Shift+Z).
    pub fn redo_own(&mut self) -> Result<Step> {
        let own = self.own_entries().to_vec();
        self.redo_among(Some(&own))
    }

    /// What Undo and Redo would take back or do again now, for menu items that name it:
    /// this handle's own changes when `own`, else anyone's.
    pub fn undo_redo_labels(&mut self, own: bool, lang: crate::Lang) -> Result<(Option<String>, Option<String>)> {
        let ids = own.then(|| self.own_entries().to_vec());
        self.read(|c| {
            let label = |e: Option<Stored>, id: &'static str| {
                e.map(|e| Words::new(id).with_stored("what", what_of(&e)).say(lang))
            };
            Ok((
                label(sql::latest_in_effect(c, ids.as_deref())?, "history-undo-label"),
                label(sql::latest_redoable(c, ids.as_deref())?, "history-redo-label"),
            ))
        })
    }

    fn undo_among(&mut self, among: Option<&[i64]>) -> Result<Step> {
        let by = self.actor().who.clone();
        self.run_change(
            |tx| {
                let e = sql::latest_in_effect(tx, among)?.ok_or(Error::NothingToUndo { redo: false })?;
                if e.fill {
                    unfill(tx, &e)?;
                } else {
                    let changes = sql::changes(tx, e.id)?;
                    ensure_untouched_since(tx, &e, &changes, false)?;
                    if let Some(clash) = sql::apply(tx, &changes, true)? {
                        return Err(refusal(tx, &e, &changes, clash, false));
                    }
                }
                sql::mark_undone(tx, e.id, &sql::now(), &by)?;
                Ok(Step {
                    id: e.id,
                    what: what_of(&e),
                })
            },
            Mode::Quiet,
        )
    }

    fn redo_among(&mut self, among: Option<&[i64]>) -> Result<Step> {
        self.run_change(
            |tx| {
                let e = sql::latest_redoable(tx, among)?.ok_or(Error::NothingToUndo { redo: true })?;
                let changes = sql::changes(tx, e.id)?;
                ensure_untouched_since(tx, &e, &changes, true)?;
                if let Some(clash) = sql::apply(tx, &changes, false)? {
                    return Err(refusal(tx, &e, &changes, clash, true));
                }
                sql::mark_redone(tx, e.id)?;
                Ok(Step {
                    id: e.id,
                    what: what_of(&e),
                })
            },
            Mode::Quiet,
        )
    }

    /// Removes the history entries made before `before` (a date or an RFC 3339 time);
    /// returns how many. The plan itself does not change.
    pub fn prune_history(&mut self, before: &str) -> Result<usize> {
        self.run_change(|tx| sql::prune(tx, before), Mode::Quiet)
    }

    /// How many days of history the plan keeps (entries older go as new ones come).
    pub fn history_days(&mut self) -> Result<u32> {
        self.read(sql::keep_days)
    }

    /// Sets how many days of history the plan keeps (0: keep all).
    pub fn set_history_days(&mut self, days: u32) -> Result<()> {
        self.transact(|tx| {
            tx.describe(Words::new("history-keep-days").with("days", days));
            sql::set_keep_days(tx, days)
        })
    }
}

/// Empties the plan that entry `e` filled, recording the emptying so that redo can fill
/// it again. Refused when a later change is still in effect: it was made on the filled
/// plan, and emptying would take it too.
fn unfill(tx: &Tx<'_>, e: &Stored) -> Result<()> {
    if let Some(later) = sql::later_in_effect(tx, e.id)?.into_iter().next() {
        return Err(blocked(e, Some(&later), false));
    }
    let mut recorder = sql::recorder(tx, sql::RECORDED)?;
    let changes = sql::changes(tx, e.id)?;
    if let Some(clash) = sql::apply(tx, &changes, true)? {
        drop(recorder);
        return Err(refusal(tx, e, &changes, clash, false));
    }
    sql::empty_plan(tx)?;
    let emptied = sql::changes_of(&mut recorder)?;
    drop(recorder);
    let mut refill = Vec::new();
    rusqlite::session::invert_strm(&mut &emptied[..], &mut refill)?;
    sql::fill_becomes_change(tx, e.id, &refill)
}

/// Refuses to undo or redo `e` when a change made after it, and still in effect, changed
/// one of the same rows: taking `e` back would take part of that change too, or silently
/// mix the two. Rows are compared whole (table and primary key), not field by field.
fn ensure_untouched_since(tx: &Tx<'_>, e: &Stored, changes: &[u8], redo: bool) -> Result<()> {
    let mut ours = std::collections::HashSet::new();
    sql::each_op(changes, |o| {
        ours.insert((o.table.clone(), format!("{:?}", o.pk())));
        Ok(())
    })?;
    for later in sql::later_in_effect(tx, e.id)? {
        let mut hit = later.fill;
        sql::each_op(&sql::changes(tx, later.id)?, |o| {
            hit = hit || ours.contains(&(o.table.clone(), format!("{:?}", o.pk())));
            Ok(())
        })?;
        if hit {
            return Err(blocked(e, Some(&later), redo));
        }
    }
    Ok(())
}

fn blocked(e: &Stored, later: Option<&Stored>, redo: bool) -> Error {
    Error::UndoBlocked {
        redo,
        what: what_of(e),
        later: later.map(|l| {
            (
                what_of(l),
                l.who.clone(),
                l.at.chars().take(16).collect::<String>().replace('T', " "),
            )
        }),
    }
}

/// The error for an undo or redo that could not apply: a locked quarter says so as every
/// edit does; otherwise the later change that touched the same rows is named.
fn refusal(tx: &Tx<'_>, e: &Stored, changes: &[u8], clash: ClashKind, redo: bool) -> Error {
    if clash == ClashKind::Refused {
        let locked: bool = tx
            .query_row("SELECT EXISTS (SELECT 1 FROM quarter_lock)", [], |r| r.get(0))
            .unwrap_or(false);
        if locked {
            return Error::LockedQuarters { locked: String::new() };
        }
    }
    match standing_in_the_way(tx, e, changes) {
        Ok(later) => blocked(e, later.as_ref(), redo),
        Err(err) => err,
    }
}

/// The first change in effect made after `e` whose rows refer to one `e` changed (a key
/// result added since under an objective whose adding is undone). A later change of the
/// very same rows was refused before applying ([`ensure_untouched_since`]).
fn standing_in_the_way(tx: &Tx<'_>, e: &Stored, changes: &[u8]) -> Result<Option<Stored>> {
    let later = sql::later_in_effect(tx, e.id)?;
    let mut ours = std::collections::HashSet::new();
    sql::each_op(changes, |o| {
        for v in o.pk() {
            match v {
                rusqlite::types::Value::Text(t) => {
                    ours.insert(t.into_bytes());
                }
                rusqlite::types::Value::Blob(b) => {
                    ours.insert(b);
                }
                _ => {}
            }
        }
        Ok(())
    })?;
    for l in &later {
        let mut hit = false;
        sql::each_op(&sql::changes(tx, l.id)?, |o| {
            hit |= o.words().any(|t| ours.contains(t));
            Ok(())
        })?;
        if hit {
            return Ok(Some(l.clone()));
        }
    }
    Ok(None)
}
