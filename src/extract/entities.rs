//! Mentions → entities: the recognition and linking rules.
//!
//! - names of the knowledge base (from the gazetteer), linked when the KB has a QID;
//! - `[title] [state]? [Name]` → a person holding that post for that state;
//! - `[organisation type] [state]` → that state's body ("Kementerian Luar Negeri Korea
//!   Selatan", "militer Rusia"); a later bare type refers back to it;
//! - capitals and seats of government stand for their state unless the context makes them a
//!   location (dateline, "di", "ke"…);
//! - a later part of a person's name refers to that person ("Yoon").
//!
//! When a rule is unsure it abstains: an unlinked entity is better than a wrong QID.

use super::{Dateline, Entity, EntityClass, Mention, Position, slug};
use crate::article::Article;
use crate::event::is_verb_form;
use crate::extract::Extractor;
use crate::gazetteer::{Hit, Target};
use crate::kb::{Kb, Person};
use crate::text::{Sentence, Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// Collects entities (deduplicated by key) and mentions.
struct Builder<'a> {
    kb: &'a Kb,
    article: &'a Article,
    entities: Vec<Entity>,
    index: HashMap<String, usize>,
    mentions: Vec<Mention>,
    /// The state each back-referring government type last named ("Junta Niger"): what a bare
    /// "junta" later in the article stands for.
    ruling: HashMap<String, usize>,
}

impl<'a> Builder<'a> {
    fn entity(&mut self, entity: Entity) -> usize {
        if let Some(&i) = self.index.get(&entity.key) {
            let e = &mut self.entities[i];
            // One post per (role, state, start): a later title in the text adds evidence.
            for p in entity.positions {
                match e.positions.iter_mut().find(|q| q.same_post(&p)) {
                    Some(q) if q.title.is_none() => {
                        q.title = p.title;
                        q.evidence = p.evidence;
                    }
                    Some(_) => {}
                    None => e.positions.push(p),
                }
            }
            if e.org_type.is_none() {
                e.org_type = entity.org_type;
            }
            return i;
        }
        self.index.insert(entity.key.clone(), self.entities.len());
        self.entities.push(entity);
        self.entities.len() - 1
    }

    fn mention(
        &mut self,
        start: usize,
        end: usize,
        entity: usize,
        sentence: usize,
        metonymy: bool,
    ) -> usize {
        self.mentions.push(Mention {
            start,
            end,
            entity,
            sentence,
            metonymy,
        });
        self.mentions.len() - 1
    }

    fn state(&mut self, i: usize) -> usize {
        let s = &self.kb.states[i];
        let key = s
            .qid
            .clone()
            .unwrap_or_else(|| format!("state-{}", s.iso3.to_lowercase()));
        self.entity(Entity {
            key,
            class: EntityClass::State,
            qid: s.qid.clone(),
            label_id: s.name_id.clone(),
            label_en: s.name_en.clone(),
            state: Some(s.iso3.clone()),
            kind: Some(
                if s.status == "territory" {
                    "territory"
                } else {
                    "state"
                }
                .to_owned(),
            ),
            positions: Vec::new(),
            org_type: None,
        })
    }

    fn kb_person(
        &mut self,
        i: usize,
        title: Option<(&str, &str, Option<&str>)>,
        evidence: Option<usize>,
    ) -> usize {
        let p: &Person = &self.kb.persons[i];
        let mut positions: Vec<Position> = Vec::new();
        if let Some(date) = self.article.published {
            for t in p.terms.iter().filter(|t| t.holds_on(date)) {
                // The title in the text is evidence for every term it names: by role, by the
                // knowledge base's own title ("Presiden" of a president who is both head of
                // state and of government), or by the state written with it.
                let written = title.filter(|(w, role, state)| {
                    *role == t.role.as_str()
                        || t.title_id.eq_ignore_ascii_case(w)
                        || (state.is_some() && *state == t.state.as_deref())
                });
                positions.push(Position {
                    role: t.role.clone(),
                    state: t.state.clone(),
                    title: written.map(|(w, _, _)| w.to_owned()),
                    start: t.start,
                    end: t.end,
                    leader: is_leader_role(&t.role),
                    evidence: written
                        .and(evidence)
                        .map(|m| (self.mentions[m].start, self.mentions[m].end)),
                });
            }
        }
        // The state of the latest post; of posts taken the same day (a monarch of several
        // realms), the first the knowledge base lists, its own.
        // (max_by_key keeps the last of equals: read backwards, that is the first listed.)
        let state = p
            .terms
            .iter()
            .rev()
            .max_by_key(|t| t.start)
            .and_then(|t| t.state.clone());
        self.entity(Entity {
            key: p.qid.clone().unwrap_or_else(|| p.key.clone()),
            class: EntityClass::Person,
            qid: p.qid.clone(),
            label_id: p.name_en.clone(),
            label_en: p.name_en.clone(),
            state,
            kind: None,
            positions,
            org_type: None,
        })
    }

    fn organisation(&mut self, i: usize) -> usize {
        let o = &self.kb.organisations[i];
        // The most specific type its name starts with ("Kementerian Luar Negeri …", not the
        // bare "Kementerian").
        let org_type = self
            .kb
            .org_types
            .iter()
            .filter(|t| {
                o.names_id
                    .first()
                    .is_some_and(|n| n.to_lowercase().starts_with(&t.head.to_lowercase()))
            })
            .max_by_key(|t| t.head.len())
            .map(|t| t.label_en.clone());
        self.entity(Entity {
            key: o.qid.clone().unwrap_or_else(|| o.key.clone()),
            class: EntityClass::Organization,
            qid: o.qid.clone(),
            label_id: o
                .names_id
                .first()
                .cloned()
                .unwrap_or_else(|| o.name_en.clone()),
            label_en: o.name_en.clone(),
            state: o.state.clone(),
            kind: Some(o.kind.clone()),
            positions: Vec::new(),
            org_type,
        })
    }

    fn place(&mut self, i: usize) -> usize {
        let p = &self.kb.places[i];
        self.entity(Entity {
            key: p.qid.clone().unwrap_or_else(|| p.key.clone()),
            class: EntityClass::Place,
            qid: p.qid.clone(),
            label_id: p
                .names_id
                .first()
                .cloned()
                .unwrap_or_else(|| p.name_en.clone()),
            label_en: p.name_en.clone(),
            state: p.state.clone(),
            kind: Some(p.kind.clone()),
            positions: Vec::new(),
            org_type: None,
        })
    }

    fn unlinked(
        &mut self,
        class: EntityClass,
        name: &str,
        state: Option<String>,
        kind: Option<&str>,
    ) -> usize {
        self.entity(Entity {
            key: slug(name),
            class,
            qid: None,
            label_id: name.to_owned(),
            label_en: name.to_owned(),
            state,
            kind: kind.map(str::to_owned),
            positions: Vec::new(),
            org_type: None,
        })
    }
}

/// "LABUAN BAJO" → "Labuan Bajo".
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn is_leader_role(role: &str) -> bool {
    matches!(role, "head_of_state" | "head_of_government")
}

/// Only spaces between two spans ("Presiden Polandia": adjacent; "Presiden, Polandia": not).
fn adjacent(text: &str, end: usize, start: usize) -> bool {
    start >= end && text[end..start].chars().all(|c| c == ' ' || c == '\u{a0}')
}

pub(super) fn recognise(
    x: &Extractor,
    article: &Article,
    sentences: &[Sentence],
    sentence_tokens: &[Vec<Token>],
    dateline: Option<&Dateline>,
) -> (Vec<Entity>, Vec<Mention>) {
    let text = article.text.as_str();
    let mut b = Builder {
        kb: &x.kb,
        article,
        entities: Vec::new(),
        index: HashMap::default(),
        mentions: Vec::new(),
        ruling: HashMap::default(),
    };
    for (si, s) in sentences.iter().enumerate() {
        let tokens = &sentence_tokens[si];
        let hits = x.gazetteer.find(text, s.start, s.end);
        let mut i = 0;
        while i < hits.len() {
            i += sentence_hit(x, &mut b, &hits, i, tokens, si, dateline);
        }
    }
    // A dateline place the gazetteer does not know is still the place of reporting.
    if let Some(d) = dateline {
        let known = b
            .mentions
            .iter()
            .any(|m| m.start == d.place_start && m.end == d.place_end);
        if let (false, Some(si)) = (
            known,
            sentences
                .iter()
                .position(|s| s.start <= d.place_start && d.place_end <= s.end),
        ) {
            let name = title_case(&text[d.place_start..d.place_end]);
            let e = b.unlinked(EntityClass::Place, &name, None, Some("city"));
            b.mention(d.place_start, d.place_end, e, si, false);
        }
    }
    acronyms(&mut b, sentence_tokens);
    full_names_told_earlier(&mut b, sentence_tokens);
    short_mentions(&mut b, sentence_tokens);
    state_short_forms(&mut b, sentence_tokens);
    officials_from_rulers(&mut b);
    officials_of_the_subject(&mut b);
    officials_from_context(&mut b, dateline, sentences);
    b.mentions.sort_by_key(|m| (m.start, m.end, m.entity));
    b.mentions.dedup_by_key(|m| (m.start, m.end, m.entity));
    // An entity whose every mention was read as something else (an acronym defined in the
    // article) is not in it.
    let mut used = vec![false; b.entities.len()];
    for m in &b.mentions {
        used[m.entity] = true;
    }
    if used.iter().all(|&u| u) {
        return (b.entities, b.mentions);
    }
    let mut new_index = vec![usize::MAX; b.entities.len()];
    let mut entities = Vec::with_capacity(b.entities.len());
    for (k, e) in b.entities.into_iter().enumerate() {
        if used[k] {
            new_index[k] = entities.len();
            entities.push(e);
        }
    }
    for m in &mut b.mentions {
        m.entity = new_index[m.entity];
    }
    (entities, b.mentions)
}

