//! The trigger lexicon compiled for matching: cues of `~root` items (any affixed form), plain
//! words and `*` gaps, matched over a sentence's lower-cased word tokens.
//!
//! Every word the lexicon knows (a cue's plain word, a form of a cue's root, a manner adverb)
//! and every root get a small integer id when the lexicon is built. A sentence's words are
//! looked up once each ([`Slot`]); matching then compares integers, with no hashing or string
//! comparison per attempt.

use super::morph::forms;
use crate::kb::Kb;
use rustc_hash::FxHashMap as HashMap;

/// Largest gap a `*` spans, in words.
const MAX_GAP: usize = 6;

/// A word the lexicon knows: an index into [`CueLexicon::known`].
type WordId = u32;

/// A root of the lexicon: an index into [`CueLexicon::root_names`].
type RootId = u32;

#[derive(Debug, Clone)]
enum Item {
    /// Any affixed form of a root.
    Root(RootId),
    Word(WordId),
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
    /// The cue is an event only with a person as its source ("tiba di": a visit when an
    /// official arrives, not when aid or troops do).
    traveller_required: bool,
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
    /// "langkah serupa", "disusul": a step like an act told before, by another actor; it
    /// takes that act's code.
    Echo,
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
    /// Only an event with a person as its source (a traveller arriving).
    pub traveller_required: bool,
    /// A judgement word ("kejam", "tidak dapat dibenarkan"): disapproval only when nothing
    /// else in the sentence is an event ("menyesalkan keputusan yang disebutnya 'tidak dapat
    /// dibenarkan'" is one regret, not two).
    pub judgement: bool,
}

/// What the lexicon knows of one word.
#[derive(Debug, Clone, Default)]
pub(super) struct Known {
    /// The roots it is a form of, in the order the trigger rows name them.
    roots: Vec<RootId>,
    /// The cues it may open (a plain first word, or any form of a first root).
    opens: Vec<usize>,
    /// A manner adverb a cue's words may enclose (cues.tsv class `manner`).
    manner: bool,
    /// What the role rules ask of the word, kept here so that one lookup per word of a
    /// sentence answers both the matcher and them: its class in cues.tsv, and whether the
    /// knowledge base lists it as locative, demonstrative or adverb.
    pub(super) class: Option<String>,
    pub(super) locative: bool,
    pub(super) demonstrative: bool,
    pub(super) adverb: bool,
    /// One of [`super::CLAUSE_OPENERS`].
    pub(super) clause_opener: bool,
}

/// A word of the sentence being matched, looked up once: the word itself and, when it ends in
/// the possessive "-nya", the word without it (a word after a cue's first may carry one).
#[derive(Debug, Clone, Copy)]
pub(super) struct Slot {
    word: Option<WordId>,
    bare: Option<WordId>,
}

/// The compiled lexicon.
pub struct CueLexicon {
    cues: Vec<Cue>,
    /// Every word the lexicon knows → its id.
    ids: HashMap<String, WordId>,
    /// By word id.
    known: Vec<Known>,
    /// By root id.
    root_names: Vec<String>,
}

