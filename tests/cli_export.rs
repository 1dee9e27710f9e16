//! `okr export`: deterministic output, and round trips through import that give the same
//! bytes back, for the spreadsheets and for JSON.

mod common;

use common::{files, import_sample, okr, okr_ok};

#[test]
fn csv_round_trip_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "a.okr");
    okr_ok(d, &["export", "a.okr", "--format", "csv", "--out", "one"]);
    okr_ok(
        d,
        &[
            "import",
            "b.okr",
            "--org",
            "one/org.csv",
            "--objectives",
            "one/objectives.csv",
            "--key-results",
            "one/key_results.csv",
        ],
    );
    okr_ok(d, &["export", "b.okr", "--format", "csv", "--out", "two"]);
    let (one, two) = (files(&d.join("one")), files(&d.join("two")));
    assert_eq!(
        one.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        ["key_results.csv", "objectives.csv", "org.csv"]
    );
    assert_eq!(one, two);
    // The import format, with the optional columns.
    let org = String::from_utf8(one[2].1.clone()).unwrap();
    assert!(
        org.starts_with("\u{feff}key,name,level,parent,role,new_hire,objective_cap"),
        "{org}"
    );
    let krs = String::from_utf8(one[0].1.clone()).unwrap();
    assert!(
        krs.starts_with(
            "\u{feff}objective,title,baseline,target,current,unit,weight,kind,key,score,confidence,measure\r\n"
        ),
        "{krs}"
    );
    assert!(krs.contains(",keep-above,"));
    let objectives = String::from_utf8(one[1].1.clone()).unwrap();
    assert!(
        objectives.starts_with("\u{feff}key,quarter,owner,title,parent,description,commitment\r\n"),
        "{objectives}"
    );
}

#[test]
fn json_round_trip_is_identical_and_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "a.okr");
    // The quarter's life travels too: a review mark with a comment, and a lock.
    okr_ok(
        d,
        &[
            "review",
            "a.okr",
            "--quarter",
            "2027-Q1",
            "--node",
            "cskh-team-01",
            "--by",
            "Chị Lan",
            "--comment",
            "o00053=Giữ cho quý sau",
        ],
    );
    okr_ok(d, &["lock", "a.okr", "--quarter", "2027-Q1", "--by", "Anh Minh"]);
    okr_ok(d, &["export", "a.okr", "--format", "json", "--out", "a.json"]);
    okr_ok(d, &["export", "a.okr", "--format", "json", "--out", "a2.json"]);
    okr_ok(d, &["import", "b.okr", "--json", "a.json"]);
    okr_ok(d, &["export", "b.okr", "--format", "json", "--out", "b.json"]);
    let a = std::fs::read(d.join("a.json")).unwrap();
    assert_eq!(
        a,
        std::fs::read(d.join("a2.json")).unwrap(),
        "two exports of one plan differ"
    );
    assert_eq!(
        a,
        std::fs::read(d.join("b.json")).unwrap(),
        "the round trip changed the plan"
    );

    let v: serde_json::Value = serde_json::from_slice(&a).unwrap();
    assert_eq!(v["format"], "cascade-plan");
    assert_eq!(v["version"], 1);
    assert_eq!(v["nodes"].as_array().unwrap().len(), 23);
    assert_eq!(v["reviews"][0]["node"], "cskh-team-01");
    assert_eq!(v["reviews"][0]["reviewed_by"], "Chị Lan");
    assert_eq!(v["comments"][0]["objective"], "o00053");
    assert_eq!(v["comments"][0]["text"], "Giữ cho quý sau");
    assert_eq!(v["locks"][0]["quarter"], "2027-Q1");
    assert_eq!(v["locks"][0]["locked_by"], "Anh Minh");
    let keys: Vec<&str> = v["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["key"].as_str().unwrap())
        .collect();
    let mut sorted = keys.clone();
    sorted.sort_by_key(|k| {
        let o = v["objectives"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["key"] == *k)
            .unwrap();
        (o["quarter"].as_str().unwrap().to_string(), k.to_string())
    });
    assert_eq!(keys, sorted, "objectives are sorted by quarter, then key");

    // A CSV export of the JSON-imported plan equals that of the original.
    okr_ok(d, &["export", "a.okr", "--format", "csv", "--out", "ca"]);
    okr_ok(d, &["export", "b.okr", "--format", "csv", "--out", "cb"]);
    assert_eq!(files(&d.join("ca")), files(&d.join("cb")));
}

#[test]
fn reimporting_an_export_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "a.okr");
    okr_ok(d, &["export", "a.okr", "--format", "json", "--out", "before.json"]);
    okr_ok(d, &["export", "a.okr", "--format", "csv", "--out", "csv"]);
    let r = okr_ok(
        d,
        &[
            "import",
            "a.okr",
            "--org",
            "csv/org.csv",
            "--objectives",
            "csv/objectives.csv",
            "--key-results",
            "csv/key_results.csv",
        ],
    );
    assert!(r.stdout.contains("nothing changed"), "{}", r.stdout);
    let plan = std::fs::read(d.join("a.okr")).unwrap();
    let r = okr_ok(d, &["import", "a.okr", "--json", "before.json"]);
    assert!(r.stdout.contains("nothing changed"), "{}", r.stdout);
    assert!(
        std::fs::read(d.join("a.okr")).unwrap() == plan,
        "not a byte of the plan changed"
    );
    okr_ok(d, &["export", "a.okr", "--format", "json", "--out", "after.json"]);
    // Key results keep their ids: the export is the same, byte for byte.
    assert_eq!(
        std::fs::read(d.join("before.json")).unwrap(),
        std::fs::read(d.join("after.json")).unwrap()
    );
}

#[test]
fn export_failures_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "a.okr");
    std::fs::write(d.join("file"), "x").unwrap();
    // A second export into the same folder replaces nothing, as in the app.
    okr_ok(d, &["export", "a.okr", "--format", "csv", "--out", "again"]);
    let cases: &[(&[&str], &str)] = &[
        (
            &["export", "missing.okr", "--format", "csv", "--out", "o"],
            "missing.okr",
        ),
        (&["export", "a.okr", "--format", "xml", "--out", "o"], "xml"),
        (&["export", "a.okr", "--format", "csv"], "--out"),
        (&["export", "a.okr", "--format", "csv", "--out", "file"], "file"),
        (
            &["export", "a.okr", "--format", "csv", "--out", "again"],
            "org.csv already exists",
        ),
    ];
    for (args, expected) in cases {
        let r = okr(d, args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(expected), "{args:?}: {}", r.stderr);
    }
}
