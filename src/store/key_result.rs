//! SQL for the `key_result` table.

use rusqlite::{params, Connection, OptionalExtension, Row, Statement};
use uuid::Uuid;

use crate::{Confidence, KeyResult, Result};

const COLUMNS: &str =
    "id, objective_id, position, title, kind, baseline, target, current, unit, weight, key, score, confidence, measure";

fn from_row(r: &Row<'_>) -> rusqlite::Result<KeyResult> {
    let kind: String = r.get(4)?;
    Ok(KeyResult {
        id: r.get(0)?,
        objective_id: r.get(1)?,
        position: r.get(2)?,
        title: r.get(3)?,
        kind: kind
            .parse()
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e)))?,
        baseline: r.get(5)?,
        target: r.get(6)?,
        current: r.get(7)?,
        unit: r.get(8)?,
        weight: r.get(9)?,
        key: r.get(10)?,
        score: r.get(11)?,
        confidence: r
            .get::<_, Option<String>>(12)?
            .map(|c| c.parse())
            .transpose()
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(12, rusqlite::types::Type::Text, Box::new(e)))?,
        measure: r.get(13)?,
    })
}

/// Binds a key result's values in `COLUMNS` order from parameter `at`: one binding for
/// insert and update, so the two cannot disagree.
fn bind(st: &mut Statement<'_>, at: usize, k: &KeyResult) -> rusqlite::Result<()> {
    st.raw_bind_parameter(at, k.id.as_bytes())?;
    st.raw_bind_parameter(at + 1, k.objective_id.as_bytes())?;
    st.raw_bind_parameter(at + 2, k.position)?;
    st.raw_bind_parameter(at + 3, &k.title)?;
    st.raw_bind_parameter(at + 4, k.kind.as_str())?;
    st.raw_bind_parameter(at + 5, k.baseline)?;
    st.raw_bind_parameter(at + 6, k.target)?;
    st.raw_bind_parameter(at + 7, k.current)?;
    st.raw_bind_parameter(at + 8, &k.unit)?;
    st.raw_bind_parameter(at + 9, k.weight)?;
    // Empty only while a first import makes its keys ([`set_key`]): absent until then.
    st.raw_bind_parameter(at + 10, Some(&k.key).filter(|k| !k.is_empty()))?;
    st.raw_bind_parameter(at + 11, k.score)?;
    st.raw_bind_parameter(at + 12, k.confidence.map(|c| c.as_str()))?;
    st.raw_bind_parameter(at + 13, &k.measure)
}

pub(crate) fn insert(c: &Connection, k: &KeyResult) -> Result<()> {
    insert_many(c, std::slice::from_ref(k))
}

pub(crate) fn update(c: &Connection, k: &KeyResult) -> Result<()> {
    let mut st = c.prepare_cached(
        "UPDATE key_result SET objective_id = ?2, position = ?3, title = ?4, kind = ?5, baseline = ?6, \
         target = ?7, current = ?8, unit = ?9, weight = ?10, key = ?11, score = ?12, confidence = ?13, \
         measure = ?14 WHERE id = ?1",
    )?;
    bind(&mut st, 1, k)?;
    st.raw_execute()?;
    Ok(())
}

pub(crate) fn get(c: &Connection, id: Uuid) -> Result<Option<KeyResult>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM key_result WHERE id = ?1"))?
            .query_row([id], from_row)
            .optional()?,
    )
}

pub(crate) fn get_by_key(c: &Connection, key: &str) -> Result<Option<KeyResult>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM key_result WHERE key = ?1"))?
            .query_row([key], from_row)
            .optional()?,
    )
}

