//! Comparing two quarters: which objectives were added, dropped, carried over, and
//! carried over under a different parent.
//!
//! Objectives are followed across quarters by `carried_from`, set when a rollover copies
//! an objective into the next quarter. An objective of `to` carried from one of `from` is
//! carried over; it is re-linked when its parent is not the copy of its source's parent
//! (the goal stayed but now supports something else, or nothing). An objective of `to`
//! carried from nothing is added; one of `from` with no copy in `to` is dropped.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Objective, Plan, Quarter, Result, Snapshot};

/// One objective as a diff names it: enough to show it without another lookup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DiffObjective {
    pub id: Uuid,
    pub key: String,
    pub title: String,
    pub owner_id: Uuid,
    /// The owner's key.
    pub owner: String,
    /// The parent's key, if linked.
    pub parent: Option<String>,
}

/// An objective of `to` and the one of `from` it was carried from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Carried {
    pub from: DiffObjective,
    pub to: DiffObjective,
}

/// What changed between two quarters, each list in key order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarterDiff {
    pub from: Quarter,
    pub to: Quarter,
    /// Objectives of `to` not carried from anything.
    pub added: Vec<DiffObjective>,
    /// Objectives of `from` with no copy in `to`.
    pub dropped: Vec<DiffObjective>,
    /// Carried copies whose parent is not the copy of their source's parent.
    pub relinked: Vec<Carried>,
    /// Every objective of `to` carried from one of `from` (the re-linked ones included).
    pub carried_over: Vec<Carried>,
}

impl QuarterDiff {
    /// Nothing added, dropped or re-linked.
    pub fn is_unchanged(&self) -> bool {
        self.added.is_empty() && self.dropped.is_empty() && self.relinked.is_empty()
    }
}

/// Compares two quarters of a snapshot that holds both (a whole-plan snapshot).
pub fn diff(snapshot: &Snapshot, from: Quarter, to: Quarter) -> QuarterDiff {
    let by_id: HashMap<Uuid, &Objective> = snapshot.objectives.iter().map(|o| (o.id, o)).collect();
    let owners: HashMap<Uuid, &str> = snapshot.nodes.iter().map(|n| (n.id, n.key.as_str())).collect();
    let show = |o: &Objective| DiffObjective {
        id: o.id,
        key: o.key.clone(),
        title: o.title.clone(),
        owner_id: o.owner_id,
        owner: owners.get(&o.owner_id).copied().unwrap_or_default().to_string(),
        parent: o.parent_id.and_then(|p| by_id.get(&p)).map(|p| p.key.clone()),
    };
    let in_quarter = |q: Quarter| {
        let mut v: Vec<&Objective> = snapshot.objectives.iter().filter(|o| o.quarter == q).collect();
        v.sort_by(|a, b| a.key.cmp(&b.key));
        v
    };
    let (olds, news) = (in_quarter(from), in_quarter(to));
    // The copy in `to` of each objective of `from` (the first by key if copied twice).
    let mut copy_of: HashMap<Uuid, Uuid> = HashMap::new();
    for n in &news {
        if let Some(src) = n.carried_from.and_then(|s| by_id.get(&s)) {
            if src.quarter == from {
                copy_of.entry(src.id).or_insert(n.id);
            }
        }
    }
    let mut out = QuarterDiff {
        from,
        to,
        added: Vec::new(),
        dropped: Vec::new(),
        relinked: Vec::new(),
        carried_over: Vec::new(),
    };
    for n in &news {
        match n.carried_from.and_then(|s| by_id.get(&s)) {
            Some(src) if src.quarter == from => {
                let carried = Carried {
                    from: show(src),
                    to: show(n),
                };
                let expected = src.parent_id.and_then(|p| copy_of.get(&p).copied());
                if n.parent_id != expected {
                    out.relinked.push(carried.clone());
                }
                out.carried_over.push(carried);
            }
            // Carried from a third quarter: neither new nor from `from`.
            Some(_) => {}
            None => out.added.push(show(n)),
        }
    }
    for o in &olds {
        if !copy_of.contains_key(&o.id) {
            out.dropped.push(show(o));
        }
    }
    out
}

impl Plan {
    /// Compares two different quarters. See [`diff`].
    pub fn diff(&mut self, from: Quarter, to: Quarter) -> Result<QuarterDiff> {
        if from == to {
            return Err(crate::Error::invalid(
                "to",
                to.to_string(),
                crate::i18n::words::Words::new("why-same-quarter"),
            ));
        }
        let snapshot = self.snapshot(None)?;
        Ok(diff(&snapshot, from, to))
    }
}
