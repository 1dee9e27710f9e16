//! `okr templates`: the core's library of support OKRs, listed by level and shown in
//! full, in the language asked for.

mod common;

use common::{okr, okr_ok};

#[test]
fn lists_the_library_by_level() {
    let dir = tempfile::tempdir().unwrap();
    let all = okr_ok(dir.path(), &["templates"]).stdout;
    for heading in [
        "Company · Director",
        "Division · Director",
        "Team · Team lead",
        "Agent · Agent",
    ] {
        assert!(all.contains(heading), "{heading} missing:\n{all}");
    }
    assert!(all.contains("team-queue") && all.contains("Keep the team's queue short and calm"));

    let team = okr_ok(dir.path(), &["templates", "--level", "team"]).stdout;
    assert!(
        team.contains("team-queue") && team.contains("team-onboarding"),
        "{team}"
    );
    assert!(!team.contains("company-") && !team.contains("agent-"), "{team}");
    assert!(!team.contains("Company"), "{team}");
}

#[test]
fn speaks_vietnamese_and_thai() {
    let dir = tempfile::tempdir().unwrap();
    let vi = okr_ok(dir.path(), &["templates", "--level", "team", "--lang", "vi"]).stdout;
    assert!(vi.contains("Nhóm · Trưởng nhóm"), "{vi}");
    assert!(vi.contains("Giữ hàng chờ của nhóm ngắn và ổn định"), "{vi}");
    assert!(!vi.contains("Keep the team's queue"), "{vi}");

    let shown = okr_ok(dir.path(), &["templates", "team-queue", "--lang", "vi"]).stdout;
    assert!(shown.contains("Thời gian trả lời trung bình: 90 → 40 giây"), "{shown}");
    assert!(shown.contains("[speed-of-answer]"), "{shown}");

    let th = okr_ok(dir.path(), &["templates", "division-speed", "--lang", "th"]).stdout;
    assert!(th.contains("ตอบลูกค้าเร็วขึ้นโดยไม่ลดคุณภาพ"), "{th}");
    assert!(th.contains("CSAT ไม่ต่ำกว่า: 4.3 /5  [csat, keep-above]  CSAT"), "{th}");
}

#[test]
fn an_unknown_template_or_level_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let r = okr(dir.path(), &["templates", "no-such"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such"), "{}", r.stderr);
    let r = okr(dir.path(), &["templates", "--level", "region"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("company, division, team or agent"), "{}", r.stderr);
    let help = okr_ok(dir.path(), &["templates", "--help"]).stdout;
    assert!(help.contains("okr templates --level team --lang vi"), "{help}");
}
