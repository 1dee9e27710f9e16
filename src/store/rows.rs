//! SQL for any table, read and written as plain rows (column name → value).
//!
//! Review copies ([`crate::review_copy`]) copy, compare and merge plan content table by
//! table without knowing each table's columns, so a new table or column added by a later
//! migration is handed out and merged without changes here. Values travel as JSON
//! (`serde_json::Value`), which keeps SQLite's integer/real/text distinction. Ids, kept
//! by the file as 16-byte blobs, travel as their usual text (`01a2…-…`), which is how a
//! review copy's base has always recorded them; every other blob is `{"blob": "<hex>"}`.
//! Writing back, a column declared `BLOB` turns such text into the id's bytes again.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::types::{Value as Sql, ValueRef};
use rusqlite::{params_from_iter, Connection};
use serde_json::Value;

use crate::Result;

/// One row: column name → value.
pub(crate) type Row = BTreeMap<String, Value>;

/// Tables that describe the file rather than hold plan content.
const NOT_CONTENT: &[&str] = &["plan_meta", "review_scope", "history"];

/// A table of plan content, as SQLite describes it.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub name: String,
    /// Column name → whether it is NOT NULL.
    pub columns: BTreeMap<String, bool>,
    /// The primary key's columns, in order.
    pub pk: Vec<String>,
    /// Columns declared `BLOB`: the ids, written as bytes and read as text.
    pub blobs: BTreeSet<String>,
    /// Single-column foreign keys.
    pub fks: Vec<ForeignKey>,
}

/// `from` in this table refers to `to` in `table`.
#[derive(Debug, Clone)]
pub(crate) struct ForeignKey {
    pub from: String,
    pub table: String,
    pub to: String,
    /// `CASCADE`, `RESTRICT`, `SET NULL`, `NO ACTION`…
    pub on_delete: String,
}

impl ForeignKey {
    /// Whether deleting the referenced row leaves this row in place (the link is cleared).
    pub fn clears_on_delete(&self) -> bool {
        matches!(self.on_delete.as_str(), "SET NULL" | "SET DEFAULT")
    }
}

impl Table {
    pub fn not_null(&self, column: &str) -> bool {
        self.columns.get(column).copied().unwrap_or(false)
    }

    /// The row's primary key as one string: the value itself for a one-column key.
    pub fn key_of(&self, row: &Row) -> String {
        if let [one] = self.pk.as_slice() {
            return text(row.get(one).unwrap_or(&Value::Null));
        }
        let parts: Vec<&Value> = self.pk.iter().map(|c| row.get(c).unwrap_or(&Value::Null)).collect();
        serde_json::to_string(&parts).unwrap_or_default()
    }

    fn where_pk(&self) -> String {
        self.pk
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{} = ?{}", quote(c), i + 1))
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    fn pk_params(&self, row: &Row) -> Vec<Sql> {
        self.pk
            .iter()
            .map(|c| self.sql(c, row.get(c).unwrap_or(&Value::Null)))
            .collect()
    }

    /// The value to bind for `column`: an id's text as its bytes in a `BLOB` column.
    pub fn sql(&self, column: &str, v: &Value) -> Sql {
        match v {
            Value::String(s) if self.blobs.contains(column) => match uuid::Uuid::try_parse(s) {
                Ok(id) => Sql::Blob(id.as_bytes().to_vec()),
                Err(_) => Sql::Text(s.clone()),
            },
            _ => to_sql(v),
        }
    }
}

/// A value as people read it: text as is, numbers as written, NULL as `null`.
pub(crate) fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

fn to_json(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) if b.len() == 16 => {
            Value::String(uuid::Uuid::from_slice(b).map(|id| id.to_string()).unwrap_or_default())
        }
        ValueRef::Blob(b) => {
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            serde_json::json!({ "blob": hex })
        }
    }
}

fn to_sql(v: &Value) -> Sql {
    match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(*b as i64),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => Sql::Text(s.clone()),
        Value::Object(o) => match o.get("blob").and_then(Value::as_str) {
            Some(hex) => Sql::Blob(
                (0..hex.len() / 2)
                    .filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok())
                    .collect(),
            ),
            None => Sql::Text(v.to_string()),
        },
        Value::Array(_) => Sql::Text(v.to_string()),
    }
}

