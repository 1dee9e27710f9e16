//! The languages Cascade speaks. The app's words are the front end's; what the core
//! itself writes for people — the checks' findings and suggestions — comes in the same
//! three, so a director working in Vietnamese or Thai reads the findings in it too.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Vi,
    Th,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Vi, Lang::Th];

    /// The BCP 47 tag: `en`, `vi`, `th`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
            Lang::Th => "th",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = Error;

    /// `en`, `vi` or `th`, any case; a regional tag (`vi-VN`, `th_TH`) is read by its language.
    fn from_str(s: &str) -> Result<Lang, Error> {
        let base = s.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.as_str() == base)
            .ok_or_else(|| Error::invalid("language", s, crate::i18n::words::Words::new("why-not-language")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_language() {
        assert_eq!("vi".parse::<Lang>().unwrap(), Lang::Vi);
        assert_eq!("th-TH".parse::<Lang>().unwrap(), Lang::Th);
        assert_eq!("EN_us".parse::<Lang>().unwrap(), Lang::En);
        assert!("fr".parse::<Lang>().unwrap_err().to_string().contains("en, vi or th"));
    }
}
