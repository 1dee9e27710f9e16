//! The core's folders are its parts (docs/ARCHITECTURE.md), and their uses point one way:
//! no folder uses a folder that uses it. A cycle would tie two parts into one that can be
//! neither read nor changed alone, so this test reads the sources and refuses one.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The folders of `src/` that are parts of the core (not the `okr` binary).
fn parts(src: &Path) -> BTreeSet<String> {
    fs::read_dir(src)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "bin")
        .collect()
}

/// The names `lib.rs` re-exports at the root, with the part each comes from:
/// `pub use model::node::{Node, …};` says `crate::Node` is a use of `model`.
fn root_names(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for stmt in lib.split(';') {
        let Some(rest) = stmt.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((part, items)) = rest.split_once("::") else {
            continue;
        };
        for name in identifiers(items) {
            names.insert(name, part.to_string());
        }
    }
    names
}

fn identifiers(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The source a part builds with: unit tests and comments left out.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The parts one source file uses through `crate::…`.
fn uses(text: &str, parts: &BTreeSet<String>, root: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        let named: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            identifiers(&group[..group.find('}').unwrap_or(group.len())])
        } else {
            identifiers(rest).into_iter().take(1).collect()
        };
        for name in named {
            if parts.contains(&name) {
                found.insert(name);
            } else if let Some(part) = root.get(&name) {
                found.insert(part.clone());
            }
        }
    }
    found
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_folder_of_the_core_uses_a_folder_that_uses_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let parts = parts(&src);
    let root = root_names(&fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut graph: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for part in &parts {
        let mut paths = Vec::new();
        files(&src.join(part), &mut paths);
        for path in paths {
            let text = code(&fs::read_to_string(&path).unwrap());
            for used in uses(&text, &parts, &root) {
                if &used != part {
                    let file = path.strip_prefix(&src).unwrap().display().to_string();
                    graph.entry(part.clone()).or_default().entry(used).or_insert(file);
                }
            }
        }
    }
    assert!(
        graph.contains_key("edit") && graph["edit"].contains_key("store"),
        "{graph:?}"
    );

    let reaches = |from: &str, to: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(at) = todo.pop() {
            for next in graph.get(&at).into_iter().flat_map(|m| m.keys()) {
                if next == to {
                    return true;
                }
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        false
    };
    let mut cycles = Vec::new();
    for (part, used) in &graph {
        for (other, file) in used {
            if reaches(other, part) {
                cycles.push(format!(
                    "{part} uses {other} ({file}), and {other} leads back to {part}"
                ));
            }
        }
    }
    assert!(cycles.is_empty(), "folders of src/ in a cycle:\n{}", cycles.join("\n"));
}

#[test]
fn the_reader_sees_a_use_through_a_root_name_and_a_group() {
    let parts: BTreeSet<String> = ["model", "store"].map(String::from).into();
    let root = root_names("pub use model::node::{Node, NewNode};\npub use store::{Plan};");
    let text = code("use crate::{Node, Plan};\n// crate::view\n");
    assert_eq!(uses(&text, &parts, &root), parts);
    assert!(uses("use crate::model::key;", &parts, &root).contains("model"));
}
