//! `too-many-key-results` (warning): an objective with more key results than the plan
//! allows.
//!
//! **What it finds.** An objective with more key results than the plan's key-result cap
//! (5 unless the plan sets another).
//!
//! **Why it matters.** An objective measured eight ways has no focus: every metric the
//! team already reports ends up in it, effort spreads thin, and the few that matter are
//! lost among the rest.
//!
//! **Example.** "Giảm thời gian chờ trên hotline (VIP)" of an agent lists average handle
//! time four times, plus NPS, QA score, first response time and a CSAT guardrail.
//!
//! **How to fix.** Keep the few that say best whether the objective is achieved; drop
//! the repeats, or move the rest to an objective of their own.

use super::{Finding, Index, Rule, Suggestion};

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    let cap = ix.settings.key_result_cap as usize;
    let n = ix.key_result_count(o);
    if n <= cap {
        return None;
    }
    let message = ix.say_about(
        "too-many-key-results",
        o,
        &[
            ("count", &n.to_string()),
            ("over", &(n - cap).to_string()),
            ("cap", &cap.to_string()),
        ],
    );
    let suggestion = Suggestion {
        text: ix.say("too-many-key-results-suggestion", &[("cap", &cap.to_string())]),
        objectives: Vec::new(),
    };
    Some(ix.finding(Rule::TooManyKeyResults, o, message, Some(suggestion)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::Rule;
    use crate::{KrKind, Settings};

    #[test]
    fn the_cap_itself_is_allowed_one_more_is_not() {
        let mut org = Org::aligned();
        for (key, krs) in [("at-cap", 5), ("over-cap", 6)] {
            org.objective(key, "a2", key, Some("t1-1"));
            for _ in 1..krs {
                org.kr(key, KrKind::Progress, Some(1.0), 2.0);
            }
        }
        assert_eq!(org.flagged(Rule::TooManyKeyResults), ["over-cap"]);
        let f = org.only(Rule::TooManyKeyResults);
        assert!(
            f.message
                .contains("has 6 key results, 1 more than the plan's limit of 5"),
            "{}",
            f.message
        );
        // The cap is the plan's own.
        org.plan
            .set_settings(&Settings {
                key_result_cap: 6,
                ..Settings::default()
            })
            .unwrap();
        assert!(org.flagged(Rule::TooManyKeyResults).is_empty());
        org.plan
            .set_settings(&Settings {
                key_result_cap: 4,
                ..Settings::default()
            })
            .unwrap();
        assert_eq!(org.flagged(Rule::TooManyKeyResults), ["at-cap", "over-cap"]);
    }
}
