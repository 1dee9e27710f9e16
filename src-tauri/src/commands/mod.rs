//! The `#[tauri::command]`s, grouped by what they do. Each moves its work off the UI
//! thread with [`blocking`] and calls one session or core function.

pub mod edit;
pub mod files;
pub mod history;
pub mod life;
pub mod plan;
pub mod read;
pub mod review;
pub mod safety;
pub mod templates;

use tauri::State;

use crate::error::CommandError;
use crate::{AppState, Shared};

pub type CmdResult<T> = Result<T, CommandError>;

/// Runs `f` on a worker thread, so reading or writing a large plan never freezes the
/// window.
pub async fn blocking<T: Send + 'static>(
    state: State<'_, Shared>,
    f: impl FnOnce(&AppState) -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
    let st: Shared = state.inner().clone();
    let lang = st.lang();
    tauri::async_runtime::spawn_blocking(move || f(&st))
        .await
        .map_err(|e| CommandError::from(cascade::Error::Internal(e.to_string())))
        .and_then(|r| r)
        .map_err(|e| e.in_lang(lang))
}
