//! The plan's history on real plan files: every kind of edit undone leaves the plan
//! exactly as before (its CSV and JSON exports byte for byte) and redone exactly as
//! after; an import undone gives back the plan before it, check-ins included; a refused
//! undo changes nothing; the history survives closing the plan, and can be pruned.

mod common;
mod support;

use std::path::{Path, PathBuf};

use cascade::{
    Error, KeyResultPatch, NewCheckIn, NewComment, NewNode, NodePatch, ObjectivePatch, Plan, Quarter, Settings,
};
use common::{import_sample, okr, okr_env, okr_ok, sample_dir};
use rstest::rstest;
use support::{add_objective, plan_file, small_org};

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

/// The plan as its exports show it: the JSON export and every CSV file, written by the
/// real `okr` into a fresh folder.
fn exports(plan: &Path) -> (Vec<u8>, Vec<(String, Vec<u8>)>) {
    let out = tempfile::tempdir().unwrap();
    let json = out.path().join("plan.json");
    let csv = out.path().join("csv");
    let p = plan.display().to_string();
    okr_ok(
        out.path(),
        &["export", &p, "--format", "json", "--out", &json.display().to_string()],
    );
    okr_ok(
        out.path(),
        &["export", &p, "--format", "csv", "--out", &csv.display().to_string()],
    );
    (std::fs::read(&json).unwrap(), common::files(&csv))
}

/// Fails with the first export file that differs, shown as text.
#[track_caller]
fn same(a: &(Vec<u8>, Vec<(String, Vec<u8>)>), b: &(Vec<u8>, Vec<(String, Vec<u8>)>), what: &str) {
    let files = |e: &(Vec<u8>, Vec<(String, Vec<u8>)>)| {
        let mut all = vec![("plan.json".to_string(), e.0.clone())];
        all.extend(e.1.iter().cloned());
        all
    };
    for ((name, x), (_, y)) in files(a).iter().zip(files(b).iter()) {
        if x != y {
            let (x, y) = (String::from_utf8_lossy(x), String::from_utf8_lossy(y));
            let first = x.lines().zip(y.lines()).position(|(l, r)| l != r).unwrap_or(0);
            panic!(
                "{what}: {name} differs at line {}:\n  {}\n  {}",
                first + 1,
                x.lines().nth(first).unwrap_or(""),
                y.lines().nth(first).unwrap_or("")
            );
        }
    }
    assert_eq!(files(a).len(), files(b).len(), "{what}");
}

/// The plan file and its write-ahead log, byte for byte.
fn bytes(path: &Path) -> Vec<Vec<u8>> {
    ["", "-wal"]
        .iter()
        .map(|s| {
            let mut p = path.as_os_str().to_owned();
            p.push(s);
            std::fs::read(PathBuf::from(p)).unwrap_or_default()
        })
        .collect()
}

/// The small organisation with what a quarter gathers: a check-in, a review mark with a
/// comment, and a second quarter's objective.
fn lived_in_plan() -> (tempfile::TempDir, PathBuf, Plan) {
    let (dir, path, mut plan) = plan_file();
    small_org(&mut plan);
    let kr = plan.key_results(plan.objective_by_key("a1-1").unwrap().id).unwrap()[0]
        .key
        .clone();
    plan.record_checkin(NewCheckIn {
        key_result: kr,
        value: 70.0,
        date: Some("2026-10-20".parse().unwrap()),
        note: "tuần 3".into(),
        who: "Chị Lan".into(),
        confidence: None,
    })
    .unwrap();
    let t1 = plan.node_by_key("t1").unwrap().id;
    let t1_1 = plan.objective_by_key("t1-1").unwrap().id;
    plan.mark_reviewed(
        t1,
        q("2026-Q4"),
        "Anh Minh",
        vec![NewComment {
            objective_id: t1_1,
            text: "Giữ cho quý sau".into(),
        }],
    )
    .unwrap();
    add_objective(&mut plan, "a2-1", "a2", "2027-Q1", "Trả lời chat trong 30 giây", None);
    (dir, path, plan)
}

