//! SQL for the `quarter_lock` table: quarters closed to edits after their review.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::stamp;
use crate::{Quarter, QuarterLock, Result};

fn from_row(r: &Row<'_>) -> rusqlite::Result<QuarterLock> {
    let conv = |i: usize, e: Box<dyn std::error::Error + Send + Sync>| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e)
    };
    Ok(QuarterLock {
        quarter: r
            .get::<_, String>(0)?
            .parse::<Quarter>()
            .map_err(|e| conv(0, Box::new(e)))?,
        locked_by: r.get(1)?,
        locked_at: stamp::read(r, 2)?,
    })
}

pub(crate) fn insert(c: &Connection, l: &QuarterLock) -> Result<()> {
    c.prepare_cached("INSERT INTO quarter_lock (quarter, locked_by, locked_at) VALUES (?1, ?2, ?3)")?
        .execute(params![l.quarter.to_string(), l.locked_by, stamp::of(l.locked_at)])?;
    Ok(())
}

/// Removes a lock; returns whether there was one.
pub(crate) fn delete(c: &Connection, quarter: Quarter) -> Result<bool> {
    Ok(c.prepare_cached("DELETE FROM quarter_lock WHERE quarter = ?1")?
        .execute([quarter.to_string()])?
        > 0)
}

pub(crate) fn get(c: &Connection, quarter: Quarter) -> Result<Option<QuarterLock>> {
    Ok(
        c.prepare_cached("SELECT quarter, locked_by, locked_at FROM quarter_lock WHERE quarter = ?1")?
            .query_row([quarter.to_string()], from_row)
            .optional()?,
    )
}

/// Every lock, oldest quarter first.
pub(crate) fn list(c: &Connection) -> Result<Vec<QuarterLock>> {
    let mut st = c.prepare_cached("SELECT quarter, locked_by, locked_at FROM quarter_lock ORDER BY quarter")?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
