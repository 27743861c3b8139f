//! Targets a clause leaves unnamed: the rules that aim an act whose clause names no target (or
//! only one of the source's own state) at whom the sentence, the acts told before it and the
//! story point to.
//!
//! They run in a fixed order after the role rules ([`super::extract_events`]) found the cue's
//! sources and the actor after it: the first rule that finds a target wins, and a few later ones
//! (a reaction to an act named by a demonstrative, a judgement, joint acts) correct what an
//! earlier one found. Each rule keeps the sources' own states out of the target.

use super::cues::{CueLexicon, CueMatch};
use super::time::TimeExpr;
use super::{
    ACCORD, Actor, Clauses, Event, Introduced, MATERIAL_CONFLICT, MEDIATE, NOUN_REACH, Polarity,
    Status, is_nominal, is_verb_form, trigger_word,
};
use crate::extract::{Document, EntityClass};

/// CAMEO's code for signing a formal agreement.
const SIGN: &str = "057";

/// CAMEO's code for condolences.
const CONDOLE: &str = "018";

/// CAMEO's code for recognising a state or government.
const RECOGNISE: &str = "054";

/// What the target rules read: the cue in its sentence, and what the article told before it.
pub(super) struct Context<'c, 'a> {
    pub c: &'c Clauses<'a>,
    /// The cue (an echo's already carries the code of the act it echoes).
    pub m: &'c CueMatch,
    /// Every cue of the sentence.
    pub matches: &'c [CueMatch],
    pub times: &'c [TimeExpr],
    pub head: usize,
    pub clause: usize,
    /// Where the cue's objects end: its clause's end or the next verbal cue.
    pub limit: usize,
    pub nominal: bool,
    pub headline: bool,
    pub doc: &'c Document,
    pub lexicon: &'c CueLexicon,
    /// The events read so far.
    pub events: &'c [Event],
    /// The pair of states the article is about ([`super::story::story_dyad`]).
    pub story: Option<[usize; 2]>,
    /// The person the story was last about.
    pub last_person: Option<usize>,
    /// The last pair of actors named together or met ("keduanya").
    pub last_pair: &'c [usize],
    /// Every state named so far, in order, with its ISO code.
    pub last_states: &'c [(usize, String)],
    /// The earlier sentences' words and the state-bearing actors named in them.
    pub introduced: &'c [Introduced<'a>],
    /// The states that tabled the article's drafts.
    pub sponsors: &'c [usize],
}

/// Completes the sources and targets the role rules found, and says whether the act is a joint
/// one (its parties both sources and targets, told either way round).
pub(super) fn resolve(
    cx: &Context,
    sources: Vec<usize>,
    mut targets: Vec<usize>,
) -> (Vec<usize>, Vec<usize>, bool) {
    let state_of = |e: usize| cx.doc.entities[e].state.clone();

    // The sources' states, which every target rule below keeps out of the target.
    let own: Vec<Option<String>> = sources.iter().map(|&e| state_of(e)).collect();
    // "Seoul menuding pembatasan itu … putusan Mahkamah Agung Korsel": a target of the
    // source's own state is no target; an anaphor may still name one.
    // ("Keduanya memperingatkan … pernyataan perang terhadap Bamako dan Ouagadougou": a
    // warning, demand or protest whose targets are all among its sources' own states names
    // the sources themselves; a joint act of cooperation does aim its parties at each other.)
    let verbal_conflict = matches!(&cx.m.code[..2], "10" | "11" | "12" | "13" | "14");
    let own_state_target = !targets.is_empty()
        && targets.iter().all(|&t| {
            state_of(t).is_some()
                && if verbal_conflict {
                    sources.iter().any(|&s| state_of(s) == state_of(t))
                } else {
                    sources.iter().all(|&s| state_of(s) == state_of(t))
                }
        });
    if own_state_target {
        targets.clear();
    }
    // "Moskow mengakui kemerdekaan Abkhazia": what is recognised is named, by a name warta
    // does not know (a breakaway region); no state from the context is it.
    let c = cx.c;
    let object = cx.m.last + 1;
    let unknown_object = cx.m.code == RECOGNISE
        && targets.is_empty()
        && !cx.headline
        && c.capitalised(object)
        && !c
            .actors
            .iter()
            .any(|a| a.first <= object && object <= a.last);
    // "menuding ada kekuatan asing di balik kerusuhan itu, tanpa menyebut negara tertentu":
    // the text says it names no one; no state from the context is meant.
    let names_no_one = targets.is_empty()
        && (cx.m.last + 1..c.words.len().saturating_sub(1)).any(|i| {
            c.word(i) == "tanpa" && matches!(c.word(i + 1), "menyebut" | "menyebutkan" | "merinci")
        });
    // "dalam pertemuan puncak darurat negara-negara anggota ALBA": a meeting of a bloc's
    // members is no meeting with the state of the last sentence. (Not one held "di sela"
    // such a summit.)
    let of_members = targets.is_empty()
        && cx.m.code.starts_with("04")
        && (cx.m.last + 1..(cx.m.last + 6).min(c.words.len()))
            .take_while(|&i| !c.prep_at(i))
            .any(|i| {
                c.word(i) == "anggota"
                    || (c.word(i) == "negara" && i + 1 < c.words.len() && c.word(i + 1) == "negara")
            });
    // "meminta warga di prefektur itu mengungsi", "meminta agen perjalanan berhenti …": an
    // appeal addressed to someone who is no state (a noun, then the act asked for) is aimed
    // at no state the context names.
    let addressee = c.past_adverbs(cx.m.last + 1);
    let addressed_to_others = targets.is_empty()
        && cx.m.code.starts_with("02")
        && addressee < c.words.len()
        && !c.capitalised(addressee)
        // ("sejumlah anggota DPR … mendesak pemerintah lebih serius mengurus …": a bare
        // "pemerintah", named by no state, is the speaker's own.)
        && (c.is("people_noun", addressee)
            || (c.plain(addressee) && !c.prep_at(addressee))
            || c.word(addressee) == "pemerintah")
        && !is_verb_form(c.word(addressee))
        && !c
            .actors
            .iter()
            .any(|a| a.first <= addressee && addressee <= a.last)
        && (addressee + 1..(addressee + 5).min(c.words.len()))
            .take_while(|&i| !c.actors.iter().any(|a| a.first == i))
            .any(|i| is_verb_form(c.word(i)));
    // "menyampaikan simpatinya kepada umat Muslim yang tersinggung": condolences or sympathy
    // addressed to people who are no state's are aimed at no state the context names.
    let to = c.past_adverbs(cx.m.last + 1);
    let to_people = targets.is_empty()
        && cx.m.code.starts_with("01")
        && to + 1 < c.words.len()
        && c.word(to) == "kepada"
        && !c.capitalised(to + 1)
        && !c.is("people_noun", to + 1)
        && !c.is("person_pronoun", to + 1)
        && !c.actors.iter().any(|a| a.first > to && a.first <= to + 3);
    // "pasukan Filipina bertempur melawan militan pro-ISIS": force used against a foe who is
    // no state (a noun, no actor near it) is used against no state the context names.
    let against_others = targets.is_empty()
        && cx.m.code.as_str() >= "17"
        && to + 1 < c.words.len()
        && matches!(c.word(to), "melawan" | "terhadap")
        && !c.capitalised(to + 1)
        && !c.is("person_pronoun", to + 1)
        && !c.is("pair_noun", to + 1)
        && !c.actors.iter().any(|a| a.first > to && a.first <= to + 3);
    // "Israel membuka penyelidikan atas insiden itu": an investigation names what it looks
    // into; one that names no state in its clause is an inquiry at home, aimed at no state the
    // context names.
    let inquiry_at_home = targets.is_empty() && cx.m.code.starts_with("09");
    if unknown_object
        || inquiry_at_home
        || names_no_one
        || of_members
        || addressed_to_others
        || to_people
        || against_others
    {
        return (sources, targets, false);
    }
    let (sources, targets) = from_context(cx, &own, sources, targets);
    let (sources, targets) = from_anaphors(cx, &own, own_state_target, sources, targets);
    between_parties(cx, &own, sources, targets)
}

