//! Reorganising and capping people through the session, as the `move_node`,
//! `update_node` and `set_settings` commands do, on real plan files.

use cascade::checks::Rule;
use cascade::{Level, NewNode, NewObjective, NodePatch, Quarter};
use okr_cascade::session::Session;
use uuid::Uuid;

fn q() -> Quarter {
    "2026-Q4".parse().unwrap()
}

fn node(s: &mut Session, name: &str, level: Level, parent: Option<Uuid>) -> Uuid {
    s.edit(|p| {
        p.add_node(NewNode {
            name: name.into(),
            level: Some(level),
            parent_id: parent,
            ..Default::default()
        })
    })
    .unwrap()
    .id
}

/// A company with one division holding two teams, and an agent in the first team.
struct Org {
    division: Uuid,
    team_a: Uuid,
    team_b: Uuid,
    agent: Uuid,
}

fn build(s: &mut Session) -> Org {
    let company = node(s, "Sao Mai", Level::Company, None);
    let division = node(s, "Khối Chăm sóc khách hàng", Level::Division, Some(company));
    let team_a = node(s, "Tổng đài Hà Nội", Level::Team, Some(division));
    let team_b = node(s, "ทีมกรุงเทพ", Level::Team, Some(division));
    let agent = node(s, "Nguyễn Thị Lan", Level::Agent, Some(team_a));
    Org {
        division,
        team_a,
        team_b,
        agent,
    }
}

#[test]
fn an_agent_moves_to_another_team_and_the_tree_shows_it_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    let org = build(&mut s);
    let parent_of = |s: &mut Session, id| s.tree(q()).unwrap().iter().find(|r| r.id == id).unwrap().parent_id;
    assert_eq!(parent_of(&mut s, org.agent), Some(org.team_a), "cached before the move");

    let moved = s.edit(|p| p.move_node(org.agent, org.team_b)).unwrap();
    assert_eq!(moved.parent_id, Some(org.team_b));
    assert_eq!(
        parent_of(&mut s, org.agent),
        Some(org.team_b),
        "the move cleared the cache"
    );
    s.close().unwrap();

    let mut again = Session::open(&path).unwrap();
    let rows = again.tree(q()).unwrap();
    let team = |id| rows.iter().find(|r| r.id == id).unwrap();
    assert_eq!(team(org.team_a).children, 0);
    assert_eq!(team(org.team_b).children, 1);
    assert_eq!(parent_of(&mut again, org.agent), Some(org.team_b));
}

#[test]
fn moving_an_agent_under_a_division_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    let org = build(&mut s);
    s.close().unwrap();
    let before = std::fs::read(&path).unwrap();

    let mut s = Session::open(&path).unwrap();
    let err = s.edit(|p| p.move_node(org.agent, org.division)).unwrap_err();
    assert_eq!(err.code, "level-order");
    let key = s.plan_mut().node(org.agent).unwrap().key;
    assert!(err.message.contains(&key), "names the agent: {}", err.message);
    assert!(
        err.message.contains("division"),
        "names the wrong parent: {}",
        err.message
    );
    s.close().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file is unchanged");

    let again = Session::open(&path).unwrap();
    let n = again.info().unwrap().nodes;
    assert_eq!(n, 5);
}

#[test]
fn a_cap_override_and_the_plan_settings_decide_the_cap_the_tree_shows() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    let company = s.tree(q()).unwrap()[0].id;
    let top = s
        .edit(|p| {
            p.add_objective(NewObjective {
                key: None,
                quarter: q(),
                owner_id: company,
                title: "Giảm thời gian chờ".into(),
                description: String::new(),
                parent_id: None,
                commitment: Default::default(),
            })
        })
        .unwrap()
        .id;
    for title in ["Gọi lại trong 24 giờ", "Nâng CSAT", "Giảm AHT"] {
        s.edit(|p| {
            p.add_objective(NewObjective {
                key: None,
                quarter: q(),
                owner_id: org.agent,
                title: title.into(),
                description: String::new(),
                parent_id: Some(top),
                commitment: Default::default(),
            })
        })
        .unwrap();
    }
    let agent_row = |s: &mut Session| s.tree(q()).unwrap().into_iter().find(|r| r.id == org.agent).unwrap();
    let default_cap = agent_row(&mut s).cap;
    assert!(
        !agent_row(&mut s).over_cap,
        "3 objectives within the default cap {default_cap}"
    );

    let patch = |cap| NodePatch {
        objective_cap: Some(cap),
        ..Default::default()
    };
    s.edit(|p| p.update_node(org.agent, patch(Some(2)))).unwrap();
    let r = agent_row(&mut s);
    assert_eq!((r.cap, r.over_cap), (2, true));
    assert!(s
        .findings(q())
        .unwrap()
        .iter()
        .any(|f| f.owner_id == org.agent && f.rule == Rule::Overload));

    s.edit(|p| p.update_node(org.agent, patch(None))).unwrap();
    assert_eq!(agent_row(&mut s).cap, default_cap, "cleared: back to the level's cap");

    let mut settings = s.info().unwrap().settings;
    settings.agent_cap = 2;
    s.edit(|p| p.set_settings(&settings)).unwrap();
    let r = agent_row(&mut s);
    assert_eq!((r.cap, r.over_cap), (2, true), "the plan's agent cap applies");
    assert_eq!(s.info().unwrap().settings.agent_cap, 2);
}
