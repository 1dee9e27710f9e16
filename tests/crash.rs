//! A laptop that dies mid-save: a process writing a plan is killed with SIGKILL at many
//! moments; afterwards the file is intact and holds every change that was reported as
//! saved.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use cascade::{Level, NewKeyResult, NewNode, NewObjective, Plan};

const CHILD: &str = "CASCADE_CRASH_CHILD";

/// Run as a child process: adds objectives with key results forever, printing each
/// objective's key once its transaction has committed.
fn child(path: &Path) {
    let mut plan = Plan::open(path).unwrap();
    let co = plan.node_by_key("co").unwrap();
    let start = plan.objectives(None).unwrap().len();
    for i in start.. {
        let key = format!("o{i}");
        plan.transact(|tx| {
            let o = cascade::edit::objective::add(
                tx,
                NewObjective {
                    commitment: Default::default(),
                    key: Some(key.clone()),
                    quarter: "2026-Q4".parse().unwrap(),
                    owner_id: co.id,
                    title: format!("Khách hàng hài lòng hơn {i}"),
                    description: "x".repeat(2_000),
                    parent_id: None,
                },
            )?;
            for k in 0..3 {
                cascade::edit::key_result::add(
                    tx,
                    NewKeyResult {
                        key: None,
                        objective_id: o.id,
                        title: format!("CSAT {k}"),
                        kind: cascade::KrKind::Progress,
                        baseline: Some(4.0),
                        target: 4.5,
                        current: 4.1,
                        unit: "điểm".into(),
                        weight: 1.0,
                        measure: String::new(),
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
        println!("{key}");
    }
}

#[test]
fn every_saved_edit_survives_a_kill() {
    if let Some(path) = std::env::var_os(CHILD) {
        child(Path::new(&path));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.okr");
    let mut plan = Plan::create(&path).unwrap();
    plan.add_node(NewNode {
        key: Some("co".into()),
        name: "Sao Mai".into(),
        level: Some(Level::Company),
        ..NewNode::default()
    })
    .unwrap();
    plan.close().unwrap();

    let mut total_saved = 0;
    let kills = 12;
    for round in 0..kills {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "every_saved_edit_survives_a_kill",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if line.starts_with('o') && line[1..].chars().all(|c| c.is_ascii_digit()) {
                    let _ = tx.send(line);
                }
            }
        });
        // A different moment each round: after 0, 1, 2… saved edits, then a little more,
        // so the kill lands in the middle of a later edit however busy the machine is.
        let mut saved: Vec<String> = Vec::new();
        while saved.len() < round {
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok(key) => saved.push(key),
                Err(_) => panic!("round {round}: the child saved nothing for a minute"),
            }
        }
        std::thread::sleep(Duration::from_micros(700 * round as u64));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        saved.extend(rx.try_iter());

        common::assert_sound(&path);
        let plan = Plan::open(&path).unwrap();
        for key in &saved {
            let o = plan
                .objective_by_key(key)
                .unwrap_or_else(|e| panic!("round {round}: {key} was saved but is gone: {e}"));
            assert_eq!(
                plan.key_results(o.id).unwrap().len(),
                3,
                "round {round}: {key} is whole"
            );
        }
        // Nothing half-written: every objective there has all its key results.
        for o in plan.objectives(None).unwrap() {
            assert_eq!(
                plan.key_results(o.id).unwrap().len(),
                3,
                "round {round}: {} is whole",
                o.key
            );
        }
        total_saved = plan.objectives(None).unwrap().len();
        plan.close().unwrap();
    }
    eprintln!("{kills} kills survived, {total_saved} objectives saved in all");
    assert!(total_saved > 0, "the child made progress before being killed");
}

/// The state of a plan that matters for "all or nothing": its rows, counted.
fn counts(path: &Path) -> (i64, i64, i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let n = |t: &str| {
        conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    (n("node"), n("objective"), n("key_result"))
}

#[test]
fn an_import_killed_at_any_moment_leaves_the_plan_before_or_after() {
    let dir = tempfile::tempdir().unwrap();
    let okr = env!("CARGO_BIN_EXE_okr");
    // A large organisation as spreadsheets: generated, then exported as a user would.
    let source = dir.path().join("big.okr");
    let mut plan = Plan::create(&source).unwrap();
    let spec = cascade::synth::SynthSpec::with_agents(5_000, vec!["2026-Q4".parse().unwrap()], 7);
    cascade::synth::generate(&mut plan, &spec).unwrap();
    plan.close().unwrap();
    let csv = dir.path().join("csv");
    let out = Command::new(okr)
        .arg("export")
        .arg(&source)
        .args(["--format", "csv", "--out"])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = counts(&source);

    let target = dir.path().join("target.okr");
    Plan::create(&target).unwrap().close().unwrap();
    let before = counts(&target);
    let import = |target: &Path| {
        Command::new(okr)
            .arg("import")
            .arg(target)
            .arg("--org")
            .arg(csv.join("org.csv"))
            .arg("--objectives")
            .arg(csv.join("objectives.csv"))
            .arg("--key-results")
            .arg(csv.join("key_results.csv"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // How long a whole import takes here, to spread the kills over it.
    let started = std::time::Instant::now();
    assert!(import(&target).wait().unwrap().success());
    let whole = started.elapsed();
    assert_eq!(counts(&target), after);

    let kills = 20;
    let (mut seen_before, mut seen_after) = (0, 0);
    for round in 0..kills {
        let target = dir.path().join(format!("kill-{round}.okr"));
        Plan::create(&target).unwrap().close().unwrap();
        let mut child = import(&target);
        std::thread::sleep(whole.mul_f64(round as f64 / kills as f64 * 1.2));
        let _ = child.kill();
        child.wait().unwrap();
        common::assert_sound(&target);
        Plan::open(&target).unwrap().close().unwrap();
        let now = counts(&target);
        assert!(
            now == before || now == after,
            "round {round}: a partial import is visible: {now:?}"
        );
        if now == before {
            seen_before += 1
        } else {
            seen_after += 1
        }
    }
    eprintln!(
        "{kills} kills of a {:?} import of {after:?} rows survived: {seen_before} left it as before, {seen_after} as after",
        whole
    );
}
