//! The import's rules against a plan that already holds data: problems that only show
//! when the file and the plan are seen together, and updates by key.

use cascade::import::{import_csv, import_json, ImportError, ImportFiles, ImportOptions, InputFile};
use cascade::{Plan, Settings};

fn file(name: &str, text: &str) -> Option<InputFile> {
    Some(InputFile {
        name: name.into(),
        bytes: text.as_bytes().to_vec(),
    })
}

fn base() -> (tempfile::TempDir, Plan) {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::create(dir.path().join("p.okr")).unwrap();
    import_csv(
        &mut plan,
        ImportFiles {
            org: file("org.csv", "key,name,level,parent\nco,Co,company,\nd1,Div 1,division,co\nd2,Div 2,division,co\nt1,Team 1,team,d1\na1,An,agent,t1\n"),
            objectives: file(
                "objectives.csv",
                "key,quarter,owner,title,parent\nc,2026-Q4,co,Company,\nd,2026-Q4,d1,Division,c\nt,2026-Q4,t1,Team,d\n",
            ),
            key_results: file("key_results.csv", "objective,title,baseline,target,current\nt,CSAT,4,5,4.5\n"),
        }, ImportOptions::default(),
    )
    .unwrap();
    (dir, plan)
}

fn problems(r: Result<cascade::import::ImportReport, ImportError>) -> Vec<String> {
    match r {
        Err(ImportError::Invalid { problems, .. }) => problems.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn problems_seen_only_with_the_plan() {
    let cases: &[(&str, ImportFiles, &str)] = &[
        (
            "a cycle through objectives already in the plan",
            ImportFiles { objectives: file("o.csv", "key,quarter,owner,title,parent\nc,2026-Q4,co,Company,t\n"), ..Default::default() },
            "o.csv line 2, column parent: \"t\" would make a cycle of objectives: c → t → d → c",
        ),
        (
            "a second company beside the plan's",
            ImportFiles { org: file("org.csv", "key,name,level,parent\nco2,Other,company,\n"), ..Default::default() },
            "org.csv line 2, column level: \"company\" is not possible here: a plan holds exactly one company and \"co\" is already it",
        ),
        (
            "a level change that strands the people below",
            ImportFiles { org: file("org.csv", "key,name,level,parent\nt1,Team 1,division,co\n"), ..Default::default() },
            "org.csv line 2, column level: \"division\" would leave the agent \"a1\" under a division; move it first",
        ),
        (
            "an owner only the file could have had",
            ImportFiles { objectives: file("o.csv", "key,quarter,owner,title,parent\nx,2026-Q4,ghost,X,\n"), ..Default::default() },
            "o.csv line 2, column owner: \"ghost\" is not the key of a node in org.csv or in the plan",
        ),
    ];
    for (name, files, expected) in cases {
        let (_dir, mut plan) = base();
        let before = plan.snapshot(None).unwrap();
        let got = problems(import_csv(&mut plan, files.clone(), ImportOptions::default()));
        assert!(got.iter().any(|p| p == expected), "{name}: {got:#?}");
        assert_eq!(plan.snapshot(None).unwrap(), before, "{name}: the plan changed");
    }
}

#[test]
fn updates_by_key_and_moves_under_a_new_parent() {
    let (_dir, mut plan) = base();
    let report = import_csv(
        &mut plan,
        ImportFiles {
            // The team moves to another division; a new agent comes before its team.
            org: file(
                "org.csv",
                "key;name;level;parent\na2;Bình;agent;t2\nt1;Team One;team;d2\nt2;Team 2;team;d2\n",
            ),
            objectives: file("o.csv", "key,quarter,owner,title,parent\nt,2026-Q4,t1,Team,\n"),
            ..Default::default()
        },
        ImportOptions::default(),
    )
    .unwrap();
    assert_eq!((report.nodes_added, report.nodes_updated), (2, 1));
    assert_eq!((report.objectives_added, report.objectives_updated), (0, 1));
    let t1 = plan.node_by_key("t1").unwrap();
    assert_eq!(
        (t1.name.as_str(), t1.parent_id),
        ("Team One", Some(plan.node_by_key("d2").unwrap().id))
    );
    assert_eq!(
        plan.node_by_key("a2").unwrap().parent_id,
        Some(plan.node_by_key("t2").unwrap().id)
    );
    let t = plan.objective_by_key("t").unwrap();
    assert_eq!(t.parent_id, None, "an empty parent unlinks");
    assert_eq!(
        plan.key_results(t.id).unwrap().len(),
        1,
        "key results not in the file are kept"
    );
}

#[test]
fn json_brings_settings_and_lineage() {
    let (_dir, mut plan) = base();
    let settings = Settings {
        agent_cap: 4,
        ..Settings::default()
    };
    plan.set_settings(&settings).unwrap();
    plan.rollover("2026-Q4".parse().unwrap(), "2027-Q1".parse().unwrap(), true)
        .unwrap();
    let json = plan.export_json().unwrap();
    let mut copy = Plan::in_memory().unwrap();
    import_json(
        &mut copy,
        &InputFile {
            name: "plan.json".into(),
            bytes: json.clone(),
        },
        ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(copy.settings().unwrap(), settings);
    let carried = copy.objective_by_key("t-2027q1").unwrap();
    assert_eq!(carried.carried_from, Some(copy.objective_by_key("t").unwrap().id));
    assert_eq!(copy.export_json().unwrap(), json);

    let newer = String::from_utf8(json)
        .unwrap()
        .replacen("\"version\": 1", "\"version\": 99", 1);
    let got = problems(import_json(
        &mut copy,
        &InputFile {
            name: "plan.json".into(),
            bytes: newer.into_bytes(),
        },
        ImportOptions::default(),
    ));
    assert!(got[0].contains("newer Cascade"), "{got:?}");
}

#[test]
fn problems_are_capped_and_say_so() {
    let (_dir, mut plan) = base();
    let mut text = String::from("key,quarter,owner,title,parent\n");
    for i in 0..60 {
        text.push_str(&format!("bad-{i},2026-Q9,co,Title,\n"));
    }
    let err = import_csv(
        &mut plan,
        ImportFiles {
            objectives: file("o.csv", &text),
            ..Default::default()
        },
        ImportOptions::default(),
    )
    .unwrap_err();
    let message = err.to_string();
    match err {
        ImportError::Invalid { problems, more } => {
            assert_eq!((problems.len(), more), (cascade::import::MAX_PROBLEMS, true));
            assert_eq!(
                problems[0].to_string(),
                "o.csv line 2, column quarter: \"2026-Q9\" is not a quarter (expected YYYY-Q1..Q4)"
            );
            assert_eq!(
                problems[49].to_string(),
                "o.csv line 51, column quarter: \"2026-Q9\" is not a quarter (expected YYYY-Q1..Q4)"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(message.contains("only the first 50 are shown"), "{message}");
    assert_eq!(plan.objectives(None).unwrap().len(), 3);
}
