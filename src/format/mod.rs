//! The workbook a director keeps in Excel: three sheets — the organisation, the
//! objectives and the key results — with the columns of the three CSV files. This
//! module holds the one table of sheet and column names per language that the import
//! reads and the template and the export write, and the words of the values (levels,
//! kinds, commitments, confidences) in each language.
//!
//! In English the headers are exactly the CSV column names; in Vietnamese and Thai they
//! are the names below, in the same order. A sheet or a header is recognised in any of
//! the three languages, ignoring case, spacing and Unicode form.

use unicode_normalization::UnicodeNormalization;

use crate::i18n::words;
use crate::Lang;

/// One of the three sheets of the import workbook (and one of the three CSV files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sheet {
    Org,
    Objectives,
    KeyResults,
}

/// Each column: its CSV name (English), Vietnamese and Thai header, in [`Lang::ALL`] order.
type Names = [&'static str; 3];

/// The organisation: required `key, name, level, parent`, then the optional columns.
const ORG: [Names; 8] = [
    ["key", "Mã", "รหัส"],
    ["name", "Tên", "ชื่อ"],
    ["level", "Cấp", "ระดับชั้น"],
    ["parent", "Thuộc", "สังกัด"],
    ["role", "Vai trò", "บทบาท"],
    ["new_hire", "Nhân viên mới", "พนักงานใหม่"],
    ["objective_cap", "Giới hạn mục tiêu", "จำนวนวัตถุประสงค์สูงสุด"],
    ["notes", "Ghi chú", "หมายเหตุ"],
];

/// The objectives: required `key, quarter, owner, title, parent`, then the optional ones.
const OBJECTIVES: [Names; 7] = [
    ["key", "Mã", "รหัส"],
    ["quarter", "Quý", "ไตรมาส"],
    ["owner", "Người phụ trách", "ผู้รับผิดชอบ"],
    ["title", "Tiêu đề", "หัวข้อ"],
    ["parent", "Hỗ trợ mục tiêu", "สนับสนุนวัตถุประสงค์"],
    ["description", "Mô tả", "รายละเอียด"],
    ["commitment", "Cam kết", "ความผูกพัน"],
];

/// The key results: required `objective, title, baseline, target, current`, then the
/// optional ones.
const KEY_RESULTS: [Names; 12] = [
    ["objective", "Mục tiêu", "วัตถุประสงค์"],
    ["title", "Tiêu đề", "หัวข้อ"],
    ["baseline", "Ban đầu", "ค่าเริ่มต้น"],
    ["target", "Chỉ tiêu", "ค่าเป้าหมาย"],
    ["current", "Hiện tại", "ปัจจุบัน"],
    ["unit", "Đơn vị", "หน่วย"],
    ["weight", "Trọng số", "น้ำหนัก"],
    ["kind", "Loại", "ประเภท"],
    ["key", "Mã", "รหัส"],
    ["score", "Điểm", "คะแนน"],
    ["confidence", "Mức tin cậy", "ความมั่นใจ"],
    ["measure", "Chỉ số đo", "ตัวชี้วัด"],
];

/// The sheets' names: English (as the CSV files, without `.csv`), Vietnamese, Thai.
const SHEET_NAMES: [Names; 3] = [
    ["org", "Tổ chức", "องค์กร"],
    ["objectives", "Mục tiêu", "วัตถุประสงค์"],
    ["key_results", "Kết quả then chốt", "ผลลัพธ์หลัก"],
];

/// Columns whose values are words of a list, read in English or the sheet's language.
const WORDS: [(&str, &[(&str, &str)]); 4] = [
    (
        "level",
        &[
            ("company", "xlsx-company"),
            ("division", "xlsx-division"),
            ("team", "xlsx-team"),
            ("agent", "xlsx-agent"),
        ],
    ),
    (
        "kind",
        &[
            ("progress", "xlsx-kind-progress"),
            ("keep-above", "xlsx-kind-keep-above"),
            ("keep-below", "xlsx-kind-keep-below"),
        ],
    ),
    (
        "commitment",
        &[("aspirational", "xlsx-aspirational"), ("committed", "xlsx-committed")],
    ),
    (
        "confidence",
        &[
            ("on-track", "report-on-track"),
            ("at-risk", "report-at-risk"),
            ("off-track", "report-off-track"),
        ],
    ),
];

/// The columns of a helpdesk's weekly check-in report ([`crate::checkin_report`]) that
/// are not measures: `owner` (and a `name` beside it, for the reader) in a report with a
/// column per measure; `kr` and `value` in one with a row per check-in; `date`, `note`
/// and `confidence` in either.
const REPORT: [Names; 7] = [
    ["owner", "Người phụ trách", "ผู้รับผิดชอบ"],
    ["name", "Tên", "ชื่อ"],
    ["kr", "Kết quả then chốt", "ผลลัพธ์หลัก"],
    ["value", "Giá trị", "ค่า"],
    ["date", "Ngày", "วันที่"],
    ["note", "Ghi chú", "หมายเหตุ"],
    ["confidence", "Mức tin cậy", "ความมั่นใจ"],
];

/// The column of a check-in report a header names, in any of the three languages
/// (`key_result` and `key result` stand for `kr`); `None` for a measure's column.
pub(crate) fn report_column(header: &str) -> Option<&'static str> {
    let header = fold(header);
    if header == "key result" {
        return Some("kr");
    }
    REPORT
        .iter()
        .find(|names| names.iter().any(|n| fold(n) == header))
        .map(|names| names[0])
}

