//! Putting a backup back: the store swaps the file's content; the plan's invariants,
//! which are the edit rules, judge the backup first, as they judge every other door.

use std::path::Path;

use super::invariants::{check, Scope};
use crate::{Plan, Result};

impl Plan {
    /// Replaces the plan's content with a backup's, in one step. The backup must be a
    /// Cascade plan this version can read and, when it is of this format, hold a plan as
    /// every door leaves it; the current state is backed up first into `dir`, so a
    /// restore can itself be undone.
    pub fn restore_from(&mut self, backup: &Path, dir: &Path) -> Result<()> {
        self.restore_judged(backup, dir, |held| check(held, &Scope::all(held)?))
    }
}
