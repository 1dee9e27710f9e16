//! The checks on real plan files: the example organisation's expected findings, the
//! quarter filter, messages, the JSON shape, and the rules' boundaries reached through
//! the edits a user makes.

mod support;

use std::collections::BTreeSet;

use cascade::checks::{check, check_quarter, check_quarter_in, count, Finding, Rule, Severity};
use cascade::{KrKind, NewKeyResult, NodePatch, Plan, Quarter, Settings};
use rstest::rstest;
use support::{add_objective, example_dir, load_csv, plan_file, small_org};

type Key = (String, String, String, String, Option<String>);

fn key(f: &Finding) -> Key {
    (
        f.rule.name().into(),
        f.severity.name().into(),
        f.quarter.to_string(),
        f.owner.clone(),
        f.objective.clone(),
    )
}

fn example_plan() -> (tempfile::TempDir, std::path::PathBuf, Plan) {
    let (dir, path, mut plan) = plan_file();
    load_csv(&mut plan, &example_dir());
    (dir, path, plan)
}

#[test]
fn the_example_reports_exactly_its_expected_findings() {
    let (_dir, path, plan) = example_plan();
    plan.close().unwrap();
    let mut plan = Plan::open(&path).unwrap();
    let got: BTreeSet<Key> = plan.check(None).unwrap().iter().map(key).collect();

    let text = std::fs::read_to_string(example_dir().join("expected.json")).unwrap();
    let expected: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let want: BTreeSet<Key> = expected
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap().to_string();
            (
                s("rule"),
                s("severity"),
                s("quarter"),
                s("owner"),
                e["objective"].as_str().map(String::from),
            )
        })
        .collect();
    let missing: Vec<&Key> = want.difference(&got).collect();
    let extra: Vec<&Key> = got.difference(&want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:#?}\nextra {extra:#?}"
    );
    assert_eq!(got.len(), expected.len(), "no finding reported twice");
}