/// Columns that hold numbers: a number cell, or text with a decimal comma, is read as one.
pub(crate) const NUMBER_COLUMNS: &[&str] = &["objective_cap", "baseline", "target", "current", "weight", "score"];

impl Sheet {
    /// In workbook order: the organisation, objectives, key results.
    pub const ALL: [Sheet; 3] = [Sheet::Org, Sheet::Objectives, Sheet::KeyResults];

    fn table(self) -> &'static [Names] {
        match self {
            Sheet::Org => &ORG,
            Sheet::Objectives => &OBJECTIVES,
            Sheet::KeyResults => &KEY_RESULTS,
        }
    }

    /// The sheet's name in `lang` (the template's and the export's).
    pub fn name(self, lang: Lang) -> &'static str {
        SHEET_NAMES[self as usize][lang as usize]
    }

    /// The CSV column names, required ones first, in the order the template writes them.
    pub fn columns(self) -> impl Iterator<Item = &'static str> {
        self.table().iter().map(|n| n[0])
    }

    /// The column headers in `lang`, in the order of [`Sheet::columns`].
    pub fn headers(self, lang: Lang) -> impl Iterator<Item = &'static str> {
        self.table().iter().map(move |n| n[lang as usize])
    }

    /// The sheet a workbook's sheet name stands for, in any language.
    pub fn named(name: &str) -> Option<Sheet> {
        let name = fold(name);
        Sheet::ALL
            .into_iter()
            .find(|s| SHEET_NAMES[*s as usize].iter().any(|n| fold(n) == name))
    }

    /// The CSV column name and the language of a header of this sheet, if it is one.
    pub(crate) fn column(self, header: &str) -> Option<(&'static str, Lang)> {
        let header = fold(header);
        for names in self.table() {
            for lang in Lang::ALL {
                if fold(names[lang as usize]) == header {
                    return Some((names[0], lang));
                }
            }
        }
        None
    }
}

/// A name as compared: NFC, lower case, spacing collapsed, `_` and `-` as spaces.
fn fold(s: &str) -> String {
    s.nfc()
        .collect::<String>()
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A value of a list column (level, kind, commitment, confidence) written in `lang`, as
/// its English word; `None` when the column is no list or the value is not one of its words.
pub(crate) fn english_value(lang: Lang, column: &str, value: &str) -> Option<&'static str> {
    let (_, list) = WORDS.iter().find(|(c, _)| *c == column)?;
    let value = fold(value);
    list.iter()
        .find(|(_, id)| fold(&words::say(lang, id, &[])) == value)
        .map(|(english, _)| *english)
}

