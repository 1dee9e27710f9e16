//! Checks every row of an import against the rules and against the plan as it is, in
//! memory, and turns the rows into the exact change to write. Nothing is written here,
//! so a refused import leaves the plan untouched.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::cell::{Cell, Change};
use super::history;
use super::key_results::{self, PlanKeyResults};
use super::problem::{reason, Place, Problems};
use super::rows::{NodeRow, PackedObjectiveRow, Rows, Table};
use crate::i18n::words::Words;
use crate::model::ids::IdBatch;
use crate::model::key;
use crate::model::text::{text, title, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::{Commitment, Level, Node, Objective, Quarter};

/// What the plan holds before the import, read in the import's own transaction.
#[derive(Default)]
pub(crate) struct Existing {
    pub nodes: Vec<Node>,
    pub objectives: Vec<Objective>,
    /// The key results of the objectives the import names, and every key result key.
    pub key_results: PlanKeyResults,
}

/// A row's key, checked, and the first row of the file with it: a bad key or a second
/// row with the same key is reported (naming the first) and gives `None`.
pub(super) fn first_key(
    at: &Cell<'_>,
    problems: &mut Problems,
    seen: &mut HashMap<String, Place>,
    raw: &str,
    what: Words,
) -> Option<String> {
    let k = key::validate("key", raw)
        .map_err(|e| at.bad(problems, "key", raw, reason(e)))
        .ok()?;
    if let Some(first) = seen.get(&k) {
        at.bad(problems, "key", &k, key_twice(first.words(), what));
        return None;
    }
    seen.insert(k.clone(), at.place);
    Some(k)
}

pub(super) fn place(p: Option<Place>) -> Place {
    p.unwrap_or(Place::Line { line: 0 })
}

/// "a team", "an agent", in the reader's language.
fn a_level(level: Level) -> Words {
    Words::new(match level {
        Level::Company => "level-a-company",
        Level::Division => "level-a-division",
        Level::Team => "level-a-team",
        Level::Agent => "level-an-agent",
    })
}

/// "team", in the reader's language.
fn level_words(level: Level) -> Words {
    Words::new(match level {
        Level::Company => "level-company",
        Level::Division => "level-division",
        Level::Team => "level-team",
        Level::Agent => "level-agent",
    })
}

/// `yes/no/true/false/1/0` in any case; empty is no.
fn boolean(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "no" | "false" | "0" => Some(false),
        "yes" | "true" | "1" => Some(true),
        _ => None,
    }
}

/// A number written with `.` as the decimal point.
pub(crate) fn number(s: &str) -> Result<f64, Words> {
    let t = s.trim();
    if t.is_empty() {
        return Err(Words::new("import-number-empty"));
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() && !t.chars().any(|c| c.is_alphabetic() && c != 'e' && c != 'E') => Ok(v),
        _ if t.contains(',') && t.replace(',', ".").parse::<f64>().is_ok() => {
            Err(Words::new("import-not-number-comma"))
        }
        _ => Err(Words::new("import-not-number")),
    }
}

/// A usable id: the file's own (JSON keeps ids) unless something else already has it.
pub(super) fn pick_id(wanted: Option<Uuid>, taken: &mut HashSet<Uuid>, ids: &mut IdBatch) -> Uuid {
    match wanted {
        Some(id) if taken.insert(id) => id,
        Some(_) => loop {
            let id = ids.next();
            if taken.insert(id) {
                break id;
            }
        },
        // A fresh id of this batch collides with nothing; no need to remember it.
        None => ids.next(),
    }
}

pub(crate) fn validate(rows: Rows, existing: &Existing, problems: &mut Problems) -> Change {
    let now = Utc::now();
    let mut change = Change {
        settings: rows.settings,
        ..Change::default()
    };
    let Checked {
        node_ids,
        objective_ids,
        org_file,
        objectives_file,
    } = people_and_objectives(rows.nodes, rows.objectives, existing, &mut change, problems, now);
    if let Some(table) = rows.key_results {
        key_results::key_results(
            table,
            &existing.key_results,
            &objective_ids,
            &objectives_file,
            &mut change,
            problems,
        );
    }
    if let Some(table) = rows.checkins {
        history::checkins(table, &mut change, problems, now);
    }
    if let Some(table) = rows.reviews {
        history::reviews(table, &node_ids, &org_file, &mut change, problems, now);
    }
    if let Some(table) = rows.comments {
        history::comments(table, &objective_ids, &objectives_file, &mut change, problems, now);
    }
    if let Some(table) = rows.locks {
        history::locks(table, &mut change, problems, now);
    }
    change
}

