//! Review reports: for a review meeting, per division and team, each objective with its
//! own and aligned progress, the alignment findings, and each person's load against
//! their cap. One model ([`Report`]) is built from the plan, and written as JSON,
//! Markdown or one self-contained HTML page that prints on A4.
//!
//! The report holds no time of its own making, so the same plan gives the same bytes.

mod html;
mod markdown;

use std::collections::HashMap;

use serde::Serialize;
use uuid::Uuid;

pub use html::to_html;
pub use markdown::to_markdown;

use crate::checks::{check_quarter_in, count, Counts, Finding};
use crate::export::chart::checkin_svg;
use crate::measure::progress::rollup;
use crate::measure::score::{objective_score, Reading};
use crate::view::summary::summarize;
use crate::{
    CheckIn, Commitment, Confidence, KeyResult, Lang, Level, Node, ObjectiveComment, Plan, Quarter, QuarterLock,
    QuarterState, Result, Review, Snapshot,
};

/// The layout version of the JSON report.
pub const VERSION: u32 = 1;

/// A review report of one quarter.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub version: u32,
    /// The language its words and findings are written in (the JSON form has no words
    /// of its own but the findings').
    #[serde(skip)]
    #[ts(skip)]
    pub lang: Lang,
    pub quarter: Quarter,
    /// The company's name, the report's title.
    pub company: String,
    /// Set when the quarter is locked after its review.
    pub lock: Option<QuarterLock>,
    pub totals: Totals,
    /// The company, then each division followed by its teams, in key order.
    pub units: Vec<Unit>,
}

/// Figures for the whole quarter.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub objectives: usize,
    pub key_results: usize,
    /// Mean own progress of the quarter's objectives, 0 to 1.
    pub own: f64,
    /// Mean aligned progress of the company's objectives (or of all, with no company
    /// objective), 0 to 1.
    pub aligned: f64,
    pub people_over_cap: usize,
    pub findings: Counts,
    /// Committed objectives scored below 1.0.
    pub misses_to_review: usize,
    /// Objectives with a key result last checked in at risk or off track.
    pub at_risk: usize,
    pub teams: usize,
    pub teams_reviewed: usize,
}

/// One section of the report: the company, a division, or a team with its agents.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Unit {
    pub key: String,
    pub name: String,
    pub level: Level,
    /// The division a team belongs to.
    pub parent: Option<String>,
    /// The unit's own objectives and, for a team, its agents'.
    pub objectives: Vec<ObjectiveLine>,
    pub findings: Vec<Finding>,
    pub counts: Counts,
    /// The unit itself and, for a team, each agent.
    pub load: Vec<Load>,
    /// Whether (and by whom) the unit's OKRs were reviewed for the quarter.
    pub review: Option<Review>,
}

/// One objective, as a row of the report.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveLine {
    pub key: String,
    pub title: String,
    pub owner: String,
    pub owner_name: String,
    /// The objective it supports, by key.
    pub parent: Option<String>,
    pub key_results: usize,
    pub own: f64,
    pub aligned: f64,
    /// How many findings are about this objective.
    pub findings: usize,
    pub commitment: Commitment,
    /// The end-of-quarter score (see [`crate::measure::score`]) and its reading.
    pub score: f64,
    pub reading: Reading,
    pub miss_to_review: bool,
    pub at_risk: bool,
    /// Reviewers' comments, oldest first.
    pub comments: Vec<ObjectiveComment>,
    pub key_result_lines: Vec<KeyResultLine>,
}

/// One key result of an objective in the report, with its check-in chart.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KeyResultLine {
    pub key: String,
    pub title: String,
    pub unit: String,
    pub target: f64,
    pub current: f64,
    pub score: f64,
    pub confidence: Option<Confidence>,
    pub checkins: usize,
    /// The check-in history drawn against the target (inline SVG); empty without
    /// check-ins. Left out of the JSON report, which carries the numbers.
    #[serde(skip)]
    pub chart: String,
}