/// The English word of a list column's value as written in `lang` (the value itself
/// when the column is no list).
pub(crate) fn local_value(lang: Lang, column: &str, english: &str) -> String {
    if lang == Lang::En {
        return english.to_string();
    }
    WORDS
        .iter()
        .find(|(c, _)| *c == column)
        .and_then(|(_, list)| list.iter().find(|(e, _)| *e == english))
        .map_or_else(|| english.to_string(), |(_, id)| words::say(lang, id, &[]))
}

/// The words of a list column in `lang`, for a drop-down.
pub(crate) fn list_words(lang: Lang, column: &str) -> Vec<String> {
    WORDS
        .iter()
        .find(|(c, _)| *c == column)
        .map(|(_, list)| list.iter().map(|(e, _)| local_value(lang, column, e)).collect())
        .unwrap_or_default()
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`: a column as Excel names it.
pub fn column_letter(mut index: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// The columns of each file: required ones first, then optional ones.
pub(crate) mod columns {
    pub const ORG_REQUIRED: &[&str] = &["key", "name", "level", "parent"];
    pub const ORG_OPTIONAL: &[&str] = &["role", "new_hire", "objective_cap", "notes"];
    pub const OBJECTIVES_REQUIRED: &[&str] = &["key", "quarter", "owner", "title", "parent"];
    pub const OBJECTIVES_OPTIONAL: &[&str] = &["description", "commitment"];
    pub const KEY_RESULTS_REQUIRED: &[&str] = &["objective", "title", "baseline", "target", "current"];
    pub const KEY_RESULTS_OPTIONAL: &[&str] = &["unit", "weight", "kind", "key", "score", "confidence", "measure"];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_headers_are_the_csv_columns() {
        for (sheet, (required, optional)) in Sheet::ALL.into_iter().zip([
            (columns::ORG_REQUIRED, columns::ORG_OPTIONAL),
            (columns::OBJECTIVES_REQUIRED, columns::OBJECTIVES_OPTIONAL),
            (columns::KEY_RESULTS_REQUIRED, columns::KEY_RESULTS_OPTIONAL),
        ]) {
            let csv: Vec<&str> = required.iter().chain(optional).copied().collect();
            assert_eq!(sheet.columns().collect::<Vec<_>>(), csv);
            assert_eq!(sheet.headers(Lang::En).collect::<Vec<_>>(), csv);
        }
    }

    #[test]
    fn every_header_names_one_column_of_its_sheet() {
        for sheet in Sheet::ALL {
            for lang in Lang::ALL {
                for (header, column) in sheet.headers(lang).zip(sheet.columns()) {
                    assert_eq!(sheet.column(header), Some((column, lang)), "{sheet:?} {header}");
                    assert_eq!(sheet.column(&header.to_uppercase()).map(|c| c.0), Some(column));
                }
            }
            assert_eq!(Sheet::named(sheet.name(Lang::Vi)), Some(sheet));
            assert_eq!(Sheet::named(&format!(" {} ", sheet.name(Lang::Th))), Some(sheet));
        }
        assert_eq!(Sheet::named("Key results"), Some(Sheet::KeyResults));
        assert_eq!(Sheet::column(Sheet::Org, "new hire"), Some(("new_hire", Lang::En)));
    }

    #[test]
    fn list_words_read_back_in_every_language() {
        for lang in Lang::ALL {
            for (column, list) in WORDS {
                for (english, _) in list {
                    let local = local_value(lang, column, english);
                    assert_eq!(english_value(lang, column, &local), Some(*english), "{lang} {local}");
                }
            }
        }
        assert_eq!(english_value(Lang::Vi, "level", "Nhóm"), Some("team"));
        assert_eq!(english_value(Lang::Vi, "title", "Nhóm"), None);
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }
}
