//! The roles the clause gives a cue: its subject (the source of an active verb) and, for a
//! passive one, its agent and patient.
//!
//! Indonesian puts the subject before an active verb and the object after it; a di- passive
//! swaps them, "oleh" marking the agent; relative clauses ("…, yang menuntut …") and coordinated
//! verbs ("… dan menyatakan …") take their subject from the actor they hang from.

use super::cues::CueMatch;
use super::{Actor, Clauses, Polarity, is_verb_form};
use crate::extract::{Document, EntityClass};

/// "…, sehari setelah menemui X", "… saat diterima X": a subordinate clause that
/// opens with its verb has the main clause's subject (its patient, if passive).
pub(super) fn subject_of_main(
    c: &Clauses,
    clause: usize,
    head: usize,
    subordinate: bool,
) -> Option<Vec<usize>> {
    (subordinate && (clause + 1..head).all(|i| c.adverb(i)))
        .then(|| {
            c.actors
                .iter()
                .position(|a| a.last < clause && !a.place && !a.pair && !c.prep_before(a))
        })
        .flatten()
        .map(|k| {
            c.group(k)
                .iter()
                .map(|&k| c.actors[k].entity)
                .collect::<Vec<_>>()
        })
}

/// "… Antony Blinken, yang menuntut …": a relative clause's subject is the actor it
/// hangs from ("presiden AS pertama yang berkunjung …": past an ordinal).
pub(super) fn hangs_from(c: &Clauses, head: usize, a: &Actor) -> bool {
    relative_at(c, head).is_some_and(|y| {
        a.last + 1 == y || (a.last + 2 == y && c.is("ordinal", y - 1)) || predicated_of(c, a, y)
    })
}

/// "Norwegia menjadi negara pertama yang mengakui …", "Swedia termasuk salah satu pemerintah
/// yang …": the relative clause at `y` hangs from a state noun that the copula right after
/// the actor says the actor is, so the actor does what it tells.
fn predicated_of(c: &Clauses, a: &Actor, y: usize) -> bool {
    let Some(copula) = (a.last + 1..y).find(|&i| !c.adverb(i)) else {
        return false;
    };
    let noun = copula + 1..y;
    super::COPULAS.contains(&c.word(copula))
        && noun.len() <= 5
        && noun.clone().any(|i| c.is("pair_noun", i))
        && noun
            .clone()
            .all(|i| !c.prep_at(i) && !super::is_verb_form(c.word(i)))
        && !c.actors.iter().any(|b| noun.contains(&b.first))
}

/// The "yang" that opens a relative clause whose verb is `head`, past the adverbs and aspect
/// words between them ("…, yang sedang berkunjung ke …").
pub(super) fn relative_at(c: &Clauses, head: usize) -> Option<usize> {
    let mut y = head.checked_sub(1)?;
    while y > 0 && head - y <= 2 && (c.adverb(y) || c.is("progressive", y) || c.is("perfective", y))
    {
        y -= 1;
    }
    (c.word(y) == "yang").then_some(y)
}

