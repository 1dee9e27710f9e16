//! `okr undo` and `okr redo`: take back the plan's latest changes, or make them again.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::Plan;

/// Undo the latest changes to the plan, from any door (an import is one step). Refused,
/// changing nothing, when a later change touched the same rows.
///
/// Example: okr undo q4.okr --steps 2
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// How many changes to undo, newest first.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    steps: u32,
}

/// Redo the changes undone last (a new change clears what can be redone).
///
/// Example: okr redo q4.okr
#[derive(clap::Args)]
pub struct RedoArgs {
    /// The plan file.
    plan: PathBuf,
    /// How many undone changes to redo, the one undone last first.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    steps: u32,
}

pub fn run(args: Args, lang: cascade::Lang) -> crate::Outcome {
    steps(&args.plan, args.steps, false, lang)
}

pub fn redo(args: RedoArgs, lang: cascade::Lang) -> crate::Outcome {
    steps(&args.plan, args.steps, true, lang)
}

/// Each step is a change of its own: when one is refused, the steps before it stay done.
fn steps(path: &PathBuf, n: u32, redo: bool, lang: cascade::Lang) -> crate::Outcome {
    let mut plan = Plan::open(path)?;
    for _ in 0..n {
        let step = if redo { plan.redo() } else { plan.undo() };
        match step {
            Ok(step) => say!("{}", step.said(lang, redo)),
            Err(e) => {
                plan.close()?;
                return Err(e.into());
            }
        }
    }
    plan.close()?;
    Ok(ExitCode::SUCCESS)
}
