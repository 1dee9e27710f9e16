//! Which quarters the app offers in its switcher, and which it shows first.

use serde::{Deserialize, Serialize};

use crate::Quarter;

/// The quarters offered and the one shown first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarterChoice {
    /// Quarters holding objectives, today's and the one after the last, oldest first.
    pub quarters: Vec<Quarter>,
    /// The quarter to show first: today's when the plan has it (or has none), else the
    /// latest planned.
    pub default_quarter: Quarter,
}

/// The quarters to offer for a plan holding objectives in `planned`, seen on a day of
/// `today`: those planned, today's, and the one after the later of the last planned and
/// today's, so the next quarter can be planned ahead.
pub fn quarter_choice(planned: &[Quarter], today: Quarter) -> QuarterChoice {
    let last = planned.iter().max().copied();
    let default_quarter = match last {
        Some(last) if !planned.contains(&today) => last,
        _ => today,
    };
    let mut quarters = planned.to_vec();
    quarters.push(today);
    quarters.push(last.unwrap_or(today).max(today).next());
    quarters.sort();
    quarters.dedup();
    QuarterChoice {
        quarters,
        default_quarter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qs(list: &[&str]) -> Vec<Quarter> {
        list.iter().map(|q| q.parse().unwrap()).collect()
    }

    #[test]
    fn todays_quarter_first_when_planned_else_the_latest() {
        // (planned, today, offered, default)
        let cases: [(&[&str], &str, &[&str], &str); 5] = [
            (&[], "2026-Q4", &["2026-Q4", "2027-Q1"], "2026-Q4"),
            (&["2026-Q4"], "2026-Q4", &["2026-Q4", "2027-Q1"], "2026-Q4"),
            (
                &["2026-Q3", "2026-Q4"],
                "2026-Q3",
                &["2026-Q3", "2026-Q4", "2027-Q1"],
                "2026-Q3",
            ),
            (
                &["2026-Q1", "2026-Q2"],
                "2026-Q4",
                &["2026-Q1", "2026-Q2", "2026-Q4", "2027-Q1"],
                "2026-Q2",
            ),
            (&["2027-Q2"], "2026-Q4", &["2026-Q4", "2027-Q2", "2027-Q3"], "2027-Q2"),
        ];
        for (planned, today, offered, default) in cases {
            let got = quarter_choice(&qs(planned), today.parse().unwrap());
            assert_eq!(got.quarters, qs(offered), "{planned:?} on {today}");
            assert_eq!(got.default_quarter, default.parse().unwrap(), "{planned:?} on {today}");
        }
    }
}
