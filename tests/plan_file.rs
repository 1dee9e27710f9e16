//! The plan file on disk: every rule of the organisation, objectives and key results,
//! each refusal, and that a refused action leaves the file byte for byte as it was.

mod common;

use std::path::{Path, PathBuf};

use cascade::store::schema::{APPLICATION_ID, SCHEMA_VERSION};
use cascade::{
    KeyResultPatch, KrKind, Level, NewKeyResult, NewNode, NewObjective, Node, NodePatch, Objective, ObjectivePatch,
    Plan, Quarter, Settings,
};
use uuid::Uuid;

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

fn new_node(key: &str, name: &str, level: Level, parent: Option<Uuid>) -> NewNode {
    NewNode {
        key: Some(key.into()),
        name: name.into(),
        level: Some(level),
        parent_id: parent,
        ..NewNode::default()
    }
}

/// A plan file with company → division → two teams → an agent in each.
struct Org {
    _dir: tempfile::TempDir,
    path: PathBuf,
    company: Node,
    division: Node,
    team1: Node,
    team2: Node,
    agent1: Node,
    agent2: Node,
}

fn org() -> Org {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.okr");
    let mut plan = Plan::create(&path).unwrap();
    let company = plan
        .add_node(new_node("saomai", "Công ty Sao Mai", Level::Company, None))
        .unwrap();
    let division = plan
        .add_node(new_node("cskh", "Khối CSKH", Level::Division, Some(company.id)))
        .unwrap();
    let team1 = plan
        .add_node(new_node("team-1", "Nhóm 1", Level::Team, Some(division.id)))
        .unwrap();
    let team2 = plan
        .add_node(new_node("team-2", "ทีม 2", Level::Team, Some(division.id)))
        .unwrap();
    let agent1 = plan
        .add_node(new_node("a1", "Nguyễn Văn An", Level::Agent, Some(team1.id)))
        .unwrap();
    let agent2 = plan
        .add_node(new_node("a2", "สมชาย ใจดี", Level::Agent, Some(team2.id)))
        .unwrap();
    plan.close().unwrap();
    Org {
        _dir: dir,
        path,
        company,
        division,
        team1,
        team2,
        agent1,
        agent2,
    }
}

fn objective(plan: &mut Plan, key: &str, owner: &Node, quarter: &str, parent: Option<&Objective>) -> Objective {
    plan.add_objective(NewObjective {
        commitment: Default::default(),
        key: Some(key.into()),
        quarter: q(quarter),
        owner_id: owner.id,
        title: format!("Objective {key}"),
        description: String::new(),
        parent_id: parent.map(|p| p.id),
    })
    .unwrap()
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Opens the plan, runs `action` (which must fail with `code`), closes it, and checks the
/// file did not change by a single byte.
fn refused_and_unchanged(path: &Path, code: &str, action: impl FnOnce(&mut Plan) -> cascade::Result<()>) {
    let before = bytes(path);
    let mut plan = Plan::open(path).unwrap();
    let err = action(&mut plan).expect_err("the action must be refused");
    assert_eq!(err.code(), code, "{err}");
    plan.close().unwrap();
    assert!(bytes(path) == before, "a refused action changed the file ({err})");
    assert!(!path.with_extension("okr-wal").exists());
}

#[test]
fn a_new_plan_is_marked_versioned_and_one_file_after_close() {
    let o = org();
    let conn = rusqlite::Connection::open(&o.path).unwrap();
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0)).unwrap();
    let ver: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!((app, ver, mode.as_str()), (APPLICATION_ID, SCHEMA_VERSION, "wal"));
    drop(conn);
    let dir = o.path.parent().unwrap();
    let names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        vec![std::ffi::OsString::from("plan.okr")],
        "no -wal or -shm left behind"
    );
}

#[test]
fn create_refuses_an_existing_file() {
    let o = org();
    let before = bytes(&o.path);
    assert_eq!(Plan::create(&o.path).unwrap_err().code(), "already-exists");
    assert_eq!(bytes(&o.path), before);
}

