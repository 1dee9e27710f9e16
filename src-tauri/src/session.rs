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
use cascade::checks::{self, Finding, Rule};
use cascade::export::{self, report};
use cascade::import::{import_csv, import_xlsx, ImportFiles, ImportOptions, ImportReport, InputFile};
use cascade::measure::summary::{self, NodeSummary};
use cascade::view::{self, LinkCandidate, NodeObjectives};
use cascade::{objective_progress, Lang, Level, Plan, PlanVersion, Quarter, Settings, Snapshot};

/// What the window shows in its title and quarter switcher.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanInfo {
    pub path: String,
    /// The file name without its extension.
    pub name: String,
    /// Quarters holding objectives, today's and the one after the last, oldest first.
    pub quarters: Vec<Quarter>,
    /// The quarter to show first: today's when the plan has it, else the latest.
    pub default_quarter: Quarter,
    pub settings: Settings,
    pub nodes: u32,
}

/// One row of the org tree, in display order (depth first, children by key).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TreeRow {
    pub id: Uuid,
    pub key: String,
    pub name: String,
    pub level: Level,
    pub parent_id: Option<Uuid>,
    pub role: String,
    pub new_hire: bool,
    pub children: u32,
    pub objectives: u32,
    pub cap: u32,
    pub over_cap: bool,
    /// Findings in the node's subtree, for its badges.
    pub errors: u32,
    pub warnings: u32,
    pub infos: u32,
}

/// The selected node's objectives and the findings about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NodeDetail {
    pub view: NodeObjectives,
    pub findings: Vec<Finding>,
}

/// One box of the alignment map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MapObjective {
    pub id: Uuid,
    pub key: String,
    pub title: String,
    pub owner_id: Uuid,
    pub owner_name: String,
    pub level: Level,
    /// The supported objective, when it is in the same quarter.
    pub parent_id: Option<Uuid>,
    pub progress: f64,
    /// Flagged by the checks as linked to nothing.
    pub orphan: bool,
}

/// One person's or unit's load against their cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LoadRow {
    pub node_id: Uuid,
    pub key: String,
    pub name: String,
    pub level: Level,
    pub role: String,
    pub new_hire: bool,
    pub objectives: u32,
    pub cap: u32,
    pub over_cap: bool,
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

impl Session {
    pub fn open(path: &Path) -> Result<Session> {
        Ok(Session {
            plan: Plan::open(path)?,
            path: path.to_path_buf(),
            cache: None,
            lang: Lang::default(),
        })
    }

