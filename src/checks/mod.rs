//! The alignment and overload checks: one engine, one file per rule.
//!
//! [`check`] takes a [`Snapshot`] (the whole plan or one quarter of it) and returns every
//! [`Finding`], in a fixed order. It builds an index over the snapshot once — ids to
//! nodes and objectives, children and key results per objective, objectives per owner
//! and quarter, same titles per team — and then runs each rule over each objective, so
//! the whole check is linear in the size of the plan: no query per objective and no
//! scan of all objectives per objective.
//!
//! The rules themselves live in the files next to this one, each with its own
//! explanation; the registry in `rule.rs` holds their stable names ([`Rule::name`]).

mod cross_branch;
mod flat_target;
mod no_key_results;
mod orphan;
mod overload;
mod overreaching_target;
mod quarter_mismatch;
mod rule;
mod same_as_colleague;
mod skip_level;
mod too_many_key_results;
mod unsupported;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use unicode_normalization::{IsNormalized, UnicodeNormalization};
use uuid::Uuid;

pub use rule::{Rule, Severity};

use crate::{KeyResult, Lang, Node, Objective, Plan, Quarter, Result, Settings, Snapshot};

/// One problem found in a plan: which rule, where, and what to do about it.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub quarter: Quarter,
    /// The key of the node that owns the objective (or, for `overload`, the node itself).
    pub owner: String,
    pub owner_id: Uuid,
    /// The objective's key; `None` for findings about a node as a whole (`overload`).
    pub objective: Option<String>,
    pub objective_id: Option<Uuid>,
    /// Plain language, naming the people (name and key) and objectives (title and key)
    /// involved, so a director understands it without asking anyone.
    pub message: String,
    pub suggestion: Option<Suggestion>,
}

/// What the user could do about a finding.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub text: String,
    /// Objective keys the suggestion is about (objectives to link to, or to drop), best
    /// first; empty when it names none.
    pub objectives: Vec<String>,
}

/// How many findings of each severity.
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Copy, Default, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }

    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }
}

/// Counts findings by severity.
pub fn count(findings: &[Finding]) -> Counts {
    let mut c = Counts::default();
    for f in findings {
        c.add(f.severity);
    }
    c
}

/// Every finding in the snapshot, ordered by severity, rule, quarter, owner key, then
/// objective key (a finding without an objective first).
///
/// The snapshot may hold one quarter or all of them. With one quarter, links to and from
/// objectives of other quarters are not in it: a parent that is missing is reported as
/// `quarter-mismatch` (the plan file guarantees a parent exists), and objectives of other
/// quarters that support an objective are not seen by `unsupported`. For exact results
/// on one quarter use [`check_quarter`] on a whole-plan snapshot, as [`Plan::check`] does.
pub fn check(snapshot: &Snapshot) -> Vec<Finding> {
    check_quarter(snapshot, None)
}

/// The findings of one quarter (or all with `None`), judged against the whole snapshot,
/// so links across quarters are seen from both sides.
pub fn check_quarter(snapshot: &Snapshot, quarter: Option<Quarter>) -> Vec<Finding> {
    check_quarter_in(snapshot, quarter, Lang::En)
}

/// [`check_quarter`] with the findings and suggestions written in `lang`.
pub fn check_quarter_in(snapshot: &Snapshot, quarter: Option<Quarter>, lang: Lang) -> Vec<Finding> {
    let mut ix = Index::new(snapshot);
    ix.lang = lang;
    let in_scope = |q: Quarter| quarter.is_none_or(|want| want == q);
    let mut out = Vec::new();
    for o in 0..ix.objectives.len() {
        if !in_scope(ix.objectives[o].quarter) {
            continue;
        }
        for rule in OBJECTIVE_RULES {
            out.extend(rule(&ix, o));
        }
    }
    for (node, q, owned) in ix.owners() {
        if in_scope(q) {
            out.extend(overload::check(&ix, node, q, owned));
        }
    }
    sort(&mut out);
    out
}

