//! Excel in: CSV files in the encodings Excel writes, workbooks (written here by
//! rust_xlsxwriter, and two committed files saved by LibreOffice), the template in each
//! language, and the quarter's export edited and imported back — through the real `okr`,
//! with every refusal leaving the plan byte for byte as it was.

mod common;

use std::path::{Path, PathBuf};

use calamine::{open_workbook, Data, Reader, Xlsx};
use cascade::Plan;
use common::{import_sample, okr, okr_ok};
use rust_xlsxwriter::Workbook;

fn data(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/excel")).join(name)
}

/// The plan's organisation, objectives and key results as the CSV export writes them.
/// The export replaces no file, so the folder of an earlier export goes first.
fn exported(dir: &Path, plan: &str) -> String {
    let out = dir.join(format!("{plan}-csv"));
    let _ = std::fs::remove_dir_all(&out);
    okr_ok(
        dir,
        &["export", plan, "--format", "csv", "--out", out.to_str().unwrap()],
    );
    ["org.csv", "objectives.csv", "key_results.csv"]
        .iter()
        .map(|f| std::fs::read_to_string(out.join(f)).unwrap())
        .collect()
}

const ORG_VI: &str = "Mã,Tên,Cấp,Thuộc,Vai trò
saomai,Công ty Sao Mai,công ty,,
cskh,Khối Chăm sóc khách hàng,khối,saomai,Giám đốc CSKH
hotline-hn,Nhóm hotline Hà Nội,nhóm,cskh,
nv-huong,Nguyễn Thị Hương,nhân viên,hotline-hn,Tổng đài viên
nv-duc,Trần Minh Đức,nhân viên,hotline-hn,Tổng đài viên
";

const ORG_TH: &str = "รหัส,ชื่อ,ระดับชั้น,สังกัด
siam,บริษัท สยามบริการ,บริษัท,
cs,ฝ่ายบริการลูกค้า,ฝ่าย,siam
callcenter,ทีมคอลเซ็นเตอร์,ทีม,cs
somchai,สมชาย ใจดี,พนักงาน,callcenter
";

