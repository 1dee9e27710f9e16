//! `okr import` run as a user would: good files import, and every kind of bad input is
//! refused with exit code 2, a message naming file, line, column and value, and a plan
//! file left byte for byte as it was.

mod common;

use std::path::Path;

use cascade::Plan;
use common::{import_args, import_sample, okr, okr_ok, sample_dir};

const ORG: &str = "key,name,level,parent,role,new_hire,objective_cap
acme,\"Sao Mai, \"\"Group\"\"\",company,,CEO,,
cskh,Khối CSKH,division,acme,,,
team-1,Nhóm 1,team,cskh,,,
a1,Nguyễn Văn An,agent,team-1,,yes,2
";

/// A child comes before its parent on purpose. Line 3 holds a quoted description with a
/// line break, so the records after it are on lines 5 and 6.
const OBJECTIVES: &str = "key,quarter,owner,title,parent,description
o-a1,2026-Q4,a1,Trả lời nhanh,o-team,
o-team,2026-Q4,team-1,Team goal,o-div,\"Two
lines\"
o-div,2026-Q4,cskh,Division goal,o-co,
o-co,2026-Q4,acme,Company goal,,
";

const KEY_RESULTS: &str = "objective,title,baseline,target,current,unit,kind
o-a1,FRT,120,60,90,s,
o-team,CSAT,4.2,4.5,4.3,điểm,
o-div,Backlog,10,20,15,%,
o-co,CSAT guard,,4.3,4.4,,keep-above
";

fn write(dir: &Path, org: &[u8], objectives: &[u8], key_results: &[u8]) {
    std::fs::write(dir.join("org.csv"), org).unwrap();
    std::fs::write(dir.join("objectives.csv"), objectives).unwrap();
    std::fs::write(dir.join("key_results.csv"), key_results).unwrap();
}