/// CAMEO's code for allowing aid in ("menerima bantuan dari …"): its source takes the aid.
const ALLOW_AID: &str = "0863";

/// A target from the clause's wider context: an envoy's post, a threat's condition, the
/// latest act the cue answers or follows, the draft's sponsors.
fn from_context(
    cx: &Context,
    own: &[Option<String>],
    mut sources: Vec<usize>,
    mut targets: Vec<usize>,
) -> (Vec<usize>, Vec<usize>) {
    let Context {
        c,
        m,
        head,
        clause,
        limit,
        nominal,
        doc: _,
        events,
        last_person,
        last_pair,
        sponsors,
        ..
    } = *cx;
    let head_word = c.word(head);
    let state_of = |e: usize| cx.doc.entities[e].state.clone();
    // "memanggil pulang duta besar Islandia di Norwegia": a recalled envoy's post names
    // the state the recall is aimed at; "membuka kembali Kedutaan Besar Jerman di Damaskus":
    // so does a mission opened there. (Not an agreement signed there: the host is no party.)
    if targets.is_empty() && matches!(&m.code[..2], "16" | "05") && m.code != SIGN {
        targets = (m.last + 1..limit.min(c.words.len()))
            .find(|&i| c.word(i) == "di")
            .and_then(|i| {
                c.actors.iter().find(|a| {
                    a.first == i + 1
                        && state_of(a.entity).is_some()
                        && !own.contains(&state_of(a.entity))
                })
            })
            .map(|a| vec![a.entity])
            .unwrap_or_default();
    }
    // "mengekstradisi seorang pengusaha Swedia ke Finlandia", "menyerahkan dua warga Swedia
    // kepada Islandia": what is handed over goes to the state after "ke" or "kepada", not to
    // the state the person is from.
    // The actor of another state than the sources' right after word `i` (past a title).
    let other_state_after = |i: usize, fits: &dyn Fn(&Actor) -> bool| {
        c.actors.iter().position(|a| {
            c.before_at(a) == Some(i)
                && state_of(a.entity).is_some()
                && !own.contains(&state_of(a.entity))
                && fits(a)
        })
    };
    if (m.first..=m.last).any(|i| c.is("handover", i))
        && let Some(k) = (m.last + 1..limit.min(c.words.len()))
            .find(|&i| matches!(c.word(i), "ke" | "kepada"))
            .and_then(|i| other_state_after(i, &|a| !a.pair))
    {
        targets = c.group_entities(k);
    }
    // "Presiden Norwegia berbicara dengan Perdana Menteri Swedia melalui telepon": the
    // partner of a call or consultation told before its cue, right after a verb and
    // "dengan", is its target. ("bersama dengan" names a fellow source.)
    if targets.is_empty() && m.code.starts_with("04") {
        targets = (clause + 1..head)
            .find(|&i| {
                c.word(i) == "dengan"
                    && is_verb_form(c.word(i - 1))
                    && !c.word(i - 1).starts_with("bersama")
            })
            .and_then(|i| other_state_after(i, &|a| a.last < head))
            .map(|k| c.group_entities(k))
            .unwrap_or_default();
    }
    // "memperingatkan akan merespons dengan tegas jika Pyongyang …": a threat is aimed
    // at the actor its condition names ("Jika Swedia menyerang, Norwegia akan membalas":
    // told before it, too), and so is an offer ("menawarkan kerja sama penyelidikan apabila
    // Swedia menyerahkan bukti").
    let on_condition = matches!(&m.code[..2], "13" | "03") || super::cue::conditional_threat(c, m);
    if targets.is_empty() && on_condition {
        let after = (m.last + 1..c.words.len()).find(|&i| c.is("hypothetical", i));
        let before = || (0..head).rfind(|&i| c.is("hypothetical", i));
        targets = after
            .map(|h| (h, c.words.len()))
            .or_else(|| before().map(|h| (h, head)))
            .and_then(|(h, end)| {
                c.actors.iter().position(|a| {
                    a.first > h && a.last < end && !a.place && !own.contains(&state_of(a.entity))
                })
            })
            .map(|k| c.group_entities(k))
            .unwrap_or_default();
    }
    // "Pakistan mengecam keras pelanggaran wilayah udaranya": a condemnation or protest
    // naming no state answers the latest force used against the speaker's state.
    if targets.is_empty() && matches!(&m.code[..2], "11" | "14") {
        if let Some(e) = events.iter().rev().find(|e| {
            e.code.as_str() >= MATERIAL_CONFLICT
                && e.target_state.is_some()
                && own.contains(&e.target_state)
                && !own.contains(&e.source_state)
        }) {
            targets = e.sources.clone();
        }
    }
    // "mengecam serangan Islandia itu dan menegaskan tidak akan membiarkannya tanpa balasan":
    // a threat naming no one, told in the sentence of the speaker's reproach, is aimed at the
    // reproached.
    if targets.is_empty() && &m.code[..2] == "13" {
        let sentence_start = c.tokens.first().map_or(usize::MAX, |t| t.start);
        if let Some(e) = events.iter().rev().find(|e| {
            matches!(&e.code[..2], "11" | "12" | "14")
                && e.target_state.is_some()
                && e.source_state.is_some()
                && own.contains(&e.source_state)
                && e.evidence.iter().any(|v| v.start >= sentence_start)
        }) {
            targets = e.targets.clone();
        }
    }
    // "menuntut Venezuela meminta maaf … Ia memperingatkan, bila …": a threat naming no one
    // backs the speaker's latest demand, and is aimed where it was.
    if targets.is_empty() && &m.code[..2] == "13" {
        if let Some(e) = events.iter().rev().find(|e| {
            matches!(&e.code[..2], "02" | "10")
                && e.target_state.is_some()
                && own.contains(&e.source_state)
        }) {
            targets = e.targets.clone();
        }
    }
    // "Rusia menerbangkan lebih dari 100 personel penyelamat" after aid sent to Myanmar:
    // aid (07, or pledged, 033) naming no recipient goes where the article's latest aid
    // went. (The same donor's aid, given again naming no one, retells the aid already
    // told.)
    let aid = |code: &str| code.starts_with("07") || code == "033";
    if targets.is_empty() && aid(&m.code) {
        if let Some(e) = events
            .iter()
            .rev()
            .find(|e| aid(&e.code) && e.target_state.is_some() && !own.contains(&e.target_state))
        {
            // ("siap mengirim bantuan": aid offered is a new act.)
            let offered =
                (head.saturating_sub(4)..head).any(|i| c.is("future", i) || c.is("intent", i));
            let retold = own.contains(&e.source_state)
                && m.code.starts_with("07")
                && e.code.starts_with("07")
                && !offered;
            if !retold {
                targets = e.targets.clone();
            }
        } else if let Some(e) = events.iter().rev().find(|e| {
            e.code.starts_with(ALLOW_AID)
                && e.source_state.is_some()
                && !own.contains(&e.source_state)
        }) {
            // ("Maroko hanya menerima bantuan dari empat negara … Prancis juga menawarkan
            // bantuan": with no aid told yet, the state that takes aid in is its recipient.)
            targets = e.sources.clone();
        }
    }
    // "Presiden China menyambutnya": a verb's "-nya" is the person the story was last about.
    if targets.is_empty() && head_word.ends_with("nya") && is_verb_form(head_word) {
        if let Some(p) = last_person.filter(|p| !own.contains(&state_of(*p))) {
            targets = vec![p];
        }
    }
    // "Albanese memilih Indonesia sebagai tujuan kunjungan pertamanya": the state named
    // as a visit's destination ("tujuan") is visited, by the sentence's subject (or the
    // person the story is about).
    if m.code == "042" && nominal && head >= 2 && c.word(head - 1) == "tujuan" {
        let is_state = |a: &Actor| !a.pair && state_of(a.entity).is_some();
        let destination = c
            .actors
            .iter()
            .rposition(|a| a.last + 1 < head && a.first >= clause && is_state(a));
        let visitor = destination.and_then(|d| {
            c.actors
                .iter()
                .position(|a| {
                    a.last < c.actors[d].first
                        && is_state(a)
                        && state_of(a.entity) != state_of(c.actors[d].entity)
                })
                .map(|k| c.actors[k].entity)
                .or(last_person.filter(|&p| {
                    state_of(p).is_some() && state_of(p) != state_of(c.actors[d].entity)
                }))
        });
        if let (Some(d), Some(v)) = (destination, visitor) {
            sources = vec![v];
            targets = vec![c.actors[d].entity];
        }
    }
    // "Presiden Norwegia tiba di Reykjavik … untuk kunjungan kenegaraan": a visit told as
    // the purpose of an arrival goes where the visitor arrived ("ibu kota Islandia" too).
    if targets.is_empty() && m.code == "042" && nominal {
        targets = (clause..head)
            .filter(|&i| c.is("arrival", i) && matches!(c.word(i + 1), "di" | "ke"))
            .find_map(|i| {
                let mut at = i + 2;
                while matches!(c.word(at), "ibu" | "kota") {
                    at += 1;
                }
                c.actors.iter().find(|a| {
                    a.first == at
                        && a.last < head
                        && state_of(a.entity).is_some()
                        && !own.contains(&state_of(a.entity))
                })
            })
            .map(|a| vec![a.entity])
            .unwrap_or_default();
    }
    // "melarang impor daging sapi, unggas, … dan sayuran dari Amerika Serikat, Australia
    // …": the states whose goods an import measure stops come after "dari", however long
    // the list of goods before it.
    if targets.is_empty() && (m.first..=m.last).any(|i| c.word(i) == "impor") {
        let next_cue = c
            .cue_starts
            .iter()
            .copied()
            .filter(|&s| s > m.last)
            .min()
            .unwrap_or(c.words.len());
        targets = (m.last + 1..next_cue)
            .find(|&i| c.word(i) == "dari")
            .and_then(|i| c.actors.iter().position(|a| a.first == i + 1 && !a.place))
            .map(|k| c.group_entities(k))
            .unwrap_or_default();
    }
    // "mengalihkan pengakuan diplomatiknya dari Taipei kepada Beijing", "menarik duta
    // besarnya dari Manila": a measure against relations is aimed at the state it moves away
    // from, whoever it turns to.
    if m.code.starts_with("16")
        && let Some(k) = (m.last + 1..=m.last + 3)
            .find(|&i| c.word(i) == "dari")
            .and_then(|i| c.actors.iter().position(|a| a.first == i + 1))
            .filter(|&k| {
                state_of(c.actors[k].entity).is_some()
                    && !own.contains(&state_of(c.actors[k].entity))
            })
    {
        targets = c.group_entities(k);
    }
    // "Kuwait memanggil pulang duta besarnya" after Riyadh recalled its own from Beirut:
    // a measure against relations naming no one follows suit, against the state the
    // latest such measure by another state was aimed at.
    // The latest act of a root by another state, aimed at a state not the source's.
    let latest_by_another = |root: &str| {
        events.iter().rev().find(|e| {
            e.code.starts_with(root)
                && e.target_state.is_some()
                && !own.contains(&e.source_state)
                && !own.contains(&e.target_state)
        })
    };
    if targets.is_empty() && m.code.starts_with("16") {
        if let Some(e) = latest_by_another("16") {
            targets = e.targets.clone();
        }
    }
    // "Denmark turut mengecam": a disapproval naming no one that follows suit is aimed where
    // the latest disapproval by another state was. (Not when it names what it disapproves
    // of: "Pakta itu juga dikecam …" is aimed at the pact's parties, found below.)
    // ("Kecaman keras juga dilontarkan Swedia": a noun's "juga" follows it.)
    let after_noun = if nominal {
        m.last + 1..m.last + 3
    } else {
        0..0
    };
    if targets.is_empty()
        && m.code.starts_with("11")
        && (head.saturating_sub(2)..head)
            .chain(after_noun)
            .any(|i| c.is("follow_suit", i))
        && !(0..c.words.len()).any(|i| c.demonstrative(i))
    {
        if let Some(e) = latest_by_another("11") {
            targets = e.targets.clone();
        }
    }
    // "mendaftarkan gugatan tersebut ke ICJ": a court is where a suit is filed, not the
    // state it is filed against (the anaphor below finds that one).
    if m.code == "115" && targets.iter().all(|&t| state_of(t).is_none()) {
        targets.clear();
    }
    // "Beijing juga berjanji …" after a meeting with Washington: a commitment naming no
    // one is made to the counterpart of the speaker's latest meeting or agreement.
    // (A pair's joint commitment is between them, and a mediator is no counterpart.)
    if targets.is_empty() && m.code.starts_with("03") && sources.len() == 1 {
        if let Some(e) = events.iter().rev().find(|e| {
            matches!(&e.code[..2], "03" | "04" | "05")
                && e.code != MEDIATE
                && e.target_state.is_some()
                && e.source_state.is_some()
                && (own.contains(&e.source_state) || own.contains(&e.target_state))
        }) {
            targets = if own.contains(&e.source_state) {
                e.targets.clone()
            } else {
                e.sources.clone()
            };
        }
    }
    // "Pertemuan yang ditengahi Presiden Afrika Selatan itu": a mediation naming no
    // party is between the pair the story is about.
    if targets.is_empty() && m.code == MEDIATE {
        targets = last_pair
            .iter()
            .copied()
            .filter(|&e| !own.contains(&state_of(e)))
            .collect();
    }
    // "Beijing menolak meminta maaf": a rejection with no object answers the latest
    // demand or appeal made to the rejecting state.
    if targets.is_empty() && &m.code[..2] == "12" {
        targets = events
            .iter()
            .rev()
            .find(|e| {
                matches!(&e.code[..2], "02" | "10")
                    && e.target_state.is_some()
                    && own.contains(&e.target_state)
            })
            .map(|e| vec![e.sources[0]])
            .unwrap_or_default();
    }
    // "meninggalkan ruang sidang … ketika Menteri Luar Negeri Islandia menyampaikan
    // pandangannya": a walk-out is aimed at the state whose speaker it left, not at the
    // meeting named before.
    if m.code.starts_with("14")
        && targets.iter().all(|&t| state_of(t).is_none())
        && let Some(k) = (m.last + 1..c.words.len())
            .find(|&i| c.is("while_conj", i) || c.word(i) == "saat")
            .and_then(|w| {
                c.actors.iter().position(|a| {
                    a.first > w
                        && a.first <= w + 6
                        && state_of(a.entity).is_some()
                        && !own.contains(&state_of(a.entity))
                })
            })
    {
        targets = vec![c.actors[k].entity];
    }
    // "Swedia menolak rancangan resolusi tersebut": a rejected draft is aimed at the
    // states that tabled it, wherever the article names them. ("… rancangan yang diajukan
    // Norwegia soal Islandia": a state the draft is about is no target of its veto.)
    // ("mengancam akan menggunakan hak veto untuk menjegal rancangan …": a threat against a
    // draft is aimed at its sponsors too.)
    let reach = if &m.code[..2] == "13" { 6 } else { 3 };
    let draft = matches!(&m.code[..2], "12" | "13")
        && (m.last + 1..(m.last + reach).min(c.words.len())).any(|i| c.is("draft_noun", i));
    if draft && !sponsors.is_empty() {
        targets.retain(|&t| {
            !c.actors
                .iter()
                .any(|a| a.entity == t && a.first > m.last && c.before_is("topic_prep", a))
        });
    }
    if targets.is_empty() && draft {
        targets = sponsors
            .iter()
            .copied()
            .filter(|&k| !own.contains(&state_of(k)))
            .collect();
    }
    (sources, targets)
}