/// Vietnamese as Windows-1258 holds it (what Excel writes): â ă ê ô ơ ư composed, the
/// tone marks as combining characters.
fn cp1258(text: &str) -> Vec<u8> {
    use unicode_normalization::char::{compose, is_combining_mark};
    use unicode_normalization::UnicodeNormalization;
    let mut out: Vec<char> = Vec::new();
    let mut base = None;
    for c in text.nfd() {
        match base
            .filter(|_| matches!(c, '\u{302}' | '\u{306}' | '\u{31B}'))
            .and_then(|i: usize| compose(out[i], c).map(|m| (i, m)))
        {
            Some((i, m)) => out[i] = m,
            None => {
                if !is_combining_mark(c) {
                    base = Some(out.len());
                }
                out.push(c);
            }
        }
    }
    let text: String = out.into_iter().collect();
    let (bytes, _, errors) = encoding_rs::WINDOWS_1258.encode(&text);
    assert!(!errors);
    bytes.into_owned()
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut out = if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        out.extend(if little { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

#[test]
fn each_encoding_reads_to_the_same_plan_and_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let tabs = |s: &str| s.replace(',', "\t");
    let cases: Vec<(&str, Vec<u8>, Option<&str>, &str)> = vec![
        ("utf8", ORG_VI.as_bytes().to_vec(), None, ORG_VI),
        (
            "bom",
            [b"\xEF\xBB\xBF".as_slice(), ORG_VI.as_bytes()].concat(),
            None,
            ORG_VI,
        ),
        ("utf16le-tab", utf16(&tabs(ORG_VI), true), Some("UTF-16 LE"), ORG_VI),
        ("utf16be-comma", utf16(ORG_VI, false), Some("UTF-16 BE"), ORG_VI),
        ("cp1258", cp1258(ORG_VI), Some("Windows-1258"), ORG_VI),
        (
            "cp1258-libreoffice",
            std::fs::read(data("to-chuc-windows-1258.csv")).unwrap(),
            Some("Windows-1258"),
            ORG_VI,
        ),
        (
            "cp874",
            encoding_rs::WINDOWS_874.encode(ORG_TH).0.into_owned(),
            Some("Windows-874"),
            ORG_TH,
        ),
        (
            "cp874-libreoffice",
            std::fs::read(data("org-windows-874.csv")).unwrap(),
            Some("Windows-874"),
            ORG_TH,
        ),
    ];
    for (name, bytes, encoding, text) in cases {
        let file = format!("{name}.csv");
        std::fs::write(d.join(&file), bytes).unwrap();
        std::fs::write(d.join("plain.csv"), text).unwrap();
        let plan = format!("{name}.okr");
        let run = okr_ok(d, &["import", &plan, "--org", &file]);
        match encoding {
            Some(e) => assert!(
                run.stdout.contains(&format!("{file} read as {e}")),
                "{name}: {}",
                run.stdout
            ),
            None => assert!(!run.stdout.contains("read as"), "{name}: {}", run.stdout),
        }
        let expected = format!("{name}-plain.okr");
        okr_ok(d, &["import", &expected, "--org", "plain.csv"]);
        assert_eq!(exported(d, &plan), exported(d, &expected), "{name}");
    }
    // Decoded text is NFC: the Windows-1258 file's combining tone marks are composed.
    let org = exported(d, "cp1258.okr");
    assert!(org.contains("Nguyễn Thị Hương") && !org.contains('\u{303}'), "{org}");
}

/// Runs a refused import and checks the plan file did not change by a byte.
fn refused(d: &Path, args: &[&str], says: &[&str]) -> String {
    let before = std::fs::read(d.join("plan.okr")).unwrap();
    let run = okr(d, args);
    assert_eq!(run.code, 2, "{args:?}: {}{}", run.stdout, run.stderr);
    for s in says {
        assert!(run.stderr.contains(s), "{args:?}: expected {s:?} in\n{}", run.stderr);
    }
    assert_eq!(
        std::fs::read(d.join("plan.okr")).unwrap(),
        before,
        "{args:?} changed the plan"
    );
    run.stderr
}

fn sheet(book: &mut Workbook, name: &str, rows: &[&[Data]]) {
    let ws = book.add_worksheet().set_name(name).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Data::String(s) => ws.write_string(r, c, s).map(|_| ()).unwrap(),
                Data::Float(v) => ws.write_number(r, c, *v).map(|_| ()).unwrap(),
                Data::Int(v) => ws.write_number(r, c, *v as f64).map(|_| ()).unwrap(),
                Data::Bool(b) => ws.write_boolean(r, c, *b).map(|_| ()).unwrap(),
                Data::DateTime(d) => {
                    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
                    ws.write_number_with_format(r, c, d.as_f64(), &format)
                        .map(|_| ())
                        .unwrap()
                }
                Data::Empty => {}
                other => panic!("{other:?}"),
            }
        }
    }
}

fn s(text: &str) -> Data {
    Data::String(text.into())
}

fn n(v: f64) -> Data {
    Data::Float(v)
}

