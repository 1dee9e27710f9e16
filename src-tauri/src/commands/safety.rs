//! Nothing lost: the read-only state, the plan's backups and restoring one.

use std::path::PathBuf;

use tauri::State;

use super::{blocking, CmdResult};
use crate::life::PlanStatus;
use crate::session::PlanInfo;
use crate::Shared;
use cascade::backup::Backup;

#[tauri::command]
pub async fn plan_status(state: State<'_, Shared>) -> CmdResult<PlanStatus> {
    blocking(state, |s| s.with_session(|p| Ok(p.status()))).await
}

/// The open plan's backups, newest first.
#[tauri::command]
pub async fn backups(state: State<'_, Shared>) -> CmdResult<Vec<Backup>> {
    blocking(state, |s| s.with_session(|p| p.backups())).await
}

/// Restores a backup listed by [`backups`] into the open plan; returns the plan as now.
#[tauri::command]
pub async fn restore_backup(state: State<'_, Shared>, path: PathBuf) -> CmdResult<PlanInfo> {
    blocking(state, move |s| {
        s.with_session(|p| {
            p.restore_backup(&path)?;
            p.info()
        })
    })
    .await
}
