//! `quarter-mismatch` (error): an objective linked to an objective of another quarter.
//!
//! **What it finds.** An objective of quarter Q whose parent objective belongs to
//! another quarter.
//!
//! **Why it matters.** Each quarter's cascade is planned, reviewed and rolled up on its
//! own. A link into last quarter (often left behind when an objective was copied
//! forward) counts this quarter's work towards a goal that is already closed, and the
//! objective it should support this quarter gets nothing.
//!
//! **Example.** Agent Vũ Đức Linh's 2027-Q1 objective "Own the 24/7 hotline experience
//! (VIP)" still links to his team's 2026-Q4 objective.
//!
//! **How to fix.** Link it to an objective of the owner's manager in the same quarter;
//! the suggestion puts first the one carried over from the old parent, if any.
//!
//! Of the three link rules only one applies to a link: this one is checked first.

use super::{what, who, Finding, Index, Parent, Rule};

/// Whether `o`'s link leaves its quarter.
pub(super) fn applies(ix: &Index<'_>, o: usize) -> bool {
    match ix.parent(o) {
        Parent::None => false,
        Parent::Elsewhere(_) => true,
        Parent::At(p) => ix.objective(p).quarter != ix.objective(o).quarter,
    }
}

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    if !applies(ix, o) {
        return None;
    }
    let (target, parent_id) = match ix.parent(o) {
        Parent::At(p) => {
            let parent = ix.objective(p);
            let parent_owner = ix.owner(p);
            (
                ix.say(
                    "quarter-mismatch-parent",
                    &[
                        ("parent", &what(parent)),
                        ("parent_owner", &who(parent_owner)),
                        ("parent_quarter", &parent.quarter.to_string()),
                    ],
                ),
                parent.id,
            )
        }
        Parent::Elsewhere(id) => (ix.say("quarter-mismatch-elsewhere", &[]), id),
        Parent::None => return None,
    };
    let message = ix.say_about("quarter-mismatch", o, &[("target", &target)]);
    let suggestion = ix.link_suggestion(o, |c| c.carried_from == Some(parent_id));
    Some(ix.finding(Rule::QuarterMismatch, o, message, suggestion))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::Rule;

    #[test]
    fn a_link_into_another_quarter_is_flagged_and_nothing_else_is() {
        let mut org = Org::aligned();
        // To the direct parent, but last quarter; and to a stranger in another quarter:
        // quarter-mismatch wins over cross-branch.
        org.objective_in("n1", "a1", "2027-Q1", "Nghe máy nhanh", Some("t1-1"));
        org.objective_in("n2", "a1", "2027-Q1", "Nghe máy nhanh hơn", Some("t3-1"));
        assert_eq!(org.flagged(Rule::QuarterMismatch), ["n1", "n2"]);
        assert!(org.flagged(Rule::CrossBranch).is_empty());
        assert!(org.flagged(Rule::SkipLevel).is_empty());
    }

    #[test]
    fn message_names_both_quarters_and_the_parent() {
        let mut org = Org::aligned();
        org.objective_in("t1-q1", "t1", "2027-Q1", "Giảm thời gian chờ quý 1", Some("d1-1"));
        org.objective_in("n1", "a1", "2027-Q1", "Nghe máy nhanh", Some("t1-1"));
        let f = org.finding(Rule::QuarterMismatch, "n1");
        assert_eq!(f.quarter.to_string(), "2027-Q1");
        for want in [
            "\"Nghe máy nhanh\" (n1)",
            "Đặng Đức Trang (a1)",
            "2027-Q1",
            "(t1-1)",
            "Nhóm hotline 1 (t1)",
            "2026-Q4",
        ] {
            assert!(f.message.contains(want), "{want} in {}", f.message);
        }
        assert_eq!(f.suggestion.unwrap().objectives, ["t1-q1"]);
    }
}
