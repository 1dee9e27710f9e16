//! Reading one CSV file into rows of text: BOM, line endings, delimiter and column order
//! are taken care of here, and bytes that are not UTF-8 are reported where they are.

use super::problem::{Place, Problems};
use super::rows::{columns, KeyResultRow, NodeRow, ObjectiveRow, Table};
use super::InputFile;

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

/// A table of text cells: for each record its place and one cell per wanted column
/// (`None` for an optional column the file does not have).
struct RawTable {
    has: Vec<&'static str>,
    records: Vec<(Place, Vec<Option<String>>)>,
}

fn read(
    file: &InputFile,
    required: &[&'static str],
    optional: &[&'static str],
    problems: &mut Problems,
) -> Option<RawTable> {
    let bytes = file.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&file.bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(bytes))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut header = csv::ByteRecord::new();
    match reader.read_byte_record(&mut header) {
        Ok(true) => {}
        Err(e) => {
            problems.file(
                &file.name,
                Some(Place::Line { line: 1 }),
                format!("the header could not be read: {e}"),
            );
            return None;
        }
        Ok(false) => {
            problems.file(
                &file.name,
                None,
                format!(
                    "the file is empty; it needs a header line with the columns {}",
                    required.join(", ")
                ),
            );
            return None;
        }
    }
    let names: Vec<String> = header
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim()
                .trim_start_matches('\u{feff}')
                .to_lowercase()
        })
        .collect();
    let find = |c: &str| names.iter().position(|n| n == c);
    let mut index = Vec::new();
    let mut missing = Vec::new();
    for c in required {
        match find(c) {
            Some(i) => index.push(Some(i)),
            None => missing.push(*c),
        }
    }
    for c in &missing {
        problems.file(
            &file.name,
            None,
            format!(
                "the column \"{c}\" is missing (the header line has: {}); add it, it is required",
                names
                    .iter()
                    .filter(|n| !n.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    if !missing.is_empty() {
        return None;
    }
    let mut has = Vec::new();
    for c in optional {
        let i = find(c);
        if i.is_some() {
            has.push(*c);
        }
        index.push(i);
    }
    let wanted: Vec<&'static str> = required.iter().chain(optional).copied().collect();
    let mut out = Vec::new();
    let mut lines = LineCounter {
        bytes,
        offset: 0,
        line: 1,
    };
    // One record, reused for every line.
    let mut rec = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let place = e.position().map(|p| Place::Line {
                    line: lines.at(p.byte()),
                });
                problems.file(&file.name, place, format!("the line could not be read: {e}"));
                break;
            }
        }
        let place = Place::Line {
            line: lines.at(rec.position().map_or(0, |p| p.byte())),
        };
        if rec.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue; // blank rows that spreadsheets leave at the end
        }
        let mut cells = Vec::with_capacity(index.len());
        for (col, i) in wanted.iter().zip(&index) {
            cells.push(i.map(|i| {
                let raw = rec.get(i).unwrap_or(b"");
                match std::str::from_utf8(raw) {
                    Ok(s) => s.to_string(),
                    Err(_) => {
                        let lossy = String::from_utf8_lossy(raw).into_owned();
                        problems.cell(
                            &file.name,
                            place,
                            col,
                            &lossy,
                            "holds bytes that are not UTF-8; save the file as \"CSV UTF-8\" and import again",
                        );
                        lossy
                    }
                }
            }));
        }
        out.push((place, cells));
    }
    Some(RawTable { has, records: out })
}

/// Takes the cells of a record in column order.
struct Cells(std::vec::IntoIter<Option<String>>);

impl Cells {
    fn next(&mut self) -> String {
        self.0.next().flatten().unwrap_or_default()
    }
}

pub(crate) fn org(file: &InputFile, problems: &mut Problems) -> Option<Table<NodeRow>> {
    let raw = read(file, columns::ORG_REQUIRED, columns::ORG_OPTIONAL, problems)?;
    let rows = raw
        .records
        .into_iter()
        .map(|(place, cells)| {
            let mut c = Cells(cells.into_iter());
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
        })
        .collect();
    Some(Table {
        file: file.name.clone(),
        rows,
        has: raw.has,
    })
}

pub(crate) fn objectives(file: &InputFile, problems: &mut Problems) -> Option<Table<ObjectiveRow>> {
    let raw = read(
        file,
        columns::OBJECTIVES_REQUIRED,
        columns::OBJECTIVES_OPTIONAL,
        problems,
    )?;
    let rows = raw
        .records
        .into_iter()
        .map(|(place, cells)| {
            let mut c = Cells(cells.into_iter());
            ObjectiveRow {
                place: Some(place),
                key: c.next(),
                quarter: c.next(),
                owner: c.next(),
                title: c.next(),
                parent: c.next(),
                description: c.next(),
                commitment: c.next(),
                ..ObjectiveRow::default()
            }
        })
        .collect();
    Some(Table {
        file: file.name.clone(),
        rows,
        has: raw.has,
    })
}

pub(crate) fn key_results(file: &InputFile, problems: &mut Problems) -> Option<Table<KeyResultRow>> {
    let raw = read(
        file,
        columns::KEY_RESULTS_REQUIRED,
        columns::KEY_RESULTS_OPTIONAL,
        problems,
    )?;
    let rows = raw
        .records
        .into_iter()
        .map(|(place, cells)| {
            let mut c = Cells(cells.into_iter());
            KeyResultRow {
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
            }
        })
        .collect();
    Some(Table {
        file: file.name.clone(),
        rows,
        has: raw.has,
    })
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
    fn names_missing_columns_and_bad_bytes() {
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
            bytes: b"key,name,level,parent\na,b\xff,company,\n".to_vec(),
        };
        let mut p = Problems::default();
        org(&file, &mut p).unwrap();
        assert!(
            p.list[0]
                .to_string()
                .starts_with("org.csv line 2, column name: \"b\u{fffd}\" holds bytes that are not UTF-8"),
            "{}",
            p.list[0]
        );
    }
}
