//! Adding, changing, reordering and deleting key results.

use crate::store::Tx;
use rusqlite::Connection;
use uuid::Uuid;

use super::review::ensure_unlocked;
use super::{number, text, title, MAX_TITLE_CHARS};
use crate::model::key;
use crate::model::text::MAX_MEASURE_CHARS;
use crate::store::key_result as sql;
use crate::{Error, KeyResult, KeyResultPatch, KrKind, NewKeyResult, Plan, Result};

pub fn get(c: &Connection, id: Uuid) -> Result<KeyResult> {
    sql::get(c, id)?.ok_or_else(|| Error::not_found("key result", "id", id))
}

pub fn get_by_key(c: &Connection, k: &str) -> Result<KeyResult> {
    sql::get_by_key(c, k.trim())?.ok_or_else(|| Error::not_found("key result", "key", k.trim()))
}

/// A key result named by its key (`cskh-2026q4-1-kr2`) or its id, as users and scripts
/// name them.
pub fn find(c: &Connection, key_or_id: &str) -> Result<KeyResult> {
    if let Some(kr) = sql::get_by_key(c, key_or_id.trim())? {
        return Ok(kr);
    }
    match Uuid::parse_str(key_or_id.trim()) {
        Ok(id) => get(c, id),
        Err(_) => Err(Error::not_found("key result", "key", key_or_id.trim())),
    }
}

/// A key for a new key result: the objective's key + `-kr` + the next free number.
fn new_key(c: &Connection, objective_key: &str, count: usize) -> Result<String> {
    for n in count + 1.. {
        let k = format!("{objective_key}-kr{n}");
        if !sql::key_exists(c, &k)? {
            return Ok(k);
        }
    }
    unreachable!("some number is always free")
}

/// A key a user gave: valid, and not another key result's.
fn given_key(c: &Connection, k: &str, own: Option<Uuid>) -> Result<String> {
    let k = key::validate("key", k)?;
    if let Some(other) = sql::get_by_key(c, &k)? {
        if Some(other.id) != own {
            return Err(Error::DuplicateKey {
                what: "key result",
                key: k,
            });
        }
    }
    Ok(k)
}

/// A score set by hand: a finite number from 0 to 1.
pub(crate) fn score(value: f64) -> Result<f64> {
    let v = number("score", value)?;
    if !(0.0..=1.0).contains(&v) {
        return Err(Error::invalid(
            "score",
            value.to_string(),
            crate::i18n::words::Words::new("why-score-range"),
        ));
    }
    Ok(v)
}

/// The numbers must be finite, a weight not negative, and a `progress` key result needs
/// a baseline to measure from.
fn validate(kr: &mut KeyResult) -> Result<()> {
    kr.title = title("title", &kr.title)?;
    kr.unit = text("unit", kr.unit.trim(), MAX_TITLE_CHARS)?;
    kr.measure = text("measure", kr.measure.trim(), MAX_MEASURE_CHARS)?;
    kr.target = number("target", kr.target)?;
    kr.current = number("current", kr.current)?;
    kr.baseline = kr.baseline.map(|b| number("baseline", b)).transpose()?;
    if number("weight", kr.weight)? < 0.0 {
        return Err(Error::invalid(
            "weight",
            kr.weight.to_string(),
            crate::i18n::words::Words::new("why-negative"),
        ));
    }
    if kr.kind == KrKind::Progress && kr.baseline.is_none() {
        return Err(Error::invalid(
            "baseline",
            "",
            crate::i18n::words::Words::new("why-baseline-needed"),
        ));
    }
    Ok(())
}

pub fn add(c: &Tx<'_>, new: NewKeyResult) -> Result<KeyResult> {
    let objective = super::objective::get(c, new.objective_id)?;
    c.describe(crate::Words::new("history-key-result-add").with("title", new.title.trim()));
    ensure_unlocked(c, objective.quarter)?;
    let position = sql::list_for(c, new.objective_id)?.len() as u32;
    let key = match new.key.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) => given_key(c, k, None)?,
        None => new_key(c, &objective.key, position as usize)?,
    };
    let mut kr = KeyResult {
        id: Uuid::now_v7(),
        objective_id: new.objective_id,
        key,
        score: None,
        confidence: None,
        position,
        title: new.title,
        kind: new.kind,
        baseline: new.baseline,
        target: new.target,
        current: new.current,
        unit: new.unit,
        weight: new.weight,
        measure: new.measure,
    };
    validate(&mut kr)?;
    sql::insert(c, &kr)?;
    Ok(kr)
}

