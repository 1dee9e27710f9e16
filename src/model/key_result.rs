//! Key results: the measurable part of an objective. How far along one is, is measured
//! in [`crate::measure::progress`].

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
    /// What it measures, as the helpdesk's report names the column: a short code such as
    /// CSAT, FRT, FCR, AHT, QA or NPS; empty when not said. A report's column matches it
    /// ignoring case and spacing ([`crate::checkin_report`]).
    #[serde(default)]
    pub measure: String,
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
    /// The measure's short code (CSAT, FRT…), or empty.
    #[serde(default)]
    pub measure: String,
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
            measure: String::new(),
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
    /// The measure's short code; empty clears it.
    pub measure: Option<String>,
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
        assert_eq!(crate::progress(kr.kind, kr.baseline, kr.target, kr.current), 0.0);
    }

    #[test]
    fn kind_parses_any_case() {
        assert_eq!("Keep-Above".parse::<KrKind>().unwrap(), KrKind::KeepAbove);
        assert_eq!("".parse::<KrKind>().unwrap(), KrKind::Progress);
        assert!("keep".parse::<KrKind>().unwrap_err().to_string().contains("\"keep\""));
    }
}
