//! Helpers shared by the command-line tests: a temporary folder, the real `okr` binary,
//! and the sample spreadsheets.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The sample organisation: the shared copy beside the repository when there is one
/// (CI keeps `../shared` next to the clone), else the copy committed under tests/data.
pub fn sample_dir() -> PathBuf {
    let shared = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/examples/small-support-org"
    ));
    if shared.join("org.csv").exists() {
        shared
    } else {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small-support-org"))
    }
}

/// What a run of `okr` gave.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Words of SQL that must never reach a person.
pub const SQL_WORDS: &[&str] = &[
    "UNIQUE",
    "constraint",
    "SQLITE_",
    "syntax error",
    "FOREIGN KEY",
    "no such",
];

/// Runs the real `okr`. Whatever it says on its error stream, in every test of the suite,
/// is checked for SQL: a refusal tells people what happened in their words.
pub fn okr(dir: &Path, args: &[&str]) -> Run {
    okr_env(dir, args, &[])
}

/// Runs the real `okr` with environment variables set (`CASCADE_LANG`, `LANG`). The
/// language variables of the test's own environment are cleared, so okr speaks English
/// unless a test asks for another language.
pub fn okr_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let Output { status, stdout, stderr } = Command::new(env!("CARGO_BIN_EXE_okr"))
        .args(args)
        .current_dir(dir)
        .env_remove("CASCADE_LANG")
        .env_remove("LANG")
        .envs(env.iter().copied())
        .output()
        .expect("okr runs");
    let run = Run {
        code: status.code().expect("okr exits normally"),
        stdout: String::from_utf8(stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(stderr).expect("utf-8 stderr"),
    };
    for w in SQL_WORDS {
        assert!(
            !run.stderr.contains(w),
            "okr {args:?} said {w:?} to a person:\n{}",
            run.stderr
        );
    }
    run
}

/// Runs `okr` and insists it succeeds.
pub fn okr_ok(dir: &Path, args: &[&str]) -> Run {
    let r = okr(dir, args);
    assert_eq!(r.code, 0, "okr {args:?} failed:\n{}\n{}", r.stdout, r.stderr);
    r
}

/// `okr import PLAN` of the three spreadsheets `org.csv`, `objectives.csv` and
/// `key_results.csv` of the folder it runs in.
pub fn import_args(plan: &str) -> Vec<&str> {
    vec![
        "import",
        plan,
        "--org",
        "org.csv",
        "--objectives",
        "objectives.csv",
        "--key-results",
        "key_results.csv",
    ]
}

/// Imports the sample organisation into `plan` (in `dir`).
pub fn import_sample(dir: &Path, plan: &str) -> Run {
    let s = sample_dir();
    let p = |f: &str| s.join(f).display().to_string();
    okr_ok(
        dir,
        &[
            "import",
            plan,
            "--org",
            &p("org.csv"),
            "--objectives",
            &p("objectives.csv"),
            "--key-results",
            &p("key_results.csv"),
        ],
    )
}

/// Every file of a folder, by name, with its bytes.
pub fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Asserts that the plan file at `path` is sound as SQLite sees it: its integrity check
/// passes and no row points at a row that is not there.
pub fn assert_sound(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok", "{}", path.display());
    let dangling = conn
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query([])
        .unwrap()
        .next()
        .unwrap()
        .is_some();
    assert!(!dangling, "foreign keys hold in {}", path.display());
}
