//! SQL for the `plan_meta` and `review_scope` tables: the plan's identity and, in a review
//! copy, what it was taken from and which nodes it covers.

use rusqlite::{params, Connection, OptionalExtension};

use crate::Result;

/// The plan's own identity, set when the plan is made (or upgraded to format 2).
pub(crate) const PLAN_ID: &str = "plan_id";
/// In a review copy: the `plan_id` of the plan it was handed out from.
pub(crate) const REVIEW_OF: &str = "review_of";
/// In a review copy: the reviewed node's name, for messages.
pub(crate) const REVIEW_NODE_NAME: &str = "review_node_name";

pub(crate) fn get(c: &Connection, name: &str) -> Result<Option<String>> {
    Ok(c.prepare_cached("SELECT value FROM plan_meta WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

pub(crate) fn set(c: &Connection, name: &str, value: &str) -> Result<()> {
    c.prepare_cached("INSERT INTO plan_meta (name, value) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET value = ?2")?
        .execute(params![name, value])?;
    Ok(())
}

/// The name of the node a review copy covers ("one team" is never stored).
pub(crate) fn reviewed_node_name(c: &Connection) -> Result<String> {
    Ok(get(c, REVIEW_NODE_NAME)?.unwrap_or_else(|| "one team".into()))
}

pub(crate) fn add_to_scope(c: &Connection, node_id: uuid::Uuid) -> Result<()> {
    c.prepare_cached("INSERT OR IGNORE INTO review_scope (node_id) VALUES (?1)")?
        .execute([node_id])?;
    Ok(())
}

/// The nodes a review copy covers (empty in a plan of its own).
pub(crate) fn scope(c: &Connection) -> Result<Vec<uuid::Uuid>> {
    let mut st = c.prepare_cached("SELECT node_id FROM review_scope ORDER BY node_id")?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