/// An edit of one base file: replace the first `from` with `to`.
type Edit = (&'static str, &'static [u8], &'static [u8]);

fn apply(base: &str, file: &str, edits: &[Edit]) -> Vec<u8> {
    let mut bytes = base.as_bytes().to_vec();
    for (f, from, to) in edits {
        if *f == file {
            let at = bytes
                .windows(from.len())
                .position(|w| w == *from)
                .unwrap_or_else(|| panic!("{} not found in {file}", String::from_utf8_lossy(from)));
            bytes.splice(at..at + from.len(), to.iter().copied());
        }
    }
    bytes
}

#[test]
fn bad_input_is_refused_named_and_changes_nothing() {
    let cases: &[(&str, &[Edit], &[&str])] = &[
        (
            "unknown level",
            &[("org.csv", b"a1,Nguy\xe1\xbb\x85n V\xc4\x83n An,agent", b"a1,Nguy\xe1\xbb\x85n V\xc4\x83n An,agnet")],
            &["org.csv line 5, column level: \"agnet\" is not a level"],
        ),
        (
            "parent of the wrong level",
            &[("org.csv", b"agent,team-1", b"agent,cskh")],
            &["org.csv line 5, column parent: \"cskh\" is a division; the parent of an agent must be a team"],
        ),
        (
            "a second company",
            &[("org.csv", b"a1,", b"other,Other Co,company,,,,\na1,")],
            &["org.csv line 5, column level: \"company\" is not possible here: a plan holds exactly one company and \"acme\" is already it"],
        ),
        (
            "duplicate key",
            &[("org.csv", b"a1,", b"cskh,Again,division,acme,,,\na1,")],
            &["org.csv line 5, column key: \"cskh\" appears twice (first on line 3)"],
        ),
        (
            "unknown parent node",
            &[("org.csv", b"team,cskh", b"team,cskx")],
            &["org.csv line 4, column parent: \"cskx\" is not the key of a node"],
        ),
        (
            "bad new_hire and cap",
            &[("org.csv", b"yes,2", b"maybe,-1")],
            &["org.csv line 5, column new_hire: \"maybe\" is not yes or no", "org.csv line 5, column objective_cap: \"-1\" is not a whole number"],
        ),
        (
            "unknown owner",
            &[("objectives.csv", b"o-a1,2026-Q4,a1,", b"o-a1,2026-Q4,a9,")],
            &["objectives.csv line 2, column owner: \"a9\" is not the key of a node"],
        ),
        (
            "parent objective that does not exist",
            &[("objectives.csv", b"Division goal,o-co", b"Division goal,o-nope")],
            &["objectives.csv line 5, column parent: \"o-nope\" is not the key of an objective"],
        ),
        (
            "cycle of objectives",
            &[("objectives.csv", b"Company goal,", b"Company goal,o-a1")],
            &["objectives.csv line 2, column parent: \"o-team\" would make a cycle of objectives: o-a1 → o-team → o-div → o-co → o-a1"],
        ),
        (
            "invalid quarter",
            &[("objectives.csv", b"o-team,2026-Q4", b"o-team,2026-Q5")],
            &["objectives.csv line 3, column quarter: \"2026-Q5\" is not a quarter (expected YYYY-Q1..Q4)"],
        ),
        (
            "empty title",
            &[("objectives.csv", b"Team goal", b"  ")],
            &["objectives.csv line 3, column title: \"  \" is empty"],
        ),
        (
            "duplicate objective key",
            &[("objectives.csv", b"\no-co,", b"\no-div,2027-Q1,cskh,Again,,\no-co,")],
            &["objectives.csv line 6, column key: \"o-div\" appears twice (first on line 5)"],
        ),
        (
            "missing required column",
            &[("objectives.csv", b"owner,title", b"owner,name")],
            &["objectives.csv: the column \"title\" is missing"],
        ),
        (
            "unknown objective of a key result",
            &[("key_results.csv", b"o-a1,FRT", b"o-zz,FRT")],
            &["key_results.csv line 2, column objective: \"o-zz\" is not the key of an objective"],
        ),
        (
            "number that is not a number",
            &[("key_results.csv", b"4.2,4.5,4.3", b"4.2,4.5,abc")],
            &["key_results.csv line 3, column current: \"abc\" is not a number"],
        ),
        (
            "decimal comma",
            &[("key_results.csv", b"4.2,4.5,4.3", b"\"4,2\",4.5,4.3")],
            &["key_results.csv line 3, column baseline: \"4,2\" is not a number; write the decimal point as \".\""],
        ),
        (
            "line numbers count the lines of a quoted field",
            &[("objectives.csv", b"o-co,2026-Q4", b"o-co,2026-Q7")],
            &["objectives.csv line 6, column quarter: \"2026-Q7\""],
        ),
        (
            "unknown key-result kind",
            &[("key_results.csv", b"keep-above", b"keep-abov")],
            &["key_results.csv line 5, column kind: \"keep-abov\" is not a key-result kind"],
        ),
        (
            "progress key result without a baseline",
            &[("key_results.csv", b"FRT,120,", b"FRT,,")],
            &["key_results.csv line 2, column baseline: \"\" is empty; a progress key result needs a baseline"],
        ),
        (
            "a comma inside a value, unquoted",
            &[("org.csv", b"a1,Nguy", b"a1,Nguy\xe1\xbb\x85n,")],
            &["org.csv line 5: has 8 cells, the header 7: a comma inside a value must be quoted"],
        ),
        (
            "every problem is reported, not only the first",
            &[
                ("org.csv", b"agent,team-1", b"agnet,team-1"),
                ("objectives.csv", b"o-team,2026-Q4", b"o-team,2026-Q9"),
                ("key_results.csv", b"90,s", b"ninety,s"),
            ],
            &[
                "org.csv line 5, column level: \"agnet\"",
                "objectives.csv line 3, column quarter: \"2026-Q9\"",
                "key_results.csv line 2, column current: \"ninety\"",
                "these 3 problems",
            ],
        ),
    ];

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, ORG.as_bytes(), OBJECTIVES.as_bytes(), KEY_RESULTS.as_bytes());
    okr_ok(d, &import_args("plan.okr"));
    let before = std::fs::read(d.join("plan.okr")).unwrap();

    // Every case twice: with LF line ends, and with CRLF as Excel on Windows writes them.
    for ((name, edits, expected), crlf) in cases.iter().flat_map(|c| [(c, false), (c, true)]) {
        let case = d.join(format!("{}{}", name.replace(' ', "-"), if crlf { "-crlf" } else { "" }));
        std::fs::create_dir(&case).unwrap();
        let ends = |b: Vec<u8>| -> Vec<u8> {
            b.into_iter()
                .flat_map(|c| if crlf && c == b'\n' { vec![b'\r', c] } else { vec![c] })
                .collect()
        };
        write(
            &case,
            &ends(apply(ORG, "org.csv", edits)),
            &ends(apply(OBJECTIVES, "objectives.csv", edits)),
            &ends(apply(KEY_RESULTS, "key_results.csv", edits)),
        );
        let plan = d.join("plan.okr").display().to_string();
        let r = okr(&case, &import_args(&plan));
        assert_eq!(r.code, 2, "{name}: exit code\n{}{}", r.stdout, r.stderr);
        for e in *expected {
            assert!(r.stderr.contains(e), "{name}: expected\n  {e}\nin\n{}", r.stderr);
        }
        assert!(r.stderr.contains("the plan was not changed"), "{name}: {}", r.stderr);
        assert_eq!(
            std::fs::read(d.join("plan.okr")).unwrap(),
            before,
            "{name}: the plan file changed"
        );
        assert!(!d.join("plan.okr-wal").exists(), "{name}: a write-ahead log was left");
        // Into a new plan, the same files leave no plan behind.
        let r = okr(&case, &import_args("new.okr"));
        assert_eq!(r.code, 2, "{name}: new plan");
        assert!(
            !case.join("new.okr").exists(),
            "{name}: a refused import left a new plan file"
        );
    }
}

