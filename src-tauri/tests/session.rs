//! The commands' core calls, run through the session on real plan files.

use cascade::{KrKind, Level, NewKeyResult, NewNode, NewObjective, Quarter};
use okr_cascade::appdata::AppData;
use okr_cascade::session::Session;
use uuid::Uuid;

fn q() -> Quarter {
    "2026-Q4".parse().unwrap()
}

struct Org {
    company: Uuid,
    division: Uuid,
    team: Uuid,
    agent: Uuid,
    top: Uuid,
}

fn build(s: &mut Session) -> Org {
    let node = |s: &mut Session, name: &str, level, parent| {
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
    };
    let company = node(s, "Sao Mai", Level::Company, None);
    let division = node(s, "Khối CSKH", Level::Division, Some(company));
    let team = node(s, "ทีมบริการ", Level::Team, Some(division));
    let agent = node(s, "Lan", Level::Agent, Some(team));
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
    Org {
        company,
        division,
        team,
        agent,
        top,
    }
}

fn add_obj(s: &mut Session, owner: Uuid, title: &str, parent: Option<Uuid>) -> Uuid {
    s.edit(|p| {
        p.add_objective(NewObjective {
            key: None,
            quarter: q(),
            owner_id: owner,
            title: title.into(),
            description: String::new(),
            parent_id: parent,
            commitment: Default::default(),
        })
    })
    .unwrap()
    .id
}

#[test]
fn tree_lists_nodes_depth_first_with_counts_and_caps() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    add_obj(&mut s, org.agent, "A", None);
    let rows = s.tree(q()).unwrap();
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    assert_eq!(ids, vec![org.company, org.division, org.team, org.agent]);
    assert_eq!(rows[0].objectives, 1);
    assert_eq!(rows[0].children, 1);
    assert_eq!(rows[3].objectives, 1);
    assert_eq!(rows[3].cap, 3);
    assert_eq!(rows[2].name, "ทีมบริการ");
}

#[test]
fn edits_are_saved_at_once_and_seen_by_the_next_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    let org = build(&mut s);
    assert_eq!(s.tree(q()).unwrap()[1].objectives, 0, "cached quarter read");
    let d = add_obj(&mut s, org.division, "Giảm thời gian phản hồi", Some(org.top));
    s.edit(|p| {
        p.add_key_result(NewKeyResult {
            objective_id: d,
            key: None,
            title: "FRT".into(),
            kind: KrKind::Progress,
            baseline: Some(120.0),
            target: 60.0,
            current: 90.0,
            unit: "s".into(),
            weight: 1.0,
            measure: String::new(),
        })
    })
    .unwrap();
    assert_eq!(s.tree(q()).unwrap()[1].objectives, 1, "the edit cleared the cache");
    s.close().unwrap();

    let mut again = Session::open(&path).unwrap();
    let detail = again.node_detail(q(), org.division).unwrap();
    let card = &detail.view.objectives[0];
    assert_eq!(card.supports.as_ref().map(|r| r.id), Some(org.top));
    assert!((card.progress - 0.5).abs() < 1e-9);
    let top = again.node_detail(q(), org.company).unwrap();
    assert_eq!(top.view.objectives[0].supporters.len(), 1);
}

#[test]
fn link_candidates_come_from_the_direct_parent_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    let d1 = add_obj(&mut s, org.division, "Nâng cao CSAT", Some(org.top));
    let d2 = add_obj(&mut s, org.division, "Giảm thời gian chờ tổng đài", Some(org.top));
    let t = add_obj(&mut s, org.team, "Giảm thời gian chờ hotline", None);
    let got: Vec<Uuid> = s.link_candidates(t).unwrap().iter().map(|c| c.objective.id).collect();
    assert_eq!(got, vec![d2, d1]);
    assert!(s
        .link_preview(t, Some(d2))
        .unwrap()
        .iter()
        .all(|f| f.objective_id == Some(t)));
    let _ = org.company;
}

#[test]
fn load_puts_the_overloaded_first_and_map_keeps_links_in_the_quarter() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    for i in 0..4 {
        add_obj(&mut s, org.agent, &format!("Agent goal {i}"), None);
    }
    let load = s.load(q()).unwrap();
    assert_eq!(load[0].node_id, org.agent);
    assert!(load[0].over_cap);
    assert_eq!((load[0].objectives, load[0].cap), (4, 3));
    let d = add_obj(&mut s, org.division, "Support goal", Some(org.top));
    let map = s.alignment(q()).unwrap();
    assert_eq!(map.iter().find(|m| m.id == d).unwrap().parent_id, Some(org.top));
    assert_eq!(map.len(), 6);
}

