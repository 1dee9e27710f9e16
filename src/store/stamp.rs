//! How the file keeps a moment: an integer, nanoseconds since 1970-01-01 UTC. Eight bytes
//! where RFC 3339 text took thirty-five, compared and sorted as numbers, and exact: the
//! model's times are UTC to the nanosecond, so a time read back is the time written and a
//! plan's JSON export is the same bytes as before the file kept times this way.
//!
//! The range is 1677-09-21 to 2262-04-11; a time outside it cannot be kept and is refused
//! where it enters (an import's cell), so here it is only clamped.

use chrono::{DateTime, Utc};

/// The integer the file keeps for `t`.
pub(crate) fn of(t: DateTime<Utc>) -> i64 {
    t.timestamp_nanos_opt()
        .unwrap_or(if t.timestamp() < 0 { i64::MIN } else { i64::MAX })
}

/// The moment the file's integer stands for.
pub(crate) fn at(nanos: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_nanos(nanos)
}

/// Whether the file can keep `t` exactly.
pub(crate) fn fits(t: DateTime<Utc>) -> bool {
    t.timestamp_nanos_opt().is_some()
}

/// Reads a moment from column `i`.
pub(crate) fn read(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    r.get::<_, i64>(i).map(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_to_the_nanosecond() {
        let t = DateTime::parse_from_rfc3339("2026-12-06T19:40:12.681814706+00:00")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(at(of(t)), t);
        assert_eq!(at(of(t)).to_rfc3339(), "2026-12-06T19:40:12.681814706+00:00");
        let far = DateTime::parse_from_rfc3339("2999-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert!(!fits(far));
        assert_eq!(of(far), i64::MAX);
    }
}