pub fn update(c: &Tx<'_>, id: Uuid, patch: KeyResultPatch) -> Result<KeyResult> {
    let mut kr = get(c, id)?;
    let only_score = patch.score.is_some()
        && patch
            == (KeyResultPatch {
                score: patch.score,
                ..KeyResultPatch::default()
            });
    c.describe(
        crate::Words::new(if only_score {
            "history-key-result-score"
        } else {
            "history-key-result-edit"
        })
        .with("title", &kr.title),
    );
    ensure_unlocked(c, super::objective::get(c, kr.objective_id)?.quarter)?;
    if let Some(t) = patch.title {
        kr.title = t;
    }
    if let Some(k) = patch.kind {
        kr.kind = k;
    }
    if let Some(b) = patch.baseline {
        kr.baseline = b;
    }
    if let Some(t) = patch.target {
        kr.target = t;
    }
    if let Some(v) = patch.current {
        kr.current = v;
    }
    if let Some(u) = patch.unit {
        kr.unit = u;
    }
    if let Some(w) = patch.weight {
        kr.weight = w;
    }
    if let Some(m) = patch.measure {
        kr.measure = m;
    }
    if let Some(k) = patch.key {
        kr.key = given_key(c, &k, Some(id))?;
    }
    if let Some(s) = patch.score {
        kr.score = s.map(score).transpose()?;
    }
    if let Some(conf) = patch.confidence {
        kr.confidence = conf;
    }
    validate(&mut kr)?;
    sql::update(c, &kr)?;
    if let Some(p) = patch.position {
        let mut ids: Vec<Uuid> = sql::list_for(c, kr.objective_id)?
            .into_iter()
            .map(|k| k.id)
            .filter(|k| *k != id)
            .collect();
        ids.insert((p as usize).min(ids.len()), id);
        sql::renumber(c, &ids)?;
        kr = get(c, id)?;
    }
    Ok(kr)
}

/// Deletes a key result and closes the gap in its objective's order.
pub fn delete(c: &Tx<'_>, id: Uuid) -> Result<()> {
    let kr = get(c, id)?;
    c.describe(crate::Words::new("history-key-result-delete").with("title", &kr.title));
    ensure_unlocked(c, super::objective::get(c, kr.objective_id)?.quarter)?;
    sql::delete(c, id)?;
    let ids: Vec<Uuid> = sql::list_for(c, kr.objective_id)?.into_iter().map(|k| k.id).collect();
    sql::renumber(c, &ids)
}

impl Plan {
    pub fn add_key_result(&mut self, new: NewKeyResult) -> Result<KeyResult> {
        self.transact(|tx| add(tx, new))
    }

    /// Changes a key result; a new `position` moves it within its objective.
    pub fn update_key_result(&mut self, id: Uuid, patch: KeyResultPatch) -> Result<KeyResult> {
        self.transact(|tx| update(tx, id, patch))
    }

    pub fn delete_key_result(&mut self, id: Uuid) -> Result<()> {
        self.transact(|tx| delete(tx, id))
    }

    /// A key result by its key or id. See [`find`].
    pub fn key_result(&self, key_or_id: &str) -> Result<KeyResult> {
        find(self.conn(), key_or_id)
    }

    /// Sets (or with `None` clears) the score of a key result by hand, 0 to 1.
    pub fn set_score(&mut self, key_or_id: &str, value: Option<f64>) -> Result<KeyResult> {
        self.transact(|tx| {
            let kr = find(tx, key_or_id)?;
            update(
                tx,
                kr.id,
                KeyResultPatch {
                    score: Some(value),
                    ..KeyResultPatch::default()
                },
            )
        })
    }

    /// The key results of one objective, in order.
    pub fn key_results(&self, objective: Uuid) -> Result<Vec<KeyResult>> {
        sql::list_for(self.conn(), objective)
    }
}
