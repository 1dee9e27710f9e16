//! SQL for the `node` table.

use rusqlite::{Connection, OptionalExtension, Row, Statement};
use uuid::Uuid;

use crate::{Level, Node, Result};

const COLUMNS: &str = "id, key, name, level, parent_id, role, new_hire, objective_cap, notes";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Node> {
    let level: i64 = r.get(3)?;
    Ok(Node {
        id: r.get(0)?,
        key: r.get(1)?,
        name: r.get(2)?,
        level: Level::from_depth(level).ok_or(rusqlite::Error::IntegralValueOutOfRange(3, level))?,
        parent_id: r.get(4)?,
        role: r.get(5)?,
        new_hire: r.get(6)?,
        objective_cap: r.get(7)?,
        notes: r.get(8)?,
    })
}

/// Binds a node's values in `COLUMNS` order from parameter `at`: one binding for insert
/// and update, so the two cannot disagree.
fn bind(st: &mut Statement<'_>, at: usize, n: &Node) -> rusqlite::Result<()> {
    st.raw_bind_parameter(at, n.id.as_bytes())?;
    st.raw_bind_parameter(at + 1, &n.key)?;
    st.raw_bind_parameter(at + 2, &n.name)?;
    st.raw_bind_parameter(at + 3, n.level.depth())?;
    st.raw_bind_parameter(at + 4, n.parent_id.as_ref().map(Uuid::as_bytes))?;
    st.raw_bind_parameter(at + 5, &n.role)?;
    st.raw_bind_parameter(at + 6, n.new_hire)?;
    st.raw_bind_parameter(at + 7, n.objective_cap)?;
    st.raw_bind_parameter(at + 8, &n.notes)
}

pub(crate) fn insert(c: &Connection, n: &Node) -> Result<()> {
    insert_many(c, std::slice::from_ref(n))
}

pub(crate) fn update(c: &Connection, n: &Node) -> Result<()> {
    let mut st = c.prepare_cached(
        "UPDATE node SET key = ?2, name = ?3, level = ?4, parent_id = ?5, role = ?6, new_hire = ?7, \
         objective_cap = ?8, notes = ?9 WHERE id = ?1",
    )?;
    bind(&mut st, 1, n)?;
    st.raw_execute()?;
    Ok(())
}

pub(crate) fn get(c: &Connection, id: Uuid) -> Result<Option<Node>> {
    Ok(c.prepare_cached(&format!("SELECT {COLUMNS} FROM node WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

pub(crate) fn get_by_key(c: &Connection, key: &str) -> Result<Option<Node>> {
    Ok(c.prepare_cached(&format!("SELECT {COLUMNS} FROM node WHERE key = ?1"))?
        .query_row([key], from_row)
        .optional()?)
}

pub(crate) fn key_exists(c: &Connection, key: &str) -> Result<bool> {
    Ok(c.prepare_cached("SELECT 1 FROM node WHERE key = ?1")?
        .query_row([key], |_| Ok(()))
        .optional()?
        .is_some())
}

pub(crate) fn company(c: &Connection) -> Result<Option<Node>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM node WHERE level = 0"))?
            .query_row([], from_row)
            .optional()?,
    )
}

/// Every node, top level first, then by key: parents always come before children.
pub(crate) fn list(c: &Connection) -> Result<Vec<Node>> {
    let mut st = c.prepare_cached(&format!("SELECT {COLUMNS} FROM node ORDER BY level, key"))?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn count_children(c: &Connection, id: Uuid) -> Result<usize> {
    Ok(c.prepare_cached("SELECT count(*) FROM node WHERE parent_id = ?1")?
        .query_row([id], |r| r.get::<_, i64>(0))? as usize)
}

/// The node and everything below it, deepest first (the order they can be deleted in).
pub(crate) fn subtree_ids(c: &Connection, id: Uuid) -> Result<Vec<Uuid>> {
    let mut st = c.prepare_cached(
        "WITH RECURSIVE sub(id, level) AS (
             SELECT id, level FROM node WHERE id = ?1
             UNION ALL SELECT n.id, n.level FROM node n JOIN sub ON n.parent_id = sub.id)
         SELECT id FROM sub ORDER BY level DESC",
    )?;
    let rows = st.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn delete(c: &Connection, id: Uuid) -> Result<()> {
    c.prepare_cached("DELETE FROM node WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// Inserts many nodes at once (imports); parents must come first.
pub(crate) fn insert_many(c: &Connection, nodes: &[Node]) -> Result<()> {
    super::bulk::insert(c, "node", COLUMNS, nodes, bind)
}

/// Every node id of the plan.
pub(crate) fn ids(c: &Connection) -> Result<Vec<Uuid>> {
    let mut st = c.prepare_cached("SELECT id FROM node")?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The keys of the nodes at the company's level, in key order (a plan holds one).
pub(crate) fn company_keys(c: &Connection) -> Result<Vec<String>> {
    let mut st = c.prepare_cached("SELECT key FROM node WHERE level = 0 ORDER BY key")?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
