//! Cascade's core: the plan file, the organisation and its OKRs, the alignment checks,
//! import and export, and reports. The desktop app and the `okr` command line are thin
//! shells over this crate; every rule lives here, once. `docs/ARCHITECTURE.md` says
//! what each part owns.

pub mod checkin_report;
pub mod checks;
pub mod demo;
pub mod edit;
mod error;
pub mod export;
pub mod format;
pub mod history;
mod i18n;
pub mod import;
pub mod measure;
pub mod model;
pub mod review_copy;
pub mod store;
#[cfg(feature = "synth")]
pub mod synth;
pub mod template;
pub mod view;

pub use error::{Error, ErrorCode, Result};
pub use i18n::lang::Lang;
pub use i18n::words::Words;
pub use measure::progress::{objective_progress, progress};
pub use model::checkin::{CheckIn, Confidence, NewCheckIn};
pub use model::key_result::{KeyResult, KeyResultPatch, KrKind, NewKeyResult};
pub use model::level::Level;
pub use model::node::{NewNode, Node, NodeDeletion, NodePatch};
pub use model::objective::{Commitment, NewObjective, Objective, ObjectivePatch};
pub use model::quarter::Quarter;
pub use model::review::{NewComment, ObjectiveComment, QuarterLock, Review};
pub use model::settings::Settings;
pub use store::snapshot::Snapshot;
pub use store::{backup, login_name, Actor, Plan, PlanVersion};
pub use view::quarter::QuarterState;
