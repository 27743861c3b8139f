//! Cue filters: the tests that set a cue aside before its roles are sought, because the words
//! around it make it no act at all (part of a name) or an act not done (hypothetical, required,
//! refused), and the one test after them (a visit with no one received). Each answers for one
//! cue of one sentence and changes nothing.

use super::cues::{CueMatch, Polarity};
use super::{Actor, Clauses, negated, ruled_out_after};
use crate::extract::{Document, EntityClass};

/// Whether the cue is part of a name rather than an act.
pub(super) fn part_of_name(
    c: &Clauses,
    doc: &Document,
    si: usize,
    m: &CueMatch,
    headline: bool,
) -> bool {
    let text = doc.article.text.as_str();
    let head = m.first;
    // "Traktat Persahabatan dan Kerja Sama": a capitalised cue inside running text is
    // part of a name the knowledge base does not know.
    if !headline
        && head > 0
        && (head..=m.last).all(|i| {
            let t = &c.tokens[i];
            text[t.start..t.end].starts_with(char::is_uppercase)
        })
    {
        return true;
    }
    // "Organisasi Kerja Sama Islam": a cue inside a name is part of the name.
    let (cue_start, cue_end) = (c.tokens[head].start, c.tokens[m.last].end);
    doc.sentence_mentions(si).iter().any(|x| {
        x.start <= cue_start
            && cue_end <= x.end
            && doc.entities[x.entity].class != EntityClass::State
    })
}

/// Whether the cue's act is not done: negated, ruled out, hypothetical, planned on a
/// condition, the consequence of one, required, or awaited ("sampai …").
pub(super) fn not_done(c: &Clauses, m: &CueMatch, clause: usize, commas: &[usize]) -> bool {
    let head = m.first;
    // "Paraguay baru akan meratifikasi … jika Bolivia …": an act announced on a condition
    // told after it is hypothetical too (a threat is conditional by nature).
    let conditional_plan = !m.code.starts_with("13")
        && !conditional_threat(c, m)
        && (head.saturating_sub(3)..head).any(|i| c.is("future", i))
        && (m.last + 1..c.words.len()).any(|i| c.is("hypothetical", i));
    // "jika …, maka … bisa terancam", "jika ada tahanan, mereka akan dibebaskan": the
    // consequence of a condition (told with "maka", or announced with "akan") is
    // hypothetical too. ("jika …, perundingan dagang bisa ikut terhambat": a talk named as the
    // subject of a consequence told with a modal after it is no talk held either.)
    let clause_end = (head + 1..c.words.len())
        .find(|&k| commas.contains(&k) || c.is_boundary(k))
        .unwrap_or(c.words.len());
    let consequence = ((0..head).any(|i| c.is("consequent", i))
        && (0..head).any(|i| c.is("hypothetical", i)))
        || (clause > 0
            && !m.code.starts_with("13")
            && !conditional_threat(c, m)
            && c.is("hypothetical", c.clause_start(clause - 1, commas))
            && ((clause..head).any(|i| c.is("future", i))
                || (head + 1..clause_end).any(|i| c.is("future", i) || c.is("modal", i))));
    // "Parlemen Makedonia harus meratifikasinya": an act required is not done ("semestinya
    // lebih dulu berkonsultasi": an adverb or two may stand between).
    let required = (head.saturating_sub(3)..head).any(|i| c.is("deontic", i));
    // "… sampai ia menarik ucapannya": what must happen before a measure ends has not.
    let until_clause = (clause..head).any(|i| {
        c.is("until", i)
            && i + 1 < head
            && (c.is("person_pronoun", i + 1)
                || c.actors.iter().any(|a| a.first == i + 1 && !a.place))
    });
    // "menyelesaikan sengketa melalui perundingan": a talk named as the means of another act
    // is no act of its own.
    let means = head > 0 && c.is("channel_prep", head - 1) && m.code == "046";
    // "meminta Islandia agar mengizinkan …": what an appeal asks for is not done.
    let requested = (clause.saturating_sub(1)..head).any(|i| c.is("purpose", i));
    // "memerintahkan pengadilan negara bagian meninjau ulang …", "Islamabad diperintahkan
    // meninjau ulang vonis": what an order tells someone to say or weigh is not done yet (a
    // few words of its addressee may stand between, no verb). Force, a posture or a measure a
    // leader orders is the state's act, and stays; one ordered of the subject by others does
    // not.
    let ordered = (head.saturating_sub(5)..head).any(|i| {
        let w = c.word(i);
        let by_others = w.starts_with("diperintah") || w.starts_with("diinstruksi");
        c.is("object_control", i)
            && (by_others
                || ((w.starts_with("memerintah") || w.ends_with("instruksikan"))
                    && m.code.as_str() < "15"))
            && (i + 1..head).all(|j| !super::is_verb_form(c.word(j)))
    });
    negated(c, head, clause)
        || means
        || requested
        || ordered
        || ruled_out_after(c, m.last)
        || (clause..head).any(|i| c.is("hypothetical", i))
        || until_clause
        || conditional_plan
        || consequence
        || required
}