/// The actor that is the subject of the cue `m` in the clause opening at `clause` (an index
/// into `c.actors`).
pub(super) fn subject(c: &Clauses, m: &CueMatch, clause: usize, commas: &[usize]) -> Option<usize> {
    let head = m.first;
    let hangs_from = |a: &Actor| hangs_from(c, head, a);
    // Source: the nearest subject-like actor before the trigger in its clause.
    // An actor that opens the cue itself ("tentara Korea Utara … berlatih") is its subject.
    let before = c.actors.iter().rposition(|a| {
        (a.last < head || (a.first == head && a.last < m.last))
            && !a.place
            && a.first >= clause
            && !c.prep_before(a)
            && c.before(a) != "pro"
    });
    let before = before.or_else(|| {
        // (A "yang" opening the sentence hangs from nothing.)
        relative_at(c, head)
            .is_some_and(|y| y > 0)
            .then(|| {
                c.actors
                    .iter()
                    .position(|a| hangs_from(a) && !a.place && !a.pair)
            })
            .flatten()
    });
    // "Duque, yang berada di Cucuta …, mengecam": a relative clause set off by commas
    // stands between the subject and its verb.
    let before = before.or_else(|| {
        let open = commas
            .iter()
            .copied()
            .filter(|&k| k < clause && c.word(k) == "yang")
            .max()?;
        c.actors
            .iter()
            .position(|a| a.last + 1 == open && !a.place && !c.prep_before(a))
            .filter(|_| commas.contains(&clause))
    });
    // "Jepang, salah satu negara donor utama bagi Pakistan, mengumumkan …": an apposition
    // set off by commas, a noun phrase with no verb and no actor of its own (one after a
    // preposition is the noun's complement), stands between the subject and its verb.
    // ("Finlandia, penggagas resolusi yang menyerukan penarikan pasukan asing, mengecam …":
    // the noun may carry a relative clause, whose verbs are its own.)
    let before = before.or_else(|| {
        let open = commas.iter().copied().filter(|&k| k < clause).max()?;
        let relative = (open + 1..clause).find(|&i| c.word(i) == "yang");
        let noun_end = relative.unwrap_or(clause);
        let apposition = commas.contains(&clause)
            && noun_end - open <= 8
            && clause - open <= 16
            && !c.prep_at(open)
            && (open..noun_end).all(|i| !is_verb_form(c.word(i)) && !c.cue_starts.contains(&i))
            // ("Prancis, bekas penguasa kolonial Gabon, mengecam": or a noun's possessor, not
            // a list's next name.)
            && c.actors
                .iter()
                .filter(|a| open <= a.first && a.first < clause)
                .all(|a| c.prep_before(a) || (a.first > open && !c.capitalised(open)));
        apposition
            .then(|| {
                c.actors
                    .iter()
                    .position(|a| a.last + 1 == open && !a.place && !a.pair && !c.prep_before(a))
            })
            .flatten()
    });
    // "Menteri Luar Negeri Swedia, Lars Nilsson, memperingatkan …": a name set off by commas
    // after the title or body it names (a rank may open it), right before the verb, is the
    // subject.
    let before = before.or_else(|| {
        let open = commas.iter().copied().filter(|&k| k < clause).max()?;
        let verb_next = c.past_adverbs(clause) == head;
        let named =
            open >= 1 && (c.capitalised(open - 1) || c.actors.iter().any(|a| a.last + 1 == open));
        (commas.contains(&clause) && verb_next && named && clause - open <= 6)
            .then(|| {
                c.actors.iter().position(|a| {
                    a.last + 1 == clause
                        && a.first >= open
                        && (open..a.first).all(|i| c.capitalised(i))
                        && !a.place
                        && !a.pair
                        && c.is_person(a)
                })
            })
            .flatten()
    });
    // "X mencermati keputusan Y … dan menyatakan prihatin": the actor before a verb
    // coordinated with an earlier one is that verb's object; the subject is its subject.
    match before {
        Some(k)
            if (c.actors[k].last + 1..head).any(|i| {
                c.is("coord", i)
                    && (i + 1..=head)
                        .find(|&j| !c.adverb(j))
                        .is_some_and(|j| is_verb_form(c.word(j)))
            }) =>
        {
            match (clause..c.actors[k].first)
                .rev()
                .find(|&i| is_verb_form(c.word(i)))
            {
                Some(v) => c.actors.iter().rposition(|a| {
                    a.last < v && !a.place && a.first >= clause && !c.prep_before(a)
                }),
                // No verb before it: the actor is the clause's subject after all.
                None => Some(k),
            }
        }
        other => other,
    }
}

