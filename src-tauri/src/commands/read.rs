//! What the screens read: the tree, a node's objectives, findings, the map and the load.

use tauri::State;
use uuid::Uuid;

use super::{blocking, CmdResult};
use crate::session::NodeDetail;
use crate::Shared;
use cascade::checks::Finding;
use cascade::view::load::LoadRow;
use cascade::view::map::MapObjective;
use cascade::view::tree::TreeRow;
use cascade::view::LinkCandidate;
use cascade::Quarter;

#[tauri::command]
pub async fn tree(state: State<'_, Shared>, quarter: Quarter) -> CmdResult<Vec<TreeRow>> {
    blocking(state, move |s| s.with_session(|p| p.tree(quarter))).await
}

/// The tree before the plan is checked (no finding badges yet): what the window shows
/// first on opening a large plan.
#[tauri::command]
pub async fn tree_outline(state: State<'_, Shared>, quarter: Quarter) -> CmdResult<Vec<TreeRow>> {
    blocking(state, move |s| s.with_session(|p| p.tree_outline(quarter))).await
}

#[tauri::command]
pub async fn node_detail(state: State<'_, Shared>, quarter: Quarter, node_id: Uuid) -> CmdResult<NodeDetail> {
    blocking(state, move |s| s.with_session(|p| p.node_detail(quarter, node_id))).await
}

#[tauri::command]
pub async fn findings(state: State<'_, Shared>, quarter: Quarter) -> CmdResult<Vec<Finding>> {
    blocking(state, move |s| s.with_session(|p| p.findings(quarter))).await
}

#[tauri::command]
pub async fn link_candidates(state: State<'_, Shared>, objective_id: Uuid) -> CmdResult<Vec<LinkCandidate>> {
    blocking(state, move |s| s.with_session(|p| p.link_candidates(objective_id))).await
}

#[tauri::command]
pub async fn link_preview(
    state: State<'_, Shared>,
    objective_id: Uuid,
    parent_id: Option<Uuid>,
) -> CmdResult<Vec<Finding>> {
    blocking(state, move |s| {
        s.with_session(|p| p.link_preview(objective_id, parent_id))
    })
    .await
}

#[tauri::command]
pub async fn alignment(state: State<'_, Shared>, quarter: Quarter) -> CmdResult<Vec<MapObjective>> {
    blocking(state, move |s| s.with_session(|p| p.alignment(quarter))).await
}

#[tauri::command]
pub async fn load(state: State<'_, Shared>, quarter: Quarter) -> CmdResult<Vec<LoadRow>> {
    blocking(state, move |s| s.with_session(|p| p.load(quarter))).await
}
