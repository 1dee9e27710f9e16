//! The open plan and what the screens read from it, one quarter at a time.
//!
//! Commands lock the session, call one method here and return; each method is a thin
//! composition of core calls, so it can be tested on a real plan file without a window.
//!
//! What is read is kept for one [`PlanVersion`] of the file: every read first asks the
//! plan its version (one cheap pragma) and reads again only when it moved, whether this
//! window, another window, an `okr` command or a merge changed the plan. Nothing clears
//! the cache by hand.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::CommandError;
use cascade::checkin_report::{ReportOptions, ReportSummary};
use cascade::checks::{self, Finding};
use cascade::export::{self, report};
use cascade::history::{HistoryEntry, HistoryFilter};
use cascade::import::{import_csv, import_xlsx, ImportFiles, ImportOptions, ImportReport, InputFile};
use cascade::view::link::link_preview;
use cascade::view::load::{load_rows, LoadRow};
use cascade::view::map::{map_objectives, MapObjective};
use cascade::view::quarters::quarter_choice;
use cascade::view::summary::{self, NodeSummary};
use cascade::view::tree::{tree_rows, TreeRow};
use cascade::view::{self, LinkCandidate, NodeObjectives};
use cascade::{Lang, Plan, PlanVersion, Quarter, Settings, Snapshot};

/// What the window shows in its title and quarter switcher.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanInfo {
    pub path: String,
    /// The file name without its extension.
    pub name: String,
    /// Quarters holding objectives, today's and the one after the last, oldest first.
    pub quarters: Vec<Quarter>,
    /// The quarter to show first ([`cascade::view::quarters::quarter_choice`]).
    pub default_quarter: Quarter,
    pub settings: Settings,
    pub nodes: u32,
}

/// The selected node's objectives and the findings about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NodeDetail {
    pub view: NodeObjectives,
    pub findings: Vec<Finding>,
}

/// What the Edit menu's Undo and Redo would take back or do again, named in the
/// window's language ("Undo: delete objective '…'"); none when there is nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UndoRedo {
    pub undo: Option<String>,
    pub redo: Option<String>,
}

/// A quarter read once and kept while the plan stays at the version it was read at.
pub struct QuarterData {
    /// The quarter's objectives and key results (all nodes).
    pub snapshot: Snapshot,
    /// Judged against the whole plan, so links across quarters are seen from both sides.
    pub findings: Vec<Finding>,
    pub summaries: Vec<NodeSummary>,
}

/// The open plan with what was read from it at one version.
pub struct Session {
    plan: Plan,
    path: PathBuf,
    cache: Option<Cache>,
    /// The language findings are written in: the window's.
    lang: Lang,
}

/// The plan as read at one version: valid while [`Plan::version`] says the same.
struct Cache {
    version: PlanVersion,
    /// The whole plan.
    all: Arc<Snapshot>,
    /// The quarters asked for, with their findings in the languages asked for.
    quarters: HashMap<(Quarter, Lang), Arc<QuarterData>>,
}

type Result<T> = std::result::Result<T, CommandError>;

/// The door the history names for changes made in the window.
pub const DOOR: &str = "app";

impl Session {
    pub fn open(path: &Path) -> Result<Session> {
        Ok(Session::of(Plan::open(path)?, path))
    }

    pub fn create(path: &Path) -> Result<Session> {
        Ok(Session::of(Plan::create(path)?, path))
    }

    /// The window's session of `plan`: its changes are recorded in the history as made
    /// in the app, by the user logged in.
    fn of(mut plan: Plan, path: &Path) -> Session {
        plan.set_actor(cascade::login_name(), DOOR);
        Session {
            plan,
            path: path.to_path_buf(),
            cache: None,
            lang: Lang::default(),
        }
    }

