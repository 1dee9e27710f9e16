//! End-of-quarter scoring: a score from 0 to 1 per key result and per objective, read
//! the customary way, with committed objectives held to a full score.
//!
//! A key result scores its progress unless a score was set by hand (a manager may judge
//! that 80 % of a target reached in a hard quarter is worth 0.9). An objective scores the
//! weighted mean of its key results' scores, as its progress does. The reading: 0.7 and
//! above is met, 0.4 up to 0.7 is progress, below 0.4 is missed. An aspirational
//! objective is met at 0.7; a committed one only at 1.0, and any committed objective
//! below 1.0 is flagged as a miss to review.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Commitment, Confidence, KeyResult, Objective, Plan, Quarter, Result, Snapshot};

/// Scores are compared with this much slack, so 0.7 typed by hand or reached as
/// 7/10 counts as 0.7 whatever the floating-point rounding.
const SLACK: f64 = 1e-9;

/// The customary reading of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Reading {
    /// 0.7 and above.
    Met,
    /// From 0.4 up to 0.7.
    Progress,
    /// Below 0.4.
    Missed,
}

impl Reading {
    pub fn of(score: f64) -> Reading {
        if score >= 0.7 - SLACK {
            Reading::Met
        } else if score >= 0.4 - SLACK {
            Reading::Progress
        } else {
            Reading::Missed
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Reading::Met => "met",
            Reading::Progress => "progress",
            Reading::Missed => "missed",
        }
    }
}

impl std::fmt::Display for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The score at which an objective counts as met, by its commitment: what the app says
/// beside the choice between the two.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MetAt {
    pub committed: f64,
    pub aspirational: f64,
}

impl Default for MetAt {
    fn default() -> Self {
        MetAt {
            committed: Commitment::Committed.met_at(),
            aspirational: Commitment::Aspirational.met_at(),
        }
    }
}

/// One key result's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KeyResultScore {
    pub key_result_id: Uuid,
    pub key: String,
    pub title: String,
    pub score: f64,
    pub progress: f64,
    /// The score was set by hand rather than taken from the progress.
    pub set_by_hand: bool,
    pub reading: Reading,
    pub confidence: Option<Confidence>,
}

/// One objective's score, its reading and what it means for its commitment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveScore {
    pub objective_id: Uuid,
    pub key: String,
    pub title: String,
    pub owner_id: Uuid,
    pub quarter: Quarter,
    pub commitment: Commitment,
    /// Weighted mean of the key results' scores; 0 with no key results.
    pub score: f64,
    pub reading: Reading,
    /// Reached what its commitment asks: 1.0 when committed, 0.7 when aspirational.
    pub met: bool,
    /// A committed objective below 1.0: the review should talk about it.
    pub miss_to_review: bool,
    /// Some key result was last checked in at risk or off track.
    pub at_risk: bool,
    pub key_results: Vec<KeyResultScore>,
}

/// Scores one key result.
pub fn key_result_score(kr: &KeyResult) -> KeyResultScore {
    let score = kr.score();
    KeyResultScore {
        key_result_id: kr.id,
        key: kr.key.clone(),
        title: kr.title.clone(),
        score,
        progress: kr.progress(),
        set_by_hand: kr.score.is_some(),
        reading: Reading::of(score),
        confidence: kr.confidence,
    }
}

/// Scores one objective from its key results.
pub fn objective_score<'a>(o: &Objective, krs: impl IntoIterator<Item = &'a KeyResult>) -> ObjectiveScore {
    let (mut sum, mut weights) = (0.0, 0.0);
    let mut key_results = Vec::new();
    for kr in krs {
        let s = key_result_score(kr);
        sum += kr.weight * s.score;
        weights += kr.weight;
        key_results.push(s);
    }
    let score = if weights > 0.0 { sum / weights } else { 0.0 };
    let met = score >= o.commitment.met_at() - SLACK;
    ObjectiveScore {
        objective_id: o.id,
        key: o.key.clone(),
        title: o.title.clone(),
        owner_id: o.owner_id,
        quarter: o.quarter,
        commitment: o.commitment,
        score,
        reading: Reading::of(score),
        met,
        miss_to_review: o.commitment == Commitment::Committed && !met,
        at_risk: key_results
            .iter()
            .any(|k| k.confidence.is_some_and(Confidence::is_at_risk)),
        key_results,
    }
}

