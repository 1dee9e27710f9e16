//! What the checks' integration tests share: the example organisation read from its
//! spreadsheets, and a small organisation built through the core's edit functions.
//!
//! The loader is for tests only: it reads exactly the example's three files and stops
//! at the first problem. Importing spreadsheets for users is the importer's job.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use cascade::edit;
use cascade::{KrKind, Level, NewKeyResult, NewNode, NewObjective, Plan, Quarter};
use uuid::Uuid;

/// The example organisation's folder (Vietnamese and Thai names, a BOM, children listed
/// before their parents, and an `expected.json` of the findings).
pub fn example_dir() -> PathBuf {
    // CI keeps shared/ beside the clone; without it, the copy committed under tests/data.
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples/small-support-org");
    if shared.join("org.csv").exists() {
        return shared;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/small-support-org")
}

fn rows(path: &Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            headers
                .iter()
                .map(String::from)
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect()
}

fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}")))
}

/// Reads org.csv, objectives.csv and key_results.csv from `dir` into `plan`, in one
/// transaction: nodes by level (parents first), then every objective, then the links
/// (an objective may name a parent listed after it), then the key results.
pub fn load_csv(plan: &mut Plan, dir: &Path) {
    let org = rows(&dir.join("org.csv"));
    let objectives = rows(&dir.join("objectives.csv"));
    let key_results = rows(&dir.join("key_results.csv"));
    plan.transact(|tx| {
        let mut nodes: HashMap<String, Uuid> = HashMap::new();
        let mut by_level: Vec<&HashMap<String, String>> = org.iter().collect();
        by_level.sort_by_key(|r| r["level"].parse::<Level>().unwrap());
        for r in by_level {
            let parent_id = match r["parent"].trim() {
                "" => None,
                p => Some(nodes[p]),
            };
            let cap = r["objective_cap"].trim();
            let n = edit::node::add(
                tx,
                NewNode {
                    key: Some(r["key"].clone()),
                    name: r["name"].clone(),
                    level: Some(r["level"].parse()?),
                    parent_id,
                    role: r["role"].clone(),
                    new_hire: matches!(r["new_hire"].trim().to_lowercase().as_str(), "yes" | "true" | "1"),
                    objective_cap: (!cap.is_empty()).then(|| cap.parse().unwrap()),
                    notes: String::new(),
                },
            )?;
            nodes.insert(n.key, n.id);
        }
        let mut ids: HashMap<String, Uuid> = HashMap::new();
        for r in &objectives {
            let o = edit::objective::add(
                tx,
                NewObjective {
                    commitment: Default::default(),
                    key: Some(r["key"].clone()),
                    quarter: r["quarter"].parse::<Quarter>()?,
                    owner_id: nodes[r["owner"].trim()],
                    title: r["title"].clone(),
                    description: String::new(),
                    parent_id: None,
                },
            )?;
            ids.insert(o.key, o.id);
        }
        for r in &objectives {
            if let Some(p) = Some(r["parent"].trim()).filter(|p| !p.is_empty()) {
                edit::objective::link(tx, ids[r["key"].trim()], Some(ids[p]))?;
            }
        }
        for r in &key_results {
            edit::key_result::add(
                tx,
                NewKeyResult {
                    key: None,
                    objective_id: ids[r["objective"].trim()],
                    title: r["title"].clone(),
                    kind: r["kind"].parse::<KrKind>()?,
                    baseline: number(&r["baseline"]),
                    target: number(&r["target"]).expect("a target"),
                    current: number(&r["current"]).expect("a current value"),
                    unit: r["unit"].clone(),
                    weight: 1.0,
                    measure: String::new(),
                },
            )?;
        }
        Ok(())
    })
    .unwrap();
}

/// A plan file in a fresh temporary folder; keep the folder alive while it is used.
pub fn plan_file() -> (tempfile::TempDir, PathBuf, Plan) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.okr");
    let plan = Plan::create(&path).unwrap();
    (dir, path, plan)
}