/// The kinds of change a test makes; named as the user says them ("edit objective").
#[derive(Debug, Clone, Copy)]
#[allow(clippy::enum_variant_names)]
enum Edit {
    AddObjective,
    RetitleObjective,
    LinkObjective,
    MoveObjective,
    DeleteObjective,
    AddKeyResult,
    ChangeTarget,
    DeleteKeyResult,
    Score,
    CheckIn,
    DeleteCheckIn,
    AddNode,
    RenameNode,
    MoveNode,
    DeleteNodeWithContents,
    MarkReviewed,
    UnmarkReviewed,
    Comment,
    DeleteComment,
    Lock,
    Unlock,
    Settings,
    Rollover,
}

fn make(plan: &mut Plan, edit: Edit) {
    let objective = |plan: &Plan, k: &str| plan.objective_by_key(k).unwrap();
    let node = |plan: &Plan, k: &str| plan.node_by_key(k).unwrap();
    let kr_of = |plan: &Plan, k: &str| plan.key_results(plan.objective_by_key(k).unwrap().id).unwrap()[0].clone();
    match edit {
        Edit::AddObjective => {
            let (owner_id, parent_id) = (node(plan, "a2").id, objective(plan, "t1-1").id);
            plan.add_objective(cascade::NewObjective {
                commitment: Default::default(),
                key: Some("a2-2".into()),
                quarter: q("2026-Q4"),
                owner_id,
                title: "Giảm thời gian chờ".into(),
                description: String::new(),
                parent_id: Some(parent_id),
            })
            .unwrap();
        }
        Edit::RetitleObjective => {
            let id = objective(plan, "t1-1").id;
            plan.update_objective(
                id,
                ObjectivePatch {
                    title: Some("Giảm thời gian chờ giờ cao điểm xuống 30 giây".into()),
                    description: Some("Ca tối".into()),
                    ..ObjectivePatch::default()
                },
            )
            .unwrap();
        }
        Edit::LinkObjective => {
            let (a, p) = (objective(plan, "a3-1").id, objective(plan, "t1-1").id);
            plan.link_objective(a, Some(p)).unwrap();
        }
        Edit::MoveObjective => {
            let (o, to) = (objective(plan, "a1-1").id, node(plan, "a2").id);
            plan.reassign_objective(o, to, q("2026-Q4")).unwrap();
        }
        Edit::DeleteObjective => {
            plan.delete_objective(objective(plan, "t1-1").id).unwrap();
        }
        Edit::AddKeyResult => {
            let o = objective(plan, "t1-1").id;
            plan.add_key_result(cascade::NewKeyResult {
                key: None,
                objective_id: o,
                title: "CSAT ≥ 90%".into(),
                kind: cascade::KrKind::Progress,
                baseline: Some(82.0),
                target: 90.0,
                current: 82.0,
                unit: "%".into(),
                weight: 1.0,
                measure: "CSAT".into(),
            })
            .unwrap();
        }
        Edit::ChangeTarget => {
            let kr = kr_of(plan, "a1-1").id;
            plan.update_key_result(
                kr,
                KeyResultPatch {
                    target: Some(85.0),
                    ..KeyResultPatch::default()
                },
            )
            .unwrap();
        }
        Edit::DeleteKeyResult => {
            let kr = kr_of(plan, "a1-1").id;
            plan.delete_key_result(kr).unwrap();
        }
        Edit::Score => {
            let kr = kr_of(plan, "t2-1").key;
            plan.set_score(&kr, Some(0.7)).unwrap();
        }
        Edit::CheckIn => {
            let kr = kr_of(plan, "a1-1").key;
            plan.record_checkin(NewCheckIn {
                key_result: kr,
                value: 74.5,
                date: Some("2026-10-13".parse().unwrap()),
                note: "sớm hơn".into(),
                who: "Chị Lan".into(),
                confidence: Some(cascade::Confidence::AtRisk),
            })
            .unwrap();
        }
        Edit::DeleteCheckIn => {
            let kr = kr_of(plan, "a1-1").key;
            let c = plan.checkins(&kr).unwrap()[0].id;
            plan.delete_checkin(c).unwrap();
        }
        Edit::AddNode => {
            let t2 = node(plan, "t2").id;
            plan.add_node(NewNode {
                key: Some("a5".into()),
                name: "Lê Thị Mai".into(),
                level: Some(cascade::Level::Agent),
                parent_id: Some(t2),
                ..NewNode::default()
            })
            .unwrap();
        }
        Edit::RenameNode => {
            let a1 = node(plan, "a1").id;
            plan.update_node(
                a1,
                NodePatch {
                    name: Some("Đặng Đức Trang (trưởng ca)".into()),
                    new_hire: Some(true),
                    ..NodePatch::default()
                },
            )
            .unwrap();
        }
        Edit::MoveNode => {
            let (a1, t2) = (node(plan, "a1").id, node(plan, "t2").id);
            plan.move_node(a1, t2).unwrap();
        }
        Edit::DeleteNodeWithContents => {
            let t1 = node(plan, "t1").id;
            plan.delete_node(t1, true).unwrap();
        }
        Edit::MarkReviewed => {
            let t2 = node(plan, "t2").id;
            plan.mark_reviewed(t2, q("2026-Q4"), "Anh Minh", Vec::new()).unwrap();
        }
        Edit::UnmarkReviewed => {
            let t1 = node(plan, "t1").id;
            plan.unmark_reviewed(t1, q("2026-Q4")).unwrap();
        }
        Edit::Comment => {
            let o = objective(plan, "a3-1").id;
            plan.comment_objective(o, "Chị Lan", "Cần thêm người ca tối").unwrap();
        }
        Edit::DeleteComment => {
            let c = plan.comments(None).unwrap()[0].id;
            plan.delete_comment(c).unwrap();
        }
        Edit::Lock => {
            plan.lock_quarter(q("2026-Q4"), "Chị Lan").unwrap();
        }
        Edit::Unlock => {
            plan.unlock_quarter(q("2026-Q4")).unwrap();
        }
        Edit::Settings => {
            plan.set_settings(&Settings {
                agent_cap: 4,
                change_limit: 0.5,
                ..Settings::default()
            })
            .unwrap();
        }
        Edit::Rollover => {
            plan.rollover(q("2026-Q4"), q("2027-Q1"), true).unwrap();
        }
    }
}

