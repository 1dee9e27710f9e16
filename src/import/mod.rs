//! Importing an organisation and its OKRs from spreadsheets (CSV) or from a JSON export,
//! into a new or an existing plan. The desktop app and `okr import` both call
//! [`import_csv`] / [`import_json`]; neither adds rules of its own.
//!
//! An import is all or nothing. Every row of every file is read and checked first, in
//! memory, against the rules and against the plan as it is; every problem found is
//! reported (up to [`MAX_PROBLEMS`]), each naming the file, line, column and value. Only
//! when there are none is the plan changed, in one transaction.
//!
//! - Nodes and objectives are matched by key: an existing key is updated, a new key is
//!   added. Rows may come in any order (a child before its parent). An optional column
//!   the file does not have leaves an existing row's value as it is.
//! - Key results keep their identity: for each objective named in `key_results.csv`,
//!   the file's rows are matched with the objective's key results (by id, key, title or
//!   place; see [`key_results`]) and update them in place, so their ids, keys, check-ins
//!   and scores stay; rows that match nothing are added; key results no row matches are
//!   removed, but one holding check-ins or a score only when the caller asks
//!   ([`ImportOptions::delete_missing`]). Objectives the file does not name keep theirs.
//! - Importing the same files again changes nothing: not a byte of the plan file.
//! - Alignment problems (orphans, cross-branch links, overload) are not import errors:
//!   they are imported and reported by the checks.
//!
//! The spreadsheet format: UTF-8 with or without a byte order mark, CRLF or LF line ends,
//! `,` `;` or tab between columns (detected from the header line), columns found by name
//! in any order and any case, unknown columns ignored.
//! - `org.csv`: `key, name, level, parent` and optional `role, new_hire, objective_cap, notes`.
//! - `objectives.csv`: `key, quarter, owner, title, parent` and optional `description,
//!   commitment` (`committed` or `aspirational`; empty keeps an objective's, new ones are
//!   aspirational).
//! - `key_results.csv`: `objective, title, baseline, target, current` and optional
//!   `unit, weight, kind, key, score, confidence`. A new key result without a key gets
//!   one made from the objective's key (`sla-kr1`).

mod apply;
mod csv_file;
mod history;
mod json;
pub mod key_results;
mod problem;
mod rows;
mod validate;

use std::path::Path;

use serde::Serialize;

pub use key_results::HeldKeyResult;
pub use problem::{ImportError, Place, Problem, MAX_PROBLEMS};

use crate::Plan;
use key_results::PlanKeyResults;
use problem::Problems;
use rows::Rows;
use validate::Existing;

/// One file to import: its name (used in messages) and its bytes.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl InputFile {
    /// Reads a file; messages will name it by its file name.
    pub fn read(path: &Path) -> std::io::Result<InputFile> {
        let bytes = std::fs::read(path)?;
        let name = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        Ok(InputFile { name, bytes })
    }
}

/// The spreadsheets of one import; any may be left out (an organisation alone, or only
/// this quarter's key results).
#[derive(Debug, Clone, Default)]
pub struct ImportFiles {
    pub org: Option<InputFile>,
    pub objectives: Option<InputFile>,
    pub key_results: Option<InputFile>,
}

/// How an import may change the plan beyond what the files say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Remove the key results the files no longer list even when they hold check-ins or
    /// a score (`okr import --delete-missing`, or the app's confirmation). Without it such
    /// an import is refused naming them ([`ImportError::WouldRemove`]).
    pub delete_missing: bool,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub nodes_added: usize,
    pub nodes_updated: usize,
    pub objectives_added: usize,
    pub objectives_updated: usize,
    pub key_results_added: usize,
    /// Key results the file changed in place (same id, key and check-ins).
    pub key_results_updated: usize,
    /// Key results the file lists exactly as the plan holds them.
    pub key_results_unchanged: usize,
    /// Key results of the named objectives that the file no longer lists.
    pub key_results_removed: usize,
    /// Check-ins that went with the removed key results.
    pub checkins_removed: usize,
    /// Key results with check-ins whose current value was kept over the file's `current`
    /// (check-ins own the current value; they are recorded with `okr checkin`).
    pub currents_kept: usize,
    /// Objectives whose key results the file set.
    pub objectives_with_key_results: usize,
    /// Check-ins of a JSON export added (those the plan already had are skipped).
    pub checkins_added: usize,
    /// Review marks of a JSON export added (a node and quarter already marked keeps its mark).
    pub reviews_added: usize,
    /// Comments of a JSON export added (those the plan already had are skipped).
    pub comments_added: usize,
    /// Quarters a JSON export locked that were not locked yet.
    pub locks_added: usize,
}