/// A target an anaphor names: an event noun with a demonstrative points to the act it retells,
/// a noun to what an earlier sentence introduced with it, "negara itu" to the last other
/// state; a judgement is aimed at the state whose act it judges.
fn from_anaphors(
    cx: &Context,
    own: &[Option<String>],
    own_state_target: bool,
    mut sources: Vec<usize>,
    mut targets: Vec<usize>,
) -> (Vec<usize>, Vec<usize>) {
    let Context {
        c,
        m,
        matches,
        head,
        limit,
        nominal,
        headline,
        doc,
        lexicon,
        events,
        last_states,
        introduced,
        ..
    } = *cx;
    let text = c.text;
    let head_word = c.word(head);
    let headline_bare = |w: &str| lexicon.is_root(w) && !headline;
    let state_of = |e: usize| doc.entities[e].state.clone();
    // "Washington menyambut baik perjanjian tersebut", "Moskow mengecam kesepakatan itu": a
    // reaction to an agreement named by a demonstrative is aimed at the parties of the latest
    // signing, each of them (not one the reacting state signed: a state does not react to its
    // own agreement, so "itu" names another).
    if targets.is_empty()
        && m.polarity == Polarity::Event
        && matches!(&m.code[..2], "01" | "05" | "10" | "11" | "12" | "13" | "14")
    {
        let words = c.words.len();
        let accord = (m.last + 1..(m.last + 3).min(words))
            .find(|&i| c.is("accord_noun", i))
            .filter(|&i| (i + 1..(i + 4).min(words)).any(|j| c.demonstrative(j)));
        let signing = accord.and_then(|_| {
            events
                .iter()
                .rev()
                .find(|e| e.code == SIGN && e.status != Status::Denied && e.source_state.is_some())
        });
        let parties: Vec<usize> = signing
            .into_iter()
            .flat_map(|e| e.sources.iter().chain(&e.targets).copied())
            .filter(|&p| state_of(p).is_some())
            .collect();
        if !parties.iter().any(|&p| own.contains(&state_of(p))) {
            for p in parties {
                if !targets.contains(&p) {
                    targets.push(p);
                }
            }
        }
    }
    // "menyebut pengerahan itu sebagai provokasi": an anaphoric object points to the
    // last other state named before.
    // "… dengan negara kecil kaya gas itu": "negara … itu" after the trigger too.
    // "mengecam keras uji coba tersebut": the object starts past the adverbs after the cue.
    let obj = c.past_adverbs(m.last + 1);
    let state_anaphor = (m.last + 1..limit)
        .any(|i| c.word(i) == "negara" && (i + 1..(i + 6).min(limit)).any(|j| c.demonstrative(j)));
    // "mengecam penyitaan itu sebagai … pelanggaran terhadap kedaulatan Ukraina": an
    // event noun with a demonstrative right after a reaction names the act reacted to,
    // whatever states the rest of the clause names.
    // ("menyebut serangan itu sebagai pelanggaran batas": the noun may stand inside a
    // cue's gap, right after its verb.)
    let reacted_noun = [obj, head + 1]
        .into_iter()
        .find(|&i| i < c.words.len() && c.demonstrative(i + 1));
    // "Norwegia dikecam Swedia atas penangkapan nelayan. Penangkapan itu juga diprotes
    // Finlandia": an act named by a noun and a demonstrative before a reaction, which no
    // event retells, is the one an earlier reaction was about ("atas penangkapan"); this
    // reaction is aimed where that one was.
    if targets.is_empty()
        && matches!(&m.code[..2], "10" | "11" | "12" | "14")
        && m.polarity == Polarity::Event
        && let Some(n) = matches
            .iter()
            .find(|n| n.last < head && n.first >= cx.clause && c.demonstrative(n.last + 1))
    {
        let roots: Vec<&str> = lexicon.roots(c.word(n.first)).collect();
        let retold = events.iter().any(|e| {
            roots
                .iter()
                .any(|r| lexicon.derives(&trigger_word(text, e), r))
        });
        let about = (!retold)
            .then(|| {
                events.iter().rev().find(|e| {
                    matches!(&e.code[..2], "10" | "11" | "12" | "14")
                        && e.target_state.is_some()
                        && !own.contains(&e.target_state)
                        && introduced
                            .get(e.evidence[0].sentence)
                            .is_some_and(|(words, _)| {
                                words.windows(2).any(|w| {
                                    w[0] == "atas"
                                        && roots.iter().any(|r| lexicon.derives(&w[1], r))
                                })
                            })
                })
            })
            .flatten();
        if let Some(e) = about {
            targets = e.targets.clone();
        }
    }
    if matches!(&m.code[..2], "01" | "10" | "11" | "12" | "13" | "14")
        && m.polarity == Polarity::Event
        && let Some(noun) = reacted_noun
    {
        if let Some(e) = lexicon.roots(c.word(noun)).find_map(|r| {
            events.iter().rev().find(|e| {
                e.status != Status::Denied
                    && e.source_state.is_some()
                    && !own.contains(&e.source_state)
                    && lexicon.derives(&trigger_word(text, e), r)
            })
        }) {
            targets = vec![e.sources[0]];
        }
    }
    // "Pentagon menolak usulan itu", "mengecam ucapan tersebut": a reaction to what
    // someone said, asked or planned, named by a demonstrative, is aimed at the doer of the
    // article's latest act by another state (a noun of an earlier trigger's root found its
    // act above).
    let stance = reacted_noun.filter(|&i| c.is("stance_noun", i) || c.is("message_noun", i));
    if matches!(&m.code[..2], "10" | "11" | "12" | "13" | "14")
        && m.polarity == Polarity::Event
        && let Some(noun) = stance
        && !lexicon.roots(c.word(noun)).any(|r| {
            events
                .iter()
                .any(|e| lexicon.derives(&trigger_word(text, e), r))
        })
        && let Some(e) = events.iter().rev().find(|e| {
            e.status != Status::Denied && e.source_state.is_some() && !own.contains(&e.source_state)
        })
    {
        targets = vec![e.sources[0]];
    }
    // "Islandia menyambut baik langkah tersebut": praise of a step or a decision named with a
    // demonstrative is aimed at the doer of the article's latest act by another state.
    if m.code.starts_with("051")
        && m.polarity == Polarity::Event
        && let Some(noun) = reacted_noun.filter(|&i| c.is("act_noun", i) || c.is("stance_noun", i))
        && let Some(doer) = anaphoric_act_doer(cx, own, noun, noun + 2)
    {
        targets = doer;
    }
    // "Norwegia menyebut perebutan pulau itu sebagai pendudukan atas wilayah Islandia": what
    // a calling-as cue judges stands in its gap; named there by a demonstrative alone, it is
    // the latest act of another state, whose doer is the target (not the state named in the
    // verdict after "sebagai").
    let called_as = (m.first + 1..m.last).find(|&i| c.word(i) == "sebagai");
    if matches!(&m.code[..2], "11" | "12")
        && m.polarity == Polarity::Event
        && let Some(sebagai) = called_as
        && !c.actors.iter().any(|a| {
            // ("… sebagai agresi Norwegia" names the doer; "… terhadap kedaulatan Islandia"
            // the victim.)
            targets.contains(&a.entity)
                && (a.first < sebagai || !(sebagai..a.first).any(|i| c.prep_at(i)))
        })
        && let Some(doer) = anaphoric_act_doer(cx, own, m.first + 1, sebagai)
    {
        targets = doer;
    }
    // "mengecam serangan terhadap pangkalan Islandia": a reaction to force used against a
    // state is aimed at who used it, told earlier in the article, not at its victim.
    if matches!(&m.code[..2], "11" | "14") && m.polarity == Polarity::Event {
        // (Not "serangan itu": an anaphor named the act's doer already, above.)
        let force_noun = matches.iter().find(|n| {
            n.first == m.last + 1
                && n.polarity == Polarity::Event
                && n.code.as_str() >= MATERIAL_CONFLICT
                && !(n.last + 1..n.last + 3).any(|i| c.demonstrative(i))
        });
        if let Some(n) = force_noun {
            let victims: Vec<Option<String>> = targets.iter().map(|&t| state_of(t)).collect();
            // (Or, when the force was told only as what the victim protested, at whom the
            // victim's protest was aimed.)
            if let Some(e) = events.iter().rev().find(|e| {
                e.code[..2] == n.code[..2]
                    && e.status != Status::Denied
                    && e.source_state.is_some()
                    && !own.contains(&e.source_state)
                    && victims.contains(&e.target_state)
            }) {
                targets = e.sources.clone();
            } else if let Some(e) = events.iter().rev().find(|e| {
                matches!(&e.code[..2], "11" | "14")
                    && e.status != Status::Denied
                    && e.source_state.is_some()
                    && victims.contains(&e.source_state)
                    && e.target_state.is_some()
                    && !own.contains(&e.target_state)
            }) {
                targets = e.targets.clone();
            }
        }
    }
    // "Presiden Islandia menerima permintaan maaf tersebut": an apology accepted is the one
    // the latest apology to the accepting state made; its maker is forgiven.
    if m.code.starts_with("056") {
        if let Some(e) = events.iter().rev().find(|e| {
            e.code.starts_with("055")
                && e.status != Status::Denied
                && e.target_state.is_some()
                && own.contains(&e.target_state)
        }) {
            targets = e.sources.clone();
        }
    }
    // "menyesalkan keputusan yang disebutnya … itu": a noun of an earlier trigger's
    // root, made anaphoric by a demonstrative, names that event; its source is the
    // target. ("menyatakan penyesalan atas uji coba tersebut": the noun may close the cue.)
    if targets.is_empty() && m.polarity == Polarity::Event {
        let end = (m.last + 1..(m.last + 12).min(c.words.len())).find(|&i| c.demonstrative(i));
        if let Some(end) = end {
            let from = if end == m.last + 1 {
                m.last.saturating_sub(1).max(m.first + 1)
            } else {
                m.last + 1
            };
            targets = (from..end)
                .flat_map(|i| lexicon.roots(c.word(i)))
                .find_map(|r| {
                    events.iter().rev().find(|e| {
                        e.status != Status::Denied
                            && !own.contains(&e.source_state)
                            && e.source_state.is_some()
                            && lexicon.derives(&trigger_word(text, e), r)
                    })
                })
                .map(|e| vec![e.sources[0]])
                .unwrap_or_default();
        }
    }
    // "mengecam serangan itu", "Serangan itu dikecam …": an anaphoric event noun next to
    // the trigger names the latest event of its CAMEO root; its source is the target.
    if targets.is_empty() && m.polarity == Polarity::Event {
        let named_roots: Vec<&str> = matches
            .iter()
            // (A noun: "memberi kuasa usaha … untuk meninggalkan negara itu" names no
            // event by "itu".)
            .filter(|n| {
                n.polarity == Polarity::Event
                    && is_nominal(c.word(n.first), headline_bare(c.word(n.first)))
                    && ((n.last < head && n.last + 4 >= head)
                        || (n.first > m.last && n.first <= obj + 2))
                    && (n.last + 1..(n.last + 3).min(c.words.len())).any(|i| c.demonstrative(i))
            })
            .map(|n| &n.code[..2])
            .collect();
        if let Some(e) = named_roots.iter().find_map(|root| {
            events.iter().rev().find(|e| {
                &e.code[..2] == *root
                    && e.status != Status::Denied
                    && e.source_state.is_some()
                    && !own.contains(&e.source_state)
            })
        }) {
            targets = vec![e.sources[0]];
        }
    }
    // "menyebut tuduhan Riyadh tidak berdasar": a nominal of an earlier trigger's root
    // with the same source retells that event, aimed where it was aimed.
    if targets.is_empty() && nominal && !sources.is_empty() {
        if let Some(e) = events.iter().rev().find(|e| {
            let trigger = trigger_word(text, e);
            e.source_state.is_some()
                && own.contains(&e.source_state)
                && !e.targets.is_empty()
                && lexicon
                    .roots(head_word)
                    .any(|r| lexicon.derives(&trigger, r))
        }) {
            targets = e.targets.clone();
        }
    }
    // "Pakta itu juga dikecam Beijing": a noun made definite by a demonstrative names
    // what an earlier sentence introduced with that noun ("pakta keamanan … yang
    // diumumkan Biden, Johnson dan Morrison"); the states named with it are the target.
    if targets.is_empty() && m.polarity == Polarity::Event {
        let noun = (head.saturating_sub(2)..=(obj + 2).min(c.words.len()))
            .filter(|&i| anaphor_at(cx, i))
            .map(|i| c.word(i - 1))
            .find(|w| {
                w.chars().count() >= 4
                    && w.chars().all(char::is_alphabetic)
                    && !lexicon.is_root(w)
                    && lexicon.roots(w).next().is_none()
            });
        if let Some(noun) = noun {
            targets = introduced
                .iter()
                .rev()
                .find_map(|(words, named)| {
                    let at = words.iter().position(|w| w == noun)?;
                    let mut found: Vec<usize> = Vec::new();
                    let mut states: Vec<Option<String>> = own.to_vec();
                    for &(first, e) in named {
                        let st = state_of(e);
                        if first > at && first <= at + NOUN_REACH && !states.contains(&st) {
                            states.push(st);
                            found.push(e);
                        }
                    }
                    (!found.is_empty()).then_some(found)
                })
                .unwrap_or_default();
        }
    }
    // The last speech verb before the cue ("menyebut", "menilai"): the judgements below are
    // its speaker's.
    let speech = matches
        .iter()
        .filter(|p| p.polarity == Polarity::Speech && p.last < head)
        .map(|p| p.last)
        .next_back();
    // "Dubes China menyebut keputusan London mengecewakan": a word of disapproval after a
    // speech verb, whose only actors are of a state named between the two, judges that
    // state's act; the speaker before the verb is the judge.
    let judged_between = |v: usize| {
        sources.iter().all(|&s| {
            c.actors
                .iter()
                .any(|a| a.entity == s && a.first > v && a.last < head)
        })
    };
    let implicit_judge = speech
        .filter(|&v| {
            !m.judgement
                && m.code.starts_with("11")
                && targets.is_empty()
                && !sources.is_empty()
                && judged_between(v)
        })
        .and_then(|v| c.actors.iter().position(|a| a.last < v && !a.place));
    if let Some(k) = implicit_judge {
        let judge = c.group_entities(k);
        let judge_states: Vec<Option<String>> = judge.iter().map(|&e| state_of(e)).collect();
        if sources
            .iter()
            .all(|&s| state_of(s).is_some() && !judge_states.contains(&state_of(s)))
        {
            targets = std::mem::replace(&mut sources, judge);
        }
    }
    // A judgement is the speaker's, aimed at the state whose act it judges: "Iran
    // menyebut langkah Bahrain memalukan" (the speaker before the speech verb judges a
    // state named between the verb and the judgement), or "Langkah Norwegia itu keji,
    // kata Presiden Islandia" (the speaker named after the quote judges a state named
    // before the judgement).
    if m.judgement {
        let speaker_before = speech.and_then(|v| {
            let k = c.actors.iter().position(|a| a.last < v)?;
            Some((k, v + 1))
        });
        // The actor a speech word names right after it ("…, kata Presiden Islandia",
        // "Menurut Menteri Luar Negeri Denmark, …").
        let named_after = |p: &CueMatch| {
            c.actors
                .iter()
                .position(|a| a.first > p.last && a.first <= p.last + 4 && !a.place)
        };
        let speaker_after = || {
            matches
                .iter()
                .find(|p| p.polarity == Polarity::Speech && p.first > m.last)
                .and_then(named_after)
                .map(|k| (k, 0))
        };
        // ("Menurut Menteri Luar Negeri Denmark, langkah Finlandia itu tidak dapat diterima":
        // the one "menurut" names, right after it, judges what follows him.)
        let speaker_menurut = || {
            matches
                .iter()
                .rfind(|p| {
                    p.polarity == Polarity::Speech && p.last < head && c.word(p.first) == "menurut"
                })
                .and_then(named_after)
                .filter(|&k| c.actors[k].last < head)
                .map(|k| (k, c.actors[k].last + 1))
        };
        if let Some((k, from)) = speaker_before
            .or_else(speaker_menurut)
            .or_else(speaker_after)
        {
            let candidate = |a: &&Actor| {
                a.first >= from
                    && a.last < head
                    && !a.place
                    && state_of(a.entity).is_some()
                    && state_of(a.entity) != state_of(c.actors[k].entity)
            };
            // ("gugatan yang diajukan Afrika Selatan terhadap Israel … tidak berdasar":
            // the state after a preposition is the judged act's object, not its doer.)
            let judged = c
                .actors
                .iter()
                .rev()
                .filter(candidate)
                .find(|a| !c.prep_before(a))
                .or_else(|| c.actors.iter().rev().find(candidate));
            if let Some(a) = judged {
                sources = c.group_entities(k);
                targets = vec![a.entity];
            } else if let Some(doer) = anaphoric_act_doer(cx, own, from, head) {
                // "Islandia menilai langkah tersebut merusak …": the judged act named by a
                // demonstrative alone.
                sources = c.group_entities(k);
                targets = doer;
            }
        }
    }
    if targets.is_empty()
        && m.polarity == Polarity::Event
        && ((state_anaphor && !own_state_target)
            || (head.saturating_sub(2)..=obj + 2).any(|i| anaphor_at(cx, i)))
    {
        // The latest other state named before, in this sentence or an earlier one.
        let earlier = c
            .actors
            .iter()
            .filter(|a| a.last < head && !a.place)
            .filter_map(|a| {
                let e = &doc.entities[a.entity];
                (e.class == EntityClass::State)
                    .then(|| (a.entity, e.state.clone().unwrap_or_default()))
            })
            .collect::<Vec<_>>();
        if let Some((e, _)) = last_states
            .iter()
            .chain(earlier.iter())
            .rev()
            .find(|(_, iso)| !own.contains(&Some(iso.clone())))
        {
            targets = vec![*e];
        }
    }
    (sources, targets)
}

