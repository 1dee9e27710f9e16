//! `unsupported` (info): an objective above agent level that nothing supports.
//!
//! **What it finds.** An objective of the company, a division or a team to which no
//! objective at all links as its parent.
//!
//! **Why it matters.** An objective of a unit is achieved through the objectives of the
//! people below it. One that nobody below has taken up will most likely not move; in a
//! review it is the question "who is working on this?". It is only information: a unit
//! may keep an objective of its own on purpose.
//!
//! **Example.** Team ทีม 4 has five objectives for 2026-Q4 but its agents link to only
//! three of them.
//!
//! **How to fix.** Ask the people below to link one of their objectives to it (or set
//! one that does), merge it into an objective that is supported, or drop it.

use super::{Finding, Index, Rule, Suggestion};
use crate::Level;

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    let owner = ix.owner(o);
    if owner.level == Level::Agent {
        return None;
    }
    if !ix.children(o).is_empty() {
        return None;
    }
    let below = ix.say(
        match owner.level {
            Level::Company => "unsupported-divisions",
            Level::Division => "unsupported-teams",
            _ => "unsupported-agents",
        },
        &[],
    );
    let message = ix.say_about("unsupported", o, &[("below", &below)]);
    let suggestion = Suggestion {
        text: ix.say("unsupported-suggestion", &[("below", &below), ("name", &owner.name)]),
        objectives: Vec::new(),
    };
    Some(ix.finding(Rule::Unsupported, o, message, Some(suggestion)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::{Rule, Severity};

    #[test]
    fn units_objectives_nobody_links_to_are_unsupported_agents_never() {
        let mut org = Org::aligned();
        // t2-1 and t3-1 are supported; t1-1 too. The agent's objectives never count.
        assert!(org.flagged(Rule::Unsupported).is_empty(), "{:#?}", org.findings());
        org.objective("co-2", "co", "Tăng doanh thu", None);
        org.objective("d1-2", "d1", "Đào tạo nhân viên mới", Some("co-2"));
        org.objective("t1-2", "t1", "Giảm khiếu nại", Some("d1-2"));
        org.objective("t2-2", "t2", "Không ai hỗ trợ", Some("d1-1"));
        assert_eq!(org.flagged(Rule::Unsupported), ["t1-2", "t2-2"]);
        let f = org.finding(Rule::Unsupported, "t2-2");
        assert_eq!(f.severity, Severity::Info);
        assert!(
            f.message
                .contains("\"Không ai hỗ trợ\" (t2-2) of Nhóm hotline 2 (t2) in 2026-Q4"),
            "{}",
            f.message
        );
    }

    #[test]
    fn a_supporter_of_any_kind_counts() {
        let mut org = Org::aligned();
        org.objective("t2-2", "t2", "Được hỗ trợ từ nhánh khác", Some("d1-1"));
        // Linked from another branch: a cross-branch error, but it is supported.
        org.objective("x", "a4", "Liên kết nhầm", Some("t2-2"));
        assert!(org.flagged(Rule::Unsupported).is_empty());
    }
}
