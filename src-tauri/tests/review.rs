//! Review copies through the session, on real plan files: what the hand-out, merge
//! preview, merge and review-info commands call.

use cascade::{ObjectivePatch, Quarter};
use okr_cascade::session::Session;

fn q() -> Quarter {
    "2026-Q4".parse().unwrap()
}

#[test]
fn a_review_handed_out_changed_and_merged_back_through_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("plan.okr");
    let copy_path = dir.path().join("chat review.okr");

    let mut plan = Session::create(&plan_path).unwrap();
    plan.edit(cascade::demo::fill).unwrap();
    assert_eq!(plan.review_info().unwrap(), None, "a plan of its own is no review copy");

    let report = plan.handout("cskh-chat", &[q()], &copy_path).unwrap();
    assert_eq!(report.review.node_key, "cskh-chat");
    assert_eq!(report.review.quarters, vec![q()]);
    assert!(report.nodes > 1 && report.objectives > 0, "{report:?}");
    assert!(copy_path.exists());

    // The reviewer opens the copy, sees what it is, and renames one of the team's objectives.
    let mut copy = Session::open(&copy_path).unwrap();
    let info = copy.review_info().unwrap().expect("the copy says it is one");
    assert_eq!(info.node_key, "cskh-chat");
    assert_eq!(info.plan_file, "plan.okr");
    let team = copy.plan_mut().node_by_key("cskh-chat").unwrap().id;
    let objective = copy
        .plan_mut()
        .objectives(Some(q()))
        .unwrap()
        .into_iter()
        .find(|o| o.owner_id == team)
        .expect("the team has an objective");
    copy.edit(|p| {
        p.update_objective(
            objective.id,
            ObjectivePatch {
                title: Some("Trả lời chat trong 30 giây".into()),
                ..ObjectivePatch::default()
            },
        )
    })
    .unwrap();
    copy.close().unwrap();

    // The preview lists the change and leaves the plan as it was.
    let preview = plan.merge_preview(&copy_path).unwrap();
    assert!(
        preview
            .changes
            .iter()
            .any(|c| c.row_id == objective.id.to_string() && c.fields == ["title"]),
        "{preview:?}"
    );
    assert!(preview.conflicts.is_empty(), "{preview:?}");
    assert_eq!(plan.plan_mut().objective(objective.id).unwrap().title, objective.title);

    // The merge applies it, and the session's next read shows it.
    let merged = plan.merge_review(&copy_path, &Default::default()).unwrap();
    assert_eq!(merged.changes, preview.changes);
    let detail = format!("{:?}", plan.node_detail(q(), team).unwrap());
    assert!(detail.contains("Trả lời chat trong 30 giây"), "{detail}");
    assert_eq!(
        plan.plan_mut().objective(objective.id).unwrap().title,
        "Trả lời chat trong 30 giây"
    );

    // Merging again changes nothing.
    assert!(plan
        .merge_review(&copy_path, &Default::default())
        .unwrap()
        .changes
        .is_empty());
}

#[test]
fn a_file_that_is_no_review_copy_is_refused_with_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Session::create(&dir.path().join("plan.okr")).unwrap();
    plan.edit(cascade::demo::fill).unwrap();
    let other = dir.path().join("other.okr");
    Session::create(&other).unwrap().close().unwrap();
    let err = plan.merge_preview(&other).unwrap_err();
    assert!(!err.code.is_empty() && err.message.contains("other.okr"), "{err:?}");
    let err = plan.merge_review(&other, &Default::default()).unwrap_err();
    assert!(!err.code.is_empty(), "{err:?}");
}
