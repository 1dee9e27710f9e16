//! The quarter's life and the plan's safety, as the window reaches them: check-ins,
//! scores, reviews, the lock, rollover, comparing quarters, the XLSX export, backups and
//! the read-only state. Each method composes core calls on the open [`Session`]; edits
//! go through [`Session::edit`].

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::CommandError;
use crate::session::Session;
use cascade::backup::{self, Backup};
use cascade::edit::rollover::RolloverReport;
use cascade::view::diff::QuarterDiff;
use cascade::{CheckIn, KeyResult, NewCheckIn, NewComment, Quarter, QuarterLock, QuarterState, Review};

type Result<T> = std::result::Result<T, CommandError>;

/// What the window must know about the open file beyond its content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanStatus {
    /// The file could not be opened for writing: edits are refused; the window says so.
    pub read_only: bool,
    /// Where backups of this plan are kept.
    pub backup_dir: String,
}

/// How long after a plan is opened its daily backup starts.
const BACKUP_AFTER: std::time::Duration = std::time::Duration::from_secs(3);

impl Session {
    /// Where backups go: the core's default folder (it honours `CASCADE_DATA_DIR`).
    pub fn backup_dir(&self) -> PathBuf {
        backup::default_dir()
    }

    pub fn status(&mut self) -> PlanStatus {
        PlanStatus {
            read_only: self.plan_mut().is_read_only(),
            backup_dir: self.backup_dir().display().to_string(),
        }
    }

    /// Takes today's backup unless one exists, on a thread of its own, so the plan is on
    /// screen without waiting for a copy of the whole file; a read-only plan is copied
    /// too (reading is all a backup needs). A failed backup must not keep the plan
    /// closed: it is reported on the console.
    pub fn daily_backup_later(&self) -> std::thread::JoinHandle<cascade::Result<Option<Backup>>> {
        let (path, dir) = (self.path().to_path_buf(), self.backup_dir());
        std::thread::spawn(move || {
            // Not while the window reads the plan to show it: on a laptop's two cores
            // the copy of a large file would slow that down.
            std::thread::sleep(BACKUP_AFTER);
            let taken = cascade::Plan::daily_backup_of(&path, &dir);
            if let Err(e) = &taken {
                eprintln!("cascade: no daily backup of {}: {e}", path.display());
            }
            taken
        })
    }

    /// This plan's backups, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        Ok(backup::list(&self.backup_dir(), self.path())?)
    }

    /// Replaces the plan's content with a backup's (the current state is backed up
    /// first, so the restore can be undone).
    ///
    /// Only a backup of this plan listed by [`Session::backups`] is accepted: the path
    /// comes from the window, and the window must not be a way to pour any file into
    /// the plan.
    pub fn restore_backup(&mut self, backup: &Path) -> Result<()> {
        backup::find(&self.backup_dir(), self.path(), backup)?;
        let dir = self.backup_dir();
        self.edit(|p| p.restore_from(backup, &dir))
    }

    pub fn quarter_state(&mut self, q: Quarter) -> Result<QuarterState> {
        Ok(self.plan_mut().quarter_state(q)?)
    }

    pub fn record_checkin(&mut self, new: NewCheckIn) -> Result<CheckIn> {
        self.edit(|p| p.record_checkin(new))
    }

    pub fn delete_checkin(&mut self, id: Uuid) -> Result<()> {
        self.edit(|p| p.delete_checkin(id))
    }

    /// The key result's history against its target, as the core draws it.
    pub fn checkin_chart(&mut self, key_result: &str) -> Result<String> {
        let lang = self.lang();
        Ok(self.plan_mut().checkin_chart(key_result, lang)?)
    }

    /// Sets a key result's end-of-quarter score by hand, or (None) back to its progress.
    pub fn set_score(&mut self, key_result: &str, score: Option<f64>) -> Result<KeyResult> {
        self.edit(|p| p.set_score(key_result, score))
    }

    pub fn mark_reviewed(&mut self, node: Uuid, q: Quarter, who: &str, comments: Vec<NewComment>) -> Result<Review> {
        self.edit(|p| p.mark_reviewed(node, q, who, comments))
    }

    pub fn unmark_reviewed(&mut self, node: Uuid, q: Quarter) -> Result<bool> {
        self.edit(|p| p.unmark_reviewed(node, q))
    }

    pub fn lock_quarter(&mut self, q: Quarter, who: &str) -> Result<QuarterLock> {
        self.edit(|p| p.lock_quarter(q, who))
    }

    pub fn unlock_quarter(&mut self, q: Quarter) -> Result<bool> {
        self.edit(|p| p.unlock_quarter(q))
    }

    /// "Plan next quarter": carries the unfinished objectives of `from` into the quarter
    /// after it.
    pub fn rollover(&mut self, from: Quarter) -> Result<RolloverReport> {
        self.edit(|p| p.rollover(from, from.next(), false))
    }

    pub fn diff(&mut self, from: Quarter, to: Quarter) -> Result<QuarterDiff> {
        Ok(self.plan_mut().diff(from, to)?)
    }

    pub fn export_xlsx(&mut self, q: Quarter, path: &Path) -> Result<()> {
        let lang = self.lang();
        Ok(self.plan_mut().export_xlsx(q, path, lang)?)
    }
}