#[test]
fn every_refusal_names_its_place_and_leaves_the_plan_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("org.csv"), ORG_VI).unwrap();
    okr_ok(d, &["import", "plan.okr", "--org", "org.csv"]);

    // An unquoted comma in a name: the row is wider than the header.
    let wide = ORG_VI.replace("Nguyễn Thị Hương", "Nguyễn, Thị Hương");
    std::fs::write(d.join("wide.csv"), wide).unwrap();
    refused(
        d,
        &["import", "plan.okr", "--org", "wide.csv"],
        &["wide.csv line 5: has 6 cells, the header 5: a comma inside a value must be quoted"],
    );
    // Bytes that are no UTF-8 and neither Vietnamese nor Thai text that can be told apart.
    std::fs::write(d.join("odd.csv"), b"key,name,level,parent\nx,\xC0 \xE0\xAAx y,team,\n").unwrap();
    refused(
        d,
        &["import", "plan.okr", "--org", "odd.csv"],
        &["odd.csv: the file is not UTF-8", "save it as \"CSV UTF-8"],
    );
    // A file that is no workbook.
    refused(
        d,
        &["import", "plan.okr", "--xlsx", "org.csv"],
        &["org.csv: the file is not an Excel workbook (.xlsx)"],
    );

    // A workbook without any of the three sheets.
    let mut book = Workbook::new();
    sheet(&mut book, "Trang 1", &[&[s("Tên"), s("Ghi chú")], &[s("a"), s("b")]]);
    book.save(d.join("none.xlsx")).unwrap();
    refused(
        d,
        &["import", "plan.okr", "--xlsx", "none.xlsx"],
        &[
            "none.xlsx: the workbook has no sheet named \"org\" (\"Tổ chức\", \"องค์กร\")",
            "Trang 1",
        ],
    );

    // Problems in a sheet: named by sheet, Excel row, column letter and header, value.
    let mut book = Workbook::new();
    sheet(
        &mut book,
        "Tổ chức",
        &[
            &[s("Mã"), s("Tên"), s("Cấp"), s("Thuộc")],
            &[s("saomai"), s("Công ty Sao Mai"), s("công ty"), Data::Empty],
            &[Data::Empty],
            &[s("t1"), s("Nhóm 1"), s("đội"), s("saomai")],
        ],
    );
    sheet(
        &mut book,
        "Kết quả then chốt",
        &[
            &[s("Mục tiêu"), s("Tiêu đề"), s("Ban đầu"), s("Chỉ tiêu"), s("Hiện tại")],
            &[
                s("o1"),
                s("CSAT"),
                s("1,000"),
                n(5.0),
                Data::DateTime(calamine::ExcelDateTime::new(
                    46000.0,
                    calamine::ExcelDateTimeType::DateTime,
                    false,
                )),
            ],
        ],
    );
    book.save(d.join("bad.xlsx")).unwrap();
    let said = refused(
        d,
        &["import", "plan.okr", "--xlsx", "bad.xlsx"],
        &[
            "bad.xlsx sheet \"Tổ chức\" row 4, column C (Cấp): \"đội\" is not a level",
            "bad.xlsx sheet \"Kết quả then chốt\" row 2, column C (Ban đầu): \"1,000\" is not a number",
            "bad.xlsx sheet \"Kết quả then chốt\" row 2, column E (Hiện tại): \"2025-12-09\" is a date in the workbook, not a number",
        ],
    );
    assert!(!said.contains("row 3"), "the empty row is skipped: {said}");
}

