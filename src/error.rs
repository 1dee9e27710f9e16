//! Every failure a user can cause, typed, with a stable code for the app and scripts.
//!
//! The message is for people and names what and where; the code is for programs, which
//! branch on it and never on the text.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::words::Words;
use crate::Lang;

/// What went wrong in the core. Each variant is one thing a user can fix.
///
/// `Display` is the English message (for logs and tests); people read
/// [`Error::message`] in their own language.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", self.message(Lang::En))]
    NotAPlan { path: PathBuf, reason: Words },

    #[error("{}", self.message(Lang::En))]
    NewerSchema { path: PathBuf, found: i64, supported: i64 },

    #[error("{}", self.message(Lang::En))]
    AlreadyExists { path: PathBuf },

    /// An export would replace a file already there; nothing was written.
    #[error("{}", self.message(Lang::En))]
    WouldOverwrite { path: PathBuf },

    #[error("{}", self.message(Lang::En))]
    Busy,

    #[error("{}", self.message(Lang::En))]
    ReadOnly { reason: Words },

    #[error("{}", self.message(Lang::En))]
    NotFound {
        what: &'static str,
        by: &'static str,
        value: String,
    },

    /// A path offered for a restore that is not one of the plan's own backups.
    #[error("{}", self.message(Lang::En))]
    NotABackup { path: PathBuf },

    #[error("{}", self.message(Lang::En))]
    DuplicateKey { what: &'static str, key: String },

    /// A value refused: the field (see [`field`]), the value, and why, to be said in
    /// the reader's language.
    #[error("{}", self.message(Lang::En))]
    Invalid {
        field: &'static str,
        value: String,
        problem: Words,
    },

    /// `expected` is the level the parent must have (`None`: no parent at all); `found`
    /// the parent's level and key (`None`: it has none).
    #[error("{}", self.message(Lang::En))]
    LevelOrder {
        child: String,
        child_level: crate::Level,
        expected: Option<crate::Level>,
        found: Option<(crate::Level, String)>,
    },

    #[error("{}", self.message(Lang::En))]
    SecondCompany { existing: String },

    #[error("{}", self.message(Lang::En))]
    Cycle {
        child: String,
        parent: String,
        path: String,
    },

    #[error("{}", self.message(Lang::En))]
    HasDependents {
        what: &'static str,
        key: String,
        children: usize,
        objectives: usize,
    },

    #[error("{}", self.message(Lang::En))]
    OutsideReview { what: String, node: String },

    #[error("{}", self.message(Lang::En))]
    NotAReview { path: PathBuf },

    #[error("{}", self.message(Lang::En))]
    ForeignReview { path: PathBuf, detail: String },

    #[error("{}", self.message(Lang::En))]
    TamperedReview { path: PathBuf, what: String },

    #[error("{}", self.message(Lang::En))]
    QuarterLocked { quarter: crate::Quarter, locked_by: String },

    #[error("{}", self.message(Lang::En))]
    LockedQuarters { locked: String },

    #[error("{}", self.message(Lang::En))]
    Spreadsheet { path: PathBuf, reason: String },

    /// A change would leave the plan breaking one of its invariants
    /// ([`crate::edit::invariants`]); nothing was changed.
    #[error("{}", self.message(Lang::En))]
    Broken { row: Words, field: String, rule: Words },

    /// A review copy whose merge would break the plan; nothing was merged.
    #[error("{}", self.message(Lang::En))]
    RefusedReview { path: PathBuf, why: Box<Error> },

    #[error("{}", self.message(Lang::En))]
    Damaged(String),

    #[error("{}", self.message(Lang::En))]
    Io(#[from] std::io::Error),

    /// A file named by the user (an import, an export, a report) that could not be read
    /// (`write` false) or written.
    #[error("{}", self.message(Lang::En))]
    File {
        path: PathBuf,
        write: bool,
        source: std::io::Error,
    },

    /// What SQLite said stays in the value for whoever debugs it; people read only what
    /// happened, in plain words (no message a user sees carries SQL).
    #[error("{}", self.message(Lang::En))]
    Sqlite(rusqlite::Error),

    #[error("{}", self.message(Lang::En))]
    Migration(String),

    /// Undo (or, with `redo`, redo) asked when the plan's history has nothing to take back.
    #[error("{}", self.message(Lang::En))]
    NothingToUndo { redo: bool },

    /// An undo or redo refused because rows it would put back were changed since: `what`
    /// is the entry's description, `later` the change that stands in the way (its
    /// description, who made it and when), when the history knows it.
    #[error("{}", self.message(Lang::En))]
    UndoBlocked {
        redo: bool,
        what: serde_json::Value,
        later: Option<(serde_json::Value, String, String)>,
    },

    /// The app was asked to act on a plan when none is open.
    #[error("{}", self.message(Lang::En))]
    NoPlan,

    /// A task stopped before it finished (a worker thread that panicked).
    #[error("{}", self.message(Lang::En))]
    Internal(String),
}

/// The stable code of an error, which the app and scripts branch on; never translated.
/// The TypeScript type is generated, so the UI can only name codes that exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    NotAPlan,
    NewerSchema,
    AlreadyExists,
    Busy,
    ReadOnly,
    NotFound,
    DuplicateKey,
    Invalid,
    LevelOrder,
    SecondCompany,
    Cycle,
    HasDependents,
    OutsideReview,
    NotAReview,
    ForeignReview,
    TamperedReview,
    QuarterLocked,
    Spreadsheet,
    Damaged,
    BrokenRule,
    RefusedReview,
    Io,
    Storage,
    InvalidImport,
    ImportWouldRemove,
    NothingToUndo,
    UndoBlocked,
    InvalidReport,
    NoPlan,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 30] = [
        ErrorCode::NotAPlan,
        ErrorCode::NewerSchema,
        ErrorCode::AlreadyExists,
        ErrorCode::Busy,
        ErrorCode::ReadOnly,
        ErrorCode::NotFound,
        ErrorCode::DuplicateKey,
        ErrorCode::Invalid,
        ErrorCode::LevelOrder,
        ErrorCode::SecondCompany,
        ErrorCode::Cycle,
        ErrorCode::HasDependents,
        ErrorCode::OutsideReview,
        ErrorCode::NotAReview,
        ErrorCode::ForeignReview,
        ErrorCode::TamperedReview,
        ErrorCode::QuarterLocked,
        ErrorCode::Spreadsheet,
        ErrorCode::Damaged,
        ErrorCode::BrokenRule,
        ErrorCode::RefusedReview,
        ErrorCode::Io,
        ErrorCode::Storage,
        ErrorCode::InvalidImport,
        ErrorCode::ImportWouldRemove,
        ErrorCode::NothingToUndo,
        ErrorCode::UndoBlocked,
        ErrorCode::InvalidReport,
        ErrorCode::NoPlan,
        ErrorCode::Internal,
    ];

    /// The code as scripts see it: `not-a-plan`, `quarter-locked`…
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotAPlan => "not-a-plan",
            ErrorCode::NewerSchema => "newer-schema",
            ErrorCode::AlreadyExists => "already-exists",
            ErrorCode::Busy => "busy",
            ErrorCode::ReadOnly => "read-only",
            ErrorCode::NotFound => "not-found",
            ErrorCode::DuplicateKey => "duplicate-key",
            ErrorCode::Invalid => "invalid",
            ErrorCode::LevelOrder => "level-order",
            ErrorCode::SecondCompany => "second-company",
            ErrorCode::Cycle => "cycle",
            ErrorCode::HasDependents => "has-dependents",
            ErrorCode::OutsideReview => "outside-review",
            ErrorCode::NotAReview => "not-a-review",
            ErrorCode::ForeignReview => "foreign-review",
            ErrorCode::TamperedReview => "tampered-review",
            ErrorCode::QuarterLocked => "quarter-locked",
            ErrorCode::Spreadsheet => "spreadsheet",
            ErrorCode::Damaged => "damaged",
            ErrorCode::BrokenRule => "broken-rule",
            ErrorCode::RefusedReview => "refused-review",
            ErrorCode::Io => "io",
            ErrorCode::Storage => "storage",
            ErrorCode::InvalidImport => "invalid-import",
            ErrorCode::ImportWouldRemove => "import-would-remove",
            ErrorCode::NothingToUndo => "nothing-to-undo",
            ErrorCode::UndoBlocked => "undo-blocked",
            ErrorCode::InvalidReport => "invalid-report",
            ErrorCode::NoPlan => "no-plan",
            ErrorCode::Internal => "internal",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for ErrorCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl Error {
    /// The stable code the app and scripts branch on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotAPlan { .. } => ErrorCode::NotAPlan,
            Error::NewerSchema { .. } => ErrorCode::NewerSchema,
            Error::AlreadyExists { .. } | Error::WouldOverwrite { .. } => ErrorCode::AlreadyExists,
            Error::Busy => ErrorCode::Busy,
            Error::ReadOnly { .. } => ErrorCode::ReadOnly,
            Error::NotFound { .. } | Error::NotABackup { .. } => ErrorCode::NotFound,
            Error::DuplicateKey { .. } => ErrorCode::DuplicateKey,
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::LevelOrder { .. } => ErrorCode::LevelOrder,
            Error::SecondCompany { .. } => ErrorCode::SecondCompany,
            Error::Cycle { .. } => ErrorCode::Cycle,
            Error::HasDependents { .. } => ErrorCode::HasDependents,
            Error::OutsideReview { .. } => ErrorCode::OutsideReview,
            Error::NotAReview { .. } => ErrorCode::NotAReview,
            Error::ForeignReview { .. } => ErrorCode::ForeignReview,
            Error::TamperedReview { .. } => ErrorCode::TamperedReview,
            Error::QuarterLocked { .. } | Error::LockedQuarters { .. } => ErrorCode::QuarterLocked,
            Error::Spreadsheet { .. } => ErrorCode::Spreadsheet,
            Error::Damaged(_) => ErrorCode::Damaged,
            Error::Broken { .. } => ErrorCode::BrokenRule,
            Error::RefusedReview { .. } => ErrorCode::RefusedReview,
            Error::Io(_) | Error::File { .. } => ErrorCode::Io,
            Error::Sqlite(_) | Error::Migration(_) => ErrorCode::Storage,
            Error::NothingToUndo { .. } => ErrorCode::NothingToUndo,
            Error::UndoBlocked { .. } => ErrorCode::UndoBlocked,
            Error::NoPlan => ErrorCode::NoPlan,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// What went wrong, where, and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.words().say(lang)
    }

    /// The message, not said yet: for messages that hold another's reason.
    pub(crate) fn words(&self) -> Words {
        let path = |p: &PathBuf| p.display().to_string();
        match self {
            Error::NotAPlan { path: p, reason } => Words::new("error-not-a-plan")
                .with("path", path(p))
                .with_words("reason", reason.clone()),
            Error::NewerSchema {
                path: p,
                found,
                supported,
            } => Words::new("error-newer-schema")
                .with("path", path(p))
                .with("found", found)
                .with("supported", supported),
            Error::AlreadyExists { path: p } => Words::new("error-already-exists").with("path", path(p)),
            Error::WouldOverwrite { path: p } => Words::new("error-would-overwrite").with("path", path(p)),
            Error::Busy => Words::new("error-busy"),
            Error::ReadOnly { reason } => Words::new("error-read-only").with_words("reason", reason.clone()),
            Error::NotFound { what, by, value } => Words::new("error-not-found")
                .with_words("what", thing(what))
                .with_words("by", thing(by))
                .with("value", value),
            Error::NotABackup { path: p } => Words::new("error-not-a-backup").with("path", path(p)),
            Error::DuplicateKey { what, key } => Words::new("error-duplicate-key")
                .with_words("what", thing(what))
                .with("key", key),
            Error::Invalid {
                field: f,
                value,
                problem,
            } => Words::new("error-invalid")
                .with_words("field", field(f))
                .with("value", value)
                .with_words("problem", problem.clone()),
            Error::LevelOrder {
                child,
                child_level,
                expected,
                found,
            } => Words::new("error-level-order")
                .with("child", child)
                .with_words("child_level", a_level(*child_level))
                .with_words("expected", expected.map_or(Words::new("level-nothing-top"), a_level))
                .with_words("found", the_node(found)),
            Error::SecondCompany { existing } => Words::new("error-second-company").with("existing", existing),
            Error::Cycle { child, parent, path: p } => Words::new("error-cycle")
                .with("child", child)
                .with("parent", parent)
                .with("path", p),
            Error::HasDependents {
                what,
                key,
                children,
                objectives,
            } => Words::new("error-has-dependents")
                .with_words("what", thing(what))
                .with("key", key)
                .with("children", children)
                .with("objectives", objectives),
            Error::OutsideReview { what, node } => {
                Words::new("error-outside-review").with("what", what).with("node", node)
            }
            Error::NotAReview { path: p } => Words::new("error-not-a-review").with("path", path(p)),
            Error::ForeignReview { path: p, detail } => Words::new("error-foreign-review")
                .with("path", path(p))
                .with("detail", detail),
            Error::TamperedReview { path: p, what } => Words::new("error-tampered-review")
                .with("path", path(p))
                .with("what", what),
            Error::QuarterLocked { quarter, locked_by } => Words::new("error-quarter-locked")
                .with("quarter", quarter)
                .with("locked_by", locked_by),
            Error::LockedQuarters { locked } => Words::new("error-locked-quarters").with("locked", locked),
            Error::Spreadsheet { path: p, reason } => Words::new("error-spreadsheet")
                .with("path", path(p))
                .with("reason", reason),
            Error::Broken { row, field: f, rule } => Words::new("error-broken")
                .with_words("row", row.clone())
                .with_words("field", field(f))
                .with_words("rule", rule.clone()),
            Error::RefusedReview { path: p, why } => Words::new("error-refused-review")
                .with("path", path(p))
                .with_words("why", why.words()),
            Error::Damaged(detail) => Words::new("error-damaged").with("detail", detail),
            Error::Io(e) => Words::new("error-io").with("detail", e),
            Error::File { path: p, write, source } => {
                Words::new(if *write { "error-file-write" } else { "error-file-read" })
                    .with("path", path(p))
                    .with("detail", source)
            }
            Error::Sqlite(e) => Words::new("error-storage").with_words("what", plain(e)),
            Error::Migration(detail) => Words::new("error-migration").with("detail", detail),
            Error::NothingToUndo { redo } => Words::new(if *redo {
                "error-nothing-to-redo"
            } else {
                "error-nothing-to-undo"
            }),
            Error::UndoBlocked { redo, what, later } => {
                let verb = Words::new(if *redo {
                    "history-redo-verb"
                } else {
                    "history-undo-verb"
                });
                match later {
                    Some((later, who, at)) => Words::new("error-undo-blocked")
                        .with_words("verb", verb)
                        .with_stored("what", what.clone())
                        .with_stored("later", later.clone())
                        .with("who", who)
                        .with("at", at),
                    None => Words::new("error-undo-blocked-unknown")
                        .with_words("verb", verb)
                        .with_stored("what", what.clone()),
                }
            }
            Error::NoPlan => Words::new("error-no-plan"),
            Error::Internal(detail) => Words::new("error-internal").with("detail", detail),
        }
    }

    pub(crate) fn invalid(field: &'static str, value: impl Into<String>, problem: Words) -> Self {
        Error::Invalid {
            field,
            value: value.into(),
            problem,
        }
    }

    pub(crate) fn not_found(what: &'static str, by: &'static str, value: impl ToString) -> Self {
        Error::NotFound {
            what,
            by,
            value: value.to_string(),
        }
    }

    /// A file the user named that could not be read.
    pub fn read_file(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::File {
            path: path.into(),
            write: false,
            source,
        }
    }

    /// A file the user named that could not be written.
    pub fn write_file(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::File {
            path: path.into(),
            write: true,
            source,
        }
    }
}