#[rstest]
fn an_edit_undone_leaves_the_plan_as_before_and_redone_as_after(
    #[values(
        Edit::AddObjective,
        Edit::RetitleObjective,
        Edit::LinkObjective,
        Edit::MoveObjective,
        Edit::DeleteObjective,
        Edit::AddKeyResult,
        Edit::ChangeTarget,
        Edit::DeleteKeyResult,
        Edit::Score,
        Edit::CheckIn,
        Edit::DeleteCheckIn,
        Edit::AddNode,
        Edit::RenameNode,
        Edit::MoveNode,
        Edit::DeleteNodeWithContents,
        Edit::MarkReviewed,
        Edit::UnmarkReviewed,
        Edit::Comment,
        Edit::DeleteComment,
        Edit::Lock,
        Edit::Unlock,
        Edit::Settings,
        Edit::Rollover
    )]
    edit: Edit,
) {
    let (_dir, path, mut plan) = lived_in_plan();
    if matches!(edit, Edit::Unlock) {
        make(&mut plan, Edit::Lock);
    }
    let before = exports(&path);
    make(&mut plan, edit);
    let after = exports(&path);
    assert_ne!(before, after, "{edit:?} changed the plan");

    let undone = plan.undo_own().unwrap();
    same(&exports(&path), &before, &format!("{edit:?} undone"));
    assert!(!undone.what(cascade::Lang::En).is_empty());

    plan.redo_own().unwrap();
    same(&exports(&path), &after, &format!("{edit:?} redone"));
    plan.undo().unwrap();
    same(
        &exports(&path),
        &before,
        &format!("{edit:?} undone again, from any door"),
    );
}

