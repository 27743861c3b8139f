//! The characters XML 1.0 cannot hold, kept out of every literal warta writes: RDF/XML is XML,
//! and one such character makes the whole document unreadable to every XML parser.

use std::borrow::Cow;

/// Whether XML 1.0 forbids `c` (outside its `Char` production): control characters other
/// than tab, line feed and carriage return, and the non-characters U+FFFE and U+FFFF.
/// Surrogates, the rest of what it forbids, cannot occur in a Rust string.
pub fn is_xml_forbidden(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Whether `s` holds a character XML 1.0 forbids. Scans bytes, not chars: it runs on every
/// literal of every graph (U+FFFE and U+FFFF are `EF BF BE` and `EF BF BF` in UTF-8).
pub fn has_xml_forbidden(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &x)| {
        (x < 0x20 && !matches!(x, b'\t' | b'\n' | b'\r'))
            || (x == 0xEF
                && b.get(i + 1) == Some(&0xBF)
                && matches!(b.get(i + 2), Some(0xBE | 0xBF)))
    })
}

/// `s` with every character XML 1.0 forbids replaced by a space: one code point for one, so
/// code-point offsets (what NIF counts) stay where they were. Borrows `s` when it is clean,
/// the usual case.
pub fn xml_safe(s: &str) -> Cow<'_, str> {
    if !has_xml_forbidden(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if is_xml_forbidden(c) { ' ' } else { c })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_scan_agrees_with_the_char_test_on_every_code_point() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(
                has_xml_forbidden(&s),
                is_xml_forbidden(c),
                "U+{:04X}",
                c as u32
            );
        }
        // Neighbours of the non-characters share their first two bytes.
        assert!(!has_xml_forbidden("\u{FFFD}\u{FFBE}\u{EFBF}"));
    }

    #[test]
    fn forbidden_characters_become_spaces_one_for_one() {
        let s = "a\u{0}b\u{7}\tc\r\n\u{c}d\u{1f}\u{7f}\u{fffe}\u{ffff}\u{fffd}é";
        let clean = xml_safe(s);
        assert_eq!(clean, "a b \tc\r\n d \u{7f}  \u{fffd}é");
        assert_eq!(clean.chars().count(), s.chars().count());
        assert!(matches!(xml_safe("Jakarta\t—\r\n"), Cow::Borrowed(_)));
    }
}
