//! Changing the plan's defaults for the checks.

use crate::store::Tx;

use crate::store::setting as sql;
use crate::{Error, Plan, Result, Settings};

pub fn set(c: &Tx<'_>, s: &Settings) -> Result<()> {
    c.describe(crate::Words::new("history-settings"));
    if !s.change_limit.is_finite() || s.change_limit < 0.0 {
        // Shown as people set it: a share of the baseline, in percent.
        return Err(Error::invalid(
            "change limit",
            format!("{}%", s.change_limit * 100.0),
            crate::i18n::words::Words::new("why-change-limit"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negative_change_limit_is_refused_in_percent() {
        let mut plan = Plan::in_memory().unwrap();
        let bad = Settings {
            change_limit: -0.05,
            ..Settings::default()
        };
        let err = plan.set_settings(&bad).unwrap_err().to_string();
        assert!(err.contains("\"-5%\"") && err.contains("0% or more"), "{err}");
        assert_eq!(plan.settings().unwrap(), Settings::default(), "nothing changed");
    }
}