#[test]
fn a_workbook_written_by_rust_xlsxwriter_imports_sheets_found_by_name_or_header() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut book = Workbook::new();
    // Thai headers on a sheet with a name of the director's own: found by its header row.
    sheet(
        &mut book,
        "ผังองค์กร 2026",
        &[
            &[s("รหัส"), s("ชื่อ"), s("ระดับชั้น"), s("สังกัด"), s("จำนวนวัตถุประสงค์สูงสุด")],
            &[s("siam"), s("บริษัท สยามบริการ"), s("บริษัท"), Data::Empty, Data::Empty],
            &[s("cs"), s("ฝ่ายบริการลูกค้า"), s("ฝ่าย"), s("siam"), n(4.0)],
        ],
    );
    sheet(
        &mut book,
        "objectives",
        &[
            &[
                s("key"),
                s("quarter"),
                s("owner"),
                s("title"),
                s("parent"),
                s("commitment"),
            ],
            &[
                s("s1"),
                s("2026-Q4"),
                s("siam"),
                s("ลูกค้าพอใจ"),
                Data::Empty,
                s("committed"),
            ],
            // A quarter as a date cell (2026-11-02).
            &[
                s("c1"),
                Data::DateTime(calamine::ExcelDateTime::new(
                    46328.0,
                    calamine::ExcelDateTimeType::DateTime,
                    false,
                )),
                s("cs"),
                s("ตอบเร็วขึ้น"),
                s("s1"),
                Data::Empty,
            ],
        ],
    );
    sheet(
        &mut book,
        "key_results",
        &[
            &[
                s("objective"),
                s("title"),
                s("baseline"),
                s("target"),
                s("current"),
                s("weight"),
            ],
            &[s("s1"), s("CSAT"), n(4.2), n(4.6), n(4.3), n(1.0)],
            &[s("c1"), s("FRT"), s("120,5"), n(60.0), n(90.0), s("2")],
        ],
    );
    book.save(d.join("plan.xlsx")).unwrap();
    okr_ok(d, &["import", "plan.okr", "--xlsx", "plan.xlsx"]);
    let csv = exported(d, "plan.okr");
    for line in [
        "cs,ฝ่ายบริการลูกค้า,division,siam,,no,4,",
        "c1,2026-Q4,cs,ตอบเร็วขึ้น,s1,,aspirational",
        "s1,2026-Q4,siam,ลูกค้าพอใจ,,,committed",
        "c1,FRT,120.5,60,90,,2,progress,c1-kr1,,",
        "s1,CSAT,4.2,4.6,4.3,,1,progress,s1-kr1,,",
    ] {
        assert!(csv.contains(line), "{line} not in\n{csv}");
    }
    // The same workbook again changes nothing.
    let before = std::fs::read(d.join("plan.okr")).unwrap();
    let run = okr_ok(d, &["import", "plan.okr", "--xlsx", "plan.xlsx"]);
    assert!(run.stdout.contains("nothing changed"), "{}", run.stdout);
    assert_eq!(std::fs::read(d.join("plan.okr")).unwrap(), before);
}

#[test]
fn the_workbook_libreoffice_saved_with_vietnamese_headers_imports() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    okr_ok(
        d,
        &[
            "import",
            "plan.okr",
            "--xlsx",
            data("ke-hoach-vi.xlsx").to_str().unwrap(),
        ],
    );
    let csv = exported(d, "plan.okr");
    for line in [
        "hotline-hn,Nhóm hotline Hà Nội,team,cskh,,no,,",
        "cskh-1,2026-Q4,cskh,Giải quyết ngay từ lần gọi đầu,sm-1,,committed",
        // The quarter typed as a date, 2026-11-02.
        "hn-1,2026-Q4,hotline-hn,Trả lời nhanh hơn vào giờ cao điểm,cskh-1,,aspirational",
        "cskh-1,Điểm chất lượng cuộc gọi,85,85,88,điểm,1,keep-above,cskh-1-kr2,,",
        // "4,5" typed as text with a decimal comma.
        "hn-1,Thời gian chờ trung bình,4.5,2,3.5,phút,1,progress,hn-1-kr1,,",
    ] {
        assert!(csv.contains(line), "{line} not in\n{csv}");
    }
}

/// The three import sheets of a workbook, by sheet name, as calamine reads them.
fn import_sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let names = book.sheet_names();
    names
        .iter()
        .filter(|n| cascade::format::Sheet::named(n).is_some())
        .map(|n| {
            let range = book.worksheet_range(n).unwrap();
            (n.clone(), range.rows().map(|r| r.to_vec()).collect())
        })
        .collect()
}

fn write_sheets(path: &Path, sheets: &[(String, Vec<Vec<Data>>)]) {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let rows: Vec<&[Data]> = rows.iter().map(Vec::as_slice).collect();
        sheet(&mut book, name, &rows);
    }
    book.save(path).unwrap();
}