/// What the agent and patient rules of a passive cue read.
pub(super) struct Passive<'c, 'a> {
    pub c: &'c Clauses<'a>,
    pub m: &'c CueMatch,
    pub doc: &'c Document,
    pub commas: &'c [usize],
    /// The actors after the cue that may be its object (indices into `c.actors`).
    pub after: &'c [usize],
    /// Where the cue's objects end.
    pub limit: usize,
    /// A reaction received ("menuai protes dari …"): its agent follows "dari".
    pub received: bool,
    /// The actor before the cue: the patient.
    pub before: Option<usize>,
    /// A passive relative clause ("… yang ditengahi X").
    pub relative_passive: bool,
    pub subject_of_main: Option<&'c [usize]>,
}

/// A passive cue's sources (its agent) and targets (its patient).
pub(super) fn passive_roles(p: &Passive) -> (Vec<usize>, Vec<usize>) {
    let Passive {
        c,
        m,
        doc,
        commas,
        after,
        limit,
        received,
        before,
        relative_passive,
        subject_of_main,
    } = *p;
    let head = m.first;
    let mut targets: Vec<usize>;
    // The agent: after "oleh", or right after the verb ("dikecam Beijing").
    // "dikecam oleh sejumlah negara, antara lain Brasil dan Kolombia": the agents
    // are listed after the noun phrase that "oleh" opens.
    // "ditembaki dan disita oleh …": coordinated passives share their agent.
    let shared_agent = c.is("coord", m.last + 1)
        && c.word(m.last + 2).starts_with("di")
        && is_verb_form(c.word(m.last + 2));
    let oleh_limit = if shared_agent {
        limit.max((m.last + 4).min(c.words.len()))
    } else {
        limit
    };
    let oleh = (m.last + 1..oleh_limit).find(|&i| c.word(i) == "oleh");
    let agent_marker = if received { "dari" } else { "oleh" };
    let agent = after
        .iter()
        .copied()
        .find(|&k| c.before(&c.actors[k]) == agent_marker)
        .or_else(|| {
            // "oleh pasukan penjaga perbatasan Rusia": the actor that closes the
            // noun phrase "oleh" opens.
            let o = oleh?;
            c.actors.iter().position(|a| {
                a.first > o
                    && a.first <= o + 5
                    && !a.place
                    && (o + 1..a.first).all(|i| {
                        !c.prep_at(i)
                            && !is_verb_form(c.word(i))
                            && !commas.contains(&i)
                            && c.word(i) != "yang"
                    })
            })
        })
        .or_else(|| {
            let o = oleh?;
            // (The list may follow a comma, past the clause's end.)
            c.actors.iter().position(|a| {
                a.first > o && a.first <= o + 8 && !a.place && c.before_is("example", a)
            })
        })
        .or_else(|| {
            // "dipanggil ke Kementerian Luar Negeri X": a government body one is
            // called to is the one calling.
            (m.last + 1 < c.words.len() && c.word(m.last + 1) == "ke")
                .then(|| {
                    c.actors.iter().position(|a| {
                        a.first == m.last + 2
                            && doc.entities[a.entity].class == EntityClass::Organization
                    })
                })
                .flatten()
        })
        .or_else(|| {
            after.first().copied().filter(|&k| {
                let a = &c.actors[k];
                // A title may stand between ("dikecam Menteri Luar Negeri AS
                // Antony Blinken"); of other words, one adverb at most.
                let lower: Vec<usize> = (m.last + 1..a.first)
                    .filter(|&i| {
                        let t = &c.tokens[i];
                        !c.text[t.start..t.end].starts_with(char::is_uppercase)
                    })
                    .collect();
                // ("dibekukan sampai Pakistan berhenti …": a conjunction
                // opens another clause, whose subject is no agent.)
                !a.place
                    && lower.len() <= 1
                    && lower.iter().all(|&i| {
                        // (Not the verb itself, capitalised in a headline: "Dipulangkan ke
                        // Swedia".)
                        let in_name =
                            i - 1 > m.last && c.capitalised(i - 1) && c.capitalised(i + 1);
                        // ("dibantah pemerintah Finlandia": the government of the state.)
                        !is_verb_form(c.word(i)) && (c.plain(i) || in_name || c.is("pair_noun", i))
                    })
            })
        });
    targets = before.map(|k| c.group_entities(k)).unwrap_or_default();
    // A patient before the verb, with no verb or comma between them, that `fits`.
    let patient = |fits: &dyn Fn(&Actor) -> bool| {
        c.actors
            .iter()
            .rposition(|a| {
                a.last < head
                    && !a.place
                    && (a.last + 1..head).all(|i| !is_verb_form(c.word(i)) && !commas.contains(&i))
                    && fits(a)
            })
            .map(|k| c.group_entities(k))
            .unwrap_or_default()
    };
    // "Dua warga Norwegia dibebaskan Stockholm": a state's citizens as the patient stand for
    // it (the subject rule skips them, since "warga" also opens a city's residents).
    if targets.is_empty() {
        targets = patient(&|a| {
            c.before_is("people_noun", a) && doc.entities[a.entity].class == EntityClass::State
        });
    }
    // "Kontak politik dengan Oslo dibekukan oleh Stockholm": the state a passive's subject
    // phrase ties the act to ("hubungan dengan X", "kerja sama dengan X") is its patient.
    if targets.is_empty() {
        targets = patient(&|a| {
            a.first + 8 > head
                && matches!(c.before(a), "dengan" | "terhadap")
                && a.first >= 2
                && !is_verb_form(c.word(a.first - 2))
                && (a.first.saturating_sub(6)..head).all(|i| c.word(i) != "yang")
        });
    }
    // "… dalam perundingan yang ditengahi X": the relative clause's patient is an act of the
    // sentence's subject.
    if relative_passive && m.polarity != Polarity::Deny {
        targets = c
            .actors
            .iter()
            .position(|a| a.last < head && !a.place && !c.prep_before(a))
            .map(|k| c.group_entities(k))
            .unwrap_or_default();
    }
    // "… ketika diterima Perdana Menteri X": the main clause's subject is received.
    if targets.is_empty() {
        if let Some(main) = subject_of_main {
            targets = main.to_vec();
        }
    }
    // "Dimediasi Tiongkok, Arab Saudi dan Iran sepakat …": an opening participle's
    // patient is the main clause's subject.
    if targets.is_empty() && c.opening_end.is_some_and(|o| head < o) {
        if let Some(k) = c.main_subject() {
            targets = c.group_entities(k);
        }
    }
    let mut sources = agent.map(|k| c.group_entities(k)).unwrap_or_default();
    // "Warga Islandia itu ditangkap di Oslo": an arrest with no agent named is made by the
    // state where it happened, when that is not the arrested one's own.
    if sources.is_empty() && m.code.starts_with("17") {
        let state_of = |e: usize| doc.entities[e].state.clone();
        let place = (m.last + 1..limit.min(c.words.len()))
            .find(|&i| c.word(i) == "di")
            .and_then(|i| {
                c.actors.iter().find(|a| {
                    a.place && a.first > i && a.first <= i + 3 && state_of(a.entity).is_some()
                })
            });
        if let Some(a) = place.filter(|a| {
            targets
                .iter()
                .all(|&t| state_of(t).is_some() && state_of(t) != state_of(a.entity))
        }) {
            sources = vec![a.entity];
        }
    }
    // "Duta Besar Norwegia untuk Islandia ditarik pulang": an envoy recalled with no agent
    // named is recalled by the state he represents, from the state he is posted to.
    if sources.is_empty() && m.code.starts_with("161") {
        let envoy = c.actors.iter().position(|a| {
            a.last < head
                && a.first >= 1
                && matches!(c.word(a.first - 1), "besar" | "dubes")
                && doc.entities[a.entity].class == EntityClass::State
        });
        if let Some(k) = envoy {
            let post = c.actors.iter().find(|a| {
                a.first > c.actors[k].last + 1
                    && a.last < head
                    && matches!(c.word(a.first - 1), "untuk" | "di")
                    && doc.entities[a.entity].state.is_some()
            });
            if let Some(post) = post {
                sources = vec![c.actors[k].entity];
                targets = vec![post.entity];
            }
        }
    }
    (sources, targets)
}
