//! The trigger lexicon compiled for matching: cues of `~root` items (any affixed form), plain
//! words and `*` gaps, matched over a sentence's lower-cased word tokens.

use super::morph::forms;
use crate::kb::Kb;
use rustc_hash::FxHashMap as HashMap;

/// Largest gap a `*` spans, in words.
const MAX_GAP: usize = 6;

#[derive(Debug, Clone)]
enum Item {
    /// Any affixed form of a root.
    Root(String),
    Word(String),
    Gap,
    /// `$state`: the next word opens the name of a state or its government (a capital). It
    /// matches no word of its own: "mengakui $state" is "mengakui" said of a state.
    State,
}

#[derive(Debug, Clone)]
struct Cue {
    items: Vec<Item>,
    code: String,
    polarity: Polarity,
    /// The cue is an event only with a person or state right after it ("menerima X").
    object_required: bool,
    judgement: bool,
    /// Precedence among matches at one start: non-gap items, plain words, row order.
    fixed: usize,
    words: usize,
    row: usize,
}

/// What a cue does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    Event,
    Speech,
    Claim,
    Deny,
    /// A phrase that looks like a cue but is none ("penangkapan ikan" is fishing): it takes
    /// its words so that no shorter cue matches them, and yields nothing.
    None,
}

/// A cue found in a sentence: token indices of its first and last matched word.
#[derive(Debug, Clone)]
pub struct CueMatch {
    pub first: usize,
    pub last: usize,
    pub code: String,
    pub polarity: Polarity,
    /// Only an event with a person or state as the verb's direct object.
    pub object_required: bool,
    /// A judgement word ("kejam", "tidak dapat dibenarkan"): disapproval only when nothing
    /// else in the sentence is an event ("menyesalkan keputusan yang disebutnya 'tidak dapat
    /// dibenarkan'" is one regret, not two).
    pub judgement: bool,
}

/// The compiled lexicon.
pub struct CueLexicon {
    cues: Vec<Cue>,
    /// form → roots it derives from.
    form_roots: HashMap<String, Vec<String>>,
    /// Every word that can open a cue (a plain first word, or any form of a first root) →
    /// the cues it may open: one lookup per word of the text, no allocation.
    by_first: HashMap<String, Vec<usize>>,
    /// Manner adverbs a cue's words may enclose (cues.tsv class `manner`).
    manner: Vec<String>,
}

impl CueLexicon {
    pub fn new(kb: &Kb) -> Self {
        let lexicalized = |w: &str| kb.cue("lexicalized", w);
        let mut form_roots: HashMap<String, Vec<String>> = HashMap::default();
        let mut cues = Vec::new();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (row, t) in kb.triggers.iter().enumerate() {
            let items: Vec<Item> = t
                .cue
                .split_whitespace()
                .map(|i| match i {
                    "*" => Item::Gap,
                    "$state" => Item::State,
                    _ => match i.strip_prefix('~') {
                        Some(root) => Item::Root(root.to_lowercase()),
                        None => Item::Word(i.to_lowercase()),
                    },
                })
                .collect();
            for item in &items {
                if let Item::Root(root) = item {
                    for f in forms(root) {
                        if lexicalized(&f) && f != *root {
                            continue;
                        }
                        let e = form_roots.entry(f).or_default();
                        if !e.contains(root) {
                            e.push(root.clone());
                        }
                    }
                }
            }
            let openers: Vec<String> = match items.first() {
                Some(Item::Root(r)) => forms(r)
                    .into_iter()
                    .filter(|f| !lexicalized(f) || f == r)
                    .collect(),
                Some(Item::Word(w)) => vec![w.clone()],
                _ => continue,
            };
            for f in openers {
                let e = by_first.entry(f).or_default();
                if !e.contains(&cues.len()) {
                    e.push(cues.len());
                }
            }
            cues.push(Cue {
                fixed: items.iter().filter(|i| !matches!(i, Item::Gap)).count(),
                words: items.iter().filter(|i| matches!(i, Item::Word(_))).count(),
                items,
                code: t.code.clone(),
                object_required: t.polarity == "object",
                judgement: t.polarity == "judgement",
                polarity: match t.polarity.as_str() {
                    "speech" => Polarity::Speech,
                    "claim" => Polarity::Claim,
                    "deny" => Polarity::Deny,
                    "none" => Polarity::None,
                    _ => Polarity::Event,
                },
                row,
            });
        }
        CueLexicon {
            cues,
            form_roots,
            by_first,
            manner: kb.cue_words("manner").map(str::to_owned).collect(),
        }
    }

