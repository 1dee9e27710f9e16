//! Reading one CSV file into a grid of text cells: its encoding (see
//! [`super::encoding`]), line endings and delimiter are taken care of here; the columns
//! are found by [`super::grid`].

use std::borrow::Cow;

use super::encoding::{decode, TextEncoding};
use super::grid::{Cell, CellRef, Columns, Grid, SheetRow};
use super::problem::{Place, Problems};
use super::rows::Table;
use super::InputFile;
use crate::i18n::words::Words;

/// The delimiter of a spreadsheet export: `,`, `;` (Excel in many locales) or tab,
/// whichever the header line holds most of, outside quotes.
fn detect_delimiter(bytes: &[u8]) -> u8 {
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let delimiters = [b',', b';', b'\t'];
    let best = (0..3).max_by_key(|&i| (counts[i], std::cmp::Reverse(i))).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        delimiters[best]
    }
}

/// Line numbers of records from their byte offsets. The csv crate's own line count is
/// one short after a CRLF (it counts the `\n` of a record's end only once the next record
/// has begun), so lines are counted here: a record starts after any line break at its
/// offset, and its line is one more than the breaks before it.
struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl LineCounter<'_> {
    fn at(&mut self, byte: u64) -> u64 {
        let mut start = (byte as usize).min(self.bytes.len());
        if self.bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        if start >= self.offset {
            self.line += self.bytes[self.offset..start].iter().filter(|&&b| b == b'\n').count() as u64;
            self.offset = start;
        }
        self.line
    }
}

/// What a row wider than its header probably holds (a message id).
fn extra_cells(delimiter: u8) -> &'static str {
    match delimiter {
        b';' => "import-extra-semicolon",
        b'\t' => "import-extra-tab",
        _ => "import-extra-comma",
    }
}

/// A CSV file opened for reading: its text, the reader positioned after the header,
/// and the header's cells.
struct Opened<'t, R> {
    reader: csv::Reader<R>,
    header: Vec<String>,
    lines: LineCounter<'t>,
    delimiter: u8,
}

/// Decodes a CSV file's bytes (see [`super::encoding`]), or reports why they cannot be
/// read. UTF-8 is borrowed, not copied.
fn text<'b>(file: &'b InputFile, problems: &mut Problems) -> Option<(Cow<'b, str>, TextEncoding)> {
    match decode(&file.bytes) {
        Ok(read) => Some(read),
        Err(why) => {
            problems.file(&file.name, None, why);
            None
        }
    }
}

/// Reads the header line of `text` (read from `source`, which gives the same bytes), or
/// reports why it cannot be read.
fn open<'t, R: std::io::Read>(name: &str, text: &'t str, source: R, problems: &mut Problems) -> Option<Opened<'t, R>> {
    let bytes = text.as_bytes();
    let delimiter = detect_delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(source);
    let mut header = csv::StringRecord::new();
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Err(e) => {
            problems.file(
                name,
                Some(Place::Line { line: 1 }),
                Words::new("import-header-unreadable").with("error", e),
            );
            return None;
        }
        Ok(false) => {
            problems.file(name, None, Words::new("import-file-empty"));
            return None;
        }
    }
    let header = header
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    Some(Opened {
        reader,
        header,
        lines: LineCounter {
            bytes,
            offset: 0,
            line: 1,
        },
        delimiter,
    })
}

impl<R: std::io::Read> Opened<'_, R> {
    /// Calls `each` with every record that holds any text, and its place, one at a time;
    /// stops at the first record that cannot be read, reporting it.
    fn records(&mut self, name: &str, problems: &mut Problems, mut each: impl FnMut(Place, &csv::StringRecord)) {
        // One record, reused for every line.
        let mut rec = csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let place = e.position().map(|p| Place::Line {
                        line: self.lines.at(p.byte()),
                    });
                    problems.file(name, place, Words::new("import-line-unreadable").with("error", e));
                    break;
                }
            }
            let place = Place::Line {
                line: self.lines.at(rec.position().map_or(0, |p| p.byte())),
            };
            if rec.iter().all(|f| f.trim().is_empty()) {
                continue; // blank rows that spreadsheets leave at the end
            }
            each(place, &rec);
        }
    }
}

