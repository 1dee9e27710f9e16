//! Plan format 6, the compact file: what it keeps and how a file of formats 1 to 5 is
//! brought to it (after the backup every upgrade takes, in the upgrade's one transaction).
//!
//! - **Ids are 16-byte blobs**, not 36 characters of text. Every row's id travels (the
//!   JSON export, review copies and their merge, the history's changesets, the app), so
//!   an integer rowid would still need the uuid on every row and a translation at every
//!   door; as a blob the id is the same value everywhere and half the size or less in the
//!   row, in its primary-key index and in every row and index that refers to it.
//! - **Times are integers**: nanoseconds since 1970 UTC ([`super::stamp`]), eight bytes
//!   where RFC 3339 text took thirty-five, and exact, so the JSON export of a plan is the
//!   same bytes before and after the upgrade.
//! - **Only the indexes the queries use** (`tests/plan_file.rs` asks SQLite's
//!   `EXPLAIN QUERY PLAN` of each hot query, and fails on an index none uses): the
//!   `objective(quarter)` index of earlier formats is gone; reading a quarter reads the
//!   table in order, which its filter cannot avoid anyway.
//!
//! The columns keep their names and order, so SQL written for earlier formats reads the
//! same, and a changeset of the history (which names columns by position) converts value
//! by value ([`super::changeset`]). A review copy's record of the rows at hand-out keeps
//! ids as text, as the review-copy code has always read them; its times become integers.

use rusqlite::functions::FunctionFlags;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{params, Transaction};
use rusqlite_migration::{HookError, HookResult};

/// The tables of plan content whose columns change, parents first, with their format-6
/// definitions (the same columns, in the same order, as format 5).
const TABLES: &[(&str, &str)] = &[
    (
        "node",
        "CREATE TABLE node (
    id            BLOB PRIMARY KEY NOT NULL CHECK (typeof(id) = 'blob' AND length(id) = 16),
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    level         INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
    parent_id     BLOB REFERENCES node(id) ON DELETE RESTRICT,
    role          TEXT NOT NULL DEFAULT '',
    new_hire      INTEGER NOT NULL DEFAULT 0 CHECK (new_hire IN (0, 1)),
    objective_cap INTEGER CHECK (objective_cap >= 0),
    notes         TEXT NOT NULL DEFAULT '',
    CHECK ((level = 0) = (parent_id IS NULL))
)",
    ),
    (
        "objective",
        "CREATE TABLE objective (
    id           BLOB PRIMARY KEY NOT NULL CHECK (typeof(id) = 'blob' AND length(id) = 16),
    key          TEXT NOT NULL UNIQUE,
    quarter      TEXT NOT NULL,
    owner_id     BLOB NOT NULL REFERENCES node(id) ON DELETE RESTRICT,
    title        TEXT NOT NULL CHECK (trim(title) <> ''),
    description  TEXT NOT NULL DEFAULT '',
    parent_id    BLOB REFERENCES objective(id) ON DELETE SET NULL,
    carried_from BLOB REFERENCES objective(id) ON DELETE SET NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    commitment   TEXT NOT NULL DEFAULT 'aspirational' CHECK (commitment IN ('committed', 'aspirational')),
    CHECK (parent_id IS NULL OR parent_id <> id)
)",
    ),
    (
        "key_result",
        "CREATE TABLE key_result (
    id           BLOB PRIMARY KEY NOT NULL CHECK (typeof(id) = 'blob' AND length(id) = 16),
    objective_id BLOB NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL CHECK (trim(title) <> ''),
    kind         TEXT NOT NULL DEFAULT 'progress' CHECK (kind IN ('progress', 'keep-above', 'keep-below')),
    baseline     REAL,
    target       REAL NOT NULL,
    current      REAL NOT NULL,
    unit         TEXT NOT NULL DEFAULT '',
    weight       REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    key          TEXT,
    score        REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
    confidence   TEXT CHECK (confidence IS NULL OR confidence IN ('on-track', 'at-risk', 'off-track')),
    measure      TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'progress' OR baseline IS NOT NULL)
)",
    ),
    (
        "checkin",
        "CREATE TABLE checkin (
    id            BLOB PRIMARY KEY NOT NULL CHECK (typeof(id) = 'blob' AND length(id) = 16),
    key_result_id BLOB NOT NULL REFERENCES key_result(id) ON DELETE CASCADE,
    date          TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    value         REAL NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    who           TEXT NOT NULL DEFAULT '',
    confidence    TEXT CHECK (confidence IS NULL OR confidence IN ('on-track', 'at-risk', 'off-track')),
    recorded_at   INTEGER NOT NULL
)",
    ),
    (
        "review",
        "CREATE TABLE review (
    node_id     BLOB NOT NULL REFERENCES node(id) ON DELETE CASCADE,
    quarter     TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    reviewed_at INTEGER NOT NULL,
    PRIMARY KEY (node_id, quarter)
)",
    ),
    (
        "objective_comment",
        "CREATE TABLE objective_comment (
    id           BLOB PRIMARY KEY NOT NULL CHECK (typeof(id) = 'blob' AND length(id) = 16),
    objective_id BLOB NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    author       TEXT NOT NULL,
    text         TEXT NOT NULL CHECK (trim(text) <> ''),
    created_at   INTEGER NOT NULL
)",
    ),
    (
        "quarter_lock",
        "CREATE TABLE quarter_lock (
    quarter   TEXT PRIMARY KEY NOT NULL,
    locked_by TEXT NOT NULL,
    locked_at INTEGER NOT NULL
)",
    ),
    (
        "review_scope",
        "CREATE TABLE review_scope (node_id BLOB PRIMARY KEY NOT NULL)",
    ),
];

