//! `okr checkin`: record a key result's new value, or every value of a helpdesk's report.

use std::path::PathBuf;
use std::process::ExitCode;

use cascade::checkin_report::ReportOptions;
use cascade::import::InputFile;
use cascade::{Confidence, Lang, NewCheckIn, Plan};
use chrono::NaiveDate;

/// Record a key result's new current value; the old value stays in its history. With
/// --history, list the history instead. With --from, record every value of a helpdesk's
/// weekly report (CSV or .xlsx), all or nothing: a row per person or unit (column
/// `owner`, their key or exact name) and a column per measure (CSAT, FRT, FCR…), each
/// value recorded on every key result of that owner, in the quarter of the date, whose
/// measure is the column's; or a row per check-in (columns `kr`, `value`, and optional
/// `date`, `note`, `confidence`).
///
/// Example: okr checkin q4.okr --kr cskh-2026q4-1-kr2 --value 85 --note "thêm ca tối" --confidence at-risk
///
/// Example: okr checkin q4.okr --kr cskh-2026q4-1-kr2 --history
///
/// Example: okr checkin q4.okr --from helpdesk-week-45.csv --date 2026-11-06
#[derive(clap::Args)]
pub struct Args {
    /// The plan file.
    plan: PathBuf,
    /// The key result: its key (objective key + -kr + number, e.g. cskh-2026q4-1-kr2) or id.
    #[arg(long, required_unless_present = "from", conflicts_with = "from")]
    kr: Option<String>,
    /// A helpdesk's report (.csv or .xlsx) whose values to record, instead of one value.
    #[arg(long, value_name = "REPORT")]
    from: Option<PathBuf>,
    /// The measured value.
    #[arg(
        long,
        allow_negative_numbers = true,
        required_unless_present_any = ["history", "from"],
        conflicts_with = "from"
    )]
    value: Option<f64>,
    /// List the key result's check-ins, oldest first, instead of recording one.
    #[arg(long, conflicts_with_all = ["value", "date", "note", "who", "confidence", "from"])]
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
    #[arg(long, conflicts_with = "from")]
    confidence: Option<Confidence>,
}

pub fn run(args: Args, lang: Lang) -> crate::Outcome {
    if let Some(report) = &args.from {
        return from_report(report, &args, lang);
    }
    let kr = args.kr.clone().expect("clap requires --kr without --from");
    let mut plan = Plan::open(&args.plan)?;
    plan.set_who(args.who.as_deref().unwrap_or_default());
    let before = plan.key_result(&kr)?;
    if args.history {
        let history = plan.checkins(&kr)?;
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
        key_result: kr,
        value: args.value.expect("clap requires --value without --history"),
        date: args.date,
        note: args.note,
        who: args.who.unwrap_or_else(cascade::login_name),
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

/// Records every value of a helpdesk's report, all or nothing, and says what it did.
fn from_report(report: &std::path::Path, args: &Args, lang: Lang) -> crate::Outcome {
    let file = InputFile::read(report).map_err(|e| crate::Failure::read(report, e))?;
    let mut plan = Plan::open(&args.plan)?;
    plan.set_who(args.who.as_deref().unwrap_or_default());
    let summary = plan.checkins_from_report(
        &file,
        &ReportOptions {
            date: args.date,
            note: args.note.clone(),
            who: args.who.clone().unwrap_or_else(cascade::login_name),
        },
    )?;
    plan.close()?;
    for line in summary.lines(lang) {
        say!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
