//! `okr rollover`: unfinished objectives carried into the next quarter with their key
//! results, lineage and links; never twice; the source quarter untouched.

mod common;

use cascade::{objective_progress, Plan, Quarter};
use common::{import_sample, okr, okr_ok};

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

#[test]
fn rollover_copies_unfinished_objectives_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let mut plan = Plan::open(d.join("p.okr")).unwrap();
    let before_q4 = plan.snapshot(Some(q("2026-Q4"))).unwrap();
    let unfinished: Vec<_> = before_q4
        .objectives
        .iter()
        .filter(|o| objective_progress(before_q4.key_results.iter().filter(|k| k.objective_id == o.id)) < 1.0)
        .collect();
    assert!(!unfinished.is_empty() && unfinished.len() < before_q4.objectives.len());
    plan.close().unwrap();

    let r = okr_ok(d, &["rollover", "p.okr", "--from", "2026-Q4", "--to", "2027-Q2"]);
    assert!(
        r.stdout.contains(&format!(
            "{} objectives carried from 2026-Q4 to 2027-Q2",
            unfinished.len()
        )),
        "{}",
        r.stdout
    );
    let once = std::fs::read(d.join("p.okr")).unwrap();
    let r = okr_ok(d, &["rollover", "p.okr", "--from", "2026-Q4", "--to", "2027-Q2"]);
    assert!(r.stdout.contains("0 objectives carried"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains(&format!("{} already carried earlier", unfinished.len())),
        "{}",
        r.stdout
    );
    assert_eq!(
        std::fs::read(d.join("p.okr")).unwrap(),
        once,
        "a second rollover changed the plan"
    );

    let mut plan = Plan::open(d.join("p.okr")).unwrap();
    assert_eq!(
        plan.snapshot(Some(q("2026-Q4"))).unwrap(),
        before_q4,
        "the source quarter changed"
    );
    let next = plan.snapshot(Some(q("2027-Q2"))).unwrap();
    assert_eq!(next.objectives.len(), unfinished.len());
    for copy in &next.objectives {
        let source = before_q4
            .objectives
            .iter()
            .find(|o| Some(o.id) == copy.carried_from)
            .expect("lineage");
        assert_eq!((copy.owner_id, &copy.title), (source.owner_id, &source.title));
        // Linked to the copy of its parent when that was carried.
        let parent_copy = next
            .objectives
            .iter()
            .find(|o| o.carried_from.is_some() && o.carried_from == source.parent_id);
        assert_eq!(copy.parent_id, parent_copy.map(|p| p.id), "{}", copy.key);
        let src_krs: Vec<_> = before_q4
            .key_results
            .iter()
            .filter(|k| k.objective_id == source.id)
            .collect();
        let krs: Vec<_> = next.key_results.iter().filter(|k| k.objective_id == copy.id).collect();
        assert_eq!(krs.len(), src_krs.len());
        for (k, s) in krs.iter().zip(&src_krs) {
            assert_eq!(
                (k.baseline, k.current, k.target, &k.title, k.kind),
                (Some(s.current), s.current, s.target, &s.title, s.kind)
            );
        }
    }
}

#[test]
fn rollover_all_and_bad_quarters() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "p.okr");
    let r = okr_ok(
        d,
        &["rollover", "p.okr", "--from", "2026-Q4", "--to", "2027-Q3", "--all"],
    );
    let plan = Plan::open(d.join("p.okr")).unwrap();
    let n = plan.objectives(Some(q("2026-Q4"))).unwrap().len();
    assert_eq!(plan.objectives(Some(q("2027-Q3"))).unwrap().len(), n);
    assert!(r.stdout.contains(&format!("{n} objectives carried")), "{}", r.stdout);
    plan.close().unwrap();

    let before = std::fs::read(d.join("p.okr")).unwrap();
    for (args, expected) in [
        (
            &["rollover", "p.okr", "--from", "2026-Q4", "--to", "2026-Q3"][..],
            "is not after 2026-Q4",
        ),
        (
            &["rollover", "p.okr", "--from", "2026-Q5", "--to", "2027-Q1"][..],
            "2026-Q5",
        ),
        (&["rollover", "p.okr", "--from", "2026-Q4"][..], "--to"),
    ] {
        let r = okr(d, args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stderr.contains(expected), "{args:?}: {}", r.stderr);
    }
    assert_eq!(std::fs::read(d.join("p.okr")).unwrap(), before);
}