/// A demonstrative that points back at something told: not one inside a time expression
/// ("hari ini" is a date).
fn anaphor_at(cx: &Context, i: usize) -> bool {
    // ("Ini pertemuan penting": one opening the sentence is a pronoun, not a noun's.)
    i > 0
        && cx.c.demonstrative(i)
        && !cx.times.iter().any(|t| t.first <= i && i <= t.last)
        && !cx.c.is("time_noun", i - 1)
        // ("Dalam pertemuan itu, keduanya sepakat …": one in the opening phrase frames the
        // act; it is not its object.)
        && !cx.c.opening_end.is_some_and(|o| i < o && cx.head >= o)
}

/// The doer of the act that a demonstrative names in `from..to` when no state is named there
/// ("langkah tersebut", "perebutan pulau itu"): who did the latest act told of another state,
/// or, when another state's disapproval came after it, whom that disapproval was aimed at
/// (the same act, judged again).
fn anaphoric_act_doer(
    cx: &Context,
    own: &[Option<String>],
    from: usize,
    to: usize,
) -> Option<Vec<usize>> {
    let c = cx.c;
    let named = (from..to).any(|i| anaphor_at(cx, i));
    let state_named = c
        .actors
        .iter()
        .any(|a| a.first >= from && a.last < to && cx.doc.entities[a.entity].state.is_some());
    if !named || state_named {
        return None;
    }
    cx.events
        .iter()
        .rev()
        .filter(|e| {
            e.status != Status::Denied && e.source_state.is_some() && !own.contains(&e.source_state)
        })
        .find_map(|e| match &e.code[..2] {
            "11" if e.target_state.is_some() && !own.contains(&e.target_state) => {
                Some(e.targets.clone())
            }
            // (A statement, praise or reaction is what was said of an act, not the act.)
            "01" | "10" | "11" | "12" | "13" | "14" => None,
            _ if e.code.starts_with("051") => None,
            _ => Some(e.sources.clone()),
        })
}

