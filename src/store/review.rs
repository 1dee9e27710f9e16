//! SQL for the `review` table: which nodes' OKRs were reviewed for which quarter.

use rusqlite::{params, Connection, Row};
use uuid::Uuid;

use super::stamp;
use crate::{Quarter, Result, Review};

fn from_row(r: &Row<'_>) -> rusqlite::Result<Review> {
    let conv = |i: usize, e: Box<dyn std::error::Error + Send + Sync>| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e)
    };
    Ok(Review {
        node_id: r.get(0)?,
        quarter: r
            .get::<_, String>(1)?
            .parse::<Quarter>()
            .map_err(|e| conv(1, Box::new(e)))?,
        reviewed_by: r.get(2)?,
        reviewed_at: stamp::read(r, 3)?,
    })
}

/// Marks a node reviewed, or renews the mark (who and when) if it was already.
pub(crate) fn upsert(c: &Connection, r: &Review) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO review (node_id, quarter, reviewed_by, reviewed_at) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (node_id, quarter) DO UPDATE SET reviewed_by = excluded.reviewed_by, \
         reviewed_at = excluded.reviewed_at",
    )?
    .execute(params![
        r.node_id,
        r.quarter.to_string(),
        r.reviewed_by,
        stamp::of(r.reviewed_at)
    ])?;
    Ok(())
}

/// Removes a mark; returns whether there was one.
pub(crate) fn delete(c: &Connection, node: Uuid, quarter: Quarter) -> Result<bool> {
    Ok(
        c.prepare_cached("DELETE FROM review WHERE node_id = ?1 AND quarter = ?2")?
            .execute(params![node, quarter.to_string()])?
            > 0,
    )
}

/// The marks of one quarter, or of all, by quarter then node id.
pub(crate) fn list(c: &Connection, quarter: Option<Quarter>) -> Result<Vec<Review>> {
    let mut st = c.prepare_cached(
        "SELECT node_id, quarter, reviewed_by, reviewed_at FROM review \
         WHERE ?1 IS NULL OR quarter = ?1 ORDER BY quarter, node_id",
    )?;
    let rows = st.query_map([quarter.map(|q| q.to_string())], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
