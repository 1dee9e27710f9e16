//! Matching a report's values with the plan's key results, and recording them. Runs
//! inside the door's transaction: what decides the check-ins is read through it.

use chrono::{Days, Local, NaiveDate, TimeDelta, Utc};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use super::read::{self, Column, Report};
use super::{fold, ReportOptions, ReportShape, ReportSummary};
use crate::i18n::words::Words;
use crate::import::problem::{reason, Problems};
use crate::import::ImportError;
use crate::model::ids::IdBatch;
use crate::model::text::{text, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::store::key_result::Measured;
use crate::store::{checkin as checkin_sql, key_result as kr_sql, node as node_sql, objective as objective_sql, Tx};
use crate::{CheckIn, Confidence, Error, Quarter, Result};

/// One value to record on one key result (an index into the plan's [`Measured`]).
struct Entry {
    kr: usize,
    date: NaiveDate,
    value: f64,
    note: Option<String>,
    confidence: Option<Confidence>,
}

/// What the rows of a report come to, before anything is written.
#[derive(Default)]
struct Matched {
    entries: Vec<Entry>,
    unmatched_owners: Vec<String>,
    ambiguous_owners: Vec<String>,
    unmatched_measures: Vec<String>,
}

/// The dates a report may carry: not after tomorrow (as a single check-in), and in a
/// quarter the plan has objectives in.
struct Dates {
    today: NaiveDate,
    planned: HashSet<Quarter>,
}

impl Dates {
    fn check(&self, date: NaiveDate) -> std::result::Result<Quarter, Words> {
        if date > self.today + Days::new(1) {
            return Err(Words::new("why-future-date").with("today", self.today));
        }
        let quarter = Quarter::containing(date);
        if !self.planned.contains(&quarter) {
            return Err(Words::new("checkin-report-quarter-empty").with("quarter", quarter));
        }
        Ok(quarter)
    }
}

/// Checks the report against the plan and records its check-ins; `Ok(Err(..))` when it
/// is refused (nothing written). `applied` only says, in the summary, whether the door
/// commits (a preview runs this in [`crate::Plan::dry_run`]).
pub(super) fn apply(
    tx: &Tx<'_>,
    report: &Report,
    options: &ReportOptions,
    applied: bool,
) -> Result<std::result::Result<ReportSummary, ImportError>> {
    tx.describe(crate::Words::new("history-checkin-report").with("file", &report.file));
    let who = text("who", options.who.trim(), MAX_TITLE_CHARS)?;
    let note = text("note", options.note.trim(), MAX_TEXT_CHARS)?;
    let dates = Dates {
        today: Local::now().date_naive(),
        planned: objective_sql::quarters(tx)?.into_iter().collect(),
    };
    let default_date = options.date.unwrap_or(dates.today);
    if let Some(given) = options.date {
        // A date given for the whole report is judged even when every row has its own.
        dates
            .check(given)
            .map_err(|why| Error::invalid("date", given.to_string(), why))?;
    }
    let mut problems = Problems::default();
    // Each row's date, judged once; `None` for a row whose date is refused.
    let row_dates: Vec<Option<(NaiveDate, Quarter)>> = report
        .grid
        .rows
        .iter()
        .map(|(place, row)| {
            let own = match &report.date {
                Some(column) => read::date(row, column).unwrap_or_else(|why| {
                    problems.cell(&report.file, *place, &column.label, read::text(row, column), why);
                    None
                }),
                None => None,
            };
            let date = own.unwrap_or(default_date);
            match dates.check(date) {
                Ok(quarter) => Some((date, quarter)),
                Err(why) => {
                    match (&report.date, own) {
                        (Some(column), Some(_)) => {
                            problems.cell(&report.file, *place, &column.label, read::text(row, column), why)
                        }
                        // Today, for a report without dates: said once, as the date's problem.
                        _ => problems.file(
                            &report.file,
                            None,
                            Words::new("checkin-report-today").with_words("why", why),
                        ),
                    }
                    None
                }
            }
        })
        .collect();
    if problems.list.iter().filter(|p| p.place.is_none()).count() > 1 {
        // The same "today" problem for every row: once is enough.
        let mut seen = false;
        problems.list.retain(|p| {
            let first = p.place.is_some() || !seen;
            seen |= p.place.is_none();
            first
        });
    }
    let quarters: Vec<String> = {
        let mut q: Vec<Quarter> = row_dates.iter().flatten().map(|(_, q)| *q).collect();
        q.sort();
        q.dedup();
        q.iter().map(Quarter::to_string).collect()
    };
    let plan = match report.shape {
        ReportShape::Wide => kr_sql::measured(tx, Some(&quarters))?,
        ReportShape::Long => kr_sql::measured(tx, None)?,
    };
    let matched = match report.shape {
        ReportShape::Wide => wide(tx, report, &plan, &row_dates, &mut problems)?,
        ReportShape::Long => long(report, &plan, &row_dates, &mut problems),
    };
    if !problems.is_empty() {
        return Ok(Err(read::refused(problems)));
    }
    let mut touched: Vec<usize> = matched.entries.iter().map(|e| e.kr).collect();
    touched.sort_unstable();
    touched.dedup();
    let mut quarters: Vec<Quarter> = touched
        .iter()
        .map(|&k| plan[k].quarter.parse::<Quarter>())
        .collect::<Result<_>>()?;
    quarters.sort();
    quarters.dedup();
    for q in &quarters {
        crate::edit::review::ensure_unlocked(tx, *q)?;
    }
    let (currents, history_only) = record(tx, &plan, &matched.entries, &note, &who)?;
    Ok(Ok(ReportSummary {
        file: report.file.clone(),
        shape: report.shape,
        encoding: report.encoding.clone(),
        applied,
        rows: report.grid.rows.len(),
        checkins: matched.entries.len(),
        key_results: touched.len(),
        currents,
        history_only,
        quarters,
        unmatched_owners: matched.unmatched_owners,
        ambiguous_owners: matched.ambiguous_owners,
        unmatched_measures: matched.unmatched_measures,
    }))
}

/// A row's own note and confidence, checked.
fn note_and_confidence(
    report: &Report,
    place: crate::import::Place,
    row: &[crate::import::grid::Cell],
    problems: &mut Problems,
) -> (Option<String>, Option<Confidence>) {
    let note = report.note.as_ref().and_then(|column| {
        let t = read::text(row, column);
        if t.is_empty() {
            return None;
        }
        text("note", t, MAX_TEXT_CHARS)
            .map_err(|e| problems.cell(&report.file, place, &column.label, t, reason(e)))
            .ok()
    });
    let confidence = report.confidence.as_ref().and_then(|column| {
        let t = read::text(row, column);
        if t.is_empty() {
            return None;
        }
        read::confidence(t)
            .map_err(|e| problems.cell(&report.file, place, &column.label, t, reason(e)))
            .ok()
    });
    (note, confidence)
}

/// A row per person or unit, a column per measure.
fn wide(
    tx: &Tx<'_>,
    report: &Report,
    plan: &[Measured],
    row_dates: &[Option<(NaiveDate, Quarter)>],
    problems: &mut Problems,
) -> Result<Matched> {
    let nodes = node_sql::list(tx)?;
    let by_key: HashMap<&str, Uuid> = nodes.iter().map(|n| (n.key.as_str(), n.id)).collect();
    let mut by_name: HashMap<String, Vec<Uuid>> = HashMap::default();
    for n in &nodes {
        by_name.entry(n.name.trim().nfc().collect()).or_default().push(n.id);
    }
    // Each owner's key results per quarter, with their measures folded.
    let mut owned: HashMap<(Uuid, Quarter), Vec<(usize, String)>> = HashMap::default();
    let mut planned: HashSet<(Quarter, String)> = HashSet::default();
    for (i, k) in plan.iter().enumerate() {
        if k.measure.trim().is_empty() {
            continue;
        }
        let quarter: Quarter = k.quarter.parse()?;
        let measure = fold(&k.measure);
        planned.insert((quarter, measure.clone()));
        owned.entry((k.owner_id, quarter)).or_default().push((i, measure));
    }
    let columns: Vec<(&Column, String)> = report.values.iter().map(|c| (c, fold(&c.header))).collect();
    let mut column_matched = vec![false; columns.len()];
    let mut out = Matched::default();
    let mut listed: HashSet<String> = HashSet::default();
    for ((place, row), when) in report.grid.rows.iter().zip(row_dates) {
        let owner_text = read::text(row, &report.subject);
        let (note, confidence) = note_and_confidence(report, *place, row, problems);
        let Some((date, quarter)) = *when else { continue };
        let (owner, ambiguous) = match by_key.get(owner_text) {
            Some(id) => (Some(*id), false),
            None => match by_name.get(&owner_text.nfc().collect::<String>()).map(Vec::as_slice) {
                Some([one]) => (Some(*one), false),
                Some([_, _, ..]) => (None, true),
                _ => (None, false),
            },
        };
        let krs = owner
            .and_then(|o| owned.get(&(o, quarter)))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let mut owner_matched = false;
        let mut owner_needed = false;
        for (c, (column, measure)) in columns.iter().enumerate() {
            if !planned.contains(&(quarter, measure.clone())) {
                continue;
            }
            let value = match read::number(row, column, report.grid.workbook) {
                Ok(v) => v,
                Err(why) => {
                    problems.cell(&report.file, *place, &column.label, read::text(row, column), why);
                    continue;
                }
            };
            owner_needed |= value.is_some();
            for (kr, _) in krs.iter().filter(|(_, m)| m == measure) {
                column_matched[c] = true;
                owner_matched = true;
                if let Some(value) = value {
                    out.entries.push(Entry {
                        kr: *kr,
                        date,
                        value,
                        note: note.clone(),
                        confidence,
                    });
                }
            }
        }
        if owner_needed && owner_text.is_empty() {
            problems.cell(
                &report.file,
                *place,
                &report.subject.label,
                "",
                Words::new("checkin-report-owner-empty"),
            );
        }
        if !owner_matched && !owner_text.is_empty() && listed.insert(owner_text.to_string()) {
            if ambiguous {
                out.ambiguous_owners.push(owner_text.to_string());
            } else {
                out.unmatched_owners.push(owner_text.to_string());
            }
        }
    }
    out.unmatched_measures = columns
        .iter()
        .zip(&column_matched)
        .filter(|(_, m)| !**m)
        .map(|((c, _), _)| c.header.clone())
        .collect();
    Ok(out)
}

/// A row per check-in: `kr`, `value`.
fn long(
    report: &Report,
    plan: &[Measured],
    row_dates: &[Option<(NaiveDate, Quarter)>],
    problems: &mut Problems,
) -> Matched {
    let by_key: HashMap<&str, usize> = plan.iter().enumerate().map(|(i, k)| (k.key.as_str(), i)).collect();
    let by_id: HashMap<Uuid, usize> = plan.iter().enumerate().map(|(i, k)| (k.id, i)).collect();
    let value_column = &report.values[0];
    let mut out = Matched::default();
    for ((place, row), when) in report.grid.rows.iter().zip(row_dates) {
        let kr_text = read::text(row, &report.subject);
        let kr = if kr_text.is_empty() {
            problems.cell(
                &report.file,
                *place,
                &report.subject.label,
                "",
                Words::new("import-checkin-key-result-empty"),
            );
            None
        } else {
            let found = by_key
                .get(kr_text)
                .or_else(|| Uuid::parse_str(kr_text).ok().and_then(|id| by_id.get(&id)))
                .copied();
            if found.is_none() {
                problems.cell(
                    &report.file,
                    *place,
                    &report.subject.label,
                    kr_text,
                    Words::new("checkin-report-kr-unknown"),
                );
            }
            found
        };
        let value = match read::number(row, value_column, report.grid.workbook) {
            Ok(Some(v)) => Some(v),
            Ok(None) => {
                problems.cell(
                    &report.file,
                    *place,
                    &value_column.label,
                    "",
                    Words::new("import-number-empty"),
                );
                None
            }
            Err(why) => {
                problems.cell(
                    &report.file,
                    *place,
                    &value_column.label,
                    read::text(row, value_column),
                    why,
                );
                None
            }
        };
        let (note, confidence) = note_and_confidence(report, *place, row, problems);
        if let (Some(kr), Some(value), Some((date, _))) = (kr, value, *when) {
            out.entries.push(Entry {
                kr,
                date,
                value,
                note,
                confidence,
            });
        }
    }
    out
}

/// Writes the check-ins, and the current value (and confidence) of each key result
/// whose latest check-in is now one of them. Returns how many key results took a report
/// value as current, and how many kept a later one.
fn record(tx: &Tx<'_>, plan: &[Measured], entries: &[Entry], note: &str, who: &str) -> Result<(usize, usize)> {
    if entries.is_empty() {
        return Ok((0, 0));
    }
    let now = Utc::now();
    let mut ids = IdBatch::new();
    // Later rows are recorded later, so of two values of one day the last in the file is
    // the latest, as if they had been entered one after the other.
    let checkins: Vec<CheckIn> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| CheckIn {
            id: ids.next(),
            key_result_id: plan[e.kr].id,
            date: e.date,
            value: e.value,
            note: e.note.clone().unwrap_or_else(|| note.to_string()),
            who: who.to_string(),
            confidence: e.confidence,
            recorded_at: now + TimeDelta::microseconds(i as i64),
        })
        .collect();
    let latest_before = checkin_sql::latest_dates(tx)?;
    // Each key result's latest value of the report: the greatest date, the last row of it.
    let mut latest: HashMap<usize, &Entry> = HashMap::default();
    for e in entries {
        let slot = latest.entry(e.kr).or_insert(e);
        if e.date >= slot.date {
            *slot = e;
        }
    }
    let mut currents: Vec<(Uuid, f64, Option<Confidence>)> = Vec::with_capacity(latest.len());
    let mut history_only = 0;
    for (kr, e) in latest {
        let id = plan[kr].id;
        if latest_before.get(&id).is_some_and(|d| *d > e.date) {
            history_only += 1;
        } else {
            currents.push((id, e.value, e.confidence));
        }
    }
    // The guard triggers cannot fire here (a locked quarter was refused above) unless the
    // plan is a review copy, where they stay in place.
    crate::store::with_idle_triggers_set_aside(tx, |tx| {
        checkin_sql::insert_many(tx, &checkins)?;
        kr_sql::set_currents(tx, &currents)
    })?;
    let currents = currents.len();
    Ok((currents, history_only))
}