#[test]
fn export_edit_in_excel_import_changes_only_what_was_changed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    import_sample(d, "plan.okr");
    let kr = "o00001-kr1";
    okr_ok(d, &["checkin", "plan.okr", "--kr", kr, "--value", "64", "--who", "Lan"]);
    for lang in ["en", "vi", "th"] {
        let book = d.join(format!("q4-{lang}.xlsx"));
        okr_ok(
            d,
            &[
                "export",
                "plan.okr",
                "--format",
                "xlsx",
                "--quarter",
                "2026-Q4",
                "--lang",
                lang,
                "--out",
                book.to_str().unwrap(),
            ],
        );
        let sheets = import_sheets(&book);
        assert_eq!(sheets.len(), 3, "{lang}");
        // Imported back as it is: not a byte of the plan changes.
        let before = std::fs::read(d.join("plan.okr")).unwrap();
        let run = okr_ok(d, &["import", "plan.okr", "--xlsx", book.to_str().unwrap()]);
        assert!(run.stdout.contains("nothing changed"), "{lang}: {}", run.stdout);
        assert_eq!(std::fs::read(d.join("plan.okr")).unwrap(), before, "{lang}");
    }

    // A director changes one target and one objective's title in Excel.
    let book = d.join("q4-vi.xlsx");
    let mut sheets = import_sheets(&book);
    let (objectives, key_results) = (1, 2);
    let target = sheets[key_results].1[0]
        .iter()
        .position(|c| *c == s("Chỉ tiêu"))
        .unwrap();
    let key = sheets[key_results].1[0].iter().position(|c| *c == s("Mã")).unwrap();
    let row = sheets[key_results].1.iter().position(|r| r[key] == s(kr)).unwrap();
    sheets[key_results].1[row][target] = n(77.5);
    let title = sheets[objectives].1[0].iter().position(|c| *c == s("Tiêu đề")).unwrap();
    sheets[objectives].1[1][title] = s("Một tiêu đề mới");
    let edited = d.join("edited.xlsx");
    write_sheets(&edited, &sheets);

    let before = exported(d, "plan.okr");
    let plan = Plan::open(d.join("plan.okr")).unwrap();
    let old = plan.key_result(kr).unwrap();
    drop(plan);
    let run = okr_ok(d, &["import", "plan.okr", "--xlsx", edited.to_str().unwrap()]);
    assert!(run.stdout.contains("0 added, 1 updated"), "{}", run.stdout);
    assert!(run.stdout.contains("0 objectives added, 1 updated"), "{}", run.stdout);
    let after = exported(d, "plan.okr");
    let changed: Vec<(&str, &str)> = before.lines().zip(after.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed.len(), 2, "{changed:#?}");
    let plan = Plan::open(d.join("plan.okr")).unwrap();
    let new = plan.key_result(kr).unwrap();
    assert_eq!((new.id, new.target, new.current), (old.id, 77.5, old.current));
}

