//! What is wrong with an import, said so that a person can find it in the spreadsheet.

use std::fmt;

use crate::model::key::shorten;

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

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Line { line } => write!(f, "line {line}"),
            Place::Row { row } => write!(f, "row {row}"),
            Place::Item { list, index } => write!(f, "{list}[{index}]"),
        }
    }
}

/// One thing wrong in the imported files: the file, the place, the column and the value,
/// and what is wrong with it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub file: String,
    pub place: Option<Place>,
    pub column: Option<String>,
    pub value: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    /// `objectives.csv line 13, column quarter: "2026-Q5" is not a quarter (expected YYYY-Q1..Q4)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(p) = &self.place {
            write!(f, " {p}")?;
        }
        if let Some(c) = &self.column {
            let word = match self.place {
                Some(Place::Item { .. }) => "field",
                _ => "column",
            };
            write!(f, ", {word} {c}")?;
        }
        f.write_str(": ")?;
        if let Some(v) = &self.value {
            write!(f, "\"{}\" ", shorten(v))?;
        }
        f.write_str(&self.message)
    }
}

/// Why an import was refused. Nothing was changed in either case.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The files hold mistakes; every one found (up to [`MAX_PROBLEMS`]) is listed.
    #[error("{}", invalid_message(.problems, *.more))]
    Invalid { problems: Vec<Problem>, more: bool },
    /// The files no longer list key results that hold check-ins or a score; removing
    /// them needs [`super::ImportOptions::delete_missing`].
    #[error("{}", would_remove_message(.held))]
    WouldRemove { held: Vec<super::HeldKeyResult> },
    /// The plan itself could not be read or written.
    #[error(transparent)]
    Plan(#[from] crate::Error),
}

impl ImportError {
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
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Invalid { .. } => "invalid-import",
            ImportError::WouldRemove { .. } => "import-would-remove",
            ImportError::Plan(e) => e.code(),
        }
    }
}

fn would_remove_message(held: &[super::HeldKeyResult]) -> String {
    let mut s = format!(
        "the import was refused and the plan was not changed: the file no longer lists {} that {} what the team recorded:",
        if held.len() == 1 {
            "this key result".to_string()
        } else {
            format!("these {} key results", held.len())
        },
        if held.len() == 1 { "holds" } else { "hold" }
    );
    for h in held {
        s.push_str("\n  ");
        s.push_str(&h.to_string());
    }
    s.push_str(if held.len() == 1 {
        "\nPut it back in the file to keep it, or confirm its removal \
         (okr import --delete-missing) to delete it with what it holds."
    } else {
        "\nPut them back in the file to keep them, or confirm their removal \
         (okr import --delete-missing) to delete them with what they hold."
    });
    s
}

fn invalid_message(problems: &[Problem], more: bool) -> String {
    let mut s = format!(
        "the import was refused and the plan was not changed; fix {} in the file(s) and import again:",
        if problems.len() == 1 {
            "this problem".to_string()
        } else {
            format!("these {} problems", problems.len())
        }
    );
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.to_string());
    }
    if more {
        s.push_str(&format!("\n  … and more; only the first {MAX_PROBLEMS} are shown"));
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
    pub fn cell(&mut self, file: &str, place: Place, column: &str, value: &str, message: impl Into<String>) {
        self.push(Problem {
            file: file.to_string(),
            place: Some(place),
            column: Some(column.to_string()),
            value: Some(value.to_string()),
            message: message.into(),
        });
    }

    /// A problem with a whole file (a missing column, unreadable JSON…).
    pub fn file(&mut self, file: &str, place: Option<Place>, message: impl Into<String>) {
        self.push(Problem {
            file: file.to_string(),
            place,
            column: None,
            value: None,
            message: message.into(),
        });
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
pub(crate) fn reason(e: crate::Error) -> String {
    match e {
        crate::Error::Invalid { problem, .. } => problem,
        other => other.to_string(),
    }
}