impl CueLexicon {
    pub fn new(kb: &Kb) -> Self {
        let lexicalized = |w: &str| kb.cue("lexicalized", w);
        let mut ids: HashMap<String, WordId> = HashMap::default();
        let mut known: Vec<Known> = Vec::new();
        let mut intern = |w: String, known: &mut Vec<Known>| -> WordId {
            *ids.entry(w).or_insert_with(|| {
                known.push(Known::default());
                (known.len() - 1) as WordId
            })
        };
        let mut root_ids: HashMap<String, RootId> = HashMap::default();
        let mut root_names: Vec<String> = Vec::new();
        let mut cues = Vec::new();
        for (row, t) in kb.triggers.iter().enumerate() {
            let items: Vec<Item> = t
                .cue
                .split_whitespace()
                .map(|i| match i {
                    "*" => Item::Gap,
                    "$state" => Item::State,
                    _ => match i.strip_prefix('~') {
                        Some(root) => {
                            Item::Root(*root_ids.entry(root.to_lowercase()).or_insert_with(|| {
                                root_names.push(root.to_lowercase());
                                (root_names.len() - 1) as RootId
                            }))
                        }
                        None => Item::Word(intern(i.to_lowercase(), &mut known)),
                    },
                })
                .collect();
            for item in &items {
                if let Item::Root(r) = *item {
                    let root = &root_names[r as usize];
                    for f in forms(root) {
                        if lexicalized(&f) && f != *root {
                            continue;
                        }
                        let id = intern(f, &mut known);
                        let k = &mut known[id as usize];
                        if !k.roots.contains(&r) {
                            k.roots.push(r);
                        }
                    }
                }
            }
            let openers: Vec<WordId> = match items.first() {
                Some(Item::Root(r)) => {
                    let root = &root_names[*r as usize];
                    forms(root)
                        .into_iter()
                        .filter(|f| !lexicalized(f) || f == root)
                        .map(|f| intern(f, &mut known))
                        .collect()
                }
                Some(Item::Word(w)) => vec![*w],
                _ => continue,
            };
            for f in openers {
                let e = &mut known[f as usize].opens;
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
                traveller_required: t.polarity == "traveller",
                judgement: t.polarity == "judgement",
                polarity: match t.polarity.as_str() {
                    "speech" => Polarity::Speech,
                    "claim" => Polarity::Claim,
                    "deny" => Polarity::Deny,
                    "none" => Polarity::None,
                    "echo" => Polarity::Echo,
                    _ => Polarity::Event,
                },
                row,
            });
        }
        for w in kb.cue_words("manner") {
            let id = intern(w.to_owned(), &mut known);
            known[id as usize].manner = true;
        }
        for (w, class) in kb.cue_classes() {
            let id = intern(w.to_owned(), &mut known);
            known[id as usize].class = Some(class.to_owned());
        }
        for w in &kb.locative {
            let id = intern(w.clone(), &mut known);
            known[id as usize].locative = true;
        }
        for w in &kb.demonstratives {
            let id = intern(w.clone(), &mut known);
            known[id as usize].demonstrative = true;
        }
        for w in &kb.adverbs {
            let id = intern(w.clone(), &mut known);
            known[id as usize].adverb = true;
        }
        for w in super::CLAUSE_OPENERS {
            let id = intern((*w).to_owned(), &mut known);
            known[id as usize].clause_opener = true;
        }
        CueLexicon {
            cues,
            ids,
            known,
            root_names,
        }
    }

    /// The lexicon's roots a word is a form of, by id.
    fn root_ids(&self, word: &str) -> &[RootId] {
        self.ids
            .get(word)
            .map_or(&[], |&id| self.known[id as usize].roots.as_slice())
    }

    /// Whether a word is one of the lexicon's roots as it stands (no affix).
    pub fn is_root(&self, word: &str) -> bool {
        self.root_ids(word)
            .iter()
            .any(|&r| self.root_names[r as usize] == word)
    }

    /// The lexicon's roots a word is a form of ("keputusan" → "putus").
    pub fn roots(&self, word: &str) -> impl Iterator<Item = &str> + '_ {
        self.root_ids(word)
            .iter()
            .map(|&r| self.root_names[r as usize].as_str())
    }

    /// Whether a word is a form of a root the lexicon knows.
    pub fn derives(&self, word: &str, root: &str) -> bool {
        self.roots(word).any(|r| r == root)
    }

    /// The slot of a sentence's word.
    pub(super) fn slot(&self, word: &str) -> Slot {
        let bare = word
            .strip_suffix("nya")
            .filter(|b| b.chars().count() >= 3)
            .and_then(|b| self.ids.get(b).copied());
        Slot {
            word: self.ids.get(word).copied(),
            bare,
        }
    }

    /// What the lexicon knows of a slot's word, if anything.
    pub(super) fn known(&self, slot: Slot) -> Option<&Known> {
        slot.word.map(|id| &self.known[id as usize])
    }

    /// Whether a known word is `item`.
    fn is(&self, item: &Item, id: Option<WordId>) -> bool {
        match *item {
            Item::Word(x) => id == Some(x),
            Item::Root(r) => id.is_some_and(|id| self.known[id as usize].roots.contains(&r)),
            Item::Gap | Item::State => true,
        }
    }

    /// A word after a cue's first may carry the possessive "-nya": "menutup wilayah
    /// udaranya" is "~tutup wilayah udara".
    fn item_matches(&self, item: &Item, slot: Slot, first: bool) -> bool {
        self.is(item, slot.word) || (!first && slot.bare.is_some() && self.is(item, slot.bare))
    }

    /// Matches `items[k..]` from token `at`; returns the last matched token.
    fn match_from(
        &self,
        items: &[Item],
        slots: &[Slot],
        at: usize,
        first: bool,
        state_at: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        match items.split_first() {
            None => at.checked_sub(1),
            Some((Item::Gap, rest)) => (0..=MAX_GAP)
                .filter(|g| at + g <= slots.len())
                .find_map(|g| self.match_from(rest, slots, at + g, false, state_at)),
            Some((Item::State, rest)) => state_at(at)
                .then(|| self.match_from(rest, slots, at, false, state_at))
                .flatten(),
            Some((item, rest)) => {
                let s = *slots.get(at)?;
                if self.item_matches(item, s, first) {
                    self.match_from(rest, slots, at + 1, false, state_at)
                } else if !first && s.word.is_some_and(|id| self.known[id as usize].manner) {
                    // "menyambut langsung Raja …": a manner adverb inside a cue.
                    self.match_from(items, slots, at + 1, false, state_at)
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
        let slots: Vec<Slot> = words.iter().map(|w| self.slot(w)).collect();
        self.find_in_slots(&slots, state_at)
    }

    /// [`find_with_states`](Self::find_with_states) over words already looked up.
    pub(super) fn find_in_slots(
        &self,
        slots: &[Slot],
        state_at: &dyn Fn(usize) -> bool,
    ) -> Vec<CueMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < slots.len() {
            let candidates = slots[i]
                .word
                .map_or(&[][..], |id| self.known[id as usize].opens.as_slice());
            let best = candidates
                .iter()
                .copied()
                .filter_map(|c| {
                    let cue = &self.cues[c];
                    self.match_from(&cue.items, slots, i, true, state_at)
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
                        traveller_required: cue.traveller_required,
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
