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
}

/// A change to an objective's own text; linking and moving have their own functions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ObjectivePatch {
    pub key: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
}
