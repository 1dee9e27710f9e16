//! The user actions that change a plan, one function each.
//!
//! Each action is a free function on an open transaction, so that bigger actions (an
//! import, a rollover) can compose many of them into one all-or-nothing change, and a
//! method on [`Plan`](crate::Plan) that runs it alone through the one door,
//! [`Plan::transact`](crate::Plan::transact).

pub mod checkin;
pub(crate) mod invariants;
pub mod key_result;
pub mod node;
pub mod objective;
mod restore;
pub mod review;
pub mod rollover;
pub mod settings;

pub(crate) use crate::model::text::{number, text, title, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
