//! Opening, creating and copying plans, and the start of the app.

use std::path::PathBuf;

use serde::Serialize;
use tauri::State;

use super::{blocking, CmdResult};
use crate::error::CommandError;
use crate::session::{PlanInfo, Session};
use crate::{AppState, Shared, STARTED};
use cascade::{Lang, PlanVersion};

/// What the window needs at start.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    pub plan: Option<PlanInfo>,
    /// The plan is the fresh default one: offer to fill it with the sample organisation.
    pub offer_sample: bool,
    /// Why the plan to open at start could not be opened.
    pub error: Option<CommandError>,
}

/// Replaces the open plan with `next` and remembers it as the most recent.
fn switch_to(s: &AppState, mut next: Session) -> CmdResult<PlanInfo> {
    next.set_lang(*s.lang.lock().unwrap_or_else(|e| e.into_inner()));
    next.plan_mut()
        .set_who(&s.who.lock().unwrap_or_else(|e| e.into_inner()));
    let info = next.info()?;
    // Once a day of use a copy is kept.
    let _ = next.daily_backup_later();
    let _ = s.data.remember(next.path());
    let old = s.session.lock().unwrap_or_else(|e| e.into_inner()).replace(next);
    if let Some(old) = old {
        old.close()?;
    }
    Ok(info)
}

#[tauri::command]
pub async fn startup(state: State<'_, Shared>) -> CmdResult<Startup> {
    blocking(state, |s| {
        if let Ok(info) = s.with_session(|p| p.info()) {
            return Ok(Startup {
                plan: Some(info),
                offer_sample: false,
                error: None,
            });
        }
        let arg = s.arg.lock().unwrap_or_else(|e| e.into_inner()).take();
        Ok(match s.data.startup(arg) {
            Ok((session, offer_sample)) => Startup {
                plan: Some(switch_to(s, session)?),
                offer_sample,
                error: None,
            },
            Err(e) => Startup {
                plan: None,
                offer_sample: false,
                error: Some(e.in_lang(s.lang())),
            },
        })
    })
    .await
}

/// Sets the language the checks write findings in, for the open plan and the next ones.
#[tauri::command]
pub async fn set_language(state: State<'_, Shared>, lang: Lang) -> CmdResult<()> {
    blocking(state, move |s| {
        *s.lang.lock().unwrap_or_else(|e| e.into_inner()) = lang;
        if let Some(session) = s.session.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            session.set_lang(lang);
        }
        Ok(())
    })
    .await
}

/// The state of the open file, which the window asks every second and when it gets the
/// focus; when it moved, the window reads again what it shows.
///
/// Polling, not a file watcher: the version is SQLite's own `data_version` (it moves
/// exactly when another connection commits) plus this window's count of its commits, one
/// pragma to ask. A watcher would see the write-ahead log and its index change on every
/// read and checkpoint as well as on commits, needs a thread and a debounce, misses
/// changes on some network shares, and would still have to ask the version to know
/// whether anything was committed.
#[tauri::command]
pub async fn plan_version(state: State<'_, Shared>) -> CmdResult<PlanVersion> {
    blocking(state, |s| s.with_session(|p| p.version())).await
}

#[tauri::command]
pub async fn plan_info(state: State<'_, Shared>) -> CmdResult<PlanInfo> {
    blocking(state, |s| s.with_session(|p| p.info())).await
}

#[tauri::command]
pub async fn open_plan(state: State<'_, Shared>, path: PathBuf) -> CmdResult<PlanInfo> {
    blocking(state, move |s| switch_to(s, Session::open(&path)?)).await
}

#[tauri::command]
pub async fn new_plan(state: State<'_, Shared>, path: PathBuf) -> CmdResult<PlanInfo> {
    blocking(state, move |s| switch_to(s, Session::create(&path)?)).await
}

/// Writes a copy; the open plan stays the same file.
#[tauri::command]
pub async fn save_copy(state: State<'_, Shared>, path: PathBuf) -> CmdResult<()> {
    blocking(state, move |s| {
        s.with_session(|p| Ok(p.plan_mut().save_copy(&path, true)?))
    })
    .await
}

#[tauri::command]
pub async fn recent_plans(state: State<'_, Shared>) -> CmdResult<Vec<String>> {
    blocking(state, |s| {
        Ok(s.data.recent().iter().map(|p| p.display().to_string()).collect())
    })
    .await
}

/// Called by the UI once the tree is first on screen: prints and returns the time since
/// the process started, the figure the README records.
#[tauri::command]
pub fn tree_shown(rows: u32) -> u64 {
    let ms = STARTED.get().map(|t| t.elapsed().as_millis() as u64).unwrap_or(0);
    eprintln!("cascade: tree shown after {ms} ms ({rows} rows)");
    ms
}

/// Fills the open (empty) plan with the sample support organisation.
#[tauri::command]
pub async fn fill_sample(state: State<'_, Shared>) -> CmdResult<PlanInfo> {
    blocking(state, |s| {
        s.with_session(|p| {
            p.edit(cascade::demo::fill)?;
            p.info()
        })
    })
    .await
}
