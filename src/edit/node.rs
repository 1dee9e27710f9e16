//! Adding, changing, moving and deleting nodes of the organisation.

use std::collections::HashMap;

use crate::store::Tx;
use rusqlite::Connection;
use serde::Serialize;
use uuid::Uuid;

use super::{text, title, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::model::key;
use crate::store::{node as sql, objective as obj_sql};
use crate::{Error, Level, NewNode, Node, NodeDeletion, NodePatch, Plan, Result};

/// Loads a node or says which id was missing.
pub fn get(c: &Connection, id: Uuid) -> Result<Node> {
    sql::get(c, id)?.ok_or_else(|| Error::not_found("node", "id", id))
}

/// Loads a node by its human key or says which key was missing.
pub fn get_by_key(c: &Connection, k: &str) -> Result<Node> {
    sql::get_by_key(c, k.trim())?.ok_or_else(|| Error::not_found("node", "key", k))
}

/// The parent must be exactly one level up: a division under the company, a team under a
/// division, an agent under a team. Anything else is refused.
pub(crate) fn check_parent(c: &Connection, who: &str, level: Level, parent_id: Option<Uuid>) -> Result<()> {
    let parent = parent_id.map(|p| get(c, p)).transpose()?;
    let expected = level.parent_level();
    if !parent_fits(level, parent.as_ref()) {
        return Err(Error::LevelOrder {
            child: who.to_string(),
            child_level: level,
            expected,
            found: parent.map(|p| (p.level, p.key)),
        });
    }
    Ok(())
}

/// Whether a node of `level` may sit under `parent` (`None`: at the top), by the rule
/// of [`check_parent`].
pub fn parent_fits(level: Level, parent: Option<&Node>) -> bool {
    match (parent, level.parent_level()) {
        (None, None) => true,
        (Some(p), Some(e)) => p.level == e,
        _ => false,
    }
}

/// A node another may be moved under, as the "Move to…" dialog lists it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MoveTarget {
    pub id: Uuid,
    pub key: String,
    pub name: String,
    pub level: Level,
    /// The name of its own parent, which tells two teams of one name apart.
    pub within: Option<String>,
    /// It is where the node is now: listed so the user sees it, but no move.
    pub current: bool,
}

/// The nodes `id` may be moved under by [`relocate`], in the order of the tree (its
/// current parent included and marked). None for the company, which has no parent.
pub fn move_targets(c: &Connection, id: Uuid) -> Result<Vec<MoveTarget>> {
    let node = get(c, id)?;
    let all = sql::list(c)?;
    let names: HashMap<Uuid, &str> = all.iter().map(|n| (n.id, n.name.as_str())).collect();
    Ok(all
        .iter()
        .filter(|p| p.id != node.id && parent_fits(node.level, Some(p)))
        .map(|p| MoveTarget {
            id: p.id,
            key: p.key.clone(),
            name: p.name.clone(),
            level: p.level,
            within: p.parent_id.and_then(|g| names.get(&g)).map(|n| n.to_string()),
            current: node.parent_id == Some(p.id),
        })
        .collect())
}

pub fn add(c: &Tx<'_>, new: NewNode) -> Result<Node> {
    let name = title("name", &new.name)?;
    c.describe(crate::Words::new("history-node-add").with("name", &name));
    let parent = new.parent_id.map(|p| get(c, p)).transpose()?;
    let level = match (new.level, &parent) {
        (Some(l), _) => l,
        (None, Some(p)) => p.level.child_level().ok_or_else(|| Error::LevelOrder {
            child: name.clone(),
            child_level: Level::Agent,
            expected: Some(Level::Team),
            found: Some((Level::Agent, p.key.clone())),
        })?,
        (None, None) => Level::Company,
    };
    let key = match new.key.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) => {
            let k = key::validate("key", k)?;
            if sql::key_exists(c, &k)? {
                return Err(Error::DuplicateKey { what: "node", key: k });
            }
            k
        }
        None => key::unique(&key::slug(&name), |k| sql::key_exists(c, k))?,
    };
    check_parent(c, &key, level, new.parent_id)?;
    if level == Level::Company {
        if let Some(existing) = sql::company(c)? {
            return Err(Error::SecondCompany { existing: existing.key });
        }
    }
    let node = Node {
        id: Uuid::now_v7(),
        key,
        name,
        level,
        parent_id: new.parent_id,
        role: text("role", new.role.trim(), MAX_TITLE_CHARS)?,
        new_hire: new.new_hire,
        objective_cap: new.objective_cap,
        notes: text("notes", &new.notes, MAX_TEXT_CHARS)?,
    };
    sql::insert(c, &node)?;
    Ok(node)
}

pub fn update(c: &Tx<'_>, id: Uuid, patch: NodePatch) -> Result<Node> {
    let mut node = get(c, id)?;
    c.describe(crate::Words::new("history-node-edit").with("name", &node.name));
    if let Some(k) = patch.key {
        let k = key::validate("key", &k)?;
        if k != node.key && sql::key_exists(c, &k)? {
            return Err(Error::DuplicateKey { what: "node", key: k });
        }
        node.key = k;
    }
    if let Some(n) = patch.name {
        node.name = title("name", &n)?;
    }
    if let Some(r) = patch.role {
        node.role = text("role", r.trim(), MAX_TITLE_CHARS)?;
    }
    if let Some(h) = patch.new_hire {
        node.new_hire = h;
    }
    if let Some(cap) = patch.objective_cap {
        node.objective_cap = cap;
    }
    if let Some(n) = patch.notes {
        node.notes = text("notes", &n, MAX_TEXT_CHARS)?;
    }
    sql::update(c, &node)?;
    Ok(node)
}

