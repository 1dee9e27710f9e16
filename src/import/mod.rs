//! Importing an organisation and its OKRs from spreadsheets (CSV) or from a JSON export,
//! into a new or an existing plan. The desktop app and `okr import` both call
//! [`import_csv`] / [`import_json`]; neither adds rules of its own.
//!
//! An import is all or nothing. Every row of every file is read and checked first, in
//! memory, against the rules and against the plan as it is; every problem found is
//! reported (up to [`MAX_PROBLEMS`]), each naming the file, line, column and value. Only
//! when there are none is the plan changed, in one transaction. Spreadsheets imported
//! into a plan that does not exist yet ([`Source::import_new`]) are checked and written at
//! once instead (`fill.rs`): the same rules and problems, and a refusal leaves no file.
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
//! The spreadsheet format: CSV files in UTF-8 (with or without a byte order mark), UTF-16
//! with a byte order mark, Windows-1258 or Windows-874 (see [`encoding`] for how it is
//! decided), CRLF or LF line ends, `,` `;` or tab between columns (detected from the
//! header line); or one workbook (.xlsx) holding the three as sheets ([`import_xlsx`]).
//! Columns are found by name — in English, Vietnamese or Thai ([`crate::format`]) — in
//! any order and any case, unknown columns ignored. A row with more cells than the header
//! is refused (an unquoted comma in a value).
//! - `org.csv`: `key, name, level, parent` and optional `role, new_hire, objective_cap, notes`.
//! - `objectives.csv`: `key, quarter, owner, title, parent` and optional `description,
//!   commitment` (`committed` or `aspirational`; empty keeps an objective's, new ones are
//!   aspirational).
//! - `key_results.csv`: `objective, title, baseline, target, current` and optional
//!   `unit, weight, kind, key, score, confidence`. A new key result without a key gets
//!   one made from the objective's key (`sla-kr1`).

mod apply;
mod cell;
mod change;
pub(crate) mod csv_file;
pub mod encoding;
mod fill;
pub(crate) mod grid;
mod history;
mod json;
pub mod key_results;
pub(crate) mod problem;
mod rows;
pub(crate) mod validate;
pub(crate) mod workbook_file;

use std::path::Path;

use serde::Serialize;

pub use encoding::TextEncoding;
pub use key_results::HeldKeyResult;
pub use problem::{ImportError, Place, Problem, ProblemRow, MAX_PROBLEMS};

use crate::i18n::words::Words;
use crate::{Lang, Plan};
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

/// A file that was read in another encoding than UTF-8, for the import's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FileEncoding {
    pub file: String,
    /// As people know it: `Windows-1258`, `Windows-874`, `UTF-16 LE`, `UTF-16 BE`.
    pub encoding: String,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// Whether the import wrote anything; false when the plan already held what the
    /// files say (the plan file is then byte for byte as it was).
    pub changed: bool,
    /// The CSV files read in another encoding than UTF-8 ("read as Windows-1258").
    pub encodings: Vec<FileEncoding>,
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

impl ImportReport {
    /// One sentence saying what the import did, or that it changed nothing, in `lang`.
    pub fn summary(&self, lang: Lang) -> String {
        if !self.changed {
            return Words::new("import-summary-nothing").say(lang);
        }
        let mut s = Words::new("import-summary")
            .with("nodes_added", self.nodes_added)
            .with("nodes_updated", self.nodes_updated)
            .with("objectives_added", self.objectives_added)
            .with("objectives_updated", self.objectives_updated)
            .with("objectives", self.objectives_with_key_results)
            .with("added", self.key_results_added)
            .with("updated", self.key_results_updated)
            .with("unchanged", self.key_results_unchanged)
            .with("removed", self.key_results_removed)
            .say(lang);
        if self.checkins_removed > 0 {
            s.push(' ');
            s.push_str(
                &counted(
                    "import-summary-checkins-removed-one",
                    "import-summary-checkins-removed-many",
                    self.checkins_removed,
                )
                .say(lang),
            );
        }
        s
    }

