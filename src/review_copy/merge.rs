//! Merging a review copy back into its plan: a three-way merge per table, row and field
//! between the base (the copy at hand-out), theirs (the copy now) and ours (the plan now).

use crate::store::Tx;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use rusqlite::Connection;
use serde_json::Value;

use super::scope::{self, Keys, Rows, NODE};
use super::{
    key, read_info, Base, Change, ChangeKind, Conflict, ConflictKind, MergeChoices, MergeReport, ReviewInfo, Side,
};
use crate::checks::{self, Finding};
use crate::store::rows::{self, text, Row, Table};
use crate::{Error, Plan, Result, Words};

/// Columns that record when a row last changed. They never conflict: when the merge
/// changes a row, they take the later of the two sides.
const BOOKKEEPING: &[&str] = &["updated_at"];

/// Merges the review copy at `review_path` into `plan`, in one transaction.
///
/// Refused, with the plan untouched: a file that is not a review copy
/// ([`Error::NotAReview`], or [`Error::NotAPlan`]), a review copy of another plan
/// ([`Error::ForeignReview`]), and a copy changed outside its part of the plan
/// ([`Error::TamperedReview`]; judged by comparing it with its base, not by trusting its
/// triggers).
///
/// Then, for each field the reviewer changed since the hand-out: changed only in the
/// review, it is applied; changed in the plan too, to another value, it is a conflict and
/// the plan's value is kept unless `choices` takes the review's. Rows added in the review
/// are added (a key the plan has taken meanwhile is a conflict); rows deleted in the
/// review are deleted if the plan did not change them (or add under them), else it is a
/// conflict. Merging the same copy again changes nothing.
pub fn merge(plan: &mut Plan, review_path: &Path, choices: &MergeChoices) -> Result<MergeReport> {
    let loaded = load(plan, review_path)?;
    plan.transact(|tx| {
        tx.describe(described(review_path));
        run(tx, &loaded, choices, Judge::Each)
    })
    .map_err(|e| refused(review_path, e))
}

/// Merges each of the review copies at `paths` into `plan`, in the order given, each in a
/// transaction of its own; a copy that is refused leaves the plan as the copies before
/// it left it, and the next copy is merged all the same.
///
/// One transaction per copy, not one for all: a reviewer's copy is a unit of its own
/// (merging it twice changes nothing), so a refused or failing copy must not undo the
/// others' work, and a run interrupted part-way is finished by running it again. Copies
/// of disjoint parts give the same plan in any order.
pub fn merge_each(plan: &mut Plan, paths: &[std::path::PathBuf], choices: &MergeChoices) -> Vec<super::CopyMerge> {
    // The plan is judged twice for the whole run, before the first copy and after the
    // last, not twice per copy: on a 50,000-agent plan a judgement takes seconds.
    let lang = choices.lang;
    let judged =
        |plan: &mut Plan| plan.read(|c| Ok(checks::check_quarter_in(&crate::store::snapshot::whole(c)?, None, lang)));
    let before = judged(plan);
    let mut out = Vec::new();
    let mut parts: Vec<Option<(BTreeSet<String>, BTreeSet<String>)>> = Vec::new();
    for path in paths {
        let merged = load(plan, path).and_then(|l| {
            let report = plan
                .transact(|tx| {
                    tx.describe(described(path));
                    run(tx, &l, choices, Judge::Run)
                })
                .map_err(|e| refused(path, e))?;
            Ok((report, attribution(&l)))
        });
        let (report, part) = match merged {
            Ok((report, part)) => (Ok(report), Some(part)),
            Err(e) => (Err(e), None),
        };
        parts.push(part);
        out.push(copy_merge(path, report, lang));
    }
    if let (Ok(before), Ok(after)) = (before, judged(plan)) {
        let (new, resolved) = findings_diff(&before, &after);
        for (findings, new) in [(new, true), (resolved, false)] {
            for f in findings {
                let Some(i) = copy_of(&f, &parts) else { continue };
                if let Some(r) = out[i].report.as_mut() {
                    if new {
                        r.findings_new.push(f);
                    } else {
                        r.findings_resolved.push(f);
                    }
                }
            }
        }
    }
    out
}

/// What a copy's findings are told by: the nodes of its part, and the objectives it holds.
fn attribution(l: &Loaded) -> (BTreeSet<String>, BTreeSet<String>) {
    let nodes = l.theirs.get(NODE).cloned().unwrap_or_default();
    let part = scope::subtree(&nodes, &l.info.node_id.to_string());
    let objectives = l
        .theirs
        .get(scope::OBJECTIVE)
        .map(|rows| rows.keys().cloned().collect())
        .unwrap_or_default();
    (part, objectives)
}

