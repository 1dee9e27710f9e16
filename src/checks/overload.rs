//! `overload` (warning): a person or unit with more objectives in a quarter than their
//! cap.
//!
//! **What it finds.** A node that owns more objectives in a quarter than its objective
//! cap: its own cap when one is set, else the plan's default for its level — 5 for the
//! company, divisions and teams, 3 for agents, 2 for agents who are new hires. One
//! finding per node and quarter, about the node as a whole (no objective). Owning
//! exactly the cap is fine.
//!
//! **Why it matters.** Nobody pursues seven objectives at once: focus is what makes
//! objectives move. New people in a support team spend their first months learning the
//! products and tools, so they get fewer.
//!
//! **Example.** New hire Hoàng Đức Hà owns four objectives in 2026-Q4 against a cap of
//! two.
//!
//! **How to fix.** Drop, merge or hand over as many objectives as the cap is exceeded
//! by; the suggestion names the candidates: those nobody supports, then those with the
//! least progress. Or set a higher cap for this person if the load is intended.

use super::{percent, who, Finding, Index, Rule, Suggestion};
use crate::{objective_progress, Level, Quarter};

pub(super) fn check(ix: &Index<'_>, n: usize, q: Quarter, owned: &[usize]) -> Option<Finding> {
    let node = ix.node(n);
    let cap = ix.settings.cap_for(node) as usize;
    if owned.len() <= cap {
        return None;
    }
    let over = owned.len() - cap;
    let why = ix.say(
        if node.objective_cap.is_some() {
            "overload-own-cap"
        } else if node.level == Level::Agent && node.new_hire {
            "overload-new-hire-cap"
        } else {
            match node.level {
                Level::Company => "overload-company-cap",
                Level::Division => "overload-division-cap",
                Level::Team => "overload-team-cap",
                Level::Agent => "overload-agent-cap",
            }
        },
        &[],
    );
    let message = ix.say(
        "overload",
        &[
            ("node", &who(node)),
            ("count", &owned.len().to_string()),
            ("quarter", &q.to_string()),
            ("over", &over.to_string()),
            ("why", &why),
            ("cap", &cap.to_string()),
        ],
    );
    // Candidates to let go: unsupported first (for units), then least progress, then key.
    let mut ranked: Vec<(bool, f64, usize)> = owned
        .iter()
        .map(|&o| (!ix.children(o).is_empty(), objective_progress(ix.key_results(o)), o))
        .collect();
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let picks: Vec<(bool, f64, usize)> = ranked.into_iter().take(over).collect();
    let named: Vec<String> = picks
        .iter()
        .map(|&(supported, progress, o)| {
            let id = if node.level != Level::Agent && !supported {
                "overload-pick-unsupported"
            } else {
                "overload-pick"
            };
            let obj = ix.objective(o);
            ix.say(
                id,
                &[("title", &obj.title), ("key", &obj.key), ("done", &percent(progress))],
            )
        })
        .collect();
    let suggestion = Suggestion {
        text: ix.say(
            "overload-suggestion",
            &[
                ("over", &over.to_string()),
                ("picks", &named.join(", ")),
                ("name", &node.name),
            ],
        ),
        objectives: picks.iter().map(|&(_, _, o)| ix.objective(o).key.clone()).collect(),
    };
    Some(Finding {
        rule: Rule::Overload,
        severity: Rule::Overload.severity(),
        quarter: q,
        owner: node.key.clone(),
        owner_id: node.id,
        objective: None,
        objective_id: None,
        message,
        suggestion: Some(suggestion),
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixture::Org;
    use super::super::{Finding, Rule, Severity};
    use crate::{NodePatch, Settings};

    /// Gives `owner` objectives up to `total` in 2026-Q4 (linked to `parent`).
    fn load(org: &mut Org, owner: &str, parent: Option<&str>, total: usize) {
        let have = org
            .plan
            .snapshot(None)
            .unwrap()
            .objectives
            .iter()
            .filter(|o| o.owner_id == org.node(owner))
            .count();
        for i in have..total {
            org.objective(&format!("{owner}-load-{i}"), owner, &format!("Việc số {i}"), parent);
        }
    }

    #[test]
    fn caps_by_level_new_hire_and_override() {
        // (who, parent objective, new hire, own cap, objectives, flagged)
        type Case<'a> = (&'a str, Option<&'a str>, bool, Option<u32>, usize, bool);
        let cases: &[Case] = &[
            ("a1", Some("t1-1"), false, None, 3, false),    // agent: cap 3 reached
            ("a2", Some("t1-1"), false, None, 4, true),     // agent: cap 3 exceeded
            ("a3", Some("t2-1"), true, None, 2, false),     // new hire: cap 2 reached
            ("a4", Some("t3-1"), true, None, 3, true),      // new hire: cap 2 exceeded
            ("t1", Some("d1-1"), false, None, 5, false),    // team: cap 5 reached
            ("t2", Some("d1-1"), false, None, 6, true),     // team: cap 5 exceeded
            ("t3", Some("d2-1"), false, Some(2), 3, true),  // own cap lower than default
            ("d1", Some("co-1"), false, Some(8), 8, false), // own cap higher than default
            ("d2", Some("co-1"), false, Some(8), 9, true),
            ("co", None, false, None, 5, false),
        ];
        let mut org = Org::aligned();
        for &(who, parent, new_hire, cap, total, _) in cases {
            let id = org.node(who);
            org.plan
                .update_node(
                    id,
                    NodePatch {
                        new_hire: Some(new_hire),
                        objective_cap: Some(cap),
                        ..NodePatch::default()
                    },
                )
                .unwrap();
            load(&mut org, who, parent, total);
        }
        let mut want: Vec<&str> = cases.iter().filter(|c| c.5).map(|c| c.0).collect();
        want.sort();
        assert_eq!(org.flagged(Rule::Overload), want);
    }

    #[test]
    fn new_hire_with_own_cap_uses_the_own_cap() {
        let mut org = Org::aligned();
        let id = org.node("a1");
        org.plan
            .update_node(
                id,
                NodePatch {
                    new_hire: Some(true),
                    objective_cap: Some(Some(3)),
                    ..NodePatch::default()
                },
            )
            .unwrap();
        load(&mut org, "a1", Some("t1-1"), 3);
        assert!(org.flagged(Rule::Overload).is_empty());
    }

    #[test]
    fn caps_come_from_the_plans_settings() {
        let mut org = Org::aligned();
        load(&mut org, "a1", Some("t1-1"), 3);
        org.plan
            .set_settings(&Settings {
                agent_cap: 2,
                ..Settings::default()
            })
            .unwrap();
        assert_eq!(org.flagged(Rule::Overload), ["a1"]);
    }

    #[test]
    fn one_finding_per_node_and_quarter_naming_the_weakest_objectives() {
        let mut org = Org::aligned();
        let id = org.node("a2");
        org.plan
            .update_node(
                id,
                NodePatch {
                    new_hire: Some(true),
                    ..NodePatch::default()
                },
            )
            .unwrap();
        for (key, current) in [("p90", 78.0), ("p10", 62.0), ("p50", 70.0), ("p0", 50.0)] {
            org.objective(key, "a2", &format!("Mục tiêu {key}"), Some("t1-1"));
            // The fixture's key result goes from 60 to 80 and is reached; add one at `current`.
            let oid = org.plan.objective_by_key(key).unwrap().id;
            let kr = org.plan.key_results(oid).unwrap()[0].id;
            org.plan
                .update_key_result(
                    kr,
                    crate::KeyResultPatch {
                        current: Some(current),
                        ..Default::default()
                    },
                )
                .unwrap();
        }
        org.objective_in("next", "a2", "2027-Q1", "Quý sau", None);
        let f: Finding = org.only(Rule::Overload);
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(
            (f.owner.as_str(), f.objective.as_deref(), f.quarter.to_string().as_str()),
            ("a2", None, "2026-Q4")
        );
        assert!(
            f.message
                .contains("Nguyễn Đức Vy (a2) owns 4 objectives in 2026-Q4, 2 more than the cap for new hires of 2"),
            "{}",
            f.message
        );
        let s = f.suggestion.unwrap();
        assert_eq!(s.objectives, ["p0", "p10"]);
        assert!(
            s.text
                .contains("\"Mục tiêu p0\" (p0, 0% done), \"Mục tiêu p10\" (p10, 10% done)"),
            "{}",
            s.text
        );
    }

    #[test]
    fn units_shed_unsupported_objectives_first() {
        let mut org = Org::aligned();
        load(&mut org, "t1", Some("d1-1"), 6);
        let f = org.only(Rule::Overload);
        let s = f.suggestion.unwrap();
        assert_eq!(s.objectives.len(), 1);
        assert_ne!(s.objectives[0], "t1-1", "t1-1 is supported by a1-1");
        assert!(s.text.contains("supported by nobody"), "{}", s.text);
    }
}
