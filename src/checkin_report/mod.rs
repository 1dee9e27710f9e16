//! Weekly check-ins from a helpdesk's report: one file, CSV or workbook, that records a
//! value on every key result it measures, all or nothing. `okr checkin --from` and the
//! app's "Check-ins from a report…" both call [`Plan::checkins_from_report`] (the app
//! first shows [`Plan::preview_checkins_from_report`]).
//!
//! The header decides the shape:
//! - **wide**, with a column `owner`: one row per person or unit, named by key or by their
//!   exact name when no one else has it, and one column per measure (CSAT, FRT, FCR…).
//!   Each value becomes a check-in on every key result of that owner, in the quarter
//!   holding the date, whose measure is the column's ([`same_measure`]). A column whose
//!   measure no key result of the quarter has (a metric not planned, a team name, an
//!   e-mail address) is not read; it and the owners no key result matched (people who
//!   left) are listed in the summary. An empty cell records nothing.
//! - **long**, with columns `kr` and `value`: one check-in per row on the key result of
//!   that key, with optional `date`, `note` and `confidence`.
//!
//! The rules of a single check-in ([`crate::edit::checkin::record`]) hold: a value dated
//! before the key result's latest check-in joins its history without changing its
//! current value, a date after tomorrow is refused, a locked quarter refuses. A value that
//! is not a number, a date in a quarter the plan has no objectives in, a key that is no
//! key result's, a malformed file: the report is refused with every problem named by
//! line (or row), column and value, and the plan is left as it was.
//!
//! The file is read by the spreadsheet import's readers (its encodings, delimiters and
//! workbook cells; [`crate::import`]), and headers may be in English, Vietnamese or Thai
//! ([`crate::format`]).

mod apply;
mod read;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::i18n::words::Words;
use crate::import::{ImportError, InputFile};
use crate::{Lang, Plan, Quarter};

/// How a report is laid out, decided by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ReportShape {
    /// A row per person or unit (`owner`), a column per measure.
    Wide,
    /// A row per check-in (`kr`, `value`).
    Long,
}

/// What the command line or the app adds to the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ReportOptions {
    /// The day the values were measured, for rows without a date of their own [default:
    /// today].
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    /// The note of the check-ins whose row has none.
    pub note: String,
    /// Who records them.
    pub who: String,
}

/// What a report recorded, or would record.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportSummary {
    /// The file as messages name it.
    pub file: String,
    pub shape: ReportShape,
    /// The encoding a CSV file was read in, when not UTF-8 (`Windows-1258`).
    pub encoding: Option<String>,
    /// Whether the check-ins were recorded (false for a preview).
    pub applied: bool,
    /// Rows of the file under the header.
    pub rows: usize,
    /// Check-ins recorded.
    pub checkins: usize,
    /// Key results that got a value.
    pub key_results: usize,
    /// Key results whose current value is now the report's.
    pub currents: usize,
    /// Key results whose later check-in keeps its current value: the report's value
    /// joined their history.
    pub history_only: usize,
    /// The quarters of the key results that got a value.
    pub quarters: Vec<Quarter>,
    /// Owners, as the file writes them, that no key result matched (people who left).
    pub unmatched_owners: Vec<String>,
    /// Names the file gives that more than one person or unit has; their key tells them
    /// apart.
    pub ambiguous_owners: Vec<String>,
    /// Measure columns, as headed, that matched no key result (metrics not planned).
    pub unmatched_measures: Vec<String>,
}

/// How many names a summary line lists before saying how many more there are.
const LISTED: usize = 20;

impl ReportSummary {
    /// What the report did (or would do), one sentence a line, in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(encoding) = &self.encoding {
            lines.push(
                Words::new("import-read-as")
                    .with("file", &self.file)
                    .with("encoding", encoding)
                    .say(lang),
            );
        }
        let quarters = self
            .quarters
            .iter()
            .map(Quarter::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        let head = match (self.checkins, self.applied) {
            (0, true) => "checkin-report-nothing",
            (0, false) => "checkin-report-nothing-preview",
            (_, true) => "checkin-report-applied",
            (_, false) => "checkin-report-preview",
        };
        lines.push(
            Words::new(head)
                .with("file", &self.file)
                .with("checkins", self.checkins)
                .with("key_results", self.key_results)
                .with("quarters", quarters)
                .with("rows", self.rows)
                .say(lang),
        );
        match self.history_only {
            0 => {}
            1 => lines.push(Words::new("checkin-report-history-only-one").say(lang)),
            n => lines.push(Words::new("checkin-report-history-only").with("count", n).say(lang)),
        }
        for (id, list) in [
            ("checkin-report-unmatched-owners", &self.unmatched_owners),
            ("checkin-report-ambiguous-owners", &self.ambiguous_owners),
            ("checkin-report-unmatched-measures", &self.unmatched_measures),
        ] {
            if !list.is_empty() {
                lines.push(
                    Words::new(id)
                        .with("count", list.len())
                        .with("list", listed(list, lang))
                        .say(lang),
                );
            }
        }
        lines
    }
}

/// The first [`LISTED`] names, and how many more there are.
fn listed(names: &[String], lang: Lang) -> String {
    let shown = names.iter().take(LISTED).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > LISTED {
        Words::new("checkin-report-list-more")
            .with("list", shown)
            .with("more", names.len() - LISTED)
            .say(lang)
    } else {
        shown
    }
}

/// A measure as compared: NFC, lower case, without spaces, `-` or `_` ("First response",
/// "FIRST_RESPONSE" and "first-response" are one measure; "CSAT" and "csat" too).
pub fn same_measure(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

pub(crate) fn fold(measure: &str) -> String {
    measure
        .nfc()
        .flat_map(char::to_lowercase)
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .collect()
}

impl Plan {
    /// Records the check-ins of a helpdesk's report, all or nothing (see the [module
    /// docs](self)).
    pub fn checkins_from_report(
        &mut self,
        file: &InputFile,
        options: &ReportOptions,
    ) -> Result<ReportSummary, ImportError> {
        let report = read::read(file)?;
        self.transact(|tx| apply::apply(tx, &report, options, true))?
    }

    /// What [`Plan::checkins_from_report`] would record, without changing anything.
    pub fn preview_checkins_from_report(
        &mut self,
        file: &InputFile,
        options: &ReportOptions,
    ) -> Result<ReportSummary, ImportError> {
        let report = read::read(file)?;
        self.dry_run(|tx| apply::apply(tx, &report, options, false))?
    }
}

#[cfg(test)]
mod tests;
