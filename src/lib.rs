//! Cascade's core: the plan file, the organisation and its OKRs, the alignment checks,
//! import and export, and reports. The desktop app and the `okr` command line are thin
//! shells over this crate; every rule lives here, once.

pub mod chart;
mod checkin;
pub mod checks;
pub mod demo;
pub mod diff;
pub mod edit;
mod error;
pub mod export;
mod ids;
pub mod import;
mod invariants;
pub mod key;
mod key_result;
mod lang;
mod level;
mod markup;
mod node;
mod objective;
mod patch;
pub mod progress;
mod quarter;
pub mod report;
mod review;
pub mod review_copy;
pub mod rollover;
pub mod score;
mod settings;
mod snapshot;
pub mod store;
pub mod summary;
pub mod synth;
pub mod view;
mod words;
pub mod workbook;
pub mod xlsx;

pub use checkin::{CheckIn, Confidence, NewCheckIn};
pub use error::{Error, Result};
pub use key_result::{objective_progress, progress, KeyResult, KeyResultPatch, KrKind, NewKeyResult};
pub use lang::Lang;
pub use level::Level;
pub use node::{NewNode, Node, NodeDeletion, NodePatch};
pub use objective::{Commitment, NewObjective, Objective, ObjectivePatch};
pub use quarter::Quarter;
pub use review::{NewComment, ObjectiveComment, QuarterLock, QuarterState, Review};
pub use settings::Settings;
pub use snapshot::Snapshot;
pub use store::{backup, Plan, PlanVersion};
