//! Exports of a plan: the three spreadsheets of the import format, and the whole plan as
//! JSON. Both are deterministic (rows sorted, no time of export), so exporting, importing
//! into a new plan and exporting again gives the same bytes.

pub mod chart;
mod document;
pub(crate) mod markup;
pub mod report;
pub mod template;
pub mod xlsx;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use uuid::Uuid;

pub use document::{
    CheckInRecord, CommentRecord, KeyResultRecord, LockRecord, NodeRecord, ObjectiveRecord, PlanDocument, ReviewRecord,
    FORMAT, VERSION,
};

use crate::store::{checkin, objective_comment, quarter_lock, review};
use crate::{CheckIn, ObjectiveComment, Plan, QuarterLock, Result, Review, Snapshot};

/// The quarter's life, which a [`Snapshot`] leaves out and a lossless export keeps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    pub checkins: Vec<CheckIn>,
    pub reviews: Vec<Review>,
    pub comments: Vec<ObjectiveComment>,
    pub locks: Vec<QuarterLock>,
}

impl Plan {
    /// The whole plan as JSON (see [`to_json`]), read in one read transaction so the rows
    /// and their history agree. What `okr export --format json` and the app write.
    pub fn export_json(&mut self) -> Result<Vec<u8>> {
        let (snap, history) = self.read(|c| {
            let snap = crate::store::snapshot::whole(c)?;
            let history = History {
                checkins: checkin::list(c, None)?,
                reviews: review::list(c, None)?,
                comments: objective_comment::list(c, None)?,
                locks: quarter_lock::list(c)?,
            };
            Ok((snap, history))
        })?;
        Ok(to_json(&snap, &history))
    }
}

/// The three files of the spreadsheet format, as bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvExport {
    pub org: Vec<u8>,
    pub objectives: Vec<u8>,
    pub key_results: Vec<u8>,
}

/// The names the three files get in a folder, which `okr import` expects too.
pub const ORG_FILE: &str = "org.csv";
pub const OBJECTIVES_FILE: &str = "objectives.csv";
pub const KEY_RESULTS_FILE: &str = "key_results.csv";

impl CsvExport {
    /// The three files with the names they get in a folder.
    pub fn files(&self) -> [(&'static str, &[u8]); 3] {
        [
            (ORG_FILE, &self.org),
            (OBJECTIVES_FILE, &self.objectives),
            (KEY_RESULTS_FILE, &self.key_results),
        ]
    }
}

/// Writes the plan's three spreadsheets into `dir` (made if missing) and returns their
/// paths; what the app's "Export spreadsheets" and `okr export --format csv` both do.
///
/// It never replaces a file: when any of the three is already in `dir`, it writes none
/// and says which ([`crate::Error::WouldOverwrite`]). The names are those the import
/// reads, so the folder a director exports into is often the one holding the
/// spreadsheets they edited by hand and imported; and the app's folder picker confirms
/// nothing about the files inside.
pub fn write_csv(snap: &Snapshot, dir: &Path) -> Result<Vec<PathBuf>> {
    let out = to_csv(snap);
    let files = out.files();
    let paths: Vec<PathBuf> = files.iter().map(|(name, _)| dir.join(name)).collect();
    if let Some(p) = paths.iter().find(|p| p.exists()) {
        return Err(crate::Error::WouldOverwrite { path: p.clone() });
    }
    let failed = |path: &Path, e: std::io::Error| crate::Error::Spreadsheet {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(dir, e))?;
    for ((_, bytes), path) in files.iter().zip(&paths) {
        // `create_new`: a file that appeared since the look above is not replaced either.
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::AlreadyExists => crate::Error::WouldOverwrite { path: path.clone() },
                _ => failed(path, e),
            })?;
        std::io::Write::write_all(&mut f, bytes).map_err(|e| failed(path, e))?;
    }
    Ok(paths)
}

/// A number as the import reads it back exactly (shortest form, `.` as decimal point).
fn num(v: f64) -> String {
    v.to_string()
}

