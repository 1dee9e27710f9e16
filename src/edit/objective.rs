//! Adding, changing, linking and deleting objectives.

use crate::store::Tx;
use chrono::Utc;
use rusqlite::Connection;
use uuid::Uuid;

use super::review::ensure_unlocked;
use super::{text, title, MAX_TEXT_CHARS};
use crate::model::key;
use crate::store::{key_result as kr_sql, node as node_sql, objective as sql};
use crate::{Error, NewObjective, Objective, ObjectivePatch, Plan, Quarter, Result};

pub fn get(c: &Connection, id: Uuid) -> Result<Objective> {
    sql::get(c, id)?.ok_or_else(|| Error::not_found("objective", "id", id))
}

pub fn get_by_key(c: &Connection, k: &str) -> Result<Objective> {
    sql::get_by_key(c, k.trim())?.ok_or_else(|| Error::not_found("objective", "key", k))
}

/// Refuses a link to a missing objective, to itself, or one that would close a cycle.
pub(crate) fn check_link(c: &Connection, child: &Objective, parent_id: Uuid) -> Result<()> {
    let parent = get(c, parent_id)?;
    let mut path = vec![parent.key.clone()];
    let mut at = Some(parent_id);
    while let Some(id) = at {
        if id == child.id {
            path.push(child.key.clone());
            return Err(Error::Cycle {
                child: child.key.clone(),
                parent: parent.key,
                path: format!("{} → {}", child.key, path.join(" → ")),
            });
        }
        at = sql::parent_of(c, id)?;
        if let Some(next) = at {
            if path.len() < 50 {
                path.push(get(c, next)?.key);
            }
        }
    }
    Ok(())
}

/// A key for a new objective: the owner's key and quarter, numbered (`cskh-2026q4-1`).
fn new_key(c: &Connection, owner: Uuid, owner_key: &str, quarter: Quarter) -> Result<String> {
    let base = format!("{owner_key}-{}q{}", quarter.year(), quarter.number());
    // Start after the owner's count in the quarter: usually free at once.
    let start = sql::count_owned_in(c, owner, quarter)? + 1;
    for n in start.. {
        let k = format!("{base}-{n}");
        if !sql::key_exists(c, &k)? {
            return Ok(k);
        }
    }
    unreachable!("some number is always free")
}

pub fn add(c: &Tx<'_>, new: NewObjective) -> Result<Objective> {
    let owner = node_sql::get(c, new.owner_id)?.ok_or_else(|| Error::not_found("owner", "id", new.owner_id))?;
    ensure_unlocked(c, new.quarter)?;
    let title = title("title", &new.title)?;
    c.describe(crate::Words::new("history-objective-add").with("title", &title));
    let key = match new.key.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) => {
            let k = key::validate("key", k)?;
            if sql::key_exists(c, &k)? {
                return Err(Error::DuplicateKey {
                    what: "objective",
                    key: k,
                });
            }
            k
        }
        None => new_key(c, owner.id, &owner.key, new.quarter)?,
    };
    let now = Utc::now();
    let o = Objective {
        id: Uuid::now_v7(),
        key,
        quarter: new.quarter,
        owner_id: owner.id,
        title,
        description: text("description", &new.description, MAX_TEXT_CHARS)?,
        parent_id: None,
        carried_from: None,
        commitment: new.commitment,
        created_at: now,
        updated_at: now,
    };
    if let Some(p) = new.parent_id {
        check_link(c, &o, p)?;
    }
    let o = Objective {
        parent_id: new.parent_id,
        ..o
    };
    sql::insert(c, &o)?;
    Ok(o)
}

pub fn update(c: &Tx<'_>, id: Uuid, patch: ObjectivePatch) -> Result<Objective> {
    let mut o = get(c, id)?;
    c.describe(crate::Words::new("history-objective-edit").with("title", &o.title));
    ensure_unlocked(c, o.quarter)?;
    if let Some(k) = patch.key {
        let k = key::validate("key", &k)?;
        if k != o.key && sql::key_exists(c, &k)? {
            return Err(Error::DuplicateKey {
                what: "objective",
                key: k,
            });
        }
        o.key = k;
    }
    if let Some(t) = patch.title {
        o.title = title("title", &t)?;
    }
    if let Some(d) = patch.description {
        o.description = text("description", &d, MAX_TEXT_CHARS)?;
    }
    if let Some(m) = patch.commitment {
        o.commitment = m;
    }
    o.updated_at = Utc::now();
    sql::update(c, &o)?;
    Ok(o)
}

