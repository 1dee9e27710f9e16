//! `okr review`: mark a team's OKRs reviewed for a quarter, or show who is reviewed.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::{Level, NewComment, Plan, Quarter};

/// Mark a team's (or any unit's) OKRs reviewed for a quarter, with comments on its
/// objectives; --undo takes the mark back. Without --node, list the teams and whether
/// each is reviewed.
///
/// Example: okr review q4.okr --quarter 2026-Q4 --node hotline --by "Chị Lan" --comment "hotline-2026q4-1=Giữ cho quý sau"
///
/// Example: okr review q4.okr --quarter 2026-Q4
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The quarter reviewed, e.g. 2026-Q4.
    #[arg(long)]
    quarter: Quarter,
    /// The key of the team (or other unit) reviewed.
    #[arg(long)]
    node: Option<String>,
    /// The reviewer [default: $CASCADE_USER, else the login name].
    #[arg(long)]
    by: Option<String>,
    /// A comment on one objective, as OBJECTIVE_KEY=TEXT; repeat for more.
    #[arg(long = "comment", requires = "node")]
    comments: Vec<String>,
    /// Take the review mark back instead.
    #[arg(long, requires = "node", conflicts_with = "comments")]
    undo: bool,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let Some(key) = args.node else {
        let reviews = plan.reviews(Some(args.quarter))?;
        let lock = plan.quarter_lock(args.quarter)?;
        let nodes = plan.nodes()?;
        plan.close()?;
        let teams: Vec<_> = nodes.iter().filter(|n| n.level == Level::Team).collect();
        let done = teams
            .iter()
            .filter(|n| reviews.iter().any(|r| r.node_id == n.id))
            .count();
        say!("{}: {done} of {} teams reviewed", args.quarter, teams.len());
        if let Some(l) = lock {
            say!("locked by {} on {}", l.locked_by, l.locked_at.format("%Y-%m-%d"));
        }
        for n in &nodes {
            match reviews.iter().find(|r| r.node_id == n.id) {
                Some(r) => say!(
                    "  reviewed      {}  {}  (by {}, {})",
                    n.key,
                    n.name,
                    r.reviewed_by,
                    r.reviewed_at.format("%Y-%m-%d")
                ),
                None if n.level == Level::Team => say!("  not reviewed  {}  {}", n.key, n.name),
                None => {}
            }
        }
        return Ok(ExitCode::SUCCESS);
    };
    let node = plan.node_by_key(&key)?;
    if args.undo {
        let was = plan.unmark_reviewed(node.id, args.quarter)?;
        plan.close()?;
        if was {
            say!("{}: review mark for {} taken back", node.key, args.quarter);
        } else {
            say!("{}: was not marked reviewed for {}", node.key, args.quarter);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut comments = Vec::new();
    for c in &args.comments {
        let Some((objective, text)) = c.split_once('=') else {
            return Err(cascade::Error::Invalid {
                field: "--comment",
                value: c.clone(),
                problem: cascade::Words::new("why-not-comment-pair"),
            }
            .into());
        };
        comments.push(NewComment {
            objective_id: plan.objective_by_key(objective.trim())?.id,
            text: text.to_string(),
        });
    }
    let n = comments.len();
    plan.set_who(args.by.as_deref().unwrap_or_default());
    let r = plan.mark_reviewed(
        node.id,
        args.quarter,
        &args.by.unwrap_or_else(cascade::login_name),
        comments,
    )?;
    plan.close()?;
    say!(
        "{}: marked reviewed for {} by {}{}",
        node.key,
        r.quarter,
        r.reviewed_by,
        if n > 0 {
            format!(", {n} comment(s)")
        } else {
            String::new()
        }
    );
    Ok(ExitCode::SUCCESS)
}
