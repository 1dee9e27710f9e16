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
