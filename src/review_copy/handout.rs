//! Handing out a review copy.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{SecondsFormat, SubsecRound, Utc};
use serde_json::Value;

use rusqlite::Connection;
use uuid::Uuid;

use super::scope::{self, Keys, Rows, NODE, OBJECTIVE};
use super::{key, Base, HandoutReport, ReviewInfo};
use crate::store::meta;
use crate::store::rows::{self, text};
use crate::{Plan, Quarter, Result};

/// The file [`handout_each`] writes beside the copies: the report of each, as JSON.
pub const INDEX_FILE: &str = "index.json";

/// Writes one review copy for each node under `under` of the level its level hands out
/// one each of ([`crate::Level::reviewed_each`]: a division's teams), as
/// [`handout_each`]. A node that hands out no such copies is refused, nothing written.
pub fn handout_each_under(
    plan: &mut Plan,
    under: &str,
    quarters: &[Quarter],
    out_dir: &Path,
) -> Result<Vec<HandoutReport>> {
    let top = plan.node_by_key(under)?;
    let Some(level) = top.level.reviewed_each() else {
        return Err(crate::Error::invalid(
            "node",
            under,
            crate::i18n::words::Words::new("why-no-copies-each"),
        ));
    };
    handout_each(plan, level, Some(under), quarters, out_dir)
}

/// Writes one review copy per node of `level` (under the node `under`, or in the whole
/// plan) into the folder `out_dir` (made if missing), each named after its node's key
/// (`cskh-team-01.okr`), and an index of what was written ([`INDEX_FILE`]). Refused before
/// anything is written when one of the files, or the index, exists already.
pub fn handout_each(
    plan: &mut Plan,
    level: crate::Level,
    under: Option<&str>,
    quarters: &[Quarter],
    out_dir: &Path,
) -> Result<Vec<HandoutReport>> {
    let nodes = plan.nodes()?;
    let within: Option<BTreeSet<uuid::Uuid>> = match under {
        None => None,
        Some(key) => {
            let top = plan.node_by_key(key)?;
            // Parents come before children, so one pass finds the subtree.
            let mut ids = BTreeSet::from([top.id]);
            for n in &nodes {
                if n.parent_id.is_some_and(|p| ids.contains(&p)) {
                    ids.insert(n.id);
                }
            }
            Some(ids)
        }
    };
    let mut chosen: Vec<&crate::Node> = nodes
        .iter()
        .filter(|n| n.level == level && within.as_ref().is_none_or(|w| w.contains(&n.id)))
        .collect();
    chosen.sort_by(|a, b| a.key.cmp(&b.key));
    let file = |key: &str| out_dir.join(format!("{}.okr", file_name(key)));
    let index = out_dir.join(INDEX_FILE);
    if let Some(taken) = chosen
        .iter()
        .map(|n| file(&n.key))
        .chain([index.clone()])
        .find(|p| p.exists())
    {
        return Err(crate::Error::AlreadyExists { path: taken });
    }
    std::fs::create_dir_all(out_dir)?;
    let mut written = Vec::new();
    for n in chosen {
        written.push(handout(plan, &n.key, quarters, &file(&n.key))?);
    }
    std::fs::write(&index, serde_json::to_string_pretty(&written).expect("plain data"))?;
    Ok(written)
}

