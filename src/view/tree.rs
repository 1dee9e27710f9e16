//! The org tree as the app lists it: one row per person or unit, depth first, brothers
//! and sisters in the natural order of their names ([`super::order`]), each row with its
//! depth, its load and the findings of its subtree.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::order::compare_names;
use crate::view::summary::NodeSummary;
use crate::{Lang, Level, Quarter, Result, Snapshot};

/// One row of the org tree, in display order (depth first, children by name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TreeRow {
    pub id: Uuid,
    pub key: String,
    pub name: String,
    pub level: Level,
    pub parent_id: Option<Uuid>,
    /// How far below the top of the tree the row sits: 0 for the company, 1 for the rows
    /// under it, and so on.
    pub depth: u32,
    pub role: String,
    pub new_hire: bool,
    pub children: u32,
    pub objectives: u32,
    pub cap: u32,
    pub over_cap: bool,
    /// Findings in the node's subtree, for its badges.
    pub errors: u32,
    pub warnings: u32,
    pub infos: u32,
}

/// Every node of `snap` as a tree row, depth first; the children of a node in the natural
/// order of their names in `lang`, then of their keys. `summaries` are the quarter's
/// ([`crate::view::summary::summarize`]); a node without one shows no objectives.
pub fn tree_rows(snap: &Snapshot, summaries: &[NodeSummary], lang: Lang) -> Vec<TreeRow> {
    let nodes = &snap.nodes;
    let summaries: HashMap<Uuid, &NodeSummary> = summaries.iter().map(|s| (s.node_id, s)).collect();
    let ids: HashMap<Uuid, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let mut kids: HashMap<Option<Uuid>, Vec<usize>> = HashMap::new();
    for (i, n) in nodes.iter().enumerate() {
        // A parent missing from the snapshot makes the node a root, so no row is lost.
        let parent = n.parent_id.filter(|p| ids.contains_key(p));
        kids.entry(parent).or_default().push(i);
    }
    for list in kids.values_mut() {
        list.sort_by(|&a, &b| {
            compare_names(lang, &nodes[a].name, &nodes[b].name)
                .then_with(|| compare_names(lang, &nodes[a].key, &nodes[b].key))
        });
    }
    let mut out = Vec::with_capacity(nodes.len());
    let mut stack: Vec<(usize, u32)> = kids
        .get(&None)
        .map(|r| r.iter().rev().map(|&i| (i, 0)).collect())
        .unwrap_or_default();
    while let Some((i, depth)) = stack.pop() {
        let n = &nodes[i];
        let children = kids.get(&Some(n.id)).map(Vec::as_slice).unwrap_or_default();
        let s = summaries.get(&n.id);
        let counts = s.map(|s| s.subtree).unwrap_or_default();
        out.push(TreeRow {
            id: n.id,
            key: n.key.clone(),
            name: n.name.clone(),
            level: n.level,
            parent_id: n.parent_id,
            depth,
            role: n.role.clone(),
            new_hire: n.new_hire,
            children: children.len() as u32,
            objectives: s.map(|s| s.objectives).unwrap_or(0),
            cap: s.map(|s| s.cap).unwrap_or_else(|| snap.settings.cap_for(n)),
            over_cap: s.is_some_and(|s| s.over_cap),
            errors: counts.errors as u32,
            warnings: counts.warnings as u32,
            infos: counts.infos as u32,
        });
        stack.extend(children.iter().rev().map(|&c| (c, depth + 1)));
    }
    out
}