    /// The language findings and charts are written in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Writes findings in `lang` from now on (quarters are kept per language, so the
    /// ones already read in it are not read again).
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The state of the file now: the window compares it with the one it shows, and
    /// reads again when it moved (see [`Plan::version`]).
    pub fn version(&self) -> Result<PlanVersion> {
        Ok(self.plan.version()?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn plan_mut(&mut self) -> &mut Plan {
        &mut self.plan
    }

    pub fn close(self) -> Result<()> {
        Ok(self.plan.close()?)
    }

    pub fn info(&self) -> Result<PlanInfo> {
        let choice = quarter_choice(&self.plan.quarters()?, Quarter::containing(chrono_today()));
        Ok(PlanInfo {
            path: self.path.display().to_string(),
            name: self
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            quarters: choice.quarters,
            default_quarter: choice.default_quarter,
            settings: self.plan.settings()?,
            nodes: self.plan.nodes()?.len() as u32,
        })
    }

    /// Runs one edit. A committed change moves the plan's version, so the next read
    /// shows it and its findings; a refused one changed nothing (it ran in one
    /// transaction) and what was read stays valid.
    pub fn edit<T>(&mut self, change: impl FnOnce(&mut Plan) -> cascade::Result<T>) -> Result<T> {
        Ok(change(&mut self.plan)?)
    }

    /// Undoes this window's own newest change; says what was undone ("Undone: …").
    pub fn undo(&mut self) -> Result<String> {
        let lang = self.lang;
        self.edit(|p| p.undo_own().map(|step| step.said(lang, false)))
    }

    /// Redoes this window's own change undone last; says what was redone.
    pub fn redo(&mut self) -> Result<String> {
        let lang = self.lang;
        self.edit(|p| p.redo_own().map(|step| step.said(lang, true)))
    }

    /// What Undo and Redo of this window would do now.
    pub fn undo_redo(&mut self) -> Result<UndoRedo> {
        let (undo, redo) = self.plan.undo_redo_labels(true, self.lang)?;
        Ok(UndoRedo { undo, redo })
    }

    /// The plan's history, newest first, or that of one objective (by key); at most
    /// `limit` entries.
    pub fn history(&mut self, objective: Option<String>, limit: u32) -> Result<Vec<HistoryEntry>> {
        let filter = HistoryFilter {
            objective,
            limit: Some(limit),
            ..Default::default()
        };
        Ok(self.plan.history(&filter, self.lang)?)
    }

    /// The whole plan as it is now: the one read before, unless the version moved since.
    fn cache(&mut self) -> Result<&mut Cache> {
        // The version is asked before the plan is read: a change committed in between
        // is then read under the older version, and read once more at the next call,
        // never kept under a version it does not belong to.
        let version = self.plan.version()?;
        let cache = match self.cache.take() {
            Some(c) if c.version == version => c,
            _ => Cache {
                version,
                all: Arc::new(self.plan.snapshot(None)?),
                quarters: HashMap::new(),
            },
        };
        Ok(self.cache.insert(cache))
    }

    /// The whole plan as it is now.
    fn all(&mut self) -> Result<Arc<Snapshot>> {
        Ok(self.cache()?.all.clone())
    }

    /// One quarter as it is now, with its findings in the window's language.
    pub fn quarter(&mut self, q: Quarter) -> Result<Arc<QuarterData>> {
        let lang = self.lang;
        let cache = self.cache()?;
        if let Some(d) = cache.quarters.get(&(q, lang)) {
            return Ok(d.clone());
        }
        let findings = checks::check_quarter_in(&cache.all, Some(q), lang);
        let summaries = summary::summarize(&cache.all, q, &findings);
        let snapshot = cache.all.quarter(q);
        let data = Arc::new(QuarterData {
            snapshot,
            findings,
            summaries,
        });
        cache.quarters.insert((q, lang), data.clone());
        Ok(data)
    }

    pub fn tree(&mut self, q: Quarter) -> Result<Vec<TreeRow>> {
        let d = self.quarter(q)?;
        Ok(tree_rows(&d.snapshot, &d.summaries, self.lang))
    }

    pub fn tree_outline(&mut self, q: Quarter) -> Result<Vec<TreeRow>> {
        let lang = self.lang;
        Ok(self.plan.tree_outline(q, lang)?)
    }

    pub fn node_detail(&mut self, q: Quarter, node: Uuid) -> Result<NodeDetail> {
        let d = self.quarter(q)?;
        Ok(NodeDetail {
            view: view::node_objectives(&d.snapshot, node)?,
            findings: d.findings.iter().filter(|f| f.owner_id == node).cloned().collect(),
        })
    }

    pub fn findings(&mut self, q: Quarter) -> Result<Vec<Finding>> {
        Ok(self.quarter(q)?.findings.clone())
    }

    pub fn link_candidates(&mut self, objective: Uuid) -> Result<Vec<LinkCandidate>> {
        let q = self.plan.objective(objective)?.quarter;
        Ok(view::link_candidates(&self.quarter(q)?.snapshot, objective)?)
    }

    /// The findings about `objective` that linking it to `parent` would bring; nothing is
    /// written before the user confirms.
    pub fn link_preview(&mut self, objective: Uuid, parent: Option<Uuid>) -> Result<Vec<Finding>> {
        let q = self.plan.objective(objective)?.quarter;
        let now = self.quarter(q)?;
        Ok(link_preview(
            &*self.all()?,
            &now.findings,
            objective,
            parent,
            self.lang,
        )?)
    }

    pub fn alignment(&mut self, q: Quarter) -> Result<Vec<MapObjective>> {
        let d = self.quarter(q)?;
        Ok(map_objectives(&d.snapshot, &d.findings, self.lang))
    }

    /// Everyone's load, overloaded first, then by share, then by name.
    pub fn load(&mut self, q: Quarter) -> Result<Vec<LoadRow>> {
        let d = self.quarter(q)?;
        Ok(load_rows(&d.snapshot, &d.summaries, self.lang))
    }
}

/// What a report recorded (or would record), and the sentences that say so.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportOutcome {
    pub summary: ReportSummary,
    /// [`ReportSummary::lines`] in the window's language.
    pub lines: Vec<String>,
}

impl Session {
    /// Imports spreadsheets, all or nothing; a refusal lists every problem by file, line
    /// and column, and leaves the plan as it was.
    pub fn import_csv(
        &mut self,
        org: Option<PathBuf>,
        objectives: Option<PathBuf>,
        key_results: Option<PathBuf>,
        delete_missing: bool,
    ) -> Result<ImportReport> {
        let read = |p: Option<PathBuf>| -> Result<Option<InputFile>> {
            p.map(|p| InputFile::read(&p).map_err(|e| cascade::Error::read_file(&p, e).into()))
                .transpose()
        };
        let files = ImportFiles {
            org: read(org)?,
            objectives: read(objectives)?,
            key_results: read(key_results)?,
        };
        import_csv(&mut self.plan, files, ImportOptions { delete_missing }).map_err(CommandError::from)
    }

