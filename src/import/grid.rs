//! The one reader of spreadsheet tables: a header row and the rows under it, as text,
//! whether they came from a CSV file or a workbook's sheet. Columns are found by name
//! (in English, Vietnamese or Thai, see [`crate::format`]), in any order; values of
//! list columns (level, kind, commitment, confidence) are read in English or in the
//! language of the headers; a row with more cells than the header is refused.

use super::problem::{Place, Problems};
use super::rows::{KeyResultRow, NodeRow, ObjectiveRow, PackedKeyResultRow, PackedObjectiveRow, Table};
use crate::format::{column_letter, english_value, Sheet, NUMBER_COLUMNS};
use crate::i18n::words::Words;
use crate::Lang;

/// A table of text cells as read from a file, before its columns are known.
pub(crate) struct Grid {
    /// How messages name it: `org.csv`, or `plan.xlsx sheet "Tổ chức"`.
    pub name: String,
    pub header: Vec<String>,
    pub header_place: Place,
    /// Each row with its place; rows with no text at all are left out.
    pub rows: Vec<(Place, Vec<Cell>)>,
    /// What to say when a row has more cells than the header (a message id).
    pub extra_cells: &'static str,
    /// A workbook's sheet: columns are named by letter as well (`C (Cấp)`), and numbers
    /// typed as text with a decimal comma (`4,5`) are read as numbers.
    pub workbook: bool,
}

/// One cell as read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Text(String),
    /// A workbook's date cell, as `YYYY-MM-DD` (and ` HH:MM:SS` when it has a time).
    Date(String),
    /// A workbook's error cell (`#N/A`, `#DIV/0!`).
    Error(String),
}

impl Cell {
    pub(crate) fn text(&self) -> &str {
        match self {
            Cell::Text(s) | Cell::Date(s) | Cell::Error(s) => s,
        }
    }
}

/// A cell as a row reader hands it over, borrowed: the text of a CSV record's field, or
/// a workbook's [`Cell`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum CellRef<'a> {
    Text(&'a str),
    Date(&'a str),
    Error(&'a str),
}

impl<'a> CellRef<'a> {
    fn text(self) -> &'a str {
        match self {
            CellRef::Text(s) | CellRef::Date(s) | CellRef::Error(s) => s,
        }
    }
}

impl Cell {
    fn as_ref(&self) -> CellRef<'_> {
        match self {
            Cell::Text(s) => CellRef::Text(s),
            Cell::Date(s) => CellRef::Date(s),
            Cell::Error(s) => CellRef::Error(s),
        }
    }
}

/// Cells up to the last one holding text.
pub(crate) fn width<'a>(mut cells: impl DoubleEndedIterator<Item = &'a str> + ExactSizeIterator) -> usize {
    cells.rposition(|c| !c.trim().is_empty()).map_or(0, |i| i + 1)
}

/// A number a workbook holds as text in a locale with a decimal comma (`4,5`,
/// `1.234,5`), with a decimal point; other text as it is. A comma followed by exactly
/// three digits and nothing else (`1,000`) could be either and is left for the number
/// check to refuse.
pub(crate) fn decimal_comma(text: &str) -> String {
    let t = text.trim();
    let Some((whole, fraction)) = t.split_once(',') else {
        return text.to_string();
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let whole_digits = whole.strip_prefix('-').unwrap_or(whole);
    let grouped = whole_digits
        .split('.')
        .enumerate()
        .all(|(i, g)| digits(g) && (i == 0 || g.len() == 3));
    let ambiguous = !whole_digits.contains('.') && fraction.len() == 3;
    if grouped && digits(fraction) && !ambiguous {
        format!("{}.{fraction}", whole.replace('.', ""))
    } else {
        text.to_string()
    }
}

/// The quarter a date falls in (`2026-11-05` → `2026-Q4`).
fn quarter_of(date: &str) -> Option<String> {
    let year: u32 = date.get(0..4)?.parse().ok()?;
    let month: u32 = date.get(5..7)?.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then(|| format!("{year}-Q{}", (month - 1) / 3 + 1))
}

/// The typed row of one kind of sheet, made from its cells in the sheet's column order.
pub(crate) trait SheetRow: Sized {
    const SHEET: Sheet;
    const REQUIRED: &'static [&'static str];
    fn from_cells(place: Place, c: &mut Cells<'_, '_>) -> Self;
}

