//! How a patch reads a field that can be cleared (`Option<Option<T>>`): in JSON a `null`
//! clears it and a missing field leaves it, so the app can say "clear" and "not
//! changed" apart. Plain serde reads `null` as "missing" and would lose every clear.

use serde::{Deserialize, Deserializer};

/// A field that is present, `null` included, is `Some`; a missing one keeps the
/// field's default, `None`. Use with `#[serde(default, deserialize_with = "…")]`.
pub(crate) fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}
