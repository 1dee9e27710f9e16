//! SQL for the `checkin` table.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::stamp;
use crate::{CheckIn, Result};

const COLUMNS: &str = "c.id, c.key_result_id, c.date, c.value, c.note, c.who, c.confidence, c.recorded_at";

fn conv(i: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<CheckIn> {
    let date: String = r.get(2)?;
    Ok(CheckIn {
        id: r.get(0)?,
        key_result_id: r.get(1)?,
        date: NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|e| conv(2, e))?,
        value: r.get(3)?,
        note: r.get(4)?,
        who: r.get(5)?,
        confidence: r
            .get::<_, Option<String>>(6)?
            .map(|c| c.parse())
            .transpose()
            .map_err(|e: crate::Error| conv(6, e))?,
        recorded_at: stamp::read(r, 7)?,
    })
}

pub(crate) fn insert(c: &Connection, k: &CheckIn) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO checkin (id, key_result_id, date, value, note, who, confidence, recorded_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        k.id,
        k.key_result_id,
        k.date.format("%Y-%m-%d").to_string(),
        k.value,
        k.note,
        k.who,
        k.confidence.map(|c| c.as_str()),
        stamp::of(k.recorded_at),
    ])?;
    Ok(())
}

pub(crate) fn get(c: &Connection, id: Uuid) -> Result<Option<CheckIn>> {
    Ok(
        c.prepare_cached(&format!("SELECT {COLUMNS} FROM checkin c WHERE c.id = ?1"))?
            .query_row([id], from_row)
            .optional()?,
    )
}

pub(crate) fn delete(c: &Connection, id: Uuid) -> Result<()> {
    c.prepare_cached("DELETE FROM checkin WHERE id = ?1")?.execute([id])?;
    Ok(())
}

/// The history of one key result, oldest first (by date, then by when recorded).
pub(crate) fn list_for(c: &Connection, key_result: Uuid) -> Result<Vec<CheckIn>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM checkin c WHERE c.key_result_id = ?1 ORDER BY c.date, c.recorded_at"
    ))?;
    let rows = st.query_map([key_result], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The latest check-in of one key result (by date, then by when recorded).
pub(crate) fn latest_for(c: &Connection, key_result: Uuid) -> Result<Option<CheckIn>> {
    Ok(c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM checkin c WHERE c.key_result_id = ?1 \
             ORDER BY c.date DESC, c.recorded_at DESC LIMIT 1"
    ))?
    .query_row([key_result], from_row)
    .optional()?)
}

/// Check-ins of the key results of one quarter's objectives (or all), grouped by key
/// result, each oldest first.
pub(crate) fn list(c: &Connection, quarter: Option<&str>) -> Result<Vec<CheckIn>> {
    let mut st = c.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM checkin c JOIN key_result k ON k.id = c.key_result_id \
         JOIN objective o ON o.id = k.objective_id \
         WHERE ?1 IS NULL OR o.quarter = ?1 ORDER BY c.key_result_id, c.date, c.recorded_at"
    ))?;
    let rows = st.query_map([quarter], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many check-ins each key result holds (those with none are absent).
pub(crate) fn counts(c: &Connection) -> Result<rustc_hash::FxHashMap<Uuid, u32>> {
    let mut st = c.prepare_cached("SELECT key_result_id, count(*) FROM checkin GROUP BY key_result_id")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many check-ins each key result of one objective holds (those with none are absent).
pub(crate) fn counts_for_objective(c: &Connection, objective: Uuid) -> Result<Vec<(Uuid, u32)>> {
    let mut st = c.prepare_cached(
        "SELECT c.key_result_id, count(*) FROM checkin c JOIN key_result k ON k.id = c.key_result_id \
         WHERE k.objective_id = ?1 GROUP BY c.key_result_id",
    )?;
    let rows = st.query_map([objective], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Inserts many check-ins at once (a weekly report).
pub(crate) fn insert_many(c: &Connection, checkins: &[CheckIn]) -> Result<()> {
    super::bulk::insert(
        c,
        "checkin",
        "id, key_result_id, date, value, note, who, confidence, recorded_at",
        checkins,
        |st, at, k| {
            st.raw_bind_parameter(at, k.id.as_bytes())?;
            st.raw_bind_parameter(at + 1, k.key_result_id.as_bytes())?;
            st.raw_bind_parameter(at + 2, k.date.format("%Y-%m-%d").to_string())?;
            st.raw_bind_parameter(at + 3, k.value)?;
            st.raw_bind_parameter(at + 4, &k.note)?;
            st.raw_bind_parameter(at + 5, &k.who)?;
            st.raw_bind_parameter(at + 6, k.confidence.map(|x| x.as_str()))?;
            st.raw_bind_parameter(at + 7, stamp::of(k.recorded_at))
        },
    )
}

/// The date of each key result's latest check-in (those with none are absent).
pub(crate) fn latest_dates(c: &Connection) -> Result<rustc_hash::FxHashMap<Uuid, NaiveDate>> {
    let mut st = c.prepare_cached("SELECT key_result_id, max(date) FROM checkin GROUP BY key_result_id")?;
    let rows = st.query_map([], |r| {
        let date: String = r.get(1)?;
        Ok((
            r.get(0)?,
            NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|e| conv(1, e))?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