/// What a table's header says: where each wanted column is, which optional columns the
/// file has, the headers' language. Rows are read through it one at a time, so a file's
/// rows never need to be held as text cells all at once.
pub(crate) struct Columns {
    name: String,
    has: Vec<&'static str>,
    /// For a workbook's sheet: each column's name as messages give it (`C (Cấp)`).
    labels: Vec<(&'static str, String)>,
    lang: Lang,
    wanted: Vec<&'static str>,
    index: Vec<Option<usize>>,
    header_width: usize,
    extra_cells: &'static str,
    workbook: bool,
}

impl Columns {
    /// Finds the columns of `T`'s sheet in a header row, or reports the required ones it
    /// lacks.
    pub(crate) fn new<T: SheetRow>(
        name: &str,
        header: &[String],
        header_place: Place,
        extra_cells: &'static str,
        workbook: bool,
        problems: &mut Problems,
    ) -> Option<Columns> {
        let (sheet, required) = (T::SHEET, T::REQUIRED);
        // Each header's column and language.
        let found: Vec<Option<(&'static str, Lang)>> = header.iter().map(|h| sheet.column(h)).collect();
        let find = |c: &str| found.iter().position(|f| f.is_some_and(|(name, _)| name == c));
        let missing: Vec<&str> = required.iter().copied().filter(|c| find(c).is_none()).collect();
        for c in &missing {
            let (vi, th) = sheet
                .columns()
                .zip(sheet.headers(Lang::Vi).zip(sheet.headers(Lang::Th)))
                .find(|(e, _)| e == c)
                .map(|(_, names)| names)
                .unwrap_or_default();
            problems.file(
                name,
                workbook.then_some(header_place),
                Words::new("import-column-missing")
                    .with("column", c)
                    .with("vi", vi)
                    .with("th", th)
                    .with(
                        "header",
                        header
                            .iter()
                            .map(|h| h.trim())
                            .filter(|h| !h.is_empty())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
            );
        }
        if !missing.is_empty() {
            return None;
        }
        // The headers' language: the one most of the headers not in English are written in.
        let lang = [Lang::Vi, Lang::Th]
            .into_iter()
            .map(|l| (found.iter().filter(|f| f.is_some_and(|(_, fl)| fl == l)).count(), l))
            .filter(|(n, _)| *n > 0)
            .max_by_key(|(n, _)| *n)
            .map_or(Lang::En, |(_, l)| l);
        let wanted: Vec<&'static str> = sheet.columns().collect();
        let index: Vec<Option<usize>> = wanted.iter().map(|c| find(c)).collect();
        let has = wanted
            .iter()
            .zip(&index)
            .filter(|(c, i)| i.is_some() && !required.contains(c))
            .map(|(c, _)| *c)
            .collect();
        let labels = if workbook {
            wanted
                .iter()
                .zip(&index)
                .filter_map(|(c, i)| i.map(|i| (*c, format!("{} ({})", column_letter(i as u32), header[i].trim()))))
                .collect()
        } else {
            Vec::new()
        };
        Some(Columns {
            name: name.to_string(),
            has,
            labels,
            lang,
            wanted,
            index,
            header_width: width(header.iter().map(String::as_str)),
            extra_cells,
            workbook,
        })
    }

    /// One row of the table from its cells (`cell(i)` is the `i`th, `cells` how many
    /// there are), or `None` when it is refused for having more cells than the header.
    pub(crate) fn row<'c, T: SheetRow>(
        &self,
        place: Place,
        cells: usize,
        cell: impl Fn(usize) -> Option<CellRef<'c>>,
        problems: &mut Problems,
    ) -> Option<T> {
        let used = (0..cells)
            .rev()
            .find(|&i| cell(i).is_some_and(|c| !c.text().trim().is_empty()))
            .map_or(0, |i| i + 1);
        if used > self.header_width {
            problems.file(
                &self.name,
                Some(place),
                Words::new("import-too-many-cells")
                    .with("cells", used)
                    .with("header", self.header_width)
                    .with_words("fix", Words::new(self.extra_cells)),
            );
            return None;
        }
        let mut c = Cells {
            columns: self,
            place,
            next: 0,
            cell: &cell,
            problems,
        };
        Some(T::from_cells(place, &mut c))
    }

    /// An empty table to read rows into.
    pub(crate) fn table<T>(&self) -> Table<T> {
        Table {
            file: self.name.clone(),
            rows: Vec::new(),
            has: self.has.clone(),
            labels: self.labels.clone(),
        }
    }
}

/// Gives a row's values in the sheet's column order, each read from its cell when asked
/// (empty for an optional column the file does not have).
pub(crate) struct Cells<'r, 'c> {
    columns: &'r Columns,
    place: Place,
    next: usize,
    cell: &'r dyn Fn(usize) -> Option<CellRef<'c>>,
    problems: &'r mut Problems,
}

impl Cells<'_, '_> {
    pub(crate) fn next(&mut self) -> String {
        let k = self.next;
        self.next += 1;
        let (Some(column), Some(Some(i))) = (self.columns.wanted.get(k), self.columns.index.get(k)) else {
            return String::new();
        };
        let (name, place, workbook) = (&self.columns.name, self.place, self.columns.workbook);
        let cell = match (self.cell)(*i) {
            None => return String::new(),
            Some(CellRef::Text(text)) if workbook && NUMBER_COLUMNS.contains(column) => return decimal_comma(text),
            Some(CellRef::Text(text)) => text,
            Some(CellRef::Date(date)) if *column == "quarter" => {
                return quarter_of(date).unwrap_or_else(|| date.to_string())
            }
            Some(CellRef::Date(date)) if NUMBER_COLUMNS.contains(column) => {
                self.problems
                    .cell(name, place, column, date, Words::new("import-excel-date"));
                return date.to_string();
            }
            Some(CellRef::Date(date)) => return date.to_string(),
            Some(CellRef::Error(error)) => {
                self.problems
                    .cell(name, place, column, error, Words::new("import-excel-error"));
                return error.to_string();
            }
        };
        match self.columns.lang {
            Lang::En => cell.to_string(),
            lang => english_value(lang, column, cell).unwrap_or(cell).to_string(),
        }
    }
}

/// Reads a grid (a workbook's sheet) into its typed rows.
pub(crate) fn table<T: SheetRow>(grid: Grid, problems: &mut Problems) -> Option<Table<T>> {
    let columns = Columns::new::<T>(
        &grid.name,
        &grid.header,
        grid.header_place,
        grid.extra_cells,
        grid.workbook,
        problems,
    )?;
    let mut table = columns.table();
    table.rows.reserve_exact(grid.rows.len());
    for (place, row) in grid.rows {
        let cell = |i: usize| row.get(i).map(Cell::as_ref);
        if let Some(r) = columns.row(place, row.len(), cell, problems) {
            table.rows.push(r);
        }
    }
    Some(table)
}

impl SheetRow for NodeRow {
    const SHEET: Sheet = Sheet::Org;
    const REQUIRED: &'static [&'static str] = crate::format::columns::ORG_REQUIRED;
    fn from_cells(place: Place, c: &mut Cells<'_, '_>) -> Self {
        NodeRow {
            place: Some(place),
            id: None,
            key: c.next(),
            name: c.next(),
            level: c.next(),
            parent: c.next(),
            role: c.next(),
            new_hire: c.next(),
            objective_cap: c.next(),
            notes: c.next(),
        }
    }
}

impl SheetRow for PackedObjectiveRow {
    const SHEET: Sheet = Sheet::Objectives;
    const REQUIRED: &'static [&'static str] = crate::format::columns::OBJECTIVES_REQUIRED;
    fn from_cells(place: Place, c: &mut Cells<'_, '_>) -> Self {
        PackedObjectiveRow::from(ObjectiveRow {
            place: Some(place),
            key: c.next(),
            quarter: c.next(),
            owner: c.next(),
            title: c.next(),
            parent: c.next(),
            description: c.next(),
            commitment: c.next(),
            ..ObjectiveRow::default()
        })
    }
}

