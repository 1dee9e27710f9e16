//! The quarter as an Excel workbook, for directors who live in spreadsheets: one sheet
//! per level of the organisation (each key result a row, with its objective's score and
//! reading), a sheet of the checks' findings, a sheet of each person's load, and the
//! three import sheets (the organisation, the quarter's objectives and their key
//! results, laid out as the template of [`crate::format`]), so the workbook can be
//! edited in Excel and imported back: only what was changed changes.
//!
//! Numbers are written as numbers (so they can be summed and filtered), every sheet has
//! a bold frozen header row with filters, and the file is written next to its final
//! name and renamed into place, so a failed export never leaves half a workbook.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use uuid::Uuid;

use crate::checks::check_quarter_in;
use crate::export::template::{add_import_sheets, ImportRows};
use crate::format::Sheet;
use crate::i18n::words;
use crate::measure::score::objective_score;
use crate::{Error, KeyResult, Lang, Level, Node, Plan, Quarter, Result, Snapshot};

/// The sheets, by message id (`messages/*.ftl`): one per level, then findings and load.
const SHEETS: [&str; 6] = [
    "xlsx-sheet-company",
    "xlsx-sheet-divisions",
    "xlsx-sheet-teams",
    "xlsx-sheet-agents",
    "xlsx-sheet-findings",
    "xlsx-sheet-load",
];

/// The columns of each level's sheet: one row per key result, the objective repeated.
const LEVEL_COLUMNS: [&str; 21] = [
    "xlsx-owner-key",
    "xlsx-owner",
    "xlsx-objective-key",
    "xlsx-objective",
    "xlsx-commitment",
    "xlsx-supports",
    "xlsx-objective-score",
    "xlsx-reading",
    "xlsx-miss",
    "xlsx-at-risk",
    "xlsx-kr-key",
    "xlsx-kr",
    "xlsx-kind",
    "xlsx-baseline",
    "xlsx-target",
    "xlsx-current",
    "xlsx-unit",
    "xlsx-weight",
    "xlsx-progress",
    "xlsx-score",
    "xlsx-confidence",
];

const FINDING_COLUMNS: [&str; 6] = [
    "xlsx-severity",
    "xlsx-rule",
    "xlsx-owner",
    "xlsx-objective",
    "xlsx-message",
    "xlsx-suggestion",
];
const LOAD_COLUMNS: [&str; 7] = [
    "xlsx-owner-key",
    "xlsx-owner",
    "xlsx-level",
    "xlsx-reports-to",
    "xlsx-objectives",
    "xlsx-cap",
    "xlsx-over-cap-by",
];

/// The sheets' names in `lang`, in workbook order: the review sheets, then the three
/// import sheets.
pub fn sheet_names(lang: Lang) -> Vec<String> {
    SHEETS
        .iter()
        .map(|id| words::say(lang, id, &[]))
        .chain(Sheet::ALL.iter().map(|s| s.name(lang).to_string()))
        .collect()
}