/// Handles the hit at `i`; returns how many hits it consumed.
fn sentence_hit(
    x: &Extractor,
    b: &mut Builder,
    hits: &[Hit],
    i: usize,
    tokens: &[Token],
    si: usize,
    dateline: Option<&Dateline>,
) -> usize {
    let text = b.article.text.as_str();
    let h = &hits[i];
    let next = hits.get(i + 1).filter(|n| adjacent(text, h.end, n.start));
    // A state name, or a capital after a government word ("pemerintah Seoul").
    let next_state =
        next.and_then(
            |n| match n.first(|t| matches!(t, Target::State(_) | Target::Place(_))) {
                Some(Target::State(s)) => Some(s),
                Some(Target::Place(p))
                    if x.kb.places[p].kind == "capital"
                        && !n.targets.iter().any(|t| matches!(t, Target::State(_))) =>
                {
                    x.kb.places[p]
                        .state
                        .as_deref()
                        .and_then(|s| state_index(&x.kb, s))
                }
                _ => None,
            },
        );

    if dateline.is_some_and(|d| d.place_start == h.start && d.place_end == h.end) {
        return dateline_place(b, h, si);
    }
    // "SEOUL, CNN Indonesia --": a state's name that ends an outlet's name in the dateline
    // (a word before it, then a space) is no mention of the state.
    if dateline.is_some_and(|d| b.article.body_start <= h.start && h.end <= d.end)
        && h.targets.iter().any(|t| matches!(t, Target::State(_)))
        && text[..h.start]
            .strip_suffix(' ')
            .and_then(|before| before.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    {
        return 1;
    }
    if let Some(Target::Title(t)) = h.first(|t| matches!(t, Target::Title(_))) {
        if let Some(n) = title_person(x, b, hits, i, t, tokens, si) {
            return n;
        }
    }
    if let Some(Target::OrgType(t)) = h.first(|t| matches!(t, Target::OrgType(_))) {
        if let Some(n) = typed_organisation(x, b, hits, i, t, next_state, si) {
            return n;
        }
    }
    let primary = h
        .targets
        .iter()
        .copied()
        .filter(|t| !matches!(t, Target::Title(_) | Target::OrgType(_)))
        .min_by_key(|t| match t {
            Target::Person(_) => 0,
            Target::Organisation(_) => 1,
            Target::State(_) => 2,
            Target::Place(_) => 3,
            _ => 4,
        });
    match primary {
        Some(Target::State(s)) => {
            let e = b.state(s);
            b.mention(h.start, h.end, e, si, false);
        }
        Some(Target::Person(p)) => {
            // A bare part of a full name ("Anwar", "Duda") is many people's name: it refers to
            // the knowledge base's person only once the article has named them in full.
            let name = &text[h.start..h.end];
            let person = &x.kb.persons[p];
            let part_of_name = !name.contains(' ')
                && person
                    .names()
                    .any(|full| full.contains(' ') && full.split([' ', '-']).any(|w| w == name));
            let key = person.qid.as_deref().unwrap_or(&person.key);
            // A headline is written for the body below it: "Biden Umumkan …" names the
            // person the body names in full.
            let in_headline = h.start < b.article.body_start;
            let named_in_body = || {
                let body = &text[b.article.body_start.min(text.len())..];
                person.names().any(|full| {
                    full.contains(' ') && full.contains(name) && body.contains(full.as_str())
                })
            };
            if part_of_name && !b.index.contains_key(key) && !(in_headline && named_in_body()) {
                return 1;
            }
            // "Kim Yo Jong" after "Kim Jong Un": a bare part followed by more capitalised words
            // starts another person's full name (in running text: a headline capitalises all).
            let next_word = tokens.iter().find(|t| t.start >= h.end);
            if part_of_name
                && !in_headline
                && next_word.is_some_and(|t| {
                    t.start == h.end + 1
                        && t.is_capitalised(text)
                        && !x.kb.name_stops.contains(t.text(text))
                })
            {
                return 1;
            }
            let e = b.kb_person(p, None, None);
            b.mention(h.start, h.end, e, si, false);
        }
        Some(Target::Organisation(o)) => {
            // "Dewan Perwakilan Rakyat Amerika Serikat": a state's body written with another
            // state's name is that state's body, which the knowledge base does not know.
            let org = &x.kb.organisations[o];
            let other_state = hits
                .get(i + 1)
                .filter(|n| adjacent(text, h.end, n.start))
                .and_then(|n| match n.first(|t| matches!(t, Target::State(_))) {
                    Some(Target::State(s))
                        if org.state.is_some()
                            && org.state.as_deref() != Some(x.kb.states[s].iso3.as_str()) =>
                    {
                        Some((n, s))
                    }
                    _ => None,
                });
            if let Some((n, s)) = other_state {
                let iso3 = x.kb.states[s].iso3.clone();
                let name = text[h.start..n.end].to_owned();
                let e = b.unlinked(EntityClass::Organization, &name, Some(iso3), None);
                b.mention(h.start, n.end, e, si, false);
                let st = b.state(s);
                b.mention(n.start, n.end, st, si, false);
                return 2;
            }
            let e = b.organisation(o);
            b.mention(h.start, h.end, e, si, false);
            inner_states(x, b, h, si);
        }
        Some(Target::Place(p)) => {
            let place = &x.kb.places[p];
            let capital_state = (place.kind == "capital")
                .then(|| place.state.as_deref().and_then(|s| state_index(&x.kb, s)))
                .flatten();
            match capital_state {
                Some(s) if acts(x, b, h, hits.get(i + 1), tokens, false) => {
                    let e = b.state(s);
                    b.mention(h.start, h.end, e, si, true);
                }
                _ => {
                    let e = b.place(p);
                    b.mention(h.start, h.end, e, si, false);
                }
            }
        }
        Some(Target::Seat(s)) => {
            let seat = &x.kb.seats[s];
            // A capital or another city needs strong evidence; a building is a government.
            let strict = seat.kind != "building";
            match state_index(&x.kb, &seat.state) {
                Some(st) if acts(x, b, h, hits.get(i + 1), tokens, strict) => {
                    let e = b.state(st);
                    b.mention(h.start, h.end, e, si, true);
                }
                _ => {
                    let e = b.unlinked(
                        EntityClass::Place,
                        &seat.name,
                        Some(seat.state.clone()),
                        Some("seat"),
                    );
                    b.mention(h.start, h.end, e, si, false);
                }
            }
        }
        _ => {}
    }
    1
}

fn state_index(kb: &Kb, iso3: &str) -> Option<usize> {
    kb.state_position(iso3)
}

/// The dateline's place is the city of reporting, never a government.
fn dateline_place(b: &mut Builder, h: &Hit, si: usize) -> usize {
    let e = match h.first(|t| matches!(t, Target::Place(_))) {
        Some(Target::Place(p)) => b.place(p),
        _ => match h.first(|t| matches!(t, Target::State(_) | Target::Seat(_))) {
            // A city-state's name ("SINGAPURA") in a dateline is its capital.
            Some(Target::State(s)) => b.state(s),
            // A capital we know only as a seat of government: an unlinked place of its state.
            Some(Target::Seat(s)) => {
                let seat = &b.kb.seats[s];
                let (name, state) = (seat.name.clone(), seat.state.clone());
                b.unlinked(EntityClass::Place, &name, Some(state), Some("seat"))
            }
            _ => return 1,
        },
    };
    b.mention(h.start, h.end, e, si, false);
    1
}

/// A capital or seat of government acts for its state only with an actor's context: a verb
/// after it ("Seoul menyatakan", "Beijing juga menolak") or a cue before it ("mendesak
/// Moskow", "dengan Pyongyang", "kata Washington"). Otherwise, and always after "di", "ke"…,
/// it is the place.
///
/// `strict` (capitals known only from the countries table): the verb after must be a cue of
/// the event lexicon ("Madrid membantah", not "Madrid mengalahkan Barcelona").
fn acts(
    x: &Extractor,
    b: &Builder,
    h: &Hit,
    next: Option<&Hit>,
    tokens: &[Token],
    strict: bool,
) -> bool {
    let text = b.article.text.as_str();
    let lower = |t: &Token| t.text(text).to_lowercase();
    let before = tokens
        .iter()
        .rev()
        .find(|t| t.end <= h.start && t.kind == TokenKind::Word);
    // "Jakarta dan Ankara sepakat …", "antara Washington dan Caracas": a capital joined by "dan"
    // to a government named just before is a government too.
    if before.is_some_and(|t| {
        x.kb.cue("coord", &lower(t))
            && b.mentions.last().is_some_and(|m| {
                adjacent(text, m.end, t.start)
                    && (m.metonymy || b.entities[m.entity].class == EntityClass::State)
            })
    }) {
        return true;
    }
    // "Deklarasi Ankara itu dicapai …": a capital right after a document's name is part of it.
    if before.is_some_and(|t| t.end + 1 >= h.start && x.kb.name_heads.contains(t.text(text))) {
        return false;
    }
    // "Moskow, Rusia": a city followed by its country.
    if next.is_some_and(|n| {
        text[h.end..n.start].trim() == ","
            && n.targets.iter().any(|t| matches!(t, Target::State(_)))
    }) {
        return false;
    }
    // Strictly, only a noun or speech cue before it ("pemerintah", "kata", "tuduhan") or a verb
    // of the event lexicon ("menuding Rabat", "dibantah Islamabad"), not a preposition or any
    // verb ("atas Madrid", "membuat Madrid pulang").
    // (A cue that needs a person or state after it, "diterima", cannot vouch for the name it
    // needs: "Kekalahan itu diterima Madrid" is sport.)
    let lexicon_verb = |w: &str| {
        x.cues
            .find(&[w.to_owned()])
            .iter()
            .any(|m| !m.object_required)
    };
    let cue_verb = |w: &str| !strict || lexicon_verb(w);
    // ("Yerevan sepakat memberikan …": a verb of agreement has no prefix.)
    let accord_verb = |w: &str| {
        x.cues
            .find(&[w.to_owned()])
            .iter()
            .any(|m| m.code == crate::event::ACCORD && !m.object_required)
    };
    // "Islamabad menarik pulang duta besarnya": a cue of several words may start at the verb.
    let cue_from = |at: usize| {
        let words: Vec<String> = tokens
            .iter()
            .filter(|t| t.start >= at && t.kind == TokenKind::Word)
            .take(8)
            .map(lower)
            .collect();
        x.cues
            .find(&words)
            .iter()
            .any(|m| m.first == 0 && !m.object_required)
    };
    // A capital that a preposition ties to an act is a government: the partner or addressee of
    // an event verb told just before ("memulihkan hubungan diplomatik dengan Doha",
    // "menyampaikan protes kepada Canberra"; a noun is not enough, "Pertemuan dengan Madrid" is
    // as likely football), the other side of relations ("hubungan dengan Doha"), the one an act
    // is for ("Dukungan bagi Manila"), the one it comes from ("datang dari Washington") and the
    // agent of a passive one ("dibantah oleh Abidjan").
    let partner_of_cue = |t: &Token| {
        let before: Vec<&Token> = tokens
            .iter()
            .rev()
            .filter(|p| p.end <= t.start && p.kind == TokenKind::Word)
            .take(4)
            .collect();
        let verb_cue = || {
            before
                .iter()
                .any(|p| is_verb_form(&lower(p)) && cue_from(p.start))
        };
        let relations = || {
            before.iter().take(3).any(|p| {
                let w = lower(p);
                x.kb.cue("relation_noun", w.strip_suffix("nya").unwrap_or(&w))
            })
        };
        let right_before = |test: &dyn Fn(&Token) -> bool| before.first().is_some_and(|p| test(p));
        match lower(t).as_str() {
            "dengan" => verb_cue() || relations(),
            // ("dibantah keras oleh Abidjan": the agent of a passive event verb.)
            "oleh" => verb_cue(),
            // ("surat penolakan resmi kepada Addis Ababa": an act's noun, not only its verb,
            // is sent to a government.)
            "kepada" => before.iter().any(|p| cue_from(p.start)),
            // ("bantuan hibah baru bagi Islamabad": an act's noun may take modifiers first;
            // a verb further back has an object of its own.)
            "bagi" | "terhadap" => {
                right_before(&|p| cue_from(p.start))
                    || before
                        .iter()
                        .take(4)
                        .any(|p| !is_verb_form(&lower(p)) && cue_from(p.start))
            }
            "dari" => right_before(&|p| lower(p) == "datang"),
            // ("menawarkan diri menjadi penengah antara Oslo dan Stockholm": the parties an
            // act is between.)
            "antara" => before.iter().any(|p| cue_from(p.start)),
            _ => false,
        }
    };
    // "uji coba rudal yang dilakukan Stockholm": right after a passive verb that opens a
    // relative clause, a capital is that act's agent.
    let relative_agent = |t: &Token| {
        let w = lower(t);
        w.starts_with("di")
            && is_verb_form(&w)
            && t.end + 1 >= h.start
            && tokens
                .iter()
                .rev()
                .find(|p| p.end <= t.start && p.kind == TokenKind::Word)
                .is_some_and(|p| lower(p) == "yang")
    };
    // ("Sejak rombongan itu tiba, Jakarta meminta …": not across a comma.)
    if before.is_some_and(|t| {
        x.kb.locative.contains(&lower(t))
            && !text[t.end..h.start].contains(',')
            && !partner_of_cue(t)
    }) {
        return false;
    }
    if before.is_some_and(|t| {
        let w = lower(t);
        let preposition = x.kb.cue_class(&w).is_some_and(|k| k.ends_with("_prep"));
        (x.kb.agent_cues.contains(&w) && !(strict && preposition))
            || partner_of_cue(t)
            || (is_verb_form(&w) && cue_verb(&w) && t.end + 1 >= h.start && !t.is_capitalised(text))
            || relative_agent(t)
    }) {
        return true;
    }
    let after = tokens
        .iter()
        .filter(|t| t.start >= h.end && t.kind == TokenKind::Word)
        .map(|t| (lower(t), t.is_capitalised(text), t.start))
        .find(|(w, _, _)| {
            !(x.kb.adverbs.contains(w)
                || x.kb.time_words.contains(w)
                || x.kb.calendar_value(w, "weekday").is_some()
                || x.kb.calendar_value(w, "month").is_some()
                || w.chars().all(|ch| ch.is_ascii_digit()))
        });
    // A building past an adverb ("staf Istana Negara ikut berjoget") acts only with a verb of
    // the event lexicon.
    let building = h
        .targets
        .iter()
        .any(|t| matches!(t, Target::Seat(s) if x.kb.seats[*s].kind == "building"));
    let next_word = tokens
        .iter()
        .find(|t| t.start >= h.end && t.kind == TokenKind::Word)
        .map(lower);
    let past_adverb = next_word.is_some() && next_word != after.as_ref().map(|(w, _, _)| w.clone());
    let quote_or_space =
        |t: &Token| t.kind == TokenKind::Word || matches!(t.text(text), "\"" | "“" | "'");
    let adjacent_next = tokens
        .iter()
        .find(|t| t.start >= h.end)
        .is_some_and(quote_or_space);
    // "Seoul, pada hari yang sama, menyatakan …": an aside set off by commas, then the verb.
    let rest: Vec<&Token> = tokens.iter().filter(|t| t.start >= h.end).collect();
    let after_aside = rest.first().is_some_and(|t| t.text(text) == ",")
        && rest
            .iter()
            .skip(1)
            .take(8)
            .position(|t| t.text(text) == ",")
            // ("Canberra, katanya, telah menyampaikan …": adverbs may stand before the verb.)
            .and_then(|k| {
                rest.iter()
                    .skip(k + 2)
                    .find(|t| !x.kb.adverbs.contains(&lower(t)))
            })
            .is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.is_capitalised(text)
                    && is_verb_form(&lower(t))
                    && cue_verb(&lower(t))
            });
    // "Oslo membalas dengan mengusir …": a verb of response, "dengan", then a cue.
    let responds_with = |w: &str, at: usize| {
        let mut rest = tokens
            .iter()
            .filter(|t| t.start > at && t.kind == TokenKind::Word);
        matches!(w, "membalas" | "menanggapi" | "merespons" | "menjawab")
            && rest.next().is_some_and(|t| lower(t) == "dengan")
            && rest.next().is_some_and(|t| cue_from(t.start))
    };
    // "Oslo dan Stockholm saling menuding …": a capital joined by "dan" to the next name acts
    // when a verb of the event lexicon (or "saling") follows that name.
    let joined_acts = next.is_some_and(|n| {
        x.kb.cue("coord", &text[h.end..n.start].trim().to_lowercase())
            && tokens
                .iter()
                .filter(|t| t.start >= n.end && t.kind == TokenKind::Word)
                .find(|t| !x.kb.adverbs.contains(&lower(t)))
                .is_some_and(|t| {
                    let w = lower(t);
                    x.kb.cue("reciprocal", &w)
                        || (is_verb_form(&w) && lexicon_verb(&w))
                        || responds_with(&w, t.start)
                })
    });
    // "Stockholm mengumumkan bantuan …": a verb the lexicon lacks, then an act's noun
    // that is a cue, in lower case right after it ("mengirim nota protes": or after the
    // message noun that carries it).
    let noun_cue_after = |at: usize| {
        let mut next = tokens
            .iter()
            .filter(|t| t.start > at)
            .take_while(|t| t.kind == TokenKind::Word && !t.is_capitalised(text));
        next.next().is_some_and(|t| {
            cue_from(t.start)
                || (x.kb.cue("message_noun", &lower(t))
                    && next.next().is_some_and(|n| cue_from(n.start)))
        })
    };
    // "Oslo menjadi pemerintah pertama yang mengakui …": a copula, a state noun, then a
    // relative clause whose verb is a cue.
    let one_of_the_states = |w: &str, at: usize| {
        let rest: Vec<&Token> = tokens
            .iter()
            .filter(|t| t.start > at && t.kind == TokenKind::Word)
            .take(9)
            .collect();
        let Some(y) = rest.iter().take(6).position(|t| lower(t) == "yang") else {
            return false;
        };
        crate::event::COPULAS.contains(&w)
            && rest[..y]
                .iter()
                .any(|t| matches!(lower(t).as_str(), "negara" | "pemerintah"))
            && rest[..y].iter().all(|t| !is_verb_form(&lower(t)))
            // ("yang paling awal mengirim …": a few words may rank it first.)
            && rest[y + 1..]
                .iter()
                .take(3)
                .find(|t| is_verb_form(&lower(t)))
                .is_some_and(|t| cue_from(t.start))
    };
    // A headline capitalises its bare verbs: "Beijing Tolak Putusan …".
    let in_headline = h.end <= b.article.body_start;
    let headline_cue = |w: &str| in_headline && lexicon_verb(w);
    after_aside
        || joined_acts
        || (adjacent_next
            && after.is_some_and(|(w, cap, at)| {
                (!cap
                    && (is_verb_form(&w) || accord_verb(&w))
                    && (cue_verb(&w) || cue_from(at) || noun_cue_after(at))
                    && !(building && past_adverb && !lexicon_verb(&w)))
                    || (cap && headline_cue(&w))
                    || (!cap && (one_of_the_states(&w, at) || responds_with(&w, at)))
            }))
}

