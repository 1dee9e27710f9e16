//! The app's own files: the default plan and the list of recent plans, kept in the app
//! data directory (or `CASCADE_DATA_DIR`, so tests never touch the user's).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::CommandError;
use crate::session::Session;

/// How many recent plans are remembered.
const RECENT_MAX: usize = 10;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    /// Most recent first; the first is reopened at the next start.
    recent: Vec<PathBuf>,
}

/// Where the app keeps its own state.
#[derive(Debug, Clone)]
pub struct AppData {
    dir: PathBuf,
}

impl AppData {
    pub fn new(dir: PathBuf) -> Result<AppData, CommandError> {
        std::fs::create_dir_all(&dir).map_err(|e| CommandError::from(cascade::Error::write_file(&dir, e)))?;
        Ok(AppData { dir })
    }

    fn state_file(&self) -> PathBuf {
        self.dir.join("recent.json")
    }

    /// The plan opened on the very first start.
    pub fn default_plan(&self) -> PathBuf {
        self.dir.join("plan.okr")
    }

    fn stored(&self) -> Stored {
        std::fs::read(self.state_file())
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Recent plans that still exist, most recent first.
    pub fn recent(&self) -> Vec<PathBuf> {
        self.stored().recent.into_iter().filter(|p| p.is_file()).collect()
    }

    /// Puts `path` first in the recent list. A list that cannot be written is not worth
    /// failing the user's action for, so the error is returned for logging only.
    pub fn remember(&self, path: &Path) -> std::io::Result<()> {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let mut s = self.stored();
        s.recent.retain(|p| p != &path);
        s.recent.insert(0, path);
        s.recent.truncate(RECENT_MAX);
        let tmp = self.dir.join("recent.json.tmp");
        std::fs::write(&tmp, serde_json::to_vec_pretty(&s).expect("plain data serializes"))?;
        std::fs::rename(tmp, self.state_file())
    }

    /// The plan to open at start: the one named on the command line (made when missing),
    /// else the last one opened, else the default plan. The flag says the plan is the
    /// fresh default one, to be offered the sample organisation.
    pub fn startup(&self, arg: Option<PathBuf>) -> Result<(Session, bool), CommandError> {
        let session = match arg {
            Some(p) if p.exists() => Session::open(&p)?,
            Some(p) => Session::create(&p)?,
            None => match self.recent().into_iter().next() {
                Some(p) => Session::open(&p)?,
                None if self.default_plan().exists() => Session::open(&self.default_plan())?,
                None => Session::create(&self.default_plan())?,
            },
        };
        let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let fresh = canon(session.path()) == canon(&self.default_plan()) && session.info()?.nodes == 0;
        let _ = self.remember(session.path());
        Ok((session, fresh))
    }
}