#[test]
fn good_files_import_and_a_second_import_updates_by_key() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, ORG.as_bytes(), OBJECTIVES.as_bytes(), KEY_RESULTS.as_bytes());
    let r = okr_ok(d, &import_args("plan.okr"));
    assert!(r.stdout.contains("4 people and units added"), "{}", r.stdout);
    // The first fill of a new plan runs with a rollback journal; the plan is left in
    // write-ahead-log mode (bytes 18 and 19 of an SQLite file: 2 = WAL) and whole.
    let bytes = std::fs::read(d.join("plan.okr")).unwrap();
    assert_eq!((bytes[18], bytes[19]), (2, 2));
    assert!(!d.join("plan.okr-journal").exists() && !d.join("plan.okr-wal").exists());

    let mut plan = Plan::open(d.join("plan.okr")).unwrap();
    let snap = plan.snapshot(None).unwrap();
    assert_eq!(snap.nodes.len(), 4);
    assert_eq!(plan.node_by_key("acme").unwrap().name, "Sao Mai, \"Group\"");
    let a1 = plan.node_by_key("a1").unwrap();
    assert!(a1.new_hire);
    assert_eq!(a1.objective_cap, Some(2));
    let o_a1 = plan.objective_by_key("o-a1").unwrap();
    assert_eq!(o_a1.parent_id, Some(plan.objective_by_key("o-team").unwrap().id));
    assert_eq!(plan.objective_by_key("o-team").unwrap().description, "Two\nlines");
    let div = plan.objective_by_key("o-div").unwrap();
    let guard = &plan.key_results(plan.objective_by_key("o-co").unwrap().id).unwrap()[0];
    assert_eq!((guard.kind, guard.baseline), (cascade::KrKind::KeepAbove, None));
    plan.close().unwrap();

    // Semicolons, CRLF, a BOM, columns in another order and in capitals, an unknown
    // column: the same organisation, with a changed name and new key results for one.
    std::fs::write(
        d.join("org2.csv"),
        "\u{feff}Parent;KEY;Name;Level;Comment\r\n;acme;Sao Mai Group;company;x\r\ncskh;team-1;Nhóm hotline 1;team;\r\n",
    )
    .unwrap();
    std::fs::write(
        d.join("kr2.csv"),
        "objective\ttitle\tbaseline\ttarget\tcurrent\tweight\no-a1\tAHT\t540\t420\t450\t2\n",
    )
    .unwrap();
    let r = okr_ok(
        d,
        &["import", "plan.okr", "--org", "org2.csv", "--key-results", "kr2.csv"],
    );
    assert!(r.stdout.contains("0 people and units added, 2 updated"), "{}", r.stdout);
    let plan = Plan::open(d.join("plan.okr")).unwrap();
    assert_eq!(plan.node_by_key("team-1").unwrap().name, "Nhóm hotline 1");
    // Columns the file does not have keep their values.
    assert_eq!(plan.node_by_key("acme").unwrap().role, "CEO");
    let krs = plan.key_results(plan.objective_by_key("o-a1").unwrap().id).unwrap();
    assert_eq!(krs.len(), 1, "the file's key results replace the objective's");
    assert_eq!((krs[0].title.as_str(), krs[0].weight), ("AHT", 2.0));
    assert_eq!(
        plan.key_results(div.id).unwrap().len(),
        1,
        "objectives the file does not name keep theirs"
    );
}