/// The plan as a [`PlanDocument`], rows sorted: nodes by level then key (parents first),
/// objectives by quarter then key, key results by objective key then position,
/// check-ins by key result key, date and time recorded, review marks by quarter and node
/// key, comments by objective key and time, locks by quarter.
pub fn document(snap: &Snapshot, history: &History) -> PlanDocument {
    let node_key: HashMap<Uuid, &str> = snap.nodes.iter().map(|n| (n.id, n.key.as_str())).collect();
    let objective_key: HashMap<Uuid, &str> = snap.objectives.iter().map(|o| (o.id, o.key.as_str())).collect();
    let mut nodes: Vec<NodeRecord> = snap
        .nodes
        .iter()
        .map(|n| NodeRecord {
            id: Some(n.id),
            key: n.key.clone(),
            name: n.name.clone(),
            level: n.level.as_str().to_string(),
            parent: n.parent_id.and_then(|p| node_key.get(&p)).map(|k| k.to_string()),
            role: n.role.clone(),
            new_hire: n.new_hire,
            objective_cap: n.objective_cap,
            notes: n.notes.clone(),
        })
        .collect();
    nodes.sort_by(|a, b| {
        (crate::Level::ALL.iter().position(|l| l.as_str() == a.level), &a.key)
            .cmp(&(crate::Level::ALL.iter().position(|l| l.as_str() == b.level), &b.key))
    });
    let mut objectives: Vec<ObjectiveRecord> = snap
        .objectives
        .iter()
        .map(|o| ObjectiveRecord {
            id: Some(o.id),
            key: o.key.clone(),
            quarter: o.quarter.to_string(),
            owner: node_key.get(&o.owner_id).map(|k| k.to_string()).unwrap_or_default(),
            title: o.title.clone(),
            description: o.description.clone(),
            commitment: o.commitment.as_str().to_string(),
            parent: o.parent_id.and_then(|p| objective_key.get(&p)).map(|k| k.to_string()),
            carried_from: o
                .carried_from
                .and_then(|p| objective_key.get(&p))
                .map(|k| k.to_string()),
            created_at: Some(o.created_at.to_rfc3339()),
            updated_at: Some(o.updated_at.to_rfc3339()),
        })
        .collect();
    objectives.sort_by(|a, b| (&a.quarter, &a.key).cmp(&(&b.quarter, &b.key)));
    let mut key_results: Vec<KeyResultRecord> = snap
        .key_results
        .iter()
        .filter_map(|k| {
            Some(KeyResultRecord {
                id: Some(k.id),
                objective: objective_key.get(&k.objective_id)?.to_string(),
                position: k.position,
                title: k.title.clone(),
                kind: k.kind.as_str().to_string(),
                baseline: k.baseline,
                target: k.target,
                current: k.current,
                unit: k.unit.clone(),
                weight: k.weight,
                key: k.key.clone(),
                score: k.score,
                confidence: k.confidence.map(|c| c.as_str().to_string()).unwrap_or_default(),
                measure: k.measure.clone(),
            })
        })
        .collect();
    key_results.sort_by(|a, b| (&a.objective, a.position).cmp(&(&b.objective, b.position)));
    let kr_key: HashMap<Uuid, &str> = snap.key_results.iter().map(|k| (k.id, k.key.as_str())).collect();
    let mut checkin_records: Vec<CheckInRecord> = history
        .checkins
        .iter()
        .filter_map(|c| {
            Some(CheckInRecord {
                id: Some(c.id),
                key_result: kr_key.get(&c.key_result_id)?.to_string(),
                date: c.date.format("%Y-%m-%d").to_string(),
                value: c.value,
                note: c.note.clone(),
                who: c.who.clone(),
                confidence: c.confidence.map(|x| x.as_str().to_string()).unwrap_or_default(),
                recorded_at: Some(c.recorded_at.to_rfc3339()),
            })
        })
        .collect();
    checkin_records
        .sort_by(|a, b| (&a.key_result, &a.date, &a.recorded_at).cmp(&(&b.key_result, &b.date, &b.recorded_at)));
    let time = |t: chrono::DateTime<chrono::Utc>| Some(t.to_rfc3339());
    let mut reviews: Vec<ReviewRecord> = history
        .reviews
        .iter()
        .filter_map(|r| {
            Some(ReviewRecord {
                node: node_key.get(&r.node_id)?.to_string(),
                quarter: r.quarter.to_string(),
                reviewed_by: r.reviewed_by.clone(),
                reviewed_at: time(r.reviewed_at),
            })
        })
        .collect();
    reviews.sort_by(|a, b| (&a.quarter, &a.node).cmp(&(&b.quarter, &b.node)));
    let mut comments: Vec<CommentRecord> = history
        .comments
        .iter()
        .filter_map(|m| {
            Some(CommentRecord {
                id: Some(m.id),
                objective: objective_key.get(&m.objective_id)?.to_string(),
                author: m.author.clone(),
                text: m.text.clone(),
                created_at: time(m.created_at),
            })
        })
        .collect();
    comments.sort_by(|a, b| (&a.objective, &a.created_at, a.id).cmp(&(&b.objective, &b.created_at, b.id)));
    let mut locks: Vec<LockRecord> = history
        .locks
        .iter()
        .map(|l| LockRecord {
            quarter: l.quarter.to_string(),
            locked_by: l.locked_by.clone(),
            locked_at: time(l.locked_at),
        })
        .collect();
    locks.sort_by(|a, b| a.quarter.cmp(&b.quarter));
    PlanDocument {
        format: FORMAT.to_string(),
        version: VERSION,
        settings: snap.settings.clone(),
        nodes,
        objectives,
        key_results,
        checkins: checkin_records,
        reviews,
        comments,
        locks,
    }
}

