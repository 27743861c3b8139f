/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits mixed into them), with inner apostrophes and dots of initials kept.
    Word,
    Number,
    Punct,
}

/// A token: a byte span of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Starts with an upper-case letter (a proper-name candidate).
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

/// Splits `text[start..end]` into words, numbers and punctuation. Hyphens split words
/// ("Rusia-Korea" is three tokens) so that names inside compounds stay findable; a decimal
/// ("2,5" or "3.14") stays one number.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let s = &text[start..end];
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let begin = start + i;
        if c.is_alphanumeric() {
            let mut last = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(j, d)) = iter.peek() {
                let joins = (d == '.' || d == ',' || d == '\'' || d == '’')
                    && s[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_alphanumeric() && (d != ',' || all_digits));
                if d.is_alphanumeric() || (joins && (all_digits || d == '\'' || d == '’')) {
                    all_digits &= d.is_ascii_digit() || d == '.' || d == ',';
                    last = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            out.push(Token {
                start: begin,
                end: start + last,
                kind: if all_digits {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
            });
        } else {
            out.push(Token {
                start: begin,
                end: begin + c.len_utf8(),
                kind: TokenKind::Punct,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("Rusia-Korea Utara, 2,5 juta (25/10) Jum'at."),
            [
                "Rusia", "-", "Korea", "Utara", ",", "2,5", "juta", "(", "25", "/", "10", ")",
                "Jum'at", "."
            ]
        );
    }
}
