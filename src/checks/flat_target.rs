//! `flat-target` (warning): a key result whose target equals its baseline.
//!
//! **What it finds.** An objective with a key result that is not a guardrail and whose
//! target is the same as its baseline. One finding per objective, naming every such key
//! result.
//!
//! **Why it matters.** A key result moves a metric from where it is to where it should
//! be. With nothing between the two there is nothing to achieve: the key result is done
//! on day one (or never), and says nothing about the quarter's work.
//!
//! **Example.** "Tỷ lệ giải quyết ngay lần đầu (FCR)" from 80% to 80%.
//!
//! **How to fix.** Set a target that asks for an improvement; or, if the aim is to hold
//! the metric where it is while other things change, make it a guardrail (`keep-above`
//! or `keep-below`), which is never flagged for its target.

use super::{Finding, Index, Rule, Suggestion};
use crate::KeyResult;

/// Whether `kr` asks for no change at all.
pub(super) fn is_flat(kr: &KeyResult) -> bool {
    !kr.kind.is_guardrail() && kr.baseline == Some(kr.target)
}

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    let flat: Vec<&KeyResult> = ix.key_results(o).filter(|kr| is_flat(kr)).collect();
    if flat.is_empty() {
        return None;
    }
    let list: Vec<String> = flat.iter().map(|kr| ix.kr_text(kr)).collect();
    let which = ix.say(
        if flat.len() == 1 {
            "flat-target-one"
        } else {
            "flat-target-many"
        },
        &[],
    );
    let message = ix.say_about("flat-target", o, &[("which", &which), ("list", &list.join(", "))]);
    let suggestion = Suggestion {
        text: ix.say("flat-target-suggestion", &[]),
        objectives: Vec::new(),
    };
    Some(ix.finding(Rule::FlatTarget, o, message, Some(suggestion)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::Rule;
    use crate::KrKind;

    #[test]
    fn flat_progress_key_results_are_flagged_guardrails_never() {
        let mut org = Org::aligned();
        let cases = [
            ("flat", KrKind::Progress, Some(80.0), 80.0, true),
            ("zero-flat", KrKind::Progress, Some(0.0), 0.0, true),
            ("moves", KrKind::Progress, Some(80.0), 80.5, false),
            ("guard-above", KrKind::KeepAbove, Some(4.3), 4.3, false),
            ("guard-below", KrKind::KeepBelow, Some(3.0), 3.0, false),
            ("guard-no-baseline", KrKind::KeepAbove, None, 4.3, false),
        ];
        for (key, kind, baseline, target, _) in cases {
            org.objective(key, "t2", key, Some("d1-1"));
            org.kr(key, kind, baseline, target);
        }
        let mut want: Vec<&str> = cases.iter().filter(|c| c.4).map(|c| c.0).collect();
        want.sort();
        assert_eq!(org.flagged(Rule::FlatTarget), want);
    }

    #[test]
    fn one_finding_names_every_flat_key_result() {
        let mut org = Org::aligned();
        org.objective("x", "a1", "Giữ FCR", Some("t1-1"));
        org.kr("x", KrKind::Progress, Some(80.0), 80.0);
        org.kr("x", KrKind::Progress, Some(4.5), 4.5);
        let f = org.only(Rule::FlatTarget);
        for want in [
            "\"Giữ FCR\" (x)",
            "Đặng Đức Trang (a1)",
            "\"KR 2\" (80 → 80 %)",
            "\"KR 3\" (4.5 → 4.5 %)",
        ] {
            assert!(f.message.contains(want), "{want} in {}", f.message);
        }
        assert!(!f.message.contains("KR 1"), "{}", f.message);
    }
}
