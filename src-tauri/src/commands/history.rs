//! Undo, redo and the plan's history: the window undoes its own changes (Ctrl+Z), names
//! them in its Edit menu, and lists what changed, who changed it and when.

use tauri::State;

use super::{blocking, CmdResult};
use crate::session::UndoRedo;
use crate::Shared;
use cascade::history::HistoryEntry;

/// Undoes this window's newest change; returns the core's "Undone: …".
#[tauri::command]
pub async fn undo(state: State<'_, Shared>) -> CmdResult<String> {
    blocking(state, |s| s.with_session(|p| p.undo())).await
}

/// Redoes this window's change undone last; returns the core's "Redone: …".
#[tauri::command]
pub async fn redo(state: State<'_, Shared>) -> CmdResult<String> {
    blocking(state, |s| s.with_session(|p| p.redo())).await
}

/// The Edit menu's labels: what Undo and Redo would do now.
#[tauri::command]
pub async fn undo_redo(state: State<'_, Shared>) -> CmdResult<UndoRedo> {
    blocking(state, |s| s.with_session(|p| p.undo_redo())).await
}

/// The newest `limit` entries of the plan's history, or of one objective's (by key).
#[tauri::command]
pub async fn history(state: State<'_, Shared>, objective: Option<String>, limit: u32) -> CmdResult<Vec<HistoryEntry>> {
    blocking(state, move |s| s.with_session(|p| p.history(objective, limit))).await
}

/// Sets who the plan's history records with this window's changes, for the open plan and
/// the next ones ("Your name"; empty: the login name).
#[tauri::command]
pub async fn set_who(state: State<'_, Shared>, name: String) -> CmdResult<()> {
    blocking(state, move |s| {
        *s.who.lock().unwrap_or_else(|e| e.into_inner()) = name.clone();
        // With no plan open yet, the name waits for the next one.
        let _ = s.with_session(|p| {
            p.plan_mut().set_who(&name);
            Ok(())
        });
        Ok(())
    })
    .await
}
