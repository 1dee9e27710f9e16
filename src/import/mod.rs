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
//! - Key results have no key of their own. For each objective named in
//!   `key_results.csv`, its key results are **replaced** by the file's rows for it, in
//!   file order; objectives the file does not name keep theirs.
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
//!   `unit, weight, kind, key, score, confidence`. A key result whose key is that of one
//!   it replaces takes its place, check-ins included; without a key, one is made from the
//!   objective's key (`sla-kr1`).

mod apply;
mod csv_file;
mod history;
mod json;
mod problem;
mod rows;
mod validate;

use std::path::Path;

use serde::Serialize;

pub use problem::{ImportError, Place, Problem, MAX_PROBLEMS};

use crate::Plan;
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

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub nodes_added: usize,
    pub nodes_updated: usize,
    pub objectives_added: usize,
    pub objectives_updated: usize,
    pub key_results_added: usize,
    /// Key results of existing objectives replaced by the file's.
    pub key_results_removed: usize,
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
pub fn import_csv(plan: &mut Plan, files: ImportFiles) -> Result<ImportReport, ImportError> {
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
    run(plan, rows, problems, false)
}

/// Imports a JSON export (see [`crate::export::to_json`]) into the plan, all or nothing,
/// with the same rules as [`import_csv`]. Into a new plan it recreates the exported plan
/// exactly: ids, lineage, timestamps and settings included.
pub fn import_json(plan: &mut Plan, file: &InputFile) -> Result<ImportReport, ImportError> {
    let mut problems = Problems::default();
    let Some(rows) = json::read(file, &mut problems) else {
        return Err(problems.into_result().expect_err("an unreadable file is a problem"));
    };
    run(plan, rows, problems, true)
}

fn run(plan: &mut Plan, rows: Rows, mut problems: Problems, with_ids: bool) -> Result<ImportReport, ImportError> {
    let existing = Existing {
        nodes: plan.nodes()?,
        objectives: plan.objectives(None)?,
        key_results: if with_ids {
            crate::store::key_result::list_ids(plan.conn())?.into_iter().collect()
        } else {
            Default::default()
        },
    };
    let change = validate::validate(rows, &existing, &mut problems);
    problems.into_result()?;
    let apply =
        |tx: &rusqlite::Transaction<'_>| crate::store::with_idle_triggers_set_aside(tx, |tx| apply::apply(tx, change));
    if existing.nodes.is_empty() && existing.objectives.is_empty() {
        Ok(plan.transact_fill(apply)?)
    } else {
        Ok(plan.transact(apply)?)
    }
}
