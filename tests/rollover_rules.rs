//! Rollover rules on a small plan: a copy whose parent was finished (and so not carried)
//! is left unlinked and reported; with `all` it is linked to the parent's copy; a later
//! rollover links new copies to copies made earlier.

use cascade::import::{import_csv, ImportFiles, ImportOptions, InputFile};
use cascade::{Plan, Quarter};

fn file(name: &str, text: &str) -> Option<InputFile> {
    Some(InputFile {
        name: name.into(),
        bytes: text.as_bytes().to_vec(),
    })
}

fn q(s: &str) -> Quarter {
    s.parse().unwrap()
}

fn plan() -> Plan {
    let mut plan = Plan::in_memory().unwrap();
    import_csv(
        &mut plan,
        ImportFiles {
            org: file("org.csv", "key,name,level,parent\nco,Co,company,\nd1,Div,division,co\n"),
            objectives: file(
                "o.csv",
                "key,quarter,owner,title,parent\ndone,2026-Q4,co,Finished,\nopen,2026-Q4,d1,Unfinished,done\n",
            ),
            key_results: file(
                "k.csv",
                "objective,title,baseline,target,current,kind\ndone,CSAT,4,4.5,4.6,\nopen,FRT,120,60,90,\nopen,CSAT guard,,4.3,4.4,keep-above\n",
            ),
        }, ImportOptions::default(),
    )
    .unwrap();
    plan
}

#[test]
fn a_copy_whose_parent_was_done_is_unlinked_and_reported() {
    let mut plan = plan();
    let report = plan.rollover(q("2026-Q4"), q("2027-Q1"), false).unwrap();
    assert_eq!((report.carried.len(), report.done), (1, 1));
    let c = &report.carried[0];
    assert_eq!(
        (c.source.as_str(), c.copy.as_str(), c.unlinked, c.parent.as_deref()),
        ("open", "open-2027q1", true, None)
    );
    assert_eq!(c.progress, 0.75, "FRT half way, the guardrail held");
    let copy = plan.objective_by_key("open-2027q1").unwrap();
    assert_eq!((copy.parent_id, copy.quarter), (None, q("2027-Q1")));
    let krs = plan.key_results(copy.id).unwrap();
    assert_eq!(
        krs.iter()
            .map(|k| (k.baseline, k.current, k.target))
            .collect::<Vec<_>>(),
        [(Some(90.0), 90.0, 60.0), (Some(4.4), 4.4, 4.3)]
    );

    // Carrying everything afterwards adds the finished parent and links nothing twice;
    // the earlier copy keeps its (missing) link, as the user may have set it by hand.
    let report = plan.rollover(q("2026-Q4"), q("2027-Q1"), true).unwrap();
    assert_eq!((report.carried.len(), report.already_carried), (1, 1));
    assert_eq!(report.carried[0].copy, "done-2027q1");
}

#[test]
fn with_all_each_copy_is_linked_to_its_parents_copy() {
    let mut plan = plan();
    let report = plan.rollover(q("2026-Q4"), q("2027-Q1"), true).unwrap();
    assert_eq!(report.carried.len(), 2);
    let parent = plan.objective_by_key("done-2027q1").unwrap();
    let child = plan.objective_by_key("open-2027q1").unwrap();
    assert_eq!(child.parent_id, Some(parent.id));
    assert_eq!(child.carried_from, Some(plan.objective_by_key("open").unwrap().id));
    assert!(report.carried.iter().all(|c| !c.unlinked));
}

#[test]
fn a_later_rollover_links_to_copies_made_earlier() {
    let mut plan = plan();
    plan.rollover(q("2026-Q4"), q("2027-Q1"), true).unwrap();
    // A new unfinished objective under "done" appears in 2026-Q4 after the first rollover.
    import_csv(
        &mut plan,
        ImportFiles {
            objectives: file("o.csv", "key,quarter,owner,title,parent\nlate,2026-Q4,d1,Late,done\n"),
            key_results: file("k.csv", "objective,title,baseline,target,current\nlate,NPS,10,30,12\n"),
            ..Default::default()
        },
        ImportOptions::default(),
    )
    .unwrap();
    let report = plan.rollover(q("2026-Q4"), q("2027-Q1"), false).unwrap();
    assert_eq!(report.carried.len(), 1);
    assert_eq!(report.carried[0].parent.as_deref(), Some("done-2027q1"));
    assert_eq!(
        plan.objective_by_key("late-2027q1").unwrap().parent_id,
        Some(plan.objective_by_key("done-2027q1").unwrap().id)
    );
}
