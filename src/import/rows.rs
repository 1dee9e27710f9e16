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

/// The text cells of one row in one allocation instead of one each. A large import has
/// hundreds of thousands of rows, all held until every file is read; packed, they take
/// about the size of their text.
#[derive(Debug)]
struct Packed<const N: usize> {
    text: Box<str>,
    /// Where each cell ends in `text`.
    ends: [u32; N],
}

impl<const N: usize> Packed<N> {
    fn new(cells: [&str; N]) -> Self {
        let mut text = String::with_capacity(cells.iter().map(|c| c.len()).sum());
        let mut ends = [0u32; N];
        for (end, c) in ends.iter_mut().zip(cells) {
            text.push_str(c);
            *end = u32::try_from(text.len()).expect("a row shorter than 4 GiB");
        }
        Packed {
            text: text.into_boxed_str(),
            ends,
        }
    }

    fn cell(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn string(&self, i: usize) -> String {
        self.cell(i).to_string()
    }
}

/// An objective row as it waits to be checked (see [`Packed`]).
#[derive(Debug)]
pub(crate) struct PackedObjectiveRow {
    place: Option<Place>,
    id: Option<Uuid>,
    cells: Packed<10>,
}

impl PackedObjectiveRow {
    /// The row with a string for each cell, to be checked.
    pub fn unpack(&self) -> ObjectiveRow {
        let c = |i| self.cells.string(i);
        ObjectiveRow {
            place: self.place,
            id: self.id,
            key: c(0),
            quarter: c(1),
            owner: c(2),
            title: c(3),
            parent: c(4),
            description: c(5),
            commitment: c(6),
            carried_from: c(7),
            created_at: c(8),
            updated_at: c(9),
        }
    }
}

impl From<ObjectiveRow> for PackedObjectiveRow {
    fn from(r: ObjectiveRow) -> Self {
        PackedObjectiveRow {
            place: r.place,
            id: r.id,
            cells: Packed::new([
                &r.key,
                &r.quarter,
                &r.owner,
                &r.title,
                &r.parent,
                &r.description,
                &r.commitment,
                &r.carried_from,
                &r.created_at,
                &r.updated_at,
            ]),
        }
    }
}

/// A key-result row as it waits to be checked (see [`Packed`]).
#[derive(Debug)]
pub(crate) struct PackedKeyResultRow {
    place: Option<Place>,
    id: Option<Uuid>,
    cells: Packed<12>,
}

impl PackedKeyResultRow {
    /// The key of the row's objective, as written.
    pub fn objective(&self) -> &str {
        self.cells.cell(0)
    }

    /// The row with a string for each cell, to be checked.
    pub fn unpack(&self) -> KeyResultRow {
        let c = |i| self.cells.string(i);
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
        PackedKeyResultRow {
            place: r.place,
            id: r.id,
            cells: Packed::new([
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
            ]),
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
    pub objectives: Option<Table<PackedObjectiveRow>>,
    pub key_results: Option<Table<PackedKeyResultRow>>,
    pub settings: Option<crate::Settings>,
    /// The quarter's life (JSON exports only).
    pub checkins: Option<Table<Item<CheckInRecord>>>,
    pub reviews: Option<Table<Item<ReviewRecord>>>,
    pub comments: Option<Table<Item<CommentRecord>>>,
    pub locks: Option<Table<Item<LockRecord>>>,
}
