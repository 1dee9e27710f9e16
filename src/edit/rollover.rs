//! Starting the next quarter from this one: unfinished objectives are carried over with
//! their key results, each copy starting where the quarter ended and remembering where it
//! came from, so a goal can be followed across quarters.

use crate::store::Tx;
use std::collections::{HashMap, HashSet};

use chrono::Utc;
use serde::Serialize;
use uuid::Uuid;

use crate::model::key;
use crate::store::{key_result as kr_sql, objective as objective_sql};
use crate::{objective_progress, Error, KeyResult, Objective, Plan, Quarter, Result};

/// One objective carried over.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CarriedObjective {
    pub source: String,
    pub copy: String,
    pub owner: String,
    pub title: String,
    /// The source's progress when it was carried, 0 to 1.
    pub progress: f64,
    pub key_results: usize,
    /// The copy's parent, or `None` when the source's parent was not carried over (it was
    /// done) — the copy is then unlinked and must be linked by hand.
    pub parent: Option<String>,
    pub unlinked: bool,
}

/// What a rollover did.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RolloverReport {
    pub from: Quarter,
    pub to: Quarter,
    pub carried: Vec<CarriedObjective>,
    /// Sources left behind because they were done (progress 100%).
    pub done: usize,
    /// Sources that already had a copy in the target quarter (an earlier rollover).
    pub already_carried: usize,
}

/// The copy's key: the source's with its quarter marker moved on (`cskh-2026q4-1` →
/// `cskh-2027q1-1`), or with the target quarter added (`o00053` → `o00053-2027q1`).
fn copy_key(source: &str, from: Quarter, to: Quarter) -> String {
    let mark = |q: Quarter| format!("{}q{}", q.year(), q.number());
    let (f, t) = (mark(from), mark(to));
    if source.contains(&f) {
        source.replacen(&f, &t, 1)
    } else {
        format!("{source}-{t}")
    }
}

/// How many links up an objective sits from the top of its quarter.
fn depth<'a>(by_id: &HashMap<Uuid, &'a Objective>, mut o: &'a Objective) -> usize {
    let mut d = 0;
    while let Some(&p) = o.parent_id.and_then(|p| by_id.get(&p)) {
        o = p;
        d += 1;
        if d > by_id.len() {
            break;
        }
    }
    d
}

/// Carries the objectives of `from` whose progress is below 100% (every one with `all`)
/// into `to`, with their key results: a copy's baseline and current are the source's
/// current, its target stays. Each copy is linked to the copy of its source's parent
/// (when there is none the copy is left unlinked and the report says so) and records its
/// source in `carried_from`. Sources that already have a copy in `to` are skipped, so
/// running it twice changes nothing the second time. The `from` quarter is never changed.
pub fn rollover(plan: &mut Plan, from: Quarter, to: Quarter, all: bool) -> Result<RolloverReport> {
    if to <= from {
        return Err(Error::invalid(
            "to",
            to.to_string(),
            crate::i18n::words::Words::new("why-not-after").with("from", from),
        ));
    }
    plan.transact(|tx| carry(tx, from, to, all))
}

