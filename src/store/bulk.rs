//! Many rows into one table at once, for imports and rollovers.
//!
//! One `INSERT … VALUES (…), (…), …` of [`ROWS`] rows costs SQLite about as much as a
//! single-row insert apart from the rows themselves: the statement is started, its
//! cursors on the table and every index opened, and it is reset once per batch instead
//! of once per row. Rows that do not fill a batch go in one at a time.

use rusqlite::{Connection, Statement};

use crate::Result;

/// Rows per statement: 500 rows of the widest table (14 columns) stay far below SQLite's
/// limit of bound parameters (32,766); batches of 32 save a sixth of the time of single
/// rows, batches of 500 two fifths, and larger ones nothing more.
const ROWS: usize = 500;

/// Inserts `rows` into `table`; `bind` binds one row's values in `columns` order,
/// starting at the given parameter index.
pub(crate) fn insert<T>(
    c: &Connection,
    table: &str,
    columns: &str,
    rows: &[T],
    mut bind: impl FnMut(&mut Statement<'_>, usize, &T) -> rusqlite::Result<()>,
) -> Result<()> {
    let width = columns.split(',').count();
    let sql = |n: usize| {
        let row = format!("({})", vec!["?"; width].join(", "));
        format!("INSERT INTO {table} ({columns}) VALUES {}", vec![row; n].join(", "))
    };
    let mut batches = rows.chunks_exact(ROWS);
    if rows.len() >= ROWS {
        let mut st = c.prepare_cached(&sql(ROWS))?;
        for batch in &mut batches {
            for (i, row) in batch.iter().enumerate() {
                bind(&mut st, i * width + 1, row)?;
            }
            st.raw_execute()?;
        }
    }
    let rest = batches.remainder();
    if !rest.is_empty() {
        let mut st = c.prepare_cached(&sql(1))?;
        for row in rest {
            bind(&mut st, 1, row)?;
            st.raw_execute()?;
        }
    }
    Ok(())
}
