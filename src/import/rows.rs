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
    pub key_results: Option<Table<KeyResultRow>>,
    pub settings: Option<crate::Settings>,
    /// The quarter's life (JSON exports only).
    pub checkins: Option<Table<Item<CheckInRecord>>>,
    pub reviews: Option<Table<Item<ReviewRecord>>>,
    pub comments: Option<Table<Item<CommentRecord>>>,
    pub locks: Option<Table<Item<LockRecord>>>,
}
