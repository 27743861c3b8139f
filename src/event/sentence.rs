//! Reading a sentence before its cues are read: its words' indices, its commas, its actors and
//! the cues that can be acts, gathered into the sentence's [`Clauses`].

use super::cues::{self, CueLexicon, CueMatch};
use super::{Clauses, LookedUp, Polarity, WordFacts, actors, announce, is_verb_form, negates};
use crate::extract::{Document, EntityClass};
use crate::kb::Kb;
use crate::text::TokenKind;

/// What the article told before a sentence that its words may point back to.
pub(super) struct Recent<'r> {
    /// The person the story was last about ("ia").
    pub last_person: Option<usize>,
    /// The last pair of actors named together or met ("keduanya").
    pub last_pair: &'r [usize],
    /// The parties of the latest act between two states.
    pub last_dyad: &'r [usize],
    /// Lists of three or more actors of different states ("ketiga negara").
    pub last_groups: &'r [Vec<usize>],
}

/// A sentence read: its clauses and actors, its cues, its commas (as word indices) and the word
/// index of each raw token.
pub(super) struct Sentence<'a> {
    pub c: Clauses<'a>,
    pub matches: Vec<CueMatch>,
    pub commas: Vec<usize>,
    /// Word index of each raw token, for the time expressions (which read punctuation).
    pub word_at: Vec<usize>,
}

/// Reads sentence `si` from its looked-up words.
pub(super) fn read<'a>(
    doc: &'a Document,
    si: usize,
    looked_up: LookedUp<'a>,
    lexicon: &'a CueLexicon,
    kb: &'a Kb,
    no_word: WordFacts<'a>,
    recent: &Recent,
) -> Sentence<'a> {
    let text = doc.article.text.as_str();
    let all = &doc.tokens[si];
    let (tokens, words, facts) = looked_up;

    // Word index of each raw token, for the time expressions (which read punctuation).
    let mut word_at = Vec::with_capacity(all.len());
    let mut wi = 0usize;
    for t in all {
        word_at.push(wi.min(words.len().saturating_sub(1)));
        if t.kind != TokenKind::Punct {
            wi += 1;
        }
    }
    let commas: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.text(text), "," | ";" | ":"))
        .map(|(k, _)| word_at[k])
        .collect();
    let actors = actors::resolve(doc, si, &tokens, &words, &facts, recent);
    let (opening_end, matches) = cues(doc, lexicon, &words, &facts, &commas, &actors);
    let cue_starts: Vec<usize> = matches.iter().map(|m| m.first).collect();
    let mut c = Clauses {
        text,
        words,
        facts,
        no_word,
        boundaries: Vec::new(),
        tokens,
        actors,
        kb,
        opening_end,
        cue_starts,
        entities: &doc.entities,
    };
    c.boundaries = (0..c.words.len()).map(|i| c.boundary_at(i)).collect();
    Sentence {
        c,
        matches,
        commas,
        word_at,
    }
}

/// Where an opening phrase ends, and the sentence's cues that can be acts: no judgement beside
/// an act, no like step that is another act's object, with the acts a state announces.
fn cues(
    doc: &Document,
    lexicon: &CueLexicon,
    words: &[std::borrow::Cow<str>],
    facts: &[WordFacts],
    commas: &[usize],
    actors: &[super::Actor],
) -> (Option<usize>, Vec<CueMatch>) {
    let opens = words.first().is_some_and(|w| {
        (w.starts_with("di") && is_verb_form(w))
            || facts[0].class.is_some_and(|k| k.ends_with("_prep"))
            || facts[0].locative
            || matches!(
                w.as_ref(),
                "dalam" | "usai" | "seusai" | "setelah" | "saat" | "ketika"
            )
    });
    // ("Pada kesempatan itu Olafsson mengecam Jerman, Prancis dan Inggris": an opening
    // phrase with no comma of its own ends before the first active verb; a comma after that
    // verb closes nothing.)
    let opening_end = commas.first().copied().filter(|&comma| {
        opens && (1..comma).all(|i| !(words[i].starts_with("me") && is_verb_form(&words[i])))
    });
    let opens_state = |i: usize| {
        actors.iter().any(|a| {
            a.first == i
                && !a.pair
                && doc.entities[a.entity].state.is_some()
                && (doc.entities[a.entity].class == EntityClass::State || a.place)
        })
    };
    // ("mengakui Republik Sudan Selatan": a state's form of government may open its name.)
    let state_at = |i: usize| {
        opens_state(i) || (i + 1 < words.len() && facts[i].is("polity_noun") && opens_state(i + 1))
    };
    let slots: Vec<cues::Slot> = facts.iter().map(|f| f.slot).collect();
    let mut matches = lexicon.find_in_slots(&slots, &state_at);
    // "tidak mengakui bahwa penangkapan itu melanggar hukum internasional": a judgement in
    // the complement of a negated verb is what is not said or admitted.
    let negated_complement = |m: &cues::CueMatch| {
        (1..m.first).any(|b| {
            facts[b].is("complementizer") && (b.saturating_sub(3)..b).any(|i| negates(facts, i))
        })
    };
    matches.retain(|m| !(m.judgement && negated_complement(m)));
    // "menyebut langkah Norwegia berbahaya dan tidak membantu …": a negated act is no event,
    // so it leaves the judgement standing.
    let negated_nearby = |first: usize| (first.saturating_sub(3)..first).any(|i| negates(facts, i));
    // ("menilai gugatan yang diajukan Norwegia … tidak berdasar": an act between the speech
    // verb and the judgement is what is judged, and leaves it standing too. Not a charge or
    // a claim judged baseless, "tuduhan Oslo tidak berdasar", "kabar bahwa …": that is a
    // denial.)
    let judged = |m: &cues::CueMatch| {
        !m.code.starts_with("112")
            && matches.iter().any(|p| {
                p.polarity == Polarity::Speech
                    && p.last < m.first
                    && (p.last + 1..m.first).all(|i| !facts[i].is("complementizer"))
            })
            && matches.iter().any(|j| j.judgement && j.first > m.last)
    };
    if matches.iter().any(|m| {
        !m.judgement
            && matches!(m.polarity, Polarity::Event | Polarity::Deny)
            && !negated_nearby(m.first)
            && !judged(m)
    }) {
        matches.retain(|m| !m.judgement);
    }
    // ("mengancam akan membalas dengan langkah serupa": a like step as the object or
    // instrument of another act is no act of its own.)
    let instruments: Vec<usize> = matches
        .iter()
        .filter(|m| {
            m.polarity == Polarity::Echo
                && matches.iter().any(|n| {
                    n.polarity == Polarity::Event && n.last < m.first && n.last + 3 >= m.first
                })
        })
        .map(|m| m.first)
        .collect();
    matches.retain(|m| !instruments.contains(&m.first));
    announce::announced_acts(words, facts, actors, doc, &mut matches);
    (opening_end, matches)
}