#[test]
fn deleting_an_objective_and_undoing_brings_back_its_key_results_and_check_ins() {
    let (_dir, _path, mut plan) = lived_in_plan();
    let o = plan.objective_by_key("a1-1").unwrap();
    let kr = plan.key_results(o.id).unwrap()[0].clone();
    let checkins = plan.checkins(&kr.key).unwrap();
    assert_eq!(checkins.len(), 1);
    plan.delete_objective(o.id).unwrap();
    assert!(plan.objective_by_key("a1-1").is_err());

    let step = plan.undo_own().unwrap();
    assert_eq!(step.what(cascade::Lang::Vi), "xóa mục tiêu \"Nghe máy trong 20 giây\"");
    assert_eq!(plan.objective_by_key("a1-1").unwrap(), o);
    assert_eq!(plan.key_results(o.id).unwrap(), vec![kr.clone()]);
    assert_eq!(plan.checkins(&kr.key).unwrap(), checkins);
}

#[test]
fn an_import_undone_gives_back_the_plan_before_it_check_ins_included() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let plan = d.join("q4.okr");
    let p = plan.display().to_string();
    import_sample(d, "q4.okr");
    let first = exports(&plan);

    // A week of the quarter: check-ins recorded, then the spreadsheet imported again with
    // a changed title and target.
    let json: serde_json::Value = serde_json::from_slice(&first.0).unwrap();
    let kr = json["key_results"][0]["key"].as_str().unwrap().to_string();
    okr_ok(
        d,
        &[
            "checkin",
            &p,
            "--kr",
            &kr,
            "--value",
            "81",
            "--date",
            "2026-10-06",
            "--who",
            "Chị Lan",
        ],
    );
    okr_ok(
        d,
        &["checkin", &p, "--kr", &kr, "--value", "83", "--date", "2026-10-13"],
    );
    let before = exports(&plan);
    let s = sample_dir();
    let objectives = std::fs::read_to_string(s.join("objectives.csv")).unwrap();
    let mut lines: Vec<String> = objectives.lines().map(str::to_string).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let title_at = header.iter().position(|h| *h == "title").unwrap();
    let mut cells: Vec<String> = lines[1].split(',').map(str::to_string).collect();
    cells[title_at] = "Tiêu đề mới của quý".into();
    lines[1] = cells.join(",");
    let changed = d.join("objectives.csv");
    std::fs::write(&changed, lines.join("\n") + "\n").unwrap();
    okr_ok(
        d,
        &[
            "import",
            &p,
            "--org",
            &s.join("org.csv").display().to_string(),
            "--objectives",
            &changed.display().to_string(),
            "--key-results",
            &s.join("key_results.csv").display().to_string(),
        ],
    );
    let after = exports(&plan);
    assert_ne!(before, after);

    let undo = okr_ok(d, &["undo", &p]);
    assert!(
        undo.stdout.contains("import org.csv, objectives.csv, key_results.csv"),
        "{}",
        undo.stdout
    );
    same(
        &exports(&plan),
        &before,
        "the re-import undone, both check-ins still there",
    );
    okr_ok(d, &["redo", &p]);
    same(&exports(&plan), &after, "after");

    // Undoing everything down to the first import empties the plan; redoing it all
    // gives back the plan exactly.
    okr_ok(d, &["undo", &p, "--steps", "4"]);
    let empty: serde_json::Value = serde_json::from_slice(&exports(&plan).0).unwrap();
    assert_eq!(empty["nodes"].as_array().unwrap().len(), 0);
    assert_eq!(empty["objectives"].as_array().unwrap().len(), 0);
    okr_ok(d, &["redo", &p]);
    same(&exports(&plan), &first, "the first import redone");
    okr_ok(d, &["redo", &p, "--steps", "3"]);
    same(&exports(&plan), &after, "after");
}

