//! Review copies: hand out, preview and merge a review, and what the open copy is. Each
//! parses, calls one [`crate::review`] method, returns.

use std::path::PathBuf;

use tauri::State;

use super::{blocking, CmdResult};
use crate::review::CopiesMerge;
use crate::Shared;
use cascade::review_copy::{HandoutReport, MergeChoices, MergeReport, ReviewInfo};
use cascade::Quarter;

#[tauri::command]
pub async fn handout(
    state: State<'_, Shared>,
    node_key: String,
    quarters: Vec<Quarter>,
    path: PathBuf,
) -> CmdResult<HandoutReport> {
    blocking(state, move |s| {
        s.with_session(|p| p.handout(&node_key, &quarters, &path))
    })
    .await
}

#[tauri::command]
pub async fn merge_preview(state: State<'_, Shared>, path: PathBuf) -> CmdResult<MergeReport> {
    blocking(state, move |s| s.with_session(|p| p.merge_preview(&path))).await
}

#[tauri::command]
pub async fn merge_review(state: State<'_, Shared>, path: PathBuf, choices: MergeChoices) -> CmdResult<MergeReport> {
    blocking(state, move |s| s.with_session(|p| p.merge_review(&path, &choices))).await
}

#[tauri::command]
pub async fn handout_teams(
    state: State<'_, Shared>,
    node_key: String,
    quarters: Vec<Quarter>,
    dir: PathBuf,
) -> CmdResult<Vec<HandoutReport>> {
    blocking(state, move |s| {
        s.with_session(|p| p.handout_teams(&node_key, &quarters, &dir))
    })
    .await
}

#[tauri::command]
pub async fn merge_preview_many(state: State<'_, Shared>, paths: Vec<PathBuf>) -> CmdResult<CopiesMerge> {
    blocking(state, move |s| s.with_session(|p| p.merge_preview_many(&paths))).await
}

#[tauri::command]
pub async fn merge_reviews(state: State<'_, Shared>, paths: Vec<PathBuf>) -> CmdResult<CopiesMerge> {
    blocking(state, move |s| s.with_session(|p| p.merge_reviews(&paths))).await
}

#[tauri::command]
pub async fn review_info(state: State<'_, Shared>) -> CmdResult<Option<ReviewInfo>> {
    blocking(state, move |s| s.with_session(|p| p.review_info())).await
}