/// The rollover itself, deciding inside the door what to carry, so a second rollover
/// running at the same time sees the first one's copies and skips them.
fn carry(c: &Tx<'_>, from: Quarter, to: Quarter, all: bool) -> Result<RolloverReport> {
    c.describe(crate::Words::new("history-rollover").with("from", from).with("to", to));
    let source = crate::store::snapshot::of(c, Some(from))?;
    let everything = objective_sql::list(c, None)?;
    let node_key: HashMap<Uuid, &str> = source.nodes.iter().map(|n| (n.id, n.key.as_str())).collect();
    let mut taken: HashSet<String> = everything.iter().map(|o| o.key.clone()).collect();
    let mut kr_taken = crate::store::key_result::keys(c)?;
    // Source id → its copy in `to`, from earlier rollovers.
    let mut copy_of: HashMap<Uuid, Uuid> = everything
        .iter()
        .filter(|o| o.quarter == to)
        .filter_map(|o| Some((o.carried_from?, o.id)))
        .collect();
    let copy_key_of: HashMap<Uuid, String> = everything.iter().map(|o| (o.id, o.key.clone())).collect();
    let mut krs: HashMap<Uuid, Vec<&KeyResult>> = HashMap::new();
    for k in &source.key_results {
        krs.entry(k.objective_id).or_default().push(k);
    }
    let by_id: HashMap<Uuid, &Objective> = source.objectives.iter().map(|o| (o.id, o)).collect();
    let mut sources: Vec<&Objective> = source.objectives.iter().collect();
    sources.sort_by_key(|o| (depth(&by_id, o), o.key.clone()));

    let now = Utc::now();
    let mut report = RolloverReport {
        from,
        to,
        carried: Vec::new(),
        done: 0,
        already_carried: 0,
    };
    let mut new_objectives = Vec::new();
    let mut new_krs = Vec::new();
    let mut new_keys: HashMap<Uuid, String> = HashMap::new();
    for o in sources {
        if copy_of.contains_key(&o.id) {
            report.already_carried += 1;
            continue;
        }
        let own = krs.get(&o.id).map(Vec::as_slice).unwrap_or_default();
        let progress = objective_progress(own.iter().copied());
        if !all && progress >= 1.0 {
            report.done += 1;
            continue;
        }
        let k = key::unique(&copy_key(&o.key, from, to), |k| Ok(taken.contains(k)))?;
        taken.insert(k.clone());
        let parent = o.parent_id.and_then(|p| copy_of.get(&p).copied());
        let copy = Objective {
            id: Uuid::now_v7(),
            key: k.clone(),
            quarter: to,
            owner_id: o.owner_id,
            title: o.title.clone(),
            description: o.description.clone(),
            parent_id: parent,
            carried_from: Some(o.id),
            commitment: o.commitment,
            created_at: now,
            updated_at: now,
        };
        for kr in own {
            // A fresh key after the copy's key; the score and confidence belong to the
            // quarter that ended.
            let kr_key = key::unique(&format!("{k}-kr{}", kr.position + 1), |x| Ok(kr_taken.contains(x)))?;
            kr_taken.insert(kr_key.clone());
            new_krs.push(KeyResult {
                id: Uuid::now_v7(),
                objective_id: copy.id,
                key: kr_key,
                score: None,
                confidence: None,
                baseline: Some(kr.current),
                ..(*kr).clone()
            });
        }
        copy_of.insert(o.id, copy.id);
        new_keys.insert(copy.id, k.clone());
        report.carried.push(CarriedObjective {
            source: o.key.clone(),
            copy: k,
            owner: node_key.get(&o.owner_id).map(|k| k.to_string()).unwrap_or_default(),
            title: o.title.clone(),
            progress,
            key_results: own.len(),
            parent: parent.and_then(|p| new_keys.get(&p).or_else(|| copy_key_of.get(&p)).cloned()),
            unlinked: o.parent_id.is_some() && parent.is_none(),
        });
        new_objectives.push(copy);
    }
    objective_sql::insert_many(c, &new_objectives)?;
    kr_sql::insert_many(c, &new_krs)?;
    crate::edit::invariants::check(
        c,
        &crate::edit::invariants::Scope {
            objectives: new_objectives.iter().map(|o| o.id).collect(),
            key_results: new_krs.iter().map(|k| k.id).collect(),
            ..Default::default()
        },
    )?;
    Ok(report)
}

impl Plan {
    /// Carries unfinished objectives into the next quarter. See [`rollover`].
    pub fn rollover(&mut self, from: Quarter, to: Quarter, all: bool) -> Result<RolloverReport> {
        rollover(self, from, to, all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_keys() {
        let q4: Quarter = "2026-Q4".parse().unwrap();
        let q1 = q4.next();
        assert_eq!(copy_key("cskh-2026q4-1", q4, q1), "cskh-2027q1-1");
        assert_eq!(copy_key("o00053", q4, q1), "o00053-2027q1");
    }
}
