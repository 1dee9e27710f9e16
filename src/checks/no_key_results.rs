//! `no-key-results` (warning): an objective without any key result.
//!
//! **What it finds.** An objective with no key result at all.
//!
//! **Why it matters.** Key results are how an objective is measured; without one,
//! nobody can tell at the end of the quarter whether it was achieved, and its progress
//! counts as zero in every roll-up.
//!
//! **Example.** Agent Lê Văn Ngọc's "Own the 24/7 hotline experience (Facebook)" has a
//! title and nothing else.
//!
//! **How to fix.** Add one to a few measurable key results — a metric with a baseline
//! and a target (first response time from 120 s to 60 s), paired where useful with a
//! guardrail (CSAT stays ≥ 4.3).

use super::{Finding, Index, Rule, Suggestion};

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    if ix.key_result_count(o) > 0 {
        return None;
    }
    let message = ix.say_about("no-key-results", o, &[]);
    let suggestion = Suggestion {
        text: ix.say(
            "no-key-results-suggestion",
            &[("cap", &ix.settings.key_result_cap.max(1).to_string())],
        ),
        objectives: Vec::new(),
    };
    Some(ix.finding(Rule::NoKeyResults, o, message, Some(suggestion)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::Rule;
    use crate::KrKind;

    #[test]
    fn only_objectives_without_any_key_result_are_flagged() {
        let mut org = Org::aligned();
        org.objective("x", "a1", "Nghe máy nhanh", Some("t1-1"));
        let krs = org
            .plan
            .key_results(org.plan.objective_by_key("x").unwrap().id)
            .unwrap();
        org.plan.delete_key_result(krs[0].id).unwrap();
        assert_eq!(org.flagged(Rule::NoKeyResults), ["x"]);
        // A guardrail alone is a key result.
        org.kr("x", KrKind::KeepAbove, None, 4.3);
        assert!(org.flagged(Rule::NoKeyResults).is_empty());
    }

    #[test]
    fn message_names_objective_and_owner() {
        let mut org = Org::aligned();
        org.objective("x", "a3", "Trả lời email nhanh", Some("t2-1"));
        let id = org.plan.objective_by_key("x").unwrap().id;
        let kr = org.plan.key_results(id).unwrap()[0].id;
        org.plan.delete_key_result(kr).unwrap();
        let f = org.only(Rule::NoKeyResults);
        assert!(
            f.message
                .contains("\"Trả lời email nhanh\" (x) of Vũ Đức Linh (a3) in 2026-Q4"),
            "{}",
            f.message
        );
    }
}