/// The plan as JSON text: pretty-printed, object keys sorted, ending in a line break.
pub fn to_json(snap: &Snapshot, history: &History) -> Vec<u8> {
    // A `serde_json::Value` keeps object keys sorted, whatever the struct order.
    let value = serde_json::to_value(document(snap, history)).expect("a plan document is plain data");
    let mut out = serde_json::to_vec_pretty(&value).expect("a JSON value always serialises");
    out.push(b'\n');
    out
}

fn writer() -> csv::Writer<Vec<u8>> {
    let mut buf = Vec::new();
    // A byte order mark so that Excel opens Vietnamese and Thai text as UTF-8.
    buf.extend_from_slice(b"\xEF\xBB\xBF");
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(buf)
}

fn finish(w: csv::Writer<Vec<u8>>) -> Vec<u8> {
    w.into_inner().expect("writing to memory cannot fail")
}

/// The plan as the three spreadsheets of the import format (UTF-8 with a byte order
/// mark, CRLF line ends, `,` between columns), including the optional columns.
pub fn to_csv(snap: &Snapshot) -> CsvExport {
    let doc = document(snap, &History::default());
    let write =
        |w: &mut csv::Writer<Vec<u8>>, row: &[&str]| w.write_record(row).expect("writing to memory cannot fail");

    let mut org = writer();
    write(
        &mut org,
        &[
            "key",
            "name",
            "level",
            "parent",
            "role",
            "new_hire",
            "objective_cap",
            "notes",
        ],
    );
    for n in &doc.nodes {
        let cap = n.objective_cap.map(|c| c.to_string()).unwrap_or_default();
        write(
            &mut org,
            &[
                &n.key,
                &n.name,
                &n.level,
                n.parent.as_deref().unwrap_or(""),
                &n.role,
                if n.new_hire { "yes" } else { "no" },
                &cap,
                &n.notes,
            ],
        );
    }

    let mut objectives = writer();
    write(
        &mut objectives,
        &[
            "key",
            "quarter",
            "owner",
            "title",
            "parent",
            "description",
            "commitment",
        ],
    );
    for o in &doc.objectives {
        write(
            &mut objectives,
            &[
                &o.key,
                &o.quarter,
                &o.owner,
                &o.title,
                o.parent.as_deref().unwrap_or(""),
                &o.description,
                &o.commitment,
            ],
        );
    }

    let mut key_results = writer();
    write(
        &mut key_results,
        &[
            "objective",
            "title",
            "baseline",
            "target",
            "current",
            "unit",
            "weight",
            "kind",
            "key",
            "score",
            "confidence",
            "measure",
        ],
    );
    for k in &doc.key_results {
        write(
            &mut key_results,
            &[
                &k.objective,
                &k.title,
                &k.baseline.map(num).unwrap_or_default(),
                &num(k.target),
                &num(k.current),
                &k.unit,
                &num(k.weight),
                &k.kind,
                &k.key,
                &k.score.map(num).unwrap_or_default(),
                &k.confidence,
                &k.measure,
            ],
        );
    }
    CsvExport {
        org: finish(org),
        objectives: finish(objectives),
        key_results: finish(key_results),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Level, NewNode};

    #[test]
    fn write_csv_makes_the_folder_and_never_replaces_a_file() {
        let mut plan = Plan::in_memory().unwrap();
        plan.add_node(NewNode {
            name: "Công ty Sao Mai".into(),
            level: Some(Level::Company),
            ..Default::default()
        })
        .unwrap();
        let snap = plan.snapshot(None).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("xuất");
        let paths = write_csv(&snap, &out).unwrap();
        assert_eq!(
            paths,
            [ORG_FILE, OBJECTIVES_FILE, KEY_RESULTS_FILE].map(|n| out.join(n))
        );
        assert_eq!(std::fs::read(&paths[0]).unwrap(), to_csv(&snap).org);

        // A second export into the same folder, or one holding any of the three, writes
        // nothing and names the file.
        let other = dir.path().join("other");
        std::fs::create_dir(&other).unwrap();
        std::fs::write(other.join(KEY_RESULTS_FILE), "edited by hand").unwrap();
        for (folder, taken) in [(&out, ORG_FILE), (&other, KEY_RESULTS_FILE)] {
            let e = write_csv(&snap, folder).unwrap_err();
            assert_eq!(e.code(), "already-exists");
            assert!(e.to_string().contains(taken), "{e}");
        }
        assert!(!other.join(ORG_FILE).exists(), "nothing was written");
        assert_eq!(
            std::fs::read_to_string(other.join(KEY_RESULTS_FILE)).unwrap(),
            "edited by hand"
        );
    }
}
