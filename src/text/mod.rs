//! Text: sentences, tokens and the map from byte offsets to Unicode code points.
//!
//! Every stage works in byte offsets into [`Article::text`](crate::article::Article::text);
//! only the RDF builder converts them to code points, with [`CharOffsets`].

mod offsets;
mod sentence;
mod token;

pub use offsets::CharOffsets;
pub use sentence::{Sentence, split_sentences};
pub use token::{Token, TokenKind, tokenize};
