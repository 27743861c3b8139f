//! N-Quads terms written straight into a `String`: the same bytes as Oxigraph's `Display`
//! (which its N-Quads serialiser writes too), without the formatting machinery, which writes
//! a literal one character at a time. Graph building formats every statement it makes, so
//! this runs for every term of every quad.

use oxigraph::model::{LiteralRef, TermRef, vocab::xsd};
use std::fmt::Write;

/// `<iri>`.
pub(super) fn push_iri(out: &mut String, iri: &str) {
    out.reserve(iri.len() + 2);
    out.push('<');
    out.push_str(iri);
    out.push('>');
}

/// A term as N-Quads: `<iri>`, `"value"`, `"value"@lang`, `"value"^^<datatype>`; anything
/// else (blank nodes, which the builder does not make) through its `Display`.
pub(super) fn push_term(out: &mut String, term: TermRef<'_>) {
    if let TermRef::NamedNode(n) = term {
        push_iri(out, n.as_str());
    } else if let TermRef::Literal(l) = term {
        push_literal(out, l);
    } else {
        write!(out, "{term}").expect("formatting into a string cannot fail");
    }
}

/// A literal as N-Quads. The builder makes simple, language-tagged and typed literals only.
fn push_literal(out: &mut String, l: LiteralRef<'_>) {
    push_quoted(out, l.value());
    if let Some(lang) = l.language() {
        out.push('@');
        out.push_str(lang);
    } else if l.datatype() != xsd::STRING {
        out.push_str("^^");
        push_iri(out, l.datatype().as_str());
    }
}

/// `"value"`, escaped as `oxrdf::literal::print_quoted_str` does: runs of characters that
/// need no escape are copied at once.
fn push_quoted(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        let (escape, len): (&str, usize) = match x {
            b'"' => ("\\\"", 1),
            b'\\' => ("\\\\", 1),
            b'\n' => ("\\n", 1),
            b'\r' => ("\\r", 1),
            b'\t' => ("\\t", 1),
            0x08 => ("\\b", 1),
            0x0C => ("\\f", 1),
            0x00..=0x1F | 0x7F => ("", 1),
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF).
            0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => {
                ("", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[copied..i]);
        if escape.is_empty() {
            let c = s[i..].chars().next().expect("a character starts here");
            write!(out, "\\u{:04X}", u32::from(c)).expect("formatting into a string cannot fail");
        } else {
            out.push_str(escape);
        }
        i += len;
        copied = i;
    }
    out.push_str(&s[copied..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, Literal, NamedNode, Term};

    fn same_as_display(t: Term) {
        let mut out = String::new();
        push_term(&mut out, t.as_ref());
        assert_eq!(out, t.to_string(), "{t:?}");
    }

    #[test]
    fn terms_are_written_as_oxigraph_displays_them() {
        let mut every = String::from("a");
        for c in (0..0x300).chain(0xD7F0..0xD800).chain(0xE000..0x10100) {
            if let Some(c) = char::from_u32(c) {
                every.push(c);
                every.push('x');
                every.push(c);
                every.push(c);
            }
        }
        every.push('\u{10FFFF}');
        let values = [
            "",
            "plain",
            "\"",
            "\\",
            "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{0}i\u{1f}j\u{7f}k\u{fffe}l\u{ffff}m",
            "\u{fffe}",
            "é\u{ffff}",
            "\u{feff}\u{fffd}",
            &every,
        ];
        for v in values {
            same_as_display(Literal::new_simple_literal(v).into());
            same_as_display(Literal::new_language_tagged_literal_unchecked(v, "id").into());
            same_as_display(
                Literal::new_typed_literal(v, NamedNode::new_unchecked("http://x/dt")).into(),
            );
            same_as_display(Literal::new_typed_literal(v, xsd::STRING).into());
        }
        same_as_display(Literal::from(true).into());
        same_as_display(Literal::from(12).into());
        same_as_display(NamedNode::new_unchecked("https://w3id.org/warta/id/Q1#char=0,3").into());
        same_as_display(BlankNode::new_unchecked("b0").into());
    }
}