/// A node's key as a file name: letters, digits, `-`, `_` and `.` kept, anything else `_`.
fn file_name(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

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
    // moment of the plan even while another process writes. Only the part and its
    // context are read, through queries on the rows already chosen ([`part_and_context`]).
    let (node, quarters, plan_id, tables, all, chosen, in_scope) = plan.read(|c| {
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
        let (all, chosen, in_scope) = part_and_context(c, &tables, &node.id.to_string(), &quarters)?;
        Ok((node, quarters, plan_id, tables, all, chosen, in_scope))
    })?;
    let field = |r: &rows::Row, f: &str| r.get(f).filter(|v| !v.is_null()).map(text);
    let mut chosen = chosen;

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
    // A review copy starts with no history: the plan's stays with the plan.
    let written = copy.run_change(
        |tx| {
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
                let id = Uuid::parse_str(id).map_err(|_| crate::Error::Damaged(format!("\"{id}\" is not an id")))?;
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
        },
        crate::store::Mode::Quiet,
    );
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

/// The rows a copy of `root`'s part is made of, read by queries on the part: the subtree
/// of `root` (level by level), its ancestors, the chosen quarters' objectives of both,
/// the objectives those link to up the chain, the owners of those with their ancestors,
/// every row that belongs to a chosen row (through [`scope::owning_fk`]) and the rows of
/// plan-wide tables. Returns those rows by table, the chosen keys by table, and the
/// subtree. No other row of the plan is read, so the time and memory of a hand-out follow
/// the size of the part, not of the plan.
fn part_and_context(
    c: &Connection,
    tables: &[rows::Table],
    root: &str,
    quarters: &[Quarter],
) -> Result<(Rows, Keys, BTreeSet<String>)> {
    let table = |name: &str| tables.iter().find(|t| t.name == name);
    let (Some(node_t), Some(objective_t)) = (table(NODE), table(OBJECTIVE)) else {
        return Ok(Default::default());
    };
    let field = |r: &rows::Row, f: &str| r.get(f).filter(|v| !v.is_null()).map(text);
    let one = |k: &str| BTreeSet::from([k.to_string()]);

    // The subtree, one level at a time.
    let mut nodes = rows::where_in(c, node_t, &[("id", &one(root))])?;
    let mut in_scope: BTreeSet<String> = nodes.keys().cloned().collect();
    let mut level = in_scope.clone();
    while !level.is_empty() {
        let children = rows::where_in(c, node_t, &[("parent_id", &level)])?;
        level = children.keys().filter(|k| !in_scope.contains(*k)).cloned().collect();
        in_scope.extend(level.iter().cloned());
        nodes.extend(children);
    }
    // Ancestors of the nodes in `from`, fetched until every parent is held.
    let with_ancestors = |nodes: &mut std::collections::BTreeMap<String, rows::Row>,
                          from: BTreeSet<String>|
     -> Result<BTreeSet<String>> {
        let mut found = from.clone();
        let mut level = from;
        loop {
            let parents: BTreeSet<String> = level
                .iter()
                .filter_map(|id| nodes.get(id).and_then(|n| field(n, "parent_id")))
                .filter(|p| !found.contains(p))
                .collect();
            if parents.is_empty() {
                return Ok(found);
            }
            let missing: BTreeSet<String> = parents.iter().filter(|p| !nodes.contains_key(*p)).cloned().collect();
            nodes.extend(rows::where_in(c, node_t, &[("id", &missing)])?);
            found.extend(parents.iter().cloned());
            level = parents;
        }
    };
    let above: BTreeSet<String> = with_ancestors(&mut nodes, one(root))?
        .into_iter()
        .filter(|id| id != root)
        .collect();

    // Objectives: the chosen quarters' of the subtree and the ancestors, then every
    // objective they link to, up the chain.
    let owners: BTreeSet<String> = in_scope.union(&above).cloned().collect();
    let quarter_names: BTreeSet<String> = quarters.iter().map(|q| q.to_string()).collect();
    let mut objectives = rows::where_in(c, objective_t, &[("owner_id", &owners), ("quarter", &quarter_names)])?;
    let mut level: BTreeSet<String> = objectives.keys().cloned().collect();
    while !level.is_empty() {
        let parents: BTreeSet<String> = level
            .iter()
            .filter_map(|id| objectives.get(id).and_then(|o| field(o, "parent_id")))
            .filter(|p| !objectives.contains_key(p))
            .collect();
        let found = rows::where_in(c, objective_t, &[("id", &parents)])?;
        level = found.keys().cloned().collect();
        objectives.extend(found);
    }
    // Nodes: the subtree, its ancestors, and the owners of context objectives with theirs.
    let mut chosen_nodes: BTreeSet<String> = owners;
    let new_owners: BTreeSet<String> = objectives
        .values()
        .filter_map(|o| field(o, "owner_id"))
        .filter(|w| !chosen_nodes.contains(w))
        .collect();
    let missing: BTreeSet<String> = new_owners.iter().filter(|w| !nodes.contains_key(*w)).cloned().collect();
    nodes.extend(rows::where_in(c, node_t, &[("id", &missing)])?);
    chosen_nodes.extend(with_ancestors(&mut nodes, new_owners)?);
    nodes.retain(|k, _| chosen_nodes.contains(k));

    let mut chosen = Keys::new();
    chosen.insert(NODE.into(), chosen_nodes);
    chosen.insert(OBJECTIVE.into(), objectives.keys().cloned().collect());
    let mut all = Rows::new();
    all.insert(NODE.into(), nodes);
    all.insert(OBJECTIVE.into(), objectives);
    // Every other table: the rows that belong to a chosen row, and all of a plan-wide table.
    for t in tables {
        if chosen.contains_key(&t.name) {
            continue;
        }
        let mine = match scope::owning_fk(t) {
            Some(fk) => {
                let owners = scope::values_of(&all, &chosen, &fk.table, &fk.to);
                rows::where_in(c, t, &[(fk.from.as_str(), &owners)])?
            }
            None => rows::all(c, t)?,
        };
        chosen.insert(t.name.clone(), mine.keys().cloned().collect());
        all.insert(t.name.clone(), mine);
    }
    Ok((all, chosen, in_scope))
}

/// A value written to `plan_meta` as JSON.
fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serialises")
}

