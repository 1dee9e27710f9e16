//! Which rows belong to the reviewed part, worked out the same way at hand-out, in the
//! copy and at merge: the reviewed node and everyone under it, and every row that
//! belongs to one of them through its owning link (an objective through its owner, a key
//! result through its objective, and so on for tables added later).

use std::collections::{BTreeMap, BTreeSet};

use crate::store::rows::{text, ForeignKey, Row, Table};

/// Rows by table, then by primary key.
pub(super) type Rows = BTreeMap<String, BTreeMap<String, Row>>;
/// Row keys by table.
pub(super) type Keys = BTreeMap<String, BTreeSet<String>>;

pub(super) const NODE: &str = "node";
pub(super) const OBJECTIVE: &str = "objective";

/// The link that makes a row of `t` part of another row: the first link whose deletion
/// takes the row with it, else the first required link to another table. `None` for
/// nodes (the tree itself) and for plan-wide tables (settings), which belong to no one.
pub(super) fn owning_fk(t: &Table) -> Option<&ForeignKey> {
    if t.name == NODE {
        return None;
    }
    t.fks
        .iter()
        .find(|fk| fk.table != t.name && fk.on_delete == "CASCADE")
        .or_else(|| t.fks.iter().find(|fk| fk.table != t.name && t.not_null(&fk.from)))
}

/// `root` and every node under it, among `nodes`.
pub(super) fn subtree(nodes: &BTreeMap<String, Row>, root: &str) -> BTreeSet<String> {
    let mut children: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    for (id, n) in nodes {
        if let Some(p) = n.get("parent_id").filter(|p| !p.is_null()) {
            children.entry(text(p)).or_default().push(id);
        }
    }
    let mut out = BTreeSet::new();
    if !nodes.contains_key(root) {
        return out;
    }
    let mut todo = vec![root.to_string()];
    while let Some(id) = todo.pop() {
        if out.insert(id.clone()) {
            todo.extend(children.get(&id).into_iter().flatten().map(|c| (*c).clone()));
        }
    }
    out
}

/// Extends `chosen` (which names the rows of some tables) to every other table: a row is
/// chosen when the row it belongs to is. Rows of plan-wide tables are all chosen when
/// `plan_wide` is set, none otherwise.
pub(super) fn close(tables: &[Table], rows: &Rows, mut chosen: Keys, plan_wide: bool) -> Keys {
    let empty = BTreeMap::new();
    for t in tables {
        if chosen.contains_key(&t.name) {
            continue;
        }
        let mine = rows.get(&t.name).unwrap_or(&empty);
        let keys: BTreeSet<String> = match owning_fk(t) {
            Some(fk) => {
                let owners = values_of(rows, &chosen, &fk.table, &fk.to);
                mine.iter()
                    .filter(|(_, r)| r.get(&fk.from).is_some_and(|v| owners.contains(&text(v))))
                    .map(|(k, _)| k.clone())
                    .collect()
            }
            None if plan_wide => mine.keys().cloned().collect(),
            None => BTreeSet::new(),
        };
        chosen.insert(t.name.clone(), keys);
    }
    chosen
}

/// The values of `column` in the chosen rows of `table`.
pub(super) fn values_of(rows: &Rows, chosen: &Keys, table: &str, column: &str) -> BTreeSet<String> {
    let (Some(keys), Some(all)) = (chosen.get(table), rows.get(table)) else {
        return BTreeSet::new();
    };
    keys.iter()
        .filter_map(|k| all.get(k))
        .filter_map(|r| r.get(column))
        .map(text)
        .collect()
}

/// The rows of the reviewed part in `rows`: the subtree of `root` and what belongs to it.
pub(super) fn in_scope(tables: &[Table], rows: &Rows, root: &str) -> Keys {
    let nodes = rows.get(NODE).cloned().unwrap_or_default();
    let mut chosen = Keys::new();
    chosen.insert(NODE.to_string(), subtree(&nodes, root));
    close(tables, rows, chosen, false)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn node(parent: Option<&str>) -> Row {
        let mut r = Row::new();
        r.insert("parent_id".into(), parent.map_or(serde_json::Value::Null, |p| json!(p)));
        r
    }

    #[test]
    fn subtree_follows_parent_links() {
        let nodes: BTreeMap<String, Row> = [
            ("c", node(None)),
            ("d", node(Some("c"))),
            ("t1", node(Some("d"))),
            ("t2", node(Some("d"))),
            ("a1", node(Some("t1"))),
        ]
        .into_iter()
        .map(|(k, r)| (k.to_string(), r))
        .collect();
        let sub: Vec<_> = subtree(&nodes, "t1").into_iter().collect();
        assert_eq!(sub, ["a1", "t1"]);
        assert_eq!(subtree(&nodes, "d").len(), 4);
        assert!(subtree(&nodes, "missing").is_empty());
    }

    #[test]
    fn rows_belong_through_their_owning_link() {
        let p = crate::Plan::in_memory().unwrap();
        let tables = crate::store::rows::tables(p.conn()).unwrap();
        let owner = |name: &str| {
            let t = tables.iter().find(|t| t.name == name).unwrap();
            owning_fk(t).map(|fk| (fk.from.clone(), fk.table.clone()))
        };
        assert_eq!(owner("objective"), Some(("owner_id".into(), "node".into())));
        assert_eq!(owner("key_result"), Some(("objective_id".into(), "objective".into())));
        assert_eq!(owner("node"), None);
        assert_eq!(owner("setting"), None);
        let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
        assert!(
            at("node") < at("objective") && at("objective") < at("key_result"),
            "{names:?}"
        );
    }
}