/// The columns that hold ids, as `(table, column)`.
pub(crate) const IDS: &[(&str, &str)] = &[
    ("node", "id"),
    ("node", "parent_id"),
    ("objective", "id"),
    ("objective", "owner_id"),
    ("objective", "parent_id"),
    ("objective", "carried_from"),
    ("key_result", "id"),
    ("key_result", "objective_id"),
    ("checkin", "id"),
    ("checkin", "key_result_id"),
    ("review", "node_id"),
    ("objective_comment", "id"),
    ("objective_comment", "objective_id"),
    ("review_scope", "node_id"),
];

/// The columns that hold times, as `(table, column)`.
pub(crate) const TIMES: &[(&str, &str)] = &[
    ("objective", "created_at"),
    ("objective", "updated_at"),
    ("checkin", "recorded_at"),
    ("review", "reviewed_at"),
    ("objective_comment", "created_at"),
    ("quarter_lock", "locked_at"),
];

/// The secondary indexes, each for the queries named beside it.
const INDEXES: &str = "
-- One company: a rule, not a query.
CREATE UNIQUE INDEX node_one_company ON node(level) WHERE level = 0;
-- Someone's people (the tree, a move, a deletion's check).
CREATE INDEX node_parent ON node(parent_id);
-- Someone's objectives in a quarter (the load, the overload check, deleting a person).
CREATE INDEX objective_owner ON objective(owner_id, quarter);
-- The objectives that support one (unlinking them when it goes).
CREATE INDEX objective_parent ON objective(parent_id);
-- The objectives carried from one (a rollover, clearing the link when it goes).
CREATE INDEX objective_carried_from ON objective(carried_from);
-- An objective's key results, in order.
CREATE INDEX key_result_objective ON key_result(objective_id, position);
-- A key result by its key (reports, imports): also the rule that keys are unique.
CREATE UNIQUE INDEX key_result_key ON key_result(key);
-- A key result's check-ins, in order.
CREATE INDEX checkin_key_result ON checkin(key_result_id, date, recorded_at);
-- An objective's comments, in order.
CREATE INDEX objective_comment_objective ON objective_comment(objective_id, created_at);
";

const OLD: &str = "_format5";

/// Brings a plan of format 5 (and so of every earlier one) to format 6.
pub(crate) fn upgrade(tx: &Transaction) -> HookResult {
    functions(tx)?;
    // Triggers go first (renaming would rewrite them to the old tables) and come back
    // last, word for word.
    let triggers: Vec<(String, String)> = tx
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER \"{name}\";"))?;
    }
    for (table, _) in TABLES {
        tx.execute_batch(&format!("ALTER TABLE {table} RENAME TO {table}{OLD};"))?;
    }
    for (table, create) in TABLES {
        tx.execute_batch(create)?;
        let columns = columns_of(tx, table)?;
        let values: Vec<String> = columns
            .iter()
            .map(|c| {
                if IDS.contains(&(table, c.as_str())) {
                    format!("cascade_id({c})")
                } else if TIMES.contains(&(table, c.as_str())) {
                    format!("cascade_time({c})")
                } else {
                    c.clone()
                }
            })
            .collect();
        tx.execute_batch(&format!(
            "INSERT INTO {table} ({}) SELECT {} FROM {table}{OLD} ORDER BY rowid;",
            columns.join(", "),
            values.join(", ")
        ))?;
    }
    for (table, _) in TABLES.iter().rev() {
        if *table == "node" {
            // A person may not go while someone reports to them: the old people go from
            // the agents up, so dropping their table finds nobody left to refuse it.
            for level in (0..=3).rev() {
                tx.execute(&format!("DELETE FROM node{OLD} WHERE level = ?1"), [level])?;
            }
        }
        tx.execute_batch(&format!("DROP TABLE {table}{OLD};"))?;
    }
    tx.execute_batch(INDEXES)?;
    for (_, sql) in &triggers {
        tx.execute_batch(sql)?;
    }
    history(tx)?;
    review_base(tx)?;
    Ok(())
}

