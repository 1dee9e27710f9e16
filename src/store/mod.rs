//! The plan file: one SQLite file per plan, opened safely, written through one door.
//!
//! SQL lives in the submodules, one per table; nothing else in the crate writes SQL.

pub mod backup;
pub(crate) mod bulk;
pub(crate) mod changeset;
pub(crate) mod checkin;
pub(crate) mod compact;
pub(crate) mod history;
pub(crate) mod key_result;
pub(crate) mod meta;
pub(crate) mod node;
pub(crate) mod objective;
pub(crate) mod objective_comment;
pub(crate) mod quarter_lock;
pub(crate) mod review;
pub(crate) mod rows;
pub mod schema;
pub(crate) mod setting;
pub(crate) mod snapshot;
pub(crate) mod stamp;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::{Error, Result, Words};
use schema::{APPLICATION_ID, SCHEMA_VERSION};

/// An open plan file. All reads and writes of a plan go through this.
pub struct Plan {
    conn: Connection,
    path: Option<PathBuf>,
    read_only: bool,
    /// Changes committed through this handle's door (see [`Plan::version`]).
    commits: u64,
    /// Who makes this handle's changes, and through which door (the plan's history).
    actor: Actor,
    /// The history entries this handle made, oldest first: a window undoes its own.
    own: Vec<i64>,
}

/// Who changes the plan through a handle, and through which door, as the plan's history
/// records them: a person's name (the app's name setting, `--who`, `$CASCADE_USER`, the
/// login name) and the program (`okr import`, the app).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub who: String,
    pub door: String,
}

/// The actor every plan this process opens starts with (see [`Actor::set_default`]).
static DEFAULT_ACTOR: std::sync::RwLock<Option<Actor>> = std::sync::RwLock::new(None);

impl Default for Actor {
    fn default() -> Self {
        if let Some(a) = DEFAULT_ACTOR.read().ok().and_then(|a| a.clone()) {
            return a;
        }
        Actor {
            who: login_name(),
            door: "cascade".into(),
        }
    }
}

impl Actor {
    /// Names the door of this whole process (`okr import`), so every plan it opens
    /// records its changes as made there, by `$CASCADE_USER` or the login name.
    pub fn set_default(door: impl Into<String>) {
        if let Ok(mut a) = DEFAULT_ACTOR.write() {
            *a = Some(Actor {
                who: login_name(),
                door: door.into(),
            });
        }
    }
}

/// `$CASCADE_USER`, else the login name: who acts when nobody said.
pub fn login_name() -> String {
    ["CASCADE_USER", "USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_default()
}

/// A change of the plan in progress, handed out only by the door ([`Plan::transact`]):
/// begun IMMEDIATE, committed whole or rolled back. The store's functions read and write
/// through it; nothing outside the door can begin a transaction of its own.
pub struct Tx<'a> {
    tx: Transaction<'a>,
    /// What the change is, in words, for the plan's history (the first said wins).
    what: RefCell<Option<Words>>,
    /// Set by [`Tx::refuse`]: rolled back although the change returned its outcome.
    refused: std::cell::Cell<bool>,
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.tx
    }
}

impl Tx<'_> {
    /// Says what this change is, for the plan's history ("delete objective 'Giảm thời
    /// gian chờ'"). The outermost action says it first and keeps it: a merge that adds
    /// objectives is one merge.
    pub(crate) fn describe(&self, what: Words) {
        let mut w = self.what.borrow_mut();
        if w.is_none() {
            *w = Some(what);
        }
    }

    /// Rolls the change back when it returns, with what it returns: for a change that
    /// finds, once under way, that it must not happen, and says why in its own terms (a
    /// first import that writes rows while later ones are still checked).
    pub(crate) fn refuse(&self) {
        self.refused.set(true);
    }
}

