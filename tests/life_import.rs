//! The quarter's life through imports, exports and rollovers: commitment and key-result
//! keys, scores and confidence travel in the spreadsheets and the JSON export, a round
//! trip keeps every check-in, and a rollover starts the new quarter with fresh keys.

use cascade::export::{to_csv, to_json, History};
use cascade::import::{import_csv, import_json, ImportFiles, ImportOptions, InputFile};
use cascade::{
    Commitment, Confidence, KrKind, Level, NewCheckIn, NewKeyResult, NewNode, NewObjective, ObjectivePatch, Plan,
    Quarter,
};

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

/// A plan on disk with one team objective (committed) and two key results, one with a
/// score set by hand, both with check-ins.
fn plan() -> (tempfile::TempDir, Plan) {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = Plan::create(dir.path().join("p.okr")).unwrap();
    let node = |key: &str, level, parent| NewNode {
        key: Some(key.into()),
        name: format!("Đơn vị {key}"),
        level: Some(level),
        parent_id: parent,
        ..NewNode::default()
    };
    let co = plan.add_node(node("co", Level::Company, None)).unwrap();
    let div = plan.add_node(node("cskh", Level::Division, Some(co.id))).unwrap();
    let team = plan.add_node(node("hotline", Level::Team, Some(div.id))).unwrap();
    let o = plan
        .add_objective(NewObjective {
            key: Some("sla".into()),
            quarter: q("2026-Q4"),
            owner_id: team.id,
            title: "Giữ SLA".into(),
            description: String::new(),
            parent_id: None,
            commitment: Commitment::Committed,
        })
        .unwrap();
    for (title, key) in [("Phản hồi đầu tiên", None), ("CSAT", Some("csat"))] {
        plan.add_key_result(NewKeyResult {
            objective_id: o.id,
            key: key.map(String::from),
            title: title.into(),
            kind: KrKind::Progress,
            baseline: Some(0.0),
            target: 10.0,
            current: 0.0,
            unit: String::new(),
            weight: 1.0,
            measure: String::new(),
        })
        .unwrap();
    }
    plan.set_score("csat", Some(0.8)).unwrap();
    for (kr, value, date, confidence) in [
        ("sla-kr1", 3.0, "2026-10-05", None),
        ("sla-kr1", 5.0, "2026-10-12", Some(Confidence::AtRisk)),
        ("csat", 4.0, "2026-10-12", Some(Confidence::OnTrack)),
    ] {
        plan.record_checkin(NewCheckIn {
            key_result: kr.into(),
            value,
            date: Some(date.parse().unwrap()),
            note: String::new(),
            who: "Chị Lan".into(),
            confidence,
        })
        .unwrap();
    }
    (dir, plan)
}

/// What a round trip must keep: keys, scores, confidence, commitment and check-ins.
fn life(plan: &mut Plan) -> Vec<String> {
    let snap = plan.snapshot(None).unwrap();
    let mut out: Vec<String> = snap
        .objectives
        .iter()
        .map(|o| format!("{} {}", o.key, o.commitment))
        .collect();
    for k in &snap.key_results {
        let history: Vec<f64> = plan.checkins(&k.key).unwrap().iter().map(|c| c.value).collect();
        out.push(format!(
            "{} {} score={:?} confidence={:?} history={history:?}",
            k.key, k.current, k.score, k.confidence
        ));
    }
    out
}

