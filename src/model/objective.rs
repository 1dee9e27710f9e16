//! Objectives: what a node sets out to achieve in a quarter, linked to the level above.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::Quarter;

/// One objective of one owner in one quarter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Objective {
    pub id: Uuid,
    pub key: String,
    pub quarter: Quarter,
    pub owner_id: Uuid,
    pub title: String,
    pub description: String,
    /// The objective of the level above that this one supports (the upward link).
    pub parent_id: Option<Uuid>,
    /// The objective of an earlier quarter this one was carried over from, so a goal can
    /// be followed across quarters.
    pub carried_from: Option<Uuid>,
    /// Committed objectives are expected to be met in full; aspirational ones are met at
    /// 0.7. Older exports without the field are aspirational.
    #[serde(default)]
    pub commitment: Commitment,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a user gives to add an objective; the key is generated when left empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewObjective {
    #[serde(default)]
    pub key: Option<String>,
    pub quarter: Quarter,
    pub owner_id: Uuid,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    #[serde(default)]
    pub commitment: Commitment,
}

/// A change to an objective's own text; linking and moving have their own functions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ObjectivePatch {
    pub key: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub commitment: Option<Commitment>,
}

/// Whether an objective must be met in full or is a stretch. Teams commit to what they
/// control (answer every ticket within the SLA) and aspire to what they hope for (the
/// best CSAT in the region); the two are scored differently at the end of the quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Commitment {
    /// Expected to reach 1.0; anything less is a miss to review.
    Committed,
    /// Met at 0.7: falling a little short of a stretch goal is normal.
    #[default]
    Aspirational,
}

impl Commitment {
    pub fn as_str(self) -> &'static str {
        match self {
            Commitment::Committed => "committed",
            Commitment::Aspirational => "aspirational",
        }
    }

    /// The score at which an objective of this kind counts as met.
    pub fn met_at(self) -> f64 {
        match self {
            Commitment::Committed => 1.0,
            Commitment::Aspirational => 0.7,
        }
    }
}

impl std::fmt::Display for Commitment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Commitment {
    type Err = crate::Error;

    /// Empty text is the default, aspirational; any case is accepted.
    fn from_str(s: &str) -> Result<Self, crate::Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "" | "aspirational" => Ok(Commitment::Aspirational),
            "committed" => Ok(Commitment::Committed),
            _ => Err(crate::Error::invalid(
                "commitment",
                s,
                crate::i18n::words::Words::new("why-not-commitment"),
            )),
        }
    }
}