#[test]
fn foreign_keys_are_on() {
    let o = org();
    let plan = Plan::open(&o.path).unwrap();
    drop(plan);
    // Through the core, a dangling owner is refused before SQLite sees it; the schema
    // itself refuses one too when the core's checks are bypassed.
    let mut plan = Plan::open(&o.path).unwrap();
    let err = plan
        .transact(|tx| {
            tx.execute(
                "INSERT INTO objective (id, key, quarter, owner_id, title, created_at, updated_at) \
                 VALUES (randomblob(16), 'x', '2026-Q4', randomblob(16), 't', 0, 0)",
                [],
            )?;
            Ok(())
        })
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("a link points to something that is not in the plan"),
        "{err}"
    );
    assert!(
        !err.to_string().contains("FOREIGN KEY"),
        "no SQL in what people read: {err}"
    );
}

#[test]
fn levels_must_follow_the_cascade() {
    let o = org();
    let cases: Vec<(&str, NewNode, &str)> = vec![
        (
            "agent under a division",
            new_node("x1", "X", Level::Agent, Some(o.division.id)),
            "level-order",
        ),
        (
            "team under the company",
            new_node("x2", "X", Level::Team, Some(o.company.id)),
            "level-order",
        ),
        (
            "division with no parent",
            new_node("x3", "X", Level::Division, None),
            "level-order",
        ),
        (
            "division under a team",
            new_node("x4", "X", Level::Division, Some(o.team1.id)),
            "level-order",
        ),
        (
            "second company",
            new_node("x5", "Other company", Level::Company, None),
            "second-company",
        ),
        (
            "company under a node",
            new_node("x6", "X", Level::Company, Some(o.division.id)),
            "level-order",
        ),
        (
            "duplicate key",
            new_node("a1", "X", Level::Agent, Some(o.team1.id)),
            "duplicate-key",
        ),
        (
            "empty name",
            new_node("x7", "   ", Level::Agent, Some(o.team1.id)),
            "invalid",
        ),
        (
            "missing parent",
            new_node("x8", "X", Level::Agent, Some(Uuid::now_v7())),
            "not-found",
        ),
        (
            "child of an agent",
            NewNode {
                name: "X".into(),
                parent_id: Some(o.agent1.id),
                ..NewNode::default()
            },
            "level-order",
        ),
    ];
    for (what, new, code) in cases {
        eprintln!("case: {what}");
        refused_and_unchanged(&o.path, code, |p| p.add_node(new).map(|_| ()));
    }
}

#[test]
fn level_order_message_names_the_nodes() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let msg = plan
        .add_node(new_node("x1", "X", Level::Agent, Some(o.division.id)))
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("x1") && msg.contains("team") && msg.contains("\"cskh\""),
        "{msg}"
    );
}

#[test]
fn keys_are_made_from_names_and_kept_unique() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let add = |plan: &mut Plan, name: &str| {
        plan.add_node(NewNode {
            name: name.into(),
            parent_id: Some(o.team1.id),
            ..NewNode::default()
        })
        .unwrap()
    };
    let a = add(&mut plan, "Đặng Đức Trang");
    let b = add(&mut plan, "Đặng Đức Trang");
    let t = add(&mut plan, "พิมพ์ชนก ทองดี");
    assert_eq!((a.key.as_str(), b.key.as_str()), ("dang-duc-trang", "dang-duc-trang-2"));
    assert_eq!(a.level, Level::Agent, "the level follows from the parent");
    assert_eq!(t.key, "พิมพ์ชนก-ทองดี");
    assert_eq!(plan.node_by_key("dang-duc-trang").unwrap().id, a.id);
}

#[test]
fn nodes_are_renamed_and_their_fields_kept() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let n = plan
        .update_node(
            o.agent1.id,
            NodePatch {
                name: Some("Nguyễn Văn Bình".into()),
                role: Some("Giao dịch viên".into()),
                new_hire: Some(true),
                objective_cap: Some(Some(4)),
                notes: Some("Ca tối".into()),
                ..NodePatch::default()
            },
        )
        .unwrap();
    plan.close().unwrap();
    let plan = Plan::open(&o.path).unwrap();
    let back = plan.node(o.agent1.id).unwrap();
    assert_eq!(back, n);
    assert_eq!(
        (back.name.as_str(), back.new_hire, back.objective_cap),
        ("Nguyễn Văn Bình", true, Some(4))
    );
    assert_eq!(back.key, "a1");
}