#[test]
fn a_json_round_trip_keeps_the_quarters_life() {
    let (_dir, mut plan) = plan();
    let before = life(&mut plan);
    assert_eq!(
        before,
        [
            "sla committed",
            "sla-kr1 5 score=None confidence=Some(AtRisk) history=[3.0, 5.0]",
            "csat 4 score=Some(0.8) confidence=Some(OnTrack) history=[4.0]",
        ]
    );
    let json = to_json(&plan.snapshot(None).unwrap(), &History::default());
    let text = String::from_utf8(json.clone()).unwrap();
    assert!(text.contains("\"commitment\": \"committed\"") && text.contains("\"key\": \"csat\""));
    let file = InputFile {
        name: "plan.json".into(),
        bytes: json.clone(),
    };
    import_json(&mut plan, &file, ImportOptions::default()).unwrap();
    assert_eq!(life(&mut plan), before, "re-imported into the same plan");

    // Into a new plan, with the check-ins: the same plan, history included.
    let with_history = plan.export_json().unwrap();
    let text = String::from_utf8(with_history.clone()).unwrap();
    assert!(
        text.contains("\"checkins\"") && text.contains("\"who\": \"Chị Lan\""),
        "{text}"
    );
    let file = InputFile {
        name: "plan.json".into(),
        bytes: with_history.clone(),
    };
    let dir = tempfile::tempdir().unwrap();
    let mut other = Plan::create(dir.path().join("new.okr")).unwrap();
    assert_eq!(
        import_json(&mut other, &file, ImportOptions::default())
            .unwrap()
            .checkins_added,
        3
    );
    assert_eq!(life(&mut other), before);
    assert_eq!(
        other.export_json().unwrap(),
        with_history,
        "the new plan exports to the same bytes"
    );
    // Again into either plan: nothing doubles.
    assert_eq!(
        import_json(&mut other, &file, ImportOptions::default())
            .unwrap()
            .checkins_added,
        0
    );
    assert_eq!(
        import_json(&mut plan, &file, ImportOptions::default())
            .unwrap()
            .checkins_added,
        0
    );
    assert_eq!(life(&mut plan), before);

    // A bad check-in is refused naming its place, field and value.
    let bad = text.replacen("\"date\": \"2026-10-05\"", "\"date\": \"5/10/2026\"", 1);
    let err = import_json(
        &mut other,
        &InputFile {
            name: "plan.json".into(),
            bytes: bad.into_bytes(),
        },
        ImportOptions::default(),
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("checkins[") && msg.contains("date") && msg.contains("5/10/2026"),
        "{msg}"
    );
}

#[test]
fn a_spreadsheet_round_trip_keeps_check_ins_by_key() {
    let (_dir, mut plan) = plan();
    let before = life(&mut plan);
    let csv = to_csv(&plan.snapshot(None).unwrap());
    let text = String::from_utf8(csv.key_results.clone()).unwrap();
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("kind,key,score,confidence,measure"),
        "{text}"
    );
    let files = |objectives: Vec<u8>, key_results: Vec<u8>| ImportFiles {
        org: None,
        objectives: Some(InputFile {
            name: "objectives.csv".into(),
            bytes: objectives,
        }),
        key_results: Some(InputFile {
            name: "key_results.csv".into(),
            bytes: key_results,
        }),
    };
    import_csv(
        &mut plan,
        files(csv.objectives.clone(), csv.key_results.clone()),
        ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(life(&mut plan), before);

    // Without the optional columns, retitled key results are matched by place: they keep
    // their keys, scores and check-ins, and the commitment is kept.
    let bare_objectives = "key,quarter,owner,title,parent\nsla,2026-Q4,hotline,Giữ SLA,\n";
    let bare_krs = "objective,title,baseline,target,current\nsla,A,0,10,1\nsla,B,0,10,2\n";
    import_csv(
        &mut plan,
        files(bare_objectives.into(), bare_krs.into()),
        ImportOptions::default(),
    )
    .unwrap();
    let snap = plan.snapshot(None).unwrap();
    assert_eq!(snap.objectives[0].commitment, Commitment::Committed);
    let keys: Vec<&str> = snap.key_results.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(keys, ["sla-kr1", "csat"]);
    assert_eq!(
        life(&mut plan)[1..],
        [
            "sla-kr1 5 score=None confidence=Some(AtRisk) history=[3.0, 5.0]",
            "csat 4 score=Some(0.8) confidence=Some(OnTrack) history=[4.0]",
        ],
        "check-ins own the current values"
    );

    // A bad commitment, key or confidence is refused naming file, line, column and value.
    for (objectives, key_results, names) in [
        (
            "key,quarter,owner,title,parent,commitment\nsla,2026-Q4,hotline,Giữ SLA,,maybe\n",
            bare_krs,
            ["objectives.csv", "commitment", "maybe"],
        ),
        (
            bare_objectives,
            "objective,title,baseline,target,current,key\nsla,A,0,10,1,x\nsla,B,0,10,1,x\n",
            ["key_results.csv", "key", "appears twice"],
        ),
        (
            bare_objectives,
            "objective,title,baseline,target,current,confidence\nsla,A,0,10,1,sure\n",
            ["key_results.csv", "confidence", "sure"],
        ),
    ] {
        let err = import_csv(
            &mut plan,
            files(objectives.into(), key_results.into()),
            ImportOptions::default(),
        )
        .unwrap_err();
        let msg = err.to_string();
        for n in names {
            assert!(msg.contains(n), "{n} not in {msg}");
        }
    }
    assert_eq!(plan.snapshot(None).unwrap(), snap, "a refused import changed nothing");
}

