//! A first import of spreadsheets into a new plan that nobody else has seen yet, on both
//! cores: `key_results.csv` (most of the rows) is read and checked on a thread of its
//! own while the people and objectives are read, checked and written, and its key
//! results are written in batches as they are checked rather than held all at once.
//!
//! The rules, the problems found and their order are those of [`super::import_csv`];
//! only when the plan is written differs. Rows go in before the last of them is checked,
//! so a refused import is rolled back, but the file is no longer byte for byte as it was
//! (the fill changes the file's journal mode and back): this is for a plan the import
//! made itself and removes when refused ([`super::Source::import_new`]).

use std::sync::mpsc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use uuid::Uuid;

use super::change::Change;
use super::key_results::{self, Streamed};
use super::problem::Problems;
use super::validate::{self, Checked, Existing};
use super::{
    csv_file, history_words, read_csv, FileEncoding, ImportError, ImportFiles, ImportReport, InputFile, TextEncoding,
};
use crate::store::{key_result as kr_sql, node as node_sql, objective as objective_sql};
use crate::{KeyResult, Plan};

/// What the key results' thread found, besides the key results it handed on.
#[derive(Default)]
struct KeyResultsRead {
    file: Option<String>,
    /// Problems with the file itself, then with its columns and rows as read.
    file_problems: Problems,
    row_problems: Problems,
    /// Problems of the rows' values, found once the objectives were known.
    checked: Problems,
    encoding: Option<FileEncoding>,
    /// The file could not be read into rows.
    unreadable: bool,
    streamed: Streamed,
}

/// The objectives' ids for the key results' thread, and whether to hand on what it makes
/// (not when the people or objectives have problems already: the import is refused).
struct Objectives {
    ids: HashMap<String, Uuid>,
    file: String,
    write: bool,
}

/// Imports spreadsheets into `plan`, which must be empty and must be removed by the
/// caller when the import is refused (see the module docs).
pub(super) fn import_new(plan: &mut Plan, files: ImportFiles) -> Result<ImportReport, ImportError> {
    let ImportFiles {
        org,
        objectives,
        key_results,
    } = files;
    let (objectives_tx, objectives_rx) = mpsc::sync_channel::<Objectives>(1);
    // A few batches ahead at most: written as fast as they are made, they are not held.
    let (batches_tx, batches_rx) = mpsc::sync_channel::<Vec<KeyResult>>(4);
    std::thread::scope(|s| {
        let krs = key_results.map(|file| s.spawn(move || read_key_results(file, objectives_rx, batches_tx)));
        let mut file_problems = Problems::default();
        let [mut org_rows, mut objective_rows] = [Problems::default(), Problems::default()];
        let mut encodings = Vec::new();
        let given = [org.is_some(), objectives.is_some()];
        let nodes = read_csv(org, &mut file_problems, &mut org_rows, &mut encodings);
        let objectives = read_csv(objectives, &mut file_problems, &mut objective_rows, &mut encodings);
        let unreadable = (given[0] && nodes.is_none()) || (given[1] && objectives.is_none());
        let files = [
            nodes.as_ref().map(|t| t.file.clone()),
            objectives.as_ref().map(|t| t.file.clone()),
        ];

        let mut change = Change::default();
        let mut checked = Problems::default();
        let Checked {
            objective_ids,
            objectives_file,
            ..
        } = validate::people_and_objectives(
            nodes,
            objectives,
            &Existing::default(),
            &mut change,
            &mut checked,
            chrono::Utc::now(),
        );
        let write = !unreadable
            && [&file_problems, &org_rows, &objective_rows, &checked]
                .iter()
                .all(|p| p.is_empty());
        // Without a key results' thread the channel's other end is gone and this is
        // not sent; nothing waits for it.
        let _ = objectives_tx.send(Objectives {
            ids: objective_ids,
            file: objectives_file,
            write,
        });
        let nodes_added = change.new_nodes.len();
        let objectives_added = change.new_objectives.len();

        // Written while the key results are checked; they follow batch by batch. The
        // outcome of their thread decides whether the fill commits.
        let mut outcome: Option<KeyResultsRead> = None;
        let mut wrote = None;
        let mut krs = krs;
        let mut joined = move || {
            krs.take()
                .map(|h| h.join().expect("the key results' thread does not panic"))
                .unwrap_or_default()
        };
        if write {
            let result = plan.transact_fill(|tx| {
                let batches = batches_rx;
                let mut read = crate::store::with_idle_triggers_set_aside(tx, |tx| {
                    crate::store::defer_foreign_keys(tx)?;
                    node_sql::insert_many(tx, &change.new_nodes)?;
                    objective_sql::insert_many(tx, &change.new_objectives)?;
                    drop(change);
                    for batch in batches.iter() {
                        kr_sql::insert_many(tx, &batch)?;
                    }
                    let read = joined();
                    if !read.streamed.keyless.is_empty() && read.checked.is_empty() {
                        // Keys for the key results without one, now that every key the
                        // file gives is in the plan.
                        let mut taken: HashSet<String> = kr_sql::keys(tx)?;
                        for (id, base) in &read.streamed.keyless {
                            kr_sql::set_key(tx, *id, &key_results::made_key(base, &mut taken))?;
                        }
                    }
                    Ok(read)
                })?;
                let [org_file, objectives_file] = &files;
                tx.describe(history_words([
                    org_file.as_deref(),
                    objectives_file.as_deref(),
                    read.file.as_deref(),
                ]));
                let problems = merged(
                    [file_problems, org_rows, objective_rows],
                    checked,
                    &mut read,
                    unreadable,
                );
                if let Err(e) = problems.into_result() {
                    tx.refuse();
                    return Ok(Err(e));
                }
                wrote = Some(read.streamed.added);
                outcome = Some(read);
                Ok(Ok(()))
            });
            result??;
        } else {
            drop(change);
            // Drained, so the thread never waits on a full channel.
            for _ in batches_rx.iter() {}
            let mut read = joined();
            merged(
                [file_problems, org_rows, objective_rows],
                checked,
                &mut read,
                unreadable,
            )
            .into_result()?;
            outcome = Some(read);
        }
        let read = outcome.unwrap_or_default();
        encodings.extend(read.encoding);
        let key_results_added = wrote.unwrap_or(0);
        Ok(ImportReport {
            changed: nodes_added + objectives_added + key_results_added > 0,
            encodings,
            nodes_added,
            objectives_added,
            key_results_added,
            objectives_with_key_results: read.streamed.objectives,
            ..ImportReport::default()
        })
    })
}

