//! `okr score`: a quarter's scores, or a key result's score set by hand.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::measure::score::Reading;
use cascade::{Commitment, Plan, Quarter};

/// Show a quarter's scores (0.7 and above: met; 0.4–0.7: progress; below 0.4: missed;
/// committed objectives below 1.0 are misses to review), or set a key result's score by
/// hand with --kr and --set (or --clear to score it by its progress again).
///
/// Example: okr score q4.okr --quarter 2026-Q4
///
/// Example: okr score q4.okr --kr cskh-2026q4-1-kr2 --set 0.8
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The quarter to show, e.g. 2026-Q4.
    #[arg(long, required_unless_present = "kr")]
    quarter: Option<Quarter>,
    /// The key result (key or id) whose score to set or clear.
    #[arg(long, requires = "change")]
    kr: Option<String>,
    /// The score to set, 0 to 1.
    #[arg(long, group = "change")]
    set: Option<f64>,
    /// Score the key result by its progress again.
    #[arg(long, group = "change")]
    clear: bool,
    /// text for people, json for scripts.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    if let Some(kr) = &args.kr {
        let value = if args.clear { None } else { args.set };
        let kr = plan.set_score(kr, value)?;
        plan.close()?;
        match kr.score {
            Some(s) => say!("{}: score {s:.2} (set by hand; progress {:.2})", kr.key, kr.progress()),
            None => say!("{}: scored by its progress, {:.2}", kr.key, kr.progress()),
        }
        return Ok(ExitCode::SUCCESS);
    }
    let quarter = args.quarter.expect("clap requires --quarter without --kr");
    let scores = plan.scores(Some(quarter))?;
    let nodes = plan.nodes()?;
    plan.close()?;
    if let Format::Json = args.format {
        say!("{}", serde_json::to_string_pretty(&scores).expect("scores serialise"));
        return Ok(ExitCode::SUCCESS);
    }
    let count = |r: Reading| scores.iter().filter(|s| s.reading == r).count();
    say!(
        "{quarter}: {} objectives — {} met, {} progress, {} missed; {} committed miss(es) to review; {} at risk",
        scores.len(),
        count(Reading::Met),
        count(Reading::Progress),
        count(Reading::Missed),
        scores.iter().filter(|s| s.miss_to_review).count(),
        scores.iter().filter(|s| s.at_risk).count(),
    );
    for s in &scores {
        let owner = nodes
            .iter()
            .find(|n| n.id == s.owner_id)
            .map(|n| n.key.as_str())
            .unwrap_or("?");
        let mut flags = Vec::new();
        if s.miss_to_review {
            flags.push("MISS TO REVIEW: committed, below 1.0".to_string());
        }
        if s.at_risk {
            flags.push("at risk".to_string());
        }
        let commitment = match s.commitment {
            Commitment::Committed => "committed",
            Commitment::Aspirational => "aspirational",
        };
        say!(
            "\n{:.2}  {:<8}  {}  {}  [{owner}, {commitment}]{}",
            s.score,
            s.reading.as_str(),
            s.key,
            s.title,
            if flags.is_empty() {
                String::new()
            } else {
                format!("  — {}", flags.join("; "))
            }
        );
        for k in &s.key_results {
            let how = if k.set_by_hand {
                format!("set by hand; progress {:.2}", k.progress)
            } else {
                "from progress".to_string()
            };
            let confidence = k.confidence.map(|c| format!(", {c}")).unwrap_or_default();
            say!("    {:.2}  {}  {}  ({how}{confidence})", k.score, k.key, k.title);
        }
    }
    Ok(ExitCode::SUCCESS)
}
