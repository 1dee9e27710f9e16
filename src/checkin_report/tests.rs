//! Unit tests of the report's reading and matching rules.

use super::*;
use crate::import::InputFile;

#[test]
fn measures_are_compared_ignoring_case_and_spacing() {
    for (a, b) in [
        ("CSAT", "csat"),
        ("FRT", " frt "),
        ("First response", "FIRST_RESPONSE"),
        ("first-response", "First Response"),
        ("Q A", "QA"),
    ] {
        assert!(same_measure(a, b), "{a} {b}");
    }
    assert!(!same_measure("CSAT", "NPS"));
    assert!(!same_measure("FCR", "FRT"));
}

#[test]
fn the_header_decides_the_shape_in_any_language() {
    let shape = |text: &str| {
        read::read(&InputFile {
            name: "r.csv".into(),
            bytes: text.as_bytes().to_vec(),
        })
        .map(|r| (r.shape, r.values.iter().map(|c| c.header.clone()).collect::<Vec<_>>()))
    };
    assert_eq!(
        shape("owner,name,CSAT,FRT\n").unwrap(),
        (ReportShape::Wide, vec!["CSAT".to_string(), "FRT".to_string()])
    );
    assert_eq!(
        shape("Người phụ trách;Tên;Ngày;CSAT\n").unwrap(),
        (ReportShape::Wide, vec!["CSAT".to_string()])
    );
    assert_eq!(shape("ผู้รับผิดชอบ,QA\n").unwrap().0, ReportShape::Wide);
    assert_eq!(shape("Key result,Value,Date\n").unwrap().0, ReportShape::Long);
    assert_eq!(shape("kr,Giá trị\n").unwrap().0, ReportShape::Long);
    let err = shape("agent,CSAT\n").unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::InvalidReport);
    assert!(
        err.message(Lang::En).contains("the header has: agent, CSAT"),
        "{}",
        err.message(Lang::En)
    );
}

#[test]
fn a_long_list_is_cut_with_a_count() {
    let names: Vec<String> = (1..=25).map(|i| format!("a{i}")).collect();
    let said = listed(&names, Lang::En);
    assert!(
        said.starts_with("a1, a2,") && said.ends_with("a20 and 5 more"),
        "{said}"
    );
    assert_eq!(listed(&names[..2], Lang::En), "a1, a2");
}