/// The scores of a snapshot's objectives of one quarter (or all), in its order.
pub fn scores(snapshot: &Snapshot, quarter: Option<Quarter>) -> Vec<ObjectiveScore> {
    let mut krs: HashMap<Uuid, Vec<&KeyResult>> = HashMap::new();
    for kr in &snapshot.key_results {
        krs.entry(kr.objective_id).or_default().push(kr);
    }
    snapshot
        .objectives
        .iter()
        .filter(|o| quarter.is_none_or(|q| q == o.quarter))
        .map(|o| objective_score(o, krs.get(&o.id).into_iter().flatten().copied()))
        .collect()
}

impl Plan {
    /// The scores of one quarter's objectives, or of all.
    pub fn scores(&mut self, quarter: Option<Quarter>) -> Result<Vec<ObjectiveScore>> {
        let snapshot = self.snapshot(quarter)?;
        Ok(scores(&snapshot, quarter))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::KrKind;

    fn objective(commitment: Commitment) -> Objective {
        let now = chrono::Utc::now();
        Objective {
            id: Uuid::now_v7(),
            key: "o".into(),
            quarter: "2026-Q4".parse().unwrap(),
            owner_id: Uuid::now_v7(),
            title: "O".into(),
            description: String::new(),
            parent_id: None,
            carried_from: None,
            commitment,
            created_at: now,
            updated_at: now,
        }
    }

    fn kr(current: f64, weight: f64, score: Option<f64>) -> KeyResult {
        KeyResult {
            id: Uuid::now_v7(),
            objective_id: Uuid::nil(),
            key: "o-kr1".into(),
            position: 0,
            title: "KR".into(),
            kind: KrKind::Progress,
            baseline: Some(0.0),
            target: 10.0,
            current,
            unit: String::new(),
            weight,
            measure: String::new(),
            score,
            confidence: None,
        }
    }

    #[test]
    fn readings_at_their_boundaries() {
        let cases = [
            (1.0, Reading::Met),
            (0.7, Reading::Met),
            (7.0 / 10.0, Reading::Met),
            (0.69, Reading::Progress),
            (0.4, Reading::Progress),
            (0.39, Reading::Missed),
            (0.0, Reading::Missed),
        ];
        for (score, want) in cases {
            assert_eq!(Reading::of(score), want, "{score}");
        }
    }

    #[test]
    fn a_score_set_by_hand_wins_over_progress() {
        let k = kr(5.0, 1.0, Some(0.9));
        let s = key_result_score(&k);
        assert_eq!((s.score, s.progress, s.set_by_hand), (0.9, 0.5, true));
        assert_eq!(key_result_score(&kr(5.0, 1.0, None)).score, 0.5);
    }

    #[test]
    fn objective_score_is_the_weighted_mean_and_commitment_sets_the_bar() {
        // 0.5 weighted 1 and 1.0 weighted 3: (0.5 + 3) / 4 = 0.875.
        let krs = [kr(5.0, 1.0, None), kr(10.0, 3.0, None)];
        let a = objective_score(&objective(Commitment::Aspirational), &krs);
        assert!((a.score - 0.875).abs() < 1e-12);
        assert_eq!((a.reading, a.met, a.miss_to_review), (Reading::Met, true, false));
        let c = objective_score(&objective(Commitment::Committed), &krs);
        assert_eq!((c.reading, c.met, c.miss_to_review), (Reading::Met, false, true));
        let full = [kr(10.0, 1.0, None)];
        let c = objective_score(&objective(Commitment::Committed), &full);
        assert_eq!((c.met, c.miss_to_review), (true, false));
        let none = objective_score(&objective(Commitment::Aspirational), []);
        assert_eq!((none.score, none.reading, none.met), (0.0, Reading::Missed, false));
    }

    #[test]
    fn a_key_result_at_risk_puts_its_objective_at_risk() {
        let mut k = kr(5.0, 1.0, None);
        assert!(!objective_score(&objective(Commitment::Aspirational), [&k]).at_risk);
        k.confidence = Some(Confidence::OnTrack);
        assert!(!objective_score(&objective(Commitment::Aspirational), [&k]).at_risk);
        k.confidence = Some(Confidence::OffTrack);
        assert!(objective_score(&objective(Commitment::Aspirational), [&k]).at_risk);
    }
}