/// Company `co`, divisions `d1`, `d2`, teams `t1`, `t2` (under `d1`) and `t3` (under
/// `d2`), agents `a1`, `a2` in `t1`, `a3` in `t2`, `a4` in `t3`; and an aligned chain of
/// objectives in 2026-Q4, each with one key result from 60 to 80:
/// `co-1` ← `d1-1` ← `t1-1` ← `a1-1`, `d1-1` ← `t2-1` ← `a3-1`, `co-1` ← `d2-1` ←
/// `t3-1` ← `a4-1`.
pub fn small_org(plan: &mut Plan) {
    let tree: [(&str, &str, Level, Option<&str>); 10] = [
        ("co", "Sao Mai", Level::Company, None),
        ("d1", "Khối CSKH", Level::Division, Some("co")),
        ("d2", "ฝ่ายบริการลูกค้า", Level::Division, Some("co")),
        ("t1", "Nhóm hotline 1", Level::Team, Some("d1")),
        ("t2", "Nhóm hotline 2", Level::Team, Some("d1")),
        ("t3", "ทีม 3", Level::Team, Some("d2")),
        ("a1", "Đặng Đức Trang", Level::Agent, Some("t1")),
        ("a2", "Nguyễn Đức Vy", Level::Agent, Some("t1")),
        ("a3", "Vũ Đức Linh", Level::Agent, Some("t2")),
        ("a4", "สมชาย ใจดี", Level::Agent, Some("t3")),
    ];
    for (key, name, level, parent) in tree {
        let parent_id = parent.map(|p| plan.node_by_key(p).unwrap().id);
        plan.add_node(NewNode {
            key: Some(key.into()),
            name: name.into(),
            level: Some(level),
            parent_id,
            ..NewNode::default()
        })
        .unwrap();
    }
    for (key, owner, title, parent) in [
        ("co-1", "co", "Nâng cao sự hài lòng của khách hàng", None),
        ("d1-1", "d1", "Giảm thời gian chờ trên hotline", Some("co-1")),
        ("d2-1", "d2", "ยกระดับคุณภาพการบริการลูกค้า", Some("co-1")),
        ("t1-1", "t1", "Giảm thời gian chờ giờ cao điểm", Some("d1-1")),
        ("t2-1", "t2", "Trả lời email trong 4 giờ", Some("d1-1")),
        ("t3-1", "t3", "ยกระดับคุณภาพ LINE", Some("d2-1")),
        ("a1-1", "a1", "Nghe máy trong 20 giây", Some("t1-1")),
        ("a3-1", "a3", "Trả lời email VIP", Some("t2-1")),
        ("a4-1", "a4", "ตอบ LINE ภายใน 1 นาที", Some("t3-1")),
    ] {
        add_objective(plan, key, owner, "2026-Q4", title, parent);
    }
}

/// Adds objective `key` with one key result from 60 to 80 (reached).
pub fn add_objective(
    plan: &mut Plan,
    key: &str,
    owner: &str,
    quarter: &str,
    title: &str,
    parent: Option<&str>,
) -> Uuid {
    let parent_id = parent.map(|p| plan.objective_by_key(p).unwrap().id);
    let owner_id = plan.node_by_key(owner).unwrap().id;
    let o = plan
        .add_objective(NewObjective {
            commitment: Default::default(),
            key: Some(key.into()),
            quarter: quarter.parse().unwrap(),
            owner_id,
            title: title.into(),
            description: String::new(),
            parent_id,
        })
        .unwrap();
    plan.add_key_result(NewKeyResult {
        key: None,
        objective_id: o.id,
        title: "Tỷ lệ giải quyết ngay lần đầu (FCR)".into(),
        kind: KrKind::Progress,
        baseline: Some(60.0),
        target: 80.0,
        current: 80.0,
        unit: "%".into(),
        weight: 1.0,
        measure: String::new(),
    })
    .unwrap();
    o.id
}
