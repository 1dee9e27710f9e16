//! Many review copies at once, through the real `okr` binary: `okr handout --each` and
//! `okr merge PLAN COPY...`.

mod common;

use std::path::Path;

use cascade::{Level, Plan};
use common::{import_sample, okr, okr_ok};

/// The keys of the plan's teams, in key order.
fn teams(plan: &Path) -> Vec<String> {
    let p = Plan::open(plan).unwrap();
    let mut keys: Vec<String> = p
        .nodes()
        .unwrap()
        .into_iter()
        .filter(|n| n.level == Level::Team)
        .map(|n| n.key)
        .collect();
    keys.sort();
    keys
}

/// The key of a 2026-Q4 objective the team owns and of its first key result.
fn objective_and_kr(plan: &Path, team: &str) -> (String, String) {
    let p = Plan::open(plan).unwrap();
    let node = p.node_by_key(team).unwrap();
    let o = p
        .objectives(Some("2026-Q4".parse().unwrap()))
        .unwrap()
        .into_iter()
        .find(|o| o.owner_id == node.id && !p.key_results(o.id).unwrap().is_empty())
        .unwrap();
    let kr = p.key_results(o.id).unwrap().remove(0);
    (o.key, kr.key)
}

/// Records a check-in and a review comment in the copy of `team`, as its reviewer would.
fn review(dir: &Path, copy: &str, team: &str, value: &str) {
    let (objective, kr) = objective_and_kr(&dir.join(copy), team);
    okr_ok(
        dir,
        &[
            "checkin",
            copy,
            "--kr",
            &kr,
            "--value",
            value,
            "--date",
            "2026-11-20",
            "--note",
            "giữa quý",
        ],
    );
    okr_ok(
        dir,
        &[
            "review",
            copy,
            "--quarter",
            "2026-Q4",
            "--node",
            team,
            "--by",
            "Chị Lan",
            "--comment",
            &format!("{objective}=Ổn, giữ nhịp"),
        ],
    );
}

/// Every row of every table of plan content, in a fixed order, as text.
/// The plan's content, table by table (not its history, which records the order of the
/// merges).
fn dump(plan: &Path) -> String {
    let c = rusqlite::Connection::open(plan).unwrap();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('plan_meta', 'history') ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let mut st = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.push_str(&format!("[{t}]\n{}\n", rows.join("\n")));
    }
    out
}

#[test]
fn each_team_gets_one_valid_copy_and_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "plan.okr");
    let teams = teams(&d.join("plan.okr"));
    assert!(teams.len() >= 2, "{teams:?}");
    let out = okr_ok(d, &["handout", "plan.okr", "--each", "team", "--out", "reviews"]);
    assert!(
        out.stdout.contains(&format!("wrote {} review copies", teams.len())),
        "{}",
        out.stdout
    );

    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("reviews/index.json")).unwrap()).unwrap();
    let listed: Vec<&str> = index
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["review"]["nodeKey"].as_str().unwrap())
        .collect();
    assert_eq!(listed, teams);
    let plan_id = Plan::open(d.join("plan.okr")).unwrap().plan_id().unwrap();
    for team in &teams {
        let copy = Plan::open(d.join(format!("reviews/{team}.okr"))).unwrap();
        let info = copy.review_info().unwrap().expect("a review copy");
        assert_eq!(info.node_key, *team);
        assert_eq!(info.plan_id, plan_id);
    }
    // Unchanged copies merge back with nothing to apply.
    let before = dump(&d.join("plan.okr"));
    let copies: Vec<String> = teams.iter().map(|t| format!("reviews/{t}.okr")).collect();
    let mut args = vec!["merge", "plan.okr"];
    args.extend(copies.iter().map(String::as_str));
    let merged = okr_ok(d, &args);
    assert!(
        merged.stdout.contains(&format!(
            "{0} of {0} copies merged (0 with conflicts), 0 refused",
            teams.len()
        )),
        "{}",
        merged.stdout
    );
    assert_eq!(dump(&d.join("plan.okr")), before);

    // --under keeps to one division; existing files are never overwritten.
    let under = okr_ok(
        d,
        &[
            "handout", "plan.okr", "--each", "team", "--under", "cskh", "--out", "cskh",
        ],
    );
    assert!(under.stdout.contains("wrote 2 review copies"), "{}", under.stdout);
    let again = okr(d, &["handout", "plan.okr", "--each", "team", "--out", "reviews"]);
    assert_eq!(again.code, 2, "{}", again.stdout);
    assert!(again.stderr.contains("exists"), "{}", again.stderr);
}

#[test]
fn a_foreign_copy_among_many_is_refused_and_the_others_merge() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "plan.okr");
    import_sample(d, "other.okr");
    let teams = teams(&d.join("plan.okr"));
    okr_ok(d, &["handout", "plan.okr", "--each", "team", "--out", "reviews"]);
    okr_ok(
        d,
        &["handout", "other.okr", "--node", &teams[0], "--out", "foreign.okr"],
    );
    for (i, team) in teams.iter().enumerate() {
        review(d, &format!("reviews/{team}.okr"), team, &format!("{}", 40 + i));
    }
    review(d, "foreign.okr", &teams[0], "99");

    let mut args = vec!["merge".to_string(), "plan.okr".to_string(), "foreign.okr".to_string()];
    args.extend(teams.iter().map(|t| format!("reviews/{t}.okr")));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = okr(d, &args);
    assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("refused foreign.okr (foreign-review)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!(
            "{0} of {1} copies merged (0 with conflicts), 1 refused",
            teams.len(),
            teams.len() + 1
        )),
        "{}",
        r.stdout
    );

    let p = Plan::open(d.join("plan.okr")).unwrap();
    for (i, team) in teams.iter().enumerate() {
        let (_, kr) = objective_and_kr(&d.join("plan.okr"), team);
        let values: Vec<f64> = p.checkins(&kr).unwrap().iter().map(|c| c.value).collect();
        assert_eq!(values, [40.0 + i as f64], "{team}");
    }
    assert_eq!(p.comments(None).unwrap().len(), teams.len());

    // The JSON report says the same, copy by copy.
    let again = okr(d, &[&args[..], &["--format", "json"]].concat());
    assert_eq!(again.code, 2);
    let json: serde_json::Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(json["outcome"], "someRefused");
    assert_eq!(json["copies"][0]["refused"]["code"], "foreign-review");
    assert!(
        json["copies"][1]["report"]["changes"].as_array().unwrap().is_empty(),
        "merged already"
    );
}