#[test]
fn example_messages_name_the_people_and_objectives() {
    let (_dir, _path, mut plan) = example_plan();
    let findings = plan.check(None).unwrap();
    let find = |rule: Rule, owner: &str, objective: Option<&str>| -> &Finding {
        findings
            .iter()
            .find(|f| f.rule == rule && f.owner == owner && f.objective.as_deref() == objective)
            .unwrap_or_else(|| panic!("no {rule} for {owner} {objective:?}"))
    };
    let cases: &[(Rule, &str, Option<&str>, &[&str])] = &[
        (
            Rule::Orphan,
            "cskh-team-03-a001",
            Some("o00094"),
            &[
                "Phan Thị Nam (cskh-team-03-a001)",
                "\"Giảm thời gian chờ trên hotline (Zalo)\" (o00094)",
                "2026-Q4",
            ],
        ),
        (
            Rule::CrossBranch,
            "cskh-team-01-a001",
            Some("o00097"),
            &[
                "Đặng Đức Trang (cskh-team-01-a001)",
                "(o00097)",
                "(o00013)",
                "ทีม 2 (support-th-team-02)",
            ],
        ),
        (
            Rule::CrossBranch,
            "support-th-team-02-a003",
            Some("o00099"),
            &[
                "สมชาย ใจดี (support-th-team-02-a003)",
                "พิมพ์ชนก ทองดี (support-th-team-02-a001), a colleague in ทีม 2",
            ],
        ),
        (
            Rule::SkipLevel,
            "cskh-team-01-a002",
            Some("o00096"),
            &[
                "Nguyễn Đức Vy (cskh-team-01-a002)",
                "Khối Chăm sóc Khách hàng (cskh)",
                "skipping Nhóm hotline 1 (cskh-team-01)",
            ],
        ),
        (
            Rule::QuarterMismatch,
            "cskh-team-01-a003",
            Some("o00100"),
            &["Vũ Đức Linh (cskh-team-01-a003)", "2027-Q1", "(o00010)", "2026-Q4"],
        ),
        (
            Rule::Overload,
            "support-th-team-04-a001",
            None,
            &["Phan Hồng Yến (support-th-team-04-a001) owns 4 objectives in 2026-Q4, 3 more than their own cap of 1"],
        ),
        (
            Rule::Overload,
            "cskh-team-01-a004",
            None,
            &["Hoàng Đức Hà (cskh-team-01-a004) owns 4 objectives in 2026-Q4, 2 more than the cap for new hires of 2"],
        ),
        (
            Rule::TooManyKeyResults,
            "support-th-team-02-a001",
            Some("o00123"),
            &["has 8 key results, 3 more than the plan's limit of 5"],
        ),
        (
            Rule::FlatTarget,
            "support-th-team-04-a004",
            Some("o00125"),
            &["\"Tỷ lệ giải quyết ngay lần đầu (FCR)\" (80 → 80 %)"],
        ),
        (
            Rule::OverreachingTarget,
            "cskh-team-03-a002",
            Some("o00126"),
            &["(10 → 35 %), a change of 250%"],
        ),
        (
            Rule::SameAsColleague,
            "cskh-team-03-a002",
            Some("o00124"),
            &[
                "Nguyễn Ngọc Hải (cskh-team-03-a002)",
                "(o00032) of Phan Thị Nam (cskh-team-03-a001)",
                "Nhóm hotline 3 (cskh-team-03)",
            ],
        ),
        (
            Rule::Unsupported,
            "support-th-team-04",
            Some("o00109"),
            &["ทีม 4 (support-th-team-04)", "none of the agents links to it"],
        ),
    ];
    for (rule, owner, objective, wants) in cases {
        let f = find(*rule, owner, *objective);
        for want in *wants {
            assert!(f.message.contains(want), "{rule}: {want:?} not in {:?}", f.message);
        }
    }
    // The orphan can link to its team's objectives; the best match shares the most words.
    let s = find(Rule::Orphan, "cskh-team-03-a001", Some("o00094"))
        .suggestion
        .clone()
        .unwrap();
    let mut team: Vec<String> = plan
        .objectives(Some("2026-Q4".parse().unwrap()))
        .unwrap()
        .into_iter()
        .filter(|o| o.owner_id == plan.node_by_key("cskh-team-03").unwrap().id)
        .map(|o| o.key)
        .collect();
    team.sort();
    let mut suggested = s.objectives.clone();
    suggested.sort();
    assert_eq!(suggested, team);
    // Overload names exactly as many objectives as the cap is exceeded by.
    let s = find(Rule::Overload, "support-th-team-04-a002", None)
        .suggestion
        .clone()
        .unwrap();
    assert_eq!(s.objectives.len(), 3);
}

#[test]
fn a_quarter_is_checked_alone_with_links_across_quarters_seen() {
    let (_dir, _path, mut plan) = example_plan();
    let all = plan.check(None).unwrap();
    for q in plan.quarters().unwrap() {
        let one = plan.check(Some(q)).unwrap();
        let want: Vec<Finding> = all.iter().filter(|f| f.quarter == q).cloned().collect();
        assert_eq!(one, want, "{q}");
    }
    let none = plan.check(Some("2030-Q1".parse().unwrap())).unwrap();
    assert!(none.is_empty());
    // The same from a snapshot of the whole plan.
    let snap = plan.snapshot(None).unwrap();
    assert_eq!(check(&snap), all);
    assert_eq!(check_quarter(&snap, None), all);
}

#[test]
fn findings_are_ordered_counted_and_serialised_for_the_app() {
    let (_dir, _path, mut plan) = example_plan();
    let all = plan.check(None).unwrap();
    let order: Vec<_> = all
        .iter()
        .map(|f| (f.severity, f.rule, f.quarter, f.owner.clone(), f.objective.clone()))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    let c = count(&all);
    assert_eq!((c.errors, c.warnings, c.infos), (6, 11, 14));
    let json = serde_json::to_value(&all[0]).unwrap();
    assert_eq!(json["rule"], "orphan");
    assert_eq!(json["severity"], "error");
    for field in [
        "quarter",
        "owner",
        "ownerId",
        "objective",
        "objectiveId",
        "message",
        "suggestion",
    ] {
        assert!(json.get(field).is_some(), "{field} in {json}");
    }
    let overload = all.iter().find(|f| f.rule == Rule::Overload).unwrap();
    let json = serde_json::to_value(overload).unwrap();
    assert!(json["objective"].is_null() && json["objectiveId"].is_null());
    assert!(json["suggestion"]["objectives"].is_array());
    let back: Vec<Finding> = serde_json::from_str(&serde_json::to_string(&all).unwrap()).unwrap();
    assert_eq!(back, all);
}

