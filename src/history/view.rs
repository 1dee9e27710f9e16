//! The history as people read it: each entry with when, who, which door, what it was in
//! their language, and the rows and fields it changed ("target 80 → 85").

use std::collections::{HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::i18n::words::{say_stored, Words};
use crate::store::history::{self as sql, Op, OpKind, Stored};
use crate::{Lang, Plan, Result};

/// Which entries to show: those touching one objective (its key results, check-ins and
/// comments too) or one person or unit (and their objectives), from a date on.
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct HistoryFilter {
    /// An objective's key.
    pub objective: Option<String>,
    /// A person's or unit's key.
    pub node: Option<String>,
    /// A date (YYYY-MM-DD): entries made that day or later.
    pub since: Option<String>,
    /// At most this many entries, the newest (a window shows a page of a long history).
    pub limit: Option<u32>,
}

/// One change of the plan, as the history shows it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    #[ts(type = "number")]
    pub id: i64,
    /// When, in UTC (RFC 3339).
    pub at: String,
    pub who: String,
    /// Through which door: `okr import`, the app…
    pub door: String,
    /// What it was, in the reader's language.
    pub what: String,
    /// How many rows it changed.
    #[ts(type = "number")]
    pub rows: i64,
    /// Undone (and when and by whom), so not in effect.
    pub undone: bool,
    pub undone_at: Option<String>,
    pub undone_by: Option<String>,
    /// The rows it changed, the first [`LISTED`] of them.
    pub changes: Vec<RowChange>,
}

/// Rows listed per entry; an import of thousands says how many in `rows` instead.
pub const LISTED: usize = 200;

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RowChange {
    /// What kind of row, in the reader's language (objective, key result…).
    pub thing: String,
    /// The row's key or name.
    pub row: String,
    pub action: RowAction,
    /// The fields an update changed, before and after.
    pub fields: Vec<FieldChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum RowAction {
    Added,
    Changed,
    Removed,
}

#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// The field, in the reader's language.
    pub field: String,
    pub before: String,
    pub after: String,
}

impl Plan {
    /// The plan's history, newest first, as `filter` narrows it, said in `lang`.
    pub fn history(&mut self, filter: &HistoryFilter, lang: Lang) -> Result<Vec<HistoryEntry>> {
        self.read(|c| {
            let since = filter.since.as_deref();
            let about = About::of(c, filter)?;
            let mut columns = Columns::default();
            let mut out = Vec::new();
            for e in sql::list(c, since)?.into_iter().rev() {
                let changes = sql::changes(c, e.id)?;
                // The first rows are listed; with a filter, the rest are read only until
                // one is about what the filter names. A fill made everything there was,
                // so it is about everyone.
                let mut ops = Vec::new();
                let mut about_it = about.is_none() || e.fill;
                sql::ops_while(&changes, |op| {
                    about_it = about_it || about.as_ref().is_some_and(|a| a.touches(&op));
                    if ops.len() < LISTED {
                        ops.push(op);
                    }
                    Ok(!about_it || ops.len() < LISTED)
                })?;
                if !about_it {
                    continue;
                }
                let listed = ops
                    .iter()
                    .take(LISTED)
                    .map(|op| row_change(c, &mut columns, op, lang))
                    .collect::<Result<_>>()?;
                out.push(entry(&e, listed, lang));
                if filter.limit.is_some_and(|l| out.len() >= l as usize) {
                    break;
                }
            }
            Ok(out)
        })
    }
}

fn entry(e: &Stored, changes: Vec<RowChange>, lang: Lang) -> HistoryEntry {
    let what = serde_json::from_str(&e.what).unwrap_or_else(|_| serde_json::Value::String(e.what.clone()));
    HistoryEntry {
        id: e.id,
        at: e.at.clone(),
        who: e.who.clone(),
        door: e.door.clone(),
        what: say_stored(lang, &what),
        rows: e.rows,
        undone: e.undone.is_some(),
        undone_at: e.undone_at.clone(),
        undone_by: e.undone_by.clone(),
        changes,
    }
}

/// The ids an objective or a node filter is about: the rows themselves and what they
/// hold, as the plan has them now; a change is about them when it changed one of these
/// rows or refers to one (a key result added to the objective, a deleted check-in).
struct About {
    /// Ids (their 16 bytes) and keys (their text), as a changeset holds them.
    ids: HashSet<Vec<u8>>,
}

impl About {
    fn of(c: &Connection, f: &HistoryFilter) -> Result<Option<About>> {
        let mut ids = HashSet::new();
        let add = |ids: &mut HashSet<Vec<u8>>, sql: &str, key: &str| -> Result<()> {
            let mut st = c.prepare(sql)?;
            for id in st.query_map([key], |r| r.get::<_, Vec<u8>>(0))? {
                ids.insert(id?);
            }
            Ok(())
        };
        let mut any = false;
        if let Some(key) = &f.objective {
            any = true;
            add(&mut ids, "SELECT id FROM objective WHERE key = ?1", key)?;
            add(
                &mut ids,
                "SELECT k.id FROM key_result k JOIN objective o ON o.id = k.objective_id WHERE o.key = ?1",
                key,
            )?;
            // A deleted objective is found by its key in the changes themselves.
            ids.insert(key.as_bytes().to_vec());
        }
        if let Some(key) = &f.node {
            any = true;
            add(&mut ids, "SELECT id FROM node WHERE key = ?1", key)?;
            add(
                &mut ids,
                "SELECT o.id FROM objective o JOIN node n ON n.id = o.owner_id WHERE n.key = ?1",
                key,
            )?;
            ids.insert(key.as_bytes().to_vec());
        }
        Ok(any.then_some(About { ids }))
    }