#[test]
fn an_import_into_a_locked_quarter_is_refused() {
    let (dir, mut plan) = plan();
    plan.lock_quarter(q("2026-Q4"), "Chị Lan").unwrap();
    let csv = to_csv(&plan.snapshot(None).unwrap());
    let key_results = |bytes: Vec<u8>| ImportFiles {
        org: None,
        objectives: None,
        key_results: Some(InputFile {
            name: "key_results.csv".into(),
            bytes,
        }),
    };
    // The same rows again change nothing, so the lock has nothing to refuse.
    let file = std::fs::read(dir.path().join("p.okr")).unwrap();
    let report = import_csv(
        &mut plan,
        key_results(csv.key_results.clone()),
        ImportOptions::default(),
    )
    .unwrap();
    assert_eq!((report.key_results_unchanged, report.key_results_updated), (2, 0));
    assert!(
        std::fs::read(dir.path().join("p.okr")).unwrap() == file,
        "not a byte changed"
    );
    // A new target is a change, and the locked quarter refuses it.
    let text = String::from_utf8(csv.key_results).unwrap().replace(",10,", ",12,");
    let err = import_csv(&mut plan, key_results(text.into_bytes()), ImportOptions::default()).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("2026-Q4") && msg.contains("Chị Lan"), "{msg}");
    assert!(
        std::fs::read(dir.path().join("p.okr")).unwrap() == file,
        "not a byte changed"
    );
}

#[test]
fn a_rollover_gives_fresh_keys_and_keeps_the_commitment() {
    let (_dir, mut plan) = plan();
    plan.update_objective(
        plan.objective_by_key("sla").unwrap().id,
        ObjectivePatch {
            title: Some("Giữ SLA mọi kênh".into()),
            ..ObjectivePatch::default()
        },
    )
    .unwrap();
    let report = plan.rollover(q("2026-Q4"), q("2027-Q1"), false).unwrap();
    assert_eq!(report.carried.len(), 1);
    let copy = plan.objective_by_key(&report.carried[0].copy).unwrap();
    assert_eq!(copy.commitment, Commitment::Committed);
    let krs = plan.key_results(copy.id).unwrap();
    let keys: Vec<String> = krs.iter().map(|k| k.key.clone()).collect();
    assert_eq!(keys, [format!("{}-kr1", copy.key), format!("{}-kr2", copy.key)]);
    assert!(krs.iter().all(|k| k.score.is_none() && k.confidence.is_none()));
    assert!(
        plan.checkins(&keys[0]).unwrap().is_empty(),
        "history stays with the old quarter"
    );
    // The diff sees the copy as carried over.
    let d = plan.diff(q("2026-Q4"), q("2027-Q1")).unwrap();
    assert_eq!((d.carried_over.len(), d.added.len(), d.dropped.len()), (1, 0, 0));
    // The source quarter's key results are untouched.
    let old = plan.key_result("csat").unwrap();
    assert_eq!(old.score, Some(0.8));
}