/// The rules that look at one objective at a time, in listing order.
const OBJECTIVE_RULES: [fn(&Index<'_>, usize) -> Option<Finding>; 10] = [
    orphan::check,
    quarter_mismatch::check,
    cross_branch::check,
    skip_level::check,
    no_key_results::check,
    too_many_key_results::check,
    unsupported::check,
    flat_target::check,
    overreaching_target::check,
    same_as_colleague::check,
];

fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.severity, a.rule, a.quarter, &a.owner, &a.objective).cmp(&(
            b.severity,
            b.rule,
            b.quarter,
            &b.owner,
            &b.objective,
        ))
    });
}

impl Plan {
    /// Checks the plan, or one quarter of it. The whole plan is read either way, so
    /// links across quarters are judged from both sides.
    pub fn check(&mut self, quarter: Option<Quarter>) -> Result<Vec<Finding>> {
        self.check_in(quarter, Lang::En)
    }

    /// [`Plan::check`] with the findings written in `lang`.
    pub fn check_in(&mut self, quarter: Option<Quarter>, lang: Lang) -> Result<Vec<Finding>> {
        let snapshot = self.snapshot(None)?;
        Ok(check_quarter_in(&snapshot, quarter, lang))
    }
}

/// Where an objective's upward link points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Parent {
    /// Not linked.
    None,
    /// Linked to an objective that is not in the snapshot: one of another quarter when
    /// the snapshot holds a single quarter.
    Elsewhere(Uuid),
    /// Linked to the objective at this index.
    At(usize),
}

/// A hash map with a fast, fixed hash: the keys are ids and small tuples made by the
/// program, not text an attacker chooses, and the check runs on every edit.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

fn fast_map<K, V>(capacity: usize) -> FastMap<K, V> {
    HashMap::with_capacity_and_hasher(capacity, foldhash::fast::FixedState::default())
}

/// The objectives one node owns in one quarter: `by_owner[start..end]`.
struct Run {
    node: usize,
    quarter: Quarter,
    start: usize,
    end: usize,
}

/// Lookups over one snapshot, built once in linear time (plus a sort of integers), that
/// the rules share.
pub(crate) struct Index<'a> {
    pub settings: &'a Settings,
    /// The language findings are written in.
    pub lang: Lang,
    pub nodes: &'a [Node],
    /// The snapshot's objectives whose owner is known (in a plan file, all of them).
    pub objectives: Vec<&'a Objective>,
    pub key_results: &'a [KeyResult],
    node_parent: Vec<Option<usize>>,
    owner: Vec<usize>,
    parent: Vec<Parent>,
    children: Groups,
    krs: Groups,
    /// Objective indices grouped by (owner, quarter), each group in key order.
    by_owner: Vec<usize>,
    /// The groups of `by_owner`, ordered by (owner, quarter).
    runs: Vec<Run>,
    /// Per objective, its group of agents' objectives with the same title in the same
    /// team and quarter (`NO_GROUP` for units' objectives), for `same-as-colleague`.
    title_group: Vec<u32>,
    same_title: Groups,
}

const NO_GROUP: u32 = u32::MAX;