    /// Whether a word is one of the lexicon's roots as it stands (no affix).
    pub fn is_root(&self, word: &str) -> bool {
        self.form_roots
            .get(word)
            .is_some_and(|rs| rs.iter().any(|r| r == word))
    }

    /// The lexicon's roots a word is a form of ("keputusan" → "putus").
    pub fn roots(&self, word: &str) -> &[String] {
        self.form_roots.get(word).map_or(&[], Vec::as_slice)
    }

    /// Whether a word is a form of a root the lexicon knows.
    pub fn derives(&self, word: &str, root: &str) -> bool {
        self.form_roots
            .get(word)
            .is_some_and(|rs| rs.iter().any(|r| r == root))
    }

    /// A word after a cue's first may carry the possessive "-nya": "menutup wilayah
    /// udaranya" is "~tutup wilayah udara".
    fn item_matches(&self, item: &Item, word: &str, first: bool) -> bool {
        let bare = (!first)
            .then(|| word.strip_suffix("nya"))
            .flatten()
            .filter(|b| b.chars().count() >= 3);
        let is = |w: &str| match item {
            Item::Word(x) => x == w,
            Item::Root(r) => self.form_roots.get(w).is_some_and(|rs| rs.contains(r)),
            Item::Gap | Item::State => true,
        };
        is(word) || bare.is_some_and(is)
    }

    /// Matches `items[k..]` from token `at`; returns the last matched token.
    fn match_from(
        &self,
        items: &[Item],
        words: &[String],
        at: usize,
        first: bool,
        state_at: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        match items.split_first() {
            None => at.checked_sub(1),
            Some((Item::Gap, rest)) => (0..=MAX_GAP)
                .filter(|g| at + g <= words.len())
                .find_map(|g| self.match_from(rest, words, at + g, false, state_at)),
            Some((Item::State, rest)) => state_at(at)
                .then(|| self.match_from(rest, words, at, false, state_at))
                .flatten(),
            Some((item, rest)) => {
                let w = words.get(at)?;
                if self.item_matches(item, w, first) {
                    self.match_from(rest, words, at + 1, false, state_at)
                } else if !first && self.manner.contains(w) {
                    // "menyambut langsung Raja …": a manner adverb inside a cue.
                    self.match_from(items, words, at + 1, false, state_at)
                } else {
                    None
                }
            }
        }
    }

    /// Every cue match, left to right, non-overlapping; at one start the most specific cue
    /// wins (more fixed items, more plain words, longer span, earlier row). No word opens a
    /// state's name here, so `$state` cues do not match.
    pub fn find(&self, words: &[String]) -> Vec<CueMatch> {
        self.find_with_states(words, &|_| false)
    }

    /// [`find`](Self::find), where `state_at(i)` says whether word `i` opens the name of a
    /// state or its government (what `$state` matches).
    pub fn find_with_states(
        &self,
        words: &[String],
        state_at: &dyn Fn(usize) -> bool,
    ) -> Vec<CueMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            let candidates = self.by_first.get(w).map_or(&[][..], Vec::as_slice);
            let best = candidates
                .iter()
                .copied()
                .filter_map(|c| {
                    let cue = &self.cues[c];
                    self.match_from(&cue.items, words, i, true, state_at)
                        .map(|last| (c, last))
                })
                .max_by(|(a, la), (b, lb)| {
                    let (ca, cb) = (&self.cues[*a], &self.cues[*b]);
                    (ca.fixed, ca.words, la, std::cmp::Reverse(ca.row)).cmp(&(
                        cb.fixed,
                        cb.words,
                        lb,
                        std::cmp::Reverse(cb.row),
                    ))
                });
            match best {
                Some((c, last)) if self.cues[c].polarity == Polarity::None => i = last + 1,
                Some((c, last)) => {
                    let cue = &self.cues[c];
                    out.push(CueMatch {
                        first: i,
                        last,
                        code: cue.code.clone(),
                        polarity: cue.polarity,
                        object_required: cue.object_required,
                        judgement: cue.judgement,
                    });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}
