//! What every plan holds, whichever door changed it: one company; each node exactly one
//! level under its parent (a division under the company, a team under a division, an
//! agent under a team); names and titles of sensible length without control characters;
//! quarters that are quarters; objective links to objectives that exist, without cycles;
//! finite numbers, weights not negative, scores from 0 to 1.
//!
//! The rules are the edit functions' own ([`crate::edit`]): the app's edits and the
//! import apply them to what they are given; this module applies them to rows as the
//! file holds them, after a change that writes rows wholesale — a merged review copy,
//! a restored backup, a rollover — and before that change commits. A row that breaks one
//! is refused with the row, the field and the rule.

use rusqlite::Connection;
use uuid::Uuid;

use crate::edit;
use crate::model::text::{self, number, title};
use crate::store::{key_result as kr_sql, node as node_sql, objective as objective_sql};
use crate::{Error, KrKind, Result, Words};

/// The rows to check: those a change wrote (or all of the plan).
#[derive(Debug, Default)]
pub(crate) struct Scope {
    pub nodes: Vec<Uuid>,
    pub objectives: Vec<Uuid>,
    pub key_results: Vec<Uuid>,
}

impl Scope {
    /// Every row of the plan (a restored backup).
    pub fn all(c: &Connection) -> Result<Scope> {
        Ok(Scope {
            nodes: node_sql::ids(c)?,
            objectives: objective_sql::ids(c)?,
            key_results: kr_sql::ids(c)?,
        })
    }
}

/// Checks the rows of `scope` (and that the plan has one company at most), giving the
/// first broken rule as [`Error::Broken`].
pub(crate) fn check(c: &Connection, scope: &Scope) -> Result<()> {
    let companies = node_sql::company_keys(c)?;
    if let [first, second, ..] = companies.as_slice() {
        return Err(broken(
            row("row-node", second),
            "level",
            Words::new("rule-one-company").with("first", first),
        ));
    }
    for id in &scope.nodes {
        let Some(n) = read(node_sql::get(c, *id), "row-node", id)? else {
            continue;
        };
        let row = row("row-node", &n.key);
        stored_title(&row, "name", &n.name)?;
        edit::node::check_parent(c, &n.key, n.level, n.parent_id).map_err(|e| from_edit(&row, e))?;
    }
    for id in &scope.objectives {
        let Some(o) = read(objective_sql::get(c, *id), "row-objective", id)? else {
            continue;
        };
        let row = row("row-objective", &o.key);
        stored_title(&row, "title", &o.title)?;
        text::text("description", &o.description, text::MAX_TEXT_CHARS).map_err(|e| from_edit(&row, e))?;
        if let Some(parent) = o.parent_id {
            edit::objective::check_link(c, &o, parent).map_err(|e| from_edit(&row, e))?;
        }
    }
    for id in &scope.key_results {
        let Some(k) = read(kr_sql::get(c, *id), "row-key-result", id)? else {
            continue;
        };
        let row = row("row-key-result", &k.key);
        let e = |e| from_edit(&row, e);
        stored_title(&row, "title", &k.title)?;
        number("target", k.target).map_err(e)?;
        number("current", k.current).map_err(e)?;
        k.baseline.map(|b| number("baseline", b)).transpose().map_err(e)?;
        if number("weight", k.weight).map_err(e)? < 0.0 {
            return Err(broken(row, "weight", Words::new("rule-weight-negative")));
        }
        if let Some(s) = k.score {
            edit::key_result::score(s).map_err(e)?;
        }
        if k.kind == KrKind::Progress && k.baseline.is_none() {
            return Err(broken(row, "baseline", Words::new("rule-baseline-needed")));
        }
    }
    Ok(())
}

/// A name or title as the edit functions store it: valid, and already trimmed.
fn stored_title(row: &Words, field: &'static str, value: &str) -> Result<()> {
    let t = title(field, value).map_err(|e| from_edit(row, e))?;
    if t != value {
        return Err(broken(
            row.clone(),
            field,
            Words::new("rule-spaces-around").with("value", crate::model::key::shorten(value)),
        ));
    }
    Ok(())
}

/// A row read back; one the file holds with values of the wrong type is itself broken.
fn read<T>(got: Result<Option<T>>, what: &'static str, id: &Uuid) -> Result<Option<T>> {
    match got {
        Err(Error::Sqlite(rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::InvalidColumnType(..))) => {
            Err(broken(
                row(what, &id.to_string()),
                "a value",
                Words::new("rule-wrong-type"),
            ))
        }
        other => other,
    }
}

/// `node "cskh-team-01"`: a row as a broken rule names it.
fn row(id: &'static str, key: &str) -> Words {
    Words::new(id).with("key", key)
}

fn broken(row: Words, field: impl Into<String>, rule: Words) -> Error {
    Error::Broken {
        row,
        field: field.into(),
        rule,
    }
}

/// An edit function's refusal, said of the row as the file holds it.
fn from_edit(row: &Words, e: Error) -> Error {
    match e {
        Error::Invalid { field, value, problem } => broken(
            row.clone(),
            field,
            Words::new("rule-value")
                .with("value", crate::model::key::shorten(&value))
                .with_words("problem", problem),
        ),
        Error::Cycle { path, .. } => broken(row.clone(), "parent", Words::new("rule-cycle").with("path", path)),
        e @ (Error::LevelOrder { .. } | Error::NotFound { .. }) => broken(row.clone(), "parent", e.words()),
        other => other,
    }
}