/// The drop-down lists of the first three sheets of a workbook: per sheet, each list's
/// column letter and words, read from the sheets' XML (calamine does not read them).
fn drop_downs(path: &Path) -> Vec<Vec<(String, Vec<String>)>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (1..=3)
        .map(|i| {
            let mut xml = String::new();
            std::io::Read::read_to_string(
                &mut zip.by_name(&format!("xl/worksheets/sheet{i}.xml")).unwrap(),
                &mut xml,
            )
            .unwrap();
            xml.split("<dataValidation ")
                .skip(1)
                .map(|v| {
                    let sqref = v.split("sqref=\"").nth(1).unwrap().split('"').next().unwrap();
                    let column: String = sqref.chars().take_while(char::is_ascii_alphabetic).collect();
                    let list = v
                        .split("<formula1>")
                        .nth(1)
                        .unwrap()
                        .split("</formula1>")
                        .next()
                        .unwrap();
                    let words = list.trim_matches('"').replace("&quot;", "");
                    (column, words.split(',').map(str::to_string).collect())
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_template_in_each_language_imports_once_filled() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let words = [
        ("en", ["company", "division", "team"], "committed", "keep-below"),
        ("vi", ["công ty", "khối", "nhóm"], "cam kết", "giữ từ mức này trở xuống"),
        ("th", ["บริษัท", "ฝ่าย", "ทีม"], "ผูกมัด", "รักษาให้ไม่เกิน"),
    ];
    for (lang, levels, committed, keep_below) in words {
        let template = d.join(format!("template-{lang}.xlsx"));
        okr_ok(
            d,
            &[
                "template",
                "--lang",
                lang,
                "--out",
                template.to_str().unwrap(),
                "--from",
                "2026-Q4",
            ],
        );
        let mut book: Xlsx<_> = open_workbook(&template).unwrap();
        let names = book.sheet_names();
        assert_eq!(names.len(), 4, "three import sheets and the explanation: {names:?}");
        // The explanation: a line for every column of the three sheets, none left empty.
        let help = book.worksheet_range(&names[3]).unwrap();
        let explained: Vec<String> = help.rows().skip(3).map(|r| r[3].to_string()).collect();
        assert_eq!(explained.len(), 8 + 7 + 12, "{lang}");
        assert!(explained.iter().all(|t| t.len() > 10), "{lang}: {explained:?}");
        // The drop-down lists, in the template's language.
        let lists = drop_downs(&template);
        for (sheet, column, first, count) in [
            (0, "C", levels[0], 4),
            (1, "B", "2026-Q4", 8),
            (1, "G", committed, 2),
            (2, "H", keep_below, 3),
            (2, "K", "", 3),
        ] {
            let list = lists[sheet]
                .iter()
                .find(|(c, _)| c == column)
                .unwrap_or_else(|| panic!("{lang}: no list in sheet {sheet} column {column}: {lists:?}"));
            assert_eq!(list.1.len(), count, "{lang} {column}: {list:?}");
            assert!(list.1.iter().any(|w| w.contains(first)), "{lang} {column}: {list:?}");
        }
        let mut sheets = import_sheets(&template);
        for (i, sheet) in cascade::format::Sheet::ALL.iter().enumerate() {
            assert_eq!(sheets[i].0, sheet.name(lang.parse().unwrap()));
            let headers: Vec<Data> = sheet.headers(lang.parse().unwrap()).map(s).collect();
            assert_eq!(sheets[i].1, vec![headers], "{lang}: headers only");
        }
        if lang == "en" {
            let org: Vec<Data> = [
                "key",
                "name",
                "level",
                "parent",
                "role",
                "new_hire",
                "objective_cap",
                "notes",
            ]
            .map(s)
            .to_vec();
            assert_eq!(sheets[0].1[0], org, "the English headers are the CSV columns");
        }
        // Filled in as the template's columns ask.
        sheets[0].1.extend([
            vec![s("acme"), s("Acme"), s(levels[0])],
            vec![s("care"), s("Care"), s(levels[1]), s("acme")],
            vec![
                s("t1"),
                s("Team 1"),
                s(levels[2]),
                s("care"),
                s("lead"),
                Data::Bool(true),
                n(2.0),
            ],
        ]);
        sheets[1].1.extend([
            vec![
                s("o1"),
                s("2026-Q4"),
                s("acme"),
                s("Delight"),
                Data::Empty,
                Data::Empty,
                s(committed),
            ],
            vec![s("o2"), s("2026-Q4"), s("care"), s("Faster"), s("o1")],
        ]);
        sheets[2].1.extend([vec![
            s("o2"),
            s("Backlog"),
            n(40.0),
            n(20.0),
            n(35.0),
            s("tickets"),
            n(1.0),
            s(keep_below),
        ]]);
        let filled = d.join(format!("filled-{lang}.xlsx"));
        write_sheets(&filled, &sheets);
        let plan = format!("{lang}.okr");
        okr_ok(d, &["import", &plan, "--xlsx", filled.to_str().unwrap()]);
        let csv = exported(d, &plan);
        for line in [
            "t1,Team 1,team,care,lead,yes,2,",
            "o1,2026-Q4,acme,Delight,,,committed",
            "o2,Backlog,40,20,35,tickets,1,keep-below,o2-kr1,,",
        ] {
            assert!(csv.contains(line), "{lang}: {line} not in\n{csv}");
        }
    }
}