impl<'a> Index<'a> {
    pub fn new(snap: &'a Snapshot) -> Index<'a> {
        let mut node_at: FastMap<Uuid, usize> = fast_map(snap.nodes.len());
        node_at.extend(snap.nodes.iter().enumerate().map(|(i, n)| (n.id, i)));
        let node_parent: Vec<Option<usize>> = snap
            .nodes
            .iter()
            .map(|n| n.parent_id.and_then(|p| node_at.get(&p).copied()))
            .collect();
        let mut objectives = Vec::with_capacity(snap.objectives.len());
        let mut owner = Vec::with_capacity(snap.objectives.len());
        for o in &snap.objectives {
            if let Some(&n) = node_at.get(&o.owner_id) {
                objectives.push(o);
                owner.push(n);
            }
        }
        let mut objective_at: FastMap<Uuid, usize> = fast_map(objectives.len());
        objective_at.extend(objectives.iter().enumerate().map(|(i, o)| (o.id, i)));
        let parent: Vec<Parent> = objectives
            .iter()
            .map(|o| match o.parent_id {
                None => Parent::None,
                Some(p) => objective_at.get(&p).map_or(Parent::Elsewhere(p), |&i| Parent::At(i)),
            })
            .collect();
        let child_pairs: Vec<(usize, usize)> = parent
            .iter()
            .enumerate()
            .filter_map(|(c, p)| match p {
                Parent::At(p) => Some((*p, c)),
                _ => None,
            })
            .collect();
        let children = Groups::new(objectives.len(), &child_pairs);
        // Key results come grouped by objective: look each objective up once.
        let mut kr_pairs = Vec::with_capacity(snap.key_results.len());
        let mut last: Option<(Uuid, Option<usize>)> = None;
        for (k, kr) in snap.key_results.iter().enumerate() {
            let o = match last {
                Some((id, o)) if id == kr.objective_id => o,
                _ => objective_at.get(&kr.objective_id).copied(),
            };
            last = Some((kr.objective_id, o));
            if let Some(o) = o {
                kr_pairs.push((o, k));
            }
        }
        let krs = Groups::new(objectives.len(), &kr_pairs);

        // Grouped by owner in the snapshot's order (quarter, then key); a stable sort by
        // quarter within each owner's few objectives keeps that order for any snapshot.
        let owner_pairs: Vec<(usize, usize)> = owner.iter().enumerate().map(|(i, &n)| (n, i)).collect();
        let by_node = Groups::new(snap.nodes.len(), &owner_pairs);
        let mut by_owner = Vec::with_capacity(objectives.len());
        let mut runs: Vec<Run> = Vec::new();
        for node in 0..snap.nodes.len() {
            let first = by_owner.len();
            by_owner.extend_from_slice(by_node.of(node));
            let mine = &mut by_owner[first..];
            mine.sort_by(|&a, &b| {
                let (a, b) = (objectives[a], objectives[b]);
                a.quarter.cmp(&b.quarter).then_with(|| a.key.cmp(&b.key))
            });
            for at in first..by_owner.len() {
                let quarter = objectives[by_owner[at]].quarter;
                match runs.last_mut() {
                    Some(r) if r.node == node && r.quarter == quarter => r.end = at + 1,
                    _ => runs.push(Run {
                        node,
                        quarter,
                        start: at,
                        end: at + 1,
                    }),
                }
            }
        }

        let mut group_of: FastMap<(usize, Quarter, u64), u32> = fast_map(objectives.len());
        let mut title_group = vec![NO_GROUP; objectives.len()];
        let mut title_pairs = Vec::new();
        for (i, o) in objectives.iter().enumerate() {
            let n = owner[i];
            if snap.nodes[n].level != crate::Level::Agent {
                continue;
            }
            let Some(team) = node_parent[n] else {
                continue;
            };
            let next = group_of.len() as u32;
            let g = *group_of.entry((team, o.quarter, title_hash(&o.title))).or_insert(next);
            title_group[i] = g;
            title_pairs.push((g as usize, i));
        }
        let same_title = Groups::new(group_of.len(), &title_pairs);
        Index {
            settings: &snap.settings,
            lang: Lang::En,
            nodes: &snap.nodes,
            objectives,
            key_results: &snap.key_results,
            node_parent,
            owner,
            parent,
            children,
            krs,
            by_owner,
            runs,
            title_group,
            same_title,
        }
    }

    /// Every (node, quarter) that owns objectives, with those objectives in key order.
    pub fn owners(&self) -> impl Iterator<Item = (usize, Quarter, &[usize])> + '_ {
        self.runs
            .iter()
            .map(|r| (r.node, r.quarter, &self.by_owner[r.start..r.end]))
    }

