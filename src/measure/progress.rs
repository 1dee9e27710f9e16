//! Progress roll-up for reports: how far each objective is, on its own and with the
//! objectives that support it.
//!
//! **The definition, stated once.**
//! - An objective's *own* progress is [`objective_progress`] of its key results: their
//!   weighted mean progress, from 0 to 1; 0 when it has none.
//! - Its *aligned* progress is the plain mean of its own progress and the aligned
//!   progress of each objective that links to it as its parent (its supporting
//!   children): `aligned(O) = (own(O) + Σ aligned(C)) / (1 + number of children)`.
//!   An objective nobody supports has aligned = own. Every child counts once, whatever
//!   its quarter or owner (the checks report links that should not be there).
//!
//! So a division objective whose own metrics have moved but whose teams' objectives have
//! not shows a lower aligned figure: it tells a director whether the work below is
//! keeping up with the numbers above.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{KeyResult, KrKind, Snapshot};

impl KeyResult {
    /// How far along this key result is, from 0 to 1.
    ///
    /// A `progress` key result measures the share of the way from baseline to target, so
    /// it works as well for metrics that go down (first response time from 120 s to 60 s)
    /// as for those that go up. When target equals baseline there is no way to go: it is
    /// done if current has reached the target, else not. A guardrail is 1 while current
    /// is on the right side of its target (the target itself included), else 0.
    pub fn progress(&self) -> f64 {
        progress(self.kind, self.baseline, self.target, self.current)
    }

    /// The end-of-quarter score, 0 to 1: the one set by hand, else the progress.
    pub fn score(&self) -> f64 {
        self.score.unwrap_or_else(|| self.progress())
    }
}

/// [`KeyResult::progress`] on bare numbers, for callers that hold no `KeyResult`.
pub fn progress(kind: KrKind, baseline: Option<f64>, target: f64, current: f64) -> f64 {
    let met = |ok: bool| if ok { 1.0 } else { 0.0 };
    match kind {
        KrKind::KeepAbove => met(current >= target),
        KrKind::KeepBelow => met(current <= target),
        KrKind::Progress => {
            let baseline = baseline.unwrap_or(target);
            if target == baseline {
                // Nothing to achieve: reached means at or beyond the target.
                met(current == target)
            } else {
                let p = (current - baseline) / (target - baseline);
                if p.is_nan() {
                    0.0
                } else {
                    p.clamp(0.0, 1.0)
                }
            }
        }
    }
}

/// An objective's own progress: the weighted mean of its key results' progress, 0 when
/// it has none (nothing measured is nothing achieved).
pub fn objective_progress<'a>(krs: impl IntoIterator<Item = &'a KeyResult>) -> f64 {
    let (mut sum, mut weights) = (0.0, 0.0);
    for kr in krs {
        sum += kr.weight * kr.progress();
        weights += kr.weight;
    }
    if weights > 0.0 {
        sum / weights
    } else {
        0.0
    }
}

/// One objective's progress, own and aligned (see the module's definition).
#[derive(Serialize, Deserialize, ts_rs::TS, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveProgress {
    pub objective_id: Uuid,
    pub key: String,
    /// From the objective's own key results, 0 to 1.
    pub own: f64,
    /// Mean of own and the supporting children's aligned progress, 0 to 1.
    pub aligned: f64,
}

