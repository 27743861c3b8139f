//! Literal checks SHACL needs: well-formed lexical forms (`sh:datatype`), order between
//! values (`sh:minInclusive`…, `sh:lessThan`…) and language ranges (`sh:languageIn`).

use super::shapes::NodeKind;
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{Literal, NamedNodeRef, Term};
use oxsdatatypes::{
    Boolean, Date, DateTime, Decimal, Double, Duration, Float, GDay, GMonth, GMonthDay, GYear,
    GYearMonth, Time,
};
use std::cmp::Ordering;
use std::str::FromStr;

/// True when `t` is a literal of datatype `dt` whose lexical form is valid for it (for the
/// XSD datatypes this validator knows; others are only compared by IRI).
pub(crate) fn has_datatype(t: &Term, dt: NamedNodeRef<'_>) -> bool {
    match t {
        Term::Literal(l) => l.datatype() == dt && well_formed(l),
        _ => false,
    }
}

/// False for a literal whose lexical form is not in its datatype's lexical space.
pub(crate) fn well_formed(l: &Literal) -> bool {
    let v = l.value();
    let dt = l.datatype();
    if dt == rdf::LANG_STRING {
        return l.language().is_some();
    }
    let Some(local) = dt
        .as_str()
        .strip_prefix(xsd::STRING.as_str().trim_end_matches("string"))
    else {
        return true;
    };
    match local {
        "string" | "normalizedString" | "token" | "language" | "Name" | "NCName" | "anyURI" => true,
        "boolean" => Boolean::from_str(v).is_ok(),
        "decimal" => Decimal::from_str(v).is_ok(),
        "double" => Double::from_str(v).is_ok(),
        "float" => Float::from_str(v).is_ok(),
        "date" => Date::from_str(v).is_ok(),
        "dateTime" => DateTime::from_str(v).is_ok(),
        "time" => Time::from_str(v).is_ok(),
        "duration" => Duration::from_str(v).is_ok(),
        "gYear" => GYear::from_str(v).is_ok(),
        "gYearMonth" => GYearMonth::from_str(v).is_ok(),
        "gMonth" => GMonth::from_str(v).is_ok(),
        "gDay" => GDay::from_str(v).is_ok(),
        "gMonthDay" => GMonthDay::from_str(v).is_ok(),
        "integer" => integer(v).is_some(),
        "nonNegativeInteger" | "unsignedLong" | "unsignedInt" | "unsignedShort"
        | "unsignedByte" => integer(v).is_some_and(|(neg, digits)| !neg || zero(digits)),
        "positiveInteger" => integer(v).is_some_and(|(neg, digits)| !neg && !zero(digits)),
        "nonPositiveInteger" => integer(v).is_some_and(|(neg, digits)| neg || zero(digits)),
        "negativeInteger" => integer(v).is_some_and(|(neg, digits)| neg && !zero(digits)),
        "long" | "int" | "short" | "byte" => v.parse::<i64>().is_ok(),
        _ => true,
    }
}

/// `[+-]?[0-9]+`: the sign and the digits.
fn integer(v: &str) -> Option<(bool, &str)> {
    let (neg, digits) = match v.as_bytes().first() {
        Some(b'-') => (true, &v[1..]),
        Some(b'+') => (false, &v[1..]),
        _ => (false, v),
    };
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some((neg, digits))
}

fn zero(digits: &str) -> bool {
    digits.bytes().all(|b| b == b'0')
}

/// A literal's value, for ordering.
enum Value {
    Decimal(Decimal),
    Double(f64),
    Date(Date),
    DateTime(DateTime),
    Text(String),
    Boolean(bool),
}

fn value(l: &Literal) -> Option<Value> {
    if !well_formed(l) {
        return None;
    }
    let v = l.value();
    let local = l.datatype().as_str().strip_prefix(XSD)?;
    Some(match local {
        "decimal" | "integer" | "nonNegativeInteger" | "positiveInteger" | "nonPositiveInteger"
        | "negativeInteger" | "long" | "int" | "short" | "byte" | "unsignedLong"
        | "unsignedInt" | "unsignedShort" | "unsignedByte" => match Decimal::from_str(v) {
            Ok(d) => Value::Decimal(d),
            Err(_) => Value::Double(v.parse().ok()?),
        },
        "double" | "float" => Value::Double(v.parse().ok()?),
        "date" => Value::Date(Date::from_str(v).ok()?),
        "dateTime" => Value::DateTime(DateTime::from_str(v).ok()?),
        "string" => Value::Text(v.to_owned()),
        "boolean" => Value::Boolean(Boolean::from_str(v).ok()?.into()),
        _ => return None,
    })
}