/// Acts between the sources themselves (reciprocal, joint, cooperative), the parties a signing
/// or a meeting names, and at last the other state of the story's pair.
fn between_parties(
    cx: &Context,
    own: &[Option<String>],
    mut sources: Vec<usize>,
    mut targets: Vec<usize>,
) -> (Vec<usize>, Vec<usize>, bool) {
    let Context {
        c,
        m,
        head,
        nominal,
        story,
        events,
        ..
    } = *cx;
    let text = c.text;
    let state_of = |e: usize| cx.doc.entities[e].state.clone();
    // "India dan China saling menyalahkan": each does it to the other.
    if targets.is_empty() && sources.len() >= 2 && head > 0 && c.is("reciprocal", head - 1) {
        targets = sources.clone();
    }
    // "X dan Y menyepakati …": a joint cooperative act with no other party is between them.
    // (Not persons sent home, 084: "Malawi, Mozambik, dan Zimbabwe memulangkan ribuan
    // warganya" is each bringing its own home.)
    let cooperative = (matches!(&m.code[..2], "03" | "04" | "05" | "06" | "08")
        && !m.code.starts_with("084"))
        || m.code == ACCORD;
    // Such a joint act has no direction: told again the other way round, it is the
    // same event.
    // "Kedua pemimpin membahas … antara Indonesia dan Korea Selatan": the parties named
    // again as the object are the same joint act.
    let states_of = |xs: &[usize]| {
        let mut v: Vec<Option<String>> = xs.iter().map(|&e| state_of(e)).collect();
        v.sort();
        v.dedup();
        v
    };
    if sources.len() >= 2
        && !targets.is_empty()
        && cooperative
        && states_of(&sources) == states_of(&targets)
    {
        targets.clear();
    }
    // "Kongo dan Rwanda menandatangani perjanjian damai di Washington, disaksikan Rubio":
    // two states signing together sign with each other; only a party after "dengan" or
    // "bersama" is a third one, not a witness or the host.
    if m.code == "057" && states_of(&sources).len() >= 2 {
        targets.retain(|&t| {
            c.actors.iter().any(|a| {
                a.entity == t && a.first > m.last && matches!(c.before(a), "dengan" | "bersama")
            })
        });
    }
    // "kedua pemimpin juga membahas Suriah": the state after a verb of discussing is its
    // topic; whom they talked with follows "dengan" or "bersama".
    if c.is("topic_verb", head) {
        targets.retain(|&t| {
            c.actors.iter().any(|a| {
                a.entity == t && a.first > m.last && matches!(c.before(a), "dengan" | "bersama")
            }) || c.actors.iter().any(|a| a.entity == t && a.last < head)
        });
    }
    // "keduanya bertemu di sela pertemuan menteri luar negeri ASEAN": the gathering that
    // frames a meeting of two is where they met, not whom.
    if sources.len() >= 2 && m.code.starts_with("04") {
        targets.retain(|&t| {
            state_of(t).is_some()
                || !c.actors.iter().any(|a| {
                    a.entity == t
                        && a.first > m.last
                        && (m.last + 1..a.first).any(|i| c.is("frame_prep", i))
                })
        });
    }
    // (Recognition is one-way: "Inggris, Kanada dan Australia mengumumkan pengakuan"
    // is not a recognition of each other.)
    let recognition = m.code == "054"
        && (m.first..=m.last).any(|i| {
            let w = c.word(i);
            w.contains("akui") || w.starts_with("pengakuan")
        });
    // ("Sehari kemudian, Norwegia dan Islandia juga mengumumkan
    // pengakuan resmi": a recognition that names no one recognises whom the article's
    // latest recognition by another state did.)
    if recognition && targets.is_empty() {
        if let Some(e) = events.iter().rev().find(|e| {
            e.code == m.code
                && e.target_state.is_some()
                && !own.contains(&e.source_state)
                && !own.contains(&e.target_state)
        }) {
            targets = e.targets.clone();
        }
    }
    // "Washington menyampaikan belasungkawa" in a story of a leader's death: condolences
    // that name no one go to the state of the person whose death the article told last
    // ("wafatnya Presiden …", "kepergian …", "mendiang …").
    if targets.is_empty() && m.code == CONDOLE {
        let here: Vec<(usize, usize)> = c
            .actors
            .iter()
            .filter(|a| a.last < head)
            .map(|a| (a.first, a.entity))
            .collect();
        let here_words: Vec<&str> = (0..head).map(|i| c.word(i)).collect();
        // The person named within four words after the last death word of `words`.
        let died = |words: &[&str], named: &[(usize, usize)]| {
            let mut last = None;
            for (i, w) in words.iter().enumerate() {
                if !c.kb.cue("death_noun", w) {
                    continue;
                }
                if let Some(&(_, e)) = named
                    .iter()
                    .filter(|(first, _)| *first > i && *first <= i + 4)
                    .min_by_key(|(first, _)| *first)
                    .filter(|(_, e)| {
                        cx.doc.entities[*e].class == EntityClass::Person
                            && state_of(*e).is_some()
                            && !own.contains(&state_of(*e))
                    })
                {
                    last = Some(e);
                }
            }
            last
        };
        let deceased = died(&here_words, &here).or_else(|| {
            cx.introduced.iter().rev().find_map(|(words, named)| {
                let words: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
                died(&words, named)
            })
        });
        targets.extend(deceased);
    }
    let joint = targets.is_empty() && cooperative && sources.len() >= 2 && !recognition;
    if joint {
        targets = sources.split_off(1);
    }
    // "India menangguhkan perjanjian itu" in a story of India and Pakistan: an act that
    // names no counterpart is aimed at the other state of the story's pair.
    // (Not when its object is a name warta does not know, "meminta Twitter …", nor when
    // the sentence names another state the clause did not make the target.)
    let unknown_object = || {
        c.tokens
            .get(m.last + 1)
            .is_some_and(|t| t.is_capitalised(text))
            && !c.actors.iter().any(|a| a.first == m.last + 1)
    };
    // (A state named only as a place, "situasi di Myanmar", or as its people, "warga
    // Kolombia", is no other party.)
    let other_named = || {
        c.actors.iter().any(|a| {
            state_of(a.entity).is_some()
                && !own.contains(&state_of(a.entity))
                && !c.before_facts(a).locative
                && !c.before_is("people_noun", a)
        })
    };
    // ("menyatakan kecewa", "sangat kecewa": a feeling word after the verb that declares it,
    // or after an intensifier, is a predicate, not a noun.)
    let declared = head > 0 && matches!(c.word(head - 1), "menyatakan" | "merasa" | "sangat");
    if targets.is_empty()
        && m.polarity == Polarity::Event
        && (!nominal || declared)
        && story.is_some()
        && !unknown_object()
        && !other_named()
    {
        if let Some([a, b]) = story {
            let (sa, sb) = (state_of(a), state_of(b));
            if own.iter().all(|s| *s == sa) {
                targets = vec![b];
            } else if own.iter().all(|s| *s == sb) {
                targets = vec![a];
            }
        }
    }
    (sources, targets, joint)
}