#[test]
fn moves_follow_the_level_rules() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let moved = plan.move_node(o.agent1.id, o.team2.id).unwrap();
    assert_eq!(moved.parent_id, Some(o.team2.id));
    let back = plan.move_node(o.agent2.id, o.team1.id).unwrap();
    assert_eq!(plan.node(back.id).unwrap().parent_id, Some(o.team1.id));
    plan.close().unwrap();
    refused_and_unchanged(&o.path, "level-order", |p| {
        p.move_node(o.agent1.id, o.division.id).map(|_| ())
    });
    refused_and_unchanged(&o.path, "level-order", |p| {
        p.move_node(o.team1.id, o.team2.id).map(|_| ())
    });
    refused_and_unchanged(&o.path, "level-order", |p| {
        p.move_node(o.company.id, o.division.id).map(|_| ())
    });
}

#[test]
fn deleting_a_node_that_holds_things_is_refused_unless_asked() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let top = objective(&mut plan, "top", &o.company, "2026-Q4", None);
    let div = objective(&mut plan, "div", &o.division, "2026-Q4", Some(&top));
    let team = objective(&mut plan, "team", &o.team1, "2026-Q4", Some(&div));
    let agent = objective(&mut plan, "agent", &o.agent1, "2026-Q4", Some(&team));
    // Another team's objective supports team 1's: it will be unlinked, not deleted.
    let other = objective(&mut plan, "other", &o.team2, "2026-Q4", Some(&team));
    plan.close().unwrap();

    refused_and_unchanged(&o.path, "has-dependents", |p| {
        p.delete_node(o.team1.id, false).map(|_| ())
    });
    refused_and_unchanged(&o.path, "has-dependents", |p| {
        p.delete_node(o.agent1.id, false).map(|_| ())
    });

    let mut plan = Plan::open(&o.path).unwrap();
    let msg = plan.delete_node(o.team1.id, false).unwrap_err().to_string();
    assert!(
        msg.contains("team-1") && msg.contains("1 child") && msg.contains("1 objective"),
        "{msg}"
    );
    let report = plan.delete_node(o.team1.id, true).unwrap();
    assert_eq!((report.nodes, report.objectives), (2, 2));
    assert_eq!(plan.node_by_key("a1").unwrap_err().code(), "not-found");
    assert_eq!(plan.objective(agent.id).unwrap_err().code(), "not-found");
    assert_eq!(
        plan.objective(other.id).unwrap().parent_id,
        None,
        "unlinked, still there"
    );

    // An empty node goes without asking.
    let lone = plan
        .add_node(new_node("lone", "Lone", Level::Team, Some(o.division.id)))
        .unwrap();
    assert_eq!(plan.delete_node(lone.id, false).unwrap().nodes, 1);
}

#[test]
fn objectives_refuse_empty_titles_missing_parents_and_cycles() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let a = objective(&mut plan, "a", &o.company, "2026-Q4", None);
    let b = objective(&mut plan, "b", &o.division, "2026-Q4", Some(&a));
    let c = objective(&mut plan, "c", &o.team1, "2026-Q4", Some(&b));
    plan.close().unwrap();

    let title = |t: &str| NewObjective {
        commitment: Default::default(),
        key: None,
        quarter: q("2026-Q4"),
        owner_id: o.agent1.id,
        title: t.into(),
        description: String::new(),
        parent_id: None,
    };
    refused_and_unchanged(&o.path, "invalid", |p| p.add_objective(title("  \t ")).map(|_| ()));
    refused_and_unchanged(&o.path, "not-found", |p| {
        p.add_objective(NewObjective {
            commitment: Default::default(),
            parent_id: Some(Uuid::now_v7()),
            ..title("x")
        })
        .map(|_| ())
    });
    refused_and_unchanged(&o.path, "not-found", |p| {
        p.add_objective(NewObjective {
            commitment: Default::default(),
            owner_id: Uuid::now_v7(),
            ..title("x")
        })
        .map(|_| ())
    });
    refused_and_unchanged(&o.path, "duplicate-key", |p| {
        p.add_objective(NewObjective {
            commitment: Default::default(),
            key: Some("a".into()),
            ..title("x")
        })
        .map(|_| ())
    });
    refused_and_unchanged(&o.path, "cycle", |p| p.link_objective(a.id, Some(c.id)).map(|_| ()));
    refused_and_unchanged(&o.path, "cycle", |p| p.link_objective(b.id, Some(b.id)).map(|_| ()));
    refused_and_unchanged(&o.path, "not-found", |p| {
        p.link_objective(c.id, Some(Uuid::now_v7())).map(|_| ())
    });
    refused_and_unchanged(&o.path, "invalid", |p| {
        p.update_objective(
            c.id,
            ObjectivePatch {
                title: Some("".into()),
                ..Default::default()
            },
        )
        .map(|_| ())
    });

    let mut plan = Plan::open(&o.path).unwrap();
    let msg = plan.link_objective(a.id, Some(c.id)).unwrap_err().to_string();
    assert!(msg.contains("a → c → b → a"), "{msg}");
    let t = plan
        .add_objective(title("  Giảm thời gian chờ trên hotline  "))
        .unwrap();
    assert_eq!(t.title, "Giảm thời gian chờ trên hotline");
    assert_eq!(t.key, "a1-2026q4-1", "keys are generated from owner and quarter");
}

