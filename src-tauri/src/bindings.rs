//! The TypeScript types of everything that crosses the bridge, generated from the Rust
//! types into `ui/src/lib/bindings/`. The test `bindings_are_fresh` fails when the
//! committed files differ; run it with `UPDATE_BINDINGS=1` to rewrite them.

use std::path::Path;

use ts_rs::{Config, TS};

/// Writes every bridge type (and the types they use) into `dir`.
pub fn export_all(dir: &Path) -> Result<(), ts_rs::ExportError> {
    // Counts travel as JSON numbers, not bigints.
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    crate::error::CommandError::export_all(&cfg)?;
    crate::commands::plan::Startup::export_all(&cfg)?;
    crate::session::PlanInfo::export_all(&cfg)?;
    cascade::PlanVersion::export_all(&cfg)?;
    cascade::view::tree::TreeRow::export_all(&cfg)?;
    crate::session::NodeDetail::export_all(&cfg)?;
    cascade::view::map::MapObjective::export_all(&cfg)?;
    cascade::view::load::LoadRow::export_all(&cfg)?;
    cascade::checks::Finding::export_all(&cfg)?;
    cascade::view::summary::NodeSummary::export_all(&cfg)?;
    cascade::view::LinkCandidate::export_all(&cfg)?;
    cascade::NewNode::export_all(&cfg)?;
    cascade::NodePatch::export_all(&cfg)?;
    cascade::NodeDeletion::export_all(&cfg)?;
    cascade::NewObjective::export_all(&cfg)?;
    cascade::ObjectivePatch::export_all(&cfg)?;
    cascade::NewKeyResult::export_all(&cfg)?;
    cascade::KeyResultPatch::export_all(&cfg)?;
    cascade::Settings::export_all(&cfg)?;
    cascade::import::ImportReport::export_all(&cfg)?;
    cascade::checkin_report::ReportOptions::export_all(&cfg)?;
    crate::session::ReportOutcome::export_all(&cfg)?;
    crate::life::PlanStatus::export_all(&cfg)?;
    cascade::QuarterState::export_all(&cfg)?;
    cascade::NewCheckIn::export_all(&cfg)?;
    cascade::NewComment::export_all(&cfg)?;
    cascade::view::diff::QuarterDiff::export_all(&cfg)?;
    cascade::edit::rollover::RolloverReport::export_all(&cfg)?;
    cascade::backup::Backup::export_all(&cfg)?;
    cascade::review_copy::HandoutReport::export_all(&cfg)?;
    cascade::review_copy::MergeReport::export_all(&cfg)?;
    cascade::review_copy::MergeChoices::export_all(&cfg)?;
    crate::review::CopiesMerge::export_all(&cfg)?;
    cascade::template::Template::export_all(&cfg)?;
    cascade::edit::node::MoveTarget::export_all(&cfg)?;
    crate::session::UndoRedo::export_all(&cfg)?;
    cascade::history::HistoryEntry::export_all(&cfg)?;
    Ok(())
}