const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// The order of two terms as SPARQL's `<` sees them; `None` when they cannot be compared
/// (then every comparison constraint fails, as SHACL requires).
pub(crate) fn compare(a: &Term, b: &Term) -> Option<Ordering> {
    let (Term::Literal(a), Term::Literal(b)) = (a, b) else {
        return None;
    };
    match (value(a)?, value(b)?) {
        (Value::Decimal(x), Value::Decimal(y)) => Some(x.cmp(&y)),
        (Value::Decimal(x), Value::Double(y)) => f64::from(Double::from(x)).partial_cmp(&y),
        (Value::Double(x), Value::Decimal(y)) => x.partial_cmp(&f64::from(Double::from(y))),
        (Value::Double(x), Value::Double(y)) => x.partial_cmp(&y),
        (Value::Date(x), Value::Date(y)) => x.partial_cmp(&y),
        (Value::DateTime(x), Value::DateTime(y)) => x.partial_cmp(&y),
        (Value::Text(x), Value::Text(y)) => Some(x.cmp(&y)),
        (Value::Boolean(x), Value::Boolean(y)) => Some(x.cmp(&y)),
        _ => None,
    }
}

pub(crate) fn node_kind_matches(kind: NodeKind, t: &Term) -> bool {
    let (iri, blank, literal) = match t {
        Term::NamedNode(_) => (true, false, false),
        Term::BlankNode(_) => (false, true, false),
        Term::Literal(_) => (false, false, true),
        #[allow(unreachable_patterns)]
        _ => (false, false, false),
    };
    match kind {
        NodeKind::Iri => iri,
        NodeKind::BlankNode => blank,
        NodeKind::Literal => literal,
        NodeKind::BlankNodeOrIri => blank || iri,
        NodeKind::BlankNodeOrLiteral => blank || literal,
        NodeKind::IriOrLiteral => iri || literal,
    }
}

/// SPARQL `langMatches` (RFC 4647 basic filtering).
pub(crate) fn lang_matches(tag: &str, range: &str) -> bool {
    if range == "*" {
        return !tag.is_empty();
    }
    let (tag, range) = (tag.to_ascii_lowercase(), range.to_ascii_lowercase());
    tag == range || tag.strip_prefix(&range).is_some_and(|r| r.starts_with('-'))
}

/// The string a `sh:pattern` or `sh:minLength` looks at: IRIs and literals have one, blank
/// nodes do not.
pub(crate) fn lexical(t: &Term) -> Option<&str> {
    match t {
        Term::NamedNode(n) => Some(n.as_str()),
        Term::Literal(l) => Some(l.value()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNodeRef;

    fn typed(v: &str, dt: &str) -> Literal {
        Literal::new_typed_literal(v, NamedNodeRef::new_unchecked(&format!("{XSD}{dt}")))
    }

    #[test]
    fn lexical_forms_are_checked_against_their_datatype() {
        for (v, dt, ok) in [
            ("2024-02-29", "date", true),
            ("2023-02-29", "date", false),
            ("--10-23", "gMonthDay", true),
            ("--13-01", "gMonthDay", false),
            ("0", "nonNegativeInteger", true),
            ("-0", "nonNegativeInteger", true),
            ("-1", "nonNegativeInteger", false),
            ("12345678901234567890123", "integer", true),
            ("1.5", "integer", false),
            ("-2.0", "decimal", true),
            ("abc", "decimal", false),
            ("true", "boolean", true),
            ("yes", "boolean", false),
            ("anything", "string", true),
        ] {
            assert_eq!(well_formed(&typed(v, dt)), ok, "{v}^^xsd:{dt}");
        }
    }

    #[test]
    fn values_compare_by_value_across_numeric_types() {
        let t = |v: &str, dt: &str| Term::Literal(typed(v, dt));
        assert_eq!(
            compare(&t("10", "nonNegativeInteger"), &t("9", "integer")),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare(&t("-10.0", "decimal"), &t("-10", "integer")),
            Some(Ordering::Equal)
        );
        assert_eq!(
            compare(&t("2024-01-02", "date"), &t("2023-12-31", "date")),
            Some(Ordering::Greater)
        );
        // Different kinds of value cannot be compared, and neither can ill-formed ones.
        assert_eq!(compare(&t("1", "integer"), &t("2024-01-02", "date")), None);
        assert_eq!(compare(&t("x", "integer"), &t("1", "integer")), None);
    }

    #[test]
    fn language_ranges_match_subtags() {
        assert!(lang_matches("en", "en"));
        assert!(lang_matches("en-GB", "EN"));
        assert!(!lang_matches("eng", "en"));
        assert!(lang_matches("id", "*"));
    }
}