/// "Jika Islandia menahan kapal itu, Oslo akan menjatuhkan sanksi": a state announcing
/// sanctions or force on a condition threatens them (CAMEO 13), whichever side of the act
/// the condition is told.
pub(super) fn conditional_threat(c: &Clauses, m: &CueMatch) -> bool {
    let head = m.first;
    m.polarity == Polarity::Event
        && m.code.as_str() >= "16"
        && (head.saturating_sub(3)..head).any(|i| c.is("future", i))
        && (0..c.words.len()).any(|i| c.is("hypothetical", i))
}

/// "menolak meminta maaf": what a refusal refuses is not done.
pub(super) fn refused(c: &Clauses, matches: &[CueMatch], head: usize) -> bool {
    matches.iter().any(|p| {
        p.code.starts_with("12")
            && p.polarity == Polarity::Event
            && p.last < head
            && (p.last + 1..head).all(|i| c.word(i) == "untuk")
    })
}

/// Whether a cue that needs an object (a visit received) lacks one: a person or state right
/// after the verb that the role rules made its target (or, after a passive, its agent); or a
/// cue that needs a traveller (an arrival) lacks a person among its sources.
pub(super) fn lacks_object(
    c: &Clauses,
    m: &CueMatch,
    doc: &Document,
    passive: bool,
    sources: &[usize],
    targets: &[usize],
) -> bool {
    // "menerima Raja Yordania Abdullah II": only a person or state received is a visit.
    // ("diterima langsung oleh Putin": the agent of a passive may follow "oleh" and a
    // manner adverb.)
    let next_to_verb = |a: &Actor| {
        c.before(a) == c.word(m.last)
            || (passive
                && c.before(a) == "oleh"
                && (m.last + 1..a.first)
                    .find(|&i| !(c.adverb(i) || c.is("manner", i)))
                    .is_some_and(|i| c.word(i) == "oleh"))
    };
    // "Menlu Norwegia tiba di Reykjavik": an arrival is a visit only when a person arrives
    // ("bantuan … tiba di Port Vila" is aid, told by its own cue).
    let no_traveller = m.traveller_required
        && !sources
            .iter()
            .any(|&s| doc.entities[s].class == EntityClass::Person);
    no_traveller
        || m.object_required
            && !c.actors.iter().any(|a| {
                a.first > m.last
                && next_to_verb(a)
                && matches!(
                    doc.entities[a.entity].class,
                    EntityClass::Person | EntityClass::State
                )
                // (After a passive verb that person is the agent: "disambut Presiden
                // Xi Jinping".)
                && if passive {
                    sources.contains(&a.entity)
                } else {
                    targets.contains(&a.entity)
                }
            })
}
