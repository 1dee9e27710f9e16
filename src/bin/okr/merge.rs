//! `okr merge`: bring a review copy's changes back into its plan.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::review_copy::{MergeChoices, MergeOutcome};
use cascade::Plan;

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// What changed, the conflicts, and the findings the merge brought or resolved.
    Text,
    /// The whole merge report as JSON, for scripts.
    Json,
}

/// Merge a review copy made by `okr handout` back into its plan, field by field.
///
/// What only the reviewer changed is applied, what only the plan changed is kept, and a field
/// both changed differently is a conflict in which the plan's value is kept (take the
/// review's with --take-theirs). The merge is one transaction; merging the same copy
/// twice changes nothing the second time.
///
/// Exit code 0 when merged without conflicts, 1 when merged with conflicts (listed), 2
/// when refused (not a review copy, a copy of another plan, a copy changed outside its
/// part): then the plan is left exactly as it was.
///
/// Several copies are merged one after another, each in a transaction of its own: a
/// refused copy leaves the plan as it was before it and does not stop the others. The
/// report lists each copy (applied, conflicts, or refused and why); the exit code is 2
/// when any was refused, else 1 when any had conflicts, else 0.
///
/// Example: okr merge 2026.okr hotline-review.okr --take-theirs objective/hotline-2026q4-1/title
///
/// Example: okr merge 2026.okr reviews/*.okr
#[derive(clap::Args)]
pub struct Args {
    /// The plan to merge into.
    plan: PathBuf,
    /// The review copies; one or more.
    #[arg(required = true, num_args = 1..)]
    reviews: Vec<PathBuf>,
    /// Take the review's side of a conflict, named as listed (table/row/field); repeat for more.
    #[arg(long = "take-theirs", value_name = "FIELD_REF")]
    take_theirs: Vec<String>,
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

pub fn run(args: Args, lang: cascade::Lang) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    let choices = MergeChoices {
        take_theirs: args.take_theirs,
        lang,
    };
    let [review] = args.reviews.as_slice() else {
        return merge_many(plan, &args.reviews, &choices, args.format, lang);
    };
    let report = cascade::review_copy::merge(&mut plan, review, &choices)?;
    plan.close()?;
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&report).expect("plain data")),
        Format::Text => print_lines(report.lines(lang, &review.display().to_string())),
    }
    for c in &report.unmatched_choices {
        eprintln!("okr: --take-theirs {c} names no conflict of this merge; check the spelling against the list");
    }
    Ok(if report.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn merge_many(
    mut plan: Plan,
    reviews: &[PathBuf],
    choices: &MergeChoices,
    format: Format,
    lang: cascade::Lang,
) -> crate::Outcome {
    let copies = cascade::review_copy::merge_each(&mut plan, reviews, choices);
    plan.close()?;
    let outcome = cascade::review_copy::outcome(&copies);
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "outcome": outcome, "copies": copies }))
                .expect("plain data")
        ),
        Format::Text => {
            for c in &copies {
                print_lines(cascade::review_copy::copy_lines(c, lang));
                println!();
            }
            println!("{}", cascade::review_copy::copies_summary(&copies, lang));
        }
    }
    let mut reports = copies.iter().filter_map(|c| c.report.as_ref()).peekable();
    if reports.peek().is_some() {
        for c in &choices.take_theirs {
            if reports.clone().all(|r| r.unmatched_choices.contains(c)) {
                eprintln!(
                    "okr: --take-theirs {c} names no conflict of these merges; check the spelling against the list"
                );
            }
        }
    }
    Ok(match outcome {
        MergeOutcome::Merged => ExitCode::SUCCESS,
        MergeOutcome::MergedWithConflicts => ExitCode::from(1),
        MergeOutcome::SomeRefused => ExitCode::from(2),
    })
}

fn print_lines(lines: Vec<String>) {
    for line in lines {
        println!("{line}");
    }
}
