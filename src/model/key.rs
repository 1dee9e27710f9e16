//! Human keys: the short names spreadsheets and scripts use for nodes and objectives.

use unicode_normalization::UnicodeNormalization;

use crate::{Error, Result};

/// Longest key accepted.
pub const MAX_KEY_CHARS: usize = 100;

/// Makes a key from a name: `"Nhóm hotline 1"` → `nhom-hotline-1`. Vietnamese letters
/// lose their marks (đ becomes d); letters of scripts without a Latin form, such as Thai,
/// are kept as they are, so a Thai team still gets a readable key.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars() {
        let base = match c {
            'đ' | 'Đ' => 'd',
            _ => {
                let first = c.nfd().next().unwrap_or(c);
                if first.is_ascii() {
                    first.to_ascii_lowercase()
                } else {
                    c
                }
            }
        };
        if base.is_alphanumeric() || is_mark(base) {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(base.to_lowercase());
        } else {
            dash = true;
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    out
}

/// Thai vowels and tone marks are combining marks; they belong to the word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E)
}

/// `base`, or `base-2`, `base-3`… whichever is not taken yet.
pub fn unique(base: &str, taken: impl Fn(&str) -> Result<bool>) -> Result<String> {
    let base = if base.is_empty() { "item" } else { base };
    if !taken(base)? {
        return Ok(base.to_string());
    }
    for n in 2.. {
        let k = format!("{base}-{n}");
        if !taken(&k)? {
            return Ok(k);
        }
    }
    unreachable!("some suffix is always free")
}

/// Checks a key a user typed: trimmed, non-empty, short, no spaces or control characters.
pub fn validate(field: &'static str, key: &str) -> Result<String> {
    let k = key.trim();
    if k.is_empty() {
        return Err(Error::invalid(
            field,
            key,
            crate::i18n::words::Words::new("why-key-empty"),
        ));
    }
    if k.chars().count() > MAX_KEY_CHARS {
        return Err(Error::invalid(
            field,
            shorten(k),
            crate::i18n::words::Words::new("why-too-long").with("max", MAX_KEY_CHARS),
        ));
    }
    if k.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid(
            field,
            k,
            crate::i18n::words::Words::new("why-key-spaces"),
        ));
    }
    Ok(k.to_string())
}

/// The start of a long value, for messages.
pub(crate) fn shorten(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(60).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Nhóm hotline 1"), "nhom-hotline-1");
        assert_eq!(slug("Khối Chăm sóc Khách hàng"), "khoi-cham-soc-khach-hang");
        assert_eq!(slug("Đặng Đức Trang"), "dang-duc-trang");
        assert_eq!(slug("ทีม 2"), "ทีม-2");
        assert_eq!(slug("พิมพ์ชนก ทองดี"), "พิมพ์ชนก-ทองดี");
        assert_eq!(slug("  --  "), "");
    }

    #[test]
    fn unique_suffixes() {
        let taken = ["a", "a-2"];
        assert_eq!(unique("a", |k| Ok(taken.contains(&k))).unwrap(), "a-3");
        assert_eq!(unique("b", |k| Ok(taken.contains(&k))).unwrap(), "b");
    }

    #[test]
    fn validates() {
        assert_eq!(validate("key", " x-1 ").unwrap(), "x-1");
        assert!(validate("key", "a b").is_err());
        assert!(validate("key", "").is_err());
        assert!(validate("key", &"k".repeat(101)).is_err());
    }
}