/// What the people and objectives of an import are known by once checked: the key
/// results and the history are checked against them.
pub(crate) struct Checked {
    /// Node key → (id, level); the plan's nodes overlaid with the file's.
    pub node_ids: HashMap<String, (Uuid, Option<Level>)>,
    /// Objective key → id; the plan's overlaid with the file's.
    pub objective_ids: HashMap<String, Uuid>,
    pub org_file: String,
    pub objectives_file: String,
}

/// Checks the rows of `org.csv` and `objectives.csv` (either may be absent) into `change`.
pub(crate) fn people_and_objectives(
    nodes_table: Option<Table<NodeRow>>,
    objectives_table: Option<Table<PackedObjectiveRow>>,
    existing: &Existing,
    change: &mut Change,
    problems: &mut Problems,
    now: DateTime<Utc>,
) -> Checked {
    let org_file = nodes_table.as_ref().map_or("org.csv".to_string(), |t| t.file.clone());
    let objectives_file = objectives_table
        .as_ref()
        .map_or("objectives.csv".to_string(), |t| t.file.clone());
    let mut node_ids: HashMap<String, (Uuid, Option<Level>)> = existing
        .nodes
        .iter()
        .map(|n| (n.key.clone(), (n.id, Some(n.level))))
        .collect();
    if let Some(table) = nodes_table {
        nodes(table, existing, &mut node_ids, change, problems);
    }
    let mut objective_ids: HashMap<String, Uuid> = existing.objectives.iter().map(|o| (o.key.clone(), o.id)).collect();
    if let Some(table) = objectives_table {
        objectives(
            table,
            existing,
            &node_ids,
            &org_file,
            &mut objective_ids,
            change,
            problems,
            now,
        );
    }
    Checked {
        node_ids,
        objective_ids,
        org_file,
        objectives_file,
    }
}

