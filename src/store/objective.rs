//! SQL for the `objective` table.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Statement};
use uuid::Uuid;

use super::stamp;
use crate::{Objective, Quarter, Result};

const COLUMNS: &str =
    "id, key, quarter, owner_id, title, description, parent_id, carried_from, created_at, updated_at, commitment";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Objective> {
    let conv = |i: usize, e: crate::Error| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    Ok(Objective {
        id: r.get(0)?,
        key: r.get(1)?,
        quarter: r.get::<_, String>(2)?.parse::<Quarter>().map_err(|e| conv(2, e))?,
        owner_id: r.get(3)?,
        title: r.get(4)?,
        description: r.get(5)?,
        parent_id: r.get(6)?,
        carried_from: r.get(7)?,
        created_at: stamp::read(r, 8)?,
        updated_at: stamp::read(r, 9)?,
        commitment: r.get::<_, String>(10)?.parse().map_err(|e| conv(10, e))?,
    })
}

/// Formats the values an objective is bound with; most rows of one import or rollover
/// share their timestamps, so the last one formatted is kept.
fn bind(st: &mut Statement<'_>, at: usize, o: &Objective) -> rusqlite::Result<()> {
    st.raw_bind_parameter(at, o.id.as_bytes())?;
    st.raw_bind_parameter(at + 1, &o.key)?;
    st.raw_bind_parameter(at + 2, o.quarter.to_string())?;
    st.raw_bind_parameter(at + 3, o.owner_id.as_bytes())?;
    st.raw_bind_parameter(at + 4, &o.title)?;
    st.raw_bind_parameter(at + 5, &o.description)?;
    st.raw_bind_parameter(at + 6, o.parent_id.as_ref().map(Uuid::as_bytes))?;
    st.raw_bind_parameter(at + 7, o.carried_from.as_ref().map(Uuid::as_bytes))?;
    st.raw_bind_parameter(at + 8, stamp::of(o.created_at))?;
    st.raw_bind_parameter(at + 9, stamp::of(o.updated_at))?;
    st.raw_bind_parameter(at + 10, o.commitment.as_str())
}

pub(crate) fn insert(c: &Connection, o: &Objective) -> Result<()> {
    insert_many(c, std::slice::from_ref(o))
}

/// Rewrites an objective, leaving its `created_at` (parameter 9) as it was.
pub(crate) fn update(c: &Connection, o: &Objective) -> Result<()> {
    let mut st = c.prepare_cached(
        "UPDATE objective SET key = ?2, quarter = ?3, owner_id = ?4, title = ?5, description = ?6, \
         parent_id = ?7, carried_from = ?8, updated_at = ?10, commitment = ?11 WHERE id = ?1",
    )?;
    bind(&mut st, 1, o)?;
    st.raw_execute()?;
    Ok(())
}

pub(crate) fn get(c: &Connection, id: Uuid) -> Result<Option<Objective>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM objective WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?,
    )
}

pub(crate) fn get_by_key(c: &Connection, key: &str) -> Result<Option<Objective>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM objective WHERE key = ?1"))?
            .query_row([key], from_row)
            .optional()?,
    )
}

pub(crate) fn key_exists(c: &Connection, key: &str) -> Result<bool> {
    Ok(c.prepare_cached("SELECT 1 FROM objective WHERE key = ?1")?
        .query_row([key], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Objectives of one quarter, or of all, ordered by quarter then key.
pub(crate) fn list(c: &Connection, quarter: Option<Quarter>) -> Result<Vec<Objective>> {
    // Read in the table's order and sorted here: SQLite would sort through its own
    // sorter, with no index to read them in order from (the objective_quarter index of
    // earlier formats is gone, see `compact`); sorting the structs costs a third of that.
    let mut st = c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM objective WHERE ?1 IS NULL OR quarter = ?1"
    ))?;
    let rows = st.query_map([quarter.map(|q| q.to_string())], from_row)?;
    let mut all: Vec<Objective> = rows.collect::<rusqlite::Result<_>>()?;
    // SQLite's BINARY order of text is the byte order, which is `str`'s.
    all.sort_unstable_by(|a, b| (a.quarter, &a.key).cmp(&(b.quarter, &b.key)));
    Ok(all)
}

pub(crate) fn list_owned_by(c: &Connection, owner: Uuid) -> Result<Vec<Uuid>> {
    let mut st = c.prepare_cached("SELECT id FROM objective WHERE owner_id = ?1")?;
    let rows = st.query_map([owner], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn count_owned_by(c: &Connection, owner: Uuid) -> Result<usize> {
    Ok(c.prepare_cached("SELECT count(*) FROM objective WHERE owner_id = ?1")?
        .query_row([owner], |r| r.get::<_, i64>(0))? as usize)
}

pub(crate) fn count_owned_in(c: &Connection, owner: Uuid, quarter: Quarter) -> Result<usize> {
    Ok(
        c.prepare_cached("SELECT count(*) FROM objective WHERE owner_id = ?1 AND quarter = ?2")?
            .query_row(params![owner, quarter.to_string()], |r| r.get::<_, i64>(0))? as usize,
    )
}

/// The quarters that hold at least one objective, oldest first.
/// How many objectives each person or unit owns in `quarter`, from the owner index alone.
pub(crate) fn counts_by_owner(c: &Connection, quarter: Quarter) -> Result<rustc_hash::FxHashMap<Uuid, u32>> {
    let mut st = c.prepare_cached("SELECT owner_id, count(*) FROM objective WHERE quarter = ?1 GROUP BY owner_id")?;
    let rows = st.query_map([quarter.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn quarters(c: &Connection) -> Result<Vec<Quarter>> {
    let mut st = c.prepare_cached("SELECT DISTINCT quarter FROM objective ORDER BY quarter")?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for q in rows {
        out.push(q?.parse()?);
    }
    Ok(out)
}

pub(crate) fn parent_of(c: &Connection, id: Uuid) -> Result<Option<Uuid>> {
    Ok(c.prepare_cached("SELECT parent_id FROM objective WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .flatten())
}

/// Unlinks every objective that supports `id`; returns how many.
pub(crate) fn unlink_children(c: &Connection, id: Uuid, now: DateTime<Utc>) -> Result<usize> {
    Ok(
        c.prepare_cached("UPDATE objective SET parent_id = NULL, updated_at = ?2 WHERE parent_id = ?1")?
            .execute(params![id, stamp::of(now)])?,
    )
}

pub(crate) fn delete(c: &Connection, id: Uuid) -> Result<()> {
    c.prepare_cached("DELETE FROM objective WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// Inserts many objectives at once (imports, rollovers); with foreign keys deferred, a
/// child may come before its parent.
pub(crate) fn insert_many(c: &Connection, objectives: &[Objective]) -> Result<()> {
    super::bulk::insert(c, "objective", COLUMNS, objectives, bind)
}

/// Every objective id of the plan.
pub(crate) fn ids(c: &Connection) -> Result<Vec<Uuid>> {
    let mut st = c.prepare_cached("SELECT id FROM objective")?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