#[test]
fn an_undo_of_rows_changed_since_is_refused_naming_the_change_and_changes_nothing() {
    let (_dir, path, mut window) = lived_in_plan();
    let kr = window.key_results(window.objective_by_key("a1-1").unwrap().id).unwrap()[0].clone();
    window
        .update_key_result(
            kr.id,
            KeyResultPatch {
                target: Some(85.0),
                ..KeyResultPatch::default()
            },
        )
        .unwrap();

    // Someone else, in another process, changes the same key result afterwards.
    let d = path.parent().unwrap();
    let p = path.display().to_string();
    okr_ok(
        d,
        &["checkin", &p, "--kr", &kr.key, "--value", "77", "--who", "Anh Minh"],
    );
    let before = bytes(&path);
    let e = window.undo_own().unwrap_err();
    assert_eq!(e.code(), "undo-blocked");
    let said = e.message(cascade::Lang::En);
    assert!(
        said.contains("edit key result \"Tỷ lệ giải quyết ngay lần đầu (FCR)\""),
        "{said}"
    );
    assert!(said.contains("check-in 77 on"), "{said}");
    assert!(said.contains("Anh Minh"), "{said}");
    assert!(e.message(cascade::Lang::Th).contains("ไม่ได้"));
    assert_eq!(bytes(&path), before, "the refused undo wrote nothing");

    // Once the later change is undone, the first one can be.
    window.undo().unwrap();
    window.undo_own().unwrap();
    assert_eq!(window.key_result(&kr.key).unwrap().target, 80.0);
}

#[test]
fn an_undo_into_a_locked_quarter_is_refused_as_every_edit_is() {
    let (_dir, path, mut window) = lived_in_plan();
    let o = window.objective_by_key("t2-1").unwrap();
    window
        .update_objective(
            o.id,
            ObjectivePatch {
                title: Some("Trả lời email trong 2 giờ".into()),
                ..ObjectivePatch::default()
            },
        )
        .unwrap();
    let mut other = Plan::open(&path).unwrap();
    other.lock_quarter(q("2026-Q4"), "Chị Lan").unwrap();
    let before = bytes(&path);
    let e = window.undo_own().unwrap_err();
    assert!(matches!(e, Error::QuarterLocked { .. }), "{e:?}");
    assert!(e.message(cascade::Lang::En).contains("Chị Lan"), "{e}");
    assert_eq!(bytes(&path), before);
}

