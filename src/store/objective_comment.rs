//! SQL for the `objective_comment` table: reviewers' comments on objectives.

use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::stamp;
use crate::{ObjectiveComment, Quarter, Result};

fn from_row(r: &Row<'_>) -> rusqlite::Result<ObjectiveComment> {
    Ok(ObjectiveComment {
        id: r.get(0)?,
        objective_id: r.get(1)?,
        author: r.get(2)?,
        text: r.get(3)?,
        created_at: stamp::read(r, 4)?,
    })
}

pub(crate) fn insert(c: &Connection, m: &ObjectiveComment) -> Result<()> {
    c.prepare_cached(
        "INSERT INTO objective_comment (id, objective_id, author, text, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![m.id, m.objective_id, m.author, m.text, stamp::of(m.created_at)])?;
    Ok(())
}

pub(crate) fn get(c: &Connection, id: Uuid) -> Result<Option<ObjectiveComment>> {
    Ok(
        c.prepare_cached("SELECT id, objective_id, author, text, created_at FROM objective_comment WHERE id = ?1")?
            .query_row([id], from_row)
            .optional()?,
    )
}

/// Removes a comment; returns whether it existed.
pub(crate) fn delete(c: &Connection, id: Uuid) -> Result<bool> {
    Ok(c.prepare_cached("DELETE FROM objective_comment WHERE id = ?1")?
        .execute([id])?
        > 0)
}

/// Comments on the objectives of one quarter (or all), oldest first.
pub(crate) fn list(c: &Connection, quarter: Option<Quarter>) -> Result<Vec<ObjectiveComment>> {
    let mut st = c.prepare_cached(
        "SELECT m.id, m.objective_id, m.author, m.text, m.created_at FROM objective_comment m \
         JOIN objective o ON o.id = m.objective_id WHERE ?1 IS NULL OR o.quarter = ?1 \
         ORDER BY m.created_at, m.id",
    )?;
    let rows = st.query_map([quarter.map(|q| q.to_string())], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