/// The copy a finding of a run of many belongs to: the one whose part holds its owner
/// (copies of disjoint parts: only that copy can have changed it); else, for an objective
/// above the parts (a division's, that a team's objectives now support), the first copy
/// holding it; else the last copy merged.
fn copy_of(f: &Finding, parts: &[Option<(BTreeSet<String>, BTreeSet<String>)>]) -> Option<usize> {
    let owner = f.owner_id.to_string();
    let merged = || parts.iter().enumerate().filter_map(|(i, p)| p.as_ref().map(|p| (i, p)));
    merged()
        .find(|(_, (nodes, _))| nodes.contains(&owner))
        .or_else(|| {
            let objective = f.objective_id?.to_string();
            merged().find(|(_, (_, objectives))| objectives.contains(&objective))
        })
        .or_else(|| merged().next_back())
        .map(|(i, _)| i)
}

/// What [`merge_each`] would do, without changing the plan: each copy previewed after
/// the ones before it, as the merge would take them, in one transaction that is rolled
/// back; a copy that would be refused is undone before the next is previewed.
pub fn preview_each(
    plan: &mut Plan,
    paths: &[std::path::PathBuf],
    choices: &MergeChoices,
) -> Result<Vec<super::CopyMerge>> {
    let loaded: Vec<(&std::path::PathBuf, Result<Loaded>)> = paths.iter().map(|p| (p, load(plan, p))).collect();
    plan.dry_run(|tx| {
        let mut out = Vec::new();
        for (path, l) in loaded {
            let r = l.and_then(|l| crate::store::savepoint(tx, |tx| run(tx, &l, choices, Judge::Each)));
            out.push(copy_merge(path, r.map_err(|e| refused(path, e)), choices.lang));
        }
        Ok(out)
    })
}

/// One copy's line of a run of many: its report, or why it was refused.
fn copy_merge(path: &Path, merged: Result<MergeReport>, lang: crate::Lang) -> super::CopyMerge {
    let (report, refused) = match merged {
        Ok(report) => (Some(report), None),
        Err(e) => (
            None,
            Some(super::Refusal {
                code: e.code(),
                message: e.message(lang),
            }),
        ),
    };
    super::CopyMerge {
        path: path.display().to_string(),
        report,
        refused,
    }
}

/// A merge whose result would break one of the plan's invariants is refused, naming the
/// row, the field and the rule.
fn refused(path: &Path, e: Error) -> Error {
    match e {
        Error::Broken { .. } => Error::RefusedReview {
            path: path.to_path_buf(),
            why: Box::new(e),
        },
        e => e,
    }
}

/// What [`merge`] would do, without changing the plan: the changes, the conflicts to
/// choose on, and the findings it would bring or resolve.
pub fn preview(plan: &mut Plan, review_path: &Path, choices: &MergeChoices) -> Result<MergeReport> {
    let loaded = load(plan, review_path)?;
    // Through the door, and rolled back: everything it does is undone.
    plan.dry_run(|tx| run(tx, &loaded, choices, Judge::Each))
        .map_err(|e| refused(review_path, e))
}

/// A review copy, read and vetted.
struct Loaded {
    info: ReviewInfo,
    tables: Vec<Table>,
    base: Base,
    theirs: Rows,
    detached: BTreeSet<(String, String, String)>,
}

/// A merge as the plan's history names it: by the review copy's file name.
fn described(path: &Path) -> crate::Words {
    let file = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |f| f.to_string_lossy().into_owned());
    crate::Words::new("history-merge").with("file", file)
}

fn load(plan: &Plan, path: &Path) -> Result<Loaded> {
    let review = Plan::open(path)?;
    let not_review = || Error::NotAReview {
        path: path.to_path_buf(),
    };
    let info = match read_info(review.conn()) {
        Ok(Some(info)) => info,
        Ok(None) => return Err(not_review()),
        Err(Error::Damaged(what)) => {
            return Err(Error::TamperedReview {
                path: path.to_path_buf(),
                what,
            })
        }
        Err(e) => return Err(e),
    };
    let ours = plan.plan_id()?;
    if info.plan_id != ours {
        let from = if info.plan_file.is_empty() {
            String::new()
        } else {
            format!("{}, ", info.plan_file)
        };
        return Err(Error::ForeignReview {
            path: path.to_path_buf(),
            detail: format!(
                "it was handed out from plan {from}id {}; this plan's id is {ours}",
                info.plan_id
            ),
        });
    }
    let c = review.conn();
    let unreadable = |what: &str| Error::TamperedReview {
        path: path.to_path_buf(),
        what: format!("its record of {what} is unreadable"),
    };
    let meta = |name: &str| -> Result<String> { Ok(crate::store::meta::get(c, name)?.unwrap_or_default()) };
    let base: Base = serde_json::from_str(&meta(key::BASE)?).map_err(|_| unreadable("the state at hand-out"))?;
    let detached: Vec<(String, String, String)> =
        serde_json::from_str(&meta(key::DETACHED)?).map_err(|_| unreadable("cleared links"))?;
    let tables = rows::tables(c)?;
    let mut theirs = Rows::new();
    for t in &tables {
        theirs.insert(t.name.clone(), rows::all(c, t)?);
    }
    review.close()?;
    let loaded = Loaded {
        info,
        tables,
        base,
        theirs,
        detached: detached.into_iter().collect(),
    };
    if let Some(what) = tampered(&loaded) {
        return Err(Error::TamperedReview {
            path: path.to_path_buf(),
            what,
        });
    }
    Ok(loaded)
}