#[test]
fn deleting_an_objective_unlinks_and_counts_its_children() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let a = objective(&mut plan, "a", &o.team1, "2026-Q4", None);
    let c1 = objective(&mut plan, "c1", &o.agent1, "2026-Q4", Some(&a));
    let c2 = objective(&mut plan, "c2", &o.agent1, "2026-Q4", Some(&a));
    plan.add_key_result(NewKeyResult {
        key: None,
        objective_id: a.id,
        title: "FCR".into(),
        kind: KrKind::Progress,
        baseline: Some(68.0),
        target: 80.0,
        current: 70.0,
        unit: "%".into(),
        weight: 1.0,
        measure: String::new(),
    })
    .unwrap();
    assert_eq!(plan.delete_objective(a.id).unwrap(), 2);
    plan.close().unwrap();
    let plan = Plan::open(&o.path).unwrap();
    assert_eq!(plan.objective(c1.id).unwrap().parent_id, None);
    assert_eq!(plan.objective(c2.id).unwrap().parent_id, None);
    assert!(plan.key_results(a.id).unwrap().is_empty());
}

#[test]
fn objectives_are_kept_per_quarter() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    objective(&mut plan, "q4", &o.company, "2026-Q4", None);
    objective(&mut plan, "q1", &o.company, "2027-Q1", None);
    objective(&mut plan, "q3", &o.company, "2026-Q3", None);
    assert_eq!(plan.quarters().unwrap(), vec![q("2026-Q3"), q("2026-Q4"), q("2027-Q1")]);
    let keys: Vec<_> = plan
        .objectives(Some(q("2026-Q4")))
        .unwrap()
        .into_iter()
        .map(|o| o.key)
        .collect();
    assert_eq!(keys, ["q4"]);
    let snap = plan.snapshot(Some(q("2027-Q1"))).unwrap();
    assert_eq!(snap.objectives.len(), 1);
    assert_eq!(snap.nodes.len(), 6);
}

