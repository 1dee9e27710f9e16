//! The plan's nouns: the organisation's nodes and levels, objectives, key results and
//! their check-ins, quarters, review marks and the per-plan settings — plain values with
//! the rules that belong to a value alone (a quarter's format, a key's shape). Nothing
//! here touches the file.

pub(crate) mod checkin;
pub mod ids;
pub mod key;
pub(crate) mod key_result;
pub(crate) mod level;
pub(crate) mod node;
pub(crate) mod objective;
pub(crate) mod patch;
pub(crate) mod quarter;
pub(crate) mod review;
pub(crate) mod settings;
pub(crate) mod text;