/// The first change of the copy outside its part of the plan, if any: a context row
/// changed, or a row outside the part added or removed, or the reviewed node moved.
fn tampered(l: &Loaded) -> Option<String> {
    let root = l.info.node_id.to_string();
    let base = &l.base;
    let scope_base = scope::in_scope(&l.tables, base, &root);
    let scope_theirs = scope::in_scope(&l.tables, &l.theirs, &root);
    let has = |s: &Keys, t: &str, k: &str| s.get(t).is_some_and(|ks| ks.contains(k));
    let empty = BTreeMap::new();
    for t in &l.tables {
        let b_rows = base.get(&t.name).unwrap_or(&empty);
        let t_rows = l.theirs.get(&t.name).unwrap_or(&empty);
        for k in b_rows.keys().chain(t_rows.keys()).collect::<BTreeSet<_>>() {
            let (b, th) = (b_rows.get(k), t_rows.get(k));
            let what = match (b, th) {
                (Some(b), Some(th)) if same(b, th, |_| true) => continue,
                (Some(b), Some(th)) => {
                    if t.name == NODE && *k == root && b.get("parent_id") != th.get("parent_id") {
                        return Some(format!("{} was moved", describe(t, th)));
                    }
                    if has(&scope_base, &t.name, k) && has(&scope_theirs, &t.name, k) {
                        continue;
                    }
                    format!("{} was changed", describe(t, th))
                }
                (Some(b), None) if has(&scope_base, &t.name, k) => {
                    let _ = b;
                    continue;
                }
                (Some(b), None) => format!("{} was removed", describe(t, b)),
                (None, Some(_)) if has(&scope_theirs, &t.name, k) => continue,
                (None, Some(th)) => format!("{} was added", describe(t, th)),
                (None, None) => continue,
            };
            return Some(what);
        }
    }
    None
}

/// Whether two versions of a row agree on every column of `a` that `keep` selects.
fn same(a: &Row, b: &Row, keep: impl Fn(&str) -> bool) -> bool {
    a.iter()
        .filter(|(c, _)| keep(c))
        .all(|(c, v)| b.get(c).unwrap_or(&Value::Null) == v)
}

/// "objective \"cskh-2026q4-1\"": a row as people name it.
fn describe(t: &Table, r: &Row) -> String {
    format!("{} \"{}\"", t.name.replace('_', " "), label(t, r))
}

/// What people call a row: its key, else its title or name, else its id.
fn label(t: &Table, r: &Row) -> String {
    ["key", "title", "name"]
        .iter()
        .find_map(|c| r.get(*c).filter(|v| !v.is_null()).map(text))
        .unwrap_or_else(|| t.key_of(r))
}

/// How a conflict names its row: the key when the table has keys, else the id.
fn reference_row(t: &Table, r: &Row) -> String {
    r.get("key")
        .filter(|v| !v.is_null())
        .map(text)
        .unwrap_or_else(|| t.key_of(r))
}

enum Op {
    Insert {
        t: usize,
        row: Row,
    },
    Update {
        t: usize,
        like: Row,
        changes: Row,
        fields: Vec<String>,
    },
    Delete {
        t: usize,
        row: Row,
    },
}

struct Merger<'a> {
    c: &'a Connection,
    l: &'a Loaded,
    lang: crate::Lang,
    take: &'a [String],
    used: BTreeSet<String>,
    changes: Vec<Change>,
    conflicts: Vec<Conflict>,
    /// Links within a table the merge set: (table, the plan's row before, link, value).
    relinked: Vec<(usize, Row, rows::ForeignKey, Value)>,
}