#[test]
fn okr_undo_refuses_rows_changed_outside_the_history_and_when_there_is_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    okr_ok(d, &["init", "p.okr"]);
    let r = okr(d, &["undo", "p.okr"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nothing to undo"), "{}", r.stderr);
    let r = okr_env(d, &["redo", "p.okr"], &[("CASCADE_LANG", "vi")]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Không có gì để làm lại"), "{}", r.stderr);

    import_sample(d, "q4.okr");
    let p = d.join("q4.okr");
    let json: serde_json::Value = serde_json::from_slice(&exports(&p).0).unwrap();
    let kr = json["key_results"][0]["key"].as_str().unwrap().to_string();
    okr_ok(d, &["checkin", "q4.okr", "--kr", &kr, "--value", "50"]);
    // A script changes the value behind the history's back.
    let c = rusqlite::Connection::open(&p).unwrap();
    c.execute("UPDATE key_result SET current = 51 WHERE key = ?1", [&kr])
        .unwrap();
    drop(c);
    let before = bytes(&p);
    let r = okr(d, &["undo", "q4.okr"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("outside the plan's history"), "{}", r.stderr);
    assert_eq!(bytes(&p), before);
}

#[test]
fn the_history_says_who_changed_what_and_survives_closing_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "q4.okr");
    let p = d.join("q4.okr");
    let json: serde_json::Value = serde_json::from_slice(&exports(&p).0).unwrap();
    let kr = json["key_results"][0]["key"].as_str().unwrap().to_string();
    let objective = json["key_results"][0]["objective"].as_str().unwrap().to_string();
    okr_env(
        d,
        &["checkin", "q4.okr", "--kr", &kr, "--value", "85"],
        &[("CASCADE_USER", "Chị Lan")],
    );
    {
        let mut plan = Plan::open(&p).unwrap();
        plan.set_actor("Anh Minh", "app");
        let k = plan.key_result(&kr).unwrap();
        plan.update_key_result(
            k.id,
            KeyResultPatch {
                target: Some(90.0),
                ..KeyResultPatch::default()
            },
        )
        .unwrap();
        plan.close().unwrap();
    }

    let text = okr_ok(d, &["history", "q4.okr", "--objective", &objective]).stdout;
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("Anh Minh  (app)  edit key result"), "{text}");
    assert!(text.contains("target "), "{text}");
    assert!(text.contains("Chị Lan  (okr checkin)  check-in 85 on"), "{text}");
    assert!(text.contains("(okr import)  import org.csv"), "{text}");

    let vi = okr_env(d, &["history", "q4.okr", "--format", "json"], &[("CASCADE_LANG", "vi")]).stdout;
    let entries: serde_json::Value = serde_json::from_str(&vi).unwrap();
    let newest = &entries[0];
    assert_eq!(newest["who"], "Anh Minh");
    assert!(newest["what"].as_str().unwrap().starts_with("sửa kết quả then chốt"));
    let field = &newest["changes"][0]["fields"][0];
    let target = json["key_results"][0]["target"].as_f64().unwrap().to_string();
    assert_eq!(
        (field["before"].as_str(), field["after"].as_str()),
        (Some(target.as_str()), Some("90"))
    );

    // Another objective's filter leaves these out.
    let other = json["objectives"][5]["key"].as_str().unwrap();
    let theirs = okr_ok(d, &["history", "q4.okr", "--objective", other, "--format", "json"]).stdout;
    let theirs: serde_json::Value = serde_json::from_str(&theirs).unwrap();
    assert!(theirs.as_array().unwrap().iter().all(|e| e["who"] != "Anh Minh"));
}

#[test]
fn a_new_change_clears_redo_and_pruning_forgets_old_entries() {
    let (_dir, path, mut plan) = lived_in_plan();
    make(&mut plan, Edit::RetitleObjective);
    plan.undo().unwrap();
    make(&mut plan, Edit::AddNode);
    assert_eq!(plan.redo().unwrap_err().code(), "nothing-to-undo");
    let all = plan.history(&Default::default(), cascade::Lang::En).unwrap();
    let kept = all.len();
    assert!(kept > 5, "{kept}");
    let page = cascade::history::HistoryFilter {
        limit: Some(3),
        ..Default::default()
    };
    let newest: Vec<i64> = plan
        .history(&page, cascade::Lang::En)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    let want: Vec<i64> = all.iter().take(3).map(|e| e.id).collect();
    assert_eq!(newest, want, "a limit keeps the newest entries");
    plan.close().unwrap();

    let d = path.parent().unwrap();
    let p = path.display().to_string();
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Days::new(1)).to_string();
    let r = okr_ok(d, &["history", &p, "--prune", "--before", &tomorrow]);
    assert!(
        r.stdout.contains(&format!("Removed {kept} history entries")),
        "{}",
        r.stdout
    );
    let r = okr(d, &["undo", &p]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nothing to undo"));
    assert!(okr_ok(d, &["history", &p]).stdout.contains("No changes recorded."));

    let r = okr_ok(d, &["history", &p, "--keep-days", "30"]);
    assert!(r.stdout.contains("30 days"), "{}", r.stdout);
    let plan = Plan::open(&path).unwrap();
    assert_eq!(
        plan.settings().unwrap(),
        Settings::default(),
        "the plan's settings are as they were"
    );
}