/// Writes `quarter` of `snapshot` to an `.xlsx` file at `path`, replacing it, its sheet
/// names, headers, readings and findings in `lang`. The snapshot should hold the whole
/// plan (see [`Plan::snapshot`] with `None`): the findings judge links to other quarters,
/// and objectives of other quarters are skipped.
pub fn export_quarter(snapshot: &Snapshot, quarter: Quarter, path: &Path, lang: Lang) -> Result<()> {
    let fail = |e: XlsxError| Error::Spreadsheet {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let mut book = build(snapshot, quarter, lang).map_err(fail)?;
    save(&mut book, path)
}

/// Saves a workbook next to `path` and renames it into place, so a failed save never
/// leaves half a workbook.
pub(crate) fn save(book: &mut Workbook, path: &Path) -> Result<()> {
    let fail = |e: XlsxError| Error::Spreadsheet {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let part = part_path(path);
    let saved = book.save(&part).map_err(fail).and_then(|()| {
        std::fs::rename(&part, path).map_err(|e| Error::Spreadsheet {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
    });
    if saved.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    saved
}

impl Plan {
    /// Writes one quarter to an Excel workbook. See [`export_quarter`].
    pub fn export_xlsx(&mut self, quarter: Quarter, path: &Path, lang: Lang) -> Result<()> {
        let snapshot = self.snapshot(None)?;
        export_quarter(&snapshot, quarter, path, lang)
    }
}

/// `report.xlsx` → `report.xlsx.part`, in the same folder so the rename stays on one disk.
fn part_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".part");
    path.with_file_name(name)
}

struct Formats {
    header: Format,
    score: Format,
    wrap: Format,
}

fn build(snap: &Snapshot, quarter: Quarter, lang: Lang) -> Result<Workbook, XlsxError> {
    let say = |id: &str| words::say(lang, id, &[]);
    let f = Formats {
        header: Format::new().set_bold(),
        score: Format::new().set_num_format("0.00"),
        wrap: Format::new().set_text_wrap(),
    };
    let nodes: HashMap<Uuid, &Node> = snap.nodes.iter().map(|n| (n.id, n)).collect();
    let keys: HashMap<Uuid, &str> = snap.objectives.iter().map(|o| (o.id, o.key.as_str())).collect();
    let mut krs: HashMap<Uuid, Vec<&KeyResult>> = HashMap::new();
    for kr in &snap.key_results {
        krs.entry(kr.objective_id).or_default().push(kr);
    }
    let mut book = Workbook::new();
    for (level, name) in Level::ALL.into_iter().zip(SHEETS) {
        let sheet = book.add_worksheet().set_name(say(name))?;
        header(sheet, &LEVEL_COLUMNS, &f, lang)?;
        let mut row = 1;
        // Objectives in order of owner key, then objective key.
        let mut objectives: Vec<_> = snap
            .objectives
            .iter()
            .filter(|o| o.quarter == quarter)
            .filter_map(|o| nodes.get(&o.owner_id).map(|n| (*n, o)))
            .filter(|(n, _)| n.level == level)
            .collect();
        objectives.sort_by(|a, b| (&a.0.key, &a.1.key).cmp(&(&b.0.key, &b.1.key)));
        for (owner, o) in objectives {
            let own = krs.get(&o.id).map(Vec::as_slice).unwrap_or_default();
            let score = objective_score(o, own.iter().copied());
            let lines = own.len().max(1);
            for i in 0..lines {
                sheet.write_string(row, 0, &owner.key)?;
                sheet.write_string(row, 1, &owner.name)?;
                sheet.write_string(row, 2, &o.key)?;
                sheet.write_string(row, 3, &o.title)?;
                sheet.write_string(row, 4, say(&format!("xlsx-{}", o.commitment.as_str())))?;
                if let Some(p) = o.parent_id.and_then(|p| keys.get(&p)) {
                    sheet.write_string(row, 5, *p)?;
                }
                sheet.write_number_with_format(row, 6, score.score, &f.score)?;
                sheet.write_string(row, 7, say(&format!("report-{}", score.reading.as_str())))?;
                sheet.write_boolean(row, 8, score.miss_to_review)?;
                sheet.write_boolean(row, 9, score.at_risk)?;
                if let (Some(kr), Some(s)) = (own.get(i), score.key_results.get(i)) {
                    sheet.write_string(row, 10, &kr.key)?;
                    sheet.write_string(row, 11, &kr.title)?;
                    sheet.write_string(row, 12, say(&format!("xlsx-kind-{}", kr.kind.as_str())))?;
                    if let Some(b) = kr.baseline {
                        sheet.write_number(row, 13, b)?;
                    }
                    sheet.write_number(row, 14, kr.target)?;
                    sheet.write_number(row, 15, kr.current)?;
                    sheet.write_string(row, 16, &kr.unit)?;
                    sheet.write_number(row, 17, kr.weight)?;
                    sheet.write_number_with_format(row, 18, s.progress, &f.score)?;
                    sheet.write_number_with_format(row, 19, s.score, &f.score)?;
                    if let Some(c) = kr.confidence {
                        sheet.write_string(row, 20, say(&format!("report-{}", c.as_str())))?;
                    }
                }
                row += 1;
            }
        }
        finish(sheet, LEVEL_COLUMNS.len(), row)?;
        for (col, width) in [(1, 24), (3, 40), (11, 36)] {
            sheet.set_column_width(col, width)?;
        }
    }

    let sheet = book.add_worksheet().set_name(say(SHEETS[4]))?;
    header(sheet, &FINDING_COLUMNS, &f, lang)?;
    let mut row = 1;
    for finding in check_quarter_in(snap, Some(quarter), lang) {
        sheet.write_string(row, 0, say(&format!("report-{}", finding.severity.name())))?;
        sheet.write_string(row, 1, finding.rule.name())?;
        sheet.write_string(row, 2, &finding.owner)?;
        if let Some(o) = &finding.objective {
            sheet.write_string(row, 3, o)?;
        }
        sheet.write_string_with_format(row, 4, &finding.message, &f.wrap)?;
        if let Some(s) = &finding.suggestion {
            sheet.write_string_with_format(row, 5, &s.text, &f.wrap)?;
        }
        row += 1;
    }
    finish(sheet, FINDING_COLUMNS.len(), row)?;
    sheet.set_column_width(4, 70)?;
    sheet.set_column_width(5, 50)?;

    let sheet = book.add_worksheet().set_name(say(SHEETS[5]))?;
    header(sheet, &LOAD_COLUMNS, &f, lang)?;
    let mut owned: HashMap<Uuid, u32> = HashMap::new();
    for o in snap.objectives.iter().filter(|o| o.quarter == quarter) {
        *owned.entry(o.owner_id).or_default() += 1;
    }
    let mut row = 1;
    for n in &snap.nodes {
        let count = owned.get(&n.id).copied().unwrap_or(0);
        let cap = snap.settings.cap_for(n);
        sheet.write_string(row, 0, &n.key)?;
        sheet.write_string(row, 1, &n.name)?;
        sheet.write_string(row, 2, say(&format!("xlsx-{}", n.level.as_str())))?;
        if let Some(p) = n.parent_id.and_then(|p| nodes.get(&p)) {
            sheet.write_string(row, 3, &p.key)?;
        }
        sheet.write_number(row, 4, count)?;
        sheet.write_number(row, 5, cap)?;
        sheet.write_number(row, 6, count.saturating_sub(cap))?;
        row += 1;
    }
    finish(sheet, LOAD_COLUMNS.len(), row)?;
    sheet.set_column_width(1, 24)?;

    let doc = crate::export::document(snap, &crate::export::History::default());
    let objectives: Vec<_> = doc
        .objectives
        .into_iter()
        .filter(|o| o.quarter == quarter.to_string())
        .collect();
    let named: std::collections::HashSet<&str> = objectives.iter().map(|o| o.key.as_str()).collect();
    let key_results: Vec<_> = doc
        .key_results
        .iter()
        .filter(|k| named.contains(k.objective.as_str()))
        .cloned()
        .collect();
    let rows = ImportRows {
        nodes: &doc.nodes,
        objectives: &objectives,
        key_results: &key_results,
    };
    add_import_sheets(&mut book, lang, rows, quarter)?;
    Ok(book)
}

fn header(sheet: &mut Worksheet, columns: &[&str], f: &Formats, lang: Lang) -> Result<(), XlsxError> {
    for (i, c) in columns.iter().enumerate() {
        sheet.write_string_with_format(0, i as u16, words::say(lang, c, &[]), &f.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Filters on the header over the rows written (`rows` counts the header).
fn finish(sheet: &mut Worksheet, columns: usize, rows: u32) -> Result<(), XlsxError> {
    sheet.autofilter(0, 0, rows.saturating_sub(1).max(1), columns as u16 - 1)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use calamine::{open_workbook, Data, Reader, Xlsx};

    use super::*;
    use crate::{Commitment, KrKind, NewKeyResult, NewNode, NewObjective};

    fn cell(range: &calamine::Range<Data>, row: usize, col: usize) -> Data {
        range.get((row, col)).cloned().unwrap_or(Data::Empty)
    }

    #[test]
    fn the_workbook_reads_back_with_the_quarters_values() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("quý 4.xlsx");
        let mut plan = Plan::in_memory().unwrap();
        let node = |key: &str, name: &str, level, parent| NewNode {
            key: Some(key.into()),
            name: name.into(),
            level: Some(level),
            parent_id: parent,
            ..NewNode::default()
        };
        let company = plan.add_node(node("saomai", "Sao Mai", Level::Company, None)).unwrap();
        let team = plan
            .add_node(node("cskh", "Khối CSKH", Level::Division, Some(company.id)))
            .unwrap();
        let q: Quarter = "2026-Q4".parse().unwrap();
        let objective = |key: &str, owner, parent, commitment| NewObjective {
            key: Some(key.into()),
            quarter: q,
            owner_id: owner,
            title: format!("Mục tiêu {key}"),
            description: String::new(),
            parent_id: parent,
            commitment,
        };
        let top = plan
            .add_objective(objective("top", company.id, None, Commitment::Aspirational))
            .unwrap();
        let sla = plan
            .add_objective(objective("sla", team.id, Some(top.id), Commitment::Committed))
            .unwrap();
        for (o, title, baseline, target, current, weight) in [
            (sla.id, "Phản hồi đầu tiên", 120.0, 60.0, 90.0, 1.0),
            (sla.id, "Tỷ lệ giải quyết", 50.0, 70.0, 70.0, 3.0),
        ] {
            plan.add_key_result(NewKeyResult {
                objective_id: o,
                key: None,
                title: title.into(),
                kind: KrKind::Progress,
                baseline: Some(baseline),
                target,
                current,
                unit: "giây".into(),
                weight,
                measure: String::new(),
            })
            .unwrap();
        }
        // Another quarter's objective must not appear.
        plan.add_objective(NewObjective {
            quarter: q.next(),
            ..objective("later", team.id, None, Commitment::Aspirational)
        })
        .unwrap();
        plan.export_xlsx(q, &path, Lang::En).unwrap();
        assert!(!part_path(&path).exists());

        let mut book: Xlsx<_> = open_workbook(&path).unwrap();
        assert_eq!(book.sheet_names(), sheet_names(Lang::En));
        assert_eq!(book.sheet_names()[6..], ["org", "objectives", "key_results"]);
        let div = book.worksheet_range("Divisions").unwrap();
        assert_eq!(div.height(), 3, "a header and one row per key result");
        assert_eq!(cell(&div, 0, 0), Data::String("Owner key".into()));
        assert_eq!(cell(&div, 1, 1), Data::String("Khối CSKH".into()));
        assert_eq!(cell(&div, 1, 2), Data::String("sla".into()));
        assert_eq!(cell(&div, 1, 4), Data::String("committed".into()));
        assert_eq!(cell(&div, 1, 5), Data::String("top".into()));
        // (0.5 × 1 + 1.0 × 3) / 4 = 0.875: met, but committed, so a miss to review.
        assert_eq!(cell(&div, 1, 6), Data::Float(0.875));
        assert_eq!(cell(&div, 1, 7), Data::String("met".into()));
        assert_eq!(cell(&div, 1, 8), Data::Bool(true));
        assert_eq!(cell(&div, 1, 10), Data::String("sla-kr1".into()));
        assert_eq!(cell(&div, 2, 10), Data::String("sla-kr2".into()));
        assert_eq!(cell(&div, 1, 15), Data::Float(90.0));
        assert_eq!(cell(&div, 1, 18), Data::Float(0.5));
        assert_eq!(cell(&div, 2, 17), Data::Float(3.0));
        let company_sheet = book.worksheet_range("Company").unwrap();
        assert_eq!(
            company_sheet.height(),
            2,
            "an objective without key results still has a row"
        );
        assert_eq!(cell(&company_sheet, 1, 2), Data::String("top".into()));
        assert_eq!(cell(&company_sheet, 1, 10), Data::Empty);

        let findings = book.worksheet_range("Findings").unwrap();
        let rules: Vec<String> = (1..findings.height())
            .map(|r| cell(&findings, r, 1).to_string())
            .collect();
        assert!(rules.contains(&"no-key-results".to_string()), "{rules:?}");
        assert!(!(1..findings.height()).any(|r| cell(&findings, r, 3) == Data::String("later".into())));

        let load = book.worksheet_range("Load").unwrap();
        assert_eq!(cell(&load, 2, 0), Data::String("cskh".into()));
        assert_eq!(cell(&load, 2, 3), Data::String("saomai".into()));
        assert_eq!(cell(&load, 2, 4), Data::Float(1.0), "this quarter's objectives only");
    }

    #[test]
    fn a_file_that_cannot_be_written_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing folder").join("q.xlsx");
        let mut plan = Plan::in_memory().unwrap();
        let err = plan
            .export_xlsx("2026-Q4".parse().unwrap(), &path, Lang::En)
            .unwrap_err();
        assert_eq!(err.code(), "spreadsheet");
        assert!(err.to_string().contains("missing folder"), "{err}");
        assert!(!path.exists());
    }
}
