//! The quarter's life: check-ins, scores, review marks, the lock, rollover, comparing
//! quarters and the XLSX export. Each parses, calls one [`crate::life`] method, returns.

use std::path::PathBuf;

use tauri::State;
use uuid::Uuid;

use super::{blocking, CmdResult};
use crate::Shared;
use cascade::edit::rollover::RolloverReport;
use cascade::view::diff::QuarterDiff;
use cascade::{CheckIn, KeyResult, NewCheckIn, NewComment, Quarter, QuarterLock, QuarterState, Review};

#[tauri::command]
pub async fn quarter_state(state: State<'_, Shared>, quarter: Quarter) -> CmdResult<QuarterState> {
    blocking(state, move |s| s.with_session(|p| p.quarter_state(quarter))).await
}

#[tauri::command]
pub async fn record_checkin(state: State<'_, Shared>, new: NewCheckIn) -> CmdResult<CheckIn> {
    blocking(state, move |s| s.with_session(|p| p.record_checkin(new))).await
}

#[tauri::command]
pub async fn delete_checkin(state: State<'_, Shared>, id: Uuid) -> CmdResult<()> {
    blocking(state, move |s| s.with_session(|p| p.delete_checkin(id))).await
}

/// The key result's history as SVG drawn by the core from its numbers.
#[tauri::command]
pub async fn checkin_chart(state: State<'_, Shared>, key_result: String) -> CmdResult<String> {
    blocking(state, move |s| s.with_session(|p| p.checkin_chart(&key_result))).await
}

#[tauri::command]
pub async fn set_score(state: State<'_, Shared>, key_result: String, score: Option<f64>) -> CmdResult<KeyResult> {
    blocking(state, move |s| s.with_session(|p| p.set_score(&key_result, score))).await
}

#[tauri::command]
pub async fn mark_reviewed(
    state: State<'_, Shared>,
    node_id: Uuid,
    quarter: Quarter,
    who: String,
    comments: Vec<NewComment>,
) -> CmdResult<Review> {
    blocking(state, move |s| {
        s.with_session(|p| p.mark_reviewed(node_id, quarter, &who, comments))
    })
    .await
}

#[tauri::command]
pub async fn unmark_reviewed(state: State<'_, Shared>, node_id: Uuid, quarter: Quarter) -> CmdResult<bool> {
    blocking(state, move |s| s.with_session(|p| p.unmark_reviewed(node_id, quarter))).await
}

#[tauri::command]
pub async fn lock_quarter(state: State<'_, Shared>, quarter: Quarter, who: String) -> CmdResult<QuarterLock> {
    blocking(state, move |s| s.with_session(|p| p.lock_quarter(quarter, &who))).await
}

#[tauri::command]
pub async fn unlock_quarter(state: State<'_, Shared>, quarter: Quarter) -> CmdResult<bool> {
    blocking(state, move |s| s.with_session(|p| p.unlock_quarter(quarter))).await
}

#[tauri::command]
pub async fn rollover(state: State<'_, Shared>, from: Quarter) -> CmdResult<RolloverReport> {
    blocking(state, move |s| s.with_session(|p| p.rollover(from))).await
}

#[tauri::command]
pub async fn diff_quarters(state: State<'_, Shared>, from: Quarter, to: Quarter) -> CmdResult<QuarterDiff> {
    blocking(state, move |s| s.with_session(|p| p.diff(from, to))).await
}

#[tauri::command]
pub async fn export_xlsx(state: State<'_, Shared>, path: PathBuf, quarter: Quarter) -> CmdResult<()> {
    blocking(state, move |s| s.with_session(|p| p.export_xlsx(quarter, &path))).await
}
