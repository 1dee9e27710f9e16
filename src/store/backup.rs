//! Backups of a plan, taken with SQLite's online backup API so they are consistent even
//! while the plan is open and being written. A plan is a director's quarter of work: a
//! copy is kept before every upgrade of its format and once a day of use, the last
//! [`KEEP`] of each plan are kept, and any of them can be restored.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime, TimeZone};
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use serde::Serialize;

use crate::{Error, Plan, Result};

/// How many backups of one plan are kept; older ones are removed.
pub const KEEP: usize = 10;

const STAMP: &str = "%Y%m%d-%H%M%S%.3f";

/// One backup file of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub taken_at: DateTime<Local>,
    pub bytes: u64,
}

/// Where backups go when the caller names no folder: `backups` in Cascade's data folder
/// (`$CASCADE_DATA_DIR`, else the platform's data folder, e.g. `~/.local/share/cascade`).
pub fn default_dir() -> PathBuf {
    let data = std::env::var_os("CASCADE_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs::data_dir().map(|d| d.join("cascade")))
        .unwrap_or_else(|| PathBuf::from(".cascade"));
    data.join("backups")
}

/// Backup files are named after the plan (`q4-plan-20261124-093000.okr`), so one folder
/// serves every plan.
fn stem_of(plan_path: &Path) -> String {
    plan_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into())
}

/// The backup at `path`, when it is one of the plan's backups in `dir` (the only ones a
/// restore from the app may take, so the window is no way to pour any file into the plan).
pub fn find(dir: &Path, plan_path: &Path, path: &Path) -> Result<Backup> {
    list(dir, plan_path)?
        .into_iter()
        .find(|b| b.path == path)
        .ok_or_else(|| crate::Error::NotABackup {
            path: path.to_path_buf(),
        })
}

/// Every backup of the plan at `plan_path` in `dir`, newest first.
pub fn list(dir: &Path, plan_path: &Path) -> Result<Vec<Backup>> {
    let prefix = format!("{}-", stem_of(plan_path));
    let mut out: Vec<(u32, Backup)> = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stamp) = name.strip_prefix(&prefix).and_then(|r| r.strip_suffix(".okr")) else {
            continue;
        };
        let Some((taken_at, n)) = parse_stamp(stamp) else {
            continue;
        };
        out.push((
            n,
            Backup {
                path: entry.path(),
                taken_at,
                bytes: entry.metadata()?.len(),
            },
        ));
    }
    out.sort_by(|(an, a), (bn, b)| b.taken_at.cmp(&a.taken_at).then(bn.cmp(an)));
    Ok(out.into_iter().map(|(_, b)| b).collect())
}

/// The time in a backup's name, and its number among backups taken in the same
/// millisecond (`-2`, `-3`…; 1 when there is none).
fn parse_stamp(stamp: &str) -> Option<(DateTime<Local>, u32)> {
    let (base, n) = match stamp.get(19..) {
        Some("") => (stamp, 1),
        Some(rest) => (stamp.get(..19)?, rest.strip_prefix('-')?.parse().ok()?),
        None => return None,
    };
    let t = NaiveDateTime::parse_from_str(base, STAMP).ok()?;
    Some((Local.from_local_datetime(&t).earliest()?, n))
}

impl Plan {
    /// Copies the plan, as it is now, into `dir`, and keeps only the newest [`KEEP`]
    /// backups of it there. Returns the new backup.
    pub fn backup_to(&self, dir: &Path) -> Result<Backup> {
        let plan_path = self
            .path()
            .ok_or_else(|| Error::invalid("plan", "(in memory)", crate::i18n::words::Words::new("why-no-file")))?;
        std::fs::create_dir_all(dir)?;
        let stamp = Local::now().format(STAMP).to_string();
        let stem = stem_of(plan_path);
        let mut path = dir.join(format!("{stem}-{stamp}.okr"));
        let mut n = 2;
        while path.exists() {
            path = dir.join(format!("{stem}-{stamp}-{n}.okr"));
            n += 1;
        }
        self.conn().backup(MAIN_DB, &path, None)?;
        for old in list(dir, plan_path)?.into_iter().skip(KEEP) {
            std::fs::remove_file(old.path)?;
        }
        let bytes = std::fs::metadata(&path)?.len();
        Ok(Backup {
            path,
            taken_at: Local::now(),
            bytes,
        })
    }

