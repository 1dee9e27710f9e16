//! The shape every name, title, text and number in a plan must have, whichever door it
//! comes through: the edits, the import, a merge and a restore all judge values by these.

use crate::model::key::shorten;
use crate::{Error, Result};

/// Longest name or title accepted: long enough for any real title, short enough to show.
pub const MAX_TITLE_CHARS: usize = 10_000;
/// Longest measure code: a short name such as CSAT, or "First response".
pub const MAX_MEASURE_CHARS: usize = 40;
/// Longest description or note.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A name or title: trimmed, non-empty, not too long, no control characters.
pub(crate) fn title(field: &'static str, value: &str) -> Result<String> {
    let t = value.trim();
    if t.is_empty() {
        return Err(Error::invalid(
            field,
            value,
            crate::i18n::words::Words::new("why-empty-words"),
        ));
    }
    text(field, t, MAX_TITLE_CHARS)?;
    if t.chars().any(|c| c.is_control()) {
        return Err(Error::invalid(
            field,
            shorten(t),
            crate::i18n::words::Words::new("why-control"),
        ));
    }
    Ok(t.to_string())
}

/// Free text (role, notes, description, unit): line breaks allowed, NUL refused.
pub(crate) fn text(field: &'static str, value: &str, max: usize) -> Result<String> {
    if value.chars().count() > max {
        return Err(Error::invalid(
            field,
            shorten(value),
            crate::i18n::words::Words::new("why-too-long").with("max", max),
        ));
    }
    if value.contains('\0') {
        return Err(Error::invalid(
            field,
            shorten(value),
            crate::i18n::words::Words::new("why-nul"),
        ));
    }
    Ok(value.to_string())
}

/// A number that must be finite.
pub(crate) fn number(field: &'static str, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::invalid(
            field,
            value.to_string(),
            crate::i18n::words::Words::new("why-not-finite"),
        ))
    }
}
