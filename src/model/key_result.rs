//! Key results: the measurable part of an objective, and how far along each one is.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Confidence, Error};

/// A key result either moves a metric from baseline to target, or guards a metric that
/// must stay on one side of its target while another is pushed (support teams pair every
/// speed goal with a quality guardrail, e.g. "CSAT stays ≥ 4.3" while handle time is cut).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum KrKind {
    #[default]
    Progress,
    KeepAbove,
    KeepBelow,
}

impl KrKind {
    pub fn as_str(self) -> &'static str {
        match self {
            KrKind::Progress => "progress",
            KrKind::KeepAbove => "keep-above",
            KrKind::KeepBelow => "keep-below",
        }
    }

    pub fn is_guardrail(self) -> bool {
        self != KrKind::Progress
    }
}

impl fmt::Display for KrKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for KrKind {
    type Err = Error;

    /// Empty text is the default kind, `progress`; any case is accepted.
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "progress" => Ok(KrKind::Progress),
            "keep-above" => Ok(KrKind::KeepAbove),
            "keep-below" => Ok(KrKind::KeepBelow),
            _ => Err(Error::invalid(
                "kind",
                s,
                crate::i18n::words::Words::new("why-not-kind"),
            )),
        }
    }
}

/// One key result of an objective, in the objective's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KeyResult {
    pub id: Uuid,
    pub objective_id: Uuid,
    /// Stable name for check-ins and spreadsheets: the objective's key + `-kr` + its
    /// number when it was added (`cskh-2026q4-1-kr2`), unless given. Kept when the key
    /// result is moved within its objective.
    #[serde(default)]
    pub key: String,
    /// 0-based order within the objective.
    pub position: u32,
    pub title: String,
    pub kind: KrKind,
    /// Required for `progress`; a guardrail may leave it empty.
    pub baseline: Option<f64>,
    pub target: f64,
    pub current: f64,
    /// Free text: %, giây, điểm…
    pub unit: String,
    pub weight: f64,
    /// The end-of-quarter score set by hand; `None` scores the key result by its progress.
    #[serde(default)]
    pub score: Option<f64>,
    /// The confidence given at the latest check-in.
    #[serde(default)]
    pub confidence: Option<Confidence>,
}

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

/// What a user gives to add a key result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewKeyResult {
    pub objective_id: Uuid,
    /// Empty or missing: the objective's key + `-kr` + the next free number.
    #[serde(default)]
    pub key: Option<String>,
    pub title: String,
    #[serde(default)]
    pub kind: KrKind,
    #[serde(default)]
    pub baseline: Option<f64>,
    pub target: f64,
    pub current: f64,
    #[serde(default)]
    pub unit: String,
    #[serde(default = "one")]
    pub weight: f64,
}

fn one() -> f64 {
    1.0
}

impl NewKeyResult {
    /// The key result a user adds before typing its numbers: a progress from 0 to 100 %,
    /// starting at 0, weighing as much as its siblings.
    pub fn starter(objective_id: Uuid, title: impl Into<String>) -> NewKeyResult {
        NewKeyResult {
            objective_id,
            key: None,
            title: title.into(),
            kind: KrKind::Progress,
            baseline: Some(0.0),
            target: 100.0,
            current: 0.0,
            unit: "%".into(),
            weight: one(),
        }
    }
}

/// A change to a key result; `None` leaves a field as it is. In JSON a `null` baseline,
/// score or confidence clears it (see [`crate::model::patch`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct KeyResultPatch {
    pub title: Option<String>,
    pub kind: Option<KrKind>,
    /// `Some(None)` clears the baseline (guardrails only).
    #[ts(optional = nullable)]
    #[serde(
        deserialize_with = "crate::model::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub baseline: Option<Option<f64>>,
    pub target: Option<f64>,
    pub current: Option<f64>,
    pub unit: Option<String>,
    pub weight: Option<f64>,
    pub position: Option<u32>,
    pub key: Option<String>,
    /// `Some(None)` clears a score set by hand, so the progress counts again.
    #[ts(optional = nullable)]
    #[serde(
        deserialize_with = "crate::model::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub score: Option<Option<f64>>,
    /// `Some(None)` clears the confidence.
    #[ts(optional = nullable)]
    #[serde(
        deserialize_with = "crate::model::patch::present",
        skip_serializing_if = "Option::is_none"
    )]
    pub confidence: Option<Option<Confidence>>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_null_in_a_patch_clears_and_a_missing_field_leaves() {
        let p: KeyResultPatch = serde_json::from_str(r#"{"baseline": null, "score": 0.5}"#).unwrap();
        assert_eq!((p.baseline, p.score, p.confidence), (Some(None), Some(Some(0.5)), None));
        // What the app sends for a title: the other fields null ("not changed") or absent.
        let p: KeyResultPatch = serde_json::from_str(r#"{"title": "CSAT", "target": null, "key": null}"#).unwrap();
        assert_eq!((p.baseline, p.score, p.confidence, p.target), (None, None, None, None));
        let back: KeyResultPatch = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn a_starter_key_result_is_a_progress_from_nothing() {
        let kr = NewKeyResult::starter(Uuid::nil(), "New key result");
        assert_eq!(
            (kr.kind, kr.baseline, kr.current, kr.target),
            (KrKind::Progress, Some(0.0), 0.0, 100.0)
        );
        assert_eq!(progress(kr.kind, kr.baseline, kr.target, kr.current), 0.0);
    }

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

    #[test]
    fn kind_parses_any_case() {
        assert_eq!("Keep-Above".parse::<KrKind>().unwrap(), KrKind::KeepAbove);
        assert_eq!("".parse::<KrKind>().unwrap(), KrKind::Progress);
        assert!("keep".parse::<KrKind>().unwrap_err().to_string().contains("\"keep\""));
    }
}
