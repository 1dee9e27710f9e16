//! `skip-level` (warning): an objective linked past its owner's manager.
//!
//! **What it finds.** An objective whose parent (in the same quarter) is owned by an
//! ancestor of its owner above the owner's direct parent: an agent linked straight to a
//! division or company objective, a team straight to the company's.
//!
//! **Why it matters.** The level in between — usually the team lead — loses sight of
//! the work: it does not count towards any of their objectives, and they cannot plan
//! their team's share of the division's goal.
//!
//! **Example.** Agent Nguyễn Đức Vy links "Nâng cao sự hài lòng (hotline)" straight to
//! the division objective "Đào tạo nhân viên mới" of Khối Chăm sóc Khách hàng.
//!
//! **How to fix.** Link it to an objective of the owner's direct manager in the same
//! quarter; the suggestion puts first those that already support the objective it is
//! linked to now.
//!
//! Of the three link rules only one applies to a link: this one is checked after
//! `quarter-mismatch` and `cross-branch`.

use super::{cross_branch, quarter_mismatch, what, who, Finding, Index, Parent, Rule};

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    if quarter_mismatch::applies(ix, o) || cross_branch::applies(ix, o).is_some() {
        return None;
    }
    let Parent::At(p) = ix.parent(o) else {
        return None;
    };
    let direct = ix.node_parent(ix.owner_ix(o))?;
    if ix.owner_ix(p) == direct {
        return None;
    }
    let parent = ix.objective(p);
    let message = ix.say_about(
        "skip-level",
        o,
        &[
            ("parent", &what(parent)),
            ("parent_owner", &who(ix.owner(p))),
            ("skipped", &who(ix.node(direct))),
        ],
    );
    let suggestion = ix.link_suggestion(o, |c| c.parent_id == Some(parent.id));
    Some(ix.finding(Rule::SkipLevel, o, message, suggestion))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::{Rule, Severity};

    #[test]
    fn links_above_the_direct_parent_skip_a_level() {
        let mut org = Org::aligned();
        org.objective("a-div", "a1", "Nghe máy nhanh", Some("d1-1"));
        org.objective("a-co", "a1", "Nghe máy nhanh hơn", Some("co-1"));
        org.objective("t-co", "t1", "Giảm chờ", Some("co-1"));
        // Aligned links are not flagged.
        org.objective("ok", "a2", "Nghe máy", Some("t1-1"));
        assert_eq!(org.flagged(Rule::SkipLevel), ["a-co", "a-div", "t-co"]);
    }

    #[test]
    fn message_names_the_skipped_manager_and_suggests_what_supports_the_old_parent() {
        let mut org = Org::aligned();
        // t1-2 shares more words with the objective, but t1-1 supports d1-1 already.
        org.objective("t1-2", "t1", "Nghe máy nhanh mọi lúc", Some("d1-1"));
        org.plan
            .link_objective(org.plan.objective_by_key("t1-2").unwrap().id, None)
            .unwrap();
        org.objective("x", "a1", "Nghe máy nhanh", Some("d1-1"));
        let f = org.only(Rule::SkipLevel);
        assert_eq!(f.severity, Severity::Warning);
        for want in [
            "\"Nghe máy nhanh\" (x)",
            "Đặng Đức Trang (a1)",
            "Khối CSKH (d1)",
            "skipping Nhóm hotline 1 (t1)",
        ] {
            assert!(f.message.contains(want), "{want} in {}", f.message);
        }
        assert_eq!(f.suggestion.unwrap().objectives, ["t1-1", "t1-2"]);
    }
}