#[test]
fn key_results_progress_order_and_guardrails() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    let obj = objective(&mut plan, "frt", &o.team1, "2026-Q4", None);
    let kr = |title: &str, kind, baseline, target, current| NewKeyResult {
        key: None,
        objective_id: obj.id,
        title: title.into(),
        kind,
        baseline,
        target,
        current,
        unit: "giây".into(),
        weight: 1.0,
        measure: String::new(),
    };
    let frt = plan
        .add_key_result(kr("First response time", KrKind::Progress, Some(120.0), 60.0, 90.0))
        .unwrap();
    let csat = plan
        .add_key_result(kr("CSAT ≥ 4.3", KrKind::KeepAbove, None, 4.3, 4.2))
        .unwrap();
    let flat = plan
        .add_key_result(kr("Flat", KrKind::Progress, Some(5.0), 5.0, 5.0))
        .unwrap();
    assert_eq!((frt.position, csat.position, flat.position), (0, 1, 2));
    assert_eq!((frt.progress(), csat.progress(), flat.progress()), (0.5, 0.0, 1.0));
    let weighted = plan
        .update_key_result(
            frt.id,
            KeyResultPatch {
                weight: Some(2.0),
                position: Some(2),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(weighted.position, 2);
    plan.close().unwrap();

    refused_and_unchanged(&o.path, "invalid", |p| {
        p.add_key_result(kr("No baseline", KrKind::Progress, None, 10.0, 1.0))
            .map(|_| ())
    });
    refused_and_unchanged(&o.path, "invalid", |p| {
        p.add_key_result(kr("NaN", KrKind::Progress, Some(1.0), f64::NAN, 1.0))
            .map(|_| ())
    });
    refused_and_unchanged(&o.path, "invalid", |p| {
        p.update_key_result(
            frt.id,
            KeyResultPatch {
                weight: Some(-1.0),
                ..Default::default()
            },
        )
        .map(|_| ())
    });
    refused_and_unchanged(&o.path, "not-found", |p| {
        p.add_key_result(NewKeyResult {
            key: None,
            objective_id: Uuid::now_v7(),
            ..kr("x", KrKind::Progress, Some(0.0), 1.0, 0.0)
        })
        .map(|_| ())
    });

    let mut plan = Plan::open(&o.path).unwrap();
    let krs = plan.key_results(obj.id).unwrap();
    let titles: Vec<_> = krs.iter().map(|k| k.title.as_str()).collect();
    assert_eq!(titles, ["CSAT ≥ 4.3", "Flat", "First response time"]);
    // (0 + 1 + 2 × 0.5) / 4
    assert_eq!(cascade::objective_progress(&krs), 0.5);
    plan.delete_key_result(csat.id).unwrap();
    let positions: Vec<_> = plan.key_results(obj.id).unwrap().iter().map(|k| k.position).collect();
    assert_eq!(positions, [0, 1]);
}

#[test]
fn settings_default_and_change_per_plan() {
    let o = org();
    let mut plan = Plan::open(&o.path).unwrap();
    assert_eq!(plan.settings().unwrap(), Settings::default());
    let s = Settings {
        agent_cap: 4,
        new_hire_cap: 1,
        change_limit: 0.5,
        ..Settings::default()
    };
    plan.set_settings(&s).unwrap();
    plan.close().unwrap();
    let plan = Plan::open(&o.path).unwrap();
    assert_eq!(plan.settings().unwrap(), s);
    let mut agent = o.agent1.clone();
    assert_eq!(s.cap_for(&agent), 4);
    agent.new_hire = true;
    assert_eq!(s.cap_for(&agent), 1);
    agent.objective_cap = Some(7);
    assert_eq!(s.cap_for(&agent), 7);
    assert_eq!(s.cap_for(&o.team2), 5);
}

#[test]
fn a_failing_action_rolls_back_everything_it_did() {
    let o = org();
    let before = bytes(&o.path);
    let mut plan = Plan::open(&o.path).unwrap();
    let err = plan
        .transact(|tx| {
            cascade::edit::node::add(tx, new_node("half", "Half", Level::Team, Some(o.division.id)))?;
            cascade::edit::node::add(tx, new_node("half", "Half again", Level::Team, Some(o.division.id)))
        })
        .unwrap_err();
    assert_eq!(err.code(), "duplicate-key");
    assert_eq!(plan.node_by_key("half").unwrap_err().code(), "not-found");
    plan.close().unwrap();
    assert!(bytes(&o.path) == before);
}

#[test]
fn a_newer_plan_is_refused_and_not_touched() {
    let o = org();
    let conn = rusqlite::Connection::open(&o.path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    conn.close().unwrap();
    let before = bytes(&o.path);
    let err = Plan::open(&o.path).unwrap_err();
    assert_eq!(err.code(), "newer-schema");
    assert!(err.to_string().contains("newer Cascade"), "{err}");
    assert!(bytes(&o.path) == before);
}

#[test]
fn files_that_are_not_plans_are_refused_and_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let other_db = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&other_db).unwrap();
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    conn.close().unwrap();
    let text = dir.path().join("notes.okr");
    std::fs::write(&text, "key,name\nthis is a spreadsheet, not a plan\n".repeat(50)).unwrap();
    let empty = dir.path().join("empty.okr");
    std::fs::write(&empty, "").unwrap();
    let tagged = dir.path().join("tagged.db");
    let conn = rusqlite::Connection::open(&tagged).unwrap();
    conn.pragma_update(None, "application_id", 42).unwrap();
    conn.execute_batch("CREATE TABLE t (x);").unwrap();
    conn.close().unwrap();

    for path in [&other_db, &text, &empty, &tagged] {
        let before = bytes(path);
        let err = Plan::open(path).unwrap_err();
        assert_eq!(err.code(), "not-a-plan", "{}: {err}", path.display());
        assert!(err.to_string().contains(&path.display().to_string()));
        assert!(bytes(path) == before, "{} was modified", path.display());
    }
    assert_eq!(
        Plan::open(dir.path().join("missing.okr")).unwrap_err().code(),
        "not-a-plan"
    );
}

