//! Text: sentences, tokens, the map from byte offsets to Unicode code points, and the
//! characters XML cannot hold.
//!
//! Every stage works in byte offsets into [`Article::text`](crate::article::Article::text);
//! only the RDF builder converts them to code points, with [`CharOffsets`].

mod offsets;
mod sentence;
mod token;
mod xml;

pub use offsets::CharOffsets;
pub use sentence::{Sentence, split_sentences, split_sentences_and_tokens};
pub use token::{Token, TokenKind, tokenize};
pub use xml::{has_xml_forbidden, is_xml_forbidden, xml_safe};
