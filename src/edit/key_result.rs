//! Adding, changing, reordering and deleting key results.

use rusqlite::Connection;
use uuid::Uuid;

use super::{number, text, title, MAX_TITLE_CHARS};
use crate::store::key_result as sql;
use crate::{Error, KeyResult, KeyResultPatch, KrKind, NewKeyResult, Plan, Result};

pub fn get(c: &Connection, id: Uuid) -> Result<KeyResult> {
    sql::get(c, id)?.ok_or_else(|| Error::not_found("key result", "id", id))
}

/// The numbers must be finite, a weight not negative, and a `progress` key result needs
/// a baseline to measure from.
fn validate(kr: &mut KeyResult) -> Result<()> {
    kr.title = title("title", &kr.title)?;
    kr.unit = text("unit", kr.unit.trim(), MAX_TITLE_CHARS)?;
    kr.target = number("target", kr.target)?;
    kr.current = number("current", kr.current)?;
    kr.baseline = kr.baseline.map(|b| number("baseline", b)).transpose()?;
    if number("weight", kr.weight)? < 0.0 {
        return Err(Error::invalid("weight", kr.weight.to_string(), "is negative"));
    }
    if kr.kind == KrKind::Progress && kr.baseline.is_none() {
        return Err(Error::invalid(
            "baseline",
            "",
            "is empty; a progress key result needs a baseline (only a guardrail may leave it empty)",
        ));
    }
    Ok(())
}

pub fn add(c: &Connection, new: NewKeyResult) -> Result<KeyResult> {
    super::objective::get(c, new.objective_id)?;
    let position = sql::list_for(c, new.objective_id)?.len() as u32;
    let mut kr = KeyResult {
        id: Uuid::now_v7(),
        objective_id: new.objective_id,
        position,
        title: new.title,
        kind: new.kind,
        baseline: new.baseline,
        target: new.target,
        current: new.current,
        unit: new.unit,
        weight: new.weight,
    };
    validate(&mut kr)?;
    sql::insert(c, &kr)?;
    Ok(kr)
}

pub fn update(c: &Connection, id: Uuid, patch: KeyResultPatch) -> Result<KeyResult> {
    let mut kr = get(c, id)?;
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
pub fn delete(c: &Connection, id: Uuid) -> Result<()> {
    let kr = get(c, id)?;
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

    /// The key results of one objective, in order.
    pub fn key_results(&self, objective: Uuid) -> Result<Vec<KeyResult>> {
        sql::list_for(self.conn(), objective)
    }
}