/// Every problem in the order [`super::import_csv`] reports them: the files' own, then
/// their columns' and rows', then (when every file could be read) the values' of the
/// people and objectives, then the key results'.
fn merged(read: [Problems; 3], checked: Problems, krs: &mut KeyResultsRead, unreadable: bool) -> Problems {
    let [mut all, org_rows, objective_rows] = read;
    all.append(std::mem::take(&mut krs.file_problems));
    all.append(org_rows);
    all.append(objective_rows);
    all.append(std::mem::take(&mut krs.row_problems));
    if !unreadable && !krs.unreadable {
        all.append(checked);
        all.append(std::mem::take(&mut krs.checked));
    }
    all
}

/// The key results' thread: waits for the objectives, then reads the file record by
/// record, checking each row as it is read and handing on the key results made.
fn read_key_results(
    file: InputFile,
    objectives: mpsc::Receiver<Objectives>,
    batches: mpsc::SyncSender<Vec<KeyResult>>,
) -> KeyResultsRead {
    let mut out = KeyResultsRead::default();
    let Ok(objectives) = objectives.recv() else {
        return out;
    };
    let mut stream = None;
    let mut checked = Problems::default();
    let mut write = objectives.write;
    let send = |batch| {
        // Once the writer stops (a failed write), the rest is only checked.
        if write && batches.send(batch).is_err() {
            write = false;
        }
    };
    let mut send = Some(send);
    let read = csv_file::each_row(&file, &mut out.file_problems, &mut out.row_problems, |table, row| {
        stream
            .get_or_insert_with(|| {
                key_results::Stream::new(
                    table.file.clone(),
                    table.has.clone(),
                    &objectives.ids,
                    &objectives.file,
                    send.take().expect("made once"),
                )
            })
            .row(row, &mut checked);
    });
    drop(file);
    let Some((table, encoding)) = read else {
        out.unreadable = true;
        return out;
    };
    if !matches!(encoding, TextEncoding::Utf8 | TextEncoding::Utf8Bom) {
        out.encoding = Some(FileEncoding {
            file: table.file.clone(),
            encoding: encoding.name().to_string(),
        });
    }
    out.file = Some(table.file);
    if let Some(stream) = stream {
        out.streamed = stream.finish(&mut checked);
    }
    out.checked = checked;
    out
}