fn nodes(
    table: Table<NodeRow>,
    existing: &Existing,
    node_ids: &mut HashMap<String, (Uuid, Option<Level>)>,
    change: &mut Change,
    problems: &mut Problems,
) {
    let file = table.file.as_str();
    let by_key: HashMap<&str, &Node> = existing.nodes.iter().map(|n| (n.key.as_str(), n)).collect();
    let key_of: HashMap<Uuid, &str> = existing.nodes.iter().map(|n| (n.id, n.key.as_str())).collect();
    let mut taken: HashSet<Uuid> = existing.nodes.iter().map(|n| n.id).collect();
    let mut ids = IdBatch::new();
    let mut seen: HashMap<String, Place> = HashMap::default();
    // (row, node so far, parent key, level known)
    let mut drafts: Vec<(Place, Node, String, Option<&Node>, bool)> = Vec::new();

    for row in &table.rows {
        let at = Cell {
            file,
            place: place(row.place),
        };
        let Some(k) = first_key(&at, problems, &mut seen, &row.key, Words::new("import-what-key")) else {
            continue;
        };
        let old = by_key.get(k.as_str()).copied();
        let name = title("name", &row.name).unwrap_or_else(|e| {
            at.bad(problems, "name", &row.name, reason(e));
            String::new()
        });
        let level = row
            .level
            .parse::<Level>()
            .map_err(|e| at.bad(problems, "level", &row.level, reason(e)))
            .ok();
        let role = if table.has("role") {
            text("role", row.role.trim(), MAX_TITLE_CHARS).unwrap_or_else(|e| {
                at.bad(problems, "role", &row.role, reason(e));
                String::new()
            })
        } else {
            old.map(|n| n.role.clone()).unwrap_or_default()
        };
        let new_hire = if table.has("new_hire") {
            boolean(&row.new_hire).unwrap_or_else(|| {
                at.bad(problems, "new_hire", &row.new_hire, Words::new("import-not-yes-no"));
                false
            })
        } else {
            old.is_some_and(|n| n.new_hire)
        };
        let objective_cap = if table.has("objective_cap") {
            let t = row.objective_cap.trim();
            if t.is_empty() {
                None
            } else {
                t.parse::<u32>()
                    .map_err(|_| {
                        at.bad(
                            problems,
                            "objective_cap",
                            &row.objective_cap,
                            Words::new("import-not-whole-number"),
                        )
                    })
                    .ok()
            }
        } else {
            old.and_then(|n| n.objective_cap)
        };
        let notes = if table.has("notes") {
            text("notes", &row.notes, MAX_TEXT_CHARS).unwrap_or_else(|e| {
                at.bad(problems, "notes", &row.notes, reason(e));
                String::new()
            })
        } else {
            old.map(|n| n.notes.clone()).unwrap_or_default()
        };
        let id = match old {
            Some(n) => n.id,
            None => pick_id(row.id, &mut taken, &mut ids),
        };
        node_ids.insert(k.clone(), (id, level));
        let node = Node {
            id,
            key: k,
            name,
            level: level.unwrap_or(Level::Agent),
            parent_id: None,
            role,
            new_hire,
            objective_cap,
            notes,
        };
        drafts.push((at.place, node, row.parent.trim().to_string(), old, level.is_some()));
    }

    // The company: the plan's, unless the file turns it into something else.
    let mut company: Option<String> = existing
        .nodes
        .iter()
        .find(|n| n.level == Level::Company && node_ids.get(&n.key).is_some_and(|(_, l)| *l == Some(Level::Company)))
        .map(|n| n.key.clone());
    for (at, node, parent, _, level_ok) in &mut drafts {
        if !*level_ok {
            continue;
        }
        let at = Cell { file, place: *at };
        match node.level.parent_level() {
            None => {
                if !parent.is_empty() {
                    at.bad(problems, "parent", parent, Words::new("import-company-parent"));
                }
                match &company {
                    Some(c) if *c != node.key => at.bad(
                        problems,
                        "level",
                        node.level.as_str(),
                        Words::new("import-second-company").with("company", c),
                    ),
                    _ => company = Some(node.key.clone()),
                }
            }
            Some(expected) => {
                if parent.is_empty() {
                    at.bad(
                        problems,
                        "parent",
                        "",
                        Words::new("import-parent-empty")
                            .with_words("node", a_level(node.level))
                            .with_words("expected", level_words(expected)),
                    );
                    continue;
                }
                match node_ids.get(parent.as_str()) {
                    None => at.bad(
                        problems,
                        "parent",
                        parent,
                        Words::new("import-node-unknown").with("file", file),
                    ),
                    Some((id, Some(l))) if *l == expected => node.parent_id = Some(*id),
                    Some((_, Some(l))) => at.bad(
                        problems,
                        "parent",
                        parent,
                        Words::new("import-parent-level")
                            .with_words("found", a_level(*l))
                            .with_words("node", a_level(node.level))
                            .with_words("expected", a_level(expected)),
                    ),
                    Some((_, None)) => {} // its own level is wrong, already reported
                }
            }
        }
    }

    // Nodes the file leaves alone must still fit under a parent whose level it changed.
    let placed: HashMap<&str, (Place, Level)> = drafts
        .iter()
        .filter(|d| d.4)
        .map(|d| (d.1.key.as_str(), (d.0, d.1.level)))
        .collect();
    for n in &existing.nodes {
        if seen.contains_key(&n.key) {
            continue;
        }
        let Some(parent_key) = n.parent_id.and_then(|p| key_of.get(&p)) else {
            continue;
        };
        if let Some((at, level)) = placed.get(parent_key) {
            if Some(*level) != n.level.parent_level() {
                problems.cell(
                    file,
                    *at,
                    "level",
                    level.as_str(),
                    Words::new("import-would-leave")
                        .with_words("level", level_words(n.level))
                        .with("node", &n.key)
                        .with_words("parent", a_level(*level)),
                );
            }
        }
    }

    for (_, node, _, old, _) in drafts {
        match old {
            None => change.new_nodes.push(node),
            Some(o) if *o != node => change.changed_nodes.push(node),
            Some(_) => {}
        }
    }
    change.new_nodes.sort_by_key(|n| n.level);
}

