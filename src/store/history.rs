//! SQL for the `history` table, and the session extension's side of it: recording what a
//! change did and applying it backwards (undo) or forwards again (redo).

use std::ffi::{c_int, c_void};

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::ffi;
use rusqlite::session::{invert_strm, ChangesetItem, ChangesetIter, Session};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};

use super::Actor;
use crate::{Result, Words};

/// The tables whose rows are the plan's content, recorded in its history. The file's own
/// bookkeeping (`plan_meta`, `review_scope`, `history`) is not.
pub(crate) const RECORDED: &[&str] = &[
    "node",
    "objective",
    "key_result",
    "checkin",
    "review",
    "objective_comment",
    "quarter_lock",
    "setting",
];

/// What a fill records row by row: the few rows it may change besides the ones it adds
/// (undoing a fill removes those).
pub(crate) const FILL_RECORDED: &[&str] = &["setting", "quarter_lock"];

/// The setting that says how many days of history a plan keeps.
pub(crate) const KEEP_DAYS: &str = "history_days";
/// A year: long enough to look back over every quarter of the last four.
pub(crate) const DEFAULT_KEEP_DAYS: u32 = 365;

/// One entry as stored.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub id: i64,
    pub at: String,
    pub who: String,
    pub door: String,
    pub what: String,
    pub fill: bool,
    pub rows: i64,
    pub undone: Option<i64>,
    pub undone_at: Option<String>,
    pub undone_by: Option<String>,
}

/// Starts recording every change to the plan's content made through `c`.
pub(crate) fn recorder<'c>(c: &'c Connection, tables: &[&str]) -> Result<Session<'c>> {
    let mut s = Session::new(c)?;
    for t in tables {
        s.attach(Some(*t))?;
    }
    Ok(s)
}

/// What `s` recorded, as a changeset (empty when nothing changed).
pub(crate) fn changes_of(s: &mut Session<'_>) -> Result<Vec<u8>> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    s.changeset_strm(&mut out)?;
    Ok(out)
}

/// The time an entry is made or undone: UTC, to the millisecond, so entries sort by it.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Writes a new entry for a change `actor` just made (`rows` row changes, `changes` its
/// changeset; `fill` for a first import), after which nothing undone can be redone (a
/// new change ends the redo list, as in every editor), and drops entries older than the
/// plan keeps.
pub(crate) fn record(
    c: &Connection,
    actor: &Actor,
    what: &Words,
    fill: bool,
    changes: &[u8],
    rows: i64,
) -> Result<i64> {
    let at = now();
    c.execute(
        "UPDATE history SET redoable = 0 WHERE undone IS NOT NULL AND redoable = 1",
        [],
    )?;
    c.execute(
        "INSERT INTO history (at, who, door, what, kind, changes, rows) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            at,
            actor.who,
            actor.door,
            what.to_json().to_string(),
            if fill { "fill" } else { "change" },
            packed(changes)?,
            rows
        ],
    )?;
    let id = c.last_insert_rowid();
    let days = keep_days(c)?;
    if days > 0 {
        c.execute(
            "DELETE FROM history WHERE at < strftime('%Y-%m-%dT%H:%M:%SZ', ?1, ?2)",
            params![at, format!("-{days} days")],
        )?;
    }
    Ok(id)
}

/// How many days of history the plan keeps (0: all of it).
pub(crate) fn keep_days(c: &Connection) -> Result<u32> {
    let v: Option<String> = c
        .query_row("SELECT value FROM setting WHERE name = ?1", [KEEP_DAYS], |r| r.get(0))
        .optional()?;
    Ok(v.and_then(|v| v.trim().parse().ok()).unwrap_or(DEFAULT_KEEP_DAYS))
}

pub(crate) fn set_keep_days(c: &Connection, days: u32) -> Result<()> {
    c.execute(
        "INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        params![KEEP_DAYS, days.to_string()],
    )?;
    Ok(())
}

const COLUMNS: &str = "id, at, who, door, what, kind, rows, undone, undone_at, undone_by";

fn stored(r: &rusqlite::Row<'_>) -> rusqlite::Result<Stored> {
    Ok(Stored {
        id: r.get(0)?,
        at: r.get(1)?,
        who: r.get(2)?,
        door: r.get(3)?,
        what: r.get(4)?,
        fill: r.get::<_, String>(5)? == "fill",
        rows: r.get(6)?,
        undone: r.get(7)?,
        undone_at: r.get(8)?,
        undone_by: r.get(9)?,
    })
}

