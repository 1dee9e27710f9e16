//! Spreadsheets in, spreadsheets, JSON and the HTML report out.

use std::path::PathBuf;

use tauri::State;

use super::{blocking, CmdResult};
use crate::session::ReportOutcome;
use crate::Shared;
use cascade::checkin_report::ReportOptions;
use cascade::import::ImportReport;
use cascade::Quarter;

/// Imports the three spreadsheets (any may be left out), all or nothing.
#[tauri::command]
pub async fn import_spreadsheets(
    state: State<'_, Shared>,
    org: Option<PathBuf>,
    objectives: Option<PathBuf>,
    key_results: Option<PathBuf>,
    delete_missing: bool,
) -> CmdResult<ImportReport> {
    blocking(state, move |s| {
        s.with_session(|p| p.import_csv(org, objectives, key_results, delete_missing))
    })
    .await
}

/// Imports a workbook (.xlsx) holding the three as sheets, all or nothing.
#[tauri::command]
pub async fn import_workbook(state: State<'_, Shared>, path: PathBuf, delete_missing: bool) -> CmdResult<ImportReport> {
    blocking(state, move |s| {
        s.with_session(|p| p.import_workbook(&path, delete_missing))
    })
    .await
}

/// Records the check-ins of a helpdesk's report (CSV or workbook), or previews them
/// (`apply` false: nothing changes).
#[tauri::command]
pub async fn checkins_from_report(
    state: State<'_, Shared>,
    path: PathBuf,
    options: ReportOptions,
    apply: bool,
) -> CmdResult<ReportOutcome> {
    blocking(state, move |s| {
        s.with_session(|p| p.checkins_from_report(&path, options, apply))
    })
    .await
}

/// Writes the empty import template in the window's language to `path`.
#[tauri::command]
pub async fn write_template(state: State<'_, Shared>, path: PathBuf) -> CmdResult<()> {
    blocking(state, move |s| {
        let lang = *s.lang.lock().unwrap_or_else(|e| e.into_inner());
        Ok(cascade::export::template::write_template(&path, lang, None)?)
    })
    .await
}

/// Writes org.csv, objectives.csv and key_results.csv into `dir`; returns their paths.
#[tauri::command]
pub async fn export_csv(state: State<'_, Shared>, dir: PathBuf) -> CmdResult<Vec<String>> {
    blocking(state, move |s| s.with_session(|p| p.export_csv(&dir))).await
}

/// Writes the whole plan as JSON to `path`.
#[tauri::command]
pub async fn export_json(state: State<'_, Shared>, path: PathBuf) -> CmdResult<()> {
    blocking(state, move |s| s.with_session(|p| p.export_json(&path))).await
}

/// Writes the quarter's review report as HTML to `path`.
#[tauri::command]
pub async fn export_report(state: State<'_, Shared>, path: PathBuf, quarter: Quarter) -> CmdResult<()> {
    blocking(state, move |s| s.with_session(|p| p.export_report(&path, quarter))).await
}
