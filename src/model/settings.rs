//! The per-plan defaults the checks use; each plan can change them.

use serde::{Deserialize, Serialize};

use crate::{Level, Node};

/// Objective caps, the key-result cap and the change limit for one plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    pub company_cap: u32,
    pub division_cap: u32,
    pub team_cap: u32,
    pub agent_cap: u32,
    /// New people get fewer objectives while they learn the job.
    pub new_hire_cap: u32,
    pub key_result_cap: u32,
    /// Largest change a key result may ask for, relative to its baseline (1.0 = 100%).
    pub change_limit: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            company_cap: 5,
            division_cap: 5,
            team_cap: 5,
            agent_cap: 3,
            new_hire_cap: 2,
            key_result_cap: 5,
            change_limit: 1.0,
        }
    }
}

impl Settings {
    /// The objective cap of a node: its own override when set, else the plan's default
    /// for its level (and for new hires among agents).
    pub fn cap_for(&self, node: &Node) -> u32 {
        if let Some(cap) = node.objective_cap {
            return cap;
        }
        match node.level {
            Level::Company => self.company_cap,
            Level::Division => self.division_cap,
            Level::Team => self.team_cap,
            Level::Agent if node.new_hire => self.new_hire_cap,
            Level::Agent => self.agent_cap,
        }
    }

    /// The settings as (name, value) rows, the form they are stored in.
    pub(crate) fn to_rows(&self) -> Vec<(&'static str, String)> {
        vec![
            ("company_cap", self.company_cap.to_string()),
            ("division_cap", self.division_cap.to_string()),
            ("team_cap", self.team_cap.to_string()),
            ("agent_cap", self.agent_cap.to_string()),
            ("new_hire_cap", self.new_hire_cap.to_string()),
            ("key_result_cap", self.key_result_cap.to_string()),
            ("change_limit", self.change_limit.to_string()),
        ]
    }

    /// Reads stored rows; unknown names are ignored and missing ones keep their default,
    /// so a plan written by an older or newer version still opens.
    pub(crate) fn from_rows(rows: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut s = Settings::default();
        for (name, value) in rows {
            let int = || value.trim().parse::<u32>().ok();
            match name.as_str() {
                "company_cap" => s.company_cap = int().unwrap_or(s.company_cap),
                "division_cap" => s.division_cap = int().unwrap_or(s.division_cap),
                "team_cap" => s.team_cap = int().unwrap_or(s.team_cap),
                "agent_cap" => s.agent_cap = int().unwrap_or(s.agent_cap),
                "new_hire_cap" => s.new_hire_cap = int().unwrap_or(s.new_hire_cap),
                "key_result_cap" => s.key_result_cap = int().unwrap_or(s.key_result_cap),
                "change_limit" => s.change_limit = value.trim().parse().unwrap_or(s.change_limit),
                _ => {}
            }
        }
        s
    }
}
