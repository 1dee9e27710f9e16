//! Edits: each saves at once in one transaction of the core; the plan's version moves
//! with it, so the next read shows the change and its findings.

use tauri::State;
use uuid::Uuid;

use super::{blocking, CmdResult};
use crate::Shared;
use cascade::edit::node::MoveTarget;
use cascade::{
    KeyResult, KeyResultPatch, NewKeyResult, NewNode, NewObjective, Node, NodeDeletion, NodePatch, Objective,
    ObjectivePatch, Settings,
};

#[tauri::command]
pub async fn add_node(state: State<'_, Shared>, new: NewNode) -> CmdResult<Node> {
    blocking(state, move |s| s.with_session(|p| p.edit(|plan| plan.add_node(new)))).await
}

#[tauri::command]
pub async fn update_node(state: State<'_, Shared>, id: Uuid, patch: NodePatch) -> CmdResult<Node> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.update_node(id, patch)))
    })
    .await
}

/// Moves a node under a new parent of the level above (a reorganisation); the core
/// refuses any other level and the company.
#[tauri::command]
pub async fn move_node(state: State<'_, Shared>, id: Uuid, new_parent: Uuid) -> CmdResult<Node> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.move_node(id, new_parent)))
    })
    .await
}

/// The nodes `id` may be moved under, by the rule the move applies.
#[tauri::command]
pub async fn move_targets(state: State<'_, Shared>, id: Uuid) -> CmdResult<Vec<MoveTarget>> {
    blocking(state, move |s| s.with_session(|p| Ok(p.plan_mut().move_targets(id)?))).await
}

#[tauri::command]
pub async fn delete_node(state: State<'_, Shared>, id: Uuid, with_contents: bool) -> CmdResult<NodeDeletion> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.delete_node(id, with_contents)))
    })
    .await
}

#[tauri::command]
pub async fn add_objective(state: State<'_, Shared>, new: NewObjective) -> CmdResult<Objective> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.add_objective(new)))
    })
    .await
}

#[tauri::command]
pub async fn update_objective(state: State<'_, Shared>, id: Uuid, patch: ObjectivePatch) -> CmdResult<Objective> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.update_objective(id, patch)))
    })
    .await
}

#[tauri::command]
pub async fn link_objective(state: State<'_, Shared>, id: Uuid, parent_id: Option<Uuid>) -> CmdResult<Objective> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.link_objective(id, parent_id)))
    })
    .await
}

#[tauri::command]
pub async fn delete_objective(state: State<'_, Shared>, id: Uuid) -> CmdResult<usize> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.delete_objective(id)))
    })
    .await
}

#[tauri::command]
pub async fn add_key_result(state: State<'_, Shared>, new: NewKeyResult) -> CmdResult<KeyResult> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.add_key_result(new)))
    })
    .await
}

/// Adds a key result to fill in, titled `title`, with the core's starting numbers.
#[tauri::command]
pub async fn add_starter_key_result(
    state: State<'_, Shared>,
    objective_id: Uuid,
    title: String,
) -> CmdResult<KeyResult> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.add_key_result(NewKeyResult::starter(objective_id, title))))
    })
    .await
}

#[tauri::command]
pub async fn update_key_result(state: State<'_, Shared>, id: Uuid, patch: KeyResultPatch) -> CmdResult<KeyResult> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.update_key_result(id, patch)))
    })
    .await
}

#[tauri::command]
pub async fn delete_key_result(state: State<'_, Shared>, id: Uuid) -> CmdResult<()> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.delete_key_result(id)))
    })
    .await
}

#[tauri::command]
pub async fn set_settings(state: State<'_, Shared>, settings: Settings) -> CmdResult<()> {
    blocking(state, move |s| {
        s.with_session(|p| p.edit(|plan| plan.set_settings(&settings)))
    })
    .await
}