#[test]
fn the_sample_organisation_imports() {
    let dir = tempfile::tempdir().unwrap();
    let r = import_sample(dir.path(), "sample.okr");
    assert!(r.stdout.contains("23 people and units added"), "{}", r.stdout);
    let mut plan = Plan::open(dir.path().join("sample.okr")).unwrap();
    let snap = plan.snapshot(None).unwrap();
    let count = |f: &str| {
        let text = std::fs::read_to_string(sample_dir().join(f)).unwrap();
        csv::Reader::from_reader(text.as_bytes()).records().count()
    };
    assert_eq!(snap.nodes.len(), count("org.csv"));
    assert_eq!(snap.objectives.len(), count("objectives.csv"));
    assert_eq!(snap.key_results.len(), count("key_results.csv"));
    assert!(snap
        .nodes
        .iter()
        .any(|n| n.name.contains("ทีม") || n.name.contains("ฝ่าย")));
}

#[test]
fn bad_json_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "plan.okr");
    okr_ok(d, &["export", "plan.okr", "--format", "json", "--out", "plan.json"]);
    let json = std::fs::read_to_string(d.join("plan.json")).unwrap();
    let bad = json.replacen("\"level\": \"division\"", "\"level\": \"departement\"", 1);
    std::fs::write(d.join("bad.json"), bad).unwrap();
    std::fs::write(d.join("broken.json"), &json[..json.len() / 2]).unwrap();
    let before = std::fs::read(d.join("plan.okr")).unwrap();
    for (file, expected) in [
        (
            "bad.json",
            "bad.json nodes[1], field level: \"departement\" is not a level",
        ),
        ("broken.json", "broken.json line "),
    ] {
        let r = okr(d, &["import", "plan.okr", "--json", file]);
        assert_eq!(r.code, 2, "{file}");
        assert!(r.stderr.contains(expected), "{file}: {}", r.stderr);
        assert_eq!(std::fs::read(d.join("plan.okr")).unwrap(), before);
    }
}

#[test]
fn bad_arguments_and_files_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("not-a-plan.okr"), "hello").unwrap();
    std::fs::write(d.join("org.csv"), ORG).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["import", "p.okr"], "required"),
        (&["import", "p.okr", "--org", "missing.csv"], "missing.csv"),
        (&["import", "not-a-plan.okr", "--org", "org.csv"], "not a Cascade plan"),
        (
            &["import", "p.okr", "--org", "org.csv", "--json", "x.json"],
            "cannot be used with",
        ),
        (&["import", "p.okr", "--bogus"], "--bogus"),
    ];
    for (args, expected) in cases {
        let r = okr(d, args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(expected), "{args:?}: {}", r.stderr);
    }
    assert_eq!(std::fs::read(d.join("not-a-plan.okr")).unwrap(), b"hello");
    assert!(!d.join("p.okr").exists());
}
