//! What is wrong with an import, said so that a person can find it in the spreadsheet.

use std::fmt;

use crate::i18n::words::Words;
use crate::model::key::shorten;
use crate::{ErrorCode, Lang};

/// Where in a file a problem sits: a line of a CSV file (the header is line 1; a quoted
/// field with line breaks spans lines, so this is the line its record starts on), a row
/// of a workbook's sheet as Excel numbers it, or an item of a list in a JSON file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Place {
    Line { line: u64 },
    Row { row: u32 },
    Item { list: &'static str, index: usize },
}

impl Place {
    /// `line 13`, `row 4`, `objectives[2]`, in the reader's language.
    pub(crate) fn words(self) -> Words {
        match self {
            Place::Line { line } => Words::new("place-line").with("line", line),
            Place::Row { row } => Words::new("place-row").with("row", row),
            Place::Item { list, index } => Words::new("place-item").with("list", list).with("index", index),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words().say(Lang::En))
    }
}

/// One thing wrong in the imported files: the file, the place, the column and the value,
/// and what is wrong with it, to be said in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub place: Option<Place>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub reason: Words,
}

impl Problem {
    /// What is wrong with the value, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.reason.say(lang)
    }

    /// The whole problem on one line, in `lang`:
    /// `objectives.csv line 13, column quarter: "2026-Q5" is not a quarter (expected YYYY-Q1..Q4)`
    pub fn line(&self, lang: Lang) -> String {
        let mut s = self.file.clone();
        if let Some(p) = self.place {
            s.push(' ');
            s.push_str(&p.words().say(lang));
        }
        if let Some(c) = &self.column {
            let id = match self.place {
                Some(Place::Item { .. }) => "import-field",
                _ => "import-column",
            };
            s.push_str(", ");
            s.push_str(&Words::new(id).with("column", c).say(lang));
        }
        s.push_str(": ");
        if let Some(v) = &self.value {
            s.push_str(&format!("\"{}\" ", shorten(v)));
        }
        s.push_str(&self.message(lang));
        s
    }

    /// The problem as a row of the app's table, in `lang`.
    pub fn row(&self, lang: Lang) -> ProblemRow {
        ProblemRow {
            file: self.file.clone(),
            place: self.place,
            at: self.place.map(|p| p.words().say(lang)),
            column: self.column.clone(),
            value: self.value.clone(),
            message: self.message(lang),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// One problem as the app shows it in a table: the file (or sheet), where in it (`at`,
/// already in the reader's language: "dòng 3"), the column, the value, and what is wrong.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProblemRow {
    pub file: String,
    pub place: Option<Place>,
    pub at: Option<String>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: String,
}

/// Why an import was refused. Nothing was changed in either case.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The files hold mistakes; every one found (up to [`MAX_PROBLEMS`]) is listed.
    #[error("{}", self.message(Lang::En))]
    Invalid { problems: Vec<Problem>, more: bool },
    /// The files no longer list key results that hold check-ins or a score; removing
    /// them needs [`super::ImportOptions::delete_missing`].
    #[error("{}", self.message(Lang::En))]
    WouldRemove { held: Vec<super::HeldKeyResult> },
    /// A helpdesk's check-in report holds mistakes ([`crate::checkin_report`]); every one
    /// found is listed, and no check-in was recorded.
    #[error("{}", self.message(Lang::En))]
    Report { problems: Vec<Problem>, more: bool },
    /// No file was given to import.
    #[error("{}", self.message(Lang::En))]
    NoFiles,
    /// The plan itself could not be read or written.
    #[error(transparent)]
    Plan(#[from] crate::Error),
}

impl ImportError {
    /// Why the import was refused, with every problem on a line of its own, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ImportError::Invalid { problems, more } => invalid_message(problems, *more, lang),
            ImportError::Report { problems, more } => report_message(problems, *more, lang),
            ImportError::WouldRemove { held } => would_remove_message(held, lang),
            ImportError::NoFiles => Words::new("import-no-files").say(lang),
            ImportError::Plan(e) => e.message(lang),
        }
    }

    /// The problems as rows of a table, in `lang` (none for the other refusals).
    pub fn problems(&self, lang: Lang) -> Vec<ProblemRow> {
        match self {
            ImportError::Invalid { problems, .. } | ImportError::Report { problems, .. } => {
                problems.iter().map(|p| p.row(lang)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Only the sentence that heads the list: what happened and what to do.
    pub fn summary(&self, lang: Lang) -> String {
        match self {
            ImportError::Invalid { problems, more } => {
                let mut s = refused_words(problems.len()).say(lang);
                if *more {
                    s.push(' ');
                    s.push_str(&Words::new("import-more").with("max", MAX_PROBLEMS).say(lang));
                }
                s
            }
            ImportError::Report { problems, more } => {
                let mut s = report_refused_words(problems.len()).say(lang);
                if *more {
                    s.push(' ');
                    s.push_str(&Words::new("import-more").with("max", MAX_PROBLEMS).say(lang));
                }
                s
            }
            other => other.message(lang),
        }
    }

    /// Names the columns of a workbook's sheets as Excel shows them: `C (Cấp)` for the
    /// column a problem calls `level`. `labels` holds, per sheet (as problems name it),
    /// each column's label.
    pub(crate) fn with_column_labels(self, labels: &[(String, Vec<(&'static str, String)>)]) -> ImportError {
        let ImportError::Invalid { mut problems, more } = self else {
            return self;
        };
        for p in &mut problems {
            let label = labels
                .iter()
                .filter(|(file, _)| *file == p.file)
                .flat_map(|(_, columns)| columns)
                .find(|(column, _)| Some(*column) == p.column.as_deref());
            if let Some((_, label)) = label {
                p.column = Some(label.clone());
            }
        }
        ImportError::Invalid { problems, more }
    }

    /// The stable code the app and scripts branch on.
    pub fn code(&self) -> ErrorCode {
        match self {
            ImportError::Invalid { .. } | ImportError::NoFiles => ErrorCode::InvalidImport,
            ImportError::WouldRemove { .. } => ErrorCode::ImportWouldRemove,
            ImportError::Report { .. } => ErrorCode::InvalidReport,
            ImportError::Plan(e) => e.code(),
        }
    }
}

fn would_remove_message(held: &[super::HeldKeyResult], lang: Lang) -> String {
    let one = held.len() == 1;
    let head = if one {
        Words::new("import-would-remove-one")
    } else {
        Words::new("import-would-remove-many").with("count", held.len())
    };
    let mut s = head.say(lang);
    for h in held {
        s.push_str("\n  ");
        s.push_str(&h.words().say(lang));
    }
    s.push('\n');
    s.push_str(
        &Words::new(if one {
            "import-would-remove-fix-one"
        } else {
            "import-would-remove-fix-many"
        })
        .say(lang),
    );
    s
}

fn refused_words(count: usize) -> Words {
    if count == 1 {
        Words::new("import-refused-one")
    } else {
        Words::new("import-refused-many").with("count", count)
    }
}

fn report_refused_words(count: usize) -> Words {
    if count == 1 {
        Words::new("checkin-report-refused-one")
    } else {
        Words::new("checkin-report-refused-many").with("count", count)
    }
}

fn report_message(problems: &[Problem], more: bool, lang: Lang) -> String {
    listed_message(report_refused_words(problems.len()), problems, more, lang)
}

fn invalid_message(problems: &[Problem], more: bool, lang: Lang) -> String {
    listed_message(refused_words(problems.len()), problems, more, lang)
}

/// The heading, then every problem on a line of its own.
fn listed_message(heading: Words, problems: &[Problem], more: bool, lang: Lang) -> String {
    let mut s = heading.say(lang);
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.line(lang));
    }
    if more {
        s.push_str("\n  ");
        s.push_str(&Words::new("import-more").with("max", MAX_PROBLEMS).say(lang));
    }
    s
}

/// How many problems are collected before the import stops looking for more.
pub const MAX_PROBLEMS: usize = 50;

/// The problems found so far, capped at [`MAX_PROBLEMS`].
#[derive(Debug, Default)]
pub(crate) struct Problems {
    pub list: Vec<Problem>,
    pub more: bool,
}

impl Problems {
    pub fn push(&mut self, p: Problem) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(p);
        } else {
            self.more = true;
        }
    }

    /// A problem with one cell of a row.
    pub fn cell(&mut self, file: &str, place: Place, column: &str, value: &str, reason: impl Into<Words>) {
        self.push(Problem {
            file: file.to_string(),
            place: Some(place),
            column: Some(column.to_string()),
            value: Some(value.to_string()),
            reason: reason.into(),
        });
    }

    /// A problem with a whole file (a missing column, unreadable JSON…).
    pub fn file(&mut self, file: &str, place: Option<Place>, reason: impl Into<Words>) {
        self.push(Problem {
            file: file.to_string(),
            place,
            column: None,
            value: None,
            reason: reason.into(),
        });
    }

    /// Adds `other`'s problems after these, as if they had been found after them.
    pub fn append(&mut self, other: Problems) {
        for p in other.list {
            self.push(p);
        }
        self.more |= other.more;
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty() && !self.more
    }

    pub fn into_result(self) -> Result<(), ImportError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(ImportError::Invalid {
                problems: self.list,
                more: self.more,
            })
        }
    }
}

/// The part of a core validation error that says what is wrong, without the field and
/// value the import message already names.
pub(crate) fn reason(e: crate::Error) -> Words {
    match e {
        crate::Error::Invalid { problem, .. } => problem,
        other => other.words(),
    }
}