/// How the door runs a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Committed, and recorded in the plan's history.
    Record,
    /// Committed, recorded as filling an empty plan (no row-by-row record: undoing it
    /// empties the plan again).
    Fill,
    /// Committed, not recorded (an undo or redo, which marks its entry itself).
    Quiet,
    /// Rolled back: what the change would do, for previews.
    DryRun,
}

/// Which state of the plan file a reader saw: equal versions, the same plan. Anything read
/// from the plan (a cache, the findings, a window's view) is valid for one version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanVersion {
    /// Changes this handle committed through [`Plan::transact`] (and restores).
    pub own: u64,
    /// SQLite's `data_version`: it moves when another connection (another window, an
    /// `okr` command, a merge) commits a change to the file.
    pub others: i64,
}

impl std::fmt::Debug for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Plan").field("path", &self.path).finish()
    }
}

impl Plan {
    /// Creates a new, empty plan file. Refuses to overwrite anything.
    pub fn create(path: impl AsRef<Path>) -> Result<Plan> {
        let path = path.as_ref();
        if path.exists() {
            return Err(Error::AlreadyExists {
                path: path.to_path_buf(),
            });
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let mut plan = Plan {
            conn,
            path: Some(path.to_path_buf()),
            read_only: false,
            commits: 0,
            actor: Actor::default(),
            own: Vec::new(),
        };
        plan.prepare_new()?;
        Ok(plan)
    }

    /// Opens an existing plan, upgrading an older format (after taking a backup of it
    /// into [`backup::default_dir`]). A file that is not a plan, or one made by a
    /// newer version, is refused before anything is written to it. A file the user may
    /// not write opens read-only: it can be viewed, and every change is refused.
    pub fn open(path: impl AsRef<Path>) -> Result<Plan> {
        let path = path.as_ref();
        let not_a_plan = |reason: Words| Error::NotAPlan {
            path: path.to_path_buf(),
            reason,
        };
        let meta = std::fs::metadata(path).map_err(|e| not_a_plan(Words::text(e.to_string())))?;
        if !meta.is_file() {
            return Err(not_a_plan(Words::new("error-not-a-file")));
        }
        if meta.len() == 0 {
            return Err(not_a_plan(Words::new("error-empty-file")));
        }
        let read_only = meta.permissions().readonly();
        let conn = if read_only {
            open_read_only(path)?
        } else {
            Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?
        };
        conn.busy_timeout(Duration::from_secs(5))?;
        let version = check_header(&conn, path)?;
        let mut plan = Plan {
            conn,
            path: Some(path.to_path_buf()),
            read_only,
            commits: 0,
            actor: Actor::default(),
            own: Vec::new(),
        };
        if read_only {
            if version < SCHEMA_VERSION {
                return Err(Error::ReadOnly {
                    reason: Words::new("error-read-only-old"),
                });
            }
            plan.conn.pragma_update(None, "foreign_keys", true)?;
            return Ok(plan);
        }
        plan.configure()?;
        if version < SCHEMA_VERSION {
            plan.backup_to(&backup::default_dir())?;
        }
        plan.upgrade()?;
        Ok(plan)
    }

    /// The state of the plan this handle sees now; it changes with every change committed
    /// here or by anyone else, and only then. Cheap enough to ask on a short timer.
    pub fn version(&self) -> Result<PlanVersion> {
        let others: i64 = self.conn.pragma_query_value(None, "data_version", |r| r.get(0))?;
        Ok(PlanVersion {
            own: self.commits,
            others,
        })
    }

    /// Says who makes this handle's changes and through which door, for the history.
    pub fn set_actor(&mut self, who: impl Into<String>, door: impl Into<String>) {
        let who = who.into();
        self.actor = Actor {
            who: if who.trim().is_empty() { login_name() } else { who },
            door: door.into(),
        };
    }

    /// Says who makes this handle's changes (`--who`, `--by`), through the same door.
    pub fn set_who(&mut self, who: &str) {
        let door = self.actor.door.clone();
        self.set_actor(who, door);
    }

    /// Who makes this handle's changes.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// The history entries this handle made, oldest first.
    pub(crate) fn own_entries(&self) -> &[i64] {
        &self.own
    }

    /// Whether the plan was opened read-only (changes are refused).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Brings the schema to this version's, in one transaction.
    pub(crate) fn upgrade(&mut self) -> Result<()> {
        schema::migrations().to_latest(&mut self.conn).map_err(migration_error)
    }

    /// A throwaway plan in memory, for tests and previews.
    pub fn in_memory() -> Result<Plan> {
        let conn = Connection::open_in_memory()?;
        let mut plan = Plan {
            conn,
            path: None,
            read_only: false,
            commits: 0,
            actor: Actor::default(),
            own: Vec::new(),
        };
        plan.prepare_new()?;
        Ok(plan)
    }

    /// Where the plan lives, if on disk.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Closes the plan. With the last connection gone, SQLite folds the write-ahead log
    /// back in and removes it, so the plan is one file that can be copied or emailed.
    pub fn close(self) -> Result<()> {
        self.conn.close().map_err(|(_, e)| Error::from(e))
    }

    /// Writes a consistent copy of the plan to `to` while it stays open here ("Save a copy
    /// as…"). An existing file is replaced only with `replace` (the user confirmed it in
    /// the save dialog), and never the plan's own file.
    pub fn save_copy(&self, to: impl AsRef<Path>, replace: bool) -> Result<()> {
        let to = to.as_ref();
        if to.exists() {
            let same = match (
                self.path.as_deref().map(std::fs::canonicalize),
                std::fs::canonicalize(to),
            ) {
                (Some(Ok(a)), Ok(b)) => a == b,
                _ => false,
            };
            if same || !replace {
                return Err(Error::AlreadyExists { path: to.to_path_buf() });
            }
            std::fs::remove_file(to)?;
        }
        self.conn.execute("VACUUM INTO ?1", [to.to_string_lossy()])?;
        Ok(())
    }

    fn prepare_new(&mut self) -> Result<()> {
        // Before the first page is written, when a page size can still be chosen.
        self.conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        self.configure()?;
        self.conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        self.upgrade()
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(5))?;
        self.conn.pragma_update(None, "foreign_keys", true)?;
        if self.path.is_some() {
            let mode: String = self
                .conn
                .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::ReadOnly {
                    reason: Words::text(format!("journal mode stayed {mode}")),
                });
            }
            self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        Ok(())
    }

    /// The one door for writes: runs `change` in a single immediate transaction and
    /// commits only if it succeeds, so a user action happens whole or not at all. The
    /// change reads what decides it through the same [`Tx`], so a second writer waits for
    /// the first and then sees what it wrote.
    ///
    /// What the change did is recorded in the plan's history, in the same transaction.
    pub fn transact<T>(&mut self, change: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.run_change(change, Mode::Record)
    }

    /// Runs `change` through the door and rolls it back: what it would do, for previews.
    pub(crate) fn dry_run<T>(&mut self, change: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        self.run_change(change, Mode::DryRun)
    }

    /// Reads the plan in one read transaction, so that what is read agrees with itself
    /// even while another process writes.
    pub(crate) fn read<T>(&mut self, read: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = read(&tx)?;
        tx.finish()?;
        Ok(out)
    }

    pub(crate) fn run_change<T>(&mut self, change: impl FnOnce(&Tx<'_>) -> Result<T>, mode: Mode) -> Result<T> {
        if self.read_only {
            return Err(Error::ReadOnly {
                reason: Words::new("error-read-only-file"),
            });
        }
        let tx = Tx {
            tx: self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?,
            what: RefCell::new(None),
            refused: std::cell::Cell::new(false),
        };
        let mut recorder = match mode {
            Mode::Record => Some(history::recorder(&tx, history::RECORDED)?),
            Mode::Fill => Some(history::recorder(&tx, history::FILL_RECORDED)?),
            _ => None,
        };
        let out = match change(&tx) {
            Ok(out) => out,
            Err(e) => {
                drop(recorder);
                drop(tx);
                return Err(self.explain(e));
            }
        };
        if mode == Mode::DryRun || tx.refused.get() {
            return Ok(out);
        }
        let changes = match recorder.as_mut() {
            Some(r) => history::changes_of(r)?,
            None => Vec::new(),
        };
        drop(recorder);
        let rows = match mode {
            Mode::Record => history::count(&changes)?,
            Mode::Fill => history::RECORDED
                .iter()
                .map(|t| tx.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get::<_, i64>(0)))
                .sum::<rusqlite::Result<i64>>()?,
            _ => 0,
        };
        let entry = if rows > 0 && matches!(mode, Mode::Record | Mode::Fill) {
            let what = tx
                .what
                .borrow_mut()
                .take()
                .unwrap_or_else(|| Words::new("history-changed-rows").with("rows", rows));
            Some(history::record(
                &tx,
                &self.actor,
                &what,
                mode == Mode::Fill,
                &changes,
                rows,
            )?)
        } else {
            None
        };
        tx.tx.commit()?;
        self.commits += 1;
        self.own.extend(entry);
        Ok(out)
    }

    /// Fills in what the file's triggers could not say when they refused a change: the
    /// reviewed node's name, the locked quarters.
    fn explain(&self, e: Error) -> Error {
        match e {
            Error::OutsideReview { what, node } if node.is_empty() => Error::OutsideReview {
                what,
                node: meta::reviewed_node_name(&self.conn).unwrap_or_else(|_| "one team".into()),
            },
            Error::LockedQuarters { .. } => self.locked_quarters(),
            e => e,
        }
    }

    /// The locks to name when the file's triggers refused a change to a locked quarter
    /// (the edit functions name the quarter themselves; this is for other write paths).
    fn locked_quarters(&self) -> Error {
        let locks = match quarter_lock::list(&self.conn) {
            Ok(l) => l,
            Err(e) => return e,
        };
        match locks.as_slice() {
            [one] => Error::QuarterLocked {
                quarter: one.quarter,
                locked_by: one.locked_by.clone(),
            },
            all => Error::LockedQuarters {
                locked: all
                    .iter()
                    .map(|l| format!("{} locked by {}", l.quarter, l.locked_by))
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        }
    }

    /// [`Plan::transact`] for filling an empty plan in one go (the first import).
    ///
    /// In write-ahead-log mode every page of a large change is written twice: into the
    /// log, then copied into the file. An empty plan has nothing to protect that a
    /// rollback journal would not, so for this one transaction the plan switches to a
    /// rollback journal and the pages are written once; a crash still leaves the plan
    /// as it was before (SQLite rolls the journal back on the next open). Afterwards it
    /// returns to write-ahead-log mode. When another connection has the plan open the
    /// switch is not possible and the change simply runs in write-ahead-log mode.
    pub(crate) fn transact_fill<T>(&mut self, change: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let switched = self.path.is_some()
            && self
                .conn
                .pragma_update_and_check(None, "journal_mode", "delete", |r| r.get::<_, String>(0))
                .is_ok_and(|m| m.eq_ignore_ascii_case("delete"));
        let out = self.run_change(change, Mode::Fill);
        if switched {
            // Plan::open sets write-ahead-log mode again should this fail.
            let _ = self
                .conn
                .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get::<_, String>(0));
        }
        out
    }

    /// Read access for queries that change nothing.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// The page size of a new plan file. Twice SQLite's default: an import of 10,000 agents
