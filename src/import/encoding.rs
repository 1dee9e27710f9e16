//! The text of a spreadsheet file, whatever Excel saved it as. Every CSV input is read
//! through [`decode`]; a workbook's cells are text already.
//!
//! How the encoding is decided, in this order:
//! 1. a byte order mark: UTF-8, UTF-16 LE or UTF-16 BE (Excel's "Unicode Text");
//! 2. bytes that are valid UTF-8: UTF-8 ("CSV UTF-8", or plain ASCII);
//! 3. otherwise one of the two code pages Excel writes "CSV (Comma delimited)" in here:
//!    Windows-1258 (Vietnamese) or Windows-874 (Thai, a superset of TIS-620). A code page
//!    that leaves a byte undefined is out (Windows-874 has no `0xDB`–`0xDE`, `0xFC`–`0xFF`,
//!    which Vietnamese uses for `ư` and the hook above). When both remain, the neighbours
//!    of the bytes above `0x7F` decide: Vietnamese puts its accented letters inside words
//!    of Latin letters (`Nh` `ó` `m`), Thai writes whole words in high bytes. Half or more
//!    of them next to an ASCII letter is Vietnamese, a tenth or fewer is Thai, anything in
//!    between is refused, saying to save the file as "CSV UTF-8".
//!
//! This is a rule of its own rather than a general detector (such as chardetng): the
//! files come from two languages and two code pages, so a rule that can be stated in a
//! sentence, tested byte by byte and explained in a refusal serves better than a
//! statistical guess across every encoding of the web.
//!
//! Text from UTF-16 and the code pages is normalised to NFC (Windows-1258 writes most
//! tone marks as separate combining characters); UTF-8 is kept exactly as written.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1258, WINDOWS_874};
use unicode_normalization::UnicodeNormalization;

/// The encodings a spreadsheet file is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1258,
    Windows874,
}

impl TextEncoding {
    /// The name a person knows it by, as the import's summary says it ("read as Windows-1258").
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with BOM",
            TextEncoding::Utf16Le => "UTF-16 LE",
            TextEncoding::Utf16Be => "UTF-16 BE",
            TextEncoding::Windows1258 => "Windows-1258",
            TextEncoding::Windows874 => "Windows-874",
        }
    }
}

/// Why a file's text could not be read.
pub(crate) const UNDECIDED: &str = "the file is not UTF-8, and its bytes are neither Vietnamese (Windows-1258) \
    nor Thai (Windows-874) text that could be told apart; in Excel, save it as \"CSV UTF-8 (Comma delimited)\" \
    and import again";

/// The text of a file and the encoding it was read in, or why it could not be read.
/// UTF-8 text is the file's own bytes, borrowed: a large file is not held twice.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, TextEncoding), &'static str> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|s| (Cow::Borrowed(s), TextEncoding::Utf8Bom))
            .map_err(|_| {
                "the file starts as UTF-8 but holds bytes that are not UTF-8; save it as \"CSV UTF-8\" and import again"
            });
    }
    for (bom, encoding, name) in [
        (&b"\xFF\xFE"[..], UTF_16LE, TextEncoding::Utf16Le),
        (&b"\xFE\xFF"[..], UTF_16BE, TextEncoding::Utf16Be),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return without_errors(encoding, rest)
                .map(|s| (Cow::Owned(s), name))
                .ok_or("the file is UTF-16 text with characters cut or damaged; save it again and import it");
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((Cow::Borrowed(s), TextEncoding::Utf8));
    }
    let vietnamese = without_errors(WINDOWS_1258, bytes);
    let thai = without_errors(WINDOWS_874, bytes);
    let (text, encoding) = match (vietnamese, thai) {
        (Some(v), None) => (v, TextEncoding::Windows1258),
        (None, Some(t)) => (t, TextEncoding::Windows874),
        (Some(v), Some(t)) => {
            let (high, inside_words) = high_bytes(bytes);
            if inside_words * 2 >= high {
                (v, TextEncoding::Windows1258)
            } else if inside_words * 10 <= high {
                (t, TextEncoding::Windows874)
            } else {
                return Err(UNDECIDED);
            }
        }
        (None, None) => return Err(UNDECIDED),
    };
    Ok((Cow::Owned(text.nfc().collect()), encoding))
}

