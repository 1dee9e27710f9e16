//! Handing out a review copy.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{SecondsFormat, SubsecRound, Utc};
use serde_json::Value;

use super::scope::{self, Keys, Rows, NODE, OBJECTIVE};
use super::{key, Base, HandoutReport, ReviewInfo};
use crate::store::meta;
use crate::store::rows::{self, text};
use crate::{Plan, Quarter, Result};

/// Writes a review copy of `node_key`'s part of the plan to `out` (a new file; an
/// existing one is refused), for the given quarters (every quarter of the plan when
/// empty).
///
/// The copy holds the node and everyone under it with their objectives of those
/// quarters, their key results and everything else that belongs to them (the reviewer
/// may change all of it), and, read-only, the node's ancestors and their objectives,
/// every objective those link to (up the chain), and the owners of those objectives with
/// their ancestors, so the reviewer sees what their part supports. A link to a row the
/// copy does not hold (a `carried_from` to last quarter) is cleared in the copy and never
/// merged back.
pub fn handout(plan: &mut Plan, node_key: &str, quarters: &[Quarter], out: &Path) -> Result<HandoutReport> {
    let plan_file = plan
        .path()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Everything the copy is made of is read in one read transaction, so it is one
    // moment of the plan even while another process writes.
    let (node, quarters, plan_id, tables, all) = plan.read(|c| {
        let node = crate::edit::node::get_by_key(c, node_key)?;
        let quarters: Vec<Quarter> = if quarters.is_empty() {
            crate::store::objective::quarters(c)?
        } else {
            let mut q = quarters.to_vec();
            q.sort();
            q.dedup();
            q
        };
        let plan_id = super::plan_id(c)?;
        let tables = rows::tables(c)?;
        let mut all = Rows::new();
        for t in &tables {
            all.insert(t.name.clone(), rows::all(c, t)?);
        }
        Ok((node, quarters, plan_id, tables, all))
    })?;
    let nodes = all.get(NODE).cloned().unwrap_or_default();
    let objectives = all.get(OBJECTIVE).cloned().unwrap_or_default();
    let root = node.id.to_string();
    let in_scope = scope::subtree(&nodes, &root);
    let above = scope::ancestors(&nodes, &root);

    // Objectives: the chosen quarters' of the subtree and the ancestors, then every
    // objective they link to, up the chain.
    let quarter_names: BTreeSet<String> = quarters.iter().map(|q| q.to_string()).collect();
    let field = |r: &rows::Row, f: &str| r.get(f).filter(|v| !v.is_null()).map(text);
    let mut chosen_objectives: BTreeSet<String> = objectives
        .iter()
        .filter(|(_, o)| field(o, "quarter").is_some_and(|q| quarter_names.contains(&q)))
        .filter(|(_, o)| field(o, "owner_id").is_some_and(|w| in_scope.contains(&w) || above.contains(&w)))
        .map(|(k, _)| k.clone())
        .collect();
    let mut todo: Vec<String> = chosen_objectives.iter().cloned().collect();
    while let Some(id) = todo.pop() {
        if let Some(p) = objectives.get(&id).and_then(|o| field(o, "parent_id")) {
            if objectives.contains_key(&p) && chosen_objectives.insert(p.clone()) {
                todo.push(p);
            }
        }
    }
    // Nodes: the subtree, its ancestors, and the owners of context objectives with theirs.
    let mut chosen_nodes: BTreeSet<String> = in_scope.iter().chain(&above).cloned().collect();
    for id in &chosen_objectives {
        if let Some(owner) = objectives.get(id).and_then(|o| field(o, "owner_id")) {
            if chosen_nodes.insert(owner.clone()) {
                chosen_nodes.extend(scope::ancestors(&nodes, &owner));
            }
        }
    }
    let mut chosen = Keys::new();
    chosen.insert(NODE.into(), chosen_nodes);
    chosen.insert(OBJECTIVE.into(), chosen_objectives);
    let mut chosen = scope::close(&tables, &all, chosen, true);

    // Links to rows the copy does not hold: cleared when they may be, else the row stays out.
    let mut base = Base::new();
    let mut detached: Vec<[String; 3]> = Vec::new();
    for t in &tables {
        let keys = chosen.get(&t.name).cloned().unwrap_or_default();
        let mut kept = BTreeSet::new();
        let mut copied = std::collections::BTreeMap::new();
        let targets: Vec<BTreeSet<String>> = t
            .fks
            .iter()
            .map(|fk| scope::values_of(&all, &chosen, &fk.table, &fk.to))
            .collect();
        'row: for k in keys {
            let Some(mut row) = all.get(&t.name).and_then(|m| m.get(&k)).cloned() else {
                continue;
            };
            for (fk, targets) in t.fks.iter().zip(&targets) {
                let Some(v) = row.get(&fk.from).filter(|v| !v.is_null()) else {
                    continue;
                };
                if targets.contains(&text(v)) {
                    continue;
                }
                if t.not_null(&fk.from) {
                    continue 'row;
                }
                row.insert(fk.from.clone(), Value::Null);
                detached.push([t.name.clone(), k.clone(), fk.from.clone()]);
            }
            kept.insert(k.clone());
            copied.insert(k, row);
        }
        chosen.insert(t.name.clone(), kept);
        base.insert(t.name.clone(), copied);
    }

    let objectives_in_scope = base
        .get(OBJECTIVE)
        .map(|m| {
            m.values()
                .filter(|o| field(o, "owner_id").is_some_and(|w| in_scope.contains(&w)))
                .count()
        })
        .unwrap_or(0);
    let info = ReviewInfo {
        plan_id,
        node_id: node.id,
        node_key: node.key.clone(),
        node_name: node.name.clone(),
        quarters: quarters.clone(),
        taken_at: Utc::now().trunc_subsecs(0),
        plan_file,
    };
    let report = HandoutReport {
        path: out.display().to_string(),
        review: info.clone(),
        nodes: in_scope.len(),
        context_nodes: base.get(NODE).map_or(0, |m| m.len()) - in_scope.len(),
        objectives: objectives_in_scope,
        context_objectives: base.get(OBJECTIVE).map_or(0, |m| m.len()) - objectives_in_scope,
    };

    let mut copy = Plan::create(out)?;
    let written = copy.transact(|tx| {
        // The copy is written whole before it becomes a review copy (the last line), so
        // its triggers do not apply yet; links are checked at commit.
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        let copy_tables = rows::tables(tx)?;
        for t in copy_tables.iter().rev() {
            rows::clear(tx, t)?;
        }
        // Quarter locks last: a locked quarter's triggers refuse every row written after.
        let (locks, others): (Vec<_>, Vec<_>) = copy_tables.iter().partition(|t| t.name == "quarter_lock");
        for t in others.into_iter().chain(locks) {
            for row in base.get(&t.name).into_iter().flat_map(|m| m.values()) {
                rows::insert(tx, t, row)?;
            }
        }
        for id in &in_scope {
            meta::add_to_scope(tx, id)?;
        }
        meta::set(tx, key::NODE_ID, &info.node_id.to_string())?;
        meta::set(tx, key::NODE_KEY, &info.node_key)?;
        meta::set(tx, meta::REVIEW_NODE_NAME, &info.node_name)?;
        meta::set(tx, key::QUARTERS, &json(&info.quarters))?;
        meta::set(
            tx,
            key::TAKEN_AT,
            &info.taken_at.to_rfc3339_opts(SecondsFormat::Secs, true),
        )?;
        meta::set(tx, key::PLAN_FILE, &info.plan_file)?;
        meta::set(tx, key::BASE, &json(&base))?;
        meta::set(tx, key::DETACHED, &json(&detached))?;
        meta::set(tx, meta::REVIEW_OF, &info.plan_id.to_string())?;
        Ok(())
    });
    let closed = copy.close();
    if let Err(e) = written.and(closed) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = out.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
        return Err(e);
    }
    Ok(report)
}

/// A value written to `plan_meta` as JSON.
fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serialises")
}