/// splits and writes half as many pages and takes a tenth less time, the file is no
/// larger, and reading a plan is as fast (benches/README.md, "The compact plan file").
/// A file keeps the page size it was made with.
const PAGE_SIZE: i64 = 8192;

/// Runs `part` of a change as a unit of its own inside the door's transaction: when it
/// fails, what it did is undone and the rest of the change goes on (a preview of many
/// review copies, one of which would be refused).
pub(crate) fn savepoint<T>(tx: &Tx<'_>, part: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
    tx.execute_batch("SAVEPOINT part")?;
    match part(tx) {
        Ok(out) => {
            tx.execute_batch("RELEASE part")?;
            Ok(out)
        }
        Err(e) => {
            tx.execute_batch("ROLLBACK TO part; RELEASE part")?;
            Err(e)
        }
    }
}

/// Whether the plan holds no node and no objective yet (a first import fills it).
pub(crate) fn is_empty(c: &Connection) -> Result<bool> {
    Ok(c.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM node) AND NOT EXISTS (SELECT 1 FROM objective)",
        [],
        |r| r.get(0),
    )?)
}

/// Runs a bulk write (an import) with the file's guard triggers set aside while none of
/// them could fire, and puts them back before the transaction commits.
///
/// The quarter-lock triggers refuse a change only while a quarter is locked, and the
/// review-scope triggers act only in a review copy; when neither holds, they cannot fire
/// during the write, yet each still runs for every row SQLite inserts, which doubles the
/// time of a large import. Dropping and re-creating them inside the same transaction
/// changes nothing a reader could see: a failure or a kill rolls the drop back with
/// everything else. In any other case the write runs with the triggers in place.
pub(crate) fn with_idle_triggers_set_aside<T>(tx: &Tx<'_>, write: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
    let idle: bool = tx.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM quarter_lock) \
         AND NOT EXISTS (SELECT 1 FROM plan_meta WHERE name = 'review_of')",
        [],
        |r| r.get(0),
    )?;
    if !idle {
        return write(tx);
    }
    let triggers: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND (name LIKE '%\\_locked' ESCAPE '\\' \
             OR name LIKE 'review\\_guard\\_%' ESCAPE '\\' OR name LIKE 'review\\_scope\\_%' ESCAPE '\\')",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &triggers {
        tx.execute_batch(&format!("DROP TRIGGER \"{}\"", name.replace('"', "\"\"")))?;
    }
    let out = write(tx)?;
    for (_, sql) in &triggers {
        tx.execute_batch(sql)?;
    }
    Ok(out)
}