#[test]
fn first_start_makes_the_default_plan_and_offers_the_sample_then_reopens_the_last() {
    let dir = tempfile::tempdir().unwrap();
    let data = AppData::new(dir.path().join("data")).unwrap();
    let (s, offer) = data.startup(None).unwrap();
    assert!(offer, "a fresh default plan is offered the sample");
    assert!(data.default_plan().is_file());
    s.close().unwrap();

    let other = dir.path().join("other.okr");
    let (s, offer) = data.startup(Some(other.clone())).unwrap();
    assert!(!offer);
    assert_eq!(s.path(), other.as_path());
    s.close().unwrap();

    let (s, _) = data.startup(None).unwrap();
    assert_eq!(
        std::fs::canonicalize(s.path()).unwrap(),
        std::fs::canonicalize(&other).unwrap(),
        "reopens the last"
    );
    assert_eq!(data.recent().len(), 2);
}

#[test]
fn save_copy_writes_a_plan_that_opens_and_refuses_the_open_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut s = Session::create(&path).unwrap();
    build(&mut s);
    let copy = dir.path().join("copy.okr");
    s.plan_mut().save_copy(&copy, false).unwrap();
    let err = s.plan_mut().save_copy(&path, true).unwrap_err();
    assert_eq!(err.code(), "already-exists");
    let mut c = Session::open(&copy).unwrap();
    assert_eq!(c.tree(q()).unwrap().len(), 4);
}

#[test]
fn a_file_that_is_not_a_plan_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.okr");
    std::fs::write(&path, "hello").unwrap();
    let err = Session::open(&path).err().unwrap();
    assert_eq!(err.code, "not-a-plan");
    assert!(err.message.contains("notes.okr"));
}

#[test]
fn findings_reach_the_tree_badges_and_a_flagged_link_is_explained_before_it_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    let d = add_obj(&mut s, org.division, "Giảm thời gian chờ tổng đài", Some(org.top));
    let a = add_obj(&mut s, org.agent, "Gọi lại khách trong 24 giờ", None);

    let orphan = s
        .findings(q())
        .unwrap()
        .into_iter()
        .find(|f| f.objective_id == Some(a) && f.rule == cascade::checks::Rule::Orphan)
        .expect("an unlinked agent objective is an orphan");
    assert_eq!(orphan.owner_id, org.agent);
    let rows = s.tree(q()).unwrap();
    assert!(
        rows.iter().all(|r| r.errors >= 1),
        "the error is counted on every ancestor's badge"
    );

    // Linking the agent straight to the division skips the team: explained, not written.
    let preview = s.link_preview(a, Some(d)).unwrap();
    assert!(
        preview.iter().any(|f| f.rule == cascade::checks::Rule::SkipLevel),
        "{preview:?}"
    );
    assert_eq!(
        s.plan_mut().objective(a).unwrap().parent_id,
        None,
        "the preview wrote nothing"
    );

    let t = add_obj(&mut s, org.team, "Giảm thời gian chờ hotline", Some(d));
    assert!(
        s.link_preview(a, Some(t)).unwrap().is_empty(),
        "the right link brings no finding"
    );
    s.edit(|p| p.link_objective(a, Some(t))).unwrap();
    assert!(!s
        .findings(q())
        .unwrap()
        .iter()
        .any(|f| f.objective_id == Some(a) && f.rule == cascade::checks::Rule::Orphan));
}

fn example(name: &str) -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let shared = root.join("../shared/examples/small-support-org").join(name);
    if shared.exists() {
        shared
    } else {
        root.join("tests/data/small-support-org").join(name)
    }
}

#[test]
fn import_is_all_or_nothing_and_names_the_file_and_line_of_a_bad_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let bad = dir.path().join("objectives.csv");
    let mut text = std::fs::read_to_string(example("objectives.csv")).unwrap();
    text.push_str("o99999,2026-Q5,cskh,Bad quarter,\n");
    std::fs::write(&bad, text).unwrap();
    let err = s
        .import_csv(
            Some(example("org.csv")),
            Some(bad),
            Some(example("key_results.csv")),
            false,
        )
        .unwrap_err();
    assert_eq!(err.code, "invalid-import");
    // The message heads the list; the problems travel as rows for the dialog's table.
    let problems = err.problems.clone().unwrap_or_default();
    assert!(
        problems
            .iter()
            .any(|p| p.file == "objectives.csv" && p.value.as_deref() == Some("2026-Q5")),
        "{err:?}"
    );
    // Said again in the window's language, rows included.
    let vi = err.in_lang(cascade::Lang::Vi);
    assert!(vi.message.contains("đã từ chối nhập"), "{}", vi.message);
    let rows = vi.problems.unwrap_or_default();
    assert!(
        rows.iter()
            .all(|p| p.at.as_deref().is_some_and(|a| a.starts_with("dòng"))),
        "{rows:?}"
    );
    assert!(s.tree(q()).unwrap().is_empty(), "nothing was imported");

    let report = s
        .import_csv(
            Some(example("org.csv")),
            Some(example("objectives.csv")),
            Some(example("key_results.csv")),
            false,
        )
        .unwrap();
    assert!(report.nodes_added > 10 && report.objectives_added > 50, "{report:?}");
    assert_eq!(
        s.tree(q()).unwrap().len(),
        report.nodes_added,
        "the tree shows the imported organisation"
    );
}

