//! Datelines: "SEOUL -", "JAKARTA, KOMPAS.com -", "MOSKOW (Antara) -" open the body and name
//! the place of reporting (and often the outlet).

/// The dateline of an article: the place's byte span and the outlet, when one is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub place_start: usize,
    pub place_end: usize,
    pub outlet: Option<String>,
    /// Byte offset just after the dash: where the story itself begins.
    pub end: usize,
}

/// Finds a dateline at the start of the body: up to four capitalised words, an optional
/// outlet after a comma or in brackets, then a dash.
pub fn find_dateline(text: &str, body_start: usize) -> Option<Dateline> {
    let body = &text[body_start..];
    let lead = body.len() - body.trim_start().len();
    let start = body_start + lead;
    let line = text[start..].lines().next()?;
    // The first 90 bytes, cut back to a char boundary (a byte index may fall inside a letter).
    let cut = (0..=line.len().min(90))
        .rev()
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(0);
    let window = &line[..cut];
    let dash = [" - ", " -- ", " – ", " — ", " -\u{a0}"]
        .iter()
        .filter_map(|d| window.find(d))
        .min()?;
    let head = &window[..dash];
    let place_len = head.find([',', '(']).unwrap_or(head.len());
    // "MANILA. - …": a period closing the place is punctuation, not part of the name (unless
    // the name has periods of its own: "Washington D.C.").
    let place = head[..place_len].trim_end();
    let place = match place.strip_suffix('.') {
        Some(p) if !p.contains('.') => p,
        _ => place,
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 4
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let outlet = head[place_len..]
        .trim_matches(|c: char| c == ',' || c == '(' || c == ')' || c.is_whitespace())
        .to_owned();
    let dash_len = window[dash..]
        .find(|c: char| c.is_alphanumeric() || c == '"')
        .unwrap_or(0);
    Some(Dateline {
        place_start: start,
        place_end: start + place.len(),
        outlet: (!outlet.is_empty()).then_some(outlet),
        end: start + dash + dash_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> Option<(String, Option<String>)> {
        find_dateline(text, 0).map(|d| (text[d.place_start..d.place_end].to_owned(), d.outlet))
    }

    #[test]
    fn dateline_forms() {
        assert_eq!(place("SEOUL - Kementerian"), Some(("SEOUL".into(), None)));
        assert_eq!(
            place("JAKARTA, KOMPAS.com - Presiden"),
            Some(("JAKARTA".into(), Some("KOMPAS.com".into())))
        );
        assert_eq!(
            place("MOSKOW (Antara) - Rusia"),
            Some(("MOSKOW".into(), Some("Antara".into())))
        );
        assert_eq!(
            place("Jakarta , CNN Indonesia - - Kepolisian"),
            Some(("Jakarta".into(), Some("CNN Indonesia".into())))
        );
        assert_eq!(place("MANILA. - Filipina"), Some(("MANILA".into(), None)));
        assert_eq!(
            place("Washington D.C. - Gedung"),
            Some(("Washington D.C.".into(), None))
        );
        assert_eq!(place("Kementerian luar negeri mengatakan - tidak"), None);
        assert_eq!(place("Pada hari Jumat, pemerintah - bukan"), None);
    }

    #[test]
    fn long_line_cut_inside_a_character() {
        // Byte 90 falls inside a two-byte letter (found by the `pipeline` fuzz target).
        let text = format!("BEIJING (Anta{}ra) - Isi", "é".repeat(40));
        assert!(!text.is_char_boundary(90));
        assert_eq!(place(&text), None);
        let near = format!("SEOUL - {}", "é".repeat(60));
        assert_eq!(place(&near), Some(("SEOUL".into(), None)));
    }
}