    fn touches(&self, op: &Op) -> bool {
        op.words().any(|t| self.ids.contains(t))
    }
}

/// Column names of each table, by position (a changeset names columns by position).
#[derive(Default)]
struct Columns(HashMap<String, Vec<String>>);

impl Columns {
    fn of(&mut self, c: &Connection, table: &str) -> Result<&[String]> {
        if !self.0.contains_key(table) {
            let mut st = c.prepare(&format!("PRAGMA table_info(\"{}\")", table.replace('"', "\"\"")))?;
            let names = st
                .query_map([], |r| r.get::<_, String>(1))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            self.0.insert(table.to_string(), names);
        }
        Ok(&self.0[table])
    }
}

const THINGS: [(&str, &str); 8] = [
    ("node", "thing-node"),
    ("objective", "thing-objective"),
    ("key_result", "thing-key-result"),
    ("checkin", "thing-check-in"),
    ("review", "thing-review"),
    ("objective_comment", "thing-comment"),
    ("quarter_lock", "thing-quarter-lock"),
    ("setting", "field-plan"),
];

fn row_change(c: &Connection, columns: &mut Columns, op: &Op, lang: Lang) -> Result<RowChange> {
    let names = columns.of(c, &op.table)?.to_vec();
    let value = |name: &str| -> Option<Value> {
        let at = names.iter().position(|n| n == name)?;
        let (_, old, new) = op.columns.get(at)?;
        new.clone().or_else(|| old.clone())
    };
    let thing = THINGS
        .iter()
        .find(|(t, _)| *t == op.table)
        .map_or_else(|| op.table.clone(), |(_, id)| Words::new(id).say(lang));
    let row = row_name(c, &op.table, &value)?;
    let fields = if op.kind == OpKind::Update {
        names
            .iter()
            .zip(&op.columns)
            .filter(|(name, (pk, old, new))| !pk && shown(name) && old.is_some() && new.is_some())
            .map(|(name, (_, old, new))| FieldChange {
                field: crate::error::field(&name.replace('_', " ")).say(lang),
                before: text(old.as_ref()),
                after: text(new.as_ref()),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(RowChange {
        thing,
        row,
        action: match op.kind {
            OpKind::Insert => RowAction::Added,
            OpKind::Update => RowAction::Changed,
            OpKind::Delete => RowAction::Removed,
        },
        fields,
    })
}

/// Fields people set; ids and the times the file keeps for itself are not shown.
fn shown(column: &str) -> bool {
    column != "id" && !column.ends_with("_id") && !column.ends_with("_at") && column != "carried_from"
}

/// How a row is named: its key where it has one (looked up when the change left the key
/// alone), the key of the row it belongs to, else its own primary key.
fn row_name(c: &Connection, table: &str, value: &dyn Fn(&str) -> Option<Value>) -> Result<String> {
    if let Some(k) = value("key") {
        return Ok(text(Some(&k)));
    }
    let lookup = |sql: &str, id: Option<Value>| -> Result<Option<String>> {
        let Some(id) = id else { return Ok(None) };
        Ok(c.query_row(sql, [id], |r| r.get(0)).optional()?)
    };
    let found = match table {
        "node" | "objective" | "key_result" => lookup(&format!("SELECT key FROM {table} WHERE id = ?1"), value("id"))?,
        "checkin" => lookup("SELECT key FROM key_result WHERE id = ?1", value("key_result_id"))?
            .or(lookup(
                "SELECT k.key FROM checkin ch JOIN key_result k ON k.id = ch.key_result_id WHERE ch.id = ?1",
                value("id"),
            )?)
            .map(|k| format!("{k} {}", value("date").map(|d| text(Some(&d))).unwrap_or_default())),
        "review" => lookup("SELECT key FROM node WHERE id = ?1", value("node_id"))?
            .map(|k| format!("{k} {}", text(value("quarter").as_ref()))),
        "objective_comment" => lookup("SELECT key FROM objective WHERE id = ?1", value("objective_id"))?,
        "quarter_lock" => value("quarter").map(|q| text(Some(&q))),
        "setting" => value("name").map(|n| text(Some(&n))),
        _ => None,
    };
    Ok(found.unwrap_or_else(|| text(value("id").as_ref())))
}

fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::Integer(i)) => i.to_string(),
        Some(Value::Real(r)) if r.fract() == 0.0 && r.abs() < 1e15 => format!("{}", *r as i64),
        Some(Value::Real(r)) => r.to_string(),
        Some(Value::Text(t)) => t.clone(),
        Some(Value::Blob(b)) => {
            uuid::Uuid::from_slice(b).map_or_else(|_| format!("{} bytes", b.len()), |id| id.to_string())
        }
    }
}
