//! Reading a report: the file into a grid by the import's readers, then its header into
//! a shape. Nothing here knows the plan.

use chrono::NaiveDate;

use super::ReportShape;
use crate::format::{column_letter, english_value, report_column};
use crate::i18n::words::Words;
use crate::import::grid::{decimal_comma, width, Cell, Grid};
use crate::import::problem::Problems;
use crate::import::{csv_file, validate, workbook_file, ImportError, InputFile, TextEncoding};
use crate::Lang;

/// A column of the report: where it is and how problems name it.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub index: usize,
    /// As headed in the file (a measure's code, for a wide report's measure columns).
    pub header: String,
    /// As problems name it: the header, or in a workbook its letter too (`C (CSAT)`).
    pub label: String,
}

/// A report read and its columns found.
pub(super) struct Report {
    pub file: String,
    pub encoding: Option<String>,
    pub shape: ReportShape,
    pub grid: Grid,
    /// `owner` (wide) or `kr` (long).
    pub subject: Column,
    /// Wide: each measure's column. Long: the one `value` column.
    pub values: Vec<Column>,
    pub date: Option<Column>,
    pub note: Option<Column>,
    pub confidence: Option<Column>,
}

/// Whether a header row is a report's: it names an owner or a key result.
fn is_report_header(header: &[String]) -> bool {
    header.iter().any(|h| matches!(report_column(h), Some("owner" | "kr")))
}

/// Reads the file (a workbook when it is one, else CSV) and finds its columns.
pub(super) fn read(file: &InputFile) -> Result<Report, ImportError> {
    let mut problems = Problems::default();
    let workbook = file.bytes.starts_with(b"PK\x03\x04") || file.name.to_lowercase().ends_with(".xlsx");
    let read = if workbook {
        workbook_file::one_grid(file, &mut problems, is_report_header).map(|g| (g, None))
    } else {
        csv_file::grid(file, &mut problems).map(|(g, encoding)| {
            let other = !matches!(encoding, TextEncoding::Utf8 | TextEncoding::Utf8Bom);
            (g, other.then(|| encoding.name().to_string()))
        })
    };
    let Some((grid, encoding)) = read else {
        return Err(refused(problems));
    };
    // A row wider than its header: a separator inside a value, refused as the import does.
    let header_width = width(grid.header.iter().map(String::as_str));
    for (place, row) in &grid.rows {
        let cells = width(row.iter().map(Cell::text));
        if cells > header_width {
            problems.file(
                &grid.name,
                Some(*place),
                Words::new("import-too-many-cells")
                    .with("cells", cells)
                    .with("header", header_width)
                    .with_words("fix", Words::new(grid.extra_cells)),
            );
        }
    }
    let column = |index: usize| Column {
        index,
        header: grid.header[index].trim().to_string(),
        label: if grid.workbook {
            format!("{} ({})", column_letter(index as u32), grid.header[index].trim())
        } else {
            grid.header[index].trim().to_string()
        },
    };
    let find = |name: &str| {
        grid.header
            .iter()
            .position(|h| report_column(h) == Some(name))
            .map(column)
    };
    let header_text = grid
        .header
        .iter()
        .map(|h| h.trim())
        .filter(|h| !h.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let (shape, subject, values) = match (find("kr"), find("value"), find("owner")) {
        (Some(kr), Some(value), _) => (ReportShape::Long, kr, vec![value]),
        (Some(_), None, _) => {
            problems.file(
                &grid.name,
                Some(grid.header_place),
                Words::new("checkin-report-value-missing").with("header", header_text),
            );
            return Err(refused(problems));
        }
        (None, _, Some(owner)) => {
            let measures = (0..grid.header.len())
                .filter(|&i| !grid.header[i].trim().is_empty() && report_column(&grid.header[i]).is_none())
                .map(column)
                .collect();
            (ReportShape::Wide, owner, measures)
        }
        (None, _, None) => {
            problems.file(
                &grid.name,
                Some(grid.header_place),
                Words::new("checkin-report-no-shape").with("header", header_text),
            );
            return Err(refused(problems));
        }
    };
    if !problems.is_empty() {
        return Err(refused(problems));
    }
    Ok(Report {
        file: grid.name.clone(),
        encoding,
        shape,
        subject,
        values,
        date: find("date"),
        note: find("note"),
        confidence: find("confidence"),
        grid,
    })
}

/// The refusal of a report holding `problems`.
pub(super) fn refused(problems: Problems) -> ImportError {
    ImportError::Report {
        problems: problems.list,
        more: problems.more,
    }
}

/// The text of a row's cell in `column` (empty when the row is shorter).
pub(super) fn text<'a>(row: &'a [Cell], column: &Column) -> &'a str {
    row.get(column.index).map_or("", |c| c.text().trim())
}

/// The number in a row's cell: a workbook's number cell, or text with a decimal point (a
/// workbook's text with a decimal comma too); `Ok(None)` for an empty cell.
pub(super) fn number(row: &[Cell], column: &Column, workbook: bool) -> Result<Option<f64>, Words> {
    match row.get(column.index) {
        None => Ok(None),
        Some(Cell::Text(t)) if t.trim().is_empty() => Ok(None),
        Some(Cell::Text(t)) if workbook => validate::number(&decimal_comma(t)).map(Some),
        Some(Cell::Text(t)) => validate::number(t).map(Some),
        Some(Cell::Date(_)) => Err(Words::new("import-excel-date")),
        Some(Cell::Error(_)) => Err(Words::new("import-excel-error")),
    }
}

/// The date in a row's cell, `YYYY-MM-DD` or a workbook's date cell; `Ok(None)` for an
/// empty cell.
pub(super) fn date(row: &[Cell], column: &Column) -> Result<Option<NaiveDate>, Words> {
    match row.get(column.index) {
        None => Ok(None),
        Some(Cell::Error(_)) => Err(Words::new("import-excel-error")),
        Some(cell) => {
            let t = cell.text().trim();
            if t.is_empty() {
                return Ok(None);
            }
            let day = t.get(..10).filter(|_| matches!(cell, Cell::Date(_))).unwrap_or(t);
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| Words::new("import-not-date"))
        }
    }
}

/// A confidence written in English, Vietnamese or Thai (`at-risk`, `có rủi ro`…).
pub(super) fn confidence(text: &str) -> Result<crate::Confidence, crate::Error> {
    let english = [Lang::Vi, Lang::Th]
        .into_iter()
        .find_map(|lang| english_value(lang, "confidence", text))
        .unwrap_or(text);
    english.parse()
}