impl crate::Plan {
    /// The tree of `quarter` before the plan is checked: every row with its objectives and
    /// cap, no finding badges yet. It reads only the people and units and one count per
    /// owner (from the owner index), where the full tree needs every row of the plan read
    /// and checked, so on a 50,000-agent plan the app shows it in a fraction of the time
    /// and puts the badges on when the check is done ([`tree_rows`] gives the same rows
    /// with them).
    pub fn tree_outline(&mut self, quarter: Quarter, lang: Lang) -> Result<Vec<TreeRow>> {
        let (settings, nodes, owned) = self.read(|c| {
            Ok((
                crate::store::setting::get(c)?,
                crate::store::node::list(c)?,
                crate::store::objective::counts_by_owner(c, quarter)?,
            ))
        })?;
        let summaries: Vec<NodeSummary> = nodes
            .iter()
            .map(|n| {
                let objectives = owned.get(&n.id).copied().unwrap_or(0);
                let cap = settings.cap_for(n);
                NodeSummary {
                    node_id: n.id,
                    key: n.key.clone(),
                    quarter,
                    objectives,
                    cap,
                    over_cap: objectives > cap,
                    subtree: Default::default(),
                }
            })
            .collect();
        let outline = Snapshot {
            settings,
            nodes,
            objectives: Vec::new(),
            key_results: Vec::new(),
        };
        Ok(tree_rows(&outline, &summaries, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_quarter_in;
    use crate::view::fixture::{node, obj, q4};
    use crate::view::summary::summarize;
    use crate::Plan;

    fn rows(plan: &mut Plan, lang: Lang) -> Vec<TreeRow> {
        let snap = plan.snapshot(None).unwrap();
        let findings = check_quarter_in(&snap, Some(q4()), lang);
        tree_rows(&snap, &summarize(&snap, q4(), &findings), lang)
    }

    #[test]
    fn children_follow_their_parent_in_the_natural_order_of_names() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "Công ty Sao Mai", Level::Company, None);
        let vn = node(&mut plan, "Khối CSKH Việt Nam", Level::Division, Some(co.id));
        let th = node(&mut plan, "ฝ่ายบริการลูกค้า", Level::Division, Some(co.id));
        for name in ["Nhóm hotline 101", "Nhóm hotline 11", "Nhóm hotline 2"] {
            node(&mut plan, name, Level::Team, Some(vn.id));
        }
        for name in ["ทีม 100", "ทีม 12"] {
            node(&mut plan, name, Level::Team, Some(th.id));
        }
        let t11 = plan
            .nodes()
            .unwrap()
            .into_iter()
            .find(|n| n.name == "Nhóm hotline 11")
            .unwrap();
        node(&mut plan, "Đào Thị Mai", Level::Agent, Some(t11.id));
        node(&mut plan, "Dương Văn An", Level::Agent, Some(t11.id));

        let want = [
            ("Công ty Sao Mai", 0),
            ("Khối CSKH Việt Nam", 1),
            ("Nhóm hotline 2", 2),
            ("Nhóm hotline 11", 2),
            ("Dương Văn An", 3),
            ("Đào Thị Mai", 3),
            ("Nhóm hotline 101", 2),
            ("ฝ่ายบริการลูกค้า", 1),
            ("ทีม 12", 2),
            ("ทีม 100", 2),
        ];
        let want: Vec<(String, u32)> = want.iter().map(|(n, d)| (n.to_string(), *d)).collect();
        let got: Vec<(String, u32)> = rows(&mut plan, Lang::Vi)
            .into_iter()
            .map(|r| (r.name, r.depth))
            .collect();
        assert_eq!(got, want, "Vietnamese: numbers by value, Đ after D");

        // In Thai, Thai names come before Latin ones; numbers by value in every language.
        let th: Vec<String> = rows(&mut plan, Lang::Th).into_iter().map(|r| r.name).collect();
        assert_eq!(th[1], "ฝ่ายบริการลูกค้า");
        for lang in Lang::ALL {
            let names: Vec<String> = rows(&mut plan, lang).into_iter().map(|r| r.name).collect();
            let at = |name: &str| names.iter().position(|n| n == name).unwrap();
            assert!(at("Nhóm hotline 2") < at("Nhóm hotline 11"), "{lang}");
            assert!(at("Nhóm hotline 11") < at("Nhóm hotline 101"), "{lang}");
            assert!(at("ทีม 12") < at("ทีม 100"), "{lang}");
        }
    }

    #[test]
    fn rows_carry_depth_children_load_and_findings() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "Acme", Level::Company, None);
        let div = node(&mut plan, "Support", Level::Division, Some(co.id));
        let team = node(&mut plan, "Team 1", Level::Team, Some(div.id));
        obj(&mut plan, team.id, "Faster answers", None);
        let r: Vec<TreeRow> = rows(&mut plan, Lang::En)
            .into_iter()
            .filter(|r| r.id != div.id)
            .collect();
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].depth, r[0].children), (0, 1));
        assert_eq!((r[1].depth, r[1].children, r[1].objectives), (2, 0, 1));
        assert!(r[1].cap > 0 && !r[1].over_cap);
        assert!(r[0].errors + r[0].warnings + r[0].infos >= r[1].errors + r[1].warnings + r[1].infos);
        assert!(
            r[1].warnings + r[1].errors + r[1].infos > 0,
            "an objective linked to nothing is found"
        );
    }

    #[test]
    fn the_outline_is_the_tree_without_its_badges() {
        let mut plan = Plan::in_memory().unwrap();
        crate::demo::fill(&mut plan).unwrap();
        let quarters = plan.quarters().unwrap();
        assert!(quarters.len() >= 2);
        for lang in [Lang::En, Lang::Vi, Lang::Th] {
            for &q in &quarters {
                let snap = plan.snapshot(None).unwrap();
                let findings = check_quarter_in(&snap, Some(q), lang);
                let full = tree_rows(&snap, &summarize(&snap, q, &findings), lang);
                assert!(
                    full.iter().any(|r| r.errors + r.warnings + r.infos > 0),
                    "badges to leave out"
                );
                assert!(full.iter().any(|r| r.objectives > 0));
                let bare: Vec<TreeRow> = full
                    .into_iter()
                    .map(|r| TreeRow {
                        errors: 0,
                        warnings: 0,
                        infos: 0,
                        ..r
                    })
                    .collect();
                assert_eq!(plan.tree_outline(q, lang).unwrap(), bare, "{q} {lang}");
            }
        }
    }
}
