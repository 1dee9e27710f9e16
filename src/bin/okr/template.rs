//! `okr template`: the empty workbook a director fills in and imports.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::export::template::write_template;
use cascade::{Lang, Quarter};

use crate::Outcome;

/// Write an empty workbook to fill in and import with `okr import PLAN --xlsx FILE`.
///
/// Its first three sheets are the organisation, the objectives and the key results, with
/// the same columns in every language (in English exactly the CSV column names), then a
/// sheet explaining every column. Level, kind, commitment, confidence and quarter are
/// picked from drop-down lists.
///
/// Example: okr template --lang vi --out ke-hoach.xlsx
#[derive(clap::Args)]
pub struct Args {
    /// The workbook to write (replaced if it exists).
    #[arg(long, value_name = "FILE.xlsx")]
    out: PathBuf,
    /// The first quarter the quarter list offers (it offers eight); this quarter if not given.
    #[arg(long)]
    from: Option<Quarter>,
}

pub fn run(args: Args, lang: Lang) -> Outcome {
    write_template(&args.out, lang, args.from)?;
    println!(
        "{}",
        cascade::Words::new("template-written")
            .with("path", args.out.display())
            .say(lang)
    );
    Ok(ExitCode::SUCCESS)
}