/// States named inside an organisation's name are mentions of those states too.
fn inner_states(x: &Extractor, b: &mut Builder, h: &Hit, si: usize) {
    let text = b.article.text.as_str();
    // Skip the first word so the organisation's own full-name match is not found again.
    let Some(skip) = text[h.start..h.end].find(' ') else {
        return;
    };
    for inner in x.gazetteer.find(text, h.start + skip + 1, h.end) {
        if let Some(Target::State(s)) = inner.first(|t| matches!(t, Target::State(_))) {
            let e = b.state(s);
            b.mention(inner.start, inner.end, e, si, false);
        }
    }
}

/// `[title] [state|organisation]? [Name]`. Returns the hits consumed, or `None` to let the
/// hit be read as something else.
fn title_person(
    x: &Extractor,
    b: &mut Builder,
    hits: &[Hit],
    i: usize,
    t: usize,
    tokens: &[Token],
    si: usize,
) -> Option<usize> {
    let text = b.article.text.as_str();
    let title = &x.kb.titles[t];
    let h = &hits[i];
    let mut j = i + 1;
    let mut end = h.end;
    let mut state: Option<usize> = None;
    // "Menteri Infrastruktur Ukraina Oleksandr Kubrakov": capitalised words between a title and
    // its state are the portfolio, part of the title.
    if let Some(n) = hits.get(j).filter(|n| {
        n.targets.iter().any(|t| matches!(t, Target::State(_)))
            && !n.targets.iter().any(|t| matches!(t, Target::Person(_)))
    }) {
        let gap: Vec<&Token> = tokens
            .iter()
            .filter(|tk| tk.start >= end && tk.end <= n.start)
            .collect();
        let chained = gap
            .iter()
            .try_fold(end, |at, tk| adjacent(text, at, tk.start).then_some(tk.end))
            .is_some_and(|last| adjacent(text, last, n.start));
        // ("Menteri Iklim dan Lingkungan Hidup Polandia …": a portfolio may join two with "dan".)
        let portfolio_word = |k: usize| {
            gap[k].is_capitalised(text)
                || (k > 0 && k + 1 < gap.len() && gap[k].text(text) == "dan")
        };
        let fits = (1..=2).contains(&gap.len())
            || (gap.len() <= 5 && gap.iter().any(|tk| tk.text(text) == "dan"));
        if fits && chained && (0..gap.len()).all(portfolio_word) {
            end = gap[gap.len() - 1].end;
        }
    }
    // The state right after an organisation type at hit `k` ("Kementerian Luar Negeri
    // China"): the typed body of that state.
    let typed_body_state = |k: usize| {
        hits.get(k)?.first(|t| matches!(t, Target::OrgType(_)))?;
        let n = hits.get(k + 1)?;
        match n.first(|t| matches!(t, Target::State(_))) {
            Some(Target::State(s)) if adjacent(text, hits[k].end, n.start) => Some(s),
            _ => None,
        }
    };
    // "juru bicara Kementerian Luar Negeri China Geng Shuang": a typed body of a state between
    // the title and the name gives the person's state.
    {
        if let Some(Target::OrgType(t)) = hits
            .get(j)
            .filter(|n| adjacent(text, end, n.start))
            .and_then(|n| n.first(|t| matches!(t, Target::OrgType(_))))
        {
            let typed_state = typed_body_state(j);
            // (Only before a name: "para pemimpin militer Myanmar" names no one. "…
            // Kementerian Luar Negeri Mesir, Badr Abdelatty,": the name may stand in apposition.)
            let name_follows = typed_state.is_some() && {
                let mut next = tokens.iter().filter(|tk| tk.start >= hits[j + 1].end);
                next.next().is_some_and(|tk| {
                    adjacent(text, hits[j + 1].end, tk.start)
                        && (tk.is_capitalised(text)
                            || (tk.text(text) == ","
                                && next.next().is_some_and(|n| {
                                    n.kind == TokenKind::Word && n.is_capitalised(text)
                                })))
                })
            };
            if let (Some(s), true) = (typed_state, name_follows) {
                if let Some(n) = typed_organisation(x, b, hits, j, t, Some(s), si) {
                    state = Some(s);
                    end = hits[j + n - 1].end;
                    j += n;
                }
            }
        }
    }
    // ("juru bicara Kementerian Luar Negeri Finlandia mengatakan": a bare type that is a KB
    // name of its own is another state's body when that state follows it; it is read below as
    // a typed body, not as the KB's.)
    if let Some(n) = hits
        .get(j)
        .filter(|n| j == i + 1 && adjacent(text, end, n.start) && typed_body_state(j).is_none())
    {
        match n.first(|t| matches!(t, Target::State(_) | Target::Organisation(_))) {
            Some(Target::State(s)) if !n.targets.iter().any(|t| matches!(t, Target::Person(_))) => {
                state = Some(s);
                let e = b.state(s);
                b.mention(n.start, n.end, e, si, false);
                end = n.end;
                j += 1;
            }
            Some(Target::Organisation(o)) => {
                // A state's body ("Kementerian Luar Negeri China") gives its people's state.
                state = x.kb.organisations[o]
                    .state
                    .as_deref()
                    .and_then(|iso| state_index(&x.kb, iso));
                let e = b.organisation(o);
                b.mention(n.start, n.end, e, si, false);
                end = n.end;
                j += 1;
            }
            _ => {}
        }
    }
    // "Duta Besar Norwegia untuk Islandia Erik Dahl": the state an envoy is posted to stands
    // between the title's state and the name (only when a name follows it).
    if state.is_some() {
        let posting = hits.get(j).and_then(|n| {
            let untuk = tokens
                .iter()
                .find(|tk| tk.start >= end && tk.kind == TokenKind::Word)?;
            let posted_to = match n.first(|t| matches!(t, Target::State(_))) {
                Some(Target::State(s)) => s,
                _ => return None,
            };
            let name_follows = tokens
                .iter()
                .find(|tk| tk.start >= n.end)
                .is_some_and(|tk| {
                    adjacent(text, n.end, tk.start)
                        && tk.kind == TokenKind::Word
                        && tk.is_capitalised(text)
                        && !hits.iter().any(|hh| hh.start == tk.start)
                });
            (untuk.text(text) == "untuk"
                && adjacent(text, end, untuk.start)
                && adjacent(text, untuk.end, n.start)
                && !n.targets.iter().any(|t| matches!(t, Target::Person(_)))
                && name_follows)
                .then_some((n.start, n.end, posted_to))
        });
        if let Some((start, stop, posted_to)) = posting {
            let e = b.state(posted_to);
            b.mention(start, stop, e, si, false);
            end = stop;
            j += 1;
        }
    }
    // ("mantan diplomat Michael Kovrig": a title that tells a state's service names its holder
    // only with the state right after it.)
    if state.is_none() && title.state.is_none() && STATED_ROLES.contains(&title.role.as_str()) {
        return None;
    }
    // ("Paus Fransiskus": a title of one state's post names that state.)
    let iso3 = state
        .map(|s| x.kb.states[s].iso3.clone())
        .or_else(|| title.state.clone());
    let written = &text[h.start..h.end];
    let role_state = (written, title.role.as_str(), iso3.as_deref());
    // A known person right after the title.
    if let Some(n) = hits.get(j).filter(|n| adjacent(text, end, n.start)) {
        // ("Perdana Menteri Najib Mikati": a known name followed by a capitalised word that is
        // none of that person's names is the start of someone else's name.)
        // ("Pemimpin Korea Utara Kim Jong Il": every capitalised word of the run after it
        // is read, so "Jong", a part of "Kim Jong Un", does not hide "Il".)
        let someone_else = |p: usize| {
            let person = &x.kb.persons[p];
            let mut at = n.end;
            for tk in tokens.iter().filter(|tk| tk.start >= n.end).take(3) {
                let w = tk.text(text);
                if !(adjacent(text, at, tk.start)
                    && tk.kind == TokenKind::Word
                    && tk.is_capitalised(text)
                    && !x.kb.name_stops.contains(w)
                    && !hits.iter().any(|hh| hh.start == tk.start))
                {
                    return false;
                }
                if !person
                    .names()
                    .any(|full| full.split([' ', '-']).any(|part| part == w))
                {
                    return true;
                }
                at = tk.end;
            }
            false
        };
        if let Some(Target::Person(p)) = n
            .first(|t| matches!(t, Target::Person(_)))
            .filter(|t| !matches!(t, Target::Person(p) if someone_else(*p)))
        {
            let m = b.mention(n.start, n.end, usize::MAX, si, false);
            let e = b.kb_person(p, Some(role_state), Some(m));
            b.mentions[m].entity = e;
            return Some(j + 1 - i);
        }
    }
    // "Menteri Perdagangan Simon Birmingham": a ministry's portfolio word after a bare title
    // is part of the title.
    if state.is_none() {
        let next: Vec<&Token> = tokens.iter().filter(|tk| tk.start >= end).take(3).collect();
        let portfolio_end =
            x.kb.org_types
                .iter()
                .filter(|t| t.kind == "ministry")
                .filter_map(|t| t.head.strip_prefix("Kementerian "))
                .filter_map(|rest| {
                    let words: Vec<&str> = rest.split(' ').collect();
                    let span = next.get(..words.len())?;
                    let mut at = end;
                    for (tk, w) in span.iter().zip(&words) {
                        if !adjacent(text, at, tk.start) || tk.text(text) != *w {
                            return None;
                        }
                        at = tk.end;
                    }
                    Some(at)
                })
                .max();
        if let Some(e) = portfolio_end {
            end = e;
        }
    }
    // Otherwise capitalised words right after it form the name.
    // "Adel al-Jubeir", "Abdullah bin Zayed": a lower-case particle between capitalised parts.
    let after_title: Vec<&Token> = tokens.iter().skip_while(|tk| tk.start < end).collect();
    // "Menteri Luar Negeri Norwegia, Per Hansen, bereaksi …": a name set off by commas after a
    // title and its state is the title's holder; the name starts after the comma.
    let appositive = state.is_some()
        && after_title
            .first()
            .is_some_and(|tk| tk.start == end && tk.text(text) == ",");
    let (after_title, end) = if appositive {
        (after_title[1..].to_vec(), after_title[0].end)
    } else {
        (after_title, end)
    };
    let glued = |a: &Token, b: &Token| a.end == b.start;
    // ("Dubes Prancis Tetap Bertahan", "Dubes X Usai …": a headline capitalises its adverbs
    // and function words too; in running text a capitalised "Yang" is a surname.)
    let headline = h.start < b.article.body_start;
    let capital_at = |k: usize| {
        after_title.get(k).is_some_and(|n| {
            let lower = n.text(text).to_lowercase();
            n.is_capitalised(text)
                && !x.kb.name_stops.contains(n.text(text))
                && !x.kb.adverbs.contains(&lower)
                && (!headline || x.kb.cue_class(&lower).is_none())
        })
    };
    let name_part = |k: usize| {
        let tk = after_title[k];
        let next_glued = |j: usize| after_title.get(j).is_some_and(|n| glued(tk, n));
        capital_at(k)
            || (k > 0
                && x.kb.name_particles.contains(tk.text(text))
                && (capital_at(k + 1)
                    || (after_title.get(k + 1).is_some_and(|h| h.text(text) == "-")
                        && next_glued(k + 1)
                        && capital_at(k + 2))))
            || (tk.text(text) == "-"
                && k > 0
                && glued(after_title[k - 1], tk)
                && x.kb.name_particles.contains(after_title[k - 1].text(text))
                && capital_at(k + 1))
            // "George W. Bush": the period of a middle initial, before the next name part.
            || (tk.text(text) == "."
                && k > 0
                && capital_at(k - 1)
                && after_title[k - 1].text(text).chars().count() == 1
                && glued(after_title[k - 1], tk)
                && capital_at(k + 1))
            // "Jean-Yves Le Drian": a hyphen inside a capitalised given name.
            || (tk.text(text) == "-"
                && k > 0
                && capital_at(k - 1)
                && glued(after_title[k - 1], tk)
                && next_glued(k + 1)
                && capital_at(k + 1))
    };
    let name_tokens: Vec<&Token> = (0..after_title.len())
        .take_while(|&k| name_part(k))
        .map(|k| after_title[k])
        .take(5)
        .collect();
    // ("juru bicara Departemen Luar Negeri": the capitalised words after a title may name the
    // body the holder speaks for, not the holder.)
    let first_ok = name_tokens.first().is_some_and(|tk| {
        adjacent(text, end, tk.start)
            && !x
                .kb
                .org_types
                .iter()
                .any(|t| t.head.split(' ').next() == Some(tk.text(text)))
    });
    // Name tokens must not be another known name (a state, organisation, place).
    let known_at = |tk: &Token| {
        hits.iter().any(|hh| {
            hh.start <= tk.start
                && tk.start < hh.end
                && hh.start >= end
                && !hh.targets.iter().any(|t| matches!(t, Target::Person(_)))
        })
    };
    // ("Menteri Luar Negeri Israel Israel Katz": after the state, a one-word name of a state
    // followed by an unknown capitalised word is a given name.)
    let given_name_like_a_state = state.is_some()
        && name_tokens.len() >= 2
        && !known_at(name_tokens[1])
        && hits.iter().any(|hh| {
            hh.start == name_tokens[0].start
                && hh.end == name_tokens[0].end
                && hh.targets.iter().any(|t| matches!(t, Target::State(_)))
        });
    // ("Menteri Lingkungan Hidup Polandia Anna Moskwa": after the state and an unknown given
    // name, a city's name is a surname; a state's or a body's name still ends the name.)
    let surname_like_a_city = |k: usize| {
        state.is_some()
            && k >= 1
            && !known_at(name_tokens[0])
            && hits.iter().any(|hh| {
                hh.start == name_tokens[k].start
                    && hh.end == name_tokens[k].end
                    && hh
                        .targets
                        .iter()
                        .all(|t| matches!(t, Target::Place(_) | Target::Seat(_)))
            })
    };
    let name_end = name_tokens
        .iter()
        .enumerate()
        .take_while(|&(k, tk)| {
            (k == 0 && given_name_like_a_state) || !known_at(tk) || surname_like_a_city(k)
        })
        .map(|(_, tk)| tk)
        .last()
        .map(|tk| tk.end);
    // "Tsai Ing-wen": a hyphenated part continues the name.
    let name_end = name_end.map(|e| {
        let rest = &text[e..];
        match rest.strip_prefix('-') {
            Some(after) => {
                let part = after
                    .find(|ch: char| !ch.is_alphabetic())
                    .unwrap_or(after.len());
                if part > 0 { e + 1 + part } else { e }
            }
            None => e,
        }
    });
    // (The appositive closes with a comma or the sentence's end: "Menteri Luar Negeri Norwegia,
    // Swedia dan Islandia" lists states.)
    let closed = |e: usize| {
        !appositive
            || text[e..]
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with([',', '.'])
    };
    if let (true, Some(name_end)) = (first_ok, name_end.filter(|&e| closed(e))) {
        let name_start = name_tokens[0].start;
        let name = &text[name_start..name_end];
        if name.chars().count() >= 3 {
            let m = b.mention(name_start, name_end, usize::MAX, si, false);
            let e = match x
                .gazetteer
                .lookup(name)
                .iter()
                .find(|t| matches!(t, Target::Person(_)))
            {
                Some(Target::Person(p)) => b.kb_person(*p, Some(role_state), Some(m)),
                _ => {
                    let e = b.unlinked(EntityClass::Person, name, iso3.clone(), None);
                    // "mantan presiden Mohamed Nasheed": a former holder holds no post, so
                    // neither acts in it nor takes a state from the story around him.
                    let former = text[..h.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| x.kb.cue_class(&w.to_lowercase()) == Some("former"));
                    let pos = Position {
                        role: title.role.clone(),
                        state: iso3.clone(),
                        title: Some(written.to_owned()),
                        start: None,
                        end: None,
                        leader: title.leader && iso3.is_some(),
                        evidence: Some((name_start, name_end)),
                    };
                    // (One post per role and state, as for a known person.)
                    let held = b.entities[e].positions.iter().any(|q| q.same_post(&pos));
                    if !held && !former {
                        b.entities[e].positions.push(pos);
                    }
                    e
                }
            };
            b.mentions[m].entity = e;
            let consumed = hits[j..]
                .iter()
                .take_while(|hh| hh.start < name_end)
                .count();
            return Some(j + consumed - i);
        }
    }
    // "Presiden Rusia" without a name: the holder of that post on the publication date.
    if let (Some(iso3), Some(date)) = (&iso3, b.article.published) {
        let mut holders: Vec<usize> =
            x.kb.holders_on(&title.role, date)
                .filter(|&(_, s)| s == iso3)
                .map(|(k, _)| k)
                .collect();
        holders.dedup();
        if let [p] = holders[..] {
            let m = b.mention(h.start, end, usize::MAX, si, false);
            let e = b.kb_person(p, Some(role_state), Some(m));
            b.mentions[m].entity = e;
        }
    }
    if j > i + 1 {
        return Some(j - i);
    }
    None
}