    /// Imports a workbook holding the organisation, objectives and key results as sheets,
    /// all or nothing, as [`Session::import_csv`].
    pub fn import_workbook(&mut self, path: &Path, delete_missing: bool) -> Result<ImportReport> {
        let file = InputFile::read(path).map_err(|e| cascade::Error::read_file(path, e))?;
        import_xlsx(&mut self.plan, &file, ImportOptions { delete_missing }).map_err(CommandError::from)
    }

    /// Records the check-ins of a helpdesk's report, all or nothing, or with `apply` false
    /// says what it would record (a preview that changes nothing); in either case with
    /// the summary's sentences in the window's language.
    pub fn checkins_from_report(&mut self, path: &Path, options: ReportOptions, apply: bool) -> Result<ReportOutcome> {
        let file = InputFile::read(path).map_err(|e| cascade::Error::read_file(path, e))?;
        let summary = if apply {
            self.plan.checkins_from_report(&file, &options)?
        } else {
            self.plan.preview_checkins_from_report(&file, &options)?
        };
        Ok(ReportOutcome {
            lines: summary.lines(self.lang),
            summary,
        })
    }

    /// Writes the three spreadsheets into `dir`, replacing none
    /// ([`cascade::export::write_csv`]).
    pub fn export_csv(&mut self, dir: &Path) -> Result<Vec<String>> {
        let paths = export::write_csv(&*self.all()?, dir)?;
        Ok(paths.iter().map(|p| p.display().to_string()).collect())
    }

    /// Writes the whole plan as JSON (the save dialog has confirmed any overwrite).
    pub fn export_json(&mut self, path: &Path) -> Result<()> {
        write_new(path, &self.plan.export_json()?)
    }

    /// Writes the quarter's review report as a standalone HTML page.
    pub fn export_report(&mut self, path: &Path, quarter: Quarter) -> Result<()> {
        write_new(path, report::to_html(&self.plan.report(quarter, self.lang)?).as_bytes())
    }
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| cascade::Error::write_file(path, e).into())
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