    pub fn objective(&self, o: usize) -> &'a Objective {
        self.objectives[o]
    }

    /// The index of the node that owns objective `o`.
    pub fn owner_ix(&self, o: usize) -> usize {
        self.owner[o]
    }

    pub fn owner(&self, o: usize) -> &'a Node {
        &self.nodes[self.owner[o]]
    }

    pub fn node(&self, n: usize) -> &'a Node {
        &self.nodes[n]
    }

    /// The node directly above node `n` (the team of an agent), if any.
    pub fn node_parent(&self, n: usize) -> Option<usize> {
        self.node_parent[n]
    }

    /// Whether node `a` is strictly above node `n` in the organisation.
    pub fn is_ancestor(&self, a: usize, n: usize) -> bool {
        let mut at = self.node_parent[n];
        // The tree is at most four levels deep; the bound only guards against a
        // damaged file whose parents form a loop.
        for _ in 0..self.nodes.len() {
            match at {
                Some(p) if p == a => return true,
                Some(p) => at = self.node_parent[p],
                None => return false,
            }
        }
        false
    }

    pub fn parent(&self, o: usize) -> Parent {
        self.parent[o]
    }

    /// Objectives that link to `o` as their parent.
    pub fn children(&self, o: usize) -> &[usize] {
        self.children.of(o)
    }

    /// The key results of `o`, in order.
    pub fn key_results(&self, o: usize) -> impl Iterator<Item = &'a KeyResult> + '_ {
        let all = self.key_results;
        self.krs.of(o).iter().map(move |&k| &all[k])
    }

    pub fn key_result_count(&self, o: usize) -> usize {
        self.krs.of(o).len()
    }

    /// The objectives node `n` owns in quarter `q`, in key order.
    pub fn owned(&self, n: usize, q: Quarter) -> &[usize] {
        match self.runs.binary_search_by(|r| (r.node, r.quarter).cmp(&(n, q))) {
            Ok(r) => &self.by_owner[self.runs[r].start..self.runs[r].end],
            Err(_) => &[],
        }
    }

    /// Objectives of `o`'s teammates (other agents of the same team) in the same quarter
    /// with the same title, ignoring case and spacing.
    pub fn same_title_colleagues(&self, o: usize) -> Vec<usize> {
        let me = self.owner[o];
        let group = match self.title_group[o] {
            NO_GROUP => return Vec::new(),
            g => self.same_title.of(g as usize),
        };
        if group.len() < 2 {
            return Vec::new();
        }
        // Same hash; the titles themselves decide.
        let mine = comparable_title(&self.objectives[o].title);
        group
            .iter()
            .copied()
            .filter(|&c| self.owner[c] != me && comparable_title(&self.objectives[c].title) == mine)
            .collect()
    }

    /// Where `o` could link instead: the objectives of its owner's direct parent in its
    /// quarter, best first. Those `prefer` picks come first (for example those that
    /// already support the objective it is linked to now), then those sharing the most
    /// title words with `o`, then by key.
    pub fn link_candidates(&self, o: usize, prefer: impl Fn(&Objective) -> bool) -> Vec<usize> {
        let obj = self.objectives[o];
        let Some(up) = self.node_parent[self.owner[o]] else {
            return Vec::new();
        };
        let mine = words(&obj.title);
        let mut scored: Vec<(bool, usize, usize)> = self
            .owned(up, obj.quarter)
            .iter()
            .filter(|&&c| c != o)
            .map(|&c| {
                let cand = self.objectives[c];
                let shared = words(&cand.title).intersection(&mine).count();
                (prefer(cand), shared, c)
            })
            .collect();
        // `owned` is in key order and the sort is stable, so ties stay in key order.
        scored.sort_by_key(|&(prefer, shared, _)| std::cmp::Reverse((prefer, shared)));
        scored.into_iter().map(|(_, _, c)| c).collect()
    }

    /// The suggestion shared by the link rules: link to one of `o`'s direct parent's
    /// objectives in its quarter (ranked as in [`Index::link_candidates`]), or say there
    /// are none yet.
    pub fn link_suggestion(&self, o: usize, prefer: impl Fn(&Objective) -> bool) -> Option<Suggestion> {
        let obj = self.objectives[o];
        let owner = self.owner(o);
        let Some(up) = self.node_parent[self.owner[o]] else {
            return Some(Suggestion {
                text: self.say("link-unlink", &[("company", &who(owner))]),
                objectives: Vec::new(),
            });
        };
        let up = self.node(up);
        let candidates = self.link_candidates(o, prefer);
        if candidates.is_empty() {
            return Some(Suggestion {
                text: self.say(
                    "link-nothing-yet",
                    &[("manager", &who(up)), ("quarter", &obj.quarter.to_string())],
                ),
                objectives: Vec::new(),
            });
        }
        let named: Vec<String> = candidates.iter().take(3).map(|&c| what(self.objectives[c])).collect();
        Some(Suggestion {
            text: self.say(
                "link-to",
                &[
                    ("manager", &who(up)),
                    ("quarter", &obj.quarter.to_string()),
                    ("examples", &self.joined(&named, "or")),
                ],
            ),
            objectives: candidates.iter().map(|&c| self.objectives[c].key.clone()).collect(),
        })
    }

    /// The message `id` in the findings' language (see `messages/*.ftl`).
    pub fn say(&self, id: &str, args: &[(&str, &str)]) -> String {
        crate::i18n::words::say(self.lang, id, args)
    }

    /// Items joined by the message `and` or `or`.
    pub fn joined(&self, items: &[String], word: &str) -> String {
        crate::i18n::words::joined(self.lang, items, word)
    }

    /// What every objective finding starts from: the objective, its owner, its quarter.
    pub fn about(&self, o: usize) -> [(&'static str, String); 3] {
        let obj = self.objectives[o];
        [
            ("objective", what(obj)),
            ("owner", who(self.owner(o))),
            ("quarter", obj.quarter.to_string()),
        ]
    }

    /// The message `id` about objective `o` (see [`Index::about`]), with more variables.
    pub fn say_about(&self, id: &str, o: usize, more: &[(&str, &str)]) -> String {
        let about = self.about(o);
        let mut args: Vec<(&str, &str)> = about.iter().map(|(k, v)| (*k, v.as_str())).collect();
        args.extend_from_slice(more);
        self.say(id, &args)
    }

    /// A key result as messages name it, with its numbers: `"NPS" (21 → 35 pts)`.
    pub fn kr_text(&self, kr: &KeyResult) -> String {
        let unit = if kr.unit.is_empty() {
            String::new()
        } else {
            format!(" {}", kr.unit)
        };
        match kr.baseline {
            Some(b) => format!("\"{}\" ({} → {}{unit})", kr.title, b, kr.target),
            None => self.say(
                "kr-target-only",
                &[
                    ("title", &kr.title),
                    ("target", &kr.target.to_string()),
                    ("unit", &unit),
                ],
            ),
        }
    }

    /// A finding about objective `o`.
    pub fn finding(&self, rule: Rule, o: usize, message: String, suggestion: Option<Suggestion>) -> Finding {
        let obj = self.objectives[o];
        let owner = self.owner(o);
        Finding {
            rule,
            severity: rule.severity(),
            quarter: obj.quarter,
            owner: owner.key.clone(),
            owner_id: owner.id,
            objective: Some(obj.key.clone()),
            objective_id: Some(obj.id),
            message,
            suggestion,
        }
    }
}