#[cfg(test)]
mod tests {
    use crate::store::rows::{self, ROWS_READ};
    use crate::synth::{generate, SynthSpec};
    use crate::{Level, Plan};

    /// Hands out the first team of a synthetic plan of `agents` agents; returns the rows
    /// the hand-out read and the rows the copy holds.
    fn handout_of_a_team(agents: usize) -> (usize, usize) {
        let dir = tempfile::tempdir().unwrap();
        let mut p = Plan::create(dir.path().join("plan.okr")).unwrap();
        let spec = SynthSpec::with_agents(agents, vec!["2026-Q4".parse().unwrap(), "2027-Q1".parse().unwrap()], 7);
        generate(&mut p, &spec).unwrap();
        let team = p.nodes().unwrap().into_iter().find(|n| n.level == Level::Team).unwrap();
        let out = dir.path().join("team.okr");
        ROWS_READ.with(|n| n.set(0));
        super::handout(&mut p, &team.key, &[], &out).unwrap();
        let read = ROWS_READ.with(|n| n.get());
        let copy = Plan::open(&out).unwrap();
        let held = rows::tables(copy.conn())
            .unwrap()
            .iter()
            .map(|t| rows::all(copy.conn(), t).unwrap().len())
            .sum();
        (read, held)
    }

    #[test]
    fn a_handout_reads_only_the_rows_it_writes() {
        let (read_small, held_small) = handout_of_a_team(200);
        let (read_large, held_large) = handout_of_a_team(2_000);
        // Every row read is a row of the copy (the part and its context), so what a
        // hand-out reads does not grow with the plan.
        assert_eq!(read_small, held_small);
        assert_eq!(read_large, held_large);
        assert!(
            read_large < 2 * read_small,
            "{read_small} rows read of a small plan, {read_large} of a large one"
        );
    }

    /// A division hands out one copy per team; a team, which is handed out whole to its
    /// lead, is refused with nothing written.
    #[test]
    fn copies_one_each_are_a_divisions_teams() {
        let dir = tempfile::tempdir().unwrap();
        let mut p = Plan::create(dir.path().join("plan.okr")).unwrap();
        let spec = SynthSpec::with_agents(60, vec!["2026-Q4".parse().unwrap()], 7);
        generate(&mut p, &spec).unwrap();
        let nodes = p.nodes().unwrap();
        let division = nodes.iter().find(|n| n.level == Level::Division).unwrap();
        let teams = nodes.iter().filter(|n| n.parent_id == Some(division.id)).count();
        let out = dir.path().join("reviews");
        let written = super::handout_each_under(&mut p, &division.key, &[], &out).unwrap();
        assert_eq!(written.len(), teams);
        assert!(teams > 0);

        let team = nodes.iter().find(|n| n.level == Level::Team).unwrap();
        let refused = dir.path().join("refused");
        let e = super::handout_each_under(&mut p, &team.key, &[], &refused).unwrap_err();
        assert_eq!(e.code(), crate::ErrorCode::Invalid, "{e}");
        assert!(!refused.exists());
    }
}
