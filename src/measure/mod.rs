//! How far the plan has come: progress rolled up the cascade, end-of-quarter scores and
//! their readings, and the per-node figures the organisation tree shows.

pub mod progress;
pub mod score;
pub mod summary;
