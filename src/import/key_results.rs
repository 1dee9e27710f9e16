//! The key results of an import, checked row by row and then matched with the plan's,
//! so that a key result keeps its id, its key, its check-ins and its score for as long as
//! it is the same key result — however often the same spreadsheet is imported again.
//!
//! A row of the file finds the plan's key result by the first of these that applies,
//! among the key results of the objectives the file names:
//! 1. its id (only a JSON export carries ids);
//! 2. its key, when the file has a `key` column and the row's cell is filled (a filled
//!    key that matches nothing makes a new key result with that key);
//! 3. its title, among its own objective's key results: case, spacing and Unicode form
//!    (NFC) ignored, the first in the objective's order when two share a title;
//! 4. its place among its objective's key results, when the objective has as many rows
//!    in the file as key results in the plan (a title changed, nothing added or removed).
//!
//! A matched key result is updated in place: title, kind, baseline, target, unit and
//! weight from the file, its order from the file's; its id, key and check-ins stay, and an
//! empty score or confidence keeps its own. When it has check-ins, they own its current
//! value and the file's `current` is not applied. A row that matches nothing is added. A
//! key result of a named objective that no row matches is removed, and when it holds
//! what the team recorded (check-ins or a score) the import is refused naming it unless
//! the caller asked to delete missing key results. Objectives the file does not name
//! keep their key results untouched.

use std::fmt;

use rusqlite::Connection;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use super::cell::{Cell, Change};
use super::problem::{reason, Place, Problems};
use super::rows::{KeyResultRow, PackedKeyResultRow, Table};
use super::validate::{number, pick_id, place};
use crate::i18n::words::Words;
use crate::model::ids::IdBatch;
use crate::model::key;
use crate::model::text::{text, title, MAX_MEASURE_CHARS, MAX_TITLE_CHARS};
use crate::store::{checkin as checkin_sql, key_result as kr_sql};
use crate::{Confidence, KeyResult, KrKind, Result};

/// Above this many named objectives, the plan's key results are read in one pass rather
/// than one query per objective.
const BULK: usize = 200;

/// A key result the import would remove although it holds what the team recorded.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HeldKeyResult {
    pub key: String,
    pub title: String,
    /// The key of its objective.
    pub objective: String,
    pub checkins: u32,
    /// A score set by hand (or by an earlier import).
    pub score: Option<f64>,
}

impl HeldKeyResult {
    /// `o00012-kr3 "NPS" (objective o00012) holds 4 check-ins and a score of 0.8`
    pub(crate) fn words(&self) -> Words {
        let checkins = match self.checkins {
            0 => None,
            1 => Some(Words::new("import-held-checkins-one")),
            n => Some(Words::new("import-held-checkins-many").with("count", n)),
        };
        let holds = match (checkins, self.score) {
            (Some(c), Some(s)) => Words::new("import-held-checkins-and-score")
                .with_words("checkins", c)
                .with("score", s),
            (Some(c), None) => c,
            (None, Some(s)) => Words::new("import-held-score").with("score", s),
            (None, None) => Words::new("import-held-nothing"),
        };
        Words::new("import-held")
            .with("key", &self.key)
            .with("title", key::shorten(&self.title))
            .with("objective", &self.objective)
            .with_words("holds", holds)
    }
}

impl fmt::Display for HeldKeyResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words().say(crate::Lang::En))
    }
}

/// The plan's key results an import may match, read inside the import's transaction.
#[derive(Debug, Default)]
pub(crate) struct PlanKeyResults {
    /// The key results of the objectives the file names, each objective's in order.
    pub named: Vec<KeyResult>,
    /// Check-ins per key result of `named` (absent: none).
    pub checkins: HashMap<Uuid, u32>,
    /// Every key result key of the plan, with its key result's id.
    pub keys: HashMap<String, Uuid>,
}

