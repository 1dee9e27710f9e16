//! The read models and helpers the desktop app uses, on real plan files.

use cascade::{KrKind, Level, NewKeyResult, NewNode, NewObjective, Plan};
use uuid::Uuid;

fn kr(title: &str, target: f64) -> NewKeyResult {
    NewKeyResult {
        key: None,
        objective_id: Uuid::nil(),
        title: title.into(),
        kind: KrKind::Progress,
        baseline: Some(10.0),
        target,
        current: 10.0,
        unit: "%".into(),
        weight: 1.0,
        measure: String::new(),
    }
}

fn plan_with_company(dir: &tempfile::TempDir) -> (Plan, Uuid) {
    let mut plan = Plan::create(dir.path().join("p.okr")).unwrap();
    let co = plan
        .add_node(NewNode {
            name: "Sao Mai".into(),
            level: Some(Level::Company),
            ..Default::default()
        })
        .unwrap();
    (plan, co.id)
}

fn new_obj(owner: Uuid, title: &str) -> NewObjective {
    NewObjective {
        key: None,
        quarter: "2026-Q4".parse().unwrap(),
        owner_id: owner,
        title: title.into(),
        description: String::new(),
        parent_id: None,
        commitment: Default::default(),
    }
}

#[test]
fn objective_from_a_template_comes_with_its_key_results() {
    let dir = tempfile::tempdir().unwrap();
    let (mut plan, co) = plan_with_company(&dir);
    let (o, krs) = plan
        .add_objective_with_key_results(new_obj(co, "Nâng cao CSAT"), vec![kr("CSAT", 20.0), kr("NPS", 15.0)])
        .unwrap();
    assert_eq!(krs.len(), 2);
    let stored = plan.key_results(o.id).unwrap();
    assert_eq!(
        stored.iter().map(|k| k.title.as_str()).collect::<Vec<_>>(),
        vec!["CSAT", "NPS"]
    );
    assert!(stored.iter().all(|k| k.objective_id == o.id));
}

#[test]
fn a_bad_key_result_in_a_template_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut plan, co) = plan_with_company(&dir);
    let err = plan
        .add_objective_with_key_results(new_obj(co, "Nâng cao CSAT"), vec![kr("CSAT", 20.0), kr("", 15.0)])
        .unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert!(
        plan.objectives(None).unwrap().is_empty(),
        "the objective was rolled back too"
    );
}

#[test]
fn save_copy_makes_an_independent_plan_and_never_overwrites_without_consent() {
    let dir = tempfile::tempdir().unwrap();
    let (mut plan, co) = plan_with_company(&dir);
    plan.add_objective(new_obj(co, "Giảm thời gian chờ")).unwrap();
    let copy = dir.path().join("copy.okr");
    plan.save_copy(&copy, false).unwrap();
    assert_eq!(plan.save_copy(&copy, false).unwrap_err().code(), "already-exists");
    plan.save_copy(&copy, true).unwrap();
    let own = plan.path().unwrap().to_path_buf();
    assert_eq!(plan.save_copy(&own, true).unwrap_err().code(), "already-exists");
    plan.add_objective(new_obj(co, "Only in the original")).unwrap();
    let other = Plan::open(&copy).unwrap();
    assert_eq!(other.objectives(None).unwrap().len(), 1);
}