/// Whether a merge judges the findings it brings and resolves itself, and from what.
enum Judge {
    /// Before and after this copy.
    Each,
    /// Not here: a run of many copies judges once for all of them ([`merge_each`]).
    Run,
}

fn run(c: &Tx<'_>, l: &Loaded, choices: &MergeChoices, judge: Judge) -> Result<MergeReport> {
    let before = match judge {
        Judge::Run => None,
        Judge::Each => Some(checks::check_quarter_in(
            &crate::store::snapshot::whole(c)?,
            None,
            choices.lang,
        )),
    };
    let mut m = Merger {
        c,
        l,
        lang: choices.lang,
        take: &choices.take_theirs,
        used: BTreeSet::new(),
        changes: Vec::new(),
        conflicts: Vec::new(),
        relinked: Vec::new(),
    };
    let ops = m.plan_ops()?;
    let (mut inserts, mut updates, mut deletes) = (Vec::new(), Vec::new(), Vec::new());
    for op in ops {
        match op {
            Op::Insert { .. } => inserts.push(op),
            Op::Update { .. } => updates.push(op),
            Op::Delete { .. } => deletes.push(op),
        }
    }
    m.insert_all(inserts)?;
    for op in updates {
        if let Op::Update {
            t,
            like,
            changes,
            fields,
        } = op
        {
            m.update(t, &like, changes, fields)?;
        }
    }
    m.undo_loops()?;
    m.delete_all(deletes)?;
    // Judged on the merged result, before it commits: every row of the copy's part.
    crate::edit::invariants::check(c, &part(l))?;
    let (findings_new, findings_resolved) = match before {
        Some(before) => findings_diff(
            &before,
            &checks::check_quarter_in(&crate::store::snapshot::whole(c)?, None, choices.lang),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let unmatched_choices = choices
        .take_theirs
        .iter()
        .filter(|c| !m.used.contains(*c))
        .cloned()
        .collect();
    let report = MergeReport {
        review: l.info.clone(),
        changes: m.changes,
        conflicts: m.conflicts,
        findings_new,
        findings_resolved,
        unmatched_choices,
    };
    Ok(report)
}

/// The rows the copy holds, whose merged state must keep the plan's invariants.
fn part(l: &Loaded) -> crate::edit::invariants::Scope {
    let ids = |table: &str| -> Vec<uuid::Uuid> {
        l.theirs
            .get(table)
            .into_iter()
            .flat_map(|rows| rows.keys())
            .filter_map(|k| uuid::Uuid::parse_str(k).ok())
            .collect()
    };
    crate::edit::invariants::Scope {
        nodes: ids(NODE),
        objectives: ids(scope::OBJECTIVE),
        key_results: ids("key_result"),
    }
}

/// Findings after and not before, and before and not after (same rule, quarter, owner
/// and objective).
fn findings_diff(before: &[Finding], after: &[Finding]) -> (Vec<Finding>, Vec<Finding>) {
    let id = |f: &Finding| (f.rule, f.quarter, f.owner_id, f.objective_id);
    let had: HashSet<_> = before.iter().map(id).collect();
    let has: HashSet<_> = after.iter().map(id).collect();
    (
        after.iter().filter(|f| !had.contains(&id(f))).cloned().collect(),
        before.iter().filter(|f| !has.contains(&id(f))).cloned().collect(),
    )
}

impl Merger<'_> {
    /// Whether the user chose the review's side of this conflict.
    fn takes_theirs(&mut self, t: &Table, row: &Row, field: Option<&str>) -> bool {
        let f = field.unwrap_or("row");
        let by_key = format!("{}/{}/{}", t.name, reference_row(t, row), f);
        let by_id = format!("{}/{}/{}", t.name, t.key_of(row), f);
        let hit = self.take.iter().find(|c| **c == by_key || **c == by_id).cloned();
        match hit {
            Some(c) => {
                self.used.insert(c);
                true
            }
            None => false,
        }
    }

    /// What people call a row: its key, title or name; for a row without one (a
    /// check-in, a review mark), what it belongs to and when (`hotline-1-kr1, 2026-11-20`).
    fn row_label(&self, t: &Table, r: &Row) -> String {
        if ["key", "title", "name"]
            .iter()
            .any(|c| r.get(*c).is_some_and(|v| !v.is_null()))
        {
            return label(t, r);
        }
        let Some(fk) = scope::owning_fk(t) else {
            return label(t, r);
        };
        let Some(owner) = self.show(t, &fk.from, r.get(&fk.from)) else {
            return label(t, r);
        };
        match ["date", "quarter", "created_at"]
            .iter()
            .find_map(|c| r.get(*c).filter(|v| !v.is_null()))
        {
            Some(when) => format!("{owner}, {}", text(when)),
            None => owner,
        }
    }

    /// A value as people read it; a link shows the linked row's key.
    fn show(&self, t: &Table, col: &str, v: Option<&Value>) -> Option<String> {
        let v = v.filter(|v| !v.is_null())?;
        if let Some(fk) = t.fks.iter().find(|fk| fk.from == col) {
            if let Some(target) = self.l.tables.iter().find(|u| u.name == fk.table) {
                let mut like = Row::new();
                like.insert(fk.to.clone(), v.clone());
                let found = rows::get(self.c, target, &like)
                    .ok()
                    .flatten()
                    .or_else(|| self.l.theirs.get(&target.name).and_then(|m| m.get(&text(v))).cloned());
                if let Some(r) = found {
                    return Some(label(target, &r));
                }
            }
        }
        Some(text(v))
    }

    #[allow(clippy::too_many_arguments)]
    fn conflict(
        &mut self,
        t: &Table,
        row: &Row,
        field: Option<&str>,
        kind: ConflictKind,
        values: [Option<&Value>; 3],
        kept: Side,
        why: Words,
    ) {
        let [b, o, th] = values;
        let (base, ours, theirs) = match field {
            Some(f) => (self.show(t, f, b), self.show(t, f, o), self.show(t, f, th)),
            None => (None, None, None),
        };
        let f = field.unwrap_or("row");
        let what = Words::new("conflict-row")
            .with_words("table", table_words(&t.name))
            .with("label", self.row_label(t, row));
        let message = match field {
            Some(f) => Words::new("conflict-in-field")
                .with_words("what", what)
                .with_words("field", crate::error::field(f))
                .with_words("why", why),
            None => Words::new("conflict-in-row")
                .with_words("what", what)
                .with_words("why", why),
        }
        .say(self.lang);
        self.conflicts.push(Conflict {
            reference: format!("{}/{}/{}", t.name, reference_row(t, row), f),
            table: t.name.clone(),
            row_id: t.key_of(row),
            row: self.row_label(t, row),
            field: field.map(String::from),
            kind,
            base,
            ours,
            theirs,
            kept,
            message,
        });
    }

    fn changed(&mut self, t: &Table, row: &Row, kind: ChangeKind, fields: Vec<String>) {
        self.changes.push(Change {
            table: t.name.clone(),
            row_id: t.key_of(row),
            row: self.row_label(t, row),
            kind,
            fields,
        });
    }

    /// Works out, row by row, what the review changed and what to do about it.
    fn plan_ops(&mut self) -> Result<Vec<Op>> {
        let l = self.l;
        let empty = BTreeMap::new();
        let mut ops = Vec::new();
        for (ti, t) in l.tables.iter().enumerate() {
            let b_rows = l.base.get(&t.name).unwrap_or(&empty);
            let t_rows = l.theirs.get(&t.name).unwrap_or(&empty);
            for k in b_rows.keys().chain(t_rows.keys()).collect::<BTreeSet<_>>() {
                let (b, th) = (b_rows.get(k), t_rows.get(k));
                if let (Some(b), Some(th)) = (b, th) {
                    if same(b, th, |c| merged(l, t, k, c)) {
                        continue;
                    }
                }
                let like = th.or(b).expect("one side has the row");
                let ours = rows::get(self.c, t, like)?;
                match (b, th, ours) {
                    (Some(b), Some(th), Some(o)) => {
                        let mut changes = Row::new();
                        let mut fields = Vec::new();
                        for (col, bv) in b.iter().filter(|(c, _)| merged(l, t, k, c)) {
                            let tv = th.get(col).unwrap_or(&Value::Null);
                            let ov = o.get(col).unwrap_or(&Value::Null);
                            if tv == bv || tv == ov {
                                continue;
                            }
                            if ov == bv {
                                changes.insert(col.clone(), tv.clone());
                                fields.push(col.clone());
                                continue;
                            }
                            let take = self.takes_theirs(t, th, Some(col));
                            if take {
                                changes.insert(col.clone(), tv.clone());
                                fields.push(col.clone());
                            }
                            let why = if take {
                                "changed differently in the plan and in the review; the review's value was taken"
                            } else {
                                "changed differently in the plan and in the review; the plan's value was kept"
                            };
                            self.conflict(
                                t,
                                th,
                                Some(col),
                                ConflictKind::BothChanged,
                                [Some(bv), Some(ov), Some(tv)],
                                if take { Side::Theirs } else { Side::Ours },
                                why.into(),
                            );
                        }
                        if !changes.is_empty() {
                            for bk in BOOKKEEPING.iter().filter(|c| t.columns.contains_key(**c)) {
                                let (ov, tv) = (o.get(*bk), th.get(*bk));
                                let later = match (ov, tv) {
                                    (Some(ov), Some(tv)) if text(tv) > text(ov) => tv.clone(),
                                    (Some(ov), _) => ov.clone(),
                                    (None, Some(tv)) => tv.clone(),
                                    (None, None) => continue,
                                };
                                changes.insert(bk.to_string(), later);
                            }
                            ops.push(Op::Update {
                                t: ti,
                                like: o.clone(),
                                changes,
                                fields,
                            });
                        }
                    }
                    (Some(_), Some(th), None) => {
                        let take = self.takes_theirs(t, th, None);
                        self.conflict(
                            t,
                            th,
                            None,
                            ConflictKind::DeletedInPlan,
                            [None, None, None],
                            if take { Side::Theirs } else { Side::Ours },
                            if take {
                                "changed in the review but deleted in the plan; put back as the review has it".into()
                            } else {
                                "changed in the review but deleted in the plan; it stays deleted".into()
                            },
                        );
                        if take {
                            ops.push(Op::Insert { t: ti, row: th.clone() });
                        }
                    }
                    (None, Some(th), None) => ops.push(Op::Insert { t: ti, row: th.clone() }),
                    (None, Some(th), Some(o)) => {
                        // Added in the review and already in the plan (merged before).
                        let mut changes = Row::new();
                        let mut fields = Vec::new();
                        for (col, tv) in th.iter().filter(|(c, _)| merged(l, t, k, c)) {
                            let ov = o.get(col).unwrap_or(&Value::Null);
                            if tv == ov {
                                continue;
                            }
                            let take = self.takes_theirs(t, th, Some(col));
                            if take {
                                changes.insert(col.clone(), tv.clone());
                                fields.push(col.clone());
                            }
                            self.conflict(
                                t,
                                th,
                                Some(col),
                                ConflictKind::BothChanged,
                                [None, Some(ov), Some(tv)],
                                if take { Side::Theirs } else { Side::Ours },
                                "differs between the plan and the review".into(),
                            );
                        }
                        if !changes.is_empty() {
                            ops.push(Op::Update {
                                t: ti,
                                like: o.clone(),
                                changes,
                                fields,
                            });
                        }
                    }
                    (Some(b), None, Some(o)) => {
                        if same(b, &o, |c| merged(l, t, k, c)) || self.takes_theirs(t, &o, None) {
                            ops.push(Op::Delete { t: ti, row: o });
                        } else {
                            self.conflict(
                                t,
                                &o,
                                None,
                                ConflictKind::DeletedInReview,
                                [None, None, None],
                                Side::Ours,
                                "deleted in the review but changed in the plan; it was kept".into(),
                            );
                        }
                    }
                    (Some(_), None, None) | (None, None, _) => {}
                }
            }
        }
        Ok(ops)
    }

    /// The link of `row` that points at nothing in the plan, if any (`waiting`: rows of
    /// the same table still to be added, which do not count as missing).
    fn missing_link(&self, t: &Table, row: &Row, only: Option<&Row>) -> Result<Option<String>> {
        for fk in &t.fks {
            if only.is_some_and(|o| !o.contains_key(&fk.from)) {
                continue;
            }
            let Some(v) = row.get(&fk.from).filter(|v| !v.is_null()) else {
                continue;
            };
            let Some(target) = self.l.tables.iter().find(|u| u.name == fk.table) else {
                continue;
            };
            if !rows::exists(self.c, target, &fk.to, v)? {
                return Ok(Some(fk.from.clone()));
            }
        }
        Ok(None)
    }

    /// Adds the review's new rows, each table after the tables it links to and, within
    /// a table, each row after the rows it links to.
    fn insert_all(&mut self, ops: Vec<Op>) -> Result<()> {
        let mut by_table: BTreeMap<usize, Vec<Row>> = BTreeMap::new();
        for op in ops {
            if let Op::Insert { t, row } = op {
                by_table.entry(t).or_default().push(row);
            }
        }
        for (ti, mut pending) in by_table {
            let t = &self.l.tables[ti];
            loop {
                let mut progress = false;
                let mut waiting = Vec::new();
                let batch = std::mem::take(&mut pending);
                for (i, row) in batch.iter().enumerate() {
                    let missing = self.missing_link(t, row, None)?;
                    if let Some(col) = &missing {
                        let waits = t.fks.iter().any(|fk| {
                            fk.from == *col
                                && fk.table == t.name
                                && row.get(col).is_some_and(|v| {
                                    pending_has(&waiting, &fk.to, v) || pending_has(&batch[i + 1..], &fk.to, v)
                                })
                        });
                        if waits {
                            waiting.push(row.clone());
                            continue;
                        }
                    }
                    progress = true;
                    self.insert(t, row.clone(), missing)?;
                }
                pending = waiting;
                if pending.is_empty() || !progress {
                    break;
                }
            }
            for row in pending {
                let missing = self.missing_link(t, &row, None)?;
                self.insert(t, row, missing)?;
            }
        }
        Ok(())
    }

    fn insert(&mut self, t: &Table, row: Row, missing: Option<String>) -> Result<()> {
        if let Some(col) = missing {
            let v = row.get(&col).cloned();
            self.conflict(
                t,
                &row,
                Some(&col),
                ConflictKind::MissingLink,
                [None, None, v.as_ref()],
                Side::Ours,
                "added in the review, linked to something the plan no longer has; it was not added".into(),
            );
            return Ok(());
        }
        match rows::insert(self.c, t, &row) {
            Ok(()) => {
                self.changed(t, &row, ChangeKind::Added, Vec::new());
                Ok(())
            }
            Err(e) if rows::is_constraint(&e) => {
                let (kind, why) = refusal(&e);
                self.conflict(
                    t,
                    &row,
                    None,
                    kind,
                    [None, None, None],
                    Side::Ours,
                    Words::new("conflict-not-added").with_words("why", why),
                );
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn update(&mut self, ti: usize, like: &Row, mut changes: Row, mut fields: Vec<String>) -> Result<()> {
        let t = &self.l.tables[ti];
        while let Some(col) = self.missing_link(t, &changes, Some(&changes))? {
            let v = changes.remove(&col);
            fields.retain(|f| *f != col);
            self.conflict(
                t,
                like,
                Some(&col),
                ConflictKind::MissingLink,
                [None, like.get(&col), v.as_ref()],
                Side::Ours,
                "the review links to something the plan no longer has; the plan's value was kept".into(),
            );
        }
        if fields.is_empty() {
            return Ok(());
        }
        match rows::update(self.c, t, like, &changes) {
            Ok(()) => {
                for fk in t
                    .fks
                    .iter()
                    .filter(|fk| fk.table == t.name && changes.contains_key(&fk.from))
                {
                    self.relinked
                        .push((ti, like.clone(), fk.clone(), changes[&fk.from].clone()));
                }
                self.changed(t, like, ChangeKind::Changed, fields);
                Ok(())
            }
            Err(e) if rows::is_constraint(&e) && fields.len() > 1 => {
                // Apply what can be applied, one field at a time.
                for f in fields {
                    let mut one = Row::new();
                    for (c, v) in &changes {
                        if *c == f || BOOKKEEPING.contains(&c.as_str()) {
                            one.insert(c.clone(), v.clone());
                        }
                    }
                    self.update(ti, like, one, vec![f])?;
                }
                Ok(())
            }
            Err(e) if rows::is_constraint(&e) => {
                let ours = rows::get(self.c, t, like)?.unwrap_or_default();
                let (kind, why) = refusal(&e);
                for f in fields {
                    self.conflict(
                        t,
                        &ours,
                        Some(&f),
                        kind,
                        [None, ours.get(&f), changes.get(&f)],
                        Side::Ours,
                        Words::new("conflict-value-refused").with_words("why", why.clone()),
                    );
                }
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Each side's links were free of loops; together they may not be (the review links
    /// A to B, the plan B to A). Once every change is in, a link of the review's that
    /// closes a loop is put back as the plan had it, and listed.
    fn undo_loops(&mut self) -> Result<()> {
        for (ti, like, fk, theirs) in std::mem::take(&mut self.relinked) {
            let t = &self.l.tables[ti];
            if !self.closes_loop(t, &fk, &like)? {
                continue;
            }
            let mut back = Row::new();
            back.insert(fk.from.clone(), like.get(&fk.from).cloned().unwrap_or(Value::Null));
            let key = t.key_of(&like);
            let at = self
                .changes
                .iter()
                .position(|c| c.table == t.name && c.row_id == key && c.kind == ChangeKind::Changed);
            if let Some(i) = at {
                self.changes[i].fields.retain(|f| *f != fk.from);
                if self.changes[i].fields.is_empty() {
                    // Nothing of the review's stays: the row is as the plan had it.
                    self.changes.remove(i);
                    for c in BOOKKEEPING {
                        if let Some(v) = like.get(*c) {
                            back.insert(c.to_string(), v.clone());
                        }
                    }
                }
            }
            rows::update(self.c, t, &like, &back)?;
            self.conflict(
                t,
                &like,
                Some(&fk.from),
                ConflictKind::Refused,
                [None, like.get(&fk.from), Some(&theirs)],
                Side::Ours,
                "the review's link and the plan's links together would make a loop; the plan's value was kept".into(),
            );
        }
        Ok(())
    }

    /// Whether following `fk` from `start` (as the plan now has it) comes back to it.
    fn closes_loop(&self, t: &Table, fk: &rows::ForeignKey, start: &Row) -> Result<bool> {
        let home = start.get(&fk.to).cloned().unwrap_or(Value::Null);
        let mut seen = BTreeSet::new();
        let mut at = rows::get(self.c, t, start)?;
        while let Some(row) = at {
            let next = row.get(&fk.from).cloned().unwrap_or(Value::Null);
            if next.is_null() || !seen.insert(text(&next)) {
                return Ok(false);
            }
            if next == home {
                return Ok(true);
            }
            let mut like = Row::new();
            like.insert(fk.to.clone(), next);
            at = rows::get(self.c, t, &like)?;
        }
        Ok(false)
    }

    /// Deletes the rows the review deleted, rows that others hang on last; a row the
    /// plan still has something under is kept and listed.
    fn delete_all(&mut self, ops: Vec<Op>) -> Result<()> {
        let mut by_table: BTreeMap<usize, Vec<Row>> = BTreeMap::new();
        for op in ops {
            if let Op::Delete { t, row } = op {
                by_table.entry(t).or_default().push(row);
            }
        }
        for (ti, mut pending) in by_table.into_iter().rev() {
            let t = &self.l.tables[ti];
            loop {
                let mut progress = false;
                let mut blocked = Vec::new();
                for row in std::mem::take(&mut pending) {
                    if rows::dependents(self.c, &self.l.tables, t, &row)?.is_empty() {
                        rows::delete(self.c, t, &row)?;
                        self.changed(t, &row, ChangeKind::Deleted, Vec::new());
                        progress = true;
                    } else {
                        blocked.push(row);
                    }
                }
                pending = blocked;
                if pending.is_empty() || !progress {
                    break;
                }
            }
            for row in pending {
                let deps = rows::dependents(self.c, &self.l.tables, t, &row)?;
                let under = deps
                    .iter()
                    .map(|(table, n)| format!("{n} {}", table_words(table).say(self.lang)))
                    .collect::<Vec<_>>()
                    .join(", ");
                self.conflict(
                    t,
                    &row,
                    None,
                    ConflictKind::DeletedInReview,
                    [None, None, None],
                    Side::Ours,
                    Words::new("conflict-still-holds").with("under", under),
                );
            }
        }
        Ok(())
    }
}

/// Whether a cell is merged at all: not bookkeeping, not a link cleared at hand-out.
fn merged(l: &Loaded, t: &Table, key: &str, col: &str) -> bool {
    !BOOKKEEPING.contains(&col)
        && t.columns.contains_key(col)
        && !l.detached.contains(&(t.name.clone(), key.to_string(), col.to_string()))
}

fn pending_has(rows: &[Row], column: &str, v: &Value) -> bool {
    rows.iter().any(|r| r.get(column) == Some(v))
}

/// Why the plan refused a value: a key taken, or another rule of the file.
fn refusal(e: &Error) -> (ConflictKind, Words) {
    let (msg, said) = match e {
        Error::Sqlite(err) => (err.to_string(), crate::error::plain(err)),
        other => (other.to_string(), other.words()),
    };
    match msg.split_once("UNIQUE constraint failed: ") {
        Some((_, cols)) => {
            let field = cols
                .split(", ")
                .map(|c| c.rsplit('.').next().unwrap_or(c))
                .collect::<Vec<_>>()
                .join(", ");
            (
                ConflictKind::KeyTaken,
                Words::new("conflict-key-taken").with_words("field", crate::error::field(&field)),
            )
        }
        None => (
            ConflictKind::Refused,
            Words::new("conflict-refused").with_words("why", said),
        ),
    }
}

/// A table of the plan as a conflict names it: `key result`, in the reader's language.
fn table_words(table: &str) -> Words {
    match table {
        "node" => Words::new("thing-node"),
        "objective" => Words::new("thing-objective"),
        "key_result" => Words::new("thing-key-result"),
        "check_in" => Words::new("thing-check-in"),
        "objective_comment" => Words::new("thing-comment"),
        "review" => Words::new("thing-review"),
        "quarter_lock" => Words::new("thing-quarter-lock"),
        other => Words::text(other.replace('_', " ")),
    }
}