/// `[organisation type] [state]`, or a bare type referring back to one named earlier.
fn typed_organisation(
    x: &Extractor,
    b: &mut Builder,
    hits: &[Hit],
    i: usize,
    t: usize,
    next_state: Option<usize>,
    si: usize,
) -> Option<usize> {
    let text = b.article.text.as_str();
    let ot = &x.kb.org_types[t];
    let h = &hits[i];
    if let Some(s) = next_state {
        let n = &hits[i + 1];
        let st = b.state(s);
        let capital = !n.targets.iter().any(|t| matches!(t, Target::State(_)));
        b.mention(n.start, n.end, st, si, capital);
        if ot.is_government() {
            if ot.refers_back() {
                b.ruling.insert(ot.label_id.clone(), st);
            }
            return Some(2);
        }
        let state = &x.kb.states[s];
        let canonical = format!("{} {}", ot.label_id, state.name_id);
        let known = x
            .gazetteer
            .lookup(&canonical)
            .iter()
            .chain(x.gazetteer.lookup(&text[h.start..n.end]))
            .find_map(|t| match t {
                Target::Organisation(o)
                    if x.kb.organisations[*o].state.as_deref() == Some(state.iso3.as_str()) =>
                {
                    Some(*o)
                }
                _ => None,
            });
        let e = match known {
            Some(o) => b.organisation(o),
            None => {
                let label_en = format!("{} of {}", ot.label_en, state.name_en);
                b.entity(Entity {
                    key: slug(&label_en),
                    class: EntityClass::Organization,
                    qid: None,
                    label_id: canonical,
                    label_en,
                    state: Some(state.iso3.clone()),
                    kind: Some(ot.kind.clone()),
                    positions: Vec::new(),
                    org_type: Some(ot.label_en.clone()),
                })
            }
        };
        b.entities[e]
            .org_type
            .get_or_insert_with(|| ot.label_en.clone());
        b.mention(h.start, n.end, e, si, false);
        return Some(2);
    }
    if ot.is_government() {
        // "Junta kemudian menuding …" after "junta Niger": the ruling body named before acts
        // for its state.
        if let Some(&st) = b.ruling.get(&ot.label_id) {
            b.mention(h.start, h.end, st, si, true);
        }
        return Some(1);
    }
    // Back-reference: the latest organisation of the same type mentioned before. A one-word
    // type needs a demonstrative after it, or it is likely an adjective.
    let demonstrative = text[h.end..].split_whitespace().next().is_some_and(|w| {
        x.kb.demonstratives.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase(),
        )
    });
    // A capitalised one-word type that is a KB name of its own ("Kemlu" is Indonesia's foreign
    // ministry) is that name; other one-word types need a demonstrative after them, or they
    // are likely adjectives.
    let kb_name = h
        .targets
        .iter()
        .any(|t| matches!(t, Target::Organisation(_)))
        && text[h.start..].starts_with(|c: char| c.is_uppercase());
    if !ot.head.contains(' ') && !demonstrative {
        return if kb_name { None } else { Some(1) };
    }
    // The same words name the same body throughout an article ("Kementerian Luar Negeri" read
    // once as Indonesia's stays Indonesia's after another state's ministry is named).
    let same_words = b
        .mentions
        .iter()
        .filter(|m| m.end <= h.start && text[m.start..m.end] == text[h.start..h.end])
        .map(|m| m.entity)
        .next_back();
    let earlier = same_words.or_else(|| {
        b.mentions
            .iter()
            .filter(|m| m.end <= h.start)
            .rev()
            .map(|m| m.entity)
            .find(|&e| {
                // A one-word type ("kementerian itu") refers back to any body of its kind.
                b.entities.get(e).is_some_and(|e| {
                    e.org_type.as_deref() == Some(ot.label_en.as_str())
                        || (!ot.head.contains(' ')
                            && e.org_type.is_some()
                            && e.kind.as_deref() == Some(ot.kind.as_str()))
                })
            })
    });
    if let Some(e) = earlier {
        b.mention(h.start, h.end, e, si, false);
        return Some(1);
    }
    // A capitalised bare type may be a KB name of its own ("Kementerian Luar Negeri");
    // a lower-case one with nothing to refer to is left alone.
    if h.targets
        .iter()
        .any(|t| matches!(t, Target::Organisation(_)))
        && text[h.start..].starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    Some(1)
}

