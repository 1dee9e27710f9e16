//! SQL for the `setting` table.

use rusqlite::{params, Connection};

use crate::{Result, Settings};

pub(crate) fn get(c: &Connection) -> Result<Settings> {
    let mut st = c.prepare_cached("SELECT name, value FROM setting")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(Settings::from_rows(rows.collect::<rusqlite::Result<Vec<_>>>()?))
}

pub(crate) fn put(c: &Connection, s: &Settings) -> Result<()> {
    let mut st = c.prepare_cached(
        "INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
    )?;
    for (name, value) in s.to_rows() {
        st.execute(params![name, value])?;
    }
    Ok(())
}
