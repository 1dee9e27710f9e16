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
    assert!(
        !err.code.as_str().is_empty() && err.message.contains("other.okr"),
        "{err:?}"
    );
    let err = plan.merge_review(&other, &Default::default()).unwrap_err();
    assert!(!err.code.as_str().is_empty(), "{err:?}");
}

/// The key of a key result of `team`'s own objective in the open file.
fn team_key_result(s: &mut Session, team: &str) -> String {
    let owner = s.plan_mut().node_by_key(team).unwrap().id;
    let objective = s
        .plan_mut()
        .objectives(Some(q()))
        .unwrap()
        .into_iter()
        .find(|o| o.owner_id == owner)
        .expect("the team has an objective");
    s.plan_mut().key_results(objective.id).unwrap()[0].key.clone()
}

#[test]
fn every_team_of_a_division_handed_out_and_several_copies_merged_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("plan.okr");
    let folder = dir.path().join("reviews cskh");
    let mut plan = Session::create(&plan_path).unwrap();
    plan.edit(cascade::demo::fill).unwrap();

    // One copy per team of the division, named after the team, with an index.
    let written = plan.handout_teams("cskh", &[q()], &folder).unwrap();
    let keys: Vec<&str> = written.iter().map(|r| r.review.node_key.as_str()).collect();
    assert_eq!(
        keys,
        ["cskh-chat", "cskh-hotline-hcm", "cskh-hotline-hn", "cskh-khieu-nai"],
        "{written:?}"
    );
    for r in &written {
        assert_eq!(
            std::path::Path::new(&r.path),
            folder.join(format!("{}.okr", r.review.node_key))
        );
    }
    assert!(folder.join("index.json").exists());
    // A second run into the same folder writes nothing and says which file is in the way.
    let err = plan.handout_teams("cskh", &[q()], &folder).unwrap_err();
    assert!(err.message.contains("cskh-chat.okr"), "{err:?}");

    // Two reviewers record a check-in in their copies; a third file is no review copy.
    let mut recorded = Vec::new();
    for team in ["cskh-chat", "cskh-khieu-nai"] {
        let path = folder.join(format!("{team}.okr"));
        let mut copy = Session::open(&path).unwrap();
        let kr = team_key_result(&mut copy, team);
        copy.edit(|p| {
            p.record_checkin(cascade::NewCheckIn {
                key_result: kr.clone(),
                value: 42.0,
                date: None,
                note: format!("{team} checked"),
                who: String::new(),
                confidence: None,
            })
        })
        .unwrap();
        copy.close().unwrap();
        recorded.push((path, kr));
    }
    let foreign = dir.path().join("other.okr");
    Session::create(&foreign).unwrap().close().unwrap();
    let paths = vec![recorded[0].0.clone(), foreign.clone(), recorded[1].0.clone()];

    // The combined preview: each copy's changes, the foreign file refused; nothing written.
    let preview = plan.merge_preview_many(&paths).unwrap();
    assert_eq!(preview.copies.len(), 3);
    assert_eq!(preview.outcome, cascade::review_copy::MergeOutcome::SomeRefused);
    for i in [0, 2] {
        let r = preview.copies[i].report.as_ref().expect("previewed");
        assert!(r.changes.iter().any(|c| c.table == "checkin"), "{r:?}");
    }
    let refusal = preview.copies[1].refused.as_ref().expect("refused");
    assert!(
        !refusal.code.as_str().is_empty() && refusal.message.contains("other.okr"),
        "{refusal:?}"
    );
    for (_, kr) in &recorded {
        assert!(
            plan.plan_mut().checkins(kr).unwrap().is_empty(),
            "the preview wrote nothing"
        );
    }

    // The merge: both check-ins in the plan, the foreign file refused on its own.
    let merged = plan.merge_reviews(&paths).unwrap();
    assert_eq!(merged.outcome, cascade::review_copy::MergeOutcome::SomeRefused);
    assert!(merged.copies[1].refused.is_some() && merged.copies[1].report.is_none());
    for (_, kr) in &recorded {
        let checkins = plan.plan_mut().checkins(kr).unwrap();
        assert_eq!(checkins.len(), 1, "{kr}: {checkins:?}");
        assert_eq!(checkins[0].value, 42.0);
    }
    // Merging the two copies again changes nothing.
    let again = plan
        .merge_reviews(&[recorded[0].0.clone(), recorded[1].0.clone()])
        .unwrap();
    assert_eq!(again.outcome, cascade::review_copy::MergeOutcome::Merged);
    assert!(again
        .copies
        .iter()
        .all(|c| c.report.as_ref().unwrap().changes.is_empty()));
}
