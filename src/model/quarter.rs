//! Quarters (`2026-Q4`): parsed, formatted and stepped in this one place.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Error;

/// A calendar quarter. OKRs are planned, checked and rolled over per quarter, so every
/// objective carries one and every view filters by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, ts_rs::TS)]
#[ts(type = "string")]
pub struct Quarter {
    year: i32,
    number: u8,
}

impl Quarter {
    /// `number` is 1..=4; anything else is refused so a `Quarter` is always valid.
    pub fn new(year: i32, number: u8) -> Result<Self, Error> {
        if !(1..=4).contains(&number) || !(1..=9999).contains(&year) {
            return Err(Error::invalid(
                "quarter",
                format!("{year}-Q{number}"),
                crate::i18n::words::Words::new("why-not-quarter"),
            ));
        }
        Ok(Quarter { year, number })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn number(self) -> u8 {
        self.number
    }

    /// The quarter holding `date`, e.g. today's quarter for a new plan.
    pub fn containing(date: NaiveDate) -> Self {
        use chrono::Datelike;
        Quarter {
            year: date.year(),
            number: (date.month0() / 3) as u8 + 1,
        }
    }

    /// The first day of the quarter.
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, u32::from(self.number - 1) * 3 + 1, 1)
            .expect("a valid quarter has a valid first day")
    }

    /// The last day of the quarter.
    pub fn end(self) -> NaiveDate {
        self.next().start().pred_opt().expect("a quarter has a last day")
    }

    pub fn next(self) -> Self {
        if self.number == 4 {
            Quarter {
                year: self.year + 1,
                number: 1,
            }
        } else {
            Quarter {
                year: self.year,
                number: self.number + 1,
            }
        }
    }

    pub fn previous(self) -> Self {
        if self.number == 1 {
            Quarter {
                year: self.year - 1,
                number: 4,
            }
        } else {
            Quarter {
                year: self.year,
                number: self.number - 1,
            }
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-Q{}", self.year, self.number)
    }
}

impl FromStr for Quarter {
    type Err = Error;

    /// Accepts exactly `YYYY-Qn` (a lower-case `q` and surrounding spaces are forgiven).
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::invalid("quarter", s, crate::i18n::words::Words::new("why-not-quarter"));
        let t = s.trim();
        let (year, q) = t.split_once('-').ok_or_else(bad)?;
        let q = q.strip_prefix(['Q', 'q']).ok_or_else(bad)?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || q.len() != 1 {
            return Err(bad());
        }
        let year: i32 = year.parse().map_err(|_| bad())?;
        let number: u8 = q.parse().map_err(|_| bad())?;
        Quarter::new(year, number).map_err(|_| bad())
    }
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Quarter {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_formats_and_steps() {
        let q: Quarter = "2026-Q4".parse().unwrap();
        assert_eq!(q.to_string(), "2026-Q4");
        assert_eq!(q.next().to_string(), "2027-Q1");
        assert_eq!(q.next().previous(), q);
        assert_eq!(q.start(), NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        assert_eq!(q.end(), NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
        let q1: Quarter = "2027-q1".parse().unwrap();
        assert_eq!(q1.end(), NaiveDate::from_ymd_opt(2027, 3, 31).unwrap());
        assert_eq!(q1.previous(), q);
    }

    #[test]
    fn refuses_and_names_bad_text() {
        for bad in [
            "2026-Q5", "Q4", "2026-Q0", "26-Q1", "2026Q1", "", "2026-Q", "2026-Q12", "abcd-Q1",
        ] {
            let err = bad.parse::<Quarter>().unwrap_err().to_string();
            assert!(err.contains(&format!("\"{bad}\"")), "{err}");
            assert!(err.contains("YYYY-Q1..Q4"), "{err}");
        }
    }

    #[test]
    fn containing_a_date() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(Quarter::containing(d).to_string(), "2026-Q4");
    }
}