/// "Angkatan Bersenjata Filipina (AFP)": an acronym in parentheses right after an organisation
/// names that organisation throughout the article, over any other reading of it (the news
/// agency AFP).
fn acronyms(b: &mut Builder, sentence_tokens: &[Vec<Token>]) {
    let text = b.article.text.as_str();
    let mut defined: Vec<(&str, usize)> = Vec::new();
    // "Kepala Staf Gabungan (JCS) Korea Selatan": a body the knowledge base does not know,
    // named with its acronym and then its state, is that state's body.
    for (si, tokens) in sentence_tokens.iter().enumerate() {
        for k in 1..tokens.len().saturating_sub(2) {
            let (open, acronym, close) = (tokens[k], tokens[k + 1], tokens[k + 2]);
            if open.text(text) != "(" || close.text(text) != ")" {
                continue;
            }
            let state = b.mentions.iter().find(|m| {
                m.start == close.end + 1
                    && m.entity != usize::MAX
                    && b.entities[m.entity].class == EntityClass::State
            });
            let Some(state) = state.map(|m| m.entity) else {
                continue;
            };
            let name: Vec<Token> = tokens[..k]
                .iter()
                .rev()
                .take_while(|t| t.kind == TokenKind::Word && t.is_capitalised(text))
                .take(5)
                .copied()
                .collect();
            let (Some(first), Some(last)) = (name.last(), name.first()) else {
                continue;
            };
            let a = acronym.text(text);
            let well_formed = (2..=8).contains(&a.len())
                && a.chars().all(|c| c.is_ascii_alphanumeric())
                && a.chars().filter(char::is_ascii_uppercase).count() >= 2;
            let named = b
                .mentions
                .iter()
                .any(|m| m.start < last.end && first.start < m.end && m.entity != usize::MAX);
            if !well_formed || named || name.len() < 2 || defined.iter().any(|(x, _)| *x == a) {
                continue;
            }
            let Some(iso3) = b.entities[state].state.clone() else {
                continue;
            };
            let label = format!(
                "{} {}",
                &text[first.start..last.end],
                b.entities[state].label_id
            );
            let e = b.entity(Entity {
                key: crate::extract::slug(&label),
                class: EntityClass::Organization,
                qid: None,
                label_id: label.clone(),
                label_en: label,
                state: Some(iso3),
                kind: None,
                positions: Vec::new(),
                org_type: None,
            });
            b.mention(first.start, last.end, e, si, false);
            defined.push((a, e));
        }
    }
    for m in &b.mentions {
        if m.entity == usize::MAX || b.entities[m.entity].class != EntityClass::Organization {
            continue;
        }
        let rest = &text[m.end..];
        let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')) else {
            continue;
        };
        let acronym = inner.0;
        let well_formed = (2..=8).contains(&acronym.len())
            && acronym.starts_with(|c: char| c.is_ascii_uppercase())
            && acronym.chars().all(|c| c.is_ascii_alphanumeric())
            && acronym.chars().filter(char::is_ascii_uppercase).count() >= 2;
        if well_formed && !defined.iter().any(|(a, _)| *a == acronym) {
            defined.push((acronym, m.entity));
        }
    }
    for (acronym, entity) in defined {
        for (si, tokens) in sentence_tokens.iter().enumerate() {
            for tk in tokens.iter().filter(|tk| tk.text(text) == acronym) {
                let mut found = false;
                for m in b
                    .mentions
                    .iter_mut()
                    .filter(|m| m.start == tk.start && m.end == tk.end)
                {
                    m.entity = entity;
                    found = true;
                }
                if !found {
                    b.mention(tk.start, tk.end, entity, si, false);
                }
            }
        }
    }
}