/// A person's or unit's objectives in the quarter against their cap.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Load {
    pub key: String,
    pub name: String,
    pub level: Level,
    pub role: String,
    pub new_hire: bool,
    pub objectives: u32,
    pub cap: u32,
    pub over_cap: bool,
}

/// Builds the report of `quarter` from a whole-plan snapshot (links to other quarters
/// are judged from both sides, as [`Plan::check`] does), without check-ins or reviews.
pub fn build(snap: &Snapshot, quarter: Quarter) -> Report {
    build_with(
        snap,
        &QuarterState {
            quarter,
            lock: None,
            reviews: Vec::new(),
            comments: Vec::new(),
            checkins: Vec::new(),
            scores: Vec::new(),
            met_at: Default::default(),
        },
        Lang::En,
    )
}

/// Builds the report of the quarter of `state` from a whole-plan snapshot, with the
/// quarter's check-in charts, scores, comments, review marks and lock, written in `lang`.
pub fn build_with(snap: &Snapshot, state: &QuarterState, lang: Lang) -> Report {
    let quarter = state.quarter;
    let findings = check_quarter_in(snap, Some(quarter), lang);
    let summaries = summarize(snap, quarter, &findings);
    let progress: HashMap<Uuid, (f64, f64)> = rollup(snap)
        .into_iter()
        .map(|p| (p.objective_id, (p.own, p.aligned)))
        .collect();
    let nodes: HashMap<Uuid, &Node> = snap.nodes.iter().map(|n| (n.id, n)).collect();
    let objective_key: HashMap<Uuid, &str> = snap.objectives.iter().map(|o| (o.id, o.key.as_str())).collect();
    let mut kr_count: HashMap<Uuid, usize> = HashMap::new();
    let mut krs_of: HashMap<Uuid, Vec<&KeyResult>> = HashMap::new();
    for k in &snap.key_results {
        *kr_count.entry(k.objective_id).or_default() += 1;
        krs_of.entry(k.objective_id).or_default().push(k);
    }
    let mut history: HashMap<Uuid, Vec<CheckIn>> = HashMap::new();
    for c in &state.checkins {
        history.entry(c.key_result_id).or_default().push(c.clone());
    }
    let mut comments_of: HashMap<Uuid, Vec<ObjectiveComment>> = HashMap::new();
    for c in &state.comments {
        comments_of.entry(c.objective_id).or_default().push(c.clone());
    }
    let review_of: HashMap<Uuid, &Review> = state.reviews.iter().map(|r| (r.node_id, r)).collect();
    let mut finding_count: HashMap<Uuid, usize> = HashMap::new();
    for f in &findings {
        if let Some(o) = f.objective_id {
            *finding_count.entry(o).or_default() += 1;
        }
    }
    let load_of: HashMap<Uuid, Load> = summaries
        .iter()
        .filter_map(|s| {
            let n = nodes.get(&s.node_id)?;
            Some((
                s.node_id,
                Load {
                    key: n.key.clone(),
                    name: n.name.clone(),
                    level: n.level,
                    role: n.role.clone(),
                    new_hire: n.new_hire,
                    objectives: s.objectives,
                    cap: s.cap,
                    over_cap: s.over_cap,
                },
            ))
        })
        .collect();
    let quarter_objectives: Vec<_> = snap.objectives.iter().filter(|o| o.quarter == quarter).collect();

    // Which unit of the report each node belongs to: agents to their team.
    let unit_of = |n: &Node| -> Uuid {
        match (n.level, n.parent_id) {
            (Level::Agent, Some(p)) => p,
            _ => n.id,
        }
    };
    let mut sections: Vec<&Node> = snap.nodes.iter().filter(|n| n.level != Level::Agent).collect();
    // Company, then each division followed by its teams, by key.
    let division_key = |n: &Node| -> String {
        match n.level {
            Level::Company => String::new(),
            Level::Division => n.key.clone(),
            _ => n
                .parent_id
                .and_then(|p| nodes.get(&p))
                .map_or(String::new(), |d| d.key.clone()),
        }
    };
    sections.sort_by_key(|n| (n.level != Level::Company, division_key(n), n.level, n.key.clone()));

    let mut units: Vec<Unit> = sections
        .iter()
        .map(|n| Unit {
            key: n.key.clone(),
            name: n.name.clone(),
            level: n.level,
            parent: n
                .parent_id
                .and_then(|p| nodes.get(&p))
                .filter(|_| n.level == Level::Team)
                .map(|p| p.key.clone()),
            objectives: Vec::new(),
            findings: Vec::new(),
            counts: Counts::default(),
            load: Vec::new(),
            review: review_of.get(&n.id).map(|r| (*r).clone()),
        })
        .collect();
    let at: HashMap<Uuid, usize> = sections.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    for o in &quarter_objectives {
        let Some(owner) = nodes.get(&o.owner_id) else { continue };
        let Some(&u) = at.get(&unit_of(owner)) else { continue };
        let (own, aligned) = progress.get(&o.id).copied().unwrap_or_default();
        let krs = krs_of.get(&o.id).map(Vec::as_slice).unwrap_or_default();
        let scored = objective_score(o, krs.iter().copied());
        let key_result_lines = krs
            .iter()
            .zip(&scored.key_results)
            .map(|(k, s)| {
                let h = history.get(&k.id).map(Vec::as_slice).unwrap_or_default();
                KeyResultLine {
                    key: k.key.clone(),
                    title: k.title.clone(),
                    unit: k.unit.clone(),
                    target: k.target,
                    current: k.current,
                    score: s.score,
                    confidence: k.confidence,
                    checkins: h.len(),
                    chart: if h.is_empty() {
                        String::new()
                    } else {
                        checkin_svg(k, h, lang)
                    },
                }
            })
            .collect();
        units[u].objectives.push(ObjectiveLine {
            key: o.key.clone(),
            title: o.title.clone(),
            owner: owner.key.clone(),
            owner_name: owner.name.clone(),
            parent: o.parent_id.and_then(|p| objective_key.get(&p)).map(|k| k.to_string()),
            key_results: kr_count.get(&o.id).copied().unwrap_or(0),
            own,
            aligned,
            findings: finding_count.get(&o.id).copied().unwrap_or(0),
            commitment: o.commitment,
            score: scored.score,
            reading: scored.reading,
            miss_to_review: scored.miss_to_review,
            at_risk: scored.at_risk,
            comments: comments_of.remove(&o.id).unwrap_or_default(),
            key_result_lines,
        });
    }
    for f in &findings {
        let Some(owner) = nodes.get(&f.owner_id) else { continue };
        if let Some(&u) = at.get(&unit_of(owner)) {
            units[u].findings.push(f.clone());
        }
    }
    for n in &snap.nodes {
        if let (Some(&u), Some(load)) = (at.get(&unit_of(n)), load_of.get(&n.id)) {
            units[u].load.push(load.clone());
        }
    }
    for u in &mut units {
        // The unit's own objectives first, then its agents' by key.
        let key = u.key.clone();
        u.objectives
            .sort_by(|a, b| ((a.owner != key), &a.owner, &a.key).cmp(&((b.owner != key), &b.owner, &b.key)));
        u.load.sort_by(|a, b| (a.level, &a.key).cmp(&(b.level, &b.key)));
        u.counts = count(&u.findings);
    }

    let mean = |v: &mut dyn Iterator<Item = f64>| {
        let (sum, n) = v.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
        if n == 0 {
            0.0
        } else {
            sum / n as f64
        }
    };
    let company_ids: Vec<Uuid> = snap
        .nodes
        .iter()
        .filter(|n| n.level == Level::Company)
        .map(|n| n.id)
        .collect();
    let top: Vec<_> = quarter_objectives
        .iter()
        .filter(|o| company_ids.contains(&o.owner_id))
        .collect();
    let aligned = if top.is_empty() {
        mean(
            &mut quarter_objectives
                .iter()
                .map(|o| progress.get(&o.id).map_or(0.0, |p| p.1)),
        )
    } else {
        mean(&mut top.iter().map(|o| progress.get(&o.id).map_or(0.0, |p| p.1)))
    };
    let ids: std::collections::HashSet<Uuid> = quarter_objectives.iter().map(|o| o.id).collect();
    let lines = || units.iter().flat_map(|u| &u.objectives);
    let (misses_to_review, at_risk) = (
        lines().filter(|o| o.miss_to_review).count(),
        lines().filter(|o| o.at_risk).count(),
    );
    let teams: Vec<&Unit> = units.iter().filter(|u| u.level == Level::Team).collect();
    let (team_count, teams_reviewed) = (teams.len(), teams.iter().filter(|u| u.review.is_some()).count());
    Report {
        version: VERSION,
        lang,
        quarter,
        company: snap
            .nodes
            .iter()
            .find(|n| n.level == Level::Company)
            .map_or(String::new(), |n| n.name.clone()),
        totals: Totals {
            objectives: quarter_objectives.len(),
            key_results: snap
                .key_results
                .iter()
                .filter(|k| ids.contains(&k.objective_id))
                .count(),
            own: mean(
                &mut quarter_objectives
                    .iter()
                    .map(|o| progress.get(&o.id).map_or(0.0, |p| p.0)),
            ),
            aligned,
            people_over_cap: summaries.iter().filter(|s| s.over_cap).count(),
            findings: count(&findings),
            misses_to_review,
            at_risk,
            teams: team_count,
            teams_reviewed,
        },
        lock: state.lock.clone(),
        units,
    }
}