#[test]
fn exports_write_new_files_and_never_overwrite_spreadsheets() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    build(&mut s);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let written = s.export_csv(&out).unwrap();
    assert_eq!(written.len(), 3);
    let org = std::fs::read_to_string(out.join("org.csv")).unwrap();
    assert!(org.contains("ทีมบริการ"));
    assert_eq!(s.export_csv(&out).unwrap_err().code, "already-exists");
    s.export_json(&dir.path().join("plan.json")).unwrap();
    s.export_report(&dir.path().join("report.html"), q()).unwrap();
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(html.contains("<html") && html.contains("Sao Mai"));
}

#[test]
fn findings_are_written_in_the_windows_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    let a = add_obj(&mut s, org.agent, "Gọi lại khách trong 24 giờ", None);
    let orphan = |s: &mut Session| {
        s.findings(q())
            .unwrap()
            .into_iter()
            .find(|f| f.objective_id == Some(a) && f.rule == cascade::checks::Rule::Orphan)
            .expect("an orphan")
    };
    let english = orphan(&mut s);
    assert!(english.message.contains("is not linked"), "{}", english.message);

    s.set_lang(cascade::Lang::Vi);
    let vietnamese = orphan(&mut s);
    assert!(vietnamese.message.starts_with("Mục tiêu"), "{}", vietnamese.message);
    assert!(vietnamese.message.contains("\"Gọi lại khách trong 24 giờ\""));
    let suggestion = vietnamese.suggestion.unwrap();
    assert!(suggestion.text.contains("chưa có mục tiêu nào"), "{}", suggestion.text);
    assert_eq!(
        suggestion.objectives,
        english.suggestion.unwrap().objectives,
        "only the words change"
    );

    s.set_lang(cascade::Lang::Th);
    assert!(orphan(&mut s).message.starts_with("วัตถุประสงค์"));
}

#[test]
fn the_tree_and_the_load_come_in_the_cores_natural_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    for name in ["Nhóm hotline 101", "Nhóm hotline 11"] {
        s.edit(|p| {
            p.add_node(NewNode {
                name: name.into(),
                level: Some(Level::Team),
                parent_id: Some(org.division),
                ..Default::default()
            })
        })
        .unwrap();
    }
    add_obj(&mut s, org.agent, "A", None);
    let names: Vec<String> = s.tree(q()).unwrap().into_iter().map(|r| r.name).collect();
    let at = |n: &str| names.iter().position(|x| x == n).unwrap();
    assert!(at("Nhóm hotline 11") < at("Nhóm hotline 101"), "{names:?}");
    let load = s.load(q()).unwrap();
    let lan = load.iter().find(|r| r.node_id == org.agent).unwrap();
    assert!((lan.share - 1.0 / 3.0).abs() < 1e-9, "the core's share: {lan:?}");
    let info = s.info().unwrap();
    assert!(info.quarters.contains(&info.default_quarter));
}

#[test]
fn the_window_undoes_and_redoes_its_own_changes_and_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    let org = build(&mut s);
    let o = add_obj(&mut s, org.agent, "Gọi lại trong 2 giờ", None);
    let key = s.plan_mut().objective(o).unwrap().key;
    s.edit(|p| p.delete_objective(o)).unwrap();

    let menu = s.undo_redo().unwrap();
    assert_eq!(
        menu.undo.as_deref(),
        Some("Undo: delete objective \"Gọi lại trong 2 giờ\"")
    );
    assert_eq!(menu.redo, None);
    assert_eq!(s.undo().unwrap(), "Undone: delete objective \"Gọi lại trong 2 giờ\"");
    assert!(s.plan_mut().objective(o).is_ok(), "the objective is back");
    assert_eq!(
        s.undo_redo().unwrap().redo.as_deref(),
        Some("Redo: delete objective \"Gọi lại trong 2 giờ\"")
    );
    assert_eq!(s.redo().unwrap(), "Redone: delete objective \"Gọi lại trong 2 giờ\"");

    let all = s.history(None, 100).unwrap();
    assert_eq!(all[0].what, "delete objective \"Gọi lại trong 2 giờ\"");
    assert!(
        all.iter().all(|e| e.door == "app"),
        "the window's changes are the app's"
    );
    assert_eq!(s.history(None, 2).unwrap().len(), 2, "the newest page only");
    let its = s.history(Some(key), 100).unwrap();
    assert_eq!(its.len(), 2, "its adding and its deleting: {its:?}");
}

#[test]
fn nothing_to_undo_is_a_refusal_with_its_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::create(&dir.path().join("p.okr")).unwrap();
    assert_eq!(s.undo_redo().unwrap().undo, None);
    assert_eq!(s.undo().unwrap_err().code, cascade::ErrorCode::NothingToUndo);
}
