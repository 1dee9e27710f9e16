//! `okr init`: a new, empty plan file.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::Plan;

/// Create a new, empty plan file.
///
/// Example: okr init 2026-plan.okr
#[derive(clap::Args)]
pub struct Args {
    /// The plan file to create (by convention with the .okr extension); must not exist.
    plan: PathBuf,
}

pub fn run(args: Args, lang: cascade::Lang) -> crate::Outcome {
    Plan::create(&args.plan)?.close()?;
    println!(
        "{}",
        cascade::Words::new("okr-created")
            .with("plan", args.plan.display())
            .say(lang)
    );
    Ok(ExitCode::SUCCESS)
}