impl PlanKeyResults {
    /// Reads the key results of `objectives` (and every key of the plan).
    pub fn read(c: &Connection, objectives: &HashSet<Uuid>) -> Result<PlanKeyResults> {
        // Every key, even when the file names only new objectives: their key results'
        // keys must not be taken by another objective's.
        let mut out = PlanKeyResults {
            keys: kr_sql::keys_with_ids(c)?,
            ..PlanKeyResults::default()
        };
        if objectives.is_empty() {
            return Ok(out);
        }
        if objectives.len() > BULK {
            out.named = kr_sql::list(c, None)?
                .into_iter()
                .filter(|k| objectives.contains(&k.objective_id))
                .collect();
            let named: HashSet<Uuid> = out.named.iter().map(|k| k.id).collect();
            out.checkins = checkin_sql::counts(c)?;
            out.checkins.retain(|id, _| named.contains(id));
        } else {
            for o in objectives {
                out.named.extend(kr_sql::list_for(c, *o)?);
                out.checkins.extend(checkin_sql::counts_for_objective(c, *o)?);
            }
        }
        Ok(out)
    }
}

/// A title as rows are matched by it: NFC, lower case, runs of white space as one space.
fn comparable(title: &str) -> String {
    title
        .nfc()
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One row, checked: what the file says, before it is matched.
struct Draft {
    place: Place,
    id: Option<Uuid>,
    key: String,
    objective: Uuid,
    position: u32,
    title: String,
    kind: Option<KrKind>,
    baseline: Option<f64>,
    target: f64,
    current: f64,
    unit: Option<String>,
    weight: Option<f64>,
    score: Option<f64>,
    confidence: Option<Confidence>,
    /// `None`: the file has no measure column (an existing key result keeps its own).
    measure: Option<String>,
}

/// Checks the rows of `key_results.csv` (or a JSON export's list), matches them with the
/// plan's key results and puts what to add, update and remove into `change`.
pub(super) fn key_results(
    table: Table<PackedKeyResultRow>,
    plan: &PlanKeyResults,
    objective_ids: &HashMap<String, Uuid>,
    objectives_file: &str,
    change: &mut Change,
    problems: &mut Problems,
) {
    let Table {
        file, mut rows, has, ..
    } = table;
    let mut check = RowCheck::new(file, has, objective_ids, objectives_file);
    let mut drafts: Vec<Draft> = Vec::with_capacity(rows.len());

    // Each row is unpacked only while it is checked, and let go once it has its draft;
    // the rows' list shrinks as the drafts' grows, so the two are not held whole at once.
    rows.reverse();
    while let Some(packed) = rows.pop() {
        if rows.len() < rows.capacity() / 4 {
            rows.shrink_to_fit();
        }
        let row = packed.unpack();
        drop(packed);
        drafts.extend(check.draft(row, problems));
    }
    change.objectives_with_key_results = check.positions.len();
    drop(rows);
    let file = check.file.as_str();
    // The key of each objective the file names, for the messages and the keys made.
    let named: HashMap<Uuid, &str> = objective_ids
        .iter()
        .filter(|(_, id)| check.positions.contains_key(id))
        .map(|(key, id)| (*id, key.as_str()))
        .collect();

    let pairs = matches(&drafts, plan, &check.positions, file, problems);
    write(drafts, &pairs, plan, &named, file, change, problems);
}

/// What [`stream`] did besides the key results it handed on.
#[derive(Debug, Default)]
pub(super) struct Streamed {
    /// Objectives with at least one key result in the file.
    pub objectives: usize,
    /// Key results made (handed on, unless there were problems).
    pub added: usize,
    /// The key results handed on without a key, each with the key to make one from
    /// (`sla-kr2`): made once every key the file gives is written ([`made_key`]).
    pub keyless: Vec<(Uuid, String)>,
}

/// Rows per batch [`stream`] hands on: a whole number of the bulk insert's statements.
const BATCH: usize = 2000;

/// The key results of a first import into a new plan, checked row by row as the file is
/// read and handed on to `send` in batches as they are made, so that they are written
/// while the next are checked and never held all at once. A new plan has no key results
/// to match, so each row is a new key result; the rules and the problems found are those
/// of [`key_results`], in the same order. Once a problem is found nothing more is handed
/// on (the import is refused), but every row is still checked.
pub(super) struct Stream<'a, F: FnMut(Vec<KeyResult>)> {
    check: RowCheck<'a>,
    ids: IdBatch,
    out: Streamed,
    /// As in `write`, a missing baseline is reported after every row's own problems.
    baselines: Problems,
    batch: Vec<KeyResult>,
    /// Each objective's key by its id, made at the first row without a key.
    key_of: Option<HashMap<Uuid, &'a str>>,
    send: F,
}

