//! Text made safe for HTML and SVG, shared by the report and the check-in charts.

/// Escapes `text` for element content and attribute values. Control characters other
/// than line breaks and tabs are dropped: they have no place in a page and some are not
/// even allowed in XML (SVG).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            super::escape("a<b & \"c\" 'd'\0\n"),
            "a&lt;b &amp; &quot;c&quot; &#39;d&#39;\n"
        );
        assert_eq!(super::escape("ทีม 2 — Đức"), "ทีม 2 — Đức");
    }
}
