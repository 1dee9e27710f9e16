//! Changing the plan's defaults for the checks.

use rusqlite::Connection;

use crate::store::setting as sql;
use crate::{Error, Plan, Result, Settings};

pub fn set(c: &Connection, s: &Settings) -> Result<()> {
    if !s.change_limit.is_finite() || s.change_limit < 0.0 {
        return Err(Error::invalid(
            "change_limit",
            s.change_limit.to_string(),
            "must be a number of 0 or more",
        ));
    }
    sql::put(c, s)
}

impl Plan {
    /// The plan's settings; defaults for any never set.
    pub fn settings(&self) -> Result<Settings> {
        sql::get(self.conn())
    }

    pub fn set_settings(&mut self, s: &Settings) -> Result<()> {
        self.transact(|tx| set(tx, s))
    }
}
