//! SQL for the `objective` table.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::{opt_uuid_at, uuid_at, UuidText};
use crate::{Objective, Quarter, Result};

const COLUMNS: &str =
    "id, key, quarter, owner_id, title, description, parent_id, carried_from, created_at, updated_at, commitment";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Objective> {
    let conv = |i: usize, e: crate::Error| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    };
    let time = |i: usize| -> rusqlite::Result<DateTime<Utc>> {
        let s: String = r.get(i)?;
        DateTime::parse_from_rfc3339(&s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
    };
    Ok(Objective {
        id: uuid_at(r, 0)?,
        key: r.get(1)?,
        quarter: r.get::<_, String>(2)?.parse::<Quarter>().map_err(|e| conv(2, e))?,
        owner_id: uuid_at(r, 3)?,
        title: r.get(4)?,
        description: r.get(5)?,
        parent_id: opt_uuid_at(r, 6)?,
        carried_from: opt_uuid_at(r, 7)?,
        created_at: time(8)?,
        updated_at: time(9)?,
        commitment: r.get::<_, String>(10)?.parse().map_err(|e| conv(10, e))?,
    })
}

pub(crate) fn insert(c: &Connection, o: &Objective) -> Result<()> {
    c.prepare_cached(&format!(
        "INSERT INTO objective ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    ))?
    .execute(params![
        o.id.to_string(),
        o.key,
        o.quarter.to_string(),
        o.owner_id.to_string(),
        o.title,
        o.description,
        o.parent_id.map(|p| p.to_string()),
        o.carried_from.map(|p| p.to_string()),
        o.created_at.to_rfc3339(),
        o.updated_at.to_rfc3339(),
        o.commitment.as_str(),
    ])?;
    Ok(())
}

pub(crate) fn update(c: &Connection, o: &Objective) -> Result<()> {
    c.prepare_cached(
        "UPDATE objective SET key = ?2, quarter = ?3, owner_id = ?4, title = ?5, description = ?6, \
         parent_id = ?7, carried_from = ?8, updated_at = ?9, commitment = ?10 WHERE id = ?1",
    )?
    .execute(params![
        o.id.to_string(),
        o.key,
        o.quarter.to_string(),
        o.owner_id.to_string(),
        o.title,
        o.description,
        o.parent_id.map(|p| p.to_string()),
        o.carried_from.map(|p| p.to_string()),
        o.updated_at.to_rfc3339(),
        o.commitment.as_str(),
    ])?;
    Ok(())
}

pub(crate) fn get(c: &Connection, id: Uuid) -> Result<Option<Objective>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM objective WHERE id = ?1"))?
            .query_row([id.to_string()], from_row)
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
    let mut st = c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM objective WHERE ?1 IS NULL OR quarter = ?1 ORDER BY quarter, key"
    ))?;
    let rows = st.query_map([quarter.map(|q| q.to_string())], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn list_owned_by(c: &Connection, owner: Uuid) -> Result<Vec<Uuid>> {
    let mut st = c.prepare_cached("SELECT id FROM objective WHERE owner_id = ?1")?;
    let rows = st.query_map([owner.to_string()], |r| uuid_at(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn count_owned_by(c: &Connection, owner: Uuid) -> Result<usize> {
    Ok(c.prepare_cached("SELECT count(*) FROM objective WHERE owner_id = ?1")?
        .query_row([owner.to_string()], |r| r.get::<_, i64>(0))? as usize)
}

pub(crate) fn count_owned_in(c: &Connection, owner: Uuid, quarter: Quarter) -> Result<usize> {
    Ok(
        c.prepare_cached("SELECT count(*) FROM objective WHERE owner_id = ?1 AND quarter = ?2")?
            .query_row(params![owner.to_string(), quarter.to_string()], |r| r.get::<_, i64>(0))? as usize,
    )
}

/// The quarters that hold at least one objective, oldest first.
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
        .query_row([id.to_string()], |r| opt_uuid_at(r, 0))
        .optional()?
        .flatten())
}

/// Unlinks every objective that supports `id`; returns how many.
pub(crate) fn unlink_children(c: &Connection, id: Uuid, now: DateTime<Utc>) -> Result<usize> {
    Ok(
        c.prepare_cached("UPDATE objective SET parent_id = NULL, updated_at = ?2 WHERE parent_id = ?1")?
            .execute(params![id.to_string(), now.to_rfc3339()])?,
    )
}

pub(crate) fn delete(c: &Connection, id: Uuid) -> Result<()> {
    c.prepare_cached("DELETE FROM objective WHERE id = ?1")?
        .execute([id.to_string()])?;
    Ok(())
}

/// Inserts many objectives with one prepared statement (imports, rollovers); parents
/// must come first.
pub(crate) fn insert_many(c: &Connection, objectives: &[Objective]) -> Result<()> {
    let mut st = c.prepare_cached(&format!(
        "INSERT INTO objective ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    ))?;
    let (mut id, mut owner, mut parent, mut from) =
        (UuidText::new(), UuidText::new(), UuidText::new(), UuidText::new());
    // Most rows of one import share their timestamps; format each distinct one once.
    let mut times: Option<(DateTime<Utc>, String)> = None;
    let mut time = |t: DateTime<Utc>| -> String {
        match &times {
            Some((at, s)) if *at == t => s.clone(),
            _ => {
                let s = t.to_rfc3339();
                times = Some((t, s.clone()));
                s
            }
        }
    };
    for o in objectives {
        st.execute(params![
            id.of(o.id),
            o.key,
            o.quarter.to_string(),
            owner.of(o.owner_id),
            o.title,
            o.description,
            o.parent_id.map(|p| parent.of(p).to_owned()),
            o.carried_from.map(|p| from.of(p).to_owned()),
            time(o.created_at),
            time(o.updated_at),
            o.commitment.as_str(),
        ])?;
    }
    Ok(())
}