/// Reads a CSV file's text (see [`super::encoding`]) into a grid of cells, or reports
/// why it cannot be read. Gives the encoding it was read in too.
pub(crate) fn grid(file: &InputFile, problems: &mut Problems) -> Option<(Grid, TextEncoding)> {
    let (text, encoding) = text(file, problems)?;
    let mut opened = open(&file.name, &text, text.as_bytes(), problems)?;
    let mut rows = Vec::new();
    opened.records(&file.name, problems, |place, rec| {
        rows.push((place, rec.iter().map(|c| Cell::Text(c.to_string())).collect()));
    });
    let grid = Grid {
        name: file.name.clone(),
        header: opened.header,
        header_place: Place::Line { line: 1 },
        rows,
        extra_cells: extra_cells(opened.delimiter),
        workbook: false,
    };
    Some((grid, encoding))
}

/// Reads a CSV file straight into its typed rows, record by record: the file's text is
/// never held as a grid of cells, only the rows it gives. Problems with the file itself
/// (its encoding, a line that cannot be read) go to `problems`; those with its columns
/// and rows to `rows_problems`, so that every file's come before any file's rows' (as
/// when all files were read before their rows). Gives the encoding it was read in too.
pub(crate) fn table<T: SheetRow>(
    file: &InputFile,
    problems: &mut Problems,
    rows_problems: &mut Problems,
) -> Option<(Table<T>, TextEncoding)> {
    // One row a line at most: reserved once, rather than grown (and copied) by doubling.
    let mut rows = Vec::with_capacity(file.bytes.iter().filter(|&&b| b == b'\n').count());
    let (mut table, encoding) = each_row(file, problems, rows_problems, |_, row| rows.push(row))?;
    table.rows = rows;
    Some((table, encoding))
}