/// Checks that `conn` holds a plan this version can read, writing nothing, and returns
/// its format version.
pub(crate) fn check_header(conn: &Connection, path: &Path) -> Result<i64> {
    let not_a_plan = |reason: Words| Error::NotAPlan {
        path: path.to_path_buf(),
        reason,
    };
    let read = || -> rusqlite::Result<(i32, i64)> {
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        // Reading the schema makes SQLite check the file really is a database.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok((app_id, version))
    };
    let (app_id, version) = read().map_err(|e| not_a_plan(Words::text(e.to_string())))?;
    if app_id != APPLICATION_ID {
        return Err(not_a_plan(if app_id == 0 {
            Words::new("error-other-database")
        } else {
            Words::new("error-other-database-id").with("id", format!("{app_id:#x}"))
        }));
    }
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(version)
}

/// A plan on a file the user may not write. SQLite needs the write-ahead log's index to
/// read a WAL file; when it cannot make one, the file is read as immutable (it is not
/// writable, so nobody is changing it under us).
fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    if conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))
        .is_ok()
    {
        return Ok(conn);
    }
    drop(conn);
    let mut uri = String::from("file:");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'%' | b'?' | b'#' | 0x80.. => uri.push_str(&format!("%{b:02X}")),
            _ => uri.push(b as char),
        }
    }
    uri.push_str("?immutable=1");
    Ok(Connection::open_with_flags(&uri, flags | OpenFlags::SQLITE_OPEN_URI)?)
}

fn migration_error(e: rusqlite_migration::Error) -> Error {
    match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => Error::from(err),
        other => Error::Migration(other.to_string()),
    }
}

/// Checks foreign keys when the current transaction commits instead of at each
/// statement, so a bulk write may add a row before the row it refers to.
pub(crate) fn defer_foreign_keys(c: &Connection) -> Result<()> {
    c.pragma_update(None, "defer_foreign_keys", true)?;
    Ok(())
}
