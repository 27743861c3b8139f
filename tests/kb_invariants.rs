//! The knowledge base's own invariants: sorted, unique keys, well-formed QIDs, no alias shared
//! by two states, no dangling references.

use std::collections::{HashMap, HashSet};
use warta::kb::Kb;

fn is_qid(s: &str) -> bool {
    s.len() > 1
        && s.starts_with('Q')
        && s[1..].chars().all(|c| c.is_ascii_digit())
        && !s[1..].starts_with('0')
}

fn sorted<T: AsRef<str>>(name: &str, keys: &[T]) {
    for w in keys.windows(2) {
        assert!(
            w[0].as_ref() < w[1].as_ref(),
            "{name}: {:?} must sort before {:?} and be unique",
            w[0].as_ref(),
            w[1].as_ref()
        );
    }
}

#[test]
fn tables_are_sorted_with_unique_keys() {
    let kb = Kb::embedded().unwrap();
    sorted(
        "states.tsv",
        &kb.states.iter().map(|s| &s.iso3).collect::<Vec<_>>(),
    );
    sorted(
        "organisations.tsv",
        &kb.organisations.iter().map(|o| &o.key).collect::<Vec<_>>(),
    );
    sorted(
        "places.tsv",
        &kb.places.iter().map(|p| &p.key).collect::<Vec<_>>(),
    );
    sorted(
        "seats.tsv",
        &kb.seats.iter().map(|s| &s.name).collect::<Vec<_>>(),
    );
    sorted(
        "titles.tsv",
        &kb.titles.iter().map(|t| &t.title).collect::<Vec<_>>(),
    );
    sorted(
        "org_types.tsv",
        &kb.org_types.iter().map(|t| &t.head).collect::<Vec<_>>(),
    );
    sorted(
        "leaders.tsv (persons)",
        &kb.persons.iter().map(|p| &p.key).collect::<Vec<_>>(),
    );
}

#[test]
fn trigger_cues_are_unique() {
    let kb = Kb::embedded().unwrap();
    let mut seen = std::collections::HashSet::new();
    for t in &kb.triggers {
        assert!(
            seen.insert(&t.cue),
            "triggers.tsv: {:?} is listed twice",
            t.cue
        );
    }
    assert!(
        seen.len() > 300,
        "the trigger lexicon ({} cues)",
        seen.len()
    );
}

#[test]
fn qids_are_well_formed_and_name_one_thing() {
    let kb = Kb::embedded().unwrap();
    let mut owner: HashMap<&str, String> = HashMap::new();
    let all = kb
        .states
        .iter()
        .map(|s| (s.qid.as_deref(), format!("state {}", s.iso3)))
        .chain(
            kb.persons
                .iter()
                .map(|p| (p.qid.as_deref(), format!("person {}", p.key))),
        )
        .chain(
            kb.organisations
                .iter()
                .map(|o| (o.qid.as_deref(), format!("organisation {}", o.key))),
        )
        .chain(
            kb.places
                .iter()
                .map(|p| (p.qid.as_deref(), format!("place {}", p.key))),
        );
    for (qid, who) in all {
        let Some(q) = qid else { continue };
        assert!(is_qid(q), "{who}: malformed QID {q:?}");
        if let Some(other) = owner.insert(q, who.clone()) {
            // A place may share its QID with the state of the same name (a city-state).
            let city_state = who.starts_with("place") && other.starts_with("state");
            assert!(city_state, "QID {q} names both {other} and {who}");
        }
    }
}

#[test]
fn every_state_alias_names_one_state() {
    let kb = Kb::embedded().unwrap();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for s in &kb.states {
        let names: HashSet<&str> = s
            .aliases
            .iter()
            .map(String::as_str)
            .chain([s.name_id.as_str(), s.name_en.as_str()])
            .collect();
        for n in names {
            assert!(
                n.chars().count() >= 2,
                "{}: alias {n:?} is too short",
                s.iso3
            );
            if let Some(other) = seen.insert(n, &s.iso3) {
                panic!("alias {n:?} names both {other} and {}", s.iso3);
            }
        }
    }
    // The short forms Indonesian news uses.
    for (alias, iso3) in [
        ("AS", "USA"),
        ("Korut", "PRK"),
        ("Korsel", "KOR"),
        ("RI", "IDN"),
        ("Rusia", "RUS"),
        ("Russia", "RUS"),
        ("Tiongkok", "CHN"),
        ("China", "CHN"),
        ("Inggris", "GBR"),
        ("Britania Raya", "GBR"),
    ] {
        assert_eq!(seen.get(alias), Some(&iso3), "{alias}");
    }
}

#[test]
fn references_resolve() {
    let kb = Kb::embedded().unwrap();
    let place_qids: HashSet<&str> = kb.places.iter().filter_map(|p| p.qid.as_deref()).collect();
    for s in &kb.states {
        if let Some(c) = &s.capital_qid {
            assert!(
                place_qids.contains(c.as_str()),
                "{}: capital {c} is not in places.tsv",
                s.iso3
            );
        }
        assert!(
            matches!(
                s.status.as_str(),
                "member" | "observer" | "self_governing" | "territory"
            ),
            "{}: status {:?}",
            s.iso3,
            s.status
        );
    }
    let members = kb.states.iter().filter(|s| s.status == "member").count();
    assert_eq!(members, 193, "every UN member state");
    for p in &kb.persons {
        for t in &p.terms {
            if let (Some(a), Some(b)) = (t.start, t.end) {
                assert!(a <= b, "{}: term ends before it starts", p.key);
            }
        }
    }
    for t in &kb.titles {
        if let Some(s) = &t.state {
            assert!(
                kb.state(s).is_some(),
                "titles.tsv: {}: no state {s}",
                t.title
            );
        }
    }
    // Loading already refuses a state code no table defines; check the embedded tables load.
    assert!(kb.state("KOR").is_some());
}

#[test]
fn rulers_are_sorted_spells_of_known_states() {
    let kb = Kb::embedded().unwrap();
    assert!(kb.rulers.len() > 1000, "{}", kb.rulers.len());
    for w in kb.rulers.windows(2) {
        assert!(
            (&w[0].state, w[0].start) <= (&w[1].state, w[1].start),
            "rulers.tsv: {} {} must sort before {} {}",
            w[0].state,
            w[0].start,
            w[1].state,
            w[1].start
        );
    }
    for r in &kb.rulers {
        assert!(
            kb.state(&r.state).is_some(),
            "rulers.tsv: no state {}",
            r.state
        );
        assert!(
            !r.name.trim().is_empty() && r.name == r.name.trim(),
            "{r:?}"
        );
        if let Some(end) = r.end {
            assert!(
                r.start <= end,
                "rulers.tsv: {} ends before it starts",
                r.name
            );
        }
    }
    // An open spell is open only to the end of the observation: nothing is known after it.
    let after = chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    assert_eq!(kb.rulers_on(after).count(), 0);
}