/// Items grouped by a small integer (children per objective, key results per
/// objective), stored flat: one allocation, order of arrival kept within a group.
struct Groups {
    start: Vec<usize>,
    items: Vec<usize>,
}

impl Groups {
    fn new(groups: usize, pairs: &[(usize, usize)]) -> Groups {
        let mut start = vec![0usize; groups + 1];
        for &(g, _) in pairs {
            start[g + 1] += 1;
        }
        for i in 0..groups {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut items = vec![0; pairs.len()];
        for &(g, item) in pairs {
            items[fill[g]] = item;
            fill[g] += 1;
        }
        Groups { start, items }
    }

    fn of(&self, g: usize) -> &[usize] {
        &self.items[self.start[g]..self.start[g + 1]]
    }
}

/// A person or unit as messages name them: `Nguyễn Đức Vy (cskh-team-01-a002)`.
pub(crate) fn who(n: &Node) -> String {
    format!("{} ({})", n.name, n.key)
}

/// An objective as messages name it: `"Nâng cao sự hài lòng" (o00012)`.
pub(crate) fn what(o: &Objective) -> String {
    format!("\"{}\" ({})", o.title, o.key)
}

/// A title as `same-as-colleague` compares it: composed Unicode, lower case, runs of
/// spaces made one, no spaces at either end.
pub(crate) fn comparable_title(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    comparable_chars(title, |c| out.push(c));
    out
}

/// A hash of [`comparable_title`], made without building the text: the check groups
/// every agent's objective by it, and equal hashes are then compared in full.
fn title_hash(title: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = foldhash::fast::FixedState::default().build_hasher();
    comparable_chars(title, |c| h.write_u32(c as u32));
    h.finish()
}

/// The characters of [`comparable_title`], one by one.
fn comparable_chars(title: &str, mut emit: impl FnMut(char)) {
    let mut started = false;
    let mut space = false;
    let mut each = |c: char| {
        if c.is_whitespace() {
            space = started;
            return;
        }
        if space {
            emit(' ');
            space = false;
        }
        started = true;
        if c.is_ascii() {
            emit(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut emit);
        }
    };
    if title.is_ascii() || unicode_normalization::is_nfc_quick(title.chars()) == IsNormalized::Yes {
        title.chars().for_each(&mut each);
    } else {
        title.nfc().for_each(&mut each);
    }
}

/// The words of a title, compared without case: Vietnamese syllables, Thai runs (Thai
/// writes no spaces between words, so a run between spaces counts as one), English
/// words. Punctuation separates words; vowel and tone marks belong to them.
pub(crate) fn words(title: &str) -> HashSet<String> {
    let t = comparable_title(title);
    t.split(|c: char| !(c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A share as a whole percentage: 0.25 → "25%".
pub(crate) fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// What unit tests of the rules share: a small organisation on an in-memory plan.
#[cfg(test)]
pub(crate) mod fixture {
    use uuid::Uuid;

    use super::{check, Finding, Rule};
    use crate::{KrKind, Level, NewKeyResult, NewNode, NewObjective, Plan};

    pub const Q: &str = "2026-Q4";

    /// Company `co`, divisions `d1`, `d2`, teams `t1`, `t2` under `d1` and `t3` under
    /// `d2`, agents `a1`, `a2` in `t1`, `a3` in `t2`, `a4` in `t3`.
    pub struct Org {
        pub plan: Plan,
    }

    impl Org {
        pub fn new() -> Org {
            let mut plan = Plan::in_memory().unwrap();
            let tree: [(&str, &str, Level, Option<&str>); 10] = [
                ("co", "Sao Mai", Level::Company, None),
                ("d1", "Khối CSKH", Level::Division, Some("co")),
                ("d2", "ฝ่ายบริการลูกค้า", Level::Division, Some("co")),
                ("t1", "Nhóm hotline 1", Level::Team, Some("d1")),
                ("t2", "Nhóm hotline 2", Level::Team, Some("d1")),
                ("t3", "ทีม 3", Level::Team, Some("d2")),
                ("a1", "Đặng Đức Trang", Level::Agent, Some("t1")),
                ("a2", "Nguyễn Đức Vy", Level::Agent, Some("t1")),
                ("a3", "Vũ Đức Linh", Level::Agent, Some("t2")),
                ("a4", "สมชาย ใจดี", Level::Agent, Some("t3")),
            ];
            for (key, name, level, parent) in tree {
                let parent_id = parent.map(|p| plan.node_by_key(p).unwrap().id);
                plan.add_node(NewNode {
                    key: Some(key.into()),
                    name: name.into(),
                    level: Some(level),
                    parent_id,
                    ..NewNode::default()
                })
                .unwrap();
            }
            Org { plan }
        }

        pub fn node(&self, key: &str) -> Uuid {
            self.plan.node_by_key(key).unwrap().id
        }

        /// Adds objective `key` of `owner` in `quarter`, linked to `parent`, with one
        /// ordinary key result (so `no-key-results` stays quiet).
        pub fn objective_in(
            &mut self,
            key: &str,
            owner: &str,
            quarter: &str,
            title: &str,
            parent: Option<&str>,
        ) -> Uuid {
            let parent_id = parent.map(|p| self.plan.objective_by_key(p).unwrap().id);
            let owner_id = self.node(owner);
            let o = self
                .plan
                .add_objective(NewObjective {
                    key: Some(key.into()),
                    quarter: quarter.parse().unwrap(),
                    owner_id,
                    title: title.into(),
                    description: String::new(),
                    parent_id,
                    commitment: Default::default(),
                })
                .unwrap();
            self.kr(key, KrKind::Progress, Some(60.0), 80.0);
            o.id
        }

        pub fn objective(&mut self, key: &str, owner: &str, title: &str, parent: Option<&str>) -> Uuid {
            self.objective_in(key, owner, Q, title, parent)
        }

        pub fn kr(&mut self, objective: &str, kind: KrKind, baseline: Option<f64>, target: f64) {
            let objective_id = self.plan.objective_by_key(objective).unwrap().id;
            self.plan
                .add_key_result(NewKeyResult {
                    objective_id,
                    key: None,
                    title: format!("KR {}", self.plan.key_results(objective_id).unwrap().len() + 1),
                    kind,
                    baseline,
                    target,
                    current: target,
                    unit: "%".into(),
                    weight: 1.0,
                    measure: String::new(),
                })
                .unwrap();
        }

        /// The aligned chain `co-1` ← `d1-1` ← `t1-1` ← `a1-1`, plus `t2-1` and `d2-1`
        /// ← `t3-1` so every unit has something to link to.
        pub fn aligned() -> Org {
            let mut org = Org::new();
            org.objective("co-1", "co", "Nâng cao sự hài lòng của khách hàng", None);
            org.objective("d1-1", "d1", "Giảm thời gian chờ trên hotline", Some("co-1"));
            org.objective("d2-1", "d2", "ยกระดับคุณภาพการบริการลูกค้า", Some("co-1"));
            org.objective("t1-1", "t1", "Giảm thời gian chờ giờ cao điểm", Some("d1-1"));
            org.objective("t2-1", "t2", "Trả lời email trong 4 giờ", Some("d1-1"));
            org.objective("t3-1", "t3", "ยกระดับคุณภาพ LINE", Some("d2-1"));
            org.objective("a1-1", "a1", "Nghe máy trong 20 giây", Some("t1-1"));
            org.objective("a3-1", "a3", "Trả lời email VIP", Some("t2-1"));
            org.objective("a4-1", "a4", "ตอบ LINE ภายใน 1 นาที", Some("t3-1"));
            org
        }

        pub fn findings(&mut self) -> Vec<Finding> {
            check(&self.plan.snapshot(None).unwrap())
        }

        /// The objective keys (or owner keys for node findings) `rule` flags.
        pub fn flagged(&mut self, rule: Rule) -> Vec<String> {
            self.findings()
                .into_iter()
                .filter(|f| f.rule == rule)
                .map(|f| f.objective.unwrap_or(f.owner))
                .collect()
        }

        /// The one finding of `rule` about objective `key`.
        pub fn finding(&mut self, rule: Rule, key: &str) -> Finding {
            let mut f: Vec<Finding> = self
                .findings()
                .into_iter()
                .filter(|f| f.rule == rule && f.objective.as_deref() == Some(key))
                .collect();
            assert_eq!(f.len(), 1, "{f:#?}");
            f.remove(0)
        }

        pub fn only(&mut self, rule: Rule) -> Finding {
            let mut f: Vec<Finding> = self.findings().into_iter().filter(|f| f.rule == rule).collect();
            assert_eq!(f.len(), 1, "{f:#?}");
            f.remove(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::Org;
    use super::*;

    #[test]
    fn an_aligned_plan_has_no_findings() {
        let mut org = Org::aligned();
        let f = org.findings();
        // Units without supporters are the only thing left to say.
        let rules: HashSet<Rule> = f.iter().map(|f| f.rule).collect();
        assert!(rules.iter().all(|r| *r == Rule::Unsupported), "{f:#?}");
    }

    #[test]
    fn findings_are_sorted_and_counted() {
        let mut org = Org::aligned();
        org.objective("x1", "a2", "Không liên kết", None);
        org.objective("x2", "a2", "Liên kết nhầm", Some("a1-1"));
        let f = org.findings();
        let mut sorted = f.clone();
        sort(&mut sorted);
        assert_eq!(f, sorted);
        assert_eq!(f[0].rule, Rule::Orphan);
        assert_eq!(f[1].rule, Rule::CrossBranch);
        let c = count(&f);
        assert_eq!(c.errors, 2);
        assert_eq!(c.total(), f.len());
    }

    #[test]
    fn title_comparison_ignores_case_spacing_and_composition() {
        assert_eq!(comparable_title("  MAKE  every\tEscalation "), "make every escalation");
        // "ệ" precomposed vs "e" + combining marks.
        assert_eq!(comparable_title("Hiệu quả"), comparable_title("Hie\u{323}\u{302}u quả"));
        assert_eq!(comparable_title("ยกระดับ  คุณภาพ"), "ยกระดับ คุณภาพ");
    }

    #[test]
    fn words_keep_marks_and_drop_punctuation() {
        let w = words("Giảm thời gian chờ (HOTLINE), ยกระดับคุณภาพ!");
        for want in ["giảm", "thời", "gian", "chờ", "hotline", "ยกระดับคุณภาพ"] {
            assert!(w.contains(want), "{want} in {w:?}");
        }
        assert_eq!(w.len(), 6);
    }

    #[test]
    fn groups_keep_order_within_a_group() {
        let g = Groups::new(3, &[(2, 10), (0, 11), (2, 12)]);
        assert_eq!(g.of(0), &[11]);
        assert!(g.of(1).is_empty());
        assert_eq!(g.of(2), &[10, 12]);
    }

    #[test]
    fn plan_check_filters_a_quarter_but_sees_links_across_quarters() {
        let mut org = Org::aligned();
        org.objective_in("n1", "a1", "2027-Q1", "Quý sau", Some("t1-1"));
        let q4: Quarter = "2026-Q4".parse().unwrap();
        let q1: Quarter = "2027-Q1".parse().unwrap();
        let next = org.plan.check(Some(q1)).unwrap();
        assert!(next.iter().all(|f| f.quarter == q1));
        assert_eq!(next.iter().filter(|f| f.rule == Rule::QuarterMismatch).count(), 1);
        let this = org.plan.check(Some(q4)).unwrap();
        assert!(this.iter().all(|f| f.quarter == q4));
        // t1-1 is supported by a1-1 in its own quarter and by n1 from the next one.
        assert!(!this.iter().any(|f| f.objective.as_deref() == Some("t1-1")));
        let all = org.plan.check(None).unwrap();
        assert_eq!(all.len(), next.len() + this.len());
    }

    #[test]
    fn a_one_quarter_snapshot_reports_a_parent_elsewhere_as_quarter_mismatch() {
        let mut org = Org::aligned();
        org.objective_in("n1", "a1", "2027-Q1", "Quý sau", Some("t1-1"));
        let snap = org.plan.snapshot(Some("2027-Q1".parse().unwrap())).unwrap();
        let f: Vec<Finding> = check(&snap)
            .into_iter()
            .filter(|f| f.rule == Rule::QuarterMismatch)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].objective.as_deref(), Some("n1"));
    }
}
