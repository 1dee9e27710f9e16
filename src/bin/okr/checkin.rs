//! `okr checkin`: record a key result's new value.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::{Confidence, NewCheckIn, Plan};
use chrono::NaiveDate;

/// Record a key result's new current value; the old value stays in its history. With
/// --history, list the history instead.
///
/// Example: okr checkin q4.okr --kr cskh-2026q4-1-kr2 --value 85 --note "thêm ca tối" --confidence at-risk
///
/// Example: okr checkin q4.okr --kr cskh-2026q4-1-kr2 --history
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The key result: its key (objective key + -kr + number, e.g. cskh-2026q4-1-kr2) or id.
    #[arg(long)]
    kr: String,
    /// The measured value.
    #[arg(long, allow_negative_numbers = true, required_unless_present = "history")]
    value: Option<f64>,
    /// List the key result's check-ins, oldest first, instead of recording one.
    #[arg(long, conflicts_with_all = ["value", "date", "note", "who", "confidence"])]
    history: bool,
    /// The day it was measured, YYYY-MM-DD [default: today].
    #[arg(long)]
    date: Option<NaiveDate>,
    /// A note for the history (what changed, why).
    #[arg(long, default_value = "")]
    note: String,
    /// Who records it [default: $CASCADE_USER, else the login name].
    #[arg(long)]
    who: Option<String>,
    /// How sure you are it will be met: on-track, at-risk or off-track.
    #[arg(long)]
    confidence: Option<Confidence>,
}

pub fn run(args: Args) -> crate::Outcome {
    let mut plan = Plan::open(&args.plan)?;
    plan.set_who(args.who.as_deref().unwrap_or_default());
    let before = plan.key_result(&args.kr)?;
    if args.history {
        let history = plan.checkins(&args.kr)?;
        plan.close()?;
        say!(
            "{}: {} — target {} {} (now {})",
            before.key,
            before.title,
            before.target,
            before.unit,
            before.current
        );
        for c in &history {
            let confidence = c.confidence.map(|x| format!("  [{x}]")).unwrap_or_default();
            let who = if c.who.is_empty() {
                String::new()
            } else {
                format!("  — {}", c.who)
            };
            say!("  {}  {}{confidence}{who}  {}", c.date, c.value, c.note);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let c = plan.record_checkin(NewCheckIn {
        key_result: args.kr,
        value: args.value.expect("clap requires --value without --history"),
        date: args.date,
        note: args.note,
        who: args.who.unwrap_or_else(crate::user_name),
        confidence: args.confidence,
    })?;
    let after = plan.key_result(&before.id.to_string())?;
    plan.close()?;
    let unit = if after.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", after.unit)
    };
    if after.current == c.value {
        say!(
            "{}: {}{unit} on {} (was {}{unit}); progress {:.0}%",
            after.key,
            c.value,
            c.date,
            before.current,
            after.progress() * 100.0
        );
    } else {
        say!(
            "{}: {}{unit} on {} added to the history; the current value stays {}{unit} from a later check-in",
            after.key,
            c.value,
            c.date,
            after.current
        );
    }
    Ok(ExitCode::SUCCESS)
}