/// Reads a CSV file record by record, giving each row to `each` with its table (the
/// file's name and columns, without rows) as it is read, so that it can be checked and
/// let go at once; gives the table and the encoding the file was read in. Problems go
/// where [`table`] puts them.
pub(crate) fn each_row<T: SheetRow>(
    file: &InputFile,
    problems: &mut Problems,
    rows_problems: &mut Problems,
    mut each: impl FnMut(&Table<T>, T),
) -> Option<(Table<T>, TextEncoding)> {
    let (text, encoding) = text(file, problems)?;
    let mut opened = open(&file.name, &text, text.as_bytes(), problems)?;
    let columns = Columns::new::<T>(
        &file.name,
        &opened.header,
        Place::Line { line: 1 },
        extra_cells(opened.delimiter),
        false,
        rows_problems,
    );
    let table = columns.as_ref().map(|c| c.table());
    opened.records(&file.name, problems, |place, rec| {
        // Without its columns the file is refused; its lines are still read, so that
        // one that cannot be read is reported as well.
        if let (Some(columns), Some(table)) = (&columns, &table) {
            let cell = |i: usize| rec.get(i).map(CellRef::Text);
            if let Some(row) = columns.row(place, rec.len(), cell, rows_problems) {
                each(table, row);
            }
        }
    });
    Some((table?, encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter(b"key,name,level\n"), b',');
        assert_eq!(detect_delimiter(b"key;name;level\r\n"), b';');
        assert_eq!(detect_delimiter(b"key\tname\tlevel\n"), b'\t');
        assert_eq!(detect_delimiter(b"\"a;b\",c\n"), b',');
        assert_eq!(detect_delimiter(b"key\n"), b',');
    }

    fn org(file: &InputFile, p: &mut Problems) -> Option<crate::import::rows::Table<crate::import::rows::NodeRow>> {
        let mut rows = Problems::default();
        let table = table(file, p, &mut rows);
        p.append(rows);
        Some(table?.0)
    }

    #[test]
    fn reads_any_order_bom_crlf_and_quoted_line_breaks() {
        let file = InputFile {
            name: "org.csv".into(),
            bytes: "\u{feff} Parent ;KEY;Name;level;extra\r\n;acme;\"Acme;\r\nInc\";company;x\r\nacme;d1;Khối Chăm sóc;division;\r\n"
                .as_bytes()
                .to_vec(),
        };
        let mut p = Problems::default();
        let t = org(&file, &mut p).unwrap();
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].key, "acme");
        assert_eq!(t.rows[0].name, "Acme;\r\nInc");
        assert_eq!(t.rows[1].place, Some(Place::Line { line: 4 }));
        assert_eq!(t.rows[1].name, "Khối Chăm sóc");
        assert!(!t.has("role"));
    }

    #[test]
    fn names_missing_columns_and_undecidable_bytes() {
        let file = InputFile {
            name: "org.csv".into(),
            bytes: b"key,name,level\n".to_vec(),
        };
        let mut p = Problems::default();
        assert!(org(&file, &mut p).is_none());
        assert!(
            p.list[0]
                .to_string()
                .contains("org.csv: the column \"parent\" is missing"),
            "{}",
            p.list[0]
        );

        let file = InputFile {
            name: "org.csv".into(),
            bytes: b"key,name,level,parent\na,\xC0 \xE0\xAAx,company,\n".to_vec(),
        };
        let mut p = Problems::default();
        assert!(org(&file, &mut p).is_none());
        assert!(
            p.list[0]
                .to_string()
                .starts_with("org.csv: the file is not UTF-8, and its bytes are neither Vietnamese"),
            "{}",
            p.list[0]
        );
    }

    /// Counts the bytes read through it.
    struct Counted<'a> {
        bytes: &'a [u8],
        read: std::rc::Rc<std::cell::Cell<usize>>,
    }

    impl std::io::Read for Counted<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.bytes.read(buf)?;
            self.read.set(self.read.get() + n);
            Ok(n)
        }
    }

    #[test]
    fn records_come_one_at_a_time_as_the_file_is_read() {
        // A file far larger than the reader's buffer: each record must reach the rows
        // while most of the file is still unread, never after all of it is held.
        let mut text = String::from("objective,title,baseline,target,current\n");
        for i in 0..5000 {
            text.push_str(&format!("o{i},Giảm thời gian chờ {i},0,10,5\n"));
        }
        let read = std::rc::Rc::new(std::cell::Cell::new(0));
        let source = Counted {
            bytes: text.as_bytes(),
            read: read.clone(),
        };
        let mut p = Problems::default();
        let mut opened = open("key_results.csv", &text, source, &mut p).unwrap();
        let mut seen = Vec::new();
        opened.records("key_results.csv", &mut p, |place, _| seen.push((place, read.get())));
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(seen.len(), 5000);
        assert_eq!(seen[4999].0, Place::Line { line: 5001 });
        let (_, first) = seen[0];
        assert!(
            first < text.len() / 10,
            "{first} of {} bytes read for the first record",
            text.len()
        );
    }

    #[test]
    fn utf8_text_is_the_file_s_own_bytes() {
        let file = InputFile {
            name: "org.csv".into(),
            bytes: b"key,name,level,parent\n".to_vec(),
        };
        let mut p = Problems::default();
        assert!(matches!(
            text(&file, &mut p),
            Some((Cow::Borrowed(_), TextEncoding::Utf8))
        ));
    }

    #[test]
    fn a_line_with_an_unquoted_comma_is_refused_by_its_line() {
        let file = InputFile {
            name: "org.csv".into(),
            bytes: "key,name,level,parent\nacme,Acme,company,\nd1,Khối 1, Hà Nội,division,acme\n"
                .as_bytes()
                .to_vec(),
        };
        let mut p = Problems::default();
        org(&file, &mut p).unwrap();
        assert_eq!(
            p.list[0].to_string(),
            "org.csv line 3: has 5 cells, the header 4: a comma inside a value must be quoted (\"…,…\")"
        );
    }
}