/// "Presiden Viktor Yushchenko" in a story of 2007: a head of state or government titled
/// without a state, whose name is that of one state's effective ruler on the publication day
/// (the whole name, or else the surname alone, shared with no other ruler of the day), leads
/// that state. Context votes come after, and only for officials this leaves without one.
fn officials_from_rulers(b: &mut Builder) {
    let Some(date) = b.article.published else {
        return;
    };
    let candidates: Vec<usize> = (0..b.entities.len())
        .filter(|&i| {
            let e = &b.entities[i];
            stateless_official(e)
                && e.positions
                    .iter()
                    .any(|p| matches!(p.role.as_str(), "head_of_state" | "head_of_government"))
        })
        .collect();
    // (Most articles name no such official: the day's rulers are read only for one.)
    if candidates.is_empty() {
        return;
    }
    // ("Presiden Nicolas Maduro" in 2016, after the table stops: a ruler still in office at
    // its end names his state only in an article that names that state; years later other
    // rulers share the names.)
    let stale = b.kb.past_rulers_table(date);
    let named_states: Vec<&str> = b
        .entities
        .iter()
        .filter(|e| e.class == EntityClass::State)
        .filter_map(|e| e.state.as_deref())
        .collect();
    let rulers: Vec<(&str, String)> =
        b.kb.rulers_last_known_on(date)
            .filter(|r| !stale || named_states.contains(&r.state.as_str()))
            .map(|r| (r.state.as_str(), super::slug(&r.name)))
            .collect();
    // The state of the spells given, when they are all one state's. (The table is sorted by
    // state, so one state's spells stand together.)
    let only_state = |mut states: Vec<&str>| {
        states.dedup();
        match states[..] {
            [state] => Some(state.to_owned()),
            _ => None,
        }
    };
    let the_one = |fits: &dyn Fn(&str) -> bool| {
        only_state(
            rulers
                .iter()
                .filter(|(_, name)| fits(name))
                .map(|&(s, _)| s)
                .collect(),
        )
    };
    let mut assigned: Vec<(usize, String)> = Vec::new();
    for i in candidates {
        let name = super::slug(&b.entities[i].label_id);
        // (A surname of three letters or fewer, "Kim", "Lee", "Ali", is too common to tell.)
        let surname = name.rsplit('-').next().filter(|s| s.chars().count() >= 4);
        // ("Presiden Hugo Chávez" in a story told within two years after his spell ended: a
        // former ruler's whole name, shared with no other ruler's, still names his state.
        // Not an open spell past the table's end: a former leader may hold a post abroad.)
        let former = || {
            only_state(
                b.kb.rulers
                    .iter()
                    .filter(|r| {
                        r.end
                            .is_some_and(|e| e <= date && (date - e).num_days() <= 2 * 366)
                            && super::slug(&r.name) == name
                    })
                    .map(|r| r.state.as_str())
                    .collect(),
            )
        };
        let state = the_one(&|ruler| ruler == name)
            .or_else(|| {
                surname.and_then(|s| the_one(&|ruler: &str| ruler.split('-').any(|part| part == s)))
            })
            .or_else(former);
        if let Some(state) = state {
            assigned.push((i, state));
        }
    }
    give_states(b, assigned);
}

/// A titled person the knowledge base does not know, whose title names no state.
fn stateless_official(e: &Entity) -> bool {
    e.class == EntityClass::Person
        && e.qid.is_none()
        && e.state.is_none()
        && !e.positions.is_empty()
        && e.positions.iter().all(|p| p.state.is_none())
}

/// The states where the knowledge base knows another holder of `role` on the publication day:
/// "Presiden" in a story of Israel and Brazil, told of someone who is not Israel's president,
/// is Brazil's. (Not a holder whose names share a part with the official's: a spelling the
/// table lacks of its own holder.)
fn held_by_others<'a>(b: &Builder<'a>, e: &Entity, role: &'a str) -> Vec<&'a str> {
    let Some(date) = b.article.published else {
        return Vec::new();
    };
    let parts: Vec<&str> = e.label_id.split_whitespace().collect();
    let shares_part = |k: usize| {
        b.kb.persons[k]
            .names()
            .flat_map(|n| n.split_whitespace())
            .any(|w| w.chars().count() >= 3 && parts.contains(&w))
    };
    b.kb.holders_on(role, date)
        .filter(|&(k, _)| !shares_part(k))
        .map(|(_, s)| s)
        .collect()
}

/// Officials and the states the context gives them: the person and every post they hold.
fn give_states(b: &mut Builder, assigned: Vec<(usize, String)>) {
    for (e, s) in assigned {
        let e = &mut b.entities[e];
        for p in &mut e.positions {
            p.state = Some(s.clone());
        }
        e.state = Some(s);
    }
}

/// A preposition that puts what follows on the other side of the act ("terhadap", "dengan",
/// "kepada"); not "pada", which mostly introduces a date.
fn is_object_prep(kb: &Kb, word: &str) -> bool {
    let w = word.to_lowercase();
    w != "pada"
        && kb
            .cue_class(&w)
            .is_some_and(|k| matches!(k, "target_prep" | "dyad_prep" | "source_prep"))
}

