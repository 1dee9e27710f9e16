//! Where a problem of an import sits, shared by the readers of rows and of a JSON
//! export's history, so neither has to reach into the other.

use chrono::{DateTime, Utc};

use super::problem::{Place, Problems};
use crate::i18n::words::Words;

pub(super) use super::change::Change;

/// Reports a problem with one cell of a row.
pub(super) struct Cell<'a> {
    pub file: &'a str,
    pub place: Place,
}

impl Cell<'_> {
    pub fn bad(&self, p: &mut Problems, column: &str, value: &str, reason: impl Into<Words>) {
        p.cell(self.file, self.place, column, value, reason);
    }

    /// A date and time in RFC 3339; a bad one is reported and gives `None`.
    pub fn time(&self, p: &mut Problems, column: &str, value: &str) -> Option<DateTime<Utc>> {
        let t = timestamp(value);
        if t.is_none() {
            self.bad(p, column, value, Words::new("import-not-timestamp"));
        }
        t
    }
}

/// A time the plan can keep (1677 to 2262, to the nanosecond: `store::stamp`).
pub(super) fn timestamp(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
        .filter(|t| crate::store::stamp::fits(*t))
}
