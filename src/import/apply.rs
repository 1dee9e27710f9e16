//! Writes a validated import in one transaction, many rows per statement.

use std::collections::hash_map::Entry;

use rusqlite::Connection;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use uuid::Uuid;

use super::validate::Change;
use super::ImportReport;

use crate::store::{
    self, checkin as checkin_sql, key_result as kr_sql, node as node_sql, objective as objective_sql,
    objective_comment as comment_sql, quarter_lock as lock_sql, review as review_sql,
};
use crate::{key, CheckIn, Error, KeyResult, Result};

/// Above this many objectives whose key results are replaced, the old ones are read in
/// one pass over the plan rather than one query per objective.
const BULK: usize = 200;

pub(crate) fn apply(c: &Connection, mut change: Change) -> Result<ImportReport> {
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
    // Key results are replaced per objective. One that comes back with its id keeps its
    // key, its score, its confidence and its check-ins; a new one gets a new key.
    let replaced: HashSet<Uuid> = change.replaced.iter().filter(|r| r.1).map(|r| r.0).collect();
    let mut old: HashMap<Uuid, KeyResult> = HashMap::default();
    let mut history: Vec<CheckIn> = Vec::new();
    if replaced.len() > BULK {
        // Many objectives: one pass over the plan beats a query per objective.
        old.extend(
            kr_sql::list(c, None)?
                .into_iter()
                .filter(|k| replaced.contains(&k.objective_id))
                .map(|k| (k.id, k)),
        );
        history.extend(
            checkin_sql::list(c, None)?
                .into_iter()
                .filter(|h| old.contains_key(&h.key_result_id)),
        );
    } else {
        for objective in &replaced {
            old.extend(kr_sql::list_for(c, *objective)?.into_iter().map(|k| (k.id, k)));
            history.extend(checkin_sql::list_for_objective(c, *objective)?);
        }
    }
    let key_results = keyed(c, &mut change, &old)?;
    let mut removed = 0;
    for (objective, existed) in &change.replaced {
        if *existed {
            removed += kr_sql::delete_for(c, *objective)?;
        }
    }
    kr_sql::insert_many(c, &key_results)?;
    let kept: HashSet<Uuid> = key_results.iter().map(|k| k.id).collect();
    for h in history.iter().filter(|h| kept.contains(&h.key_result_id)) {
        checkin_sql::insert(c, h)?;
    }
    // Check-ins of a JSON export, skipping those the plan has (a re-import).
    let by_key: HashMap<&str, Uuid> = key_results.iter().map(|k| (k.key.as_str(), k.id)).collect();
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
        if checkin_sql::get(c, checkin.id)?.is_some() {
            continue;
        }
        checkin_sql::insert(
            c,
            &CheckIn {
                key_result_id,
                ..checkin.clone()
            },
        )?;
        checkins_added += 1;
    }
    // Review marks and comments the plan has already are kept as they are (a re-import).
    let marked: HashSet<(Uuid, crate::Quarter)> = review_sql::list(c, None)?
        .into_iter()
        .map(|r| (r.node_id, r.quarter))
        .collect();
    let mut reviews_added = 0;
    for r in change
        .reviews
        .iter()
        .filter(|r| !marked.contains(&(r.node_id, r.quarter)))
    {
        review_sql::upsert(c, r)?;
        reviews_added += 1;
    }
    let mut comments_added = 0;
    for m in &change.comments {
        if comment_sql::get(c, m.id)?.is_none() {
            comment_sql::insert(c, m)?;
            comments_added += 1;
        }
    }
    // Locks last: a locked quarter refuses every other write.
    let mut locks_added = 0;
    for l in &change.locks {
        if lock_sql::get(c, l.quarter)?.is_none() {
            lock_sql::insert(c, l)?;
            locks_added += 1;
        }
    }
    Ok(ImportReport {
        nodes_added: change.new_nodes.len(),
        nodes_updated: change.changed_nodes.len(),
        objectives_added: change.new_objectives.len(),
        objectives_updated: change.changed_objectives.len(),
        key_results_added: key_results.len(),
        key_results_removed: removed,
        objectives_with_key_results: change.replaced.len(),
        checkins_added,
        reviews_added,
        comments_added,
        locks_added,
    })
}

/// The imported key results with their keys. A key given by the import is used (and a
/// key result named by the key of one it replaces takes that one's id, so its check-ins
/// stay, as a spreadsheet round trip without ids needs). A key result that replaces one
/// with the same id keeps its key, and its score and confidence unless given. The others
/// get the objective's key + `-kr` + their number, unique in the plan.
fn keyed(c: &Connection, change: &mut Change, old: &HashMap<Uuid, KeyResult>) -> Result<Vec<KeyResult>> {
    let mut taken: HashSet<String> = kr_sql::keys(c)?;
    for k in old.values() {
        taken.remove(&k.key);
    }
    let old_by_key: HashMap<&str, &KeyResult> = old.values().map(|k| (k.key.as_str(), k)).collect();
    let ids_in_use: HashSet<Uuid> = change.key_results.iter().map(|k| k.id).collect();
    let mut out = std::mem::take(&mut change.key_results);
    for k in &mut out {
        if !k.key.is_empty() {
            if !taken.insert(k.key.clone()) {
                return Err(Error::DuplicateKey {
                    what: "key result",
                    key: k.key.clone(),
                });
            }
            if !old.contains_key(&k.id) {
                if let Some(was) = old_by_key.get(k.key.as_str()).filter(|w| !ids_in_use.contains(&w.id)) {
                    k.id = was.id;
                }
            }
        }
    }
    let mut fresh = Vec::new();
    for (i, k) in out.iter_mut().enumerate() {
        if let Some(was) = old.get(&k.id) {
            if k.key.is_empty() && taken.insert(was.key.clone()) {
                k.key = was.key.clone();
            }
            k.score = k.score.or(was.score);
            k.confidence = k.confidence.or(was.confidence);
        }
        if k.key.is_empty() {
            fresh.push(i);
        }
    }
    let objective_keys: HashMap<Uuid, &str> = change
        .new_objectives
        .iter()
        .chain(&change.changed_objectives)
        .map(|o| (o.id, o.key.as_str()))
        .collect();
    let mut looked_up: HashMap<Uuid, String> = HashMap::default();
    for i in fresh {
        let objective = out[i].objective_id;
        let base = match objective_keys.get(&objective) {
            Some(k) => *k,
            None => match looked_up.entry(objective) {
                Entry::Occupied(k) => k.into_mut().as_str(),
                Entry::Vacant(v) => v
                    .insert(objective_sql::get(c, objective)?.map(|o| o.key).unwrap_or_default())
                    .as_str(),
            },
        };
        let k = key::unique(&format!("{base}-kr{}", out[i].position + 1), |x| Ok(taken.contains(x)))?;
        taken.insert(k.clone());
        out[i].key = k;
    }
    Ok(out)
}
