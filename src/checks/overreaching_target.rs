//! `overreaching-target` (warning): a key result that asks for too large a change.
//!
//! **What it finds.** An objective with a key result that is not a guardrail and whose
//! target differs from its baseline by more than the plan's change limit, relative to
//! the baseline: |target − baseline| > limit × |baseline| (limit 1.0, i.e. 100%, unless
//! the plan sets another). A change of exactly the limit is allowed. A baseline of 0 has
//! no relative change and is not checked. One finding per objective, naming every such
//! key result.
//!
//! **Why it matters.** Objectives should be ambitious but achievable. A conversion rate
//! from 10% to 35% in one quarter is a typing mistake or a wish; either way the team
//! will miss it, and a target everybody knows is out of reach motivates nobody.
//!
//! **Example.** "Tỷ lệ chuyển đổi cuộc gọi" from 10% to 35%: a change of 250%.
//!
//! **How to fix.** Check the numbers; set a target within reach this quarter and carry
//! the rest into the next, or raise the plan's change limit if such leaps are normal.

use super::{percent, Finding, Index, Rule, Suggestion};
use crate::KeyResult;

/// The relative change `kr` asks for, when it exceeds `limit`.
pub(super) fn overreach(kr: &KeyResult, limit: f64) -> Option<f64> {
    if kr.kind.is_guardrail() {
        return None;
    }
    let b = kr.baseline?;
    if b == 0.0 {
        return None;
    }
    let change = (kr.target - b).abs() / b.abs();
    // A hair of tolerance so that a change of exactly the limit, computed in binary
    // floating point (0.3 × 10 is not quite 3), is never flagged.
    if change <= limit * (1.0 + 1e-9) {
        return None;
    }
    Some(change)
}

pub(super) fn check(ix: &Index<'_>, o: usize) -> Option<Finding> {
    let limit = ix.settings.change_limit;
    let over: Vec<(&KeyResult, f64)> = ix
        .key_results(o)
        .filter_map(|kr| overreach(kr, limit).map(|c| (kr, c)))
        .collect();
    if over.is_empty() {
        return None;
    }
    let list: Vec<String> = over
        .iter()
        .map(|(kr, c)| {
            ix.say(
                "overreaching-target-change",
                &[("kr", &ix.kr_text(kr)), ("change", &percent(*c))],
            )
        })
        .collect();
    let message = ix.say_about(
        "overreaching-target",
        o,
        &[("limit", &percent(limit)), ("list", &list.join("; "))],
    );
    let suggestion = Suggestion {
        text: ix.say("overreaching-target-suggestion", &[]),
        objectives: Vec::new(),
    };
    Some(ix.finding(Rule::OverreachingTarget, o, message, Some(suggestion)))
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::Rule;
    use super::overreach;
    use crate::{KeyResult, KrKind, Settings};

    fn kr(kind: KrKind, baseline: Option<f64>, target: f64) -> KeyResult {
        KeyResult {
            id: uuid::Uuid::nil(),
            objective_id: uuid::Uuid::nil(),
            position: 0,
            title: "KR".into(),
            kind,
            baseline,
            target,
            current: target,
            unit: String::new(),
            weight: 1.0,
            measure: String::new(),
            key: String::new(),
            score: None,
            confidence: None,
        }
    }

    #[test]
    fn boundaries() {
        use KrKind::*;
        let cases: &[(KrKind, Option<f64>, f64, f64, bool)] = &[
            (Progress, Some(10.0), 20.0, 1.0, false),  // exactly 100% up
            (Progress, Some(10.0), 0.0, 1.0, false),   // exactly 100% down
            (Progress, Some(10.0), 20.01, 1.0, true),  // just over
            (Progress, Some(10.0), 35.0, 1.0, true),   // 250%
            (Progress, Some(120.0), 60.0, 1.0, false), // halving a time
            (Progress, Some(-10.0), 10.0, 1.0, true),  // 200% of a negative baseline
            (Progress, Some(0.0), 50.0, 1.0, false),   // baseline 0: not checked
            (Progress, Some(10.0), 13.0, 0.3, false),  // exactly 30%, in floating point
            (Progress, Some(10.0), 13.1, 0.3, true),
            (KeepAbove, Some(1.0), 100.0, 1.0, false), // guardrails never
            (KeepBelow, Some(100.0), 1.0, 0.5, false),
            (KeepAbove, None, 4.3, 1.0, false),
        ];
        for &(kind, b, t, limit, want) in cases {
            assert_eq!(
                overreach(&kr(kind, b, t), limit).is_some(),
                want,
                "{kind} {b:?} → {t} at {limit}"
            );
        }
    }

    #[test]
    fn uses_the_plans_limit_and_names_the_key_result() {
        let mut org = Org::aligned();
        org.objective("x", "a2", "Tăng chuyển đổi", Some("t1-1"));
        org.kr("x", KrKind::Progress, Some(10.0), 35.0);
        let f = org.only(Rule::OverreachingTarget);
        for want in [
            "\"Tăng chuyển đổi\" (x)",
            "Nguyễn Đức Vy (a2)",
            "\"KR 2\" (10 → 35 %), a change of 250%",
            "limit of 100%",
        ] {
            assert!(f.message.contains(want), "{want} in {}", f.message);
        }
        org.plan
            .set_settings(&Settings {
                change_limit: 2.5,
                ..Settings::default()
            })
            .unwrap();
        assert!(org.flagged(Rule::OverreachingTarget).is_empty());
        // The fixture's own key results go from 60 to 80: a third.
        org.plan
            .set_settings(&Settings {
                change_limit: 0.3,
                ..Settings::default()
            })
            .unwrap();
        assert_eq!(org.flagged(Rule::OverreachingTarget).len(), 10);
    }
}
