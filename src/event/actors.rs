//! The actors of a sentence: the mentions that can act, and the words that stand for actors
//! named before ("ia", "keduanya", "kedua negara", "ketiga negara itu").

use super::sentence::Recent;
use super::{Actor, COLLECTIVES, WordFacts, is_class, is_verb_form};
use crate::extract::{Document, EntityClass};
use crate::text::Token;
use std::borrow::Cow;

/// The sentence's actors, in order: its mentions, less a state that names a currency, with the
/// pronouns and pair words that point back to actors named before.
pub(super) fn resolve(
    doc: &Document,
    si: usize,
    tokens: &[Token],
    words: &[Cow<str>],
    facts: &[WordFacts],
    recent: &Recent,
) -> Vec<Actor> {
    let text = doc.article.text.as_str();
    let last_person = recent.last_person;
    let word_index = |byte: usize| {
        tokens
            .iter()
            .position(|t| t.start <= byte && byte < t.end.max(t.start + 1))
    };
    let mut actors = sentence_actors(doc, si, tokens, text, word_index);

    // "2 juta dolar AS": a state named right after a currency names the currency.
    actors.retain(|a| a.first == 0 || !facts[a.first - 1].is("currency"));
    // "Ia menuduh …": a personal pronoun with no actor of its own is the person the story
    // was last about, or ("Presiden Kolombia Gustavo Petro menulis bahwa ia telah …") the
    // person this sentence opened with.
    let person_here = actors
        .iter()
        .find(|a| !a.place && doc.entities[a.entity].class == EntityClass::Person)
        .map(|a| (a.last, a.entity));
    if last_person.is_some() || person_here.is_some() {
        for (i, f) in facts.iter().enumerate() {
            if f.is("person_pronoun") && !actors.iter().any(|a| a.first <= i && i <= a.last) {
                let Some(p) = person_here
                    .filter(|&(last, _)| last < i)
                    .map(|(_, e)| e)
                    .or(last_person)
                else {
                    continue;
                };
                actors.push(Actor {
                    first: i,
                    last: i,
                    entity: p,
                    place: false,
                    pair: false,
                });
            }
        }
        actors.sort_by_key(|a| (a.first, a.last));
    }
    pair_words(doc, tokens, words, facts, recent, actors)
}

/// Adds the actors "keduanya", "kedua negara", "mereka" and "ketiga negara itu" stand for.
fn pair_words(
    doc: &Document,
    tokens: &[Token],
    words: &[Cow<str>],
    facts: &[WordFacts],
    recent: &Recent,
    mut actors: Vec<Actor>,
) -> Vec<Actor> {
    let text = doc.article.text.as_str();
    let (last_pair, last_groups) = (recent.last_pair, recent.last_groups);
    // "keduanya", "kedua negara": the last pair of actors named before.
    // ("Wang menyampaikannya kepada Ri saat keduanya bertemu …": two people of different
    // states named before "keduanya" in its own sentence are the pair.)
    let pair_here = |i: usize| -> Option<Vec<usize>> {
        let named: Vec<&Actor> = actors
            .iter()
            .filter(|a| {
                a.last < i
                    && !a.place
                    && !a.pair
                    && doc.entities[a.entity].class == EntityClass::Person
                    && doc.entities[a.entity].state.is_some()
            })
            .collect();
        let last = named.last()?;
        let state = &doc.entities[last.entity].state;
        let other = named
            .iter()
            .rev()
            .find(|a| doc.entities[a.entity].state != *state)?;
        Some(vec![other.entity, last.entity])
    };
    {
        let mut paired = Vec::new();
        for (i, w) in words.iter().enumerate() {
            // ("Seusai pertemuan, mereka menyaksikan …": "mereka" as the subject right
            // before a verb is the pair too.)
            // (Only opening its clause: "martabat mereka dihormati" is someone's people.)
            let opens_clause = i == 0 || text[tokens[i - 1].end..tokens[i].start].contains(',');
            let they =
                w == "mereka" && opens_clause && words.get(i + 1).is_some_and(|n| is_verb_form(n));
            let pair_word =
                w == "keduanya" || they || (w == "kedua" && is_class(facts, "pair_noun", i + 1));
            // "ketiga negara itu": the latest list of three states named.
            let named_group = COLLECTIVES
                .iter()
                .find(|(word, _)| w == word)
                .filter(|_| is_class(facts, "pair_noun", i + 1))
                .and_then(|&(_, n)| last_groups.iter().rev().find(|g| g.len() == n));
            if let Some(g) =
                named_group.filter(|_| !actors.iter().any(|a| a.first <= i && i <= a.last))
            {
                for &e in g {
                    paired.push(Actor {
                        first: i,
                        last: i + 1,
                        entity: e,
                        place: false,
                        pair: true,
                    });
                }
            }
            if pair_word && !actors.iter().any(|a| a.first <= i && i <= a.last) {
                let last = if w == "kedua" { i + 1 } else { i };
                let pair = pair_here(i)
                    .filter(|_| w == "keduanya")
                    // ("kedua pemimpin": the two leaders named before, not their states.)
                    .or_else(|| {
                        named_pair(doc, text, tokens, &actors).filter(|_| {
                            w == "kedua" && words.get(i + 1).is_none_or(|n| n != "pemimpin")
                        })
                    })
                    .unwrap_or_else(|| {
                        // ("Finlandia menyerukan kedua negara menahan diri": a state that
                        // speaks of "the two states" is none of them; the two are the
                        // parties of the latest act between others.)
                        let state = |e: usize| doc.entities[e].state.as_deref();
                        // (The pair as the object of its verb: "Menurut Oslo, kedua negara
                        // sepakat …" names them as the subject.)
                        let speaker = actors
                            .iter()
                            .find(|a| a.last < i && !a.place && !a.pair)
                            .filter(|a| (a.last + 1..i).any(|j| is_verb_form(&words[j])))
                            .and_then(|a| state(a.entity));
                        let in_pair = |p: &[usize]| {
                            speaker.is_some_and(|s| p.iter().any(|&e| state(e) == Some(s)))
                        };
                        if in_pair(last_pair)
                            && !recent.last_dyad.is_empty()
                            && !in_pair(recent.last_dyad)
                        {
                            recent.last_dyad.to_vec()
                        } else {
                            last_pair.to_vec()
                        }
                    });
                // ("Kedua diplomat diusir …, menuduh kedua negara …": the two states of the two
                // people named last.)
                let of_states = w == "kedua"
                    && words
                        .get(i + 1)
                        .is_some_and(|n| n == "negara" || n == "pemerintah");
                let pair: Vec<usize> = pair
                    .into_iter()
                    .map(|e| {
                        let person = &doc.entities[e];
                        if !of_states || person.class != EntityClass::Person {
                            return e;
                        }
                        doc.entities
                            .iter()
                            .position(|x| x.class == EntityClass::State && x.state == person.state)
                            .unwrap_or(e)
                    })
                    .collect();
                for e in pair {
                    paired.push(Actor {
                        first: i,
                        last,
                        entity: e,
                        place: false,
                        pair: true,
                    });
                }
            }
        }
        actors.extend(paired);
        actors.sort_by_key(|a| (a.first, a.last));
    }
    actors
}

