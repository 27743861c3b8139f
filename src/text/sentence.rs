use super::token::{Token, TokenKind, tokenize};

/// A sentence: a byte span of the text, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Splits text into sentences: at line breaks, and after `.`, `!` or `?` (with any closing
/// quotes or brackets) when the next word starts a sentence. A period does not split after a
/// known abbreviation ("dll.", "No.", "Dr."), after a single-letter initial ("J. Biden") or
/// inside a number ("3.5").
pub fn split_sentences(text: &str, start: usize, abbreviations: &[&str]) -> Vec<Sentence> {
    split_lines(text, start, abbreviations, None)
}

/// [`split_sentences`], and the tokens of each sentence: those of its line that it spans,
/// which are what [`tokenize`] gives for the sentence (a sentence begins at a token and ends
/// with one, and a token reads ahead only into characters it takes), so the text is
/// tokenised once rather than twice.
pub fn split_sentences_and_tokens(
    text: &str,
    start: usize,
    abbreviations: &[&str],
) -> (Vec<Sentence>, Vec<Vec<Token>>) {
    let mut tokens = Vec::new();
    let sentences = split_lines(text, start, abbreviations, Some(&mut tokens));
    (sentences, tokens)
}

/// The sentences of each line in turn, and their tokens when `tokens` is given.
fn split_lines(
    text: &str,
    start: usize,
    abbreviations: &[&str],
    mut tokens: Option<&mut Vec<Vec<Token>>>,
) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = start;
    for line in text[start..].split_inclusive('\n') {
        let line_end = line_start + line.len();
        split_line(
            text,
            line_start,
            line_end,
            abbreviations,
            &mut out,
            tokens.as_deref_mut(),
        );
        line_start = line_end;
    }
    out
}

fn split_line(
    text: &str,
    start: usize,
    end: usize,
    abbreviations: &[&str],
    out: &mut Vec<Sentence>,
    mut sentence_tokens: Option<&mut Vec<Vec<Token>>>,
) {
    let tokens = tokenize(text, start, end);
    let mut sent_start: Option<usize> = None;
    // The index of the sentence's first token.
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i];
        if sent_start.is_none() {
            first = i;
        }
        sent_start.get_or_insert(tok.start);
        let t = tok.text(text);
        let is_terminal = matches!(t, "." | "!" | "?" | "…");
        if is_terminal {
            // Absorb runs of terminals and closing quotes/brackets.
            let mut j = i + 1;
            // Closing marks touch what they close: `cukup."` closes, `dua. "Tiga` opens.
            while j < tokens.len()
                && tokens[j].start == tokens[j - 1].end
                && matches!(
                    tokens[j].text(text),
                    "." | "!" | "?" | "\"" | "”" | "’" | "'" | ")" | "]"
                )
            {
                j += 1;
            }
            let prev = i.checked_sub(1).map(|p| tokens[p]);
            let abbreviation = t == "."
                && prev.is_some_and(|p| {
                    p.end == tok.start && p.kind == TokenKind::Word && {
                        let w = p.text(text);
                        abbreviations.iter().any(|a| a.eq_ignore_ascii_case(w))
                            || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                    }
                });
            let next_starts = match tokens.get(j) {
                None => true,
                Some(n) => {
                    let nt = n.text(text);
                    nt.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                        || matches!(nt, "\"" | "“" | "'" | "‘" | "(" | "-" | "—")
                }
            };
            if !abbreviation && next_starts {
                let end_byte = tokens[j - 1].end;
                out.push(Sentence {
                    start: sent_start.take().unwrap_or(tok.start),
                    end: end_byte,
                });
                if let Some(st) = sentence_tokens.as_deref_mut() {
                    st.push(tokens[first..j].to_vec());
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if let (Some(s), Some(last)) = (sent_start, tokens.last()) {
        out.push(Sentence {
            start: s,
            end: last.end,
        });
        if let Some(st) = sentence_tokens {
            st.push(tokens[first..].to_vec());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ABBR: &[&str] = &["dll", "No", "Dr", "dsb"];

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text, 0, ABBR)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_at_terminals_and_lines() {
        assert_eq!(
            sents("Satu dua. \"Tiga,\" katanya! Empat?\nLima"),
            ["Satu dua.", "\"Tiga,\" katanya!", "Empat?", "Lima"]
        );
    }

    #[test]
    fn keeps_abbreviations_initials_and_decimals() {
        assert_eq!(
            sents("Dr. Ani membeli beras, gula, dll. Lalu J. Smith datang. Nilainya 3.5 persen."),
            [
                "Dr. Ani membeli beras, gula, dll. Lalu J. Smith datang.",
                "Nilainya 3.5 persen."
            ]
        );
    }

    #[test]
    fn the_tokens_of_each_sentence_are_those_tokenize_gives() {
        let texts = [
            "Satu dua. \"Tiga,\" katanya! Empat?\nLima",
            "Dr. Ani membeli beras, gula, dll. Lalu J. Smith datang. Nilainya 3.5 persen.",
            "Ia berkata \"cukup.\" Lalu pergi.",
            "Harga naik 2,5 persen. 3.5 juta orang datang... Rusia-Korea 'sepakat' O'Neil.\n\n  x",
            "Angka 1.2.3. Dan 4,5,6, lalu 7.\rAkhir. J. K. Rowling, S.H. dan a.b.c. A.",
            "Kata’nya. Tidak.’ Ya.\u{2026} Lagi… “Kutipan.” (Catatan.) [x.] Selesai",
        ];
        for text in texts {
            for start in [0, 1] {
                let (sentences, tokens) = split_sentences_and_tokens(text, start, ABBR);
                assert_eq!(sentences, split_sentences(text, start, ABBR));
                let expected: Vec<Vec<Token>> = sentences
                    .iter()
                    .map(|s| tokenize(text, s.start, s.end))
                    .collect();
                assert_eq!(tokens, expected, "{text:?}");
            }
        }
    }

    #[test]
    fn quote_closing_after_period() {
        assert_eq!(
            sents("Ia berkata \"cukup.\" Lalu pergi."),
            ["Ia berkata \"cukup.\"", "Lalu pergi."]
        );
    }
}