#[test]
fn copies_of_disjoint_parts_merge_to_the_same_plan_in_any_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "a.okr");
    std::fs::copy(d.join("a.okr"), d.join("b.okr")).unwrap();
    let teams = teams(&d.join("a.okr"));
    okr_ok(d, &["handout", "a.okr", "--node", &teams[0], "--out", "one.okr"]);
    okr_ok(d, &["handout", "a.okr", "--node", &teams[1], "--out", "two.okr"]);
    review(d, "one.okr", &teams[0], "61");
    review(d, "two.okr", &teams[1], "62");

    okr_ok(d, &["merge", "a.okr", "one.okr", "two.okr"]);
    okr_ok(d, &["merge", "b.okr", "two.okr", "one.okr"]);
    let (a, b) = (dump(&d.join("a.okr")), dump(&d.join("b.okr")));
    assert!(a.contains("62.0") && a.contains("Ổn, giữ nhịp"), "{a}");
    assert_eq!(a, b);
}

/// The findings each copy brings or resolves are the same merged in one run (where the
/// findings after one copy stand for the findings before the next) as merged one at a
/// time, each judging the whole plan before and after.
#[test]
fn findings_of_many_copies_are_those_of_one_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "a.okr");
    std::fs::copy(d.join("a.okr"), d.join("b.okr")).unwrap();
    let teams = teams(&d.join("a.okr"));
    okr_ok(d, &["handout", "a.okr", "--each", "team", "--out", "reviews"]);
    let copies: Vec<std::path::PathBuf> = teams.iter().map(|t| d.join(format!("reviews/{t}.okr"))).collect();
    // Each reviewer brings findings (an objective supporting nothing, without key
    // results); the second also takes every key result off one of its objectives.
    for (i, (team, copy)) in teams.iter().zip(&copies).enumerate() {
        let mut c = Plan::open(copy).unwrap();
        let owner = c.node_by_key(team).unwrap().id;
        c.add_objective(cascade::NewObjective {
            key: Some(format!("new-{i}")),
            quarter: "2026-Q4".parse().unwrap(),
            owner_id: owner,
            title: format!("Mục tiêu mới {i}"),
            description: String::new(),
            parent_id: None,
            commitment: Default::default(),
        })
        .unwrap();
        if i == 1 {
            let (objective, _) = objective_and_kr(copy, team);
            let o = c
                .objectives(None)
                .unwrap()
                .into_iter()
                .find(|o| o.key == objective)
                .unwrap();
            for kr in c.key_results(o.id).unwrap() {
                c.delete_key_result(kr.id).unwrap();
            }
        }
    }
    let choices = cascade::review_copy::MergeChoices::default();
    let mut a = Plan::open(d.join("a.okr")).unwrap();
    let together = cascade::review_copy::merge_each(&mut a, &copies, &choices);
    let mut b = Plan::open(d.join("b.okr")).unwrap();
    for (copy, run) in copies.iter().zip(&together) {
        let alone = cascade::review_copy::merge(&mut b, copy, &choices).unwrap();
        let run = run.report.as_ref().unwrap();
        assert!(!alone.findings_new.is_empty());
        assert_eq!(run.findings_new, alone.findings_new);
        assert_eq!(run.findings_resolved, alone.findings_resolved);
    }
}

/// The app's combined preview: every copy previewed after the ones before it, a refused
/// one named, and the plan not changed by a byte.
#[test]
fn a_preview_of_many_copies_changes_nothing_and_names_the_refused_one() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    import_sample(d, "other.okr");
    let teams = teams(&d.join("p.okr"));
    for (i, team) in teams.iter().take(2).enumerate() {
        okr_ok(
            d,
            &["handout", "p.okr", "--node", team, "--out", &format!("{team}.okr")],
        );
        review(d, &format!("{team}.okr"), team, &format!("{}", 50 + i));
    }
    okr_ok(
        d,
        &["handout", "other.okr", "--node", &teams[0], "--out", "foreign.okr"],
    );
    let before = std::fs::read(d.join("p.okr")).unwrap();
    let paths = vec![
        d.join(format!("{}.okr", teams[0])),
        d.join("foreign.okr"),
        d.join(format!("{}.okr", teams[1])),
    ];
    let mut plan = Plan::open(d.join("p.okr")).unwrap();
    let each = cascade::review_copy::preview_each(&mut plan, &paths, &Default::default()).unwrap();
    drop(plan);
    assert_eq!(each.len(), 3);
    assert!(each[0].report.as_ref().is_some_and(|r| !r.changes.is_empty()));
    assert_eq!(
        each[1].refused.as_ref().map(|r| r.code.as_str()),
        Some("foreign-review")
    );
    assert!(each[2].report.as_ref().is_some_and(|r| !r.changes.is_empty()));
    assert!(
        std::fs::read(d.join("p.okr")).unwrap() == before,
        "a preview changes nothing"
    );
}