/// The text of `bytes` in `encoding`, NFC, or `None` when a byte has no character in it.
fn without_errors(encoding: &'static Encoding, bytes: &[u8]) -> Option<String> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    (!had_errors).then(|| text.nfc().collect())
}

/// How many bytes are above `0x7F`, and how many of those sit next to an ASCII letter.
fn high_bytes(bytes: &[u8]) -> (usize, usize) {
    let mut high = 0;
    let mut inside_words = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b < 0x80 {
            continue;
        }
        high += 1;
        let before = i.checked_sub(1).and_then(|j| bytes.get(j));
        if [before, bytes.get(i + 1)]
            .into_iter()
            .flatten()
            .any(u8::is_ascii_alphabetic)
        {
            inside_words += 1;
        }
    }
    (high, inside_words)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Vietnamese as Windows-1258 holds it: the letters â ă ê ô ơ ư composed, the five
    /// tone marks as combining characters after them (what Excel writes).
    pub(crate) fn cp1258_form(text: &str) -> String {
        let mut out: Vec<char> = Vec::new();
        let mut base = None;
        for c in text.nfd() {
            let composed = base
                .filter(|_| matches!(c, '\u{302}' | '\u{306}' | '\u{31B}'))
                .and_then(|i: usize| unicode_normalization::char::compose(out[i], c).map(|m| (i, m)));
            match composed {
                Some((i, m)) => out[i] = m,
                None => {
                    if !unicode_normalization::char::is_combining_mark(c) {
                        base = Some(out.len());
                    }
                    out.push(c);
                }
            }
        }
        out.into_iter().collect()
    }

    fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, errors) = encoding.encode(text);
        assert!(!errors, "{text} in {}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn each_encoding_is_told_apart() {
        let vietnamese = "key,name\nnhom-1,Nhóm hotline Hà Nội\nnv-1,Nguyễn Thị Hương\n";
        let thai = "key,name\nteam-1,ทีมคอลเซ็นเตอร์\nag-1,สมชาย ใจดี\n";
        let mut utf16le = vec![0xFF, 0xFE];
        let mut utf16be = vec![0xFE, 0xFF];
        for u in vietnamese.encode_utf16() {
            utf16le.extend(u.to_le_bytes());
            utf16be.extend(u.to_be_bytes());
        }
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), vietnamese.as_bytes()].concat();
        // Windows-1258 has no precomposed ó, ễ, ị, ư with tones: encoding_rs writes the
        // base letter and a combining mark, as Excel does.
        let cp1258 = encode(WINDOWS_1258, &cp1258_form(vietnamese));
        assert!(cp1258.contains(&0xDE), "ễ is ê and a combining tilde");
        for (bytes, text, encoding) in [
            (vietnamese.as_bytes().to_vec(), vietnamese, TextEncoding::Utf8),
            (with_bom, vietnamese, TextEncoding::Utf8Bom),
            (utf16le, vietnamese, TextEncoding::Utf16Le),
            (utf16be, vietnamese, TextEncoding::Utf16Be),
            (cp1258, vietnamese, TextEncoding::Windows1258),
            (encode(WINDOWS_874, thai), thai, TextEncoding::Windows874),
        ] {
            assert_eq!(decode(&bytes), Ok((Cow::Borrowed(text), encoding)), "{encoding:?}");
        }
    }

    #[test]
    fn utf8_is_kept_as_written_and_code_pages_are_normalised() {
        let decomposed = "Nho\u{301}m";
        assert_eq!(decode(decomposed.as_bytes()).unwrap().0, decomposed);
        let cp1258 = encode(WINDOWS_1258, decomposed);
        assert_eq!(decode(&cp1258).unwrap().0, "Nhóm");
    }

    #[test]
    fn bytes_that_fit_no_rule_are_refused() {
        // High bytes neither inside Latin words nor in whole words: 0xC0 0x20 0xE0 0xAA x.
        assert_eq!(decode(b"a,b\n\xC0 \xE0\xAAx y\n"), Err(UNDECIDED));
        // Damaged UTF-16 (an odd byte at the end) and a damaged UTF-8 after a BOM.
        assert!(decode(b"\xFF\xFEk\0e\0y").is_err());
        assert!(decode(b"\xEF\xBB\xBFkey\xFF").is_err());
    }
}