#[test]
fn a_json_export_keeps_review_marks_comments_and_locks() {
    let (_dir, mut plan) = plan();
    let team = plan.node_by_key("hotline").unwrap();
    let sla = plan.objective_by_key("sla").unwrap();
    plan.mark_reviewed(
        team.id,
        q("2026-Q4"),
        "Chị Lan",
        vec![cascade::NewComment {
            objective_id: sla.id,
            text: "Giữ SLA cho quý sau".into(),
        }],
    )
    .unwrap();
    plan.lock_quarter(q("2026-Q4"), "Anh Minh").unwrap();
    let json = plan.export_json().unwrap();
    let file = InputFile {
        name: "plan.json".into(),
        bytes: json.clone(),
    };

    let dir = tempfile::tempdir().unwrap();
    let mut other = Plan::create(dir.path().join("new.okr")).unwrap();
    let report = import_json(&mut other, &file, ImportOptions::default()).unwrap();
    assert_eq!(
        (report.reviews_added, report.comments_added, report.locks_added),
        (1, 1, 1)
    );
    assert_eq!(other.reviews(None).unwrap(), plan.reviews(None).unwrap());
    assert_eq!(other.comments(None).unwrap(), plan.comments(None).unwrap());
    assert_eq!(other.quarter_locks().unwrap(), plan.quarter_locks().unwrap());
    assert_eq!(
        other.export_json().unwrap(),
        json,
        "the new plan exports to the same bytes"
    );
    // The lock holds in the new plan: its quarter refuses edits.
    let err = other
        .record_checkin(NewCheckIn {
            key_result: "csat".into(),
            value: 9.0,
            date: None,
            note: String::new(),
            who: "Chị Lan".into(),
            confidence: None,
        })
        .unwrap_err();
    assert_eq!(err.code(), "quarter-locked", "{err}");
    // Importing the same export again changes nothing, so the lock has nothing to refuse.
    let report = import_json(&mut other, &file, ImportOptions::default()).unwrap();
    assert_eq!(report.key_results_unchanged, 2, "{report:?}");
    assert_eq!(other.export_json().unwrap(), json);

    // Without the lock, a second import adds nothing twice.
    other.unlock_quarter(q("2026-Q4")).unwrap();
    let mut doc: serde_json::Value = serde_json::from_slice(&json).unwrap();
    doc.as_object_mut().unwrap().remove("locks");
    let unlocked = InputFile {
        name: "plan.json".into(),
        bytes: serde_json::to_vec(&doc).unwrap(),
    };
    let report = import_json(&mut other, &unlocked, ImportOptions::default()).unwrap();
    assert_eq!(
        (report.checkins_added, report.reviews_added, report.comments_added),
        (0, 0, 0)
    );
    assert_eq!(other.reviews(None).unwrap(), plan.reviews(None).unwrap());
    assert_eq!(other.comments(None).unwrap(), plan.comments(None).unwrap());
}

#[test]
fn bad_review_marks_comments_and_locks_are_refused_by_place_and_value() {
    let (_dir, mut plan) = plan();
    let mut doc: serde_json::Value = serde_json::from_slice(&plan.export_json().unwrap()).unwrap();
    doc["reviews"] = serde_json::json!([{"node": "nobody", "quarter": "2026-Q4", "reviewed_by": "Chị Lan"}]);
    doc["comments"] = serde_json::json!([{"objective": "sla", "author": "Chị Lan", "text": "   "}]);
    doc["locks"] = serde_json::json!([{"quarter": "2026-Q5", "locked_by": ""}]);
    let path = plan.path().unwrap().to_path_buf();
    let before_json = plan.export_json().unwrap();
    let err = import_json(
        &mut plan,
        &InputFile {
            name: "plan.json".into(),
            bytes: serde_json::to_vec(&doc).unwrap(),
        },
        ImportOptions::default(),
    )
    .unwrap_err();
    let text = err.to_string();
    for want in [
        "plan.json reviews[0], field node: \"nobody\" is not the key of a node",
        "plan.json comments[0], field text",
        "plan.json locks[0], field quarter: \"2026-Q5\"",
        "plan.json locks[0], field locked_by",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert_eq!(
        plan.export_json().unwrap(),
        before_json,
        "a refused import changes nothing"
    );
    assert!(plan.quarter_locks().unwrap().is_empty());
    assert!(path.exists());
}