/// A table's columns, in order.
fn columns_of(tx: &Transaction, table: &str) -> rusqlite::Result<Vec<String>> {
    tx.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?
        .query_map([], |r| r.get(0))?
        .collect()
}

/// `cascade_id(text)` and `cascade_time(text)`, the conversions of a value, for the
/// upgrade's SQL; anything that is not an id or a time stops the upgrade.
fn functions(tx: &Transaction) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    tx.create_scalar_function("cascade_id", 1, flags, |ctx| {
        convert_id(ctx.get_raw(0)).map_err(|e| rusqlite::Error::UserFunctionError(e.into()))
    })?;
    tx.create_scalar_function("cascade_time", 1, flags, |ctx| {
        convert_time(ctx.get_raw(0)).map_err(|e| rusqlite::Error::UserFunctionError(e.into()))
    })
}

/// An id of an earlier format (text) as format 6 keeps it (16 bytes).
pub(crate) fn convert_id(v: ValueRef<'_>) -> Result<Value, String> {
    match v {
        ValueRef::Text(t) => {
            let text = String::from_utf8_lossy(t);
            uuid::Uuid::try_parse(&text)
                .map(|id| Value::Blob(id.as_bytes().to_vec()))
                .map_err(|_| format!("\"{text}\" is not an id"))
        }
        other => Ok(super::history::owned(other)),
    }
}

/// A time of an earlier format (RFC 3339 text) as format 6 keeps it.
pub(crate) fn convert_time(v: ValueRef<'_>) -> Result<Value, String> {
    match v {
        ValueRef::Text(t) => {
            let text = String::from_utf8_lossy(t);
            chrono::DateTime::parse_from_rfc3339(&text)
                .map(|t| Value::Integer(super::stamp::of(t.with_timezone(&chrono::Utc))))
                .map_err(|_| format!("\"{text}\" is not a time"))
        }
        other => Ok(super::history::owned(other)),
    }
}

/// The history's changesets, converted value by value: an entry made before the upgrade
/// can still be undone after it.
fn history(tx: &Transaction) -> HookResult {
    let entries: Vec<(i64, Vec<u8>)> = tx
        .prepare("SELECT id, changes FROM history WHERE length(changes) > 0")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // The columns keep their order across formats, so the rebuilt tables name them.
    let mut columns: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
    for (table, _) in TABLES {
        columns.insert(table.to_string(), columns_of(tx, table)?);
    }
    let named = |table: &str| columns.get(table).cloned().unwrap_or_default();
    for (id, stored) in entries {
        let plain = super::history::unpacked(&stored).map_err(|e| HookError::Hook(e.to_string()))?;
        let converted = super::changeset::convert(&plain, &named, &|table, column, v| {
            if IDS.contains(&(table, column)) {
                convert_id(v)
            } else if TIMES.contains(&(table, column)) {
                convert_time(v)
            } else {
                Ok(super::history::owned(v))
            }
        })
        .map_err(HookError::Hook)?;
        let packed = super::history::packed(&converted).map_err(|e| HookError::Hook(e.to_string()))?;
        tx.execute("UPDATE history SET changes = ?2 WHERE id = ?1", params![id, packed])?;
    }
    Ok(())
}

/// A review copy's record of its rows at hand-out: times become integers, as in the
/// copy's tables, so the merge compares like with like.
fn review_base(tx: &Transaction) -> HookResult {
    let base: Option<String> = tx
        .query_row("SELECT value FROM plan_meta WHERE name = 'review_base'", [], |r| {
            r.get(0)
        })
        .ok();
    let Some(base) = base else { return Ok(()) };
    let mut base: serde_json::Value =
        serde_json::from_str(&base).map_err(|_| HookError::Hook("the review copy's base is unreadable".into()))?;
    if let Some(tables) = base.as_object_mut() {
        for (table, rows) in tables.iter_mut() {
            for row in rows.as_object_mut().into_iter().flat_map(|r| r.values_mut()) {
                for (column, value) in row.as_object_mut().into_iter().flat_map(|r| r.iter_mut()) {
                    if !TIMES.contains(&(table.as_str(), column.as_str())) {
                        continue;
                    }
                    if let Some(text) = value.as_str() {
                        if let Ok(Value::Integer(n)) = convert_time(ValueRef::Text(text.as_bytes())) {
                            *value = serde_json::Value::from(n);
                        }
                    }
                }
            }
        }
    }
    // The copy's own guard refuses changes to plan_meta; it is dropped and made again
    // above only around the tables, so it is set aside here for this one row.
    let guard: Option<String> = tx
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'review_guard_meta_update'",
            [],
            |r| r.get(0),
        )
        .ok();
    tx.execute_batch("DROP TRIGGER IF EXISTS review_guard_meta_update;")?;
    tx.execute(
        "UPDATE plan_meta SET value = ?1 WHERE name = 'review_base'",
        [base.to_string()],
    )?;
    if let Some(sql) = guard {
        tx.execute_batch(&sql)?;
    }
    Ok(())
}