/// The progress of every objective in the snapshot, in the snapshot's order. Linear in
/// the size of the snapshot; a child outside the snapshot (another quarter, when the
/// snapshot holds one) is not counted.
pub fn rollup(snapshot: &Snapshot) -> Vec<ObjectiveProgress> {
    let objectives = &snapshot.objectives;
    let at: HashMap<Uuid, usize> = objectives.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
    let mut krs: Vec<Vec<&KeyResult>> = vec![Vec::new(); objectives.len()];
    for kr in &snapshot.key_results {
        if let Some(&o) = at.get(&kr.objective_id) {
            krs[o].push(kr);
        }
    }
    let own: Vec<f64> = krs.iter().map(|k| objective_progress(k.iter().copied())).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); objectives.len()];
    for (i, o) in objectives.iter().enumerate() {
        if let Some(&p) = o.parent_id.as_ref().and_then(|p| at.get(p)) {
            children[p].push(i);
        }
    }

    // Depth-first, children before parents, without recursion (chains can be long in a
    // damaged file). A link loop, which the plan refuses to make, would count the
    // objective met again by its own progress only.
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Open,
        Done,
    }
    let mut state = vec![State::New; objectives.len()];
    let mut aligned = own.clone();
    for root in 0..objectives.len() {
        if state[root] != State::New {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        state[root] = State::Open;
        while let Some(&mut (o, ref mut next)) = stack.last_mut() {
            if let Some(&c) = children[o].get(*next) {
                *next += 1;
                if state[c] == State::New {
                    state[c] = State::Open;
                    stack.push((c, 0));
                }
                continue;
            }
            let sum: f64 = own[o]
                + children[o]
                    .iter()
                    .map(|&c| if state[c] == State::Done { aligned[c] } else { own[c] })
                    .sum::<f64>();
            aligned[o] = sum / (1 + children[o].len()) as f64;
            state[o] = State::Done;
            stack.pop();
        }
    }
    objectives
        .iter()
        .enumerate()
        .map(|(i, o)| ObjectiveProgress {
            objective_id: o.id,
            key: o.key.clone(),
            own: own[i],
            aligned: aligned[i],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_table() {
        use KrKind::*;
        let cases: &[(KrKind, Option<f64>, f64, f64, f64)] = &[
            (Progress, Some(0.0), 10.0, 5.0, 0.5),
            (Progress, Some(120.0), 60.0, 90.0, 0.5),  // metric that goes down
            (Progress, Some(120.0), 60.0, 50.0, 1.0),  // beyond target: clamped
            (Progress, Some(120.0), 60.0, 130.0, 0.0), // worse than baseline: clamped
            (Progress, Some(5.0), 5.0, 5.0, 1.0),      // flat, reached
            (Progress, Some(5.0), 5.0, 4.0, 0.0),      // flat, not reached
            (KeepAbove, None, 4.3, 4.3, 1.0),
            (KeepAbove, Some(4.4), 4.3, 4.29, 0.0),
            (KeepBelow, None, 3.0, 2.0, 1.0),
            (KeepBelow, None, 3.0, 3.5, 0.0),
        ];
        for &(kind, b, t, c, want) in cases {
            assert_eq!(progress(kind, b, t, c), want, "{kind} {b:?} {t} {c}");
        }
    }
    use crate::checks::fixture::Org;
    use crate::KeyResultPatch;

    fn set_current(org: &mut Org, key: &str, current: f64) {
        let id = org.plan.objective_by_key(key).unwrap().id;
        let kr = org.plan.key_results(id).unwrap()[0].id;
        org.plan
            .update_key_result(
                kr,
                KeyResultPatch {
                    current: Some(current),
                    ..Default::default()
                },
            )
            .unwrap();
    }

    #[test]
    fn aligned_progress_is_the_mean_of_own_and_childrens_aligned() {
        let mut org = Org::aligned();
        // Every fixture key result goes from 60 to 80.
        set_current(&mut org, "a1-1", 80.0); // 1.0
        set_current(&mut org, "t1-1", 60.0); // 0.0
        set_current(&mut org, "t2-1", 70.0); // 0.5
        set_current(&mut org, "a3-1", 65.0); // 0.25
        set_current(&mut org, "d1-1", 80.0); // 1.0
        org.objective("bare", "a2", "Không có kết quả then chốt", Some("t1-1"));
        let id = org.plan.objective_by_key("bare").unwrap().id;
        let kr = org.plan.key_results(id).unwrap()[0].id;
        org.plan.delete_key_result(kr).unwrap();
        let p: HashMap<String, (f64, f64)> = rollup(&org.plan.snapshot(None).unwrap())
            .into_iter()
            .map(|p| (p.key, (p.own, p.aligned)))
            .collect();
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert_eq!(p["a1-1"], (1.0, 1.0));
        assert_eq!(p["bare"], (0.0, 0.0), "no key results: nothing achieved");
        // t1-1: own 0, children a1-1 (1.0) and bare (0.0).
        assert!(close(p["t1-1"].1, (0.0 + 1.0 + 0.0) / 3.0));
        // t2-1: own 0.5, child a3-1 (0.25).
        assert!(close(p["t2-1"].1, 0.375));
        // d1-1: own 1.0, children t1-1 (1/3) and t2-1 (0.375).
        assert!(close(p["d1-1"].1, (1.0 + 1.0 / 3.0 + 0.375) / 3.0));
        assert_eq!(p["d1-1"].0, 1.0);
    }

    #[test]
    fn a_link_loop_in_a_damaged_file_still_ends() {
        let mut org = Org::aligned();
        let mut snap = org.plan.snapshot(None).unwrap();
        // The plan refuses loops; a damaged file might still hold one: t1-1 ↔ a1-1.
        let a1 = snap.objectives.iter().find(|o| o.key == "a1-1").unwrap().id;
        snap.objectives.iter_mut().find(|o| o.key == "t1-1").unwrap().parent_id = Some(a1);
        let p = rollup(&snap);
        assert_eq!(p.len(), snap.objectives.len());
        assert!(p.iter().all(|p| (0.0..=1.0).contains(&p.aligned)), "{p:?}");
    }

    #[test]
    fn follows_the_snapshot_order() {
        let mut org = Org::aligned();
        let snap = org.plan.snapshot(None).unwrap();
        let keys: Vec<String> = rollup(&snap).into_iter().map(|p| p.key).collect();
        let want: Vec<String> = snap.objectives.iter().map(|o| o.key.clone()).collect();
        assert_eq!(keys, want);
    }
}
