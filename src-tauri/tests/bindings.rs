//! The committed TypeScript bindings must match the Rust types.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "ts") {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            out.insert(name, std::fs::read_to_string(&p).unwrap());
        }
    }
    out
}

#[test]
fn bindings_are_fresh() {
    let committed: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings");
    let tmp = tempfile::tempdir().unwrap();
    okr_cascade::bindings::export_all(tmp.path()).unwrap();
    let fresh = files(tmp.path());
    assert!(fresh.contains_key("TreeRow.ts") && fresh.contains_key("Finding.ts"));
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(&committed);
        std::fs::create_dir_all(&committed).unwrap();
        for (name, text) in &fresh {
            std::fs::write(committed.join(name), text).unwrap();
        }
        return;
    }
    assert_eq!(
        files(&committed),
        fresh,
        "ui/src/lib/bindings is stale: run `UPDATE_BINDINGS=1 cargo test -p okr-cascade --test bindings` and commit"
    );
}
