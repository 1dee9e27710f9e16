//! `orphan` (error): an objective below the company that is linked to nothing.
//!
//! **What it finds.** An objective whose owner is a division, team or agent and which
//! has no parent objective.
//!
//! **Why it matters.** The cascade exists so that every objective counts towards the
//! company's; an unlinked one is work nobody above asked for, and its progress rolls up
//! nowhere. It is also what is left when the objective it supported was deleted.
//!
//! **Example.** Agent Phan Thị Nam sets "Giảm thời gian chờ trên hotline (Zalo)" for
//! 2026-Q4 but links it to none of her team's objectives.
//!
//! **How to fix.** Link it to one of the objectives of the owner's team (or division,
//! for a team; the company, for a division) in the same quarter — the suggestion lists
//! them, those sharing words with its title first — or drop it.

use super::{Finding, Index, Parent, Rule};
use crate::Level;

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    let owner = ix.owner(o);
    if owner.level == Level::Company {
        return None;
    }
    if ix.parent(o) != Parent::None {
        return None;
    }
    let message = ix.say_about("orphan", o, &[]);
    Some(ix.finding(Rule::Orphan, o, message, ix.link_suggestion(o, |_| false)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::Rule;

    #[test]
    fn unlinked_objectives_below_the_company_are_orphans() {
        let mut org = Org::aligned();
        for (key, owner) in [("x-d", "d1"), ("x-t", "t1"), ("x-a", "a1")] {
            org.objective(key, owner, "Không liên kết", None);
        }
        // The company's own objectives are the top and link to nothing.
        org.objective("co-2", "co", "Tăng doanh thu", None);
        assert_eq!(org.flagged(Rule::Orphan), ["x-a", "x-d", "x-t"]);
    }

    #[test]
    fn deleting_the_parent_leaves_an_orphan() {
        let mut org = Org::aligned();
        let t = org.plan.objective_by_key("t1-1").unwrap().id;
        assert_eq!(org.plan.delete_objective(t).unwrap(), 1);
        assert_eq!(org.flagged(Rule::Orphan), ["a1-1"]);
    }

    #[test]
    fn message_names_owner_and_objective_and_suggests_the_best_match_first() {
        let mut org = Org::aligned();
        org.objective("t1-2", "t1", "Tăng tỷ lệ giải quyết ngay", Some("d1-1"));
        org.objective("x", "a1", "Giảm thời gian chờ buổi tối", None);
        let f = org.only(Rule::Orphan);
        assert!(
            f.message.contains("\"Giảm thời gian chờ buổi tối\" (x)"),
            "{}",
            f.message
        );
        assert!(f.message.contains("Đặng Đức Trang (a1)"), "{}", f.message);
        assert!(f.message.contains("2026-Q4"), "{}", f.message);
        let s = f.suggestion.unwrap();
        // t1-1 "Giảm thời gian chờ giờ cao điểm" shares four words; t1-2 none.
        assert_eq!(s.objectives, ["t1-1", "t1-2"]);
        assert!(s.text.contains("Nhóm hotline 1 (t1)"), "{}", s.text);
    }

    #[test]
    fn best_match_compares_thai_and_vietnamese_words_without_case() {
        let mut org = Org::aligned();
        // t3-1 comes first by key; t3-2 shares a Thai word with the orphan.
        org.objective("t3-2", "t3", "ลดเวลารอสาย ทุกช่องทาง", Some("d2-1"));
        org.objective("x", "a4", "ลดเวลารอสาย ช่วงเย็น", None);
        assert_eq!(org.only(Rule::Orphan).suggestion.unwrap().objectives, ["t3-2", "t3-1"]);
        // Vietnamese in capitals matches the same words in lower case.
        org.plan
            .delete_objective(org.plan.objective_by_key("x").unwrap().id)
            .unwrap();
        org.objective("t1-2", "t1", "Trả lời tin nhắn Zalo", Some("d1-1"));
        org.objective("y", "a2", "TRẢ LỜI TIN NHẮN TRONG 5 PHÚT", None);
        assert_eq!(org.only(Rule::Orphan).suggestion.unwrap().objectives, ["t1-2", "t1-1"]);
    }

    #[test]
    fn suggestion_says_when_the_manager_has_nothing_to_link_to() {
        let mut org = Org::new();
        org.objective("x", "a2", "Nghe máy nhanh", None);
        let s = org.only(Rule::Orphan).suggestion.unwrap();
        assert!(s.objectives.is_empty());
        assert!(
            s.text.contains("Nhóm hotline 1 (t1) has no objectives in 2026-Q4"),
            "{}",
            s.text
        );
    }
}
