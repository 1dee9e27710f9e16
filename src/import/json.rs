//! Reading a JSON export of a plan into rows, so it goes through the same checks as
//! spreadsheets do.

use super::problem::{Place, Problems};
use super::rows::{Item, KeyResultRow, NodeRow, ObjectiveRow, PackedKeyResultRow, PackedObjectiveRow, Rows, Table};
use super::InputFile;
use crate::export::{PlanDocument, FORMAT, VERSION};
use crate::format::columns;
use crate::i18n::words::Words;

fn opt_num(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

pub(crate) fn read(file: &InputFile, problems: &mut Problems) -> Option<Rows> {
    let bytes = file.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&file.bytes);
    let doc: PlanDocument = match serde_json::from_slice(bytes) {
        Ok(d) => d,
        Err(e) => {
            let place = (e.line() > 0).then_some(Place::Line { line: e.line() as u64 });
            problems.file(&file.name, place, Words::new("import-not-export").with("error", e));
            return None;
        }
    };
    if doc.format != FORMAT {
        problems.file(
            &file.name,
            None,
            Words::new("import-export-format")
                .with("format", &doc.format)
                .with("expected", FORMAT),
        );
        return None;
    }
    if doc.version > VERSION {
        problems.file(
            &file.name,
            None,
            Words::new("import-export-newer")
                .with("version", doc.version)
                .with("supported", VERSION),
        );
        return None;
    }
    let item = |list: &'static str, index: usize| Some(Place::Item { list, index });
    let nodes = doc
        .nodes
        .into_iter()
        .enumerate()
        .map(|(i, n)| NodeRow {
            place: item("nodes", i),
            id: n.id,
            key: n.key,
            name: n.name,
            level: n.level,
            parent: n.parent.unwrap_or_default(),
            role: n.role,
            new_hire: n.new_hire.to_string(),
            objective_cap: n.objective_cap.map(|c| c.to_string()).unwrap_or_default(),
            notes: n.notes,
        })
        .collect();
    let objectives = doc
        .objectives
        .into_iter()
        .enumerate()
        .map(|(i, o)| ObjectiveRow {
            place: item("objectives", i),
            id: o.id,
            key: o.key,
            quarter: o.quarter,
            owner: o.owner,
            title: o.title,
            parent: o.parent.unwrap_or_default(),
            description: o.description,
            commitment: o.commitment,
            carried_from: o.carried_from.unwrap_or_default(),
            created_at: o.created_at.unwrap_or_default(),
            updated_at: o.updated_at.unwrap_or_default(),
        })
        .map(PackedObjectiveRow::from)
        .collect();
    // Position orders the key results of one objective (a stable sort keeps the rest).
    let mut key_results: Vec<_> = doc.key_results.into_iter().enumerate().collect();
    key_results.sort_by_key(|(_, k)| k.position);
    let key_results = key_results
        .into_iter()
        .map(|(i, k)| KeyResultRow {
            place: item("key_results", i),
            id: k.id,
            objective: k.objective,
            title: k.title,
            baseline: opt_num(k.baseline),
            target: k.target.to_string(),
            current: k.current.to_string(),
            unit: k.unit,
            weight: k.weight.to_string(),
            kind: k.kind,
            key: k.key,
            score: k.score.map(|s| s.to_string()).unwrap_or_default(),
            confidence: k.confidence,
            measure: k.measure,
        })
        .map(PackedKeyResultRow::from)
        .collect();
    Some(Rows {
        nodes: Some(Table {
            file: file.name.clone(),
            rows: nodes,
            has: columns::ORG_OPTIONAL.to_vec(),
            labels: Vec::new(),
        }),
        objectives: Some(Table {
            file: file.name.clone(),
            rows: objectives,
            has: columns::OBJECTIVES_OPTIONAL.to_vec(),
            labels: Vec::new(),
        }),
        key_results: Some(Table {
            file: file.name.clone(),
            rows: key_results,
            has: columns::KEY_RESULTS_OPTIONAL.to_vec(),
            labels: Vec::new(),
        }),
        settings: Some(doc.settings),
        checkins: Some(items(&file.name, "checkins", doc.checkins)),
        reviews: Some(items(&file.name, "reviews", doc.reviews)),
        comments: Some(items(&file.name, "comments", doc.comments)),
        locks: Some(items(&file.name, "locks", doc.locks)),
    })
}

/// One list of the export's records, each with its place in the list.
fn items<R>(file: &str, list: &'static str, records: Vec<R>) -> Table<Item<R>> {
    Table {
        file: file.to_string(),
        rows: records
            .into_iter()
            .enumerate()
            .map(|(index, record)| Item {
                place: Place::Item { list, index },
                record,
            })
            .collect(),
        has: Vec::new(),
        labels: Vec::new(),
    }
}