    pub fn create(path: &Path) -> Result<Session> {
        Ok(Session {
            plan: Plan::create(path)?,
            path: path.to_path_buf(),
            cache: None,
            lang: Lang::default(),
        })
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
        let today = Quarter::containing(chrono_today());
        let planned = self.plan.quarters()?;
        let default_quarter = if planned.contains(&today) || planned.is_empty() {
            today
        } else {
            *planned.last().expect("not empty")
        };
        // The planned quarters, today's, and the one after the last, to plan ahead.
        let mut quarters = planned.clone();
        quarters.push(today);
        quarters.push(planned.last().copied().unwrap_or(today).max(today).next());
        quarters.sort();
        quarters.dedup();
        Ok(PlanInfo {
            path: self.path.display().to_string(),
            name: self
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            quarters,
            default_quarter,
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
        let snapshot = quarter_of(&cache.all, q);
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
        let nodes = &d.snapshot.nodes;
        let summaries: HashMap<Uuid, &NodeSummary> = d.summaries.iter().map(|s| (s.node_id, s)).collect();
        let mut kids: HashMap<Option<Uuid>, Vec<usize>> = HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            kids.entry(n.parent_id).or_default().push(i);
        }
        for list in kids.values_mut() {
            // By key: keys are short and numbered with zero padding (team-02 before
            // team-10), so they order the way people count.
            list.sort_by(|&a, &b| nodes[a].key.cmp(&nodes[b].key));
        }
        let mut out = Vec::with_capacity(nodes.len());
        let mut stack: Vec<usize> = kids
            .get(&None)
            .map(|r| r.iter().rev().copied().collect())
            .unwrap_or_default();
        while let Some(i) = stack.pop() {
            let n = &nodes[i];
            let children = kids.get(&Some(n.id)).map(Vec::as_slice).unwrap_or_default();
            let s = summaries.get(&n.id);
            let counts = s.map(|s| s.subtree).unwrap_or_default();
            out.push(TreeRow {
                id: n.id,
                key: n.key.clone(),
                name: n.name.clone(),
                level: n.level,
                parent_id: n.parent_id,
                role: n.role.clone(),
                new_hire: n.new_hire,
                children: children.len() as u32,
                objectives: s.map(|s| s.objectives).unwrap_or(0),
                cap: s.map(|s| s.cap).unwrap_or_else(|| d.snapshot.settings.cap_for(n)),
                over_cap: s.is_some_and(|s| s.over_cap),
                errors: counts.errors as u32,
                warnings: counts.warnings as u32,
                infos: counts.infos as u32,
            });
            stack.extend(children.iter().rev());
        }
        Ok(out)
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

    /// The findings about `objective` that linking it to `parent` would bring, computed on
    /// a copy of the quarter so nothing is written before the user confirms.
    pub fn link_preview(&mut self, objective: Uuid, parent: Option<Uuid>) -> Result<Vec<Finding>> {
        let q = self.plan.objective(objective)?.quarter;
        let d = self.quarter(q)?;
        let mut all = Snapshot::clone(&*self.all()?);
        if let Some(o) = all.objectives.iter_mut().find(|o| o.id == objective) {
            o.parent_id = parent;
        }
        let before: Vec<&Finding> = d
            .findings
            .iter()
            .filter(|f| f.objective_id == Some(objective))
            .collect();
        Ok(checks::check_quarter_in(&all, Some(q), self.lang)
            .into_iter()
            .filter(|f| f.objective_id == Some(objective) && !before.contains(&f))
            .collect())
    }

    pub fn alignment(&mut self, q: Quarter) -> Result<Vec<MapObjective>> {
        let d = self.quarter(q)?;
        let nodes: HashMap<Uuid, &cascade::Node> = d.snapshot.nodes.iter().map(|n| (n.id, n)).collect();
        let in_quarter: std::collections::HashSet<Uuid> = d.snapshot.objectives.iter().map(|o| o.id).collect();
        let orphans: std::collections::HashSet<Uuid> = d
            .findings
            .iter()
            .filter(|f| f.rule == Rule::Orphan)
            .filter_map(|f| f.objective_id)
            .collect();
        let mut krs: HashMap<Uuid, Vec<&cascade::KeyResult>> = HashMap::new();
        for k in &d.snapshot.key_results {
            krs.entry(k.objective_id).or_default().push(k);
        }
        Ok(d.snapshot
            .objectives
            .iter()
            .map(|o| {
                let owner = nodes.get(&o.owner_id);
                MapObjective {
                    id: o.id,
                    key: o.key.clone(),
                    title: o.title.clone(),
                    owner_id: o.owner_id,
                    owner_name: owner.map(|n| n.name.clone()).unwrap_or_default(),
                    level: owner.map(|n| n.level).unwrap_or(Level::Agent),
                    parent_id: o.parent_id.filter(|p| in_quarter.contains(p)),
                    progress: objective_progress(krs.get(&o.id).into_iter().flatten().copied()),
                    orphan: orphans.contains(&o.id),
                }
            })
            .collect())
    }

    /// Everyone's load, overloaded first (by how far over their cap), then by name.
    pub fn load(&mut self, q: Quarter) -> Result<Vec<LoadRow>> {
        let d = self.quarter(q)?;
        let nodes: HashMap<Uuid, &cascade::Node> = d.snapshot.nodes.iter().map(|n| (n.id, n)).collect();
        let mut rows: Vec<LoadRow> = d
            .summaries
            .iter()
            .filter_map(|s| {
                let n = nodes.get(&s.node_id)?;
                Some(LoadRow {
                    node_id: n.id,
                    key: n.key.clone(),
                    name: n.name.clone(),
                    level: n.level,
                    role: n.role.clone(),
                    new_hire: n.new_hire,
                    objectives: s.objectives,
                    cap: s.cap,
                    over_cap: s.over_cap,
                })
            })
            .collect();
        let ratio = |r: &LoadRow| f64::from(r.objectives) / f64::from(r.cap.max(1));
        rows.sort_by(|a, b| {
            b.over_cap
                .cmp(&a.over_cap)
                .then_with(|| ratio(b).total_cmp(&ratio(a)))
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(rows)
    }
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
        if files.org.is_none() && files.objectives.is_none() && files.key_results.is_none() {
            return Err(CommandError::new(
                cascade::ErrorCode::InvalidImport,
                "choose at least one spreadsheet to import",
            ));
        }
        import_csv(&mut self.plan, files, ImportOptions { delete_missing }).map_err(CommandError::from)
    }

    /// Imports a workbook holding the organisation, objectives and key results as sheets,
    /// all or nothing, as [`Session::import_csv`].
    pub fn import_workbook(&mut self, path: &Path, delete_missing: bool) -> Result<ImportReport> {
        let file = InputFile::read(path).map_err(|e| cascade::Error::read_file(path, e))?;
        import_xlsx(&mut self.plan, &file, ImportOptions { delete_missing }).map_err(CommandError::from)
    }

    /// Writes the three spreadsheets into `dir`, refusing to overwrite any file there.
    pub fn export_csv(&mut self, dir: &Path) -> Result<Vec<String>> {
        let out = export::to_csv(&*self.all()?);
        let files = [
            (export::ORG_FILE, out.org),
            (export::OBJECTIVES_FILE, out.objectives),
            (export::KEY_RESULTS_FILE, out.key_results),
        ];
        let paths: Vec<PathBuf> = files.iter().map(|(name, _)| dir.join(name)).collect();
        if let Some(p) = paths.iter().find(|p| p.exists()) {
            return Err(cascade::Error::AlreadyExists { path: p.clone() }.into());
        }
        for ((_, bytes), path) in files.iter().zip(&paths) {
            write_new(path, bytes)?;
        }
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

/// The part of a whole-plan snapshot that belongs to one quarter.
fn quarter_of(all: &Snapshot, q: Quarter) -> Snapshot {
    let objectives: Vec<cascade::Objective> = all.objectives.iter().filter(|o| o.quarter == q).cloned().collect();
    let ids: std::collections::HashSet<Uuid> = objectives.iter().map(|o| o.id).collect();
    Snapshot {
        settings: all.settings.clone(),
        nodes: all.nodes.clone(),
        key_results: all
            .key_results
            .iter()
            .filter(|k| ids.contains(&k.objective_id))
            .cloned()
            .collect(),
        objectives,
    }
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