/// What an objective's row says of its links, kept with its draft until every key of
/// the file is known.
struct Links {
    parent: String,
    carried_from: String,
    /// The row leaves `updated_at` empty (an unchanged objective keeps its own).
    updated_at_empty: bool,
}

#[allow(clippy::too_many_arguments)]
fn objectives(
    table: Table<PackedObjectiveRow>,
    existing: &Existing,
    node_ids: &HashMap<String, (Uuid, Option<Level>)>,
    org_file: &str,
    objective_ids: &mut HashMap<String, Uuid>,
    change: &mut Change,
    problems: &mut Problems,
    now: DateTime<Utc>,
) {
    let Table { file, rows, has, .. } = table;
    let file = file.as_str();
    let has = |column: &str| has.contains(&column);
    let by_key: HashMap<&str, &Objective> = existing.objectives.iter().map(|o| (o.key.as_str(), o)).collect();
    let key_of: HashMap<Uuid, &str> = existing.objectives.iter().map(|o| (o.id, o.key.as_str())).collect();
    let mut taken: HashSet<Uuid> = existing.objectives.iter().map(|o| o.id).collect();
    let mut ids = IdBatch::new();
    let n = rows.len();
    let mut seen: HashMap<String, Place> = HashMap::with_capacity_and_hasher(n, Default::default());
    let mut drafts: Vec<(Place, Objective, Links, Option<&Objective>)> = Vec::with_capacity(n);
    objective_ids.reserve(n);
    change.new_objectives.reserve(n);

    // Each row is unpacked only while it is checked; its draft keeps what links it.
    for packed in rows {
        let row = packed.unpack();
        drop(packed);
        let at = Cell {
            file,
            place: place(row.place),
        };
        let Some(k) = first_key(&at, problems, &mut seen, &row.key, Words::new("import-what-key")) else {
            continue;
        };
        let old = by_key.get(k.as_str()).copied();
        let quarter = row
            .quarter
            .parse::<Quarter>()
            .map_err(|e| at.bad(problems, "quarter", &row.quarter, reason(e)))
            .ok();
        let owner = match node_ids.get(row.owner.trim()) {
            Some((id, _)) => *id,
            None => {
                let msg = if row.owner.trim().is_empty() {
                    Words::new("import-owner-empty")
                } else {
                    Words::new("import-node-unknown").with("file", org_file)
                };
                at.bad(problems, "owner", &row.owner, msg);
                Uuid::nil()
            }
        };
        let title = title("title", &row.title).unwrap_or_else(|e| {
            at.bad(problems, "title", &row.title, reason(e));
            String::new()
        });
        let description = if has("description") {
            text("description", &row.description, MAX_TEXT_CHARS).unwrap_or_else(|e| {
                at.bad(problems, "description", &row.description, reason(e));
                String::new()
            })
        } else {
            old.map(|o| o.description.clone()).unwrap_or_default()
        };
        // An empty cell keeps an existing objective's commitment; a new one is aspirational.
        let commitment = match row.commitment.trim() {
            c if c.is_empty() || !has("commitment") => old.map(|o| o.commitment).unwrap_or_default(),
            c => c.parse::<Commitment>().unwrap_or_else(|e| {
                at.bad(problems, "commitment", &row.commitment, reason(e));
                Commitment::default()
            }),
        };
        let mut stamp = |column: &str, value: &str| -> Option<DateTime<Utc>> {
            if value.trim().is_empty() {
                return None;
            }
            at.time(problems, column, value)
        };
        let created_at = stamp("created_at", &row.created_at)
            .or(old.map(|o| o.created_at))
            .unwrap_or(now);
        let updated_at = stamp("updated_at", &row.updated_at);
        let id = match old {
            Some(o) => o.id,
            None => pick_id(row.id, &mut taken, &mut ids),
        };
        objective_ids.insert(k.clone(), id);
        let o = Objective {
            id,
            key: k,
            quarter: quarter.unwrap_or_else(|| Quarter::new(2000, 1).expect("a valid quarter")),
            owner_id: owner,
            title,
            description,
            parent_id: None,
            carried_from: old.and_then(|o| o.carried_from),
            commitment,
            created_at,
            updated_at: updated_at.unwrap_or(now),
        };
        let links = Links {
            updated_at_empty: row.updated_at.trim().is_empty(),
            parent: row.parent,
            carried_from: row.carried_from,
        };
        drafts.push((at.place, o, links, old));
    }

    // Parents and lineage, now that every key of the file is known.
    for (at, o, row, _) in &mut drafts {
        let at = Cell { file, place: *at };
        let parent = row.parent.trim();
        if !parent.is_empty() {
            match objective_ids.get(parent) {
                Some(id) => o.parent_id = Some(*id),
                None => at.bad(
                    problems,
                    "parent",
                    parent,
                    Words::new("import-objective-unknown").with("file", file),
                ),
            }
        }
        let from = row.carried_from.trim();
        if !from.is_empty() {
            match objective_ids.get(from) {
                Some(id) => o.carried_from = Some(*id),
                None => at.bad(
                    problems,
                    "carried_from",
                    from,
                    Words::new("import-objective-unknown").with("file", file),
                ),
            }
        }
    }
    // Objective key → parent key: the plan's links overlaid with the file's.
    let mut parent_of: HashMap<&str, &str> =
        HashMap::with_capacity_and_hasher(existing.objectives.len() + n, Default::default());
    for o in &existing.objectives {
        if let Some(p) = o.parent_id.and_then(|p| key_of.get(&p)) {
            parent_of.insert(o.key.as_str(), p);
        }
    }
    for (_, o, row, _) in &drafts {
        parent_of.remove(o.key.as_str());
        if o.parent_id.is_some() {
            parent_of.insert(o.key.as_str(), row.parent.trim());
        }
    }

    // Cycles: walk up from each objective of the file.
    let mut in_cycle: HashSet<&str> = HashSet::default();
    for (at, o, _, _) in &drafts {
        if in_cycle.contains(o.key.as_str()) {
            continue;
        }
        let mut path = vec![o.key.as_str()];
        let mut at_key = o.key.as_str();
        while let Some(&p) = parent_of.get(at_key) {
            path.push(p);
            if p == o.key {
                in_cycle.extend(path.iter().copied());
                problems.cell(
                    file,
                    *at,
                    "parent",
                    path[1],
                    Words::new("import-cycle").with("path", path.join(" → ")),
                );
                break;
            }
            if path.len() > parent_of.len() + 1 {
                break; // a cycle further up, reported from one of its own members
            }
            at_key = p;
        }
    }

    if problems.is_empty() {
        // New objectives keep the file's order (their ids ascend with it, which SQLite
        // appends fastest); the links between them are checked when the import commits.
        for (_, mut o, row, old) in drafts {
            match old {
                None => change.new_objectives.push(o),
                Some(old) => {
                    if row.updated_at_empty {
                        o.updated_at = old.updated_at;
                    }
                    if *old != o {
                        if row.updated_at_empty {
                            o.updated_at = now;
                        }
                        change.changed_objectives.push(o);
                    }
                }
            }
        }
    }
}

/// "… is given twice: first at …", for a key two rows give.
pub(super) fn key_twice(first: Words, what: Words) -> Words {
    Words::new("import-key-twice")
        .with_words("first", first)
        .with_words("what", what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(" 4.5 "), Ok(4.5));
        assert_eq!(number("1e3"), Ok(1000.0));
        assert!(number("4,5")
            .unwrap_err()
            .say(crate::Lang::En)
            .contains("decimal point"));
        for bad in ["", "abc", "inf", "NaN", "1.2.3"] {
            assert!(number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn booleans() {
        for (s, want) in [
            ("", Some(false)),
            ("YES", Some(true)),
            ("False", Some(false)),
            ("1", Some(true)),
            ("0", Some(false)),
            ("maybe", None),
        ] {
            assert_eq!(boolean(s), want, "{s}");
        }
    }
}