/// "Norwegia kemudian menarik pasukannya, tetapi Menteri Luar Negeri … menuding …": an official the knowledge base does not know, whose title names no state, serves
/// the state the sentence opens with, when no other state is named between them.
fn officials_of_the_subject(b: &mut Builder) {
    let mut order: Vec<usize> = (0..b.mentions.len()).collect();
    order.sort_by_key(|&k| (b.mentions[k].start, b.mentions[k].end));
    let mut assigned: Vec<(usize, String)> = Vec::new();
    for (pos, &k) in order.iter().enumerate() {
        let m = &b.mentions[k];
        let e = &b.entities[m.entity];
        let stateless = stateless_official(e);
        // (A headline is no sentence with a subject: "Pulang dari Islandia, Lindqvist minta …".)
        let headline = m.end <= b.article.body_start;
        if !stateless || headline || assigned.iter().any(|(x, _)| *x == m.entity) {
            continue;
        }
        // (Mentions in start order keep a sentence together: scan back through it only, not
        // through the whole article for every mention.)
        let sentence_start = order[..pos]
            .iter()
            .rposition(|&j| b.mentions[j].sentence != m.sentence)
            .map_or(0, |j| j + 1);
        let before: Vec<&Mention> = order[sentence_start..pos]
            .iter()
            .map(|&j| &b.mentions[j])
            .filter(|x| x.end <= m.start)
            .collect();
        let states: Vec<&Option<String>> = before
            .iter()
            .map(|x| &b.entities[x.entity].state)
            .filter(|s| s.is_some())
            .collect();
        let opens_with_state = before
            .first()
            .is_some_and(|x| b.entities[x.entity].class == EntityClass::State);
        // "… langkah pertama Oslo terhadap pemerintahan Presiden …": an official
        // after a preposition is the other side, not the subject's.
        let after_prep = before.last().is_some_and(|x| {
            b.article.text[x.end..m.start]
                .split_whitespace()
                .any(|w| is_object_prep(b.kb, w))
        });
        if opens_with_state && !after_prep && states.windows(2).all(|w| w[0] == w[1]) {
            // ("Presiden AS … menelepon Perdana Menteri …": a post the subject's state has
            // another holder of is the other side's.)
            let role = e.positions.first().map_or("", |p| p.role.as_str());
            if let Some(Some(s)) = states.first() {
                if !held_by_others(b, e, role).contains(&s.as_str()) {
                    assigned.push((m.entity, s.clone()));
                }
            }
        }
    }
    give_states(b, assigned);
}

/// Roles whose title names a holder only with the state after it: "diplomat India X" is
/// India's, "mantan diplomat X" is a description of someone, not a post.
const STATED_ROLES: &[&str] = &["diplomat"];

/// Roles whose holder, titled without a state, acts for the state of the story around them.
/// (An ambassador or envoy without a state is often named by the state he is sent to.)
const CONTEXT_ROLES: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "vice_president",
    "foreign_minister",
    "defense_minister",
    "minister",
    "deputy_minister",
    "spokesperson",
    "crown_prince",
    "parliament_speaker",
];

/// "Pemerintah Norwegia menolak kuota itu. Menteri Luar Negeri … mengecam …": an
/// official still without a state serves the state named most in the two sentences before
/// the first mention and before it in its own, with the article's lead actor as one more vote (a
/// state after a preposition or a verb, or a place, counts half; a state named twice in one
/// sentence votes once). A state that already has another
/// holder of the same post in the article is no candidate; without an absolute majority the
/// official keeps no state. A dateline in a seat of government is one more vote for its state,
/// when the context votes for it too: a reporter there names his hosts' officials without it.
fn officials_from_context(b: &mut Builder, dateline: Option<&Dateline>, sentences: &[Sentence]) {
    let debug = std::env::var_os("WARTA_DEBUG_OFFICIALS").is_some();
    let body_start = b.article.body_start;
    let text = b.article.text.as_str();
    // Indexes built once: the vote reads only three sentences per official, so a long
    // article costs no more per official than a short one.
    let mut by_sentence: HashMap<usize, Vec<&Mention>> = HashMap::default();
    let mut first_of: HashMap<usize, &Mention> = HashMap::default();
    // (The first mention in the body: a headline's words are too few to vote.)
    let in_body = |x: &Mention| x.start >= body_start;
    for m in &b.mentions {
        by_sentence.entry(m.sentence).or_default().push(m);
        let first = first_of.entry(m.entity).or_insert(m);
        if (in_body(m), std::cmp::Reverse(m.start))
            > (in_body(first), std::cmp::Reverse(first.start))
        {
            *first = m;
        }
    }
    let held: Vec<(usize, &str, &str)> = b
        .entities
        .iter()
        .enumerate()
        .flat_map(|(j, o)| o.positions.iter().map(move |p| (j, p)))
        .filter_map(|(j, p)| Some((j, p.role.as_str(), p.state.as_deref()?)))
        .collect();
    let lead_state = b
        .mentions
        .iter()
        .filter(|x| x.start >= body_start)
        .min_by_key(|x| x.start)
        .and_then(|x| {
            let e = &b.entities[x.entity];
            (e.class != EntityClass::Place)
                .then(|| e.state.clone())
                .flatten()
        });
    // ("OSLO, KOMPAS.com - … Menteri Luar Negeri …": the reporter's city is where the
    // government he names without a state sits.)
    let dateline_mention = dateline.and_then(|d| {
        b.mentions
            .iter()
            .position(|m| (m.start, m.end) == (d.place_start, d.place_end))
    });
    let dateline_state = dateline_mention.and_then(|k| {
        let e = &b.entities[b.mentions[k].entity];
        (e.class == EntityClass::State || matches!(e.kind.as_deref(), Some("capital" | "seat")))
            .then(|| e.state.clone())
            .flatten()
    });
    // (Such a dateline is that vote, not one of the context's, which it could only confirm.)
    let dateline_span = dateline_mention
        .filter(|_| dateline_state.is_some())
        .map(|k| (b.mentions[k].start, b.mentions[k].end));
    let mut assigned: Vec<(usize, String)> = Vec::new();
    for (i, e) in b.entities.iter().enumerate() {
        let stateless = stateless_official(e);
        let Some(role) = e.positions.first().map(|p| p.role.as_str()) else {
            continue;
        };
        if !stateless || !CONTEXT_ROLES.contains(&role) {
            continue;
        }
        let Some(&first) = first_of.get(&i) else {
            continue;
        };
        let mut taken: Vec<&str> = held
            .iter()
            .filter(|&&(j, r, _)| j != i && r == role)
            .map(|&(_, _, s)| s)
            .collect();
        taken.extend(held_by_others(b, e, role));
        let sentence = |k: usize| by_sentence.get(&k).map_or(&[][..], Vec::as_slice);
        let own_before: Vec<&Mention> = sentence(first.sentence)
            .iter()
            .copied()
            .filter(|x| x.end <= first.start && x.entity != i)
            .collect();
        // "pemimpin Taliban Mullah Mohammad Omar": a title followed by an organisation with no
        // state is a post in that organisation, not in any state the context names.
        if own_before.iter().any(|x| {
            b.entities[x.entity].class == EntityClass::Organization
                && text[x.end..first.start].trim().is_empty()
        }) {
            continue;
        }
        // "Mali mengecam Prancis, dan Menteri Luar Negeri … menolak kritik itu": two states
        // in the official's own sentence before him leave his side open.
        let mut own_sentence: Vec<&str> = own_before
            .iter()
            .filter_map(|x| b.entities[x.entity].state.as_deref())
            .collect();
        own_sentence.sort_unstable();
        own_sentence.dedup();
        own_sentence.retain(|s| !taken.contains(s));
        if own_sentence.len() > 1 {
            continue;
        }
        // "Dari Oslo, Presiden … menyatakan …": a seat of government opening the official's own
        // sentence, set off by a comma right before the title, is where he governs.
        let opening_seat = own_before.first().filter(|x| {
            let place = &b.entities[x.entity];
            let word_before = text[..x.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .to_lowercase();
            own_before.len() == 1
                && place.class == EntityClass::Place
                && matches!(place.kind.as_deref(), Some("capital" | "seat"))
                && matches!(word_before.as_str(), "dari" | "di")
                && text[x.end..first.start].trim_start().starts_with(',')
        });
        if let Some(state) = opening_seat.and_then(|x| b.entities[x.entity].state.clone()) {
            if !taken.contains(&state.as_str()) {
                assigned.push((i, state));
                continue;
            }
        }
        // ("… aksi Norwegia terhadap pemerintahan Presiden …": after a preposition he is the
        // other side of the state before it.)
        let object_of_own = own_before.iter().max_by_key(|x| x.end).is_some_and(|x| {
            text[x.end..first.start]
                .split_whitespace()
                .any(|w| is_object_prep(b.kb, w))
        });
        let mut votes: Vec<(String, u32)> = Vec::new();
        let mut vote = |state: &str, n: u32| match votes.iter_mut().find(|(s, _)| s == state) {
            Some((_, v)) => *v += n,
            None => votes.push((state.to_owned(), n)),
        };
        let window = first.sentence.saturating_sub(2)..first.sentence;
        let near = window
            .flat_map(|k| sentence(k).iter().copied())
            .chain(own_before.iter().copied());
        let mut heard: Vec<(usize, String, u32)> = Vec::new();
        for x in near {
            let other = &b.entities[x.entity];
            let Some(state) = other.state.as_deref() else {
                continue;
            };
            if x.entity == i
                || other.kind.as_deref() == Some("embassy")
                || dateline_span == Some((x.start, x.end))
            {
                continue;
            }
            let same_sentence = sentence(x.sentence);
            let outermost = !same_sentence.iter().any(|y| {
                (y.start, y.end) != (x.start, x.end) && y.start <= x.start && x.end <= y.end
            });
            // ("Duta Besar Chile Ana Rojas": the state in a title is its holder's vote.)
            let titles_next = same_sentence.iter().any(|y| {
                y.start > x.end
                    && text[x.end..y.start].trim().is_empty()
                    && b.entities[y.entity].state == other.state
            });
            if !outermost || titles_next {
                continue;
            }
            // A state after a preposition ("dengan India", "ke New Delhi") or a verb is the
            // other side of the story more often than the official's own; a place is where
            // things happened, weaker evidence than an actor.
            let word_before = text[..x.start]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .to_lowercase();
            let after_prep =
                b.kb.cue_class(&word_before)
                    .is_some_and(|k| k.ends_with("_prep") && k != "agent_prep");
            let weak =
                after_prep || is_verb_form(&word_before) || other.class == EntityClass::Place;
            // ("Beijing bereaksi keras. Pada Sabtu, Wakil Menteri Luar Negeri … memanggil …":
            // the state that opens the sentence right before is whom the story is about, and
            // counts twice.)
            let opens_previous = x.sentence + 1 == first.sentence
                && sentences.get(x.sentence).is_some_and(|s| {
                    // (Only capitalised words before it: "Pemerintah Norwegia bereaksi …".)
                    s.start <= x.start
                        && text[s.start..x.start]
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(','))
                });
            // A state named twice in one sentence ("Islandia menuduh … sanksi Islandia") is one
            // voice there, at its strongest.
            let weight = match (weak, opens_previous) {
                (true, _) => 1,
                (false, false) => 2,
                (false, true) => 4,
            };
            match heard
                .iter_mut()
                .find(|(k, s, _)| *k == x.sentence && s == state)
            {
                Some((_, _, best)) if weight > *best => {
                    vote(state, weight - *best);
                    *best = weight;
                }
                Some(_) => {}
                None => {
                    heard.push((x.sentence, state.to_owned(), weight));
                    vote(state, weight);
                }
            }
        }
        if let Some(state) = lead_state.as_deref() {
            vote(state, 2);
        }
        // (Only for a state the context names too: a reporter's city alone tells no side.)
        if let Some((_, n)) = dateline_state
            .as_deref()
            .and_then(|state| votes.iter_mut().find(|(s, _)| s == state))
        {
            *n += 2;
        }
        votes.retain(|(s, _)| {
            let other_side = object_of_own && own_sentence.contains(&s.as_str());
            !taken.contains(&s.as_str()) && !other_side
        });
        if debug {
            eprintln!("{} votes {votes:?} taken {taken:?}", e.label_id);
        }
        // An absolute majority, and more than one place named in passing ("Konvensi Jenewa").
        let total: u32 = votes.iter().map(|(_, n)| n).sum();
        // ("tiba di Islandia … untuk pembicaraan dengan Perdana Menteri …", the other leader's post
        // taken: the one state left, named as a state in his own sentence.)
        let named_state_before = |s: &str| {
            own_before.iter().any(|x| {
                let o = &b.entities[x.entity];
                o.class == EntityClass::State && o.state.as_deref() == Some(s)
            })
        };
        if let Some((s, _)) = votes.iter().find(|(s, n)| {
            2 * n > total && (*n >= 2 || (votes.len() == 1 && named_state_before(s)))
        }) {
            assigned.push((i, s.clone()));
        }
    }
    give_states(b, assigned);
}

