//! The four levels of a support organisation's cascade.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// Where a node sits in the cascade. Depth is fixed: a division's parent is the company,
/// a team's a division, an agent's a team, so "the level above" is always one step up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Company = 0,
    Division = 1,
    Team = 2,
    Agent = 3,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Company, Level::Division, Level::Team, Level::Agent];

    /// 0 for the company down to 3 for agents.
    pub fn depth(self) -> u8 {
        self as u8
    }

    pub fn from_depth(depth: i64) -> Option<Level> {
        Level::ALL.get(usize::try_from(depth).ok()?).copied()
    }

    /// The level a parent of this level must have; `None` for the company.
    pub fn parent_level(self) -> Option<Level> {
        Level::from_depth(i64::from(self.depth()) - 1)
    }

    pub fn child_level(self) -> Option<Level> {
        Level::from_depth(i64::from(self.depth()) + 1)
    }

    /// The level of the review copies one hand-out from a node of this level writes one
    /// each of: a division's teams, each team lead reviewing their own team. None
    /// elsewhere (a team is handed out whole, to its lead).
    pub fn reviewed_each(self) -> Option<Level> {
        (self == Level::Division).then_some(Level::Team)
    }

    /// Only agents are new hires: the overload check holds a new agent to a smaller cap.
    pub fn takes_new_hire(self) -> bool {
        self == Level::Agent
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Company => "company",
            Level::Division => "division",
            Level::Team => "team",
            Level::Agent => "agent",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let t = s.trim().to_ascii_lowercase();
        Level::ALL
            .into_iter()
            .find(|l| l.as_str() == t)
            .ok_or_else(|| Error::invalid("level", s, crate::i18n::words::Words::new("why-not-level")))
    }
}