    /// Everything `okr import` says after an import into `plan` (`created` when the
    /// import made the file), one line each, in `lang`: the files read in another
    /// encoding, the summary, current values kept, the history a JSON export added.
    pub fn lines(&self, lang: Lang, plan: &str, created: bool) -> Vec<String> {
        let mut lines: Vec<String> = self
            .encodings
            .iter()
            .map(|e| {
                Words::new("import-read-as")
                    .with("file", &e.file)
                    .with("encoding", &e.encoding)
                    .say(lang)
            })
            .collect();
        lines.push(
            Words::new(if created {
                "import-created"
            } else {
                "import-imported-into"
            })
            .with("plan", plan)
            .with("summary", self.summary(lang))
            .say(lang),
        );
        if self.currents_kept > 0 {
            lines.push(
                counted(
                    "import-currents-kept-one",
                    "import-currents-kept-many",
                    self.currents_kept,
                )
                .say(lang),
            );
        }
        let history: Vec<String> = [
            (
                "import-added-checkins-one",
                "import-added-checkins-many",
                self.checkins_added,
            ),
            (
                "import-added-reviews-one",
                "import-added-reviews-many",
                self.reviews_added,
            ),
            (
                "import-added-comments-one",
                "import-added-comments-many",
                self.comments_added,
            ),
            ("import-added-locks-one", "import-added-locks-many", self.locks_added),
        ]
        .into_iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(one, many, n)| counted(one, many, n).say(lang))
        .collect();
        if !history.is_empty() {
            lines.push(Words::new("import-added").with("list", history.join(", ")).say(lang));
        }
        lines
    }
}

/// The message `one` for one, else `many` with the count.
fn counted(one: &'static str, many: &'static str, count: usize) -> Words {
    Words::new(if count == 1 { one } else { many }).with("count", count)
}

/// What an import reads: spreadsheets, a workbook or a JSON export.
#[derive(Debug, Clone)]
pub enum Source {
    Csv(ImportFiles),
    Xlsx(InputFile),
    Json(InputFile),
}

impl Source {
    /// Imports into `plan`, all or nothing ([`import_csv`], [`import_xlsx`], [`import_json`]).
    pub fn import(self, plan: &mut Plan, options: ImportOptions) -> Result<ImportReport, ImportError> {
        match self {
            Source::Csv(files) => import_csv(plan, files, options),
            Source::Xlsx(file) => import_xlsx(plan, &file, options),
            Source::Json(file) => import_json(plan, &file, options),
        }
    }

    /// Makes a new plan at `path` (refused when a file is there) holding what the source
    /// says, all or nothing: a refused import leaves no file behind. Spreadsheets are
    /// read, checked and written on both cores at once (`fill.rs`), which only a plan
    /// nobody else has seen allows.
    pub fn import_new(self, path: &Path, options: ImportOptions) -> Result<ImportReport, ImportError> {
        let mut plan = Plan::create(path)?;
        let result = match self {
            Source::Csv(files) if files.org.is_some() || files.objectives.is_some() || files.key_results.is_some() => {
                fill::import_new(&mut plan, files)
            }
            source => source.import(&mut plan, options),
        };
        let closed = plan.close();
        match result {
            Ok(report) => {
                closed?;
                Ok(report)
            }
            Err(e) => {
                remove_plan_file(path);
                Err(e)
            }
        }
    }
}

/// Removes a plan file and what SQLite keeps beside it.
fn remove_plan_file(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(std::path::PathBuf::from(p));
    }
}