pub(crate) fn key_exists(c: &Connection, key: &str) -> Result<bool> {
    Ok(c.prepare_cached("SELECT 1 FROM key_result WHERE key = ?1")?
        .query_row([key], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Key results of one objective, in order.
pub(crate) fn list_for(c: &Connection, objective: Uuid) -> Result<Vec<KeyResult>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM key_result WHERE objective_id = ?1 ORDER BY position"
    ))?;
    let rows = st.query_map([objective], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Key results of every objective in `quarter` (or all), grouped by objective, in order.
pub(crate) fn list(c: &Connection, quarter: Option<&str>) -> Result<Vec<KeyResult>> {
    let cols = COLUMNS
        .split(", ")
        .map(|c| format!("k.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    // The whole plan's are read in the table's order, without a join, and sorted here.
    let mut st = match quarter {
        Some(_) => c.prepare_cached(&format!(
            "SELECT {cols} FROM key_result k JOIN objective o ON o.id = k.objective_id WHERE o.quarter = ?1"
        ))?,
        None => c.prepare_cached(&format!("SELECT {COLUMNS} FROM key_result"))?,
    };
    let rows = match quarter {
        Some(q) => st.query_map([q], from_row)?,
        None => st.query_map([], from_row)?,
    };
    let mut all: Vec<KeyResult> = rows.collect::<rusqlite::Result<_>>()?;
    // Ids compare as SQLite compares their blobs: byte by byte.
    all.sort_unstable_by_key(|k| (k.objective_id, k.position));
    Ok(all)
}

pub(crate) fn delete(c: &Connection, id: Uuid) -> Result<()> {
    c.prepare_cached("DELETE FROM key_result WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

pub(crate) fn delete_for(c: &Connection, objective: Uuid) -> Result<usize> {
    Ok(c.prepare_cached("DELETE FROM key_result WHERE objective_id = ?1")?
        .execute([objective])?)
}

/// Rewrites positions 0, 1, 2… in the given order.
pub(crate) fn renumber(c: &Connection, ids: &[Uuid]) -> Result<()> {
    let mut st = c.prepare_cached("UPDATE key_result SET position = ?2 WHERE id = ?1")?;
    for (i, id) in ids.iter().enumerate() {
        st.execute(params![id, i as u32])?;
    }
    Ok(())
}

/// Inserts many key results at once (imports, rollovers).
pub(crate) fn insert_many(c: &Connection, krs: &[KeyResult]) -> Result<()> {
    super::bulk::insert(c, "key_result", COLUMNS, krs, bind)
}

/// Gives a key result its key (a first import's key results without one get theirs once
/// every key the file gives is written).
pub(crate) fn set_key(c: &Connection, id: Uuid, key: &str) -> Result<()> {
    c.prepare_cached("UPDATE key_result SET key = ?2 WHERE id = ?1")?
        .execute(rusqlite::params![id, key])?;
    Ok(())
}

/// Every key result's key with its id, for imports that match rows by key.
pub(crate) fn keys_with_ids(c: &Connection) -> Result<rustc_hash::FxHashMap<String, Uuid>> {
    let mut st = c.prepare_cached("SELECT key, id FROM key_result WHERE key IS NOT NULL")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every key result key in the plan, for imports and rollovers that make many at once.
pub(crate) fn keys(c: &Connection) -> Result<rustc_hash::FxHashSet<String>> {
    let mut st = c.prepare_cached("SELECT key FROM key_result WHERE key IS NOT NULL")?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every key result id of the plan.
pub(crate) fn ids(c: &Connection) -> Result<Vec<Uuid>> {
    let mut st = c.prepare_cached("SELECT id FROM key_result")?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A key result as a weekly report finds it: by its key, or by its objective's owner and
/// quarter and its measure.
#[derive(Debug, Clone)]
pub(crate) struct Measured {
    pub id: Uuid,
    pub key: String,
    pub owner_id: Uuid,
    pub quarter: String,
    pub measure: String,
}

/// Every key result of the objectives of `quarters` (all quarters for `None`), with its
/// objective's owner and quarter.
pub(crate) fn measured(c: &Connection, quarters: Option<&[String]>) -> Result<Vec<Measured>> {
    let filter = quarters.map(|q| serde_json::to_string(q).expect("strings serialise"));
    let mut st = c.prepare_cached(
        "SELECT k.id, k.key, o.owner_id, o.quarter, k.measure FROM key_result k \
         JOIN objective o ON o.id = k.objective_id \
         WHERE ?1 IS NULL OR o.quarter IN (SELECT value FROM json_each(?1))",
    )?;
    let rows = st.query_map([filter], |r| {
        Ok(Measured {
            id: r.get(0)?,
            key: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
            owner_id: r.get(2)?,
            quarter: r.get(3)?,
            measure: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Sets the current value of each key result, and its confidence when one is given (the
/// check-ins of a report that became their latest): `(id, current, confidence)`.
pub(crate) fn set_currents(c: &Connection, currents: &[(Uuid, f64, Option<Confidence>)]) -> Result<()> {
    let mut st =
        c.prepare_cached("UPDATE key_result SET current = ?2, confidence = coalesce(?3, confidence) WHERE id = ?1")?;
    for (kr, current, confidence) in currents {
        st.execute(params![kr, current, confidence.map(|x| x.as_str())])?;
    }
    Ok(())
}
