//! Small plans for the view models' tests.

use uuid::Uuid;

use crate::{KrKind, Level, NewKeyResult, NewNode, NewObjective, Node, Objective, Plan, Quarter};

pub fn q4() -> Quarter {
    "2026-Q4".parse().unwrap()
}

pub fn node(plan: &mut Plan, name: &str, level: Level, parent: Option<Uuid>) -> Node {
    plan.add_node(NewNode {
        name: name.into(),
        level: Some(level),
        parent_id: parent,
        ..Default::default()
    })
    .unwrap()
}

/// An objective of 2026-Q4.
pub fn obj(plan: &mut Plan, owner: Uuid, title: &str, parent: Option<Uuid>) -> Objective {
    obj_in(plan, q4(), owner, title, parent)
}

pub fn obj_in(plan: &mut Plan, quarter: Quarter, owner: Uuid, title: &str, parent: Option<Uuid>) -> Objective {
    plan.add_objective(NewObjective {
        key: None,
        quarter,
        owner_id: owner,
        title: title.into(),
        description: String::new(),
        parent_id: parent,
        commitment: Default::default(),
    })
    .unwrap()
}

/// A key result from 0 to 100 standing at `current`.
pub fn kr(plan: &mut Plan, objective: Uuid, current: f64) {
    plan.add_key_result(NewKeyResult {
        key: None,
        objective_id: objective,
        title: "Measure".into(),
        kind: KrKind::Progress,
        baseline: Some(0.0),
        target: 100.0,
        current,
        unit: String::new(),
        weight: 1.0,
        measure: String::new(),
    })
    .unwrap();
}
