//! Extraction: an [`Article`] becomes a [`Document`] of sentences, mentions and entities.
//!
//! The stages run in one direction: text ([`crate::text`]) → gazetteer hits
//! ([`crate::gazetteer`]) → mentions and entities ([`entities`]). Each is a pure function of
//! the article and the knowledge base.

mod dateline;
mod entities;

pub use dateline::{Dateline, find_dateline};

use crate::article::Article;
use crate::gazetteer::Gazetteer;
use crate::kb::Kb;
use crate::text::{Sentence, split_sentences_and_tokens};
use chrono::NaiveDate;

/// The four classes of the public RDF contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityClass {
    State,
    Person,
    Organization,
    Place,
}

/// A post held by a person: from the knowledge base's terms, or from a title in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub role: String,
    pub state: Option<String>,
    /// The title as the article writes it ("Presiden"), when the text gives one.
    pub title: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The holder leads the state (head of state or of government).
    pub leader: bool,
    /// Byte span of the mention whose title is evidence for this post.
    pub evidence: Option<(usize, usize)>,
}

impl Position {
    /// The same post (role, state and start): a title told again adds no post.
    pub(crate) fn same_post(&self, other: &Position) -> bool {
        self.role == other.role && self.state == other.state && self.start == other.start
    }
}

/// Something the article talks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The QID when linked, else a slug: the entity's IRI is minted from it.
    pub key: String,
    pub class: EntityClass,
    pub qid: Option<String>,
    pub label_id: String,
    pub label_en: String,
    /// ISO 3166 alpha-3 of the state the entity is (for states), belongs to or acts for.
    pub state: Option<String>,
    /// Finer kind: `capital`, `ministry`, `parliament`, `military`, `igo`…
    pub kind: Option<String>,
    pub positions: Vec<Position>,
    /// For organisations named by a type and a state: the type's English label, so that a
    /// later "kementerian luar negeri" can refer back to it.
    pub org_type: Option<String>,
}

impl Entity {
    /// Whether the entity can be a party to an event: not a territory that does not govern
    /// itself (Greenland, Western Sahara: places events happen in or are about).
    pub fn can_act(&self) -> bool {
        self.kind.as_deref() != Some("territory")
    }
}

/// One mention: a byte span of the article's text that refers to an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    pub sentence: usize,
    /// A capital or seat of government standing for its state ("Seoul menyatakan").
    pub metonymy: bool,
}

/// Everything extracted from one article.
#[derive(Debug, Clone)]
pub struct Document {
    pub article: Article,
    pub sentences: Vec<Sentence>,
    /// The tokens of each sentence (computed once, read by every stage).
    pub tokens: Vec<Vec<crate::text::Token>>,
    pub dateline: Option<Dateline>,
    pub entities: Vec<Entity>,
    /// Sorted by start, then end.
    pub mentions: Vec<Mention>,
    /// CAMEO-coded events between the entities.
    pub events: Vec<crate::event::Event>,
    pub warnings: Vec<String>,
}

impl Document {
    /// The mentions of sentence `si`: a slice, found by bisection (mentions are sorted by
    /// start, so by sentence), so that per-sentence work stays linear in long articles.
    pub fn sentence_mentions(&self, si: usize) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.sentence < si);
        let to = self.mentions.partition_point(|m| m.sentence <= si);
        &self.mentions[from..to.max(from)]
    }
}

/// Everything extraction needs, built once and shared by all articles (and threads).
pub struct Extractor {
    pub kb: Kb,
    pub gazetteer: Gazetteer,
    pub cues: crate::event::CueLexicon,
}

impl Extractor {
    pub fn new(kb: Kb) -> Self {
        let gazetteer = Gazetteer::new(&kb);
        let cues = crate::event::CueLexicon::new(&kb);
        Extractor {
            kb,
            gazetteer,
            cues,
        }
    }

    pub fn extract(&self, article: Article) -> Document {
        let abbreviations: Vec<&str> = self.kb.abbreviations.iter().map(String::as_str).collect();
        // (Each sentence's tokens are those of its line, tokenised once.)
        let (sentences, tokens) = split_sentences_and_tokens(&article.text, 0, &abbreviations);
        let dateline = find_dateline(&article.text, article.body_start);
        let mut warnings = Vec::new();
        if article.published.is_none() {
            warnings.push(format!(
                "{}: no publication date, so dates cannot get a year and leaders are not dated (give --published YYYY-MM-DD)",
                if article.origin.is_empty() { &article.id } else { &article.origin }
            ));
        }
        let (entities, mentions) =
            entities::recognise(self, &article, &sentences, &tokens, dateline.as_ref());
        let mut doc = Document {
            article,
            sentences,
            tokens,
            dateline,
            entities,
            mentions,
            events: Vec::new(),
            warnings,
        };
        let (events, event_warnings) = crate::event::extract_events(&doc, &self.kb, &self.cues);
        doc.events = events;
        doc.warnings.extend(event_warnings);
        doc
    }
}

/// A lowercase ASCII slug: letters and digits, words joined by `-`.
pub fn slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in s.nfkd() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c.is_ascii_punctuation()) && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs() {
        assert_eq!(
            super::slug("Ministry of Foreign Affairs of Korea (South)"),
            "ministry-of-foreign-affairs-of-korea-south"
        );
        assert_eq!(super::slug("Lương Cường"), "luong-cuong");
    }
}