impl<'a, F: FnMut(Vec<KeyResult>)> Stream<'a, F> {
    /// Key results of the file `file` with the optional columns `has`.
    pub fn new(
        file: String,
        has: Vec<&'static str>,
        objective_ids: &'a HashMap<String, Uuid>,
        objectives_file: &'a str,
        send: F,
    ) -> Self {
        Stream {
            check: RowCheck::new(file, has, objective_ids, objectives_file),
            ids: IdBatch::new(),
            out: Streamed::default(),
            baselines: Problems::default(),
            batch: Vec::with_capacity(BATCH),
            key_of: None,
            send,
        }
    }

    /// Checks the next row.
    pub fn row(&mut self, packed: PackedKeyResultRow, problems: &mut Problems) {
        let Some(d) = self.check.draft(packed.unpack(), problems) else {
            return;
        };
        let kind = d.kind.unwrap_or(KrKind::Progress);
        if d.baseline.is_none() && kind == KrKind::Progress {
            self.baselines.cell(
                &self.check.file,
                d.place,
                "baseline",
                "",
                Words::new("import-baseline-empty"),
            );
        }
        if !problems.is_empty() || !self.baselines.is_empty() {
            return;
        }
        let k = new_key_result(d, self.ids.next(), kind);
        if k.key.is_empty() {
            let ids = self.check.objective_ids;
            let key_of = self
                .key_of
                .get_or_insert_with(|| ids.iter().map(|(key, id)| (*id, key.as_str())).collect());
            let objective = key_of.get(&k.objective_id).copied().unwrap_or("kr");
            self.out
                .keyless
                .push((k.id, format!("{objective}-kr{}", k.position + 1)));
        }
        self.batch.push(k);
        self.out.added += 1;
        if self.batch.len() == BATCH {
            (self.send)(std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH)));
        }
    }

    /// Hands on the last batch; what was done, with the problems found last.
    pub fn finish(mut self, problems: &mut Problems) -> Streamed {
        if !self.batch.is_empty() && problems.is_empty() && self.baselines.is_empty() {
            (self.send)(std::mem::take(&mut self.batch));
        }
        problems.append(self.baselines);
        self.out.objectives = self.check.positions.len();
        self.out
    }
}

/// Checks rows of key results one at a time, remembering what a later row is checked
/// against: the keys given so far and each objective's count of rows.
struct RowCheck<'a> {
    file: String,
    has: Vec<&'static str>,
    objective_ids: &'a HashMap<String, Uuid>,
    objectives_file: &'a str,
    keys_seen: KeysSeen,
    /// Rows per objective so far: the next row's place among its objective's.
    positions: HashMap<Uuid, u32>,
}

impl<'a> RowCheck<'a> {
    fn new(
        file: String,
        has: Vec<&'static str>,
        objective_ids: &'a HashMap<String, Uuid>,
        objectives_file: &'a str,
    ) -> Self {
        RowCheck {
            file,
            has,
            objective_ids,
            objectives_file,
            keys_seen: KeysSeen::default(),
            positions: HashMap::default(),
        }
    }