/// Every table of plan content, each after the tables it refers to (self-references
/// aside), so inserting in this order and deleting in the reverse keeps links valid.
pub(crate) fn tables(c: &Connection) -> Result<Vec<Table>> {
    let names: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut all = Vec::new();
    for name in names.into_iter().filter(|n| !NOT_CONTENT.contains(&n.as_str())) {
        let mut columns = BTreeMap::new();
        let mut blobs = BTreeSet::new();
        let mut pk: Vec<(i64, String)> = Vec::new();
        let mut st = c.prepare(&format!("PRAGMA table_info({})", quote(&name)))?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let col: String = r.get(1)?;
            let not_null: bool = r.get(3)?;
            if r.get::<_, String>(2)?.eq_ignore_ascii_case("BLOB") {
                blobs.insert(col.clone());
            }
            let in_pk: i64 = r.get(5)?;
            if in_pk > 0 {
                pk.push((in_pk, col.clone()));
            }
            columns.insert(col, not_null || in_pk > 0);
        }
        pk.sort();
        let mut pk: Vec<String> = pk.into_iter().map(|(_, c)| c).collect();
        if pk.is_empty() {
            // No declared key: the first unique index names the row, else the whole row.
            pk = first_unique(c, &name)?.unwrap_or_else(|| columns.keys().cloned().collect());
        }
        all.push(Table {
            name,
            columns,
            pk,
            blobs,
            fks: Vec::new(),
        });
    }
    let pks: BTreeMap<String, Vec<String>> = all.iter().map(|t| (t.name.clone(), t.pk.clone())).collect();
    for t in &mut all {
        let mut st = c.prepare(&format!("PRAGMA foreign_key_list({})", quote(&t.name)))?;
        let mut rows = st.query([])?;
        let mut seen: BTreeMap<i64, usize> = BTreeMap::new();
        let mut fks = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            *seen.entry(id).or_default() += 1;
            let table: String = r.get(2)?;
            let from: String = r.get(3)?;
            let to: Option<String> = r.get(4)?;
            let on_delete: String = r.get(6)?;
            let to = match to {
                Some(t) => t,
                None => match pks.get(&table).map(Vec::as_slice) {
                    Some([one]) => one.clone(),
                    _ => continue,
                },
            };
            fks.push((
                id,
                ForeignKey {
                    from,
                    table,
                    to,
                    on_delete,
                },
            ));
        }
        // Only single-column foreign keys are followed.
        t.fks = fks
            .into_iter()
            .filter(|(id, _)| seen.get(id) == Some(&1))
            .map(|(_, fk)| fk)
            .collect();
    }
    // Parents first: repeatedly take the tables whose parents are all placed.
    let mut placed: BTreeSet<String> = BTreeSet::new();
    let mut ordered = Vec::new();
    while !all.is_empty() {
        let ready = all.iter().position(|t| {
            t.fks
                .iter()
                .all(|fk| fk.table == t.name || placed.contains(&fk.table) || !pks.contains_key(&fk.table))
        });
        let t = all.remove(ready.unwrap_or(0));
        placed.insert(t.name.clone());
        ordered.push(t);
    }
    Ok(ordered)
}

/// The columns of the table's first unique index (by name), if it has one.
fn first_unique(c: &Connection, table: &str) -> Result<Option<Vec<String>>> {
    let mut indexes: Vec<String> = Vec::new();
    let mut st = c.prepare(&format!("PRAGMA index_list({})", quote(table)))?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let unique: bool = r.get(2)?;
        let partial: bool = r.get(4)?;
        if unique && !partial {
            indexes.push(r.get(1)?);
        }
    }
    indexes.sort();
    let Some(index) = indexes.first() else {
        return Ok(None);
    };
    let mut st = c.prepare(&format!("PRAGMA index_info({})", quote(index)))?;
    let cols = st
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut cols: Vec<(i64, String)> = cols.into_iter().filter_map(|(i, c)| c.map(|c| (i, c))).collect();
    cols.sort();
    Ok(Some(cols.into_iter().map(|(_, c)| c).collect()))
}

