//! The core's library of support OKRs: the Templates view reads it, a node's "use this
//! template" writes an objective from it.

use tauri::State;
use uuid::Uuid;

use super::{blocking, CmdResult};
use crate::Shared;
use cascade::template::{self, Template};
use cascade::{Lang, Objective, Quarter};

/// The whole library, written in `lang` (the view lets people read it in another
/// language than the window's).
#[tauri::command]
pub fn templates(lang: Lang) -> Vec<Template> {
    template::library(lang)
}

/// Gives `owner_id` an objective of `quarter` from the template `template`, in `lang`.
#[tauri::command]
pub async fn add_objective_from_template(
    state: State<'_, Shared>,
    owner_id: Uuid,
    quarter: Quarter,
    template: String,
    lang: Lang,
) -> CmdResult<Objective> {
    blocking(state, move |s| {
        s.with_session(|p| {
            p.edit(|plan| {
                plan.add_objective_from_template(owner_id, quarter, &template, lang)
                    .map(|(o, _)| o)
            })
        })
    })
    .await
}