    /// Checks one row, reporting what is wrong with it; its draft, unless its objective
    /// is not known.
    fn draft(&mut self, row: KeyResultRow, problems: &mut Problems) -> Option<Draft> {
        let has = |column: &str| self.has.contains(&column);
        let at = Cell {
            file: &self.file,
            place: place(row.place),
        };
        let objective = match self.objective_ids.get(row.objective.trim()) {
            Some(id) => Some(*id),
            None => {
                let msg = if row.objective.trim().is_empty() {
                    Words::new("import-objective-empty")
                } else {
                    Words::new("import-objective-unknown").with("file", self.objectives_file)
                };
                at.bad(problems, "objective", &row.objective, msg);
                None
            }
        };
        let title = title("title", &row.title).unwrap_or_else(|e| {
            at.bad(problems, "title", &row.title, reason(e));
            String::new()
        });
        let kind = has("kind").then(|| {
            row.kind.parse::<KrKind>().unwrap_or_else(|e| {
                at.bad(problems, "kind", &row.kind, reason(e));
                KrKind::Progress
            })
        });
        let num = |problems: &mut Problems, column: &str, value: &str| -> f64 {
            number(value).unwrap_or_else(|m| {
                at.bad(problems, column, value, m);
                0.0
            })
        };
        let baseline = (!row.baseline.trim().is_empty()).then(|| num(problems, "baseline", &row.baseline));
        let target = num(problems, "target", &row.target);
        let current = num(problems, "current", &row.current);
        let filled = |column: &str, value: &str| has(column) && !value.trim().is_empty();
        let weight = filled("weight", &row.weight).then(|| {
            let w = num(problems, "weight", &row.weight);
            if w < 0.0 {
                at.bad(problems, "weight", &row.weight, Words::new("rule-weight-negative"));
            }
            w
        });
        let unit = has("unit").then(|| {
            text("unit", row.unit.trim(), MAX_TITLE_CHARS).unwrap_or_else(|e| {
                at.bad(problems, "unit", &row.unit, reason(e));
                String::new()
            })
        });
        let measure = has("measure").then(|| {
            text("measure", row.measure.trim(), MAX_MEASURE_CHARS).unwrap_or_else(|e| {
                at.bad(problems, "measure", &row.measure, reason(e));
                String::new()
            })
        });
        let kr_key = if filled("key", &row.key) {
            match key::validate("key", &row.key) {
                Err(e) => {
                    at.bad(problems, "key", &row.key, reason(e));
                    String::new()
                }
                Ok(k) => match self.keys_seen.first(&k, at.place) {
                    Some(first) => {
                        at.bad(
                            problems,
                            "key",
                            &k,
                            super::validate::key_twice(first.words(), Words::new("import-what-key-result-key")),
                        );
                        String::new()
                    }
                    None => k,
                },
            }
        } else {
            String::new()
        };
        let score = filled("score", &row.score).then(|| {
            let s = num(problems, "score", &row.score);
            if !(0.0..=1.0).contains(&s) {
                at.bad(problems, "score", &row.score, Words::new("import-score-range"));
            }
            s
        });
        let confidence = if filled("confidence", &row.confidence) {
            row.confidence
                .parse::<Confidence>()
                .map_err(|e| at.bad(problems, "confidence", &row.confidence, reason(e)))
                .ok()
        } else {
            None
        };
        let objective = objective?;
        let position = self.positions.entry(objective).or_insert(0);
        let d = Draft {
            place: at.place,
            id: row.id,
            key: kr_key,
            objective,
            position: *position,
            title,
            kind,
            baseline,
            target,
            current,
            unit,
            weight,
            score,
            confidence,
            measure,
        };
        *position += 1;
        Some(d)
    }
}

/// A draft as a new key result with `id`.
fn new_key_result(d: Draft, id: Uuid, kind: KrKind) -> KeyResult {
    KeyResult {
        id,
        objective_id: d.objective,
        position: d.position,
        key: d.key,
        title: d.title,
        kind,
        baseline: d.baseline,
        target: d.target,
        current: d.current,
        unit: d.unit.unwrap_or_default(),
        weight: d.weight.unwrap_or(1.0),
        score: d.score,
        confidence: d.confidence,
        measure: d.measure.unwrap_or_default(),
    }
}