/// Every row of a table, by primary key.
pub(crate) fn all(c: &Connection, t: &Table) -> Result<BTreeMap<String, Row>> {
    let mut st = c.prepare(&format!("SELECT * FROM {}", quote(&t.name)))?;
    read(&mut st, t, [])
}

/// The rows of a table whose columns hold one of the given values, for every
/// `(column, values)` of `filters`, by primary key: `WHERE column IN values AND …`. The
/// values are passed as one JSON array each (`json_each`), so a set of any size is one
/// query that can use the column's index. An empty set of values matches no row.
pub(crate) fn where_in(
    c: &Connection,
    t: &Table,
    filters: &[(&str, &BTreeSet<String>)],
) -> Result<BTreeMap<String, Row>> {
    if filters.iter().any(|(_, values)| values.is_empty()) {
        return Ok(BTreeMap::new());
    }
    let conditions: Vec<String> = filters
        .iter()
        .enumerate()
        .map(|(i, (column, _))| {
            // Ids are listed as text; the file keeps them as bytes.
            let value = if t.blobs.contains(*column) {
                "unhex(replace(value, '-', ''))"
            } else {
                "value"
            };
            format!("{} IN (SELECT {value} FROM json_each(?{}))", quote(column), i + 1)
        })
        .collect();
    let mut sql = format!("SELECT * FROM {}", quote(&t.name));
    if !conditions.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conditions.join(" AND "));
    }
    let params: Vec<String> = filters
        .iter()
        .map(|(_, values)| serde_json::to_string(values).expect("strings serialise"))
        .collect();
    let mut st = c.prepare_cached(&sql)?;
    read(&mut st, t, params_from_iter(params))
}

#[cfg(test)]
thread_local! {
    /// Rows read through this module on this thread, for tests that bound what a reader reads.
    pub(crate) static ROWS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn read(st: &mut rusqlite::Statement<'_>, t: &Table, params: impl rusqlite::Params) -> Result<BTreeMap<String, Row>> {
    let names: Vec<String> = st.column_names().into_iter().map(String::from).collect();
    let mut rows = st.query(params)?;
    let mut out = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let mut row = Row::new();
        for (i, n) in names.iter().enumerate() {
            row.insert(n.clone(), to_json(r.get_ref(i)?));
        }
        #[cfg(test)]
        ROWS_READ.with(|n| n.set(n.get() + 1));
        out.insert(t.key_of(&row), row);
    }
    Ok(out)
}

/// The row with the same primary key as `like`, if there is one.
pub(crate) fn get(c: &Connection, t: &Table, like: &Row) -> Result<Option<Row>> {
    let mut st = c.prepare_cached(&format!("SELECT * FROM {} WHERE {}", quote(&t.name), t.where_pk()))?;
    let names: Vec<String> = st.column_names().into_iter().map(String::from).collect();
    let mut rows = st.query(params_from_iter(t.pk_params(like)))?;
    let Some(r) = rows.next()? else {
        return Ok(None);
    };
    let mut row = Row::new();
    for (i, n) in names.iter().enumerate() {
        row.insert(n.clone(), to_json(r.get_ref(i)?));
    }
    Ok(Some(row))
}

/// Inserts a row; columns of the row the table does not have are left out.
pub(crate) fn insert(c: &Connection, t: &Table, row: &Row) -> Result<()> {
    let cols: Vec<&String> = row.keys().filter(|k| t.columns.contains_key(*k)).collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        quote(&t.name),
        cols.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", "),
        (1..=cols.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
    );
    c.prepare_cached(&sql)?
        .execute(params_from_iter(cols.iter().map(|k| t.sql(k, &row[*k]))))?;
    Ok(())
}

/// Sets `changes` on the row with the same primary key as `like`.
pub(crate) fn update(c: &Connection, t: &Table, like: &Row, changes: &Row) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let n = t.pk.len();
    let sets: Vec<String> = changes
        .keys()
        .enumerate()
        .map(|(i, k)| format!("{} = ?{}", quote(k), n + i + 1))
        .collect();
    let sql = format!(
        "UPDATE {} SET {} WHERE {}",
        quote(&t.name),
        sets.join(", "),
        t.where_pk()
    );
    let mut params = t.pk_params(like);
    params.extend(changes.iter().map(|(k, v)| t.sql(k, v)));
    c.prepare_cached(&sql)?.execute(params_from_iter(params))?;
    Ok(())
}