#[test]
fn the_sample_organisation_is_a_valid_plan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.okr");
    let mut plan = Plan::create(&path).unwrap();
    let counts = cascade::demo::fill(&mut plan).unwrap();
    plan.close().unwrap();
    assert!(counts.nodes >= 30 && counts.objectives >= 100 && counts.key_results > counts.objectives);
    common::assert_sound(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let divisions: i64 = conn
        .query_row("SELECT count(*) FROM node WHERE level = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(divisions, 2);
}

/// Each released plan format is kept as a sample file; opening a copy must upgrade it to
/// the current format and keep every row.
#[test]
fn released_plan_formats_open_and_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.okr");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/plan-v1.okr"), &path).unwrap();
    let mut plan = Plan::open(&path).unwrap();
    let snap = plan.snapshot(None).unwrap();
    assert_eq!(
        (snap.nodes.len(), snap.objectives.len(), snap.key_results.len()),
        (45, 177, 288)
    );
    plan.close().unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let ver: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(ver, SCHEMA_VERSION);
}

/// A plan of format 3 (before key results named their measure, before the history)
/// upgrades to the newest format: every row, check-in and review mark kept, every
/// measure empty, the history empty; a measure can then be set, and undone.
#[test]
fn a_plan_of_format_3_upgrades_with_empty_measures_and_an_empty_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.okr");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/plan-v3.okr"), &path).unwrap();
    let held: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(held, 3, "the sample is of format 3");
    let count = |sql: &str| -> i64 {
        rusqlite::Connection::open(&path)
            .unwrap()
            .query_row(sql, [], |r| r.get(0))
            .unwrap()
    };
    let reviews = count("SELECT count(*) FROM review");
    let mut plan = Plan::open(&path).unwrap();
    assert!(plan.history(&Default::default(), cascade::Lang::En).unwrap().is_empty());
    let snap = plan.snapshot(None).unwrap();
    assert_eq!(
        (snap.nodes.len(), snap.objectives.len(), snap.key_results.len()),
        (23, 127, 346)
    );
    assert!(snap.key_results.iter().all(|k| k.measure.is_empty()));
    assert_eq!(plan.checkins("o00001-kr1").unwrap().len(), 1);
    let kr = plan.key_result("o00001-kr1").unwrap();
    let set = plan
        .update_key_result(
            kr.id,
            cascade::KeyResultPatch {
                measure: Some(" FCR ".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(set.measure, "FCR");
    plan.undo().unwrap();
    assert_eq!(
        plan.key_result("o00001-kr1").unwrap(),
        kr,
        "the upgraded plan's change undone"
    );
    plan.close().unwrap();
    assert_eq!(count("SELECT count(*) FROM review"), reviews, "review marks kept");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let ver: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(ver, SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, 6);
}

/// A window's view is valid for one version of the plan: the version moves with every
/// change committed through this handle or by another process, and only then.
#[test]
fn the_version_moves_with_every_change_and_only_then() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v.okr");
    let mut mine = Plan::create(&path).unwrap();
    let mut theirs = Plan::open(&path).unwrap();
    let v0 = mine.version().unwrap();
    assert_eq!(mine.version().unwrap(), v0, "reading changes nothing");
    mine.add_node(cascade::NewNode {
        key: Some("co".into()),
        name: "Công ty".into(),
        level: Some(cascade::Level::Company),
        ..cascade::NewNode::default()
    })
    .unwrap();
    let v1 = mine.version().unwrap();
    assert_ne!(v1, v0, "its own change");
    let t1 = theirs.version().unwrap();
    theirs.set_settings(&cascade::Settings::default()).unwrap();
    assert_ne!(mine.version().unwrap(), v1, "a change by another connection");
    assert_eq!(mine.version().unwrap(), mine.version().unwrap());
    assert_ne!(theirs.version().unwrap(), t1);
}