/// A key for a new key result that has none, made from `base` (its objective's key and
/// its number, `sla-kr2`) so that no key in `taken` is the same; it is taken then.
pub(super) fn made_key(base: &str, taken: &mut HashSet<String>) -> String {
    let made = key::unique(base, |x| Ok(taken.contains(x))).expect("a free key exists");
    taken.insert(made.clone());
    made
}

/// The keys the file's key results have given so far, to refuse a second row with one,
/// naming the row that gave it first. Each key is kept once, in one string with the
/// others, and found by its hash: a large file gives half a million.
#[derive(Default)]
struct KeysSeen {
    by_hash: HashMap<u64, u32>,
    /// Every key seen, one after another.
    text: String,
    /// Where each key seen ends in `text`, and the row that gave it.
    firsts: Vec<(usize, Place)>,
    /// Keys whose hash an earlier, different key already had (all but never).
    collided: HashMap<String, Place>,
}

impl KeysSeen {
    /// Where `key` was first given, or `None` when this is the first time: then it is
    /// remembered as given at `place`.
    fn first(&mut self, key: &str, place: Place) -> Option<Place> {
        use std::hash::BuildHasher;
        let hash = rustc_hash::FxBuildHasher.hash_one(key);
        let Some(&at) = self.by_hash.get(&hash) else {
            self.text.push_str(key);
            self.firsts.push((self.text.len(), place));
            let at = u32::try_from(self.firsts.len() - 1).expect("fewer than 2^32 rows");
            self.by_hash.insert(hash, at);
            return None;
        };
        let (end, first) = self.firsts[at as usize];
        let start = at.checked_sub(1).map_or(0, |i| self.firsts[i as usize].0);
        if &self.text[start..end] == key {
            return Some(first);
        }
        if let Some(p) = self.collided.get(key) {
            return Some(*p);
        }
        self.collided.insert(key.to_string(), place);
        None
    }
}

/// For each draft, the index in `plan.named` of the key result it is (see the module docs).
fn matches(
    drafts: &[Draft],
    plan: &PlanKeyResults,
    rows_of: &HashMap<Uuid, u32>,
    file: &str,
    problems: &mut Problems,
) -> Vec<Option<usize>> {
    let old = &plan.named;
    let mut pair: Vec<Option<usize>> = vec![None; drafts.len()];
    let mut taken: Vec<bool> = vec![false; old.len()];
    let by_id: HashMap<Uuid, usize> = old.iter().enumerate().map(|(j, k)| (k.id, j)).collect();
    let by_key: HashMap<&str, usize> = old.iter().enumerate().map(|(j, k)| (k.key.as_str(), j)).collect();

    for (i, d) in drafts.iter().enumerate() {
        if let Some(&j) = d.id.and_then(|id| by_id.get(&id)) {
            if !taken[j] {
                (pair[i], taken[j]) = (Some(j), true);
            }
        }
    }
    for (i, d) in drafts.iter().enumerate() {
        if pair[i].is_some() || d.key.is_empty() {
            continue;
        }
        match by_key.get(d.key.as_str()) {
            Some(&j) if !taken[j] => (pair[i], taken[j]) = (Some(j), true),
            Some(_) => problems.cell(
                file,
                d.place,
                "key",
                &d.key,
                Words::new("import-key-result-key-in-file"),
            ),
            None if plan.keys.contains_key(&d.key) => problems.cell(
                file,
                d.place,
                "key",
                &d.key,
                Words::new("import-key-result-key-in-plan"),
            ),
            None => {}
        }
    }

    // Titles and places, within each objective.
    let mut of_objective: HashMap<Uuid, Vec<usize>> = HashMap::default();
    for (j, k) in old.iter().enumerate() {
        of_objective.entry(k.objective_id).or_default().push(j);
    }
    // Titles are compared only where a row is still looking (a file without keys).
    let mut titles: HashMap<usize, String> = HashMap::default();
    for (i, d) in drafts.iter().enumerate() {
        if pair[i].is_some() || !d.key.is_empty() {
            continue;
        }
        let wanted = comparable(&d.title);
        let found = of_objective.get(&d.objective).and_then(|js| {
            js.iter()
                .copied()
                .find(|&j| !taken[j] && *titles.entry(j).or_insert_with(|| comparable(&old[j].title)) == wanted)
        });
        if let Some(j) = found {
            (pair[i], taken[j]) = (Some(j), true);
        }
    }
    let mut drafts_of: HashMap<Uuid, Vec<usize>> = HashMap::default();
    for (i, d) in drafts.iter().enumerate() {
        if pair[i].is_none() && d.key.is_empty() {
            drafts_of.entry(d.objective).or_default().push(i);
        }
    }
    for (objective, waiting) in drafts_of {
        let Some(js) = of_objective.get(&objective) else {
            continue;
        };
        if rows_of.get(&objective).copied() != Some(js.len() as u32) {
            continue;
        }
        let free = js.iter().copied().filter(|&j| !taken[j]);
        for (i, j) in waiting.into_iter().zip(free).collect::<Vec<_>>() {
            (pair[i], taken[j]) = (Some(j), true);
        }
    }
    pair
}

