//! A review of one division of a large organisation: handed out and merged back in
//! reasonable time, with the reviewer's edits applied. Timings are printed
//! (`cargo test --test review_scale -- --nocapture`).

use std::time::Instant;

use cascade::review_copy::{self, MergeChoices};
use cascade::synth::{generate, SynthSpec};
use cascade::{ObjectivePatch, Plan};

#[test]
fn a_division_of_a_large_plan_is_handed_out_and_merged_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.okr");
    let copy = dir.path().join("division.okr");
    let mut p = Plan::create(&path).unwrap();
    let spec = SynthSpec::with_agents(5_000, vec!["2026-Q4".parse().unwrap()], 7);
    let counts = generate(&mut p, &spec).unwrap();
    let division = p
        .nodes()
        .unwrap()
        .into_iter()
        .find(|n| n.level == cascade::Level::Division)
        .unwrap();

    let t = Instant::now();
    let h = review_copy::handout(&mut p, &division.key, &[], &copy).unwrap();
    let handout_time = t.elapsed();
    assert!(h.nodes > 400, "{h:?}");

    let mut c = Plan::open(&copy).unwrap();
    let mine: Vec<_> = c
        .objectives(None)
        .unwrap()
        .into_iter()
        .filter(|o| o.owner_id != h.review.node_id)
        .take(200)
        .collect();
    c.transact(|tx| {
        for o in &mine {
            cascade::edit::objective::update(
                tx,
                o.id,
                ObjectivePatch {
                    title: Some(format!("{} (đã duyệt)", o.title)),
                    ..Default::default()
                },
            )?;
        }
        Ok(())
    })
    .unwrap_or_else(|e| panic!("{e}"));
    c.close().unwrap();

    let t = Instant::now();
    let r = review_copy::merge(&mut p, &copy, &MergeChoices::default()).unwrap();
    let merge_time = t.elapsed();
    assert_eq!(r.changes.len(), 200);
    assert!(r.conflicts.is_empty());
    println!(
        "plan of {} nodes, {} objectives: handout of {} nodes in {:?}, merge of 200 changes in {:?}",
        counts.nodes, counts.objectives, h.nodes, handout_time, merge_time
    );
    // Generous bounds for a debug build on a slow shared machine.
    assert!(handout_time.as_secs() < 60 && merge_time.as_secs() < 60);
}
