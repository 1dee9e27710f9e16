//! `same-as-colleague` (info): an agent's objective copied from a teammate's.
//!
//! **What it finds.** An objective of an agent when another agent of the same team owns
//! an objective in the same quarter with the same title, ignoring case and spacing.
//! Each of the objectives involved gets its own finding.
//!
//! **Why it matters.** Colleagues in a team should get objectives for their own role
//! and channel, not one objective copied to everybody: a copied objective hides who does
//! what, and the team lead cannot tell one person's contribution from another's. It is
//! only information: sometimes two people really do share a goal.
//!
//! **Example.** Phan Thị Nam and Nguyễn Ngọc Hải of Nhóm hotline 3 both have "Make every
//! escalation feel personal (chat)" in 2026-Q4 (one of them typed it in capitals).
//!
//! **How to fix.** Make each objective say what this person will do: their channel,
//! their shift, their customers. The same title in another team or another quarter is
//! not flagged.

use super::{what, who, Finding, Index, Rule, Suggestion};

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    let same = ix.same_title_colleagues(o);
    if same.is_empty() {
        return None;
    }
    let owner = ix.owner(o);
    let team = ix
        .node_parent(ix.owner_ix(o))
        .map(|t| who(ix.node(t)))
        .unwrap_or_default();
    let others: Vec<String> = same
        .iter()
        .map(|&c| {
            ix.say(
                "same-as-colleague-other",
                &[("objective", &what(ix.objective(c))), ("owner", &who(ix.owner(c)))],
            )
        })
        .collect();
    let message = ix.say_about(
        "same-as-colleague",
        o,
        &[("others", &ix.joined(&others, "and")), ("team", &team)],
    );
    let suggestion = Suggestion {
        text: ix.say("same-as-colleague-suggestion", &[("name", &owner.name)]),
        objectives: same.iter().map(|&c| ix.objective(c).key.clone()).collect(),
    };
    Some(ix.finding(Rule::SameAsColleague, o, message, Some(suggestion)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::{Rule, Severity};

    #[test]
    fn same_title_in_the_same_team_and_quarter_ignoring_case_and_spacing() {
        let mut org = Org::aligned();
        org.objective("a1-x", "a1", "Make every escalation feel personal (chat)", Some("t1-1"));
        org.objective(
            "a2-x",
            "a2",
            "  MAKE  every escalation FEEL personal  (Chat) ",
            Some("t1-1"),
        );
        // Not flagged: another team (a3), another quarter, a unit rather than an agent,
        // the same agent twice, and titles that differ in more than case and spacing.
        org.objective("a3-x", "a3", "Make every escalation feel personal (chat)", Some("t2-1"));
        org.objective_in(
            "a2-y",
            "a2",
            "2027-Q1",
            "Make every escalation feel personal (chat)",
            None,
        );
        org.objective("t1-x", "t1", "Make every escalation feel personal (chat)", Some("d1-1"));
        org.objective("a1-y", "a1", "Nghe máy nhanh", Some("t1-1"));
        org.objective("a1-z", "a1", "nghe  máy nhanh", Some("t1-1"));
        org.objective(
            "a2-z",
            "a2",
            "Make every escalation feel personal (email)",
            Some("t1-1"),
        );
        assert_eq!(org.flagged(Rule::SameAsColleague), ["a1-x", "a2-x"]);
    }

    #[test]
    fn vietnamese_and_thai_titles_compare_without_case() {
        let mut org = Org::aligned();
        org.objective("v1", "a1", "ĐÀO TẠO nhân viên mới", Some("t1-1"));
        org.objective("v2", "a2", "Đào tạo  nhân viên mới", Some("t1-1"));
        assert_eq!(org.flagged(Rule::SameAsColleague), ["v1", "v2"]);
    }

    #[test]
    fn message_names_both_colleagues_and_the_team() {
        let mut org = Org::aligned();
        org.objective("a1-x", "a1", "Nghe máy nhanh", Some("t1-1"));
        org.objective("a2-x", "a2", "NGHE MÁY NHANH", Some("t1-1"));
        let f = org.finding(Rule::SameAsColleague, "a2-x");
        assert_eq!(f.severity, Severity::Info);
        for want in [
            "\"NGHE MÁY NHANH\" (a2-x) of Nguyễn Đức Vy (a2)",
            "\"Nghe máy nhanh\" (a1-x) of Đặng Đức Trang (a1)",
            "Nhóm hotline 1 (t1)",
        ] {
            assert!(f.message.contains(want), "{want} in {}", f.message);
        }
        assert_eq!(f.suggestion.unwrap().objectives, ["a1-x"]);
    }
}
