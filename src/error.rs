//! Every failure a user can cause, typed, with a stable code for the app and scripts.
//!
//! The message is for people and names what and where; the code is for programs, which
//! branch on it and never on the text.

use std::path::PathBuf;

/// What went wrong in the core. Each variant is one thing a user can fix.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: not a Cascade plan ({reason}); the file was not changed")]
    NotAPlan { path: PathBuf, reason: String },

    #[error(
        "{path} was made by a newer Cascade (plan format {found}, this version reads up to {supported}); \
         update Cascade to open it. The file was not changed"
    )]
    NewerSchema { path: PathBuf, found: i64, supported: i64 },

    #[error("{path} already exists; choose another name or open it instead")]
    AlreadyExists { path: PathBuf },

    /// An export would replace a file already there; nothing was written.
    #[error("{path} already exists; export into an empty folder, or move the file away first. Nothing was written")]
    WouldOverwrite { path: PathBuf },

    #[error("the plan is busy: another window or program is writing to it; try again in a moment")]
    Busy,

    #[error("the plan is read-only here ({reason}); open a copy to make changes")]
    ReadOnly { reason: String },

    #[error("no {what} with {by} \"{value}\"")]
    NotFound {
        what: &'static str,
        by: &'static str,
        value: String,
    },

    #[error("a {what} with key \"{key}\" already exists")]
    DuplicateKey { what: &'static str, key: String },

    #[error("{field}: \"{value}\" {problem}")]
    Invalid {
        field: &'static str,
        value: String,
        problem: String,
    },

    #[error("{child}: a {child_level} must sit under a {expected}, not {found}")]
    LevelOrder {
        child: String,
        child_level: crate::Level,
        expected: String,
        found: String,
    },

    #[error("the plan already has a company (\"{existing}\"); a plan holds exactly one company")]
    SecondCompany { existing: String },

    #[error("linking \"{child}\" under \"{parent}\" would make a cycle ({path})")]
    Cycle {
        child: String,
        parent: String,
        path: String,
    },

    #[error(
        "{what} \"{key}\" still holds {children} child node(s) and {objectives} objective(s); \
         delete them too, or move them first"
    )]
    HasDependents {
        what: &'static str,
        key: String,
        children: usize,
        objectives: usize,
    },

    #[error("{what} is not possible here: this review copy covers only {node}'s part of the plan")]
    OutsideReview { what: String, node: String },

    #[error(
        "{path} is not a review copy (make one with \"Hand out for review\" or `okr handout`); nothing was merged"
    )]
    NotAReview { path: PathBuf },

    #[error("{path} is a review copy of another plan ({detail}); nothing was merged")]
    ForeignReview { path: PathBuf, detail: String },

    #[error("{path} was changed outside the part it was handed out for ({what}); nothing was merged")]
    TamperedReview { path: PathBuf, what: String },
    #[error(
        "quarter {quarter} is locked (locked by {locked_by} after its review), so its objectives, key results, \
         check-ins and reviews cannot be changed; unlock the quarter first (okr unlock PLAN --quarter {quarter}, \
         or Unlock in the app). Nothing was changed"
    )]
    QuarterLocked { quarter: crate::Quarter, locked_by: String },

    #[error(
        "this change touches a locked quarter ({locked}), so it cannot be made; unlock the quarter first \
         (okr unlock PLAN --quarter Q, or Unlock in the app). Nothing was changed"
    )]
    LockedQuarters { locked: String },

    #[error("{path}: the spreadsheet could not be written ({reason}); nothing was written")]
    Spreadsheet { path: PathBuf, reason: String },

    /// A change would leave the plan breaking one of its invariants
    /// ([`crate::edit::invariants`]); nothing was changed.
    #[error("{row}, {field}: {rule}")]
    Broken { row: String, field: String, rule: String },

    /// A review copy whose merge would break the plan; nothing was merged.
    #[error("{path} cannot be merged: {why}; nothing was merged")]
    RefusedReview { path: PathBuf, why: String },

    #[error("the plan file is damaged ({0}); restore it from a backup")]
    Damaged(String),

    #[error("the file could not be read or written: {0}")]
    Io(#[from] std::io::Error),

    /// What SQLite said stays in the value for whoever debugs it; people read only what
    /// happened, in plain words (no message a user sees carries SQL).
    #[error("the plan file could not be used ({}); nothing was changed", plain(.0))]
    Sqlite(rusqlite::Error),

    #[error("the plan file could not be upgraded: {0}; the file was not changed")]
    Migration(String),
}

impl Error {
    /// The stable code the app and scripts branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotAPlan { .. } => "not-a-plan",
            Error::NewerSchema { .. } => "newer-schema",
            Error::AlreadyExists { .. } | Error::WouldOverwrite { .. } => "already-exists",
            Error::Busy => "busy",
            Error::ReadOnly { .. } => "read-only",
            Error::NotFound { .. } => "not-found",
            Error::DuplicateKey { .. } => "duplicate-key",
            Error::Invalid { .. } => "invalid",
            Error::LevelOrder { .. } => "level-order",
            Error::SecondCompany { .. } => "second-company",
            Error::Cycle { .. } => "cycle",
            Error::HasDependents { .. } => "has-dependents",
            Error::OutsideReview { .. } => "outside-review",
            Error::NotAReview { .. } => "not-a-review",
            Error::ForeignReview { .. } => "foreign-review",
            Error::TamperedReview { .. } => "tampered-review",
            Error::QuarterLocked { .. } | Error::LockedQuarters { .. } => "quarter-locked",
            Error::Spreadsheet { .. } => "spreadsheet",
            Error::Damaged(_) => "damaged",
            Error::Broken { .. } => "broken-rule",
            Error::RefusedReview { .. } => "refused-review",
            Error::Io(_) => "io",
            Error::Sqlite(_) | Error::Migration(_) => "storage",
        }
    }

    pub(crate) fn invalid(field: &'static str, value: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Invalid {
            field,
            value: value.into(),
            problem: problem.into(),
        }
    }

    pub(crate) fn not_found(what: &'static str, by: &'static str, value: impl ToString) -> Self {
        Error::NotFound {
            what,
            by,
            value: value.to_string(),
        }
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
                reason: "the file or its folder is not writable".into(),
            },
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => Error::Damaged(e.to_string()),
            Some(ErrorCode::ConstraintViolation) => quarter_locked(&e).unwrap_or(Error::Sqlite(e)),
            _ => Error::Sqlite(e),
        }
    }
}

/// What went wrong in the storage, said without SQL: the kind of failure SQLite reports.
pub(crate) fn plain(e: &rusqlite::Error) -> &'static str {
    use rusqlite::ffi;
    let rusqlite::Error::SqliteFailure(f, _) = e else {
        return "the plan file gave an answer this version of Cascade did not expect";
    };
    match f.extended_code {
        ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => "a key it needs is already taken",
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY => "a link points to something that is not in the plan",
        ffi::SQLITE_CONSTRAINT_CHECK | ffi::SQLITE_CONSTRAINT_NOTNULL => {
            "a value is missing or outside what the plan allows"
        }
        _ => match f.code {
            rusqlite::ErrorCode::DiskFull => "the disk is full",
            rusqlite::ErrorCode::SystemIoFailure => "the disk could not be read or written",
            rusqlite::ErrorCode::CannotOpen => "the file could not be opened",
            rusqlite::ErrorCode::PermissionDenied => "the file may not be used here",
            rusqlite::ErrorCode::ConstraintViolation => "a rule of the plan file refused the change",
            _ => "the storage failed",
        },
    }
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