/// Imports spreadsheets into the plan, all or nothing. See the [module docs](self).
///
/// Each file is read straight into its rows, record by record, and its bytes are let go
/// as soon as it is read: an import holds the rows it writes, not every file's text.
pub fn import_csv(plan: &mut Plan, files: ImportFiles, options: ImportOptions) -> Result<ImportReport, ImportError> {
    if files.org.is_none() && files.objectives.is_none() && files.key_results.is_none() {
        return Err(ImportError::NoFiles);
    }
    let given = [&files.org, &files.objectives, &files.key_results].map(Option::is_some);
    let ImportFiles {
        org,
        objectives,
        key_results,
    } = files;
    // Problems with the files themselves, then those of each file's columns and rows.
    let mut problems = Problems::default();
    let mut of_rows: [Problems; 3] = Default::default();
    let mut encodings = Vec::new();
    let [org_problems, objective_problems, key_result_problems] = &mut of_rows;
    let rows = Rows {
        nodes: read_csv(org, &mut problems, org_problems, &mut encodings),
        objectives: read_csv(objectives, &mut problems, objective_problems, &mut encodings),
        key_results: read_csv(key_results, &mut problems, key_result_problems, &mut encodings),
        ..Rows::default()
    };
    for p in of_rows {
        problems.append(p);
    }
    let mut report = from_rows(plan, rows, given, problems, options)?;
    report.encodings = encodings;
    Ok(report)
}

/// Reads one CSV file of an import into its rows and lets its bytes go; notes the
/// encoding it was read in when that is not UTF-8.
fn read_csv<T: grid::SheetRow>(
    file: Option<InputFile>,
    problems: &mut Problems,
    rows_problems: &mut Problems,
    encodings: &mut Vec<FileEncoding>,
) -> Option<rows::Table<T>> {
    let file = file?;
    let (table, encoding) = csv_file::table(&file, problems, rows_problems)?;
    if !matches!(encoding, TextEncoding::Utf8 | TextEncoding::Utf8Bom) {
        encodings.push(FileEncoding {
            file: file.name,
            encoding: encoding.name().to_string(),
        });
    }
    Some(table)
}

/// Imports a workbook holding the organisation, objectives and key results as sheets
/// (any may be left out), all or nothing, with the same rules as [`import_csv`]. Each
/// sheet is found by its name in English (`org`, `objectives`, `key_results`),
/// Vietnamese or Thai (the template's, [`crate::format::Sheet::name`]), or else by a
/// header row holding its required columns. Problems name the sheet, the row as Excel
/// numbers it and the column by letter and header.
pub fn import_xlsx(plan: &mut Plan, file: &InputFile, options: ImportOptions) -> Result<ImportReport, ImportError> {
    let mut problems = Problems::default();
    let Some(grids) = workbook_file::grids(file, &mut problems) else {
        return Err(problems.into_result().expect_err("an unreadable workbook is a problem"));
    };
    let given = [grids[0].is_some(), grids[1].is_some(), grids[2].is_some()];
    from_grids(plan, grids, given, problems, options)
}

/// Reads the rows of the grids read so far (`given` says which files there were) and
/// imports them.
fn from_grids(
    plan: &mut Plan,
    [org, objectives, key_results]: [Option<grid::Grid>; 3],
    given: [bool; 3],
    mut problems: Problems,
    options: ImportOptions,
) -> Result<ImportReport, ImportError> {
    let rows = Rows {
        nodes: org.and_then(|g| grid::org(g, &mut problems)),
        objectives: objectives.and_then(|g| grid::objectives(g, &mut problems)),
        key_results: key_results.and_then(|g| grid::key_results(g, &mut problems)),
        ..Rows::default()
    };
    from_rows(plan, rows, given, problems, options)
}

