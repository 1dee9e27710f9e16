//! The quarter's life in a JSON export — check-ins, review marks, comments and quarter
//! locks — checked like the rows: every problem named by list, item, field and value.
//! A record naming a node or objective finds it among the file's and the plan's.

use chrono::{DateTime, NaiveDate, Utc};
use rustc_hash::FxHashMap as HashMap;
use uuid::Uuid;

use super::cell::{timestamp, Cell, Change};
use super::problem::{reason, Problems};
use super::rows::{Item, Table};
use crate::edit::review::{comment_text, name};
use crate::export::{CheckInRecord, CommentRecord, LockRecord, ReviewRecord};
use crate::i18n::words::Words;
use crate::model::ids::IdBatch;
use crate::{CheckIn, Confidence, Level, ObjectiveComment, Quarter, QuarterLock, Review};

/// Check-ins of a JSON export: a key result key, a date, a finite value; the key result
/// is looked up when they are written, among the imported and the plan's.
pub(super) fn checkins(
    table: Table<Item<CheckInRecord>>,
    change: &mut Change,
    problems: &mut Problems,
    now: DateTime<Utc>,
) {
    let file = table.file.as_str();
    let mut ids = IdBatch::new();
    for row in table.rows {
        let at = Cell { file, place: row.place };
        let r = row.record;
        if r.key_result.trim().is_empty() {
            at.bad(
                problems,
                "key_result",
                "",
                Words::new("import-checkin-key-result-empty"),
            );
            continue;
        }
        let Ok(date) = NaiveDate::parse_from_str(r.date.trim(), "%Y-%m-%d") else {
            at.bad(problems, "date", &r.date, Words::new("import-not-date"));
            continue;
        };
        if !r.value.is_finite() {
            at.bad(problems, "value", &r.value.to_string(), Words::new("import-not-finite"));
            continue;
        }
        let confidence = if r.confidence.trim().is_empty() {
            None
        } else {
            match r.confidence.parse::<Confidence>() {
                Ok(c) => Some(c),
                Err(e) => {
                    at.bad(problems, "confidence", &r.confidence, reason(e));
                    continue;
                }
            }
        };
        let recorded_at = r.recorded_at.as_deref().and_then(timestamp).unwrap_or(now);
        change.checkins.push((
            r.key_result.trim().to_string(),
            CheckIn {
                id: r.id.unwrap_or_else(|| ids.next()),
                key_result_id: Uuid::nil(),
                date,
                value: r.value,
                note: r.note,
                who: r.who,
                confidence,
                recorded_at,
            },
        ));
    }
}

/// A time the record gives, or `now` when it gives none.
fn time(
    at: &Cell<'_>,
    problems: &mut Problems,
    column: &str,
    value: Option<&str>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Some(now),
        Some(v) => at.time(problems, column, v),
    }
}

fn quarter(at: &Cell<'_>, problems: &mut Problems, value: &str) -> Option<Quarter> {
    value
        .trim()
        .parse::<Quarter>()
        .map_err(|e| at.bad(problems, "quarter", value, reason(e)))
        .ok()
}

/// A person's name (who reviewed, wrote or locked), by the rule the app and `okr` apply.
fn person(at: &Cell<'_>, problems: &mut Problems, column: &'static str, value: &str) -> Option<String> {
    name(column, value)
        .map_err(|e| at.bad(problems, column, value, reason(e)))
        .ok()
}

/// Review marks: a node of the file or the plan, a quarter, who reviewed it.
pub(super) fn reviews(
    table: Table<Item<ReviewRecord>>,
    node_ids: &HashMap<String, (Uuid, Option<Level>)>,
    org_file: &str,
    change: &mut Change,
    problems: &mut Problems,
    now: DateTime<Utc>,
) {
    let file = table.file.as_str();
    for item in table.rows {
        let at = Cell {
            file,
            place: item.place,
        };
        let r = item.record;
        let node = node_ids.get(r.node.trim()).map(|(id, _)| *id);
        if node.is_none() {
            at.bad(
                problems,
                "node",
                &r.node,
                Words::new("import-node-unknown").with("file", org_file),
            );
        }
        let quarter = quarter(&at, problems, &r.quarter);
        let by = person(&at, problems, "reviewed_by", &r.reviewed_by);
        let when = time(&at, problems, "reviewed_at", r.reviewed_at.as_deref(), now);
        if let (Some(node_id), Some(quarter), Some(reviewed_by), Some(reviewed_at)) = (node, quarter, by, when) {
            change.reviews.push(Review {
                node_id,
                quarter,
                reviewed_by,
                reviewed_at,
            });
        }
    }
}

/// Comments: an objective of the file or the plan, an author, something to read.
pub(super) fn comments(
    table: Table<Item<CommentRecord>>,
    objective_ids: &HashMap<String, Uuid>,
    objectives_file: &str,
    change: &mut Change,
    problems: &mut Problems,
    now: DateTime<Utc>,
) {
    let file = table.file.as_str();
    let mut ids = IdBatch::new();
    for item in table.rows {
        let at = Cell {
            file,
            place: item.place,
        };
        let m = item.record;
        let objective = objective_ids.get(m.objective.trim()).copied();
        if objective.is_none() {
            at.bad(
                problems,
                "objective",
                &m.objective,
                Words::new("import-objective-unknown").with("file", objectives_file),
            );
        }
        let author = person(&at, problems, "author", &m.author);
        let text = comment_text(&m.text)
            .map_err(|e| at.bad(problems, "text", &m.text, reason(e)))
            .ok();
        let when = time(&at, problems, "created_at", m.created_at.as_deref(), now);
        if let (Some(objective_id), Some(author), Some(text), Some(created_at)) = (objective, author, text, when) {
            change.comments.push(ObjectiveComment {
                id: m.id.unwrap_or_else(|| ids.next()),
                objective_id,
                author,
                text,
                created_at,
            });
        }
    }
}

/// Quarter locks: a quarter and who locked it.
pub(super) fn locks(table: Table<Item<LockRecord>>, change: &mut Change, problems: &mut Problems, now: DateTime<Utc>) {
    let file = table.file.as_str();
    for item in table.rows {
        let at = Cell {
            file,
            place: item.place,
        };
        let l = item.record;
        let quarter = quarter(&at, problems, &l.quarter);
        let by = person(&at, problems, "locked_by", &l.locked_by);
        let when = time(&at, problems, "locked_at", l.locked_at.as_deref(), now);
        if let (Some(quarter), Some(locked_by), Some(locked_at)) = (quarter, by, when) {
            change.locks.push(QuarterLock {
                quarter,
                locked_by,
                locked_at,
            });
        }
    }
}
