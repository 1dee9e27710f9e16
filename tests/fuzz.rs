//! Bad input, generated: whatever text or bytes arrive, the core answers with a value or
//! a clear error, never a panic and never a changed file.

use cascade::{Plan, Quarter};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn quarter_text_parses_or_is_named_in_the_error(s in "\\PC{0,12}|[0-9]{4}-[Qq][0-9]{1,2}") {
        match s.parse::<Quarter>() {
            Ok(q) => {
                prop_assert!((1..=4).contains(&q.number()));
                prop_assert_eq!(q.to_string().parse::<Quarter>().unwrap(), q);
                prop_assert_eq!(q.next().previous(), q);
            }
            Err(e) => {
                let msg = e.to_string();
                prop_assert!(msg.contains(&format!("{s:?}")) || msg.contains(&format!("\"{s}\"")), "{}", msg);
            }
        }
    }

    #[test]
    fn quarters_round_trip(year in 1i32..=9999, n in 1u8..=4) {
        let q = Quarter::new(year, n).unwrap();
        prop_assert_eq!(q.to_string().parse::<Quarter>().unwrap(), q);
        prop_assert!(q.start() < q.end());
        prop_assert_eq!(q.end().succ_opt().unwrap(), q.next().start());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random bytes, or a real plan with random bytes written over part of it: opening
    /// either gives a plan or a clear error, and a refused file is never modified.
    #[test]
    fn damaged_files_are_refused_untouched(junk in proptest::collection::vec(any::<u8>(), 0..8192), at in 0usize..65536) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.okr");
        let sample = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/plan-v1.okr")).unwrap();
        let bytes = if at % 2 == 0 {
            junk.clone()
        } else {
            let mut b = sample.clone();
            let at = at.min(b.len() - 1);
            for (i, x) in junk.iter().enumerate() {
                if let Some(slot) = b.get_mut(at + i) { *slot = *x; }
            }
            b
        };
        std::fs::write(&path, &bytes).unwrap();
        match Plan::open(&path) {
            Ok(mut plan) => {
                // It opened: reading it either works or fails with a message, no panic.
                let _ = plan.snapshot(None).map_err(|e| e.to_string());
            }
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                prop_assert!(std::fs::read(&path).unwrap() == bytes, "a refused file was modified: {}", e);
            }
        }
    }
}

/// The example organisation's three files, to mutate.
fn example(name: &str) -> Vec<u8> {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/examples/small-support-org");
    let local = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small-support-org");
    let dir = if std::path::Path::new(shared).is_dir() {
        shared
    } else {
        local
    };
    std::fs::read(format!("{dir}/{name}")).unwrap()
}

/// Changes `bytes` in a few places: overwrite, insert or delete a run of bytes, drawn from
/// characters that matter to CSV (quotes, separators, line ends, NUL, BOM, Thai…).
fn mutate(mut bytes: Vec<u8>, edits: &[(usize, u8, Vec<u8>)]) -> Vec<u8> {
    for (at, op, run) in edits {
        let at = at % (bytes.len() + 1);
        match op % 3 {
            0 => {
                for (i, b) in run.iter().enumerate() {
                    if let Some(slot) = bytes.get_mut(at + i) {
                        *slot = *b;
                    }
                }
            }
            1 => {
                bytes.splice(at..at, run.iter().copied());
            }
            _ => {
                let end = (at + run.len()).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes
}

fn run_of_bytes() -> impl Strategy<Value = Vec<u8>> {
    let special = prop_oneof![
        Just(b"\"".to_vec()),
        Just(b",".to_vec()),
        Just(b";".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\0".to_vec()),
        Just("\u{feff}".as_bytes().to_vec()),
        Just("ทีม".as_bytes().to_vec()),
        Just(b"2026-Q5".to_vec()),
        Just(b"agent".to_vec()),
        Just(b"-1e309".to_vec()),
        proptest::collection::vec(any::<u8>(), 1..6),
    ];
    proptest::collection::vec(special, 1..3).prop_map(|v| v.concat())
}

fn plan_bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Damaged spreadsheets: the import either succeeds whole or is refused with located
    /// problems, and a refused import leaves the plan file byte for byte as it was.
    #[test]
    fn csv_import_is_all_or_nothing(
        which in 0usize..3,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), run_of_bytes()), 1..4),
    ) {
        use cascade::import::{ImportOptions, import_csv, ImportFiles, InputFile};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.okr");
        let mut plan = Plan::create(&path).unwrap();
        cascade::demo::fill(&mut plan).unwrap();
        plan.close().unwrap();
        let before = plan_bytes(&path);

        let names = ["org.csv", "objectives.csv", "key_results.csv"];
        let mut files: Vec<InputFile> =
            names.iter().map(|n| InputFile { name: n.to_string(), bytes: example(n) }).collect();
        files[which].bytes = mutate(std::mem::take(&mut files[which].bytes), &edits);
        let mut files = files.into_iter();
        let input = ImportFiles { org: files.next(), objectives: files.next(), key_results: files.next() };

        let mut plan = Plan::open(&path).unwrap();
        let result = import_csv(&mut plan, input, ImportOptions::default());
        plan.close().unwrap();
        match result {
            Ok(_) => {
                let mut plan = Plan::open(&path).unwrap();
                prop_assert!(plan.snapshot(None).unwrap().nodes.len() > 45, "the import landed");
            }
            Err(e) => {
                let msg = e.to_string();
                prop_assert!(!msg.is_empty());
                prop_assert!(names.iter().any(|n| msg.contains(n)) || msg.contains("plan"), "{}", msg);
                prop_assert!(plan_bytes(&path) == before, "a refused import changed the plan: {}", msg);
            }
        }
    }

    /// Damaged JSON exports: the same promise.
    #[test]
    fn json_import_is_all_or_nothing(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), run_of_bytes()), 1..4),
    ) {
        use cascade::import::{import_json, ImportOptions, InputFile};
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("source.okr");
        let mut plan = Plan::create(&source).unwrap();
        cascade::demo::fill(&mut plan).unwrap();
        let json = plan.export_json().unwrap();
        plan.close().unwrap();

        let path = dir.path().join("plan.okr");
        Plan::create(&path).unwrap().close().unwrap();
        let before = plan_bytes(&path);
        let file = InputFile { name: "plan.json".into(), bytes: mutate(json, &edits) };
        let mut plan = Plan::open(&path).unwrap();
        let result = import_json(&mut plan, &file, ImportOptions::default());
        plan.close().unwrap();
        if let Err(e) = result {
            prop_assert!(e.to_string().contains("plan.json"), "{}", e);
            prop_assert!(plan_bytes(&path) == before, "a refused import changed the plan: {}", e);
        }
    }
}