/// Moves a node (and everything under it) to a new parent of the level above: an agent
/// to another team, a team to another division. Its objectives keep their links, which
/// the checks then report as cross-branch until they are re-linked.
pub fn relocate(c: &Tx<'_>, id: Uuid, new_parent: Uuid) -> Result<Node> {
    let mut node = get(c, id)?;
    c.describe(crate::Words::new("history-node-move").with("name", &node.name));
    check_parent(c, &node.key, node.level, Some(new_parent))?;
    node.parent_id = Some(new_parent);
    sql::update(c, &node)?;
    Ok(node)
}

/// Deletes a node. One that still holds child nodes or objectives is refused unless
/// `with_contents` is set; then its whole subtree and their objectives go, and what was
/// removed is reported. Objectives elsewhere that supported a removed one are unlinked.
pub fn delete(c: &Tx<'_>, id: Uuid, with_contents: bool) -> Result<NodeDeletion> {
    let node = get(c, id)?;
    c.describe(crate::Words::new("history-node-delete").with("name", &node.name));
    let children = sql::count_children(c, id)?;
    let objectives = obj_sql::count_owned_by(c, id)?;
    if (children > 0 || objectives > 0) && !with_contents {
        return Err(Error::HasDependents {
            what: "node",
            key: node.key,
            children,
            objectives,
        });
    }
    let mut report = NodeDeletion::default();
    let subtree = sql::subtree_ids(c, id)?;
    for n in &subtree {
        for o in obj_sql::list_owned_by(c, *n)? {
            report.unlinked += super::objective::delete(c, o)?;
            report.objectives += 1;
        }
    }
    for n in &subtree {
        sql::delete(c, *n)?;
        report.nodes += 1;
    }
    Ok(report)
}

impl Plan {
    /// Adds a node to the organisation. See [`add`].
    pub fn add_node(&mut self, new: NewNode) -> Result<Node> {
        self.transact(|tx| add(tx, new))
    }

    /// Changes a node's own fields. See [`update`].
    pub fn update_node(&mut self, id: Uuid, patch: NodePatch) -> Result<Node> {
        self.transact(|tx| update(tx, id, patch))
    }

    /// Moves a node under a new parent. See [`relocate`].
    pub fn move_node(&mut self, id: Uuid, new_parent: Uuid) -> Result<Node> {
        self.transact(|tx| relocate(tx, id, new_parent))
    }

    /// Deletes a node, refusing if it holds anything unless told. See [`delete`].
    pub fn delete_node(&mut self, id: Uuid, with_contents: bool) -> Result<NodeDeletion> {
        self.transact(|tx| delete(tx, id, with_contents))
    }

    pub fn node(&self, id: Uuid) -> Result<Node> {
        get(self.conn(), id)
    }

    pub fn node_by_key(&self, key: &str) -> Result<Node> {
        get_by_key(self.conn(), key)
    }

    /// Every node, parents before children.
    pub fn nodes(&self) -> Result<Vec<Node>> {
        sql::list(self.conn())
    }

    /// The nodes a node may be moved under. See [`move_targets`].
    pub fn move_targets(&self, id: Uuid) -> Result<Vec<MoveTarget>> {
        move_targets(self.conn(), id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(plan: &mut Plan, key: &str, level: Level, parent: Option<Uuid>) -> Node {
        plan.add_node(NewNode {
            key: Some(key.into()),
            name: key.to_uppercase(),
            level: Some(level),
            parent_id: parent,
            ..NewNode::default()
        })
        .unwrap()
    }

    #[test]
    fn move_targets_are_the_moves_the_edit_accepts() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "co", Level::Company, None);
        let cskh = node(&mut plan, "cskh", Level::Division, Some(co.id));
        let th = node(&mut plan, "th", Level::Division, Some(co.id));
        let hn = node(&mut plan, "hn", Level::Team, Some(cskh.id));
        node(&mut plan, "bkk", Level::Team, Some(th.id));
        let lan = node(&mut plan, "lan", Level::Agent, Some(hn.id));
        let all = plan.nodes().unwrap();
        for (who, want) in [
            (&co, vec![]),
            (&cskh, vec!["co"]),
            (&hn, vec!["cskh", "th"]),
            (&lan, vec!["bkk", "hn"]),
        ] {
            let targets = plan.move_targets(who.id).unwrap();
            let keys: Vec<_> = targets.iter().map(|t| t.key.as_str()).collect();
            assert_eq!(keys, want, "{}", who.key);
            for t in &targets {
                assert_eq!(t.current, who.parent_id == Some(t.id));
            }
            // Every other node is refused by the move itself.
            for other in all.iter().filter(|n| !want.contains(&n.key.as_str())) {
                assert!(
                    plan.move_node(who.id, other.id).is_err(),
                    "{} under {}",
                    who.key,
                    other.key
                );
            }
        }
        let hn_targets = plan.move_targets(hn.id).unwrap();
        assert_eq!(hn_targets[0].within.as_deref(), Some("CO"));
        assert!(hn_targets.iter().any(|t| t.key == "cskh" && t.current));
        let moved = plan.move_targets(lan.id).unwrap();
        plan.move_node(lan.id, moved[0].id).unwrap();
        assert!(plan.move_targets(lan.id).unwrap()[0].current);
        assert_eq!(plan.move_targets(Uuid::nil()).unwrap_err().code(), "not-found");
    }
}
