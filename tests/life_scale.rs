//! The quarter's life at the size of a large support organisation (5,000 agents): the
//! spreadsheet, the scores, the diff and a check-in stay quick, and the workbook holds
//! every key result. Timings are printed (run with --nocapture) and held to generous
//! bounds that only a gross slowdown (a query per row, a quadratic scan) would break.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use calamine::{open_workbook, Reader, Xlsx};
use cascade::{NewCheckIn, Plan, Quarter};

fn timed<T>(what: &str, budget: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    eprintln!("{what}: {took:.2?}");
    assert!(took < budget, "{what} took {took:?}, more than {budget:?}");
    out
}

#[test]
fn a_large_quarter_exports_scores_and_diffs_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.okr");
    let (q3, q4): (Quarter, Quarter) = ("2026-Q3".parse().unwrap(), "2026-Q4".parse().unwrap());
    let mut plan = Plan::create(&path).unwrap();
    let spec = cascade::synth::SynthSpec::with_agents(5_000, vec![q3, q4], 11);
    let made = cascade::synth::generate(&mut plan, &spec).unwrap();
    eprintln!("{made:?}");

    let snapshot = timed("whole-plan snapshot", Duration::from_secs(20), || {
        plan.snapshot(None).unwrap()
    });
    let in_q4: HashSet<_> = snapshot
        .objectives
        .iter()
        .filter(|o| o.quarter == q4)
        .map(|o| o.id)
        .collect();
    let with_krs: HashSet<_> = snapshot.key_results.iter().map(|k| k.objective_id).collect();
    let krs_q4 = snapshot
        .key_results
        .iter()
        .filter(|k| in_q4.contains(&k.objective_id))
        .count();
    timed(
        "checks of one quarter (part of the export)",
        Duration::from_secs(20),
        || cascade::checks::check_quarter(&snapshot, Some(q4)),
    );

    let xlsx = dir.path().join("q4.xlsx");
    timed("xlsx export of one quarter", Duration::from_secs(60), || {
        cascade::export::xlsx::export_quarter(&snapshot, q4, &xlsx, cascade::Lang::En).unwrap()
    });
    eprintln!("xlsx size: {} KiB", std::fs::metadata(&xlsx).unwrap().len() / 1024);
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let rows: usize = ["Company", "Divisions", "Teams", "Agents"]
        .iter()
        .map(|s| book.worksheet_range(s).unwrap().height() - 1)
        .sum();
    let without_krs = in_q4.iter().filter(|o| !with_krs.contains(o)).count();
    assert_eq!(
        rows,
        krs_q4 + without_krs,
        "one row per key result, one per objective without"
    );

    let scores = timed("scores of one quarter", Duration::from_secs(5), || {
        cascade::measure::score::scores(&snapshot, Some(q4))
    });
    assert_eq!(scores.len(), in_q4.len());
    let diff = timed("diff of two quarters", Duration::from_secs(5), || {
        cascade::view::diff::diff(&snapshot, q3, q4)
    });
    assert_eq!(diff.added.len(), in_q4.len(), "the generator carries nothing over");

    let kr = snapshot.key_results.last().unwrap().key.clone();
    timed("one check-in on the large plan", Duration::from_secs(2), || {
        plan.record_checkin(NewCheckIn {
            key_result: kr.clone(),
            value: 1.0,
            date: Some("2026-10-01".parse().unwrap()),
            note: String::new(),
            who: "test".into(),
            confidence: None,
        })
        .unwrap()
    });
    timed(
        "quarter state (lock, reviews, check-ins, scores)",
        Duration::from_secs(20),
        || plan.quarter_state(q4).unwrap(),
    );

    // Re-importing the whole plan's JSON export replaces every key result and keeps the
    // check-in, the keys and the scores.
    let json = cascade::export::to_json(&plan.snapshot(None).unwrap(), &Default::default());
    let file = cascade::import::InputFile {
        name: "big.json".into(),
        bytes: json,
    };
    timed("re-import of the whole plan's JSON", Duration::from_secs(120), || {
        cascade::import::import_json(&mut plan, &file, cascade::import::ImportOptions::default()).unwrap()
    });
    assert_eq!(
        plan.checkins(&kr).unwrap().len(),
        1,
        "the check-in survived the re-import"
    );
    let after = plan.snapshot(None).unwrap();
    let keys = |s: &cascade::Snapshot| {
        s.key_results
            .iter()
            .map(|k| (k.id, k.key.clone()))
            .collect::<HashSet<_>>()
    };
    assert!(keys(&after) == keys(&snapshot), "every key result kept its id and key");
}
