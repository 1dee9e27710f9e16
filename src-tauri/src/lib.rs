//! Cascade's desktop shell: a window over the core. Commands parse, call the core through
//! the open [`session::Session`], and return; every rule lives in the `cascade` crate.

pub mod appdata;
pub mod bindings;
pub mod commands;
pub mod error;
pub mod life;
pub mod review;
pub mod session;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use tauri::Manager;

use appdata::AppData;
use error::CommandError;
use session::Session;

/// When the process started, for the launch-to-tree time the UI reports.
pub static STARTED: OnceLock<Instant> = OnceLock::new();

/// Everything the commands share.
pub struct AppState {
    pub data: AppData,
    pub session: Mutex<Option<Session>>,
    /// The plan named on the command line, used by the first `startup` call only.
    pub arg: Mutex<Option<PathBuf>>,
    /// The window's language, which every plan opened writes its findings in.
    pub lang: Mutex<cascade::Lang>,
    /// "Your name" in the window: who the plan's history records (empty: the login name).
    pub who: Mutex<String>,
}

pub type Shared = Arc<AppState>;

impl AppState {
    /// The window's language, in which errors are said.
    pub fn lang(&self) -> cascade::Lang {
        *self.lang.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the open plan.
    pub fn with_session<T>(&self, f: impl FnOnce(&mut Session) -> Result<T, CommandError>) -> Result<T, CommandError> {
        let mut guard = self.session.lock().unwrap_or_else(|e| e.into_inner());
        let session = guard
            .as_mut()
            .ok_or_else(|| CommandError::from(cascade::Error::NoPlan))?;
        f(session)
    }
}

/// The plan path given on the command line, if any (options are skipped).
fn path_arg() -> Option<PathBuf> {
    std::env::args_os()
        .skip(1)
        .map(PathBuf::from)
        .find(|p| !p.to_string_lossy().starts_with('-'))
}

pub fn run() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let dir = match std::env::var_os("CASCADE_DATA_DIR") {
                Some(d) => PathBuf::from(d),
                None => app.path().app_data_dir()?,
            };
            let data = AppData::new(dir).map_err(|e| e.message)?;
            app.manage::<Shared>(Arc::new(AppState {
                data,
                session: Mutex::new(None),
                arg: Mutex::new(path_arg()),
                lang: Mutex::new(cascade::Lang::default()),
                who: Mutex::new(String::new()),
            }));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::plan::startup,
            commands::plan::plan_info,
            commands::plan::plan_version,
            commands::plan::open_plan,
            commands::plan::new_plan,
            commands::plan::save_copy,
            commands::plan::recent_plans,
            commands::plan::tree_shown,
            commands::plan::fill_sample,
            commands::plan::set_language,
            commands::files::import_spreadsheets,
            commands::files::import_workbook,
            commands::files::checkins_from_report,
            commands::files::write_template,
            commands::files::export_csv,
            commands::files::export_json,
            commands::files::export_report,
            commands::read::tree,
            commands::read::tree_outline,
            commands::read::node_detail,
            commands::read::findings,
            commands::read::link_candidates,
            commands::read::link_preview,
            commands::read::alignment,
            commands::read::load,
            commands::edit::add_node,
            commands::edit::update_node,
            commands::edit::move_node,
            commands::edit::move_targets,
            commands::edit::delete_node,
            commands::edit::add_objective,
            commands::edit::update_objective,
            commands::edit::link_objective,
            commands::edit::delete_objective,
            commands::edit::add_key_result,
            commands::edit::add_starter_key_result,
            commands::edit::update_key_result,
            commands::edit::delete_key_result,
            commands::edit::set_settings,
            commands::history::undo,
            commands::history::redo,
            commands::history::undo_redo,
            commands::history::history,
            commands::history::set_who,
            commands::life::quarter_state,
            commands::life::record_checkin,
            commands::life::delete_checkin,
            commands::life::checkin_chart,
            commands::life::set_score,
            commands::life::mark_reviewed,
            commands::life::unmark_reviewed,
            commands::life::lock_quarter,
            commands::life::unlock_quarter,
            commands::life::rollover,
            commands::life::diff_quarters,
            commands::life::export_xlsx,
            commands::safety::plan_status,
            commands::safety::backups,
            commands::safety::restore_backup,
            commands::review::handout,
            commands::review::merge_preview,
            commands::review::merge_review,
            commands::review::handout_teams,
            commands::review::merge_preview_many,
            commands::review::merge_reviews,
            commands::review::review_info,
            commands::templates::templates,
            commands::templates::add_objective_from_template,
        ])
        .run(tauri::generate_context!())
        .expect("the app failed to start");
}