/// A user's change to the small organisation, and what the checks then report.
enum Change {
    Objective {
        key: &'static str,
        owner: &'static str,
        quarter: &'static str,
        parent: Option<&'static str>,
    },
    Load {
        owner: &'static str,
        total: usize,
        parent: Option<&'static str>,
    },
    NewHire(&'static str),
    Cap(&'static str, Option<u32>),
    MoveNode(&'static str, &'static str),
    DeleteObjective(&'static str),
    KeyResult {
        objective: &'static str,
        kind: KrKind,
        baseline: Option<f64>,
        target: f64,
    },
    Title {
        key: &'static str,
        owner: &'static str,
        title: &'static str,
        parent: &'static str,
    },
}

fn apply(plan: &mut Plan, change: &Change) {
    match *change {
        Change::Objective {
            key,
            owner,
            quarter,
            parent,
        } => {
            add_objective(plan, key, owner, quarter, "Mục tiêu thử", parent);
        }
        Change::Load { owner, total, parent } => {
            let id = plan.node_by_key(owner).unwrap().id;
            let have = plan
                .objectives(None)
                .unwrap()
                .iter()
                .filter(|o| o.owner_id == id)
                .count();
            for i in have..total {
                add_objective(
                    plan,
                    &format!("{owner}-load-{i}"),
                    owner,
                    "2026-Q4",
                    &format!("Việc {i}"),
                    parent,
                );
            }
        }
        Change::NewHire(who) => {
            let id = plan.node_by_key(who).unwrap().id;
            plan.update_node(
                id,
                NodePatch {
                    new_hire: Some(true),
                    ..NodePatch::default()
                },
            )
            .unwrap();
        }
        Change::Cap(who, cap) => {
            let id = plan.node_by_key(who).unwrap().id;
            plan.update_node(
                id,
                NodePatch {
                    objective_cap: Some(cap),
                    ..NodePatch::default()
                },
            )
            .unwrap();
        }
        Change::MoveNode(who, to) => {
            let (id, to) = (plan.node_by_key(who).unwrap().id, plan.node_by_key(to).unwrap().id);
            plan.move_node(id, to).unwrap();
        }
        Change::DeleteObjective(key) => {
            let id = plan.objective_by_key(key).unwrap().id;
            plan.delete_objective(id).unwrap();
        }
        Change::KeyResult {
            objective,
            kind,
            baseline,
            target,
        } => {
            let objective_id = plan.objective_by_key(objective).unwrap().id;
            plan.add_key_result(NewKeyResult {
                key: None,
                objective_id,
                title: "Tỷ lệ chuyển đổi cuộc gọi".into(),
                kind,
                baseline,
                target,
                current: target,
                unit: "%".into(),
                weight: 1.0,
                measure: String::new(),
            })
            .unwrap();
        }
        Change::Title {
            key,
            owner,
            title,
            parent,
        } => {
            add_objective(plan, key, owner, "2026-Q4", title, Some(parent));
        }
    }
}

use Change::*;

#[rstest]
#[case::aligned_link(&[Objective { key: "x", owner: "a2", quarter: "2026-Q4", parent: Some("t1-1") }], &[])]
#[case::orphan(&[Objective { key: "x", owner: "a2", quarter: "2026-Q4", parent: None }], &[(Rule::Orphan, "x")])]
#[case::parent_deleted(&[DeleteObjective("t1-1")], &[(Rule::Orphan, "a1-1")])]
#[case::quarter_mismatch(&[Objective { key: "x", owner: "a2", quarter: "2027-Q1", parent: Some("t1-1") }], &[(Rule::QuarterMismatch, "x")])]
#[case::colleague(&[Objective { key: "x", owner: "a2", quarter: "2026-Q4", parent: Some("a1-1") }], &[(Rule::CrossBranch, "x")])]
#[case::other_division(&[Objective { key: "x", owner: "a2", quarter: "2026-Q4", parent: Some("t3-1") }], &[(Rule::CrossBranch, "x")])]
#[case::skip_level(&[Objective { key: "x", owner: "a2", quarter: "2026-Q4", parent: Some("d1-1") }], &[(Rule::SkipLevel, "x")])]
#[case::moved_agent(&[MoveNode("a1", "t3")], &[(Rule::CrossBranch, "a1-1")])]
#[case::agent_cap_reached(&[Load { owner: "a1", total: 3, parent: Some("t1-1") }], &[])]
#[case::agent_cap_exceeded(&[Load { owner: "a1", total: 4, parent: Some("t1-1") }], &[(Rule::Overload, "a1")])]
#[case::new_hire_cap_reached(&[NewHire("a1"), Load { owner: "a1", total: 2, parent: Some("t1-1") }], &[])]
#[case::new_hire_cap_exceeded(&[NewHire("a1"), Load { owner: "a1", total: 3, parent: Some("t1-1") }], &[(Rule::Overload, "a1")])]
#[case::own_cap_lower(&[Cap("a1", Some(1)), Load { owner: "a1", total: 2, parent: Some("t1-1") }], &[(Rule::Overload, "a1")])]
#[case::own_cap_higher(&[Cap("a1", Some(6)), Load { owner: "a1", total: 6, parent: Some("t1-1") }], &[])]
#[case::own_cap_higher_exceeded(&[Cap("a1", Some(6)), Load { owner: "a1", total: 7, parent: Some("t1-1") }], &[(Rule::Overload, "a1")])]
#[case::team_cap_reached(&[Load { owner: "t3", total: 5, parent: Some("d2-1") }], &[(Rule::Unsupported, "t3-load-1"), (Rule::Unsupported, "t3-load-2"), (Rule::Unsupported, "t3-load-3"), (Rule::Unsupported, "t3-load-4")])]
#[case::team_cap_exceeded(&[Load { owner: "t3", total: 6, parent: Some("d2-1") }], &[(Rule::Overload, "t3"), (Rule::Unsupported, "t3-load-1"), (Rule::Unsupported, "t3-load-2"), (Rule::Unsupported, "t3-load-3"), (Rule::Unsupported, "t3-load-4"), (Rule::Unsupported, "t3-load-5")])]
#[case::change_of_exactly_100_percent(&[KeyResult { objective: "a1-1", kind: KrKind::Progress, baseline: Some(10.0), target: 20.0 }], &[])]
#[case::change_over_100_percent(&[KeyResult { objective: "a1-1", kind: KrKind::Progress, baseline: Some(10.0), target: 20.5 }], &[(Rule::OverreachingTarget, "a1-1")])]
#[case::baseline_zero(&[KeyResult { objective: "a1-1", kind: KrKind::Progress, baseline: Some(0.0), target: 50.0 }], &[])]
#[case::flat(&[KeyResult { objective: "a1-1", kind: KrKind::Progress, baseline: Some(50.0), target: 50.0 }], &[(Rule::FlatTarget, "a1-1")])]
#[case::guardrail_flat(&[KeyResult { objective: "a1-1", kind: KrKind::KeepAbove, baseline: Some(4.3), target: 4.3 }], &[])]
#[case::guardrail_far(&[KeyResult { objective: "a1-1", kind: KrKind::KeepBelow, baseline: Some(1.0), target: 50.0 }], &[])]
#[case::same_title_case_and_spacing(&[Title { key: "x", owner: "a2", title: "  NGHE MÁY  trong 20 GIÂY ", parent: "t1-1" }], &[(Rule::SameAsColleague, "a1-1"), (Rule::SameAsColleague, "x")])]
#[case::same_title_other_team(&[Title { key: "x", owner: "a3", title: "Nghe máy trong 20 giây", parent: "t2-1" }], &[])]
fn boundaries_on_a_plan_file(#[case] changes: &[Change], #[case] want: &[(Rule, &str)]) {
    let (_dir, path, mut plan) = plan_file();
    small_org(&mut plan);
    for c in changes {
        apply(&mut plan, c);
    }
    plan.close().unwrap();
    let mut plan = Plan::open(&path).unwrap();
    let got: BTreeSet<(Rule, String)> = plan
        .check(None)
        .unwrap()
        .into_iter()
        .map(|f| (f.rule, f.objective.unwrap_or(f.owner)))
        .collect();
    let want: BTreeSet<(Rule, String)> = want.iter().map(|(r, k)| (*r, k.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn the_plans_settings_change_what_is_flagged() {
    let (_dir, _path, mut plan) = plan_file();
    small_org(&mut plan);
    apply(
        &mut plan,
        &Load {
            owner: "a1",
            total: 3,
            parent: Some("t1-1"),
        },
    );
    let flagged =
        |plan: &mut Plan, rule: Rule| plan.check(None).unwrap().into_iter().filter(|f| f.rule == rule).count();
    assert_eq!(flagged(&mut plan, Rule::Overload), 0);
    plan.set_settings(&Settings {
        agent_cap: 2,
        ..Settings::default()
    })
    .unwrap();
    assert_eq!(flagged(&mut plan, Rule::Overload), 1);
    // Every key result of the small organisation goes from 60 to 80: a third.
    plan.set_settings(&Settings {
        change_limit: 0.33,
        ..Settings::default()
    })
    .unwrap();
    assert_eq!(flagged(&mut plan, Rule::OverreachingTarget), 11);
    plan.set_settings(&Settings {
        change_limit: 1.0 / 3.0,
        ..Settings::default()
    })
    .unwrap();
    assert_eq!(flagged(&mut plan, Rule::OverreachingTarget), 0);
}

#[test]
fn severities_follow_the_rule() {
    let (_dir, _path, mut plan) = example_plan();
    for f in plan.check(None).unwrap() {
        assert_eq!(f.severity, f.rule.severity());
    }
    assert_eq!(Rule::SkipLevel.severity(), Severity::Warning);
    let q: Quarter = "2026-Q4".parse().unwrap();
    assert!(plan
        .check(Some(q))
        .unwrap()
        .iter()
        .any(|f| f.severity == Severity::Info));
}

#[test]
fn the_example_findings_read_in_vietnamese_and_thai() {
    let (_dir, _path, mut plan) = example_plan();
    let snap = plan.snapshot(None).unwrap();
    let english = check_quarter(&snap, None);
    assert!(english.len() > 20);
    for (lang, marker) in [(cascade::Lang::Vi, "mục tiêu"), (cascade::Lang::Th, "วัตถุประสงค์")]
    {
        let local = check_quarter_in(&snap, None, lang);
        assert_eq!(
            local.iter().map(key).collect::<Vec<_>>(),
            english.iter().map(key).collect::<Vec<_>>(),
            "{lang}: the same findings in the same order"
        );
        for (l, e) in local.iter().zip(&english) {
            assert_ne!(l.message, e.message, "{lang}: {} left in English", e.rule.name());
            assert!(l.message.to_lowercase().contains(marker), "{lang}: {}", l.message);
            // Names and keys are the plan's own, whatever the language.
            if let Some(o) = &e.objective {
                assert!(l.message.contains(&format!("({o})")), "{lang}: {}", l.message);
            }
            match (&l.suggestion, &e.suggestion) {
                (Some(ls), Some(es)) => {
                    assert_ne!(ls.text, es.text, "{lang}: suggestion of {} in English", e.rule.name());
                    assert_eq!(ls.objectives, es.objectives);
                }
                (None, None) => {}
                _ => panic!("{lang}: a suggestion appeared or went"),
            }
        }
    }
}