/// Imports the rows read from spreadsheets (`given` says which files there were; one
/// given but without rows could not be read).
fn from_rows(
    plan: &mut Plan,
    rows: Rows,
    given: [bool; 3],
    problems: Problems,
    options: ImportOptions,
) -> Result<ImportReport, ImportError> {
    let labels: Vec<(String, Vec<(&'static str, String)>)> = [
        rows.nodes.as_ref().map(|t| (t.file.clone(), t.labels.clone())),
        rows.objectives.as_ref().map(|t| (t.file.clone(), t.labels.clone())),
        rows.key_results.as_ref().map(|t| (t.file.clone(), t.labels.clone())),
    ]
    .into_iter()
    .flatten()
    .filter(|(_, l)| !l.is_empty())
    .collect();
    let unreadable = (given[0] && rows.nodes.is_none())
        || (given[1] && rows.objectives.is_none())
        || (given[2] && rows.key_results.is_none());
    if unreadable {
        // Checking the other files against a missing one would only bury the real problem.
        return Err(problems.into_result().expect_err("an unreadable file is a problem"));
    }
    run(plan, rows, problems, options).map_err(|e| e.with_column_labels(&labels))
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
    let what = history_words([
        rows.nodes.as_ref().map(|t| t.file.as_str()),
        rows.objectives.as_ref().map(|t| t.file.as_str()),
        rows.key_results.as_ref().map(|t| t.file.as_str()),
    ]);
    if crate::store::is_empty(plan.conn())? {
        // A first import: nothing in the plan to match or to race with, so it is checked
        // before the plan switches to the faster way of filling an empty file.
        let (change, problems) = decide(plan.conn(), rows, problems)?;
        refuse(&change, problems, options)?;
        return Ok(plan.transact_fill(|tx| {
            tx.describe(what);
            if !crate::store::is_empty(tx)? {
                return Err(crate::Error::Busy);
            }
            write(tx, change)
        })?);
    }
    plan.transact(|tx| {
        tx.describe(what);
        let (change, problems) = decide(tx, rows, problems)?;
        match refuse(&change, problems, options) {
            Ok(()) => {
                // Into a plan that holds rows already, the rows written are judged by the
                // plan's invariants too, as every door's are, before the import commits.
                let written = written(&change);
                let report = write(tx, change)?;
                crate::edit::invariants::check(tx, &written)?;
                Ok(Ok(report))
            }
            Err(refused) => Ok(Err(refused)),
        }
    })?
}

/// What an import is in the plan's history: "import org.csv, objectives.csv", each file
/// read named once (a workbook's sheets are one file).
fn history_words<'a>(files: impl IntoIterator<Item = Option<&'a str>>) -> Words {
    let mut named: Vec<&str> = Vec::new();
    for f in files.into_iter().flatten() {
        if !named.contains(&f) {
            named.push(f);
        }
    }
    Words::new("history-import").with("files", named.join(", "))
}

/// Reads what the rows are checked against and turns them into the change to write.
fn decide(c: &rusqlite::Connection, rows: Rows, mut problems: Problems) -> crate::Result<(change::Change, Problems)> {
    let objectives = crate::store::objective::list(c, None)?;
    let named: rustc_hash::FxHashSet<uuid::Uuid> = match &rows.key_results {
        Some(table) if !objectives.is_empty() => {
            let by_key: rustc_hash::FxHashMap<&str, uuid::Uuid> =
                objectives.iter().map(|o| (o.key.as_str(), o.id)).collect();
            table
                .rows
                .iter()
                .filter_map(|r| by_key.get(r.objective().trim()).copied())
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
fn refuse(change: &change::Change, problems: Problems, options: ImportOptions) -> Result<(), ImportError> {
    problems.into_result()?;
    if !change.held.is_empty() && !options.delete_missing {
        return Err(ImportError::WouldRemove {
            held: change.held.clone(),
        });
    }
    Ok(())
}

/// The rows an import adds or changes.
fn written(change: &change::Change) -> crate::edit::invariants::Scope {
    crate::edit::invariants::Scope {
        nodes: change
            .new_nodes
            .iter()
            .chain(&change.changed_nodes)
            .map(|n| n.id)
            .collect(),
        objectives: change
            .new_objectives
            .iter()
            .chain(&change.changed_objectives)
            .map(|o| o.id)
            .collect(),
        key_results: change
            .new_key_results
            .iter()
            .chain(&change.changed_key_results)
            .map(|k| k.id)
            .collect(),
    }
}

/// Writes the change, or nothing at all when it changes nothing.
fn write(tx: &crate::store::Tx<'_>, change: change::Change) -> crate::Result<ImportReport> {
    if change.is_empty() {
        return Ok(apply::report(&change));
    }
    crate::store::with_idle_triggers_set_aside(tx, |tx| apply::apply(tx, change))
}