/// "Lindqvist dan Raul Vega bertemu" in a headline, before the lead introduces "Presiden Chile
/// Raul Vega": the full name of a person the knowledge base does not know, once a title
/// has introduced it, names that person where it stands earlier too.
fn full_names_told_earlier(b: &mut Builder, sentence_tokens: &[Vec<Token>]) {
    let text = b.article.text.as_str();
    // Each such person's name and where it is first told.
    let mut named: Vec<(usize, &str, usize)> = Vec::new();
    for m in &b.mentions {
        let Some(e) = b.entities.get(m.entity) else {
            continue;
        };
        let name = &text[m.start..m.end];
        if e.class != EntityClass::Person || e.qid.is_some() || !name.contains(' ') {
            continue;
        }
        match named.iter_mut().find(|(x, _, _)| *x == m.entity) {
            Some((_, _, first)) => *first = (*first).min(m.start),
            None => named.push((m.entity, name, m.start)),
        }
    }
    let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
    for &(e, name, first) in &named {
        // (A name two people share names neither.)
        if named.iter().any(|&(x, n, _)| x != e && n == name) {
            continue;
        }
        let words = name.split(' ').count();
        for (si, tokens) in sentence_tokens.iter().enumerate() {
            for run in tokens.windows(words) {
                let (start, end) = (run[0].start, run[words - 1].end);
                if end > first {
                    break;
                }
                if text[start..end] != *name {
                    continue;
                }
                if !b.mentions.iter().any(|m| m.start < end && start < m.end) {
                    found.push((start, end, e, si));
                }
            }
        }
    }
    for (start, end, e, si) in found {
        b.mention(start, end, e, si, false);
    }
}

/// A later part of a person's name ("Yoon" after "Yoon Suk Yeol") refers to that person,
/// when the part belongs to one person of the article only.
fn short_mentions(b: &mut Builder, sentence_tokens: &[Vec<Token>]) {
    let text = b.article.text.as_str();
    let body_start = b.article.body_start;
    // Each name part, with every person it is part of and where that person's full name is
    // first told: "Rahman" after "Aziz Rahman" and before "Siti Rahman" is Aziz.
    let mut parts: HashMap<&str, Vec<(usize, usize)>> = HashMap::default();
    for m in b.mentions.iter().filter(|m| m.entity != usize::MAX) {
        if b.entities[m.entity].class != EntityClass::Person {
            continue;
        }
        let name = &text[m.start..m.end];
        if !name.contains(' ') {
            continue;
        }
        // ("Xi" in "Xi Jinping", "Li" in "Li Qiang": two letters make a surname too.)
        // ("Sabah" in "Ahmad al-Sabah": the capitalised piece of a hyphenated part, which the
        // tokenizer splits, names them too.)
        for part in name
            .split(' ')
            .flat_map(|p| std::iter::once(p).chain(p.split('-').filter(move |_| p.contains('-'))))
            .filter(|p| p.chars().count() >= 2 && !b.kb.name_particles.contains(*p))
        {
            if !part.starts_with(|c: char| c.is_uppercase()) || b.kb.name_stops.contains(part) {
                continue;
            }
            let owners = parts.entry(part).or_default();
            match owners.iter_mut().find(|(ent, _)| *ent == m.entity) {
                Some((_, first)) => *first = (*first).min(m.end),
                None => owners.push((m.entity, m.end)),
            }
        }
    }
    if parts.is_empty() {
        return;
    }
    // Spans sorted by start, with the furthest end reached so far: "is this token inside a
    // mention" is a bisection, not a scan (long articles have many mentions).
    let mut covered: Vec<(usize, usize)> = b.mentions.iter().map(|m| (m.start, m.end)).collect();
    covered.sort_unstable();
    let mut furthest = 0;
    for span in &mut covered {
        furthest = furthest.max(span.1);
        span.1 = furthest;
    }
    let inside = |start: usize, end: usize| {
        let n = covered.partition_point(|(a, _)| *a <= start);
        n > 0 && covered[n - 1].1 >= end
    };
    for (si, tokens) in sentence_tokens.iter().enumerate() {
        for (k, &tk) in tokens.iter().enumerate() {
            // Only one person with that part may have been named in full before it. (In the
            // headline, before any full name: only one person of the article has that part.)
            let Some(owners) = parts.get(tk.text(text)) else {
                continue;
            };
            let headline = tk.end <= body_start;
            let mut named = owners
                .iter()
                .filter(|(_, first)| headline || *first <= tk.start);
            let (Some((e, first)), None) = (named.next(), named.next()) else {
                continue;
            };
            let same = |w: &str| parts.get(w).is_some_and(|o| o.iter().any(|(x, _)| x == e));
            // "Kim Yo Jong" after "Kim Jong Un": a part followed by another capitalised name
            // word starts someone else's full name.
            let other_name = tokens.get(k + 1).is_some_and(|n| {
                n.start == tk.end + 1
                    && n.is_capitalised(text)
                    && !b.kb.name_stops.contains(n.text(text))
                    && !same(n.text(text))
            }) || k
                .checked_sub(1)
                .filter(|&j| j > 0)
                .map(|j| tokens[j])
                .is_some_and(|p| {
                    // "… Yo Jong": so does one preceded by a capitalised word that is no title.
                    let w = p.text(text);
                    p.end + 1 == tk.start
                        && p.is_capitalised(text)
                        && !b.kb.name_stops.contains(w)
                        && !inside(p.start, p.end)
                        && !b
                            .kb
                            .titles
                            .iter()
                            .any(|t| t.title.split(' ').any(|x| x == w))
                        && !same(w)
                });
            if (headline || tk.start >= *first) && !inside(tk.start, tk.end) && !other_name {
                b.mention(tk.start, tk.end, *e, si, false);
            }
        }
    }
}

/// "Kongo" after "Republik Demokratik Kongo", "Dominika" after "Republik Dominika": a short
/// form names the one state whose full name ends in it and which the article names in full.
/// (Alone, "Kongo" is either Congo, and "Dominika" is Dominica.)
fn state_short_forms(b: &mut Builder, sentence_tokens: &[Vec<Token>]) {
    let text = b.article.text.as_str();
    for (short, states) in &b.kb.short_forms {
        let named: Vec<usize> = states
            .iter()
            .copied()
            .filter(|&s| {
                let iso3 = &b.kb.states[s].iso3;
                b.mentions.iter().any(|m| {
                    let e = &b.entities[m.entity];
                    e.class == EntityClass::State
                        && e.state.as_ref() == Some(iso3)
                        && &text[m.start..m.end] != short
                })
            })
            .collect();
        let [state] = named[..] else {
            continue;
        };
        let mut spans = Vec::new();
        for (si, tokens) in sentence_tokens.iter().enumerate() {
            for tk in tokens.iter().filter(|t| t.text(text) == short) {
                // Inside a longer name ("Republik Demokratik Kongo") it is that name.
                let inside_longer = b.mentions.iter().any(|m| {
                    m.start <= tk.start && tk.end <= m.end && (m.start, m.end) != (tk.start, tk.end)
                });
                if !inside_longer {
                    spans.push((tk.start, tk.end, si));
                }
            }
        }
        if spans.is_empty() {
            continue;
        }
        let e = b.state(state);
        // (What the short form was read as before, Dominica or an unknown person's name, goes.)
        b.mentions
            .retain(|m| !spans.iter().any(|&(s, t, _)| (m.start, m.end) == (s, t)));
        for (start, end, si) in spans {
            b.mention(start, end, e, si, false);
        }
    }
}
