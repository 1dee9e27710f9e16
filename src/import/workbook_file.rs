//! Reading a workbook (.xlsx) into the grids of its three sheets: each found by its name
//! (in English, Vietnamese or Thai, see [`crate::format`]) or else by its header row.
//! Cells are read as Excel stores them: numbers as numbers (written back as the import
//! reads them), dates as dates, formulas by their last computed value.

use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx};

use super::grid::{Cell, Grid};
use super::problem::{Place, Problems};
use super::InputFile;
use crate::format::Sheet;
use crate::i18n::words::Words;
use crate::Lang;

/// The grids of the organisation, objectives and key-result sheets, in [`Sheet::ALL`]
/// order (`None` for a sheet the workbook does not have), or `None` when the file is no
/// workbook or holds none of them.
pub(crate) fn grids(file: &InputFile, problems: &mut Problems) -> Option<[Option<Grid>; 3]> {
    let mut book = match Xlsx::new(Cursor::new(file.bytes.as_slice())) {
        Ok(book) => book,
        Err(e) => {
            problems.file(&file.name, None, Words::new("import-not-workbook").with("error", e));
            return None;
        }
    };
    let names = book.sheet_names();
    let mut ranges = Vec::with_capacity(names.len());
    for name in &names {
        match book.worksheet_range(name) {
            Ok(range) => ranges.push(Some(range)),
            Err(_) => ranges.push(None), // a chart sheet or one calamine cannot read
        }
    }
    let mut found: [Option<usize>; 3] = [None; 3];
    for (i, name) in names.iter().enumerate() {
        if let Some(sheet) = Sheet::named(name) {
            found[sheet as usize].get_or_insert(i);
        }
    }
    for sheet in Sheet::ALL {
        if found[sheet as usize].is_some() {
            continue;
        }
        found[sheet as usize] = (0..names.len()).find(|i| {
            !found.contains(&Some(*i))
                && ranges[*i]
                    .as_ref()
                    .is_some_and(|r| holds_required_columns(sheet, &header(r)))
        });
    }
    if found.iter().all(Option::is_none) {
        let expected: Vec<String> = Sheet::ALL
            .iter()
            .map(|s| {
                format!(
                    "\"{}\" (\"{}\", \"{}\")",
                    s.name(Lang::En),
                    s.name(Lang::Vi),
                    s.name(Lang::Th)
                )
            })
            .collect();
        problems.file(
            &file.name,
            None,
            Words::new("import-no-sheets")
                .with("expected", expected.join(", "))
                .with("sheets", names.join(", ")),
        );
        return None;
    }
    Some(found.map(|i| {
        i.and_then(|i| {
            let range = ranges[i].as_ref()?;
            Some(grid(&file.name, &names[i], range))
        })
    }))
}

/// The grid of one sheet of a workbook that holds a single table (a helpdesk's weekly
/// report): the first sheet whose header row `fits`, else the first sheet that holds
/// anything; `None` when the file is no workbook or holds nothing.
pub(crate) fn one_grid(file: &InputFile, problems: &mut Problems, fits: impl Fn(&[String]) -> bool) -> Option<Grid> {
    let mut book = match Xlsx::new(Cursor::new(file.bytes.as_slice())) {
        Ok(book) => book,
        Err(e) => {
            problems.file(&file.name, None, Words::new("import-not-workbook").with("error", e));
            return None;
        }
    };
    let names = book.sheet_names();
    let ranges: Vec<(String, Range<Data>)> = names
        .iter()
        .filter_map(|name| Some((name.clone(), book.worksheet_range(name).ok()?)))
        .filter(|(_, r)| !r.is_empty())
        .collect();
    let chosen = ranges.iter().find(|(_, r)| fits(&header(r))).or_else(|| ranges.first());
    match chosen {
        Some((name, range)) => Some(grid(&file.name, name, range)),
        None => {
            problems.file(&file.name, None, Words::new("import-file-empty"));
            None
        }
    }
}

/// The first row of a sheet's cells, as text.
fn header(range: &Range<Data>) -> Vec<String> {
    range
        .rows()
        .next()
        .map(|r| r.iter().map(|c| text(c).text().to_string()).collect())
        .unwrap_or_default()
}

fn holds_required_columns(sheet: Sheet, header: &[String]) -> bool {
    let required = match sheet {
        Sheet::Org => crate::format::columns::ORG_REQUIRED,
        Sheet::Objectives => crate::format::columns::OBJECTIVES_REQUIRED,
        Sheet::KeyResults => crate::format::columns::KEY_RESULTS_REQUIRED,
    };
    required.iter().all(|c| {
        header
            .iter()
            .any(|h| sheet.column(h).is_some_and(|(name, _)| name == *c))
    })
}

fn grid(file: &str, sheet: &str, range: &Range<Data>) -> Grid {
    // The range starts at the first cell that holds anything: its first row is the
    // header, and cells are placed at their own column so letters are Excel's.
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let pad = || std::iter::repeat_with(|| Cell::Text(String::new())).take(first_column as usize);
    let mut rows = range.rows().enumerate();
    let header = rows
        .next()
        .map(|(_, r)| {
            pad()
                .chain(r.iter().map(text))
                .map(|c| c.text().trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    let rows = rows
        .filter(|(_, r)| r.iter().any(|c| !text(c).text().trim().is_empty()))
        .map(|(i, r)| {
            (
                Place::Row {
                    row: first_row + i as u32 + 1,
                },
                pad().chain(r.iter().map(text)).collect(),
            )
        })
        .collect();
    Grid {
        name: format!("{file} sheet \"{sheet}\""),
        header,
        header_place: Place::Row { row: first_row + 1 },
        rows,
        extra_cells: "import-extra-sheet",
        workbook: true,
    }
}

/// A cell as text: numbers in the shortest form that reads back exactly, dates as
/// `YYYY-MM-DD`, `TRUE`/`FALSE` as yes/no.
fn text(cell: &Data) -> Cell {
    match cell {
        Data::Empty => Cell::Text(String::new()),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Float(v) => Cell::Text(v.to_string()),
        Data::Int(v) => Cell::Text(v.to_string()),
        Data::Bool(b) => Cell::Text(if *b { "yes" } else { "no" }.to_string()),
        Data::DateTime(d) if d.is_datetime() => match d.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => Cell::Date(t.format("%Y-%m-%d").to_string()),
            Some(t) => Cell::Date(t.format("%Y-%m-%d %H:%M:%S").to_string()),
            None => Cell::Text(d.as_f64().to_string()),
        },
        Data::DateTime(d) => Cell::Text(d.as_f64().to_string()),
        Data::DateTimeIso(s) => Cell::Date(s.replace('T', " ")),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}
