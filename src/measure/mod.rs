//! How far the plan has come: each key result's and objective's progress, progress rolled
//! up the cascade, and end-of-quarter scores and their readings.

pub mod progress;
pub mod score;
