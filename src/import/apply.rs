//! Writes a validated import in one transaction, many rows per statement.

use crate::store::Tx;
use rusqlite::Connection;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use uuid::Uuid;

use super::change::Change;
use super::ImportReport;

use crate::store::{
    self, checkin as checkin_sql, key_result as kr_sql, node as node_sql, objective as objective_sql,
    objective_comment as comment_sql, quarter_lock as lock_sql, review as review_sql,
};
use crate::{CheckIn, Error, Result};

/// Leaves out of `change` what the plan already holds of a JSON export's settings and
/// quarter's life (check-ins, comments, review marks, locks), so that importing the same
/// export again writes nothing.
pub(crate) fn drop_known(c: &Connection, change: &mut Change) -> Result<()> {
    if change.settings.is_some() && change.settings == Some(crate::store::setting::get(c)?) {
        change.settings = None;
    }
    let mut known = Vec::new();
    for (i, (_, h)) in change.checkins.iter().enumerate() {
        if checkin_sql::get(c, h.id)?.is_some() {
            known.push(i);
        }
    }
    for i in known.into_iter().rev() {
        change.checkins.remove(i);
    }
    let mut comments = Vec::with_capacity(change.comments.len());
    for m in std::mem::take(&mut change.comments) {
        if comment_sql::get(c, m.id)?.is_none() {
            comments.push(m);
        }
    }
    change.comments = comments;
    let marked: HashSet<(Uuid, crate::Quarter)> = review_sql::list(c, None)?
        .into_iter()
        .map(|r| (r.node_id, r.quarter))
        .collect();
    change.reviews.retain(|r| !marked.contains(&(r.node_id, r.quarter)));
    let mut locks = Vec::with_capacity(change.locks.len());
    for l in std::mem::take(&mut change.locks) {
        if lock_sql::get(c, l.quarter)?.is_none() {
            locks.push(l);
        }
    }
    change.locks = locks;
    Ok(())
}

pub(crate) fn apply(c: &Tx<'_>, change: Change) -> Result<ImportReport> {
    // New objectives come in file order, a child possibly before its parent.
    store::defer_foreign_keys(c)?;
    if let Some(s) = &change.settings {
        crate::edit::settings::set(c, s)?;
    }
    node_sql::insert_many(c, &change.new_nodes)?;
    for n in &change.changed_nodes {
        node_sql::update(c, n)?;
    }
    objective_sql::insert_many(c, &change.new_objectives)?;
    for o in &change.changed_objectives {
        objective_sql::update(c, o)?;
    }
    // Removed first, so a new key result may take a removed one's key; a removed key
    // result's check-ins go with it.
    for id in &change.removed_key_results {
        kr_sql::delete(c, *id)?;
    }
    for k in &change.changed_key_results {
        kr_sql::update(c, k)?;
    }
    kr_sql::insert_many(c, &change.new_key_results)?;
    // Check-ins of a JSON export, skipping those the plan has (a re-import).
    let by_key: HashMap<&str, Uuid> = change
        .new_key_results
        .iter()
        .chain(&change.changed_key_results)
        .map(|k| (k.key.as_str(), k.id))
        .collect();
    let mut checkins_added = 0;
    for (kr, checkin) in &change.checkins {
        let key_result_id = match by_key.get(kr.as_str()) {
            Some(id) => *id,
            None => {
                kr_sql::get_by_key(c, kr)?
                    .ok_or_else(|| Error::not_found("key result", "key", kr))?
                    .id
            }
        };
        checkin_sql::insert(
            c,
            &CheckIn {
                key_result_id,
                ..checkin.clone()
            },
        )?;
        checkins_added += 1;
    }
    // Review marks, comments and locks the plan had are already left out (drop_known).
    for r in &change.reviews {
        review_sql::upsert(c, r)?;
    }
    for m in &change.comments {
        comment_sql::insert(c, m)?;
    }
    // Locks last: a locked quarter refuses every other write.
    for l in &change.locks {
        lock_sql::insert(c, l)?;
    }
    Ok(ImportReport {
        checkins_added,
        ..report(&change)
    })
}

/// What `change` does, counted (the check-ins a JSON export adds are counted as written).
pub(crate) fn report(change: &Change) -> ImportReport {
    ImportReport {
        changed: !change.is_empty(),
        encodings: Vec::new(),
        nodes_added: change.new_nodes.len(),
        nodes_updated: change.changed_nodes.len(),
        objectives_added: change.new_objectives.len(),
        objectives_updated: change.changed_objectives.len(),
        key_results_added: change.new_key_results.len(),
        key_results_updated: change.changed_key_results.len(),
        key_results_unchanged: change.unchanged_key_results,
        key_results_removed: change.removed_key_results.len(),
        checkins_removed: change.checkins_removed,
        currents_kept: change.currents_kept,
        objectives_with_key_results: change.objectives_with_key_results,
        checkins_added: 0,
        reviews_added: change.reviews.len(),
        comments_added: change.comments.len(),
        locks_added: change.locks.len(),
    }
}