/// Deletes the row with the same primary key as `like`.
pub(crate) fn delete(c: &Connection, t: &Table, like: &Row) -> Result<()> {
    c.prepare_cached(&format!("DELETE FROM {} WHERE {}", quote(&t.name), t.where_pk()))?
        .execute(params_from_iter(t.pk_params(like)))?;
    Ok(())
}

/// Whether `table` holds a row whose `column` is `value`.
pub(crate) fn exists(c: &Connection, table: &Table, column: &str, value: &Value) -> Result<bool> {
    let sql = format!(
        "SELECT 1 FROM {} WHERE {} = ?1 LIMIT 1",
        quote(&table.name),
        quote(column)
    );
    let mut st = c.prepare_cached(&sql)?;
    Ok(st.exists([table.sql(column, value)])?)
}

/// How many rows refer to `row` of `t` through a link that would stop its deletion or
/// go with it (not counting links that deleting it merely clears), by table.
pub(crate) fn dependents(c: &Connection, tables: &[Table], t: &Table, row: &Row) -> Result<Vec<(String, usize)>> {
    let mut out = Vec::new();
    for u in tables {
        for fk in u.fks.iter().filter(|fk| fk.table == t.name && !fk.clears_on_delete()) {
            let Some(v) = row.get(&fk.to) else { continue };
            let sql = format!("SELECT count(*) FROM {} WHERE {} = ?1", quote(&u.name), quote(&fk.from));
            let n: i64 = c.prepare_cached(&sql)?.query_row([u.sql(&fk.from, v)], |r| r.get(0))?;
            if n > 0 {
                out.push((u.name.clone(), n as usize));
            }
        }
    }
    Ok(out)
}

/// Whether an error is a broken constraint (a key taken, a check failed, a link missing)
/// rather than a failure of the file.
pub(crate) fn is_constraint(e: &crate::Error) -> bool {
    matches!(e, crate::Error::Sqlite(err) if err.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation))
}

/// Deletes every row of a table.
pub(crate) fn clear(c: &Connection, t: &Table) -> Result<()> {
    c.execute(&format!("DELETE FROM {}", quote(&t.name)), [])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_without_a_primary_key_is_keyed_by_its_unique_index() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE mark (node_id TEXT NOT NULL, quarter TEXT NOT NULL, who TEXT, UNIQUE (node_id, quarter));
             CREATE TABLE loose (a TEXT, b REAL);
             INSERT INTO mark VALUES ('n1', '2026-Q4', 'Lan'), ('n1', '2026-Q3', NULL);
             INSERT INTO loose VALUES ('x', 1.5);",
        )
        .unwrap();
        let tables = tables(&c).unwrap();
        let mark = tables.iter().find(|t| t.name == "mark").unwrap();
        assert_eq!(mark.pk, ["node_id", "quarter"]);
        let rows = all(&c, mark).unwrap();
        assert!(rows.contains_key(r#"["n1","2026-Q4"]"#), "{rows:?}");
        let row = &rows[r#"["n1","2026-Q4"]"#];
        let mut change = Row::new();
        change.insert("who".into(), Value::from("Minh"));
        update(&c, mark, row, &change).unwrap();
        assert_eq!(get(&c, mark, row).unwrap().unwrap()["who"], Value::from("Minh"));
        let loose = tables.iter().find(|t| t.name == "loose").unwrap();
        assert_eq!(loose.pk, ["a", "b"]);
    }

    #[test]
    fn values_keep_their_kind_through_json() {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE v (id INTEGER PRIMARY KEY, r REAL, t TEXT, b BLOB, n TEXT);")
            .unwrap();
        c.execute("INSERT INTO v VALUES (1, 0.1 + 0.2, 'Nhóm ทีม', x'00ff10', NULL)", [])
            .unwrap();
        let t = tables(&c).unwrap().remove(0);
        let rows = all(&c, &t).unwrap();
        let json = serde_json::to_string(&rows).unwrap();
        let back: BTreeMap<String, Row> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, rows, "exact after a round trip through text");
        c.execute("DELETE FROM v", []).unwrap();
        insert(&c, &t, &back["1"]).unwrap();
        assert_eq!(all(&c, &t).unwrap(), rows);
    }
}