#[test]
fn a_restore_is_one_entry_and_can_be_undone() {
    let (dir, path, mut plan) = lived_in_plan();
    let backups = dir.path().join("backups");
    let backup = plan.backup_to(&backups).unwrap();
    let before = exports(&path);
    make(&mut plan, Edit::DeleteObjective);
    make(&mut plan, Edit::AddNode);
    let changed = exports(&path);
    plan.restore_from(&backup.path, &backups).unwrap();
    same(&exports(&path), &before, "before");
    let newest = &plan.history(&Default::default(), cascade::Lang::En).unwrap()[0];
    assert!(newest.what.starts_with("restore the backup"), "{}", newest.what);
    plan.undo().unwrap();
    same(&exports(&path), &changed, "the restore undone");
}

#[test]
fn a_helpdesk_report_is_one_entry_and_undone_whole() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    okr_ok(d, &["demo", "s.okr"]);
    let plan = d.join("s.okr");
    let before = exports(&plan);
    let report = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/checkin-report/helpdesk-week-45.csv"
    );
    okr_ok(d, &["checkin", "s.okr", "--from", report, "--date", "2026-11-06"]);
    let after = exports(&plan);
    assert_ne!(before, after);
    let undo = okr_ok(d, &["undo", "s.okr"]);
    assert!(undo.stdout.contains("helpdesk-week-45.csv"), "{}", undo.stdout);
    same(&exports(&plan), &before, "the report undone");
    okr_ok(d, &["redo", "s.okr"]);
    same(&exports(&plan), &after, "the report redone");
}

#[test]
fn a_merged_review_copy_is_one_entry_in_the_plan_and_undone_whole() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "q4.okr");
    let plan = d.join("q4.okr");
    let team = {
        let p = Plan::open(&plan).unwrap();
        let mut teams: Vec<String> = p
            .nodes()
            .unwrap()
            .into_iter()
            .filter(|n| n.level == cascade::Level::Team)
            .map(|n| n.key)
            .collect();
        teams.sort();
        teams.remove(0)
    };
    okr_ok(d, &["handout", "q4.okr", "--node", &team, "--out", "copy.okr"]);
    // The reviewer's own changes are the copy's history, not the plan's.
    okr_ok(
        d,
        &[
            "review",
            "copy.okr",
            "--quarter",
            "2026-Q4",
            "--node",
            &team,
            "--by",
            "Chị Lan",
        ],
    );
    let copy_history = okr_ok(d, &["history", "copy.okr", "--format", "json"]).stdout;
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&copy_history)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let before = exports(&plan);
    let entries_before = okr_ok(d, &["history", "q4.okr", "--format", "json"]).stdout;
    let entries_before = serde_json::from_str::<serde_json::Value>(&entries_before).unwrap();

    okr_ok(d, &["merge", "q4.okr", "copy.okr"]);
    let after = exports(&plan);
    assert_ne!(before, after);
    let entries = okr_ok(d, &["history", "q4.okr", "--format", "json"]).stdout;
    let entries = serde_json::from_str::<serde_json::Value>(&entries).unwrap();
    assert_eq!(
        entries.as_array().unwrap().len(),
        entries_before.as_array().unwrap().len() + 1
    );
    assert_eq!(entries[0]["what"], "merge the review copy copy.okr");
    assert_eq!(entries[0]["door"], "okr merge");

    okr_ok(d, &["undo", "q4.okr"]);
    same(&exports(&plan), &before, "the merge undone");
}

#[test]
fn entries_older_than_the_plan_keeps_go_as_new_changes_come() {
    let (_dir, path, mut plan) = lived_in_plan();
    let all = plan.history(&Default::default(), cascade::Lang::En).unwrap().len();
    plan.set_history_days(30).unwrap();
    // Three entries made long ago.
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute(
        "UPDATE history SET at = '2020-01-0' || id || 'T08:00:00.000Z' WHERE id <= 3",
        [],
    )
    .unwrap();
    drop(c);
    make(&mut plan, Edit::AddNode);
    let kept = plan.history(&Default::default(), cascade::Lang::En).unwrap();
    assert_eq!(
        kept.len(),
        all + 2 - 3,
        "the setting's entry and the new one in, three old ones out"
    );
    assert!(kept.iter().all(|e| e.at.as_str() > "2021"));
}