/// Every entry from `since` (an RFC 3339 time or a date) on, oldest first.
pub(crate) fn list(c: &Connection, since: Option<&str>) -> Result<Vec<Stored>> {
    let mut st = c.prepare(&format!(
        "SELECT {COLUMNS} FROM history WHERE ?1 IS NULL OR at >= ?1 ORDER BY id"
    ))?;
    let rows = st.query_map([since], stored)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The changeset of entry `id`.
pub(crate) fn changes(c: &Connection, id: i64) -> Result<Vec<u8>> {
    let stored: Vec<u8> = c.query_row("SELECT changes FROM history WHERE id = ?1", [id], |r| r.get(0))?;
    unpacked(&stored)
}

/// A changeset as the file keeps it: compressed (zlib, fastest level). A changeset holds
/// every value of every row it adds or removes, ids and timestamps as text, so a large
/// import's would otherwise weigh half as much as the plan itself.
pub(crate) fn packed(changes: &[u8]) -> Result<Vec<u8>> {
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    use std::io::Write as _;
    let mut z = flate2::write::ZlibEncoder::new(Vec::with_capacity(changes.len() / 3), flate2::Compression::fast());
    z.write_all(changes)?;
    Ok(z.finish()?)
}

/// The changeset kept by [`packed`]. A changeset itself starts with the letter of its
/// first table's record (`T`); zlib's header never does.
pub(crate) fn unpacked(stored: &[u8]) -> Result<Vec<u8>> {
    if stored.is_empty() || stored[0] == b'T' {
        return Ok(stored.to_vec());
    }
    use std::io::Read as _;
    let mut out = Vec::with_capacity(stored.len() * 3);
    flate2::read::ZlibDecoder::new(stored).read_to_end(&mut out)?;
    Ok(out)
}

/// The newest entry in effect among `among` (all entries when `None`).
pub(crate) fn latest_in_effect(c: &Connection, among: Option<&[i64]>) -> Result<Option<Stored>> {
    let all = list_where(c, "undone IS NULL ORDER BY id DESC")?;
    Ok(all.into_iter().find(|e| among.is_none_or(|ids| ids.contains(&e.id))))
}

/// The entry undone last that can still be redone, among `among` (all when `None`).
pub(crate) fn latest_redoable(c: &Connection, among: Option<&[i64]>) -> Result<Option<Stored>> {
    let all = list_where(c, "undone IS NOT NULL AND redoable = 1 ORDER BY undone DESC")?;
    Ok(all.into_iter().find(|e| among.is_none_or(|ids| ids.contains(&e.id))))
}

/// The entries in effect made after entry `id`, oldest first.
pub(crate) fn later_in_effect(c: &Connection, id: i64) -> Result<Vec<Stored>> {
    let mut st = c.prepare(&format!(
        "SELECT {COLUMNS} FROM history WHERE id > ?1 AND undone IS NULL ORDER BY id"
    ))?;
    let rows = st.query_map([id], stored)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn list_where(c: &Connection, clause: &str) -> Result<Vec<Stored>> {
    let mut st = c.prepare(&format!("SELECT {COLUMNS} FROM history WHERE {clause}"))?;
    let rows = st.query_map([], stored)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn mark_undone(c: &Connection, id: i64, at: &str, by: &str) -> Result<()> {
    c.execute(
        "UPDATE history SET undone = (SELECT coalesce(max(undone), 0) + 1 FROM history), \
         undone_at = ?2, undone_by = ?3, redoable = 1 WHERE id = ?1",
        params![id, at, by],
    )?;
    Ok(())
}

pub(crate) fn mark_redone(c: &Connection, id: i64) -> Result<()> {
    c.execute(
        "UPDATE history SET undone = NULL, undone_at = NULL, undone_by = NULL WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

/// Turns an undone fill into an ordinary entry: `changes` is what re-filling does.
pub(crate) fn fill_becomes_change(c: &Connection, id: i64, changes: &[u8]) -> Result<()> {
    c.execute(
        "UPDATE history SET kind = 'change', changes = ?2 WHERE id = ?1",
        params![id, packed(changes)?],
    )?;
    Ok(())
}

/// Deletes the entries made before `before`; returns how many.
pub(crate) fn prune(c: &Connection, before: &str) -> Result<usize> {
    Ok(c.execute("DELETE FROM history WHERE at < ?1", [before])?)
}

/// Every entry with its changeset, oldest first (to carry them across a restore).
pub(crate) fn all_rows(c: &Connection) -> Result<Vec<Vec<Value>>> {
    let mut st = c.prepare("SELECT * FROM history ORDER BY id")?;
    let n = st.column_count();
    let rows = st.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn put_rows(c: &Connection, rows: &[Vec<Value>]) -> Result<()> {
    let Some(first) = rows.first() else {
        return Ok(());
    };
    let marks = vec!["?"; first.len()].join(", ");
    let mut st = c.prepare(&format!("INSERT OR REPLACE INTO history VALUES ({marks})"))?;
    for r in rows {
        st.execute(rusqlite::params_from_iter(r))?;
    }
    Ok(())
}

/// The number of row changes in a changeset.
pub(crate) fn count(changes: &[u8]) -> Result<i64> {
    if changes.is_empty() {
        return Ok(0);
    }
    let mut input: &[u8] = changes;
    let input: &mut dyn std::io::Read = &mut input;
    let mut it = ChangesetIter::start_strm(&input)?;
    let mut n = 0;
    while it.next()?.is_some() {
        n += 1;
    }
    Ok(n)
}

/// One row change of a changeset, with owned values.
#[derive(Debug, Clone)]
pub(crate) struct Op {
    pub table: String,
    pub kind: OpKind,
    /// For each column: whether it is part of the primary key, the value before (deletes
    /// and updates) and after (inserts and updates); `None` when the changeset does not
    /// hold it (a column an update left alone).
    pub columns: Vec<(bool, Option<Value>, Option<Value>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OpKind {
    Insert,
    Update,
    Delete,
}

impl Op {
    /// The primary key's values, as the row is named in every changeset.
    pub fn pk(&self) -> Vec<Value> {
        self.columns
            .iter()
            .filter(|(pk, ..)| *pk)
            .filter_map(|(_, old, new)| old.clone().or_else(|| new.clone()))
            .collect()
    }

    /// Every text and blob value the change holds, before or after, as bytes (the ids a
    /// row refers to, and its keys, among them).
    pub fn words(&self) -> impl Iterator<Item = &[u8]> {
        self.columns.iter().flat_map(|(_, old, new)| {
            [old, new].into_iter().filter_map(|v| match v {
                Some(Value::Text(t)) => Some(t.as_bytes()),
                Some(Value::Blob(b)) => Some(b.as_slice()),
                _ => None,
            })
        })
    }
}

pub(crate) fn owned(v: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(r) => Value::Real(r),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

fn op_of(item: &ChangesetItem) -> rusqlite::Result<Op> {
    let op = item.op()?;
    let kind = match op.code() {
        rusqlite::hooks::Action::SQLITE_INSERT => OpKind::Insert,
        rusqlite::hooks::Action::SQLITE_DELETE => OpKind::Delete,
        _ => OpKind::Update,
    };
    let n = op.number_of_columns() as usize;
    let table = op.table_name().to_string();
    let pk = item.pk()?.to_vec();
    let columns = (0..n)
        .map(|i| {
            let old = if kind == OpKind::Insert {
                None
            } else {
                item.old_value(i).ok().map(owned)
            };
            let new = if kind == OpKind::Delete {
                None
            } else {
                item.new_value(i).ok().map(owned)
            };
            (pk.get(i).is_some_and(|p| *p != 0), old, new)
        })
        .collect();
    Ok(Op { table, kind, columns })
}

/// Calls `f` with each row change of `changes`, in order.
pub(crate) fn each_op(changes: &[u8], mut f: impl FnMut(Op) -> Result<()>) -> Result<()> {
    ops_while(changes, |op| f(op).map(|()| true))
}

/// Calls `f` with each row change of `changes`, in order, until it returns `false`.
pub(crate) fn ops_while(changes: &[u8], mut f: impl FnMut(Op) -> Result<bool>) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let mut input: &[u8] = changes;
    let input: &mut dyn std::io::Read = &mut input;
    let mut it = ChangesetIter::start_strm(&input)?;
    while let Some(item) = it.next()? {
        if !f(op_of(item)?)? {
            break;
        }
    }
    Ok(())
}

/// Why applying a changeset stopped at the first row SQLite could not change as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClashKind {
    /// A row is not as the change left it: changed or removed since, there already, or
    /// it would leave a row referring to one that is gone.
    Changed,
    /// A rule of the file refused it (a locked quarter, a constraint).
    Refused,
}

/// Applies `changes` (backwards when `invert`) to the plan through `c`, inside the
/// caller's transaction. Every row must be exactly as the change left it (or, forwards,
/// as it found it): on the first that is not, nothing more is applied and the clash is
/// returned for the caller to roll back and explain. (Which later change touched the same
/// rows the caller finds beforehand, from the history itself.)
///
/// Foreign-key actions are off while it applies (SQLite's `FKNOACTION`): the changeset
/// already holds every row a cascade changed when the change was made, and a cascade
/// now would change rows the change never touched (a key result added since under an
/// objective whose adding is undone); such a row is a clash instead.
pub(crate) fn apply(c: &Connection, changes: &[u8], invert: bool) -> Result<Option<ClashKind>> {
    let inverted;
    let bytes: &[u8] = if invert {
        let mut out = Vec::new();
        let mut input: &[u8] = changes;
        invert_strm(&mut input, &mut out)?;
        inverted = out;
        &inverted
    } else {
        changes
    };
    if bytes.is_empty() {
        return Ok(None);
    }
    let mut clash: Option<ClashKind> = None;
    // SAFETY: the handle is this connection's, used on this thread while `c` is borrowed;
    // SQLite only reads `bytes` during the call, and calls `on_conflict` with the pointer
    // to `clash`, which outlives the call.
    let rc = unsafe {
        ffi::sqlite3changeset_apply_v2(
            c.handle(),
            bytes.len() as c_int,
            bytes.as_ptr() as *mut c_void,
            None,
            Some(on_conflict),
            &mut clash as *mut Option<ClashKind> as *mut c_void,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            ffi::SQLITE_CHANGESETAPPLY_FKNOACTION,
        )
    };
    match (rc, clash) {
        (_, Some(clash)) => Ok(Some(clash)),
        (ffi::SQLITE_OK, None) => Ok(None),
        // A trigger's refusal (a locked quarter) ends the apply without a conflict.
        (rc, None) if rc & 0xff == ffi::SQLITE_CONSTRAINT => Ok(Some(ClashKind::Refused)),
        (rc, None) => Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None).into()),
    }
}

/// SQLite's conflict handler: keeps the first clash and stops the apply.
unsafe extern "C" fn on_conflict(ctx: *mut c_void, kind: c_int, _: *mut ffi::sqlite3_changeset_iter) -> c_int {
    // SAFETY: `ctx` is the `Option<ClashKind>` `apply` passed, alive for the whole apply.
    let clash = unsafe { &mut *(ctx as *mut Option<ClashKind>) };
    clash.get_or_insert(match kind {
        ffi::SQLITE_CHANGESET_CONSTRAINT => ClashKind::Refused,
        _ => ClashKind::Changed,
    });
    ffi::SQLITE_CHANGESET_ABORT
}

/// The changes of `table` between the attached database `from` and the plan, as the
/// changeset that turns `from`'s rows into the plan's (what a restore did).
pub(crate) fn diff_from(c: &Connection, from: &str) -> Result<Vec<u8>> {
    let mut s = Session::new(c)?;
    for t in RECORDED {
        s.attach(Some(*t))?;
        s.diff::<&str, &str>(from, t)?;
    }
    changes_of(&mut s)
}

/// Removes every row a first import fills (people and units, objectives and all they
/// hold), leaving the settings and quarter locks: the plan as it was before it was filled.
/// Children go before their parents, people before the units above them.
pub(crate) fn empty_plan(c: &Connection) -> Result<()> {
    c.execute_batch(
        "DELETE FROM objective_comment; DELETE FROM checkin; DELETE FROM review; \
         DELETE FROM key_result; DELETE FROM objective; \
         DELETE FROM node WHERE level = 3; DELETE FROM node WHERE level = 2; \
         DELETE FROM node WHERE level = 1; DELETE FROM node;",
    )?;
    Ok(())
}
