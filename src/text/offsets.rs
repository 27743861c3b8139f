/// Converts byte offsets of a string into code-point offsets (what NIF and RFC 5147 count).
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// `chars_before[i]` = number of code points before the `i`-th multi-byte boundary run; to
    /// keep it small for ASCII text we store, per char boundary, nothing: instead a sorted list
    /// of (byte offset, char offset) checkpoints at every non-ASCII char.
    checkpoints: Vec<(usize, usize)>,
    len_bytes: usize,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut checkpoints = Vec::new();
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            if !c.is_ascii() {
                checkpoints.push((byte + c.len_utf8(), chars + 1));
            }
        }
        CharOffsets {
            checkpoints,
            len_bytes: text.len(),
        }
    }

    /// The code-point offset of `byte`, which must be a char boundary of the text.
    pub fn to_char(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.len_bytes);
        match self.checkpoints.partition_point(|(b, _)| *b <= byte) {
            0 => byte,
            i => {
                let (b, c) = self.checkpoints[i - 1];
                c + (byte - b)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_count_everywhere() {
        let text = "aé“b”—ĉ 𝔸x";
        let map = CharOffsets::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(map.to_char(i), text[..i].chars().count(), "at byte {i}");
        }
    }
}
