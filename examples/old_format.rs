//! Writes a plan in an older format, as a program of that format would have left it after
//! opening the plan: the sample files of `tests/data/` that the upgrade tests start from.
//! The source is a plan of format 1 (or any format up to the one asked); the copy is
//! brought to `FORMAT` by the migrations of formats up to it and no further.
//!
//! Usage: cargo run --example old_format -- SOURCE.okr OUT.okr FORMAT

use rusqlite::Connection;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source, out, format] = args.as_slice() else {
        return Err("usage: old_format SOURCE.okr OUT.okr FORMAT".into());
    };
    let format: usize = format.parse()?;
    if format >= cascade::store::schema::SCHEMA_VERSION as usize {
        return Err(format!("format {format} is this program's own: open the plan with okr").into());
    }
    std::fs::copy(source, out)?;
    let mut conn = Connection::open(out)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    cascade::store::schema::migrations().to_version(&mut conn, format)?;
    conn.execute_batch("VACUUM;")?;
    Ok(())
}