/// Imports spreadsheets into the plan, all or nothing. See the [module docs](self).
pub fn import_csv(plan: &mut Plan, files: ImportFiles, options: ImportOptions) -> Result<ImportReport, ImportError> {
    let mut problems = Problems::default();
    let rows = Rows {
        nodes: files.org.as_ref().and_then(|f| csv_file::org(f, &mut problems)),
        objectives: files
            .objectives
            .as_ref()
            .and_then(|f| csv_file::objectives(f, &mut problems)),
        key_results: files
            .key_results
            .as_ref()
            .and_then(|f| csv_file::key_results(f, &mut problems)),
        ..Rows::default()
    };
    let unreadable = (files.org.is_some() && rows.nodes.is_none())
        || (files.objectives.is_some() && rows.objectives.is_none())
        || (files.key_results.is_some() && rows.key_results.is_none());
    if unreadable {
        // Checking the other files against a missing one would only bury the real problem.
        return Err(problems.into_result().expect_err("an unreadable file is a problem"));
    }
    run(plan, rows, problems, options)
}

/// Imports a JSON export (see [`crate::export::to_json`]) into the plan, all or nothing,
/// with the same rules as [`import_csv`]. Into a new plan it recreates the exported plan
/// exactly: ids, lineage, timestamps and settings included.
pub fn import_json(plan: &mut Plan, file: &InputFile, options: ImportOptions) -> Result<ImportReport, ImportError> {
    let mut problems = Problems::default();
    let Some(rows) = json::read(file, &mut problems) else {
        return Err(problems.into_result().expect_err("an unreadable file is a problem"));
    };
    run(plan, rows, problems, options)
}

/// Checks the rows against the plan and writes the change. Everything that decides the
/// change is read inside the transaction that writes it, so a second import running at
/// the same time sees what the first wrote. A refused import, and one that would change
/// nothing, writes nothing: the file stays byte for byte as it was.
fn run(plan: &mut Plan, rows: Rows, problems: Problems, options: ImportOptions) -> Result<ImportReport, ImportError> {
    if crate::store::is_empty(plan.conn())? {
        // A first import: nothing in the plan to match or to race with, so it is checked
        // before the plan switches to the faster way of filling an empty file.
        let (change, problems) = decide(plan.conn(), rows, problems)?;
        refuse(&change, problems, options)?;
        return Ok(plan.transact_fill(|tx| {
            if !crate::store::is_empty(tx)? {
                return Err(crate::Error::Busy);
            }
            write(tx, change)
        })?);
    }
    plan.transact(|tx| {
        let (change, problems) = decide(tx, rows, problems)?;
        match refuse(&change, problems, options) {
            Ok(()) => Ok(Ok(write(tx, change)?)),
            Err(refused) => Ok(Err(refused)),
        }
    })?
}

/// Reads what the rows are checked against and turns them into the change to write.
fn decide(c: &rusqlite::Connection, rows: Rows, mut problems: Problems) -> crate::Result<(validate::Change, Problems)> {
    let objectives = crate::store::objective::list(c, None)?;
    let named: rustc_hash::FxHashSet<uuid::Uuid> = match &rows.key_results {
        Some(table) if !objectives.is_empty() => {
            let by_key: rustc_hash::FxHashMap<&str, uuid::Uuid> =
                objectives.iter().map(|o| (o.key.as_str(), o.id)).collect();
            table
                .rows
                .iter()
                .filter_map(|r| by_key.get(r.objective.trim()).copied())
                .collect()
        }
        _ => Default::default(),
    };
    let existing = Existing {
        nodes: crate::store::node::list(c)?,
        key_results: match rows.key_results {
            Some(_) => PlanKeyResults::read(c, &named)?,
            None => PlanKeyResults::default(),
        },
        objectives,
    };
    let mut change = validate::validate(rows, &existing, &mut problems);
    if problems.is_empty() {
        apply::drop_known(c, &mut change)?;
    }
    Ok((change, problems))
}

/// The import's refusal, if any: problems in the files, or key results it would remove
/// with what the team recorded on them.
fn refuse(change: &validate::Change, problems: Problems, options: ImportOptions) -> Result<(), ImportError> {
    problems.into_result()?;
    if !change.held.is_empty() && !options.delete_missing {
        return Err(ImportError::WouldRemove {
            held: change.held.clone(),
        });
    }
    Ok(())
}

/// Writes the change, or nothing at all when it changes nothing.
fn write(tx: &crate::store::Tx<'_>, change: validate::Change) -> crate::Result<ImportReport> {
    if change.is_empty() {
        return Ok(apply::report(&change));
    }
    crate::store::with_idle_triggers_set_aside(tx, |tx| apply::apply(tx, change))
}
