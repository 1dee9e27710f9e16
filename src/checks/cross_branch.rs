//! `cross-branch` (error): an objective linked to an objective of someone not above its
//! owner.
//!
//! **What it finds.** An objective whose parent (in the same quarter) is owned by a node
//! that is not an ancestor of the objective's owner: a colleague, another team or
//! division, the owner itself, or someone below the owner.
//!
//! **Why it matters.** Alignment runs up the line of management: an agent's work counts
//! towards their team's goals, the team's towards its division's. A link sideways or
//! downwards makes progress roll up into the wrong branch, and the manager who should
//! see it does not. It is also what an agent's links become after the agent moves to
//! another team.
//!
//! **Example.** Agent Đặng Đức Trang of Nhóm hotline 1 links "Xây dựng quy trình xử lý
//! khiếu nại (hotline)" to an objective of the Thai team ทีม 2.
//!
//! **How to fix.** Link it to an objective of the owner's own manager in the same
//! quarter; the suggestion lists them, best match first.
//!
//! Of the three link rules only one applies to a link: this one is checked after
//! `quarter-mismatch`.

use super::{quarter_mismatch, what, who, Finding, Index, Parent, Rule};

/// The parent `o` is linked to, when that link crosses branches.
pub(super) fn applies(ix: &Index<'_>, o: usize) -> Option<usize> {
    if quarter_mismatch::applies(ix, o) {
        return None;
    }
    let Parent::At(p) = ix.parent(o) else {
        return None;
    };
    if ix.is_ancestor(ix.owner_ix(p), ix.owner_ix(o)) {
        return None;
    }
    Some(p)
}

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    let p = applies(ix, o)?;
    let (n, m) = (ix.owner_ix(o), ix.owner_ix(p));
    let owner = ix.node(n);
    let other = who(ix.node(m));
    let name = owner.name.as_str();
    let relation = if m == n {
        ix.say("cross-branch-own", &[("name", name)])
    } else if ix.is_ancestor(n, m) {
        ix.say("cross-branch-below", &[("other", &other), ("name", name)])
    } else if ix.node_parent(m).is_some() && ix.node_parent(m) == ix.node_parent(n) {
        let shared = ix.node(ix.node_parent(n).unwrap_or(n));
        ix.say("cross-branch-colleague", &[("other", &other), ("unit", &who(shared))])
    } else {
        ix.say("cross-branch-elsewhere", &[("other", &other)])
    };
    let message = ix.say_about(
        "cross-branch",
        o,
        &[
            ("parent", &what(ix.objective(p))),
            ("relation", &relation),
            ("name", name),
        ],
    );
    Some(ix.finding(Rule::CrossBranch, o, message, ix.link_suggestion(o, |_| false)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::Rule;

    #[test]
    fn links_not_up_the_line_are_cross_branch() {
        let mut org = Org::aligned();
        let cases = [
            ("colleague", "a2", "a1-1"),   // another agent of the same team
            ("other-team", "a2", "t2-1"),  // a team of the same division
            ("other-div", "a2", "t3-1"),   // a team of another division
            ("other-div-2", "t1", "d2-1"), // a division that is not its own
            ("self", "t1", "t1-1"),        // its own objective
            ("below", "t1", "a1-1"),       // its own agent's objective
            ("company-up", "co", "d1-1"),  // the company has nobody above it
        ];
        for (key, owner, parent) in cases {
            org.objective(key, owner, "Liên kết nhầm", Some(parent));
        }
        let mut got = org.flagged(Rule::CrossBranch);
        got.sort();
        let mut want: Vec<&str> = cases.iter().map(|c| c.0).collect();
        want.sort();
        assert_eq!(got, want);
        assert!(org.flagged(Rule::SkipLevel).is_empty());
        assert!(org.flagged(Rule::QuarterMismatch).is_empty());
    }

    #[test]
    fn moving_an_agent_to_another_team_makes_its_links_cross_branch() {
        let mut org = Org::aligned();
        assert!(org.flagged(Rule::CrossBranch).is_empty());
        let (a1, t2) = (org.node("a1"), org.node("t2"));
        org.plan.move_node(a1, t2).unwrap();
        let f = org.only(Rule::CrossBranch);
        assert_eq!(f.objective.as_deref(), Some("a1-1"));
        assert!(
            f.message.contains("Nhóm hotline 1 (t1), in another branch"),
            "{}",
            f.message
        );
        // Its new team's objectives are what it can link to now.
        assert_eq!(f.suggestion.unwrap().objectives, ["t2-1"]);
    }

    #[test]
    fn message_names_the_colleague_and_the_team() {
        let mut org = Org::aligned();
        org.objective("x", "a2", "Nghe máy nhanh", Some("a1-1"));
        let f = org.only(Rule::CrossBranch);
        for want in [
            "\"Nghe máy nhanh\" (x)",
            "Nguyễn Đức Vy (a2)",
            "\"Nghe máy trong 20 giây\" (a1-1)",
            "Đặng Đức Trang (a1), a colleague in Nhóm hotline 1 (t1)",
        ] {
            assert!(f.message.contains(want), "{want} in {}", f.message);
        }
        assert_eq!(f.owner, "a2");
        assert_eq!(f.severity, super::super::Severity::Error);
    }
}