impl SheetRow for PackedKeyResultRow {
    const SHEET: Sheet = Sheet::KeyResults;
    const REQUIRED: &'static [&'static str] = crate::format::columns::KEY_RESULTS_REQUIRED;
    fn from_cells(place: Place, c: &mut Cells<'_, '_>) -> Self {
        PackedKeyResultRow::from(KeyResultRow {
            place: Some(place),
            id: None,
            objective: c.next(),
            title: c.next(),
            baseline: c.next(),
            target: c.next(),
            current: c.next(),
            unit: c.next(),
            weight: c.next(),
            kind: c.next(),
            key: c.next(),
            score: c.next(),
            confidence: c.next(),
            measure: c.next(),
        })
    }
}

pub(crate) fn org(grid: Grid, problems: &mut Problems) -> Option<Table<NodeRow>> {
    table(grid, problems)
}

pub(crate) fn objectives(grid: Grid, problems: &mut Problems) -> Option<Table<PackedObjectiveRow>> {
    table(grid, problems)
}

pub(crate) fn key_results(grid: Grid, problems: &mut Problems) -> Option<Table<PackedKeyResultRow>> {
    table(grid, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(header: &[&str], rows: &[&[&str]]) -> Grid {
        Grid {
            name: "org.csv".into(),
            header: header.iter().map(|s| s.to_string()).collect(),
            header_place: Place::Line { line: 1 },
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    (
                        Place::Line { line: i as u64 + 2 },
                        r.iter().map(|s| Cell::Text(s.to_string())).collect(),
                    )
                })
                .collect(),
            extra_cells: "import-extra-comma",
            workbook: false,
        }
    }

    #[test]
    fn vietnamese_headers_and_values() {
        let mut p = Problems::default();
        let t = org(
            grid(
                &["Mã", "Tên", "Cấp", "Thuộc", "Ghi chú riêng"],
                &[&["acme", "Acme", "Công ty", "", "x"], &["n1", "Nhóm 1", "nhóm", "acme"]],
            ),
            &mut p,
        )
        .unwrap();
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(t.rows[0].level, "company");
        assert_eq!(t.rows[1].level, "team");
        assert_eq!(t.rows[1].parent, "acme");
        assert!(!t.has("role"));
    }

    #[test]
    fn a_row_wider_than_the_header_is_refused_and_trailing_empty_cells_are_fine() {
        let mut p = Problems::default();
        let t = org(
            grid(
                &["key", "name", "level", "parent", ""],
                &[
                    &["a", "Acme", "company", "", "", " "],
                    &["b", "Nhóm 1", " Hà Nội", "team", "a", "x"],
                ],
            ),
            &mut p,
        )
        .unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(
            p.list[0].to_string(),
            "org.csv line 3: has 6 cells, the header 4: a comma inside a value must be quoted (\"…,…\")"
        );
    }

    #[test]
    fn decimal_commas_and_dates() {
        for (text, read) in [
            ("4,5", "4.5"),
            ("-0,25", "-0.25"),
            ("1.234,5", "1234.5"),
            ("1,000", "1,000"),
            ("4.5", "4.5"),
            ("a,b", "a,b"),
            ("1,2,3", "1,2,3"),
        ] {
            assert_eq!(decimal_comma(text), read, "{text}");
        }
        assert_eq!(quarter_of("2026-11-05").as_deref(), Some("2026-Q4"));
        assert_eq!(quarter_of("2027-01-01 08:00:00").as_deref(), Some("2027-Q1"));
    }

    #[test]
    fn a_missing_column_is_named_in_every_language() {
        let mut p = Problems::default();
        assert!(org(grid(&["key", "name", "level"], &[]), &mut p).is_none());
        assert_eq!(
            p.list[0].to_string(),
            "org.csv: the column \"parent\" is missing (the header has: key, name, level); add it, it is required \
             (in Vietnamese \"Thuộc\", in Thai \"สังกัด\")"
        );
    }
}
