//! Check-ins: the dated history of a key result's value, recorded week by week.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Error;

/// How sure the owner is, at a check-in, that the key result will be met. Objectives
/// with a key result at risk or off track are shown as at risk in the tree and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::OnTrack => "on-track",
            Confidence::AtRisk => "at-risk",
            Confidence::OffTrack => "off-track",
        }
    }

    /// At risk or off track: worth a manager's look.
    pub fn is_at_risk(self) -> bool {
        self != Confidence::OnTrack
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Confidence {
    type Err = Error;

    /// Accepts the names in any case, with a space or underscore for the dash.
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().replace([' ', '_'], "-").as_str() {
            "on-track" => Ok(Confidence::OnTrack),
            "at-risk" => Ok(Confidence::AtRisk),
            "off-track" => Ok(Confidence::OffTrack),
            _ => Err(Error::invalid(
                "confidence",
                s,
                crate::i18n::words::Words::new("why-not-confidence"),
            )),
        }
    }
}

/// One recorded value of a key result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckIn {
    pub id: Uuid,
    pub key_result_id: Uuid,
    /// The day the value was measured (may be earlier than the day it was recorded).
    #[ts(type = "string")]
    pub date: NaiveDate,
    pub value: f64,
    pub note: String,
    /// Who recorded it: the name set once in the app's settings, or given to `okr`.
    pub who: String,
    pub confidence: Option<Confidence>,
    pub recorded_at: DateTime<Utc>,
}

/// What a user gives to record a check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewCheckIn {
    /// The key result's key (`cskh-2026q4-1-kr2`) or id.
    pub key_result: String,
    pub value: f64,
    /// Today when missing.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub confidence: Option<Confidence>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_parses_loosely_and_refuses_clearly() {
        for (text, want) in [
            ("on-track", Confidence::OnTrack),
            ("At Risk", Confidence::AtRisk),
            ("off_track", Confidence::OffTrack),
        ] {
            assert_eq!(text.parse::<Confidence>().unwrap(), want);
        }
        let err = "maybe".parse::<Confidence>().unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert!(err.to_string().contains("\"maybe\""), "{err}");
    }
}