/// The fields and columns errors name, with their message ids. A field not listed here
/// is shown as the code names it (a column of a file, an option of `okr`).
pub(crate) const FIELDS: [(&str, &str); 28] = [
    ("title", "field-title"),
    ("name", "field-name"),
    ("key", "field-key"),
    ("quarter", "field-quarter"),
    ("quarters", "field-quarters"),
    ("commitment", "field-commitment"),
    ("confidence", "field-confidence"),
    ("kind", "field-kind"),
    ("level", "field-level"),
    ("date", "field-date"),
    ("to", "field-to"),
    ("score", "field-score"),
    ("weight", "field-weight"),
    ("baseline", "field-baseline"),
    ("target", "field-target"),
    ("current", "field-current"),
    ("unit", "field-unit"),
    ("measure", "field-measure"),
    ("change limit", "field-change-limit"),
    ("comment", "field-comment"),
    ("language", "field-language"),
    ("plan", "field-plan"),
    ("description", "field-description"),
    ("role", "field-role"),
    ("notes", "field-notes"),
    ("parent", "field-parent"),
    ("by", "field-by"),
    ("a value", "field-value"),
];

/// A field's name in the reader's language.
pub(crate) fn field(name: &str) -> Words {
    match FIELDS.iter().find(|(f, _)| *f == name) {
        Some((_, id)) => Words::new(id),
        None => Words::text(name),
    }
}