/// Two states named side by side in the sentence ("perjanjian dagang Indonesia-Australia",
/// "Indonesia dan Australia"): the pair "kedua negara" in that sentence stands for, rather than
/// the last pair of an earlier sentence.
fn named_pair(
    doc: &Document,
    text: &str,
    tokens: &[Token],
    actors: &[Actor],
) -> Option<Vec<usize>> {
    let states: Vec<&Actor> = actors
        .iter()
        .filter(|a| !a.place && !a.pair && doc.entities[a.entity].class == EntityClass::State)
        .collect();
    states.windows(2).find_map(|w| {
        let (a, b) = (w[0], w[1]);
        let between = text[tokens[a.last].end..tokens[b.first].start].trim();
        (a.entity != b.entity && (between == "-" || between == "dan" || between == "/"))
            .then(|| vec![a.entity, b.entity])
    })
}

/// "negara-negara Amerika": the plural before a state's name makes it a region's.
const REGION_PLURAL: &str = "negara-negara";

/// The sentence's actors: outermost mentions of states, persons and organisations (a state
/// written inside a person's title belongs to that person).
fn sentence_actors(
    doc: &Document,
    si: usize,
    tokens: &[Token],
    text: &str,
    word_index: impl Fn(usize) -> Option<usize>,
) -> Vec<Actor> {
    let ms: Vec<_> = doc
        .sentence_mentions(si)
        .iter()
        // The dateline (place and outlet) reports the story; it does not act in it. Nor does
        // a territory that does not govern itself ("membeli Greenland": Denmark's).
        .filter(|m| {
            let e = &doc.entities[m.entity];
            e.can_act()
                && m.sentence == si
                && (e.class != EntityClass::Place
                    || (e.state.is_some()
                        && matches!(e.kind.as_deref(), Some("capital" | "city" | "seat"))))
        })
        .filter(|m| {
            doc.dateline
                .as_ref()
                .is_none_or(|d| m.start >= d.end || m.end <= d.place_start)
        })
        // ("KTT negara-negara Amerika": the states of a region, not the state the name is.)
        .filter(|m| {
            let before = text[..m.start].trim_end();
            !before
                .get(before.len().saturating_sub(REGION_PLURAL.len())..)
                .is_some_and(|w| w.eq_ignore_ascii_case(REGION_PLURAL))
        })
        .collect();
    let mut out: Vec<Actor> = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        let nested = ms
            .iter()
            .any(|o| o.start <= m.start && m.end <= o.end && (o.start, o.end) != (m.start, m.end));
        if nested {
            continue;
        }
        // "Presiden Korea Selatan Yoon…": the state is the person's title.
        if doc.entities[m.entity].class == EntityClass::State {
            if let Some(next) = ms.get(k + 1) {
                let between = &text[m.end..next.start];
                if doc.entities[next.entity].class == EntityClass::Person
                    && next.start >= m.end
                    && between.trim().is_empty()
                {
                    continue;
                }
            }
        }
        // (A name may end in a period that is its own token: "Ferdinand Marcos Jr.".)
        let last = word_index(m.end.saturating_sub(1)).or_else(|| {
            tokens
                .iter()
                .rposition(|t| t.start < m.end && t.end > m.start)
        });
        let (Some(first), Some(last)) = (word_index(m.start), last) else {
            continue;
        };
        out.push(Actor {
            first,
            last,
            entity: m.entity,
            place: doc.entities[m.entity].class == EntityClass::Place,
            pair: false,
        });
    }
    out
}
