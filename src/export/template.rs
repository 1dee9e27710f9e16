//! Writing the import sheets: the empty template a director fills in (`okr template`,
//! the app's "Import template…") and the three sheets the quarter's Excel export adds so
//! it can be edited and imported back. Both are laid out the same way: the organisation,
//! objectives and key results, in that order, with the headers of [`super::Sheet`] in
//! the workbook's language, and drop-down lists (data validation) for level, kind,
//! commitment, confidence and quarter.

use std::path::Path;

use rust_xlsxwriter::{DataValidation, Format, Workbook, Worksheet, XlsxError};

use crate::export::{KeyResultRecord, NodeRecord, ObjectiveRecord};
use crate::format::{list_words, local_value, Sheet};
use crate::i18n::words;
use crate::{Error, Lang, Quarter, Result};

/// Rows the drop-down lists cover, below the header.
const LIST_ROWS: u32 = 5000;

/// How many quarters the quarter drop-down offers, from the first.
const QUARTERS: usize = 8;

/// The rows an export writes into the import sheets; empty for the template.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportRows<'a> {
    pub nodes: &'a [NodeRecord],
    pub objectives: &'a [ObjectiveRecord],
    pub key_results: &'a [KeyResultRecord],
}

/// Writes the empty template in `lang` to `path` (replacing it): the three import sheets
/// and a sheet explaining every column. The quarter drop-down offers `first` (this
/// quarter when `None`) and the seven quarters after it.
pub fn write_template(path: &Path, lang: Lang, first: Option<Quarter>) -> Result<()> {
    let first = first.unwrap_or_else(|| Quarter::containing(chrono::Local::now().date_naive()));
    let fail = |e: XlsxError| Error::Spreadsheet {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let mut book = Workbook::new();
    add_import_sheets(&mut book, lang, ImportRows::default(), first).map_err(fail)?;
    add_help_sheet(&mut book, lang).map_err(fail)?;
    crate::export::xlsx::save(&mut book, path)
}

/// A cell of an import sheet.
enum Value<'a> {
    Text(&'a str),
    Owned(String),
    Number(f64),
    Bool(bool),
    Empty,
}

fn text(s: &str) -> Value<'_> {
    if s.is_empty() {
        Value::Empty
    } else {
        Value::Text(s)
    }
}

/// Adds the organisation, objectives and key-result sheets holding `rows`.
pub(crate) fn add_import_sheets(
    book: &mut Workbook,
    lang: Lang,
    rows: ImportRows<'_>,
    first: Quarter,
) -> Result<(), XlsxError> {
    let word = |column: &str, english: &str| {
        if english.is_empty() {
            Value::Empty
        } else {
            Value::Owned(local_value(lang, column, english))
        }
    };
    let number = |v: Option<f64>| v.map_or(Value::Empty, Value::Number);
    let org: Vec<Vec<Value>> = rows
        .nodes
        .iter()
        .map(|n| {
            vec![
                text(&n.key),
                text(&n.name),
                word("level", &n.level),
                text(n.parent.as_deref().unwrap_or("")),
                text(&n.role),
                Value::Bool(n.new_hire),
                number(n.objective_cap.map(f64::from)),
                text(&n.notes),
            ]
        })
        .collect();
    let objectives: Vec<Vec<Value>> = rows
        .objectives
        .iter()
        .map(|o| {
            vec![
                text(&o.key),
                text(&o.quarter),
                text(&o.owner),
                text(&o.title),
                text(o.parent.as_deref().unwrap_or("")),
                text(&o.description),
                word("commitment", &o.commitment),
            ]
        })
        .collect();
    let key_results: Vec<Vec<Value>> = rows
        .key_results
        .iter()
        .map(|k| {
            vec![
                text(&k.objective),
                text(&k.title),
                number(k.baseline),
                Value::Number(k.target),
                Value::Number(k.current),
                text(&k.unit),
                Value::Number(k.weight),
                word("kind", &k.kind),
                text(&k.key),
                number(k.score),
                word("confidence", &k.confidence),
                text(&k.measure),
            ]
        })
        .collect();
    let mut quarters = vec![first];
    while quarters.len() < QUARTERS {
        quarters.push(quarters[quarters.len() - 1].next());
    }
    let quarters: Vec<String> = quarters.iter().map(Quarter::to_string).collect();
    let header = Format::new().set_bold();
    for (sheet, rows) in Sheet::ALL.into_iter().zip([org, objectives, key_results]) {
        let ws = book.add_worksheet().set_name(sheet.name(lang))?;
        for (c, (name, column)) in sheet.headers(lang).zip(sheet.columns()).enumerate() {
            let c = c as u16;
            ws.write_string_with_format(0, c, name, &header)?;
            let wide = matches!(column, "name" | "title" | "description" | "notes");
            ws.set_column_width(c, if wide { 36 } else { 16 })?;
            let list = match column {
                "quarter" => quarters.clone(),
                _ => list_words(lang, column),
            };
            if !list.is_empty() {
                drop_down(ws, c, &list)?;
            }
        }
        ws.set_freeze_panes(1, 0)?;
        for (r, cells) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in cells.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Value::Text(s) => ws.write_string(r, c, *s).map(|_| ())?,
                    Value::Owned(s) => ws.write_string(r, c, s).map(|_| ())?,
                    Value::Number(v) => ws.write_number(r, c, *v).map(|_| ())?,
                    Value::Bool(b) => ws.write_boolean(r, c, *b).map(|_| ())?,
                    Value::Empty => {}
                }
            }
        }
    }
    Ok(())
}

fn drop_down(ws: &mut Worksheet, column: u16, list: &[String]) -> Result<(), XlsxError> {
    let validation = DataValidation::new().allow_list_strings(list)?;
    ws.add_data_validation(1, column, LIST_ROWS, column, &validation)?;
    Ok(())
}

/// The sheet explaining every column of the three import sheets.
fn add_help_sheet(book: &mut Workbook, lang: Lang) -> Result<(), XlsxError> {
    let say = |id: &str| words::say(lang, id, &[]);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let ws = book.add_worksheet().set_name(say("template-help-sheet"))?;
    ws.write_string_with_format(0, 0, say("template-help-intro"), &bold)?;
    for (c, id) in [
        "template-help-sheet-column",
        "template-help-column",
        "template-help-required",
        "template-help-what",
    ]
    .into_iter()
    .enumerate()
    {
        ws.write_string_with_format(2, c as u16, say(id), &bold)?;
    }
    let mut r = 3;
    for sheet in Sheet::ALL {
        let required = match sheet {
            Sheet::Org => crate::format::columns::ORG_REQUIRED,
            Sheet::Objectives => crate::format::columns::OBJECTIVES_REQUIRED,
            Sheet::KeyResults => crate::format::columns::KEY_RESULTS_REQUIRED,
        };
        let prefix = sheet.name(Lang::En);
        for (header, column) in sheet.headers(lang).zip(sheet.columns()) {
            ws.write_string(r, 0, sheet.name(lang))?;
            ws.write_string(r, 1, header)?;
            let yes = if required.contains(&column) {
                "template-yes"
            } else {
                "template-no"
            };
            ws.write_string(r, 2, say(yes))?;
            ws.write_string_with_format(r, 3, say(&format!("template-{prefix}-{column}")), &wrap)?;
            r += 1;
        }
    }
    ws.set_column_width(0, 20)?;
    ws.set_column_width(1, 24)?;
    ws.set_column_width(2, 10)?;
    ws.set_column_width(3, 90)?;
    Ok(())
}
