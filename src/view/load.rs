//! Everyone's load against their cap, as the load screen lists it: the share of the cap
//! each one carries, overloaded first, then the most loaded, then by name.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::order::compare_names;
use crate::view::summary::NodeSummary;
use crate::{Lang, Level, Node, Snapshot};

/// One person's or unit's load against their cap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LoadRow {
    pub node_id: Uuid,
    pub key: String,
    pub name: String,
    pub level: Level,
    pub role: String,
    pub new_hire: bool,
    pub objectives: u32,
    pub cap: u32,
    pub over_cap: bool,
    /// Objectives over the cap: 1 is a full load, above 1 overloaded. A cap of 0 counts
    /// as 1, so one objective against it is a full load, not a division by zero.
    pub share: f64,
    /// How full the load reads at a glance, for its colour.
    pub band: LoadBand,
    /// The row's place when the rows are listed by name (0 first), in the natural order
    /// of the language asked for, for a table sorted by name.
    pub name_order: u32,
}

/// How full a load reads: over the cap, full, at least half, some, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum LoadBand {
    Over,
    Full,
    Half,
    Low,
    Idle,
}

impl LoadBand {
    /// The band of a load: `over_cap` as the checks judge it, else by its share.
    pub fn of(over_cap: bool, share: f64) -> LoadBand {
        if over_cap {
            LoadBand::Over
        } else if share >= 1.0 {
            LoadBand::Full
        } else if share >= 0.5 {
            LoadBand::Half
        } else if share > 0.0 {
            LoadBand::Low
        } else {
            LoadBand::Idle
        }
    }
}

/// The share of a cap that `objectives` take ([`LoadRow::share`]).
pub fn share(objectives: u32, cap: u32) -> f64 {
    f64::from(objectives) / f64::from(cap.max(1))
}

/// A row for every node with a summary: overloaded first, then by share (most loaded
/// first), then by name in the natural order of `lang`.
pub fn load_rows(snap: &Snapshot, summaries: &[NodeSummary], lang: Lang) -> Vec<LoadRow> {
    let nodes: HashMap<Uuid, &Node> = snap.nodes.iter().map(|n| (n.id, n)).collect();
    let mut rows: Vec<LoadRow> = summaries
        .iter()
        .filter_map(|s| {
            let n = nodes.get(&s.node_id)?;
            Some(LoadRow {
                node_id: n.id,
                key: n.key.clone(),
                name: n.name.clone(),
                level: n.level,
                role: n.role.clone(),
                new_hire: n.new_hire,
                objectives: s.objectives,
                cap: s.cap,
                over_cap: s.over_cap,
                share: share(s.objectives, s.cap),
                band: LoadBand::of(s.over_cap, share(s.objectives, s.cap)),
                name_order: 0,
            })
        })
        .collect();
    let by_name = |a: &LoadRow, b: &LoadRow| {
        compare_names(lang, &a.name, &b.name).then_with(|| compare_names(lang, &a.key, &b.key))
    };
    rows.sort_by(by_name);
    for (i, r) in rows.iter_mut().enumerate() {
        r.name_order = i as u32;
    }
    rows.sort_by(|a, b| {
        b.over_cap
            .cmp(&a.over_cap)
            .then_with(|| b.share.total_cmp(&a.share))
            .then_with(|| a.name_order.cmp(&b.name_order))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_quarter_in;
    use crate::view::fixture::{node, obj, q4};
    use crate::view::summary::summarize;
    use crate::{NodePatch, Plan};

    #[test]
    fn share_is_objectives_over_the_cap_and_a_zero_cap_counts_as_one() {
        for (objectives, cap, want) in [
            (0, 3, 0.0),
            (3, 3, 1.0),
            (4, 2, 2.0),
            (1, 4, 0.25),
            (1, 0, 1.0),
            (0, 0, 0.0),
        ] {
            assert_eq!(share(objectives, cap), want, "{objectives}/{cap}");
        }
    }

    #[test]
    fn bands_read_the_share() {
        for (over_cap, share, want) in [
            (true, 1.5, LoadBand::Over),
            (false, 1.0, LoadBand::Full),
            (false, 0.5, LoadBand::Half),
            (false, 0.49, LoadBand::Low),
            (false, 0.0, LoadBand::Idle),
        ] {
            assert_eq!(LoadBand::of(over_cap, share), want, "{share}");
        }
    }

    #[test]
    fn overloaded_first_then_most_loaded_then_names_in_natural_order() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "Công ty", Level::Company, None);
        let div = node(&mut plan, "Khối CSKH", Level::Division, Some(co.id));
        let t101 = node(&mut plan, "Nhóm hotline 101", Level::Team, Some(div.id));
        let t11 = node(&mut plan, "Nhóm hotline 11", Level::Team, Some(div.id));
        let busy = node(&mut plan, "ทีม 100", Level::Team, Some(div.id));
        let over = node(&mut plan, "ทีม 12", Level::Team, Some(div.id));
        plan.update_node(
            over.id,
            NodePatch {
                objective_cap: Some(Some(1)),
                ..Default::default()
            },
        )
        .unwrap();
        for title in ["Một", "Hai"] {
            obj(&mut plan, over.id, title, None);
        }
        obj(&mut plan, busy.id, "หนึ่ง", None);
        let snap = plan.snapshot(None).unwrap();
        let findings = check_quarter_in(&snap, Some(q4()), Lang::Vi);
        let rows = load_rows(&snap, &summarize(&snap, q4(), &findings), Lang::Vi);

        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "ทีม 12",
                "ทีม 100",
                "Công ty",
                "Khối CSKH",
                "Nhóm hotline 11",
                "Nhóm hotline 101"
            ],
            "over the cap, then loaded, then the idle by name with numbers by value"
        );
        assert!(rows[0].over_cap && rows[0].share == 2.0 && rows[0].band == LoadBand::Over);
        assert!(rows[1].share > 0.0 && rows[1].share < 1.0);
        let order = |id: Uuid| rows.iter().find(|r| r.node_id == id).unwrap().name_order;
        assert!(order(t11.id) < order(t101.id));
        assert!(order(over.id) < order(busy.id), "ทีม 12 before ทีม 100 by name");
        let mut orders: Vec<u32> = rows.iter().map(|r| r.name_order).collect();
        orders.sort();
        assert_eq!(orders, (0..rows.len() as u32).collect::<Vec<_>>());
    }
}