    /// Takes today's backup of the plan file at `path` unless one exists, through a
    /// read-only connection of its own, so it can run on a thread of its own beside the
    /// connection a window edits through (SQLite copies one consistent state of the file,
    /// starting again if a change lands meanwhile). The app opens a large plan and shows
    /// it without first waiting for a copy of the whole file.
    pub fn daily_backup_of(path: &Path, dir: &Path) -> Result<Option<Backup>> {
        let reader = Plan {
            conn: super::open_read_only(path)?,
            path: Some(path.to_path_buf()),
            read_only: true,
            commits: 0,
            actor: super::Actor::default(),
            own: Vec::new(),
        };
        reader.daily_backup(dir)
    }

    /// Takes a backup unless one was already taken today. Returns it if one was taken.
    pub fn daily_backup(&self, dir: &Path) -> Result<Option<Backup>> {
        let Some(plan_path) = self.path() else { return Ok(None) };
        let today = Local::now().date_naive();
        if list(dir, plan_path)?.iter().any(|b| b.taken_at.date_naive() == today) {
            return Ok(None);
        }
        self.backup_to(dir).map(Some)
    }

    /// Replaces the plan's content with a backup's, in one step, once `judge` has found
    /// the backup's content sound. The backup must be a Cascade plan this version can
    /// read; the current state is backed up first into `dir`, so a restore can itself be
    /// undone. The judging is the edit rules' ([`Plan::restore_from`]), which sit above
    /// the store.
    pub(crate) fn restore_judged(
        &mut self,
        backup: &Path,
        dir: &Path,
        judge: impl FnOnce(&Connection) -> Result<()>,
    ) -> Result<()> {
        check_is_plan(backup)?;
        // A backup of this format must hold a plan as every door leaves it (it may have
        // been edited by hand); an older one was written by an older Cascade's doors.
        let held = super::open_read_only(backup)?;
        if super::check_header(&held, backup)? == super::schema::SCHEMA_VERSION {
            judge(&held)?;
        }
        drop(held);
        let before = self.backup_to(dir)?;
        // The history goes on across a restore: the entries made so far, then the
        // restore itself, undoable like any change.
        let kept = super::history::all_rows(self.conn())?;
        self.conn_mut()
            .restore(MAIN_DB, backup, None::<fn(rusqlite::backup::Progress)>)?;
        // The backup interface replaces the pages behind this connection's back:
        // `data_version` does not count it here, so the door's own count does.
        self.commits += 1;
        self.upgrade()?;
        // The restore is done whatever happens next: should recording it fail, the plan
        // is the backup's as asked, with the backup's own history, and no error claims
        // otherwise.
        let _ = self.record_restore(&before.path, backup, &kept);
        Ok(())
    }

    /// Records a restore in the history: what it changed is the difference between the
    /// plan before (the backup just taken of it) and after.
    fn record_restore(&mut self, before: &Path, backup: &Path, kept: &[Vec<rusqlite::types::Value>]) -> Result<()> {
        self.conn()
            .execute("ATTACH DATABASE ?1 AS before_restore", [before.to_string_lossy()])?;
        let file = backup
            .file_name()
            .map_or_else(|| backup.display().to_string(), |f| f.to_string_lossy().into_owned());
        let actor = self.actor().clone();
        let recorded = self.run_change(
            |tx| {
                tx.execute("DELETE FROM history", [])?;
                super::history::put_rows(tx, kept)?;
                let changes = super::history::diff_from(tx, "before_restore")?;
                let rows = super::history::count(&changes)?;
                let what = crate::Words::new("history-restore").with("file", file);
                super::history::record(tx, &actor, &what, false, &changes, rows)?;
                Ok(())
            },
            super::Mode::Quiet,
        );
        let detached = self.conn().execute("DETACH DATABASE before_restore", []);
        recorded?;
        detached?;
        Ok(())
    }
}

/// Refuses a file that is not a plan this version can read, without writing to it.
fn check_is_plan(path: &Path) -> Result<()> {
    if !path.is_file() {
        return Err(Error::NotAPlan {
            path: path.into(),
            reason: crate::i18n::words::Words::new("error-no-such-file"),
        });
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| Error::NotAPlan {
        path: path.into(),
        reason: crate::i18n::words::Words::text(e.to_string()),
    })?;
    crate::store::check_header(&conn, path).map(|_| ())
}