/// The kinds of rows and keys errors name (`NotFound`, `DuplicateKey`, `HasDependents`).
pub(crate) const THINGS: [(&str, &str); 8] = [
    ("objective", "thing-objective"),
    ("owner", "thing-owner"),
    ("check-in", "thing-check-in"),
    ("node", "thing-node"),
    ("key result", "thing-key-result"),
    ("comment", "thing-comment"),
    ("id", "by-id"),
    ("key", "by-key"),
];

fn thing(name: &str) -> Words {
    match THINGS.iter().find(|(t, _)| *t == name) {
        Some((_, id)) => Words::new(id),
        None => Words::text(name),
    }
}

fn level(l: crate::Level) -> Words {
    Words::new(match l {
        crate::Level::Company => "level-company",
        crate::Level::Division => "level-division",
        crate::Level::Team => "level-team",
        crate::Level::Agent => "level-agent",
    })
}

/// "a team", "an agent".
fn a_level(l: crate::Level) -> Words {
    Words::new(match l {
        crate::Level::Company => "level-a-company",
        crate::Level::Division => "level-a-division",
        crate::Level::Team => "level-a-team",
        crate::Level::Agent => "level-an-agent",
    })
}

/// `the team "cskh-team-01"`, or nothing.
fn the_node(found: &Option<(crate::Level, String)>) -> Words {
    match found {
        Some((l, key)) => Words::new("level-the-node")
            .with_words("level", level(*l))
            .with("key", key),
        None => Words::new("level-nothing"),
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        if let rusqlite::Error::SqliteFailure(_, Some(msg)) = &e {
            if let Some(what) = msg.strip_prefix(crate::store::schema::REVIEW_SCOPE_ABORT) {
                // The node's name is filled in by `Plan::transact`, which can read it.
                return Error::OutsideReview {
                    what: what.to_string(),
                    node: String::new(),
                };
            }
        }
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::Busy,
            Some(ErrorCode::ReadOnly) => Error::ReadOnly {
                reason: Words::new("error-read-only-not-writable"),
            },
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => Error::Damaged(e.to_string()),
            Some(ErrorCode::ConstraintViolation) => quarter_locked(&e).unwrap_or(Error::Sqlite(e)),
            _ => Error::Sqlite(e),
        }
    }
}