/// The report as JSON, pretty-printed, ending in a line break.
pub fn to_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("a report is plain data");
    s.push('\n');
    s
}

impl Plan {
    /// The review report of one quarter, written in `lang`. See [`build_with`].
    pub fn report(&mut self, quarter: Quarter, lang: Lang) -> Result<Report> {
        let state = self.quarter_state(quarter)?;
        Ok(build_with(&self.snapshot(None)?, &state, lang))
    }
}

/// The report's own words (headings, labels, the legend) in its language.
pub(crate) fn say(r: &Report, id: &str, args: &[(&str, &str)]) -> String {
    crate::i18n::words::say(r.lang, id, args)
}

/// "1 error, 2 warnings, 0 infos" in the report's language.
pub(crate) fn counts(r: &Report, c: &Counts) -> String {
    let n = |v: usize, one: &str, many: &str| say(r, if v == 1 { one } else { many }, &[("n", &v.to_string())]);
    format!(
        "{}, {}, {}",
        n(c.errors, "report-errors-one", "report-errors-many"),
        n(c.warnings, "report-warnings-one", "report-warnings-many"),
        n(c.infos, "report-infos-one", "report-infos-many")
    )
}

/// A level's name as a report heading says it.
pub(crate) fn level_name(r: &Report, level: Level) -> String {
    say(
        r,
        match level {
            Level::Company => "report-company",
            Level::Division => "report-division",
            Level::Team => "report-team",
            Level::Agent => "report-agent",
        },
        &[],
    )
}

/// A score's reading (met, progress, missed) in the report's language.
pub(crate) fn reading(r: &Report, reading: Reading) -> String {
    say(r, &format!("report-{}", reading.as_str()), &[])
}

/// A confidence (on-track, at-risk, off-track) in the report's language.
pub(crate) fn confidence(r: &Report, c: Confidence) -> String {
    say(r, &format!("report-{}", c.as_str()), &[])
}

/// A severity (error, warning, info) in the report's language.
pub(crate) fn severity(r: &Report, s: crate::checks::Severity) -> String {
    say(r, &format!("report-{}", s.name()), &[])
}

/// A share as a whole percentage: 0.456 → "46%".
pub(crate) fn percent(v: f64) -> String {
    format!("{:.0}%", (v * 100.0).clamp(0.0, 100.0))
}