/// Turns the matched drafts into the key results to add, update and remove.
fn write(
    drafts: Vec<Draft>,
    pairs: &[Option<usize>],
    plan: &PlanKeyResults,
    objective_key: &HashMap<Uuid, &str>,
    file: &str,
    change: &mut Change,
    problems: &mut Problems,
) {
    let old = &plan.named;
    let kept: HashSet<usize> = pairs.iter().flatten().copied().collect();
    let objective_key_of_old = |k: &KeyResult| -> String {
        objective_key
            .get(&k.objective_id)
            .map_or_else(String::new, |s| (*s).to_string())
    };

    // Key results no row matched: removed, unless they hold what the team recorded.
    for (j, k) in old.iter().enumerate().filter(|(j, _)| !kept.contains(j)) {
        let checkins = plan.checkins.get(&k.id).copied().unwrap_or(0);
        if checkins > 0 || k.score.is_some() {
            change.held.push(HeldKeyResult {
                key: k.key.clone(),
                title: k.title.clone(),
                objective: objective_key_of_old(k),
                checkins,
                score: k.score,
            });
        }
        change.checkins_removed += checkins as usize;
        change.removed_key_results.push(old[j].id);
    }

    let mut ids_taken: HashSet<Uuid> = plan.keys.values().copied().collect();
    let mut ids = IdBatch::new();
    // The new key results are made in the drafts' own memory as they are taken (an
    // in-place collect: a KeyResult is no larger than a Draft), rather than in a second
    // list of half a million while the drafts are still held.
    let mut fresh: Vec<KeyResult> = drafts
        .into_iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let was = pairs[i].map(|j| &old[j]);
            let kind = d.kind.or(was.map(|k| k.kind)).unwrap_or(KrKind::Progress);
            if d.baseline.is_none() && kind == KrKind::Progress {
                problems.cell(file, d.place, "baseline", "", Words::new("import-baseline-empty"));
            }
            let Some(was) = was else {
                let id = pick_id(d.id, &mut ids_taken, &mut ids);
                return Some(new_key_result(d, id, kind));
            };
            let recorded = plan.checkins.get(&was.id).is_some_and(|n| *n > 0);
            if recorded && d.current != was.current {
                change.currents_kept += 1;
            }
            let now = KeyResult {
                id: was.id,
                objective_id: d.objective,
                position: d.position,
                key: was.key.clone(),
                title: d.title,
                kind,
                baseline: d.baseline,
                target: d.target,
                current: if recorded { was.current } else { d.current },
                unit: d.unit.unwrap_or_else(|| was.unit.clone()),
                weight: d.weight.unwrap_or(was.weight),
                score: d.score.or(was.score),
                confidence: d.confidence.or(was.confidence),
                measure: d.measure.unwrap_or_else(|| was.measure.clone()),
            };
            if now == *was {
                change.unchanged_key_results += 1;
            } else {
                change.changed_key_results.push(now);
            }
            None
        })
        .collect();
    if fresh.capacity() > fresh.len() * 2 {
        // Mostly updates: give back the drafts' memory the new ones do not use.
        fresh.shrink_to_fit();
    }

    // New key results without a key get the objective's key + `-kr` + their number, one
    // no other key result has (the plan's, less those removed, and the file's). The
    // keys taken are gathered only then: a file that gives every key needs no copy.
    if fresh.iter().all(|k| !k.key.is_empty()) {
        change.new_key_results = fresh;
        return;
    }
    let removed: HashSet<Uuid> = change.removed_key_results.iter().copied().collect();
    let mut keys_taken: HashSet<String> = plan
        .keys
        .iter()
        .filter(|(_, id)| !removed.contains(id))
        .map(|(key, _)| key.clone())
        .chain(fresh.iter().filter(|k| !k.key.is_empty()).map(|k| k.key.clone()))
        .collect();
    for k in fresh.iter_mut().filter(|k| k.key.is_empty()) {
        let base = format!(
            "{}-kr{}",
            objective_key.get(&k.objective_id).copied().unwrap_or("kr"),
            k.position + 1
        );
        k.key = made_key(&base, &mut keys_taken);
    }
    change.new_key_results = fresh;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_given_twice_names_the_row_that_gave_it_first() {
        use crate::import::rows::KeyResultRow;
        let row = |line, objective: &str, key: &str| {
            PackedKeyResultRow::from(KeyResultRow {
                place: Some(Place::Line { line }),
                objective: objective.into(),
                title: format!("KR {line}"),
                baseline: "0".into(),
                target: "1".into(),
                current: "0".into(),
                key: key.into(),
                ..KeyResultRow::default()
            })
        };
        let table = Table {
            file: "key_results.csv".into(),
            // Line 3 names no known objective: it makes no draft, yet its key is taken.
            rows: vec![
                row(2, "o1", "a-kr1"),
                row(3, "nope", "b-kr1"),
                row(4, "o1", "a-kr1"),
                row(5, "o1", "b-kr1"),
                row(6, "o1", "c-kr1"),
            ],
            has: vec!["key"],
            labels: Vec::new(),
        };
        let ids: HashMap<String, Uuid> = [("o1".to_string(), Uuid::from_u128(1))].into_iter().collect();
        let mut change = Change::default();
        let mut p = Problems::default();
        key_results(
            table,
            &PlanKeyResults::default(),
            &ids,
            "objectives.csv",
            &mut change,
            &mut p,
        );
        let said: Vec<String> = p.list.iter().map(|x| x.to_string()).collect();
        assert_eq!(said.len(), 3, "{said:#?}");
        assert!(
            said[0].starts_with("key_results.csv line 3, column objective: \"nope\""),
            "{}",
            said[0]
        );
        assert!(
            said[1].starts_with("key_results.csv line 4, column key: \"a-kr1\" appears twice (first on line 2)"),
            "{}",
            said[1]
        );
        assert!(
            said[2].starts_with("key_results.csv line 5, column key: \"b-kr1\" appears twice (first on line 3)"),
            "{}",
            said[2]
        );
    }

    #[test]
    fn titles_compare_without_case_spacing_or_unicode_form() {
        // "Giảm" written with a combining hook above (NFD) and in capitals.
        let nfd = "GIA\u{0309}M  thời gian\tchờ ";
        assert_eq!(comparable(nfd), comparable("Giảm thời gian chờ"));
        assert_ne!(comparable("CSAT 4.5"), comparable("CSAT 4.6"));
    }

    #[test]
    fn held_key_results_say_what_they_hold() {
        let h = HeldKeyResult {
            key: "o00012-kr3".into(),
            title: "NPS".into(),
            objective: "o00012".into(),
            checkins: 4,
            score: None,
        };
        assert_eq!(h.to_string(), "o00012-kr3 \"NPS\" (objective o00012) holds 4 check-ins");
        let scored = HeldKeyResult {
            checkins: 1,
            score: Some(0.8),
            ..h
        };
        assert!(scored.to_string().ends_with("holds 1 check-in and a score of 0.8"));
    }
}
