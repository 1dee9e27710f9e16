//! The order names are listed in, wherever a screen or export lists them: as people read
//! them, in the reader's language, numbers by their value.
//!
//! "Nhóm hotline 11" comes before "Nhóm hotline 101" and "ทีม 12" before "ทีม 100"; in
//! Vietnamese "Đ" follows "D" and tones are told apart after the letters, in Thai the
//! leading vowels are read after the consonant they sit before. This is the Unicode
//! collation of CLDR (ICU4X) with its numeric ordering on.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::preferences::CollationNumericOrdering;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

use crate::Lang;

/// One collator per language, made once (the data is compiled in).
fn collator(lang: Lang) -> &'static CollatorBorrowed<'static> {
    static COLLATORS: OnceLock<Vec<CollatorBorrowed<'static>>> = OnceLock::new();
    let all = COLLATORS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let locale: Locale = l.as_str().parse().expect("a language tag");
                let mut prefs = CollatorPreferences::from(&locale);
                prefs.numeric_ordering = Some(CollationNumericOrdering::True);
                CollatorBorrowed::try_new(prefs, CollatorOptions::default())
                    .expect("collation data is compiled in for every language")
            })
            .collect()
    });
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &all[at]
}

/// Compares two names in the natural order of `lang`. Names the collation finds equal
/// are ordered by their characters, so the order never depends on where rows came from.
pub fn compare_names(lang: Lang, a: &str, b: &str) -> Ordering {
    collator(lang).compare(a, b).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| compare_names(lang, a, b));
        v
    }

    #[test]
    fn numbers_are_compared_by_value_in_every_language() {
        for lang in Lang::ALL {
            assert_eq!(
                sorted(lang, &["Nhóm hotline 101", "Nhóm hotline 11", "Nhóm hotline 2"]),
                ["Nhóm hotline 2", "Nhóm hotline 11", "Nhóm hotline 101"],
                "{lang}"
            );
            assert_eq!(
                sorted(lang, &["ทีม 100", "ทีม 12", "ทีม 9"]),
                ["ทีม 9", "ทีม 12", "ทีม 100"],
                "{lang}"
            );
            assert_eq!(
                sorted(lang, &["team-10", "team-9", "team-09b"]),
                ["team-9", "team-09b", "team-10"],
                "{lang}"
            );
        }
    }

    #[test]
    fn vietnamese_letters_follow_their_base_letter() {
        // Đ is a letter of its own after D; tones and case come after the letters.
        assert_eq!(
            sorted(Lang::Vi, &["Đào", "Dung", "Duy", "dũng", "Anh"]),
            ["Anh", "Dung", "dũng", "Duy", "Đào"]
        );
        assert_eq!(sorted(Lang::Vi, &["Ơn", "Ôn", "On", "Ốc"]), ["On", "Ốc", "Ôn", "Ơn"]);
    }

    #[test]
    fn thai_leading_vowels_are_read_after_their_consonant() {
        // เกม (e + ko) sorts by ก, before ขา; กา before กิ.
        assert_eq!(sorted(Lang::Th, &["ขา", "เกม", "กา"]), ["กา", "เกม", "ขา"]);
    }

    #[test]
    fn equal_names_are_ordered_the_same_every_time() {
        assert_eq!(compare_names(Lang::En, "Anh", "Anh"), Ordering::Equal);
        assert_ne!(compare_names(Lang::En, "anh", "Anh"), Ordering::Equal);
    }
}