/// What went wrong in the storage, said without SQL: the kind of failure SQLite reports.
pub(crate) fn plain(e: &rusqlite::Error) -> Words {
    use rusqlite::ffi;
    let rusqlite::Error::SqliteFailure(f, _) = e else {
        return Words::new("storage-unexpected");
    };
    Words::new(match f.extended_code {
        ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => "storage-key-taken",
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY => "storage-missing-link",
        ffi::SQLITE_CONSTRAINT_CHECK | ffi::SQLITE_CONSTRAINT_NOTNULL => "storage-out-of-range",
        _ => match f.code {
            rusqlite::ErrorCode::DiskFull => "storage-disk-full",
            rusqlite::ErrorCode::SystemIoFailure => "storage-disk-failed",
            rusqlite::ErrorCode::CannotOpen => "storage-cannot-open",
            rusqlite::ErrorCode::PermissionDenied => "storage-permission",
            rusqlite::ErrorCode::ConstraintViolation => "storage-refused",
            _ => "storage-failed",
        },
    })
}

/// The refusal of the triggers that guard locked quarters (schema migration 2). They
/// cannot say which quarter; [`crate::Plan::transact`] fills that in.
fn quarter_locked(e: &rusqlite::Error) -> Option<Error> {
    match e {
        rusqlite::Error::SqliteFailure(_, Some(msg)) if msg == "quarter-locked" => {
            Some(Error::LockedQuarters { locked: String::new() })
        }
        _ => None,
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
