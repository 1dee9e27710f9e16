//! The alignment map's boxes: every objective of a quarter with its owner, the objective
//! it supports in the same quarter, its progress and whether it is linked to nothing.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::order::compare_names;
use crate::checks::{Finding, Rule};
use crate::{objective_progress, KeyResult, Lang, Level, Node, Snapshot};

/// One box of the alignment map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MapObjective {
    pub id: Uuid,
    pub key: String,
    pub title: String,
    pub owner_id: Uuid,
    pub owner_name: String,
    pub level: Level,
    /// The supported objective, when it is in the same quarter.
    pub parent_id: Option<Uuid>,
    /// 0..1, the weighted progress of the key results.
    pub progress: f64,
    /// Flagged by the checks as linked to nothing.
    pub orphan: bool,
}

/// The boxes of one quarter's map, from a snapshot of that quarter and its findings, in
/// the order the map places them side by side: by owner name in the natural order of
/// `lang`, then by key.
pub fn map_objectives(quarter: &Snapshot, findings: &[Finding], lang: Lang) -> Vec<MapObjective> {
    let nodes: HashMap<Uuid, &Node> = quarter.nodes.iter().map(|n| (n.id, n)).collect();
    let in_quarter: HashSet<Uuid> = quarter.objectives.iter().map(|o| o.id).collect();
    let orphans: HashSet<Uuid> = findings
        .iter()
        .filter(|f| f.rule == Rule::Orphan)
        .filter_map(|f| f.objective_id)
        .collect();
    let mut krs: HashMap<Uuid, Vec<&KeyResult>> = HashMap::new();
    for k in &quarter.key_results {
        krs.entry(k.objective_id).or_default().push(k);
    }
    let mut out: Vec<MapObjective> = quarter
        .objectives
        .iter()
        .map(|o| {
            let owner = nodes.get(&o.owner_id);
            MapObjective {
                id: o.id,
                key: o.key.clone(),
                title: o.title.clone(),
                owner_id: o.owner_id,
                owner_name: owner.map(|n| n.name.clone()).unwrap_or_default(),
                level: owner.map(|n| n.level).unwrap_or(Level::Agent),
                parent_id: o.parent_id.filter(|p| in_quarter.contains(p)),
                progress: objective_progress(krs.get(&o.id).into_iter().flatten().copied()),
                orphan: orphans.contains(&o.id),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        compare_names(lang, &a.owner_name, &b.owner_name).then_with(|| compare_names(lang, &a.key, &b.key))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_quarter_in;
    use crate::view::fixture::{kr, node, obj, q4};
    use crate::Plan;

    #[test]
    fn boxes_carry_progress_links_within_the_quarter_and_orphans_in_natural_order() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "Công ty", Level::Company, None);
        let div = node(&mut plan, "Khối CSKH", Level::Division, Some(co.id));
        let t101 = node(&mut plan, "Nhóm hotline 101", Level::Team, Some(div.id));
        let t11 = node(&mut plan, "Nhóm hotline 11", Level::Team, Some(div.id));
        let top = obj(&mut plan, co.id, "Khách hài lòng", None);
        let d = obj(&mut plan, div.id, "Trả lời nhanh", Some(top.id));
        kr(&mut plan, d.id, 25.0);
        let a = obj(&mut plan, t101.id, "Gọi lại trong 24 giờ", Some(d.id));
        let b = obj(&mut plan, t11.id, "Giảm thời gian chờ", None);
        let carried = obj(&mut plan, t11.id, "Theo mục tiêu cũ", None);
        let all = plan.snapshot(None).unwrap();
        let findings = check_quarter_in(&all, Some(q4()), Lang::Vi);
        let mut quarter = plan.snapshot(Some(q4())).unwrap();
        // As if it supported an objective of another quarter, which the map does not hold.
        let c = quarter.objectives.iter_mut().find(|o| o.id == carried.id).unwrap();
        c.parent_id = Some(Uuid::now_v7());
        let boxes = map_objectives(&quarter, &findings, Lang::Vi);

        let owners: Vec<&str> = boxes.iter().map(|m| m.owner_name.as_str()).collect();
        assert_eq!(owners[..3], ["Công ty", "Khối CSKH", "Nhóm hotline 11"]);
        assert_eq!(owners.last(), Some(&"Nhóm hotline 101"), "11 before 101");
        let get = |id: Uuid| boxes.iter().find(|m| m.id == id).unwrap();
        assert!((get(d.id).progress - 0.25).abs() < 1e-9);
        assert_eq!(get(a.id).parent_id, Some(d.id));
        assert_eq!(get(d.id).level, Level::Division);
        assert!(get(b.id).orphan, "linked to nothing");
        assert!(!get(a.id).orphan);
        assert_eq!(
            get(carried.id).parent_id,
            None,
            "a parent of another quarter is not drawn"
        );
        assert_eq!(boxes.len(), 5);
    }
}
