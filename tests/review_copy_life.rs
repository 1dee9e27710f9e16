//! Check-ins, comments and review marks made in a review copy come home with the merge;
//! locks and other teams' objectives are refused in the copy.

use cascade::review_copy::{self, MergeChoices};
use cascade::{NewCheckIn, Plan};

#[test]
fn life_rows_travel_through_a_review() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut p = Plan::create(&path).unwrap();
    cascade::demo::fill(&mut p).unwrap();
    let nodes = p.nodes().unwrap();
    let team = nodes.iter().find(|n| n.level == cascade::Level::Team).unwrap().clone();
    let q = p.quarters().unwrap()[0];
    let copy = dir.path().join("c.okr");
    review_copy::handout(&mut p, &team.key, &[], &copy).unwrap();
    let mut c = Plan::open(&copy).unwrap();
    let mine = c
        .objectives(None)
        .unwrap()
        .into_iter()
        .find(|o| o.owner_id == team.id)
        .unwrap();
    let kr = c.key_results(mine.id).unwrap().remove(0);
    c.record_checkin(
        serde_json::from_value::<NewCheckIn>(serde_json::json!({"keyResult": kr.key, "value": 42.0})).unwrap(),
    )
    .unwrap();
    c.comment_objective(mine.id, "Lan", "Rõ ràng").unwrap();
    c.mark_reviewed(team.id, q, "Lan", vec![]).unwrap();
    let other = c
        .objectives(None)
        .unwrap()
        .into_iter()
        .find(|o| o.owner_id != team.id && c.node(o.owner_id).unwrap().parent_id.is_some())
        .unwrap();
    let e = c.comment_objective(other.id, "Lan", "x").unwrap_err();
    assert_eq!(e.code(), "outside-review", "{e}");
    assert!(e.to_string().contains("covers only"), "{e}");
    let e = c.lock_quarter(q, "Lan").unwrap_err();
    assert!(e.to_string().contains("covers only"), "{e}");
    c.close().unwrap();
    let r = review_copy::merge(&mut p, &copy, &MergeChoices::default()).unwrap();
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert_eq!(p.reviews(Some(q)).unwrap().len(), 1);
    assert_eq!(p.comments(None).unwrap().len(), 1);
    assert_eq!(p.checkins(&kr.key).unwrap().len(), 1);
    let again = review_copy::merge(&mut p, &copy, &MergeChoices::default()).unwrap();
    assert!(again.changes.is_empty());
}

#[test]
fn a_review_touching_a_quarter_locked_since_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.okr");
    let mut p = Plan::create(&path).unwrap();
    cascade::demo::fill(&mut p).unwrap();
    let team = p
        .nodes()
        .unwrap()
        .into_iter()
        .find(|n| n.level == cascade::Level::Team)
        .unwrap();
    let q = p.quarters().unwrap()[0];
    let copy = dir.path().join("c.okr");
    review_copy::handout(&mut p, &team.key, &[q], &copy).unwrap();
    let mut c = Plan::open(&copy).unwrap();
    let mine = c
        .objectives(Some(q))
        .unwrap()
        .into_iter()
        .find(|o| o.owner_id == team.id)
        .unwrap();
    c.comment_objective(mine.id, "Lan", "Cần rõ hơn").unwrap();
    c.close().unwrap();
    p.lock_quarter(q, "Giám đốc").unwrap();
    let before = p.snapshot(None).unwrap();
    let e = review_copy::merge(&mut p, &copy, &MergeChoices::default()).unwrap_err();
    assert_eq!(e.code(), "quarter-locked", "{e}");
    assert_eq!(p.snapshot(None).unwrap(), before);
    assert!(p.comments(None).unwrap().is_empty());

    // A copy of a locked quarter is read-only there too.
    let locked = dir.path().join("locked.okr");
    review_copy::handout(&mut p, &team.key, &[q], &locked).unwrap();
    let mut c = Plan::open(&locked).unwrap();
    let e = c.comment_objective(mine.id, "Lan", "x").unwrap_err();
    assert_eq!(e.code(), "quarter-locked", "{e}");
}
