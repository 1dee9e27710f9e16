//! What linking an objective would bring, before anything is written: the link dialog
//! shows it so the user confirms knowing the findings the link makes.

use uuid::Uuid;

use crate::checks::{check_quarter_in, Finding};
use crate::{Error, Lang, Result, Snapshot};

/// The findings about `objective` that making it support `parent` (or nothing) would
/// bring and that are not already there. `all` is the whole plan (links across quarters
/// are judged from both sides); `now` are the findings of the objective's quarter as the
/// plan stands. Judged on a copy: the plan is not touched.
pub fn link_preview(
    all: &Snapshot,
    now: &[Finding],
    objective: Uuid,
    parent: Option<Uuid>,
    lang: Lang,
) -> Result<Vec<Finding>> {
    let mut after = all.clone();
    let o = after
        .objectives
        .iter_mut()
        .find(|o| o.id == objective)
        .ok_or_else(|| Error::not_found("objective", "id", objective))?;
    o.parent_id = parent;
    let quarter = o.quarter;
    let before: Vec<&Finding> = now.iter().filter(|f| f.objective_id == Some(objective)).collect();
    Ok(check_quarter_in(&after, Some(quarter), lang)
        .into_iter()
        .filter(|f| f.objective_id == Some(objective) && !before.contains(&f))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Rule;
    use crate::view::fixture::{node, obj, q4};
    use crate::{Level, Plan};

    #[test]
    fn a_link_brings_only_the_findings_it_would_add() {
        let mut plan = Plan::in_memory().unwrap();
        let co = node(&mut plan, "Công ty", Level::Company, None);
        let div = node(&mut plan, "Khối CSKH", Level::Division, Some(co.id));
        let team = node(&mut plan, "Nhóm hotline 11", Level::Team, Some(div.id));
        let top = obj(&mut plan, co.id, "Khách hài lòng", None);
        let d = obj(&mut plan, div.id, "Trả lời nhanh", Some(top.id));
        let t = obj(&mut plan, team.id, "Gọi lại trong 24 giờ", None);
        let all = plan.snapshot(None).unwrap();
        let now = check_quarter_in(&all, Some(q4()), Lang::Vi);
        assert!(now
            .iter()
            .any(|f| f.objective_id == Some(t.id) && f.rule == Rule::Orphan));

        // Linking to the direct parent's objective brings nothing new.
        assert_eq!(link_preview(&all, &now, t.id, Some(d.id), Lang::Vi).unwrap(), vec![]);
        // Skipping a level is found, in the language asked for.
        let skip = link_preview(&all, &now, t.id, Some(top.id), Lang::Vi).unwrap();
        assert!(!skip.is_empty(), "skipping the division is found");
        assert!(skip.iter().all(|f| f.objective_id == Some(t.id) && !now.contains(f)));
        // Unlinking the division's objective makes it an orphan.
        let unlinked = link_preview(&all, &now, d.id, None, Lang::Vi).unwrap();
        assert!(unlinked.iter().any(|f| f.rule == Rule::Orphan));
        // Nothing was written.
        assert_eq!(plan.snapshot(None).unwrap(), all);
        assert!(link_preview(&all, &now, Uuid::now_v7(), None, Lang::Vi).is_err());
    }
}