/// Links an objective to the one it supports, or unlinks it with `None`. Only a missing
/// parent and a cycle are refused here; a link the checks would flag (another branch,
/// another quarter) is allowed and reported by them, so the user can see and fix it.
pub fn link(c: &Tx<'_>, id: Uuid, parent: Option<Uuid>) -> Result<Objective> {
    let mut o = get(c, id)?;
    c.describe(crate::Words::new("history-objective-link").with("title", &o.title));
    ensure_unlocked(c, o.quarter)?;
    if let Some(p) = parent {
        check_link(c, &o, p)?;
    }
    o.parent_id = parent;
    o.updated_at = Utc::now();
    sql::update(c, &o)?;
    Ok(o)
}

/// Moves an objective to another owner or quarter (its links are kept and checked).
pub fn reassign(c: &Tx<'_>, id: Uuid, owner: Uuid, quarter: Quarter) -> Result<Objective> {
    let mut o = get(c, id)?;
    c.describe(crate::Words::new("history-objective-move").with("title", &o.title));
    node_sql::get(c, owner)?.ok_or_else(|| Error::not_found("owner", "id", owner))?;
    ensure_unlocked(c, o.quarter)?;
    ensure_unlocked(c, quarter)?;
    o.owner_id = owner;
    o.quarter = quarter;
    o.updated_at = Utc::now();
    sql::update(c, &o)?;
    Ok(o)
}

/// Deletes an objective and its key results. Objectives that supported it are unlinked
/// (the checks then show them as orphans); returns how many were unlinked.
pub fn delete(c: &Tx<'_>, id: Uuid) -> Result<usize> {
    let o = get(c, id)?;
    c.describe(crate::Words::new("history-objective-delete").with("title", &o.title));
    ensure_unlocked(c, o.quarter)?;
    let unlinked = sql::unlink_children(c, id, Utc::now())?;
    kr_sql::delete_for(c, id)?;
    sql::delete(c, id)?;
    Ok(unlinked)
}

/// Adds an objective together with its key results (from a template), all or nothing.
/// Each key result's `objective_id` is set to the new objective's.
pub fn add_with_key_results(
    c: &Tx<'_>,
    new: NewObjective,
    key_results: Vec<crate::NewKeyResult>,
) -> Result<(Objective, Vec<crate::KeyResult>)> {
    let o = add(c, new)?;
    let krs = key_results
        .into_iter()
        .map(|kr| {
            super::key_result::add(
                c,
                crate::NewKeyResult {
                    objective_id: o.id,
                    ..kr
                },
            )
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((o, krs))
}

impl Plan {
    /// Adds an objective. See [`add`].
    pub fn add_objective(&mut self, new: NewObjective) -> Result<Objective> {
        self.transact(|tx| add(tx, new))
    }

    /// Adds an objective with its key results in one transaction. See [`add_with_key_results`].
    pub fn add_objective_with_key_results(
        &mut self,
        new: NewObjective,
        key_results: Vec<crate::NewKeyResult>,
    ) -> Result<(Objective, Vec<crate::KeyResult>)> {
        self.transact(|tx| add_with_key_results(tx, new, key_results))
    }

    pub fn update_objective(&mut self, id: Uuid, patch: ObjectivePatch) -> Result<Objective> {
        self.transact(|tx| update(tx, id, patch))
    }

    /// Links (or with `None` unlinks) an objective. See [`link`].
    pub fn link_objective(&mut self, id: Uuid, parent: Option<Uuid>) -> Result<Objective> {
        self.transact(|tx| link(tx, id, parent))
    }

    pub fn reassign_objective(&mut self, id: Uuid, owner: Uuid, quarter: Quarter) -> Result<Objective> {
        self.transact(|tx| reassign(tx, id, owner, quarter))
    }

    /// Deletes an objective; returns how many supporting objectives were unlinked.
    pub fn delete_objective(&mut self, id: Uuid) -> Result<usize> {
        self.transact(|tx| delete(tx, id))
    }

    pub fn objective(&self, id: Uuid) -> Result<Objective> {
        get(self.conn(), id)
    }

    pub fn objective_by_key(&self, key: &str) -> Result<Objective> {
        get_by_key(self.conn(), key)
    }

    /// Objectives of one quarter, or of all with `None`.
    pub fn objectives(&self, quarter: Option<Quarter>) -> Result<Vec<Objective>> {
        sql::list(self.conn(), quarter)
    }

    /// Quarters that hold objectives, oldest first.
    pub fn quarters(&self) -> Result<Vec<Quarter>> {
        sql::quarters(self.conn())
    }
}
