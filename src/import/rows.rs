//! The rows of an import, as text, whatever file format they came from: the CSV and
//! JSON readers both produce these, and one validator checks them.

use uuid::Uuid;

use super::problem::Place;
use crate::export::{CheckInRecord, CommentRecord, LockRecord, ReviewRecord};

/// One file's rows, with the name used in messages.
#[derive(Debug, Default)]
pub(crate) struct Table<T> {
    pub file: String,
    pub rows: Vec<T>,
    /// Optional columns the file has; an absent column keeps an existing row's value.
    pub has: Vec<&'static str>,
    /// For a workbook's sheet: each column's name as messages give it (`C (Cấp)`).
    pub labels: Vec<(&'static str, String)>,
}

impl<T> Table<T> {
    pub fn has(&self, column: &str) -> bool {
        self.has.contains(&column)
    }
}

#[derive(Debug, Default)]
pub(crate) struct NodeRow {
    pub place: Option<Place>,
    pub id: Option<Uuid>,
    pub key: String,
    pub name: String,
    pub level: String,
    pub parent: String,
    pub role: String,
    pub new_hire: String,
    pub objective_cap: String,
    pub notes: String,
}

#[derive(Debug, Default)]
pub(crate) struct ObjectiveRow {
    pub place: Option<Place>,
    pub id: Option<Uuid>,
    pub key: String,
    pub quarter: String,
    pub owner: String,
    pub title: String,
    pub parent: String,
    pub description: String,
    pub commitment: String,
    pub carried_from: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Default)]
pub(crate) struct KeyResultRow {
    pub place: Option<Place>,
    pub id: Option<Uuid>,
    pub objective: String,
    pub title: String,
    pub baseline: String,
    pub target: String,
    pub current: String,
    pub unit: String,
    pub weight: String,
    pub kind: String,
    pub key: String,
    pub score: String,
    pub confidence: String,
    pub measure: String,
}

/// A key-result row as it waits to be checked: its twelve cells in one allocation
/// instead of twelve. A large `key_results.csv` has hundreds of thousands of rows, all
/// held until every file is read; this keeps them to about the size of their text.
#[derive(Debug)]
pub(crate) struct PackedKeyResultRow {
    place: Option<Place>,
    id: Option<Uuid>,
    text: Box<str>,
    /// Where each cell ends in `text`, in the order of [`KeyResultRow`]'s fields.
    ends: [u32; 12],
}

impl PackedKeyResultRow {
    fn cell(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The key of the row's objective, as written.
    pub fn objective(&self) -> &str {
        self.cell(0)
    }

    /// The row with a string for each cell, to be checked.
    pub fn unpack(&self) -> KeyResultRow {
        let c = |i| self.cell(i).to_string();
        KeyResultRow {
            place: self.place,
            id: self.id,
            objective: c(0),
            title: c(1),
            baseline: c(2),
            target: c(3),
            current: c(4),
            unit: c(5),
            weight: c(6),
            kind: c(7),
            key: c(8),
            score: c(9),
            confidence: c(10),
            measure: c(11),
        }
    }
}

impl From<KeyResultRow> for PackedKeyResultRow {
    fn from(r: KeyResultRow) -> Self {
        let cells = [
            &r.objective,
            &r.title,
            &r.baseline,
            &r.target,
            &r.current,
            &r.unit,
            &r.weight,
            &r.kind,
            &r.key,
            &r.score,
            &r.confidence,
            &r.measure,
        ];
        let mut text = String::with_capacity(cells.iter().map(|c| c.len()).sum());
        let mut ends = [0u32; 12];
        for (i, c) in cells.iter().enumerate() {
            text.push_str(c);
            ends[i] = u32::try_from(text.len()).expect("a row shorter than 4 GiB");
        }
        PackedKeyResultRow {
            place: r.place,
            id: r.id,
            text: text.into_boxed_str(),
            ends,
        }
    }
}

/// One item of a list of a JSON export that has no spreadsheet form (check-ins, review
/// marks, comments, locks): the record as read, and where it was.
#[derive(Debug)]
pub(crate) struct Item<R> {
    pub place: Place,
    pub record: R,
}

/// Everything read from the files of one import.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    pub nodes: Option<Table<NodeRow>>,
    pub objectives: Option<Table<ObjectiveRow>>,
    pub key_results: Option<Table<PackedKeyResultRow>>,
    pub settings: Option<crate::Settings>,
    /// The quarter's life (JSON exports only).
    pub checkins: Option<Table<Item<CheckInRecord>>>,
    pub reviews: Option<Table<Item<ReviewRecord>>>,
    pub comments: Option<Table<Item<CommentRecord>>>,
    pub locks: Option<Table<Item<LockRecord>>>,
}
