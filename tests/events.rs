//! Events end to end: CAMEO code, dyad, date, status and provenance in the graph; negation;
//! the seed article's events (skipped without ../shared); the dev-set scorer.

mod common;

use common::*;

const W: &str = "https://w3id.org/warta/ns#";

fn fixture_events() -> String {
    let dir = tempfile::tempdir().unwrap();
    ok(warta(dir.path())
        .args(["annotate", "--events"])
        .arg(fixtures().join("manila-beijing-2023-08-07.json")))
}

#[test]
fn fixture_events_with_dyads_dates_and_status() {
    let rows = fixture_events();
    let has = |code: &str, src: &str, tgt: &str, date: &str, status: &str| {
        rows.lines().any(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            f.len() > 5
                && f[1] == code
                && f[2] == src
                && f[3] == tgt
                && f[4] == date
                && f[5] == status
        })
    };
    assert!(
        has("190", "CHN", "PHL", "2023-08-05", "Claimed"),
        "the claimed attack, dated by its weekday and (d/m):\n{rows}"
    );
    assert!(
        has("111", "PHL", "CHN", "2023-08-05", "Asserted"),
        "condemnation aimed at the anaphoric 'tindakan itu':\n{rows}"
    );
    assert!(
        has("114", "PHL", "CHN", "2023-08-05", "Asserted"),
        "coordinated verb shares its subject:\n{rows}"
    );
    assert!(
        has("016", "CHN", "PHL", "2023-08-05", "Asserted"),
        "a denial of a claim answers the claimant:\n{rows}"
    );
    assert!(
        has("051", "USA", "PHL", "2023-08-05", "Asserted")
            && has("051", "JPN", "PHL", "2023-08-05", "Asserted"),
        "coordinated sources each take part:\n{rows}"
    );
    assert!(
        has("030", "PHL", "JPN", "2023-07-01/2023-07-31", "Asserted"),
        "'bulan lalu' is an interval; an accord is coded as the intent it states:\n{rows}"
    );
    // "Kedua negara tidak akan menyerang…": negated, no event from that sentence.
    assert_eq!(
        rows.lines().filter(|l| l.contains("\tmenyerang\t")).count(),
        1,
        "{rows}"
    );
}

#[test]
fn events_in_the_graph_carry_code_goldstein_quadclass_and_provenance() {
    let dir = tempfile::tempdir().unwrap();
    let nq = ok(warta(dir.path())
        .arg("convert")
        .arg(fixtures().join("manila-beijing-2023-08-07.json")));
    let ev = "<https://w3id.org/warta/event/manila-beijing-2023-08-07_190_chn_phl_claimed>";
    for needle in [
        format!("{ev} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{W}MaterialConflict>"),
        format!("{ev} <{W}cameoCode> \"190\""),
        format!("{ev} <{W}cameo> <https://w3id.org/warta/cameo/190>"),
        format!("{ev} <{W}goldstein> \"-10.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>"),
        format!("{ev} <{W}quadClass> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
        format!("{ev} <{W}date> \"2023-08-05\"^^<http://www.w3.org/2001/XMLSchema#date>"),
        format!("{ev} <{W}status> <{W}Claimed>"),
        format!("{ev} <{W}reportedBy> <https://w3id.org/warta/id/Q928>"),
        format!("{ev} <{W}sourceState> <https://w3id.org/warta/id/Q148>"),
        format!("{ev} <{W}targetState> <https://w3id.org/warta/id/Q928>"),
    ] {
        assert!(nq.contains(&needle), "missing: {needle}");
    }
    assert!(
        nq.contains(&format!("<{W}denies> {ev}")),
        "the denial points at the claim"
    );
    let derived = nq
        .lines()
        .filter(|l| l.starts_with(ev) && l.contains("prov#wasDerivedFrom"))
        .count();
    assert_eq!(derived, 2, "trigger phrase and sentence");
}

#[test]
fn seed_events() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not here, so the seed article is not available");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = run(warta(dir.path())
        .args(["annotate", "--events", "--published", "2024-10-25"])
        .arg(shared.join("seed/seoul-concern-2024-10-25.txt")));
    assert!(out.status.success());
    let rows = String::from_utf8(out.stdout.clone()).unwrap();
    // Section 3 of expected.md: CAMEO root, source and target states.
    let expected = [
        ("11", "KOR", "RUS"),
        ("02", "KOR", "RUS"),
        ("05", "RUS", "PRK"),
        ("06", "PRK", "RUS"),
        ("01", "PRK", "-"),
        ("01", "RUS", "-"),
        ("02", "KOR", "PRK"),
        ("13", "KOR", "RUS"),
        ("13", "KOR", "PRK"),
        ("11", "KOR", "PRK"),
        ("04", "KOR", "POL"),
        ("01", "KOR", "UKR"),
        ("16", "PRK", "KOR"),
        ("17", "PRK", "KOR"),
    ];
    let found = expected
        .iter()
        .filter(|(root, s, t)| {
            rows.lines().any(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                f.len() > 3 && f[1].starts_with(root) && f[2] == *s && f[3] == *t
            })
        })
        .count();
    assert!(
        found >= 12,
        "at least 10 of the 12 events (14 dyads): found {found} of 14 in\n{rows}"
    );
    // Russia ratifies; South Korea, voicing concern about it, ratifies nothing.
    assert!(
        !rows.lines().any(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            f.len() > 3 && f[1].starts_with("05") && f[2] == "KOR"
        }),
        "{rows}"
    );
    // The weekday that contradicts its date is reported, and recorded in the graph.
    assert!(stderr(&out).contains("inconsistent"), "{}", stderr(&out));
    let nq = ok(warta(dir.path())
        .args(["convert", "--published", "2024-10-25"])
        .arg(shared.join("seed/seoul-concern-2024-10-25.txt")));
    assert!(nq.contains(&format!("<{W}dateNote>")));
}

/// `warta eval DIR` on a set in the repository: its output and one of its figures.
fn eval_set(dir: &str) -> (String, impl Fn(&str, &str) -> f64) {
    let tmp = tempfile::tempdir().unwrap();
    let out = ok(warta(tmp.path()).arg("eval").arg(repo().join(dir)));
    let text = out.clone();
    let value = move |prefix: &str, field: &str| -> f64 {
        let line = text
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix} in {text}"));
        let at = line.find(field).unwrap() + field.len();
        line[at..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    (out, value)
}

/// The floors of a set: its article count, and entity precision, events F1 and exact dates
/// above the given figures.
fn assert_floors(dir: &str, articles: usize, entities: f64, events: f64, dates: f64) {
    let (out, value) = eval_set(dir);
    let first = format!("articles\t{articles}");
    assert_eq!(out.lines().next(), Some(first.as_str()), "{out}");
    assert!(value("entities", "precision ") > entities, "{out}");
    assert!(value("events", "F1 ") > events, "{out}");
    assert!(value("dates exact", "exact") > dates, "{out}");
}

// Regression floors, below the figures reported in the notes (events F1 at the end of session
// 3: dev 0.73, held-out 0.75, dev 2 0.67, held-out 2 0.62): a change that loses several events
// fails.

#[test]
fn dev_set_scores_are_printed() {
    let (out, value) = eval_set("tests/devset");
    assert_eq!(out.lines().next(), Some("articles\t12"));
    assert!(value("entities", "precision ") > 0.9, "{out}");
    assert!(value("events", "F1 ") > 0.66, "{out}");
    assert!(out.contains("events inside negative sentences\t0"), "{out}");
}

#[test]
fn held_out_scores_are_printed() {
    let (out, value) = eval_set("tests/heldout");
    assert_eq!(out.lines().next(), Some("articles\t14"), "{out}");
    assert!(value("events", "F1 ") > 0.66, "{out}");
    assert!(out.contains("events inside negative sentences\t0"), "{out}");
}

#[test]
fn second_dev_set_scores_are_printed() {
    assert_floors("tests/devset2", 26, 0.9, 0.58, 0.7);
}

#[test]
fn third_dev_set_scores_are_printed() {
    assert_floors("tests/devset3", 10, 0.85, 0.58, 0.7);
}

#[test]
fn fourth_dev_set_scores_are_printed() {
    assert_floors("tests/devset4", 10, 0.9, 0.45, 0.7);
}

#[test]
fn fifth_dev_set_scores_are_printed() {
    let (out, value) = eval_set("tests/devset5");
    assert_eq!(out.lines().next(), Some("articles\t10"), "{out}");
    assert!(value("entities", "precision ") > 0.85, "{out}");
    assert!(value("events", "F1 ") > 0.38, "{out}");
}

#[test]
fn sixth_dev_set_scores_are_printed() {
    assert_floors("tests/devset6", 10, 0.9, 0.55, 0.7);
}

#[test]
fn third_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout3", 30, 0.9, 0.45, 0.7);
}

#[test]
fn seventh_dev_set_scores_are_printed() {
    assert_floors("tests/devset7", 20, 0.85, 0.5, 0.6);
}

#[test]
fn eighth_dev_set_scores_are_printed() {
    assert_floors("tests/devset8", 20, 0.9, 0.5, 0.7);
}

#[test]
fn second_held_out_set_scores_are_printed() {
    let (out, value) = eval_set("tests/heldout2");
    assert_eq!(out.lines().next(), Some("articles\t10"), "{out}");
    assert!(value("entities", "precision ") > 0.9, "{out}");
    assert!(value("events", "F1 ") > 0.55, "{out}");
    assert!(out.contains("events inside negative sentences\t0"), "{out}");
}

/// The `annotate` rows (mentions and their entities) of one article.
fn mentions_of(text: &str, published: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.txt");
    std::fs::write(&file, text).unwrap();
    ok(warta(dir.path())
        .args(["annotate", "--published", published])
        .arg(&file))
}

/// Events of one plain-text article (our own sentences) as `code source target date` rows.
fn events_of(text: &str, published: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.txt");
    std::fs::write(&file, text).unwrap();
    let rows = ok(warta(dir.path())
        .args(["annotate", "--events", "--published", published])
        .arg(&file));
    rows.lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            format!("{} {} {} {}", f[1], f[2], f[3], f[4])
        })
        .collect()
}

#[test]
fn clause_structure_rules_find_roles_and_dates() {
    let rows = events_of(
        "Hubungan Dua Negara Memanas\n\
         Pemerintah Malaysia, Sabtu (4/3), menyatakan Duta Besar Korea Utara sebagai persona non grata.\n\
         Pada hari yang sama, Pyongyang mengusir duta besar Malaysia yang sudah ditarik sejak bulan lalu.\n\
         Dalam percakapan telepon dengan Presiden Prancis Emmanuel Macron pada Kamis (9/3), Presiden Joko Widodo membahas krisis itu.\n\
         Langkah itu dikecam Beijing, Jumat (10/3).\n\
         Jepang mengecam serangan rudal yang diluncurkan Rusia ke Ukraina pada Jumat (10/3).\n\
         Turki mengakui pasukannya secara tidak sengaja menembak pesawat Suriah pada Jumat (10/3).\n\
         Korea Utara melarang warga Malaysia meninggalkan Pyongyang pada Jumat (10/3).\n",
        "2017-03-11",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // Commas around a time expression do not cut the subject off its verb.
    assert!(has("161 MYS PRK 2017-03-04"), "{rows:#?}");
    // "Pada hari yang sama" keeps the narrative's day over a month in a relative clause.
    assert!(has("161 PRK MYS 2017-03-04"), "{rows:#?}");
    // An opening "Dalam percakapan telepon dengan X, Y …": Y is the source.
    assert!(has("041 IDN FRA 2017-03-09"), "{rows:#?}");
    // A passive agent right after the verb, without "oleh".
    assert!(rows.iter().any(|r| r.starts_with("111 CHN")), "{rows:#?}");
    // A deed reacted to, with its own agent, is an event too.
    assert!(has("111 JPN RUS 2017-03-10"), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("19") && r.ends_with("RUS UKR 2017-03-10")),
        "{rows:#?}"
    );
    // "tidak sengaja" is not a negation.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("19") && r.contains("TUR SYR")),
        "{rows:#?}"
    );
    // "sepakat melakukan gencatan senjata": the agreed act, between the agreeing parties.
    let rows = [
        rows,
        events_of(
            "Damai di Kaukasus\n\
             Armenia dan Azerbaijan sepakat melakukan gencatan senjata dalam perundingan yang ditengahi Rusia, Senin (9/11).\n\
             Jepang mengklaim kapal Tiongkok memasuki perairannya, klaim yang dibantah Beijing.\n",
            "2020-11-10",
        ),
    ]
    .concat();
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("0871 ARM AZE 2020-11-09"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("019")), "{rows:#?}");
    // "yang ditengahi Rusia": a passive relative clause's agent acts on the sentence's subject.
    assert!(
        has("045 RUS ARM 2020-11-09") && has("045 RUS AZE 2020-11-09"),
        "{rows:#?}"
    );
    // "klaim yang dibantah Beijing": the agent denies the claimant's claim.
    assert!(has("016 CHN JPN"), "{rows:#?}");
    // "warga Malaysia": a state's citizens stand for it as a target.
    assert!(
        rows.iter().any(|r| r.contains("PRK MYS 2017-03-10")),
        "{rows:#?}"
    );
}

#[test]
fn headline_commas_announced_visits_titled_agents_and_day_steps() {
    let rows = events_of(
        "Vietnam Teken Pakta dengan Jepang, Tiongkok Kecewa\n\
         Presiden Vietnam dan Perdana Menteri Jepang menandatangani pakta maritim pada Senin (7/3). \
         Aturan itu berlaku pada 30 Maret.\n\
         Langkah itu dikecam Menteri Luar Negeri Tiongkok Wang Yi.\n\
         Sehari sebelumnya, Menteri Luar Negeri Vietnam bertemu dengan Menteri Luar Negeri Jepang.\n\
         Delegasi Amerika Serikat akan berkunjung ke Vietnam pekan depan.\n",
        "2022-03-08",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "…dengan Jepang, Tiongkok Kecewa": the comma ends the clause; China signs nothing.
    assert!(has("057 VNM JPN") || has("057 JPN VNM"), "{rows:#?}");
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("057") && r.contains("CHN")),
        "{rows:#?}"
    );
    // A passive agent after a title, without "oleh".
    assert!(rows.iter().any(|r| r.starts_with("111 CHN")), "{rows:#?}");
    // "Sehari sebelumnya": the day before the narrative's 7 March, which a future date
    // (30 March, the rule's start) did not replace.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("04") && r.ends_with("2022-03-06")),
        "{rows:#?}"
    );
    // "akan berkunjung": an announced visit is an intent to meet (036).
    assert!(has("036 USA VNM"), "{rows:#?}");
}

#[test]
fn anaphora_pronouns_asides_conditions_and_joint_acts() {
    let text = "Dua Tetangga Berselisih\n\
         Aljazair memutuskan hubungan diplomatik dengan Maroko pada Selasa (24/8). \
         Pemerintah Aljazair menuding Rabat mendukung kelompok separatis.\n\
         Kementerian Luar Negeri Maroko menyesalkan keputusan yang disebutnya \"tidak dapat dibenarkan\" itu dan menolak tuduhan Aljazair.\n\
         India mengklaim jetnya menembak jatuh pesawat Pakistan, klaim yang dibantah Islamabad.\n\
         Seoul memperingatkan akan merespons dengan tegas jika Pyongyang terus memprovokasi.\n\
         Presiden Venezuela Nicolas Maduro berpidato di Caracas. Ia menuduh Kolombia mendukung agresi.\n\
         Presiden Kolombia Ivan Duque, yang berada di Cucuta bersama tokoh oposisi, mengecam kekerasan aparat Venezuela.\n\
         Perdana Menteri Etiopia Abiy Ahmed dan Presiden Eritrea Isaias Afwerki menandatangani deklarasi damai.\n\
         Jepang dan Korea Selatan sepakat menghidupkan kembali kunjungan rutin.\n\
         China menghentikan dialog iklim dengan Amerika Serikat.\n\
         Menteri Infrastruktur Ukraina Oleksandr Kubrakov menandatangani naskah dengan Turki.\n";
    let rows = events_of(text, "2021-08-25");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // A capital after an event verb acts for its state ("menuding Rabat", "dibantah Islamabad").
    assert!(has("112 DZA MAR"), "{rows:#?}");
    assert!(has("016 PAK IND"), "{rows:#?}");
    // "keputusan … itu" names the earlier "memutuskan" event; the quoted "tidak" negates only
    // the quotation, not the coordinated "menolak" (rejecting an accusation: a denial).
    assert!(has("110 MAR DZA"), "{rows:#?}");
    assert!(has("016 MAR DZA"), "{rows:#?}");
    // A threat is aimed at the actor its "jika" clause names.
    assert!(has("130 KOR PRK"), "{rows:#?}");
    // "Ia" is the person the story was last about (an accusation of aggression: 1123).
    assert!(
        rows.iter()
            .any(|r| r.starts_with("112") && r.contains("VEN COL")),
        "{rows:#?}"
    );
    // A subject before a relative clause set off by commas.
    assert!(has("111 COL VEN"), "{rows:#?}");
    // Coordinated persons with their own titles sign together, once.
    assert_eq!(
        rows.iter()
            .filter(|r| r.starts_with("057 ETH ERI") || r.starts_with("057 ERI ETH"))
            .count(),
        1,
        "{rows:#?}"
    );
    // Agreeing to do something is intent to cooperate; halting talks reduces relations.
    assert!(has("030 JPN KOR"), "{rows:#?}");
    assert!(has("164 CHN USA"), "{rows:#?}");
    // The portfolio is part of the title: the minister signs for Ukraine.
    assert!(has("057 UKR TUR"), "{rows:#?}");
}

#[test]
fn names_inside_other_names_are_not_linked() {
    let rows = mentions_of(
        "Kunjungan ke Washington\n\
         Pemimpin Korea Utara Kim Jong Un hadir bersama adiknya, Kim Yo Jong.\n\
         Beijing menjatuhkan sanksi kepada Ketua Dewan Perwakilan Rakyat Amerika Serikat Nancy Pelosi.\n\
         Menteri Infrastruktur Ukraina Oleksandr Kubrakov tiba di Istanbul.\n",
        "2022-08-06",
    );
    let kim_links = rows.lines().filter(|l| l.contains("\tQ56226\t")).count();
    assert_eq!(kim_links, 1, "only the full 'Kim Jong Un' links:\n{rows}");
    // Indonesia's DPR (Q2670027) is not the US House.
    assert!(!rows.contains("Q2670027"), "{rows}");
    assert!(
        rows.lines()
            .any(|l| l.contains("Dewan Perwakilan Rakyat Amerika Serikat") && l.contains("\tUSA")),
        "{rows}"
    );
    assert!(!rows.contains("\tInfrastruktur\t"), "{rows}");
    assert!(
        rows.lines()
            .any(|l| l.contains("Oleksandr Kubrakov") && l.contains("\tUKR")),
        "{rows}"
    );
}

#[test]
fn acronyms_and_portfolios_name_the_right_entities() {
    let rows = mentions_of(
        "Sengketa di Laut\n\
         Angkatan Bersenjata Filipina (AFP) melaporkan insiden itu. AFP mengecam tindakan tersebut.\n\
         Menteri Perdagangan Simon Birmingham hadir di Canberra.\n",
        "2023-08-10",
    );
    let afp: Vec<&str> = rows.lines().filter(|l| l.contains("\tAFP\t")).collect();
    assert_eq!(afp.len(), 2, "{rows}");
    assert!(
        afp.iter().all(|l| l.contains("\tPHL")),
        "AFP is the Philippine military here, not the news agency:\n{rows}"
    );
    assert!(
        rows.lines()
            .any(|l| l.contains("\tSimon Birmingham\t") && l.contains("Person")),
        "the portfolio is not part of the name:\n{rows}"
    );
}

#[test]
fn headlines_answers_pairs_drills_and_acronyms() {
    let text = "Obama Umumkan Sanksi, Kanada Bekukan Kontak\n\
         Presiden Amerika Serikat Barack Obama mengumumkan sanksi baru terhadap Korea Utara pada Senin (4/1).\n\
         Kanada membekukan seluruh kontak militer dengan Korea Utara.\n\
         Kanada menuntut Korea Utara membebaskan dua warganya. Beberapa jam kemudian, Pyongyang menolak permintaan itu.\n\
         Presiden Indonesia Joko Widodo menerima kunjungan Perdana Menteri Malaysia Najib Razak di Bogor. Keduanya sepakat meningkatkan patroli bersama.\n\
         Di kawasan, Kementerian Luar Negeri Singapura menyatakan keprihatinan atas uji coba Korea Utara.\n\
         Jet-jet tempur Korea Selatan menggelar latihan pengeboman sebagai unjuk kekuatan terhadap Pyongyang.\n\
         Kementerian Perdagangan Tiongkok mengenakan bea tambahan atas jelai Australia.\n\
         Angkatan Laut Filipina (ANL) melaporkan kapal Tiongkok di Beting Ayungin. ANL mengecam tindakan kapal Tiongkok itu.\n";
    let rows = events_of(text, "2016-01-05");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The headline's "Obama" is the body's Barack Obama; its comma ends the sanction's targets.
    assert!(has("163 USA PRK"), "{rows:#?}");
    assert!(!has("163 USA CAN"), "{rows:#?}");
    assert!(has("160 CAN PRK"), "{rows:#?}");
    // A rejection with no object answers the demand made to the rejecter.
    assert!(has("120 PRK CAN"), "{rows:#?}");
    // "Keduanya" after a visit: host and visitor; agreeing to act is intent (030).
    assert!(has("030 IDN MYS") || has("030 MYS IDN"), "{rows:#?}");
    // The comma closing "Di kawasan," does not make the ministry a locative.
    assert!(has("111 SGP PRK"), "{rows:#?}");
    // Bombing rehearsed is force shown.
    assert!(has("150 KOR PRK"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("195")), "{rows:#?}");
    assert!(has("163 CHN AUS"), "{rows:#?}");
    // An acronym defined in parentheses names its organisation, not a news agency.
    assert!(has("111 PHL CHN"), "{rows:#?}");
}

#[test]
fn listed_agents_regions_and_clause_boundaries() {
    let text = "Peru Putus Hubungan dengan Bolivia Usai Polisi Serbu Kedutaan\n\
         Peru memutuskan hubungan diplomatik dengan Bolivia pada Jumat (5/4).\n\
         Langkah Bolivia itu dikecam oleh sejumlah negara Amerika Latin, antara lain Chili dan Kolombia.\n";
    let rows = events_of(text, "2024-04-07");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // Agents listed after "antara lain", past the comma that ends the "oleh" phrase.
    assert!(has("111 CHL BOL") && has("111 COL BOL"), "{rows:#?}");
    // "Amerika Latin" is a region, not the United States.
    assert!(!rows.iter().any(|r| r.contains("USA")), "{rows:#?}");
    // "Usai" starts a clause of its own: the headline's police raid is not Peru's.
    assert!(!has("190 PER"), "{rows:#?}");
}

#[test]
fn definite_nouns_own_states_in_cues_and_appeals_to_all() {
    let text = "Pakta Baru Dikecam\n\
         Pakta pertahanan yang diumumkan Presiden Amerika Serikat Joe Biden dan Perdana Menteri Australia Scott Morrison itu memicu reaksi. \
         Pakta itu juga dikecam Beijing pada Kamis (16/9).\n\
         Kementerian Luar Negeri RI menyatakan Indonesia \"sangat prihatin\" atas krisis di Myanmar dan mendesak semua pihak menahan diri.\n";
    let rows = events_of(text, "2021-09-18");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "Pakta itu" is the pact introduced before with the states that announced it.
    assert!(has("111 CHN USA") && has("111 CHN AUS"), "{rows:#?}");
    // The source's own state inside the cue is passed over for the crisis's state.
    assert!(has("111 IDN MMR"), "{rows:#?}");
    // An appeal to "semua pihak" is aimed at no state, not the coordinated verb's target.
    assert!(!rows.iter().any(|r| r.starts_with("02")), "{rows:#?}");
}

#[test]
fn appeals_to_a_pair_and_headline_capitals() {
    let text = "Beijing Tolak Putusan Arbitrase\n\
         Filipina dan Tiongkok bersengketa di Laut China Selatan. Menteri Luar Negeri Jepang Fumio Kishida \
         mengatakan Tokyo \"sangat berharap\" kedua pihak mematuhi putusan tersebut.\n";
    let names = mentions_of(text, "2016-07-13");
    // A headline's capital before a bare verb of the lexicon acts for its state.
    assert!(
        names
            .lines()
            .next()
            .is_some_and(|l| l.contains("\tBeijing\tState\t")),
        "{names}"
    );
    let rows = events_of(text, "2016-07-13");
    // "kedua pihak" right after an appeal is its addressee: both parties named before.
    assert!(
        rows.iter().any(|r| r.starts_with("020 JPN PHL"))
            && rows.iter().any(|r| r.starts_with("020 JPN CHN")),
        "{rows:#?}"
    );
}

#[test]
fn name_particles_and_relative_clause_subjects() {
    let text = "Saudi Menuntut Qatar\n\
         Menteri Luar Negeri Arab Saudi Adel al-Jubeir, yang tengah berkunjung ke Paris, menuntut Qatar menghentikan dukungannya.\n\
         Langkah itu dikecam Menteri Luar Negeri Turki Mevlut Cavusoglu, yang menuntut Arab Saudi mencabut blokade.\n";
    let rows = events_of(text, "2017-06-08");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "al-Jubeir" is part of the minister's name, so he is the subject before the aside.
    assert!(has("100 SAU QAT"), "{rows:#?}");
    // "…, yang menuntut": the relative clause's subject is the minister it hangs from.
    assert!(has("100 TUR SAU"), "{rows:#?}");
}

#[test]
fn refusals_to_recognise_dismissed_protests_and_non_cues() {
    let text = "RI Tak Akui Klaim Tiongkok\n\
         Kementerian Luar Negeri menyampaikan nota protes kepada Tiongkok pada Senin (30/12).\n\
         Sehari kemudian, juru bicara Kementerian Luar Negeri China Geng Shuang menepis protes Jakarta. \
         Ia menyatakan nelayan China beroperasi di perairan penangkapan ikan tradisional.\n\
         Menteri Luar Negeri Retno Marsudi menegaskan bahwa Indonesia \"tidak pernah akan mengakui\" klaim Tiongkok.\n\
         Kementerian Luar Negeri juga mendesak Tiongkok menjelaskan klaimnya.\n";
    let rows = events_of(text, "2020-01-02");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // Refusing to recognise a claim is rejecting it: the negation is the act.
    assert!(has("120 IDN CHN"), "{rows:#?}");
    // A dismissed protest is a rejection aimed at the protester; the spokesman of "Kementerian
    // Luar Negeri China" speaks for China.
    assert!(has("120 CHN IDN 2019-12-31"), "{rows:#?}");
    // "penangkapan ikan" is fishing, not an arrest.
    assert!(!rows.iter().any(|r| r.starts_with("173")), "{rows:#?}");
    // The bare "Kementerian Luar Negeri" stays the ministry it named first (Indonesia's).
    assert!(has("020 IDN CHN"), "{rows:#?}");
}

#[test]
fn meetings_named_after_an_anaphor_places_and_welcomes() {
    let text = "Dua Presiden Bertemu\n\
         Venezuela dan Guyana sepakat untuk tidak saling mengancam. Kesepakatan itu dicapai dalam pertemuan \
         Presiden Venezuela Nicolas Maduro dan Presiden Guyana Irfaan Ali di Argyle, Kamis (14/12). \
         Kedua negara juga sepakat membentuk komisi gabungan dan akan kembali bertemu di Brasil.\n\
         Amerika Serikat menggelar latihan penerbangan bersama militer Guyana pada 7 Desember.\n\
         Keputusan itu disambut baik oleh Presiden Finlandia Sauli Niinisto.\n";
    let rows = events_of(text, "2023-12-15");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "Kesepakatan itu" names the agreement told before; the meeting after it is its own event.
    assert!(has("040 VEN GUY") || has("040 GUY VEN"), "{rows:#?}");
    // "di Brasil" is where they will meet, not whom.
    assert!(!rows.iter().any(|r| r.contains("BRA")), "{rows:#?}");
    assert!(has("062 USA GUY"), "{rows:#?}");
    // "disambut baik oleh" is a welcome (051), not a host's reception (043).
    assert!(rows.iter().any(|r| r.starts_with("051 FIN")), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("043")), "{rows:#?}");
}

#[test]
fn a_retold_accusation_is_the_same_event() {
    let rows = events_of(
        "Qatar Membantah\n\
         Riyadh menuduh Doha mendukung kelompok teroris pada Senin (5/6). \
         Kementerian Luar Negeri Qatar menyebut tuduhan Riyadh \"tidak berdasar\". Iran mengecam langkah itu.\n",
        "2017-06-08",
    );
    // "tuduhan Riyadh" retells "Riyadh menuduh Doha": one 112 event, aimed at Qatar, not at the
    // latest other state named (Iran comes after it anyway).
    let accusations: Vec<&String> = rows.iter().filter(|r| r.starts_with("112")).collect();
    assert_eq!(accusations.len(), 1, "{rows:#?}");
    assert!(accusations[0].starts_with("112 SAU QAT"), "{rows:#?}");
}

#[test]
fn downgrades_withdrawals_and_bodies_referred_back() {
    let rows = events_of(
        "Pakistan Turunkan Hubungan dengan India\n\
         Pakistan menurunkan tingkat hubungan diplomatiknya dengan India pada Rabu (7/8). \
         Kementerian Luar Negeri India menyesalkan langkah itu. Dalam pernyataannya, kementerian itu mendesak \
         Islamabad meninjau ulang keputusannya. Teheran ikut mengecam langkah Islamabad.\n\
         Amerika Serikat menarik diri dari perjanjian nuklir dengan Iran. \
         Rusia menghentikan kunjungan bebas visa bagi warga Jepang.\n",
        "2019-08-08",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("161 PAK IND"), "{rows:#?}");
    // "kementerian itu" is the ministry named before, acting for India.
    assert!(has("020 IND PAK"), "{rows:#?}");
    // "ikut" between a capital and its verb does not hide the verb.
    assert!(has("111 IRN PAK"), "{rows:#?}");
    assert!(has("127 USA IRN"), "{rows:#?}");
    // Visa-free travel is no visit.
    assert!(!rows.iter().any(|r| r.starts_with("042")), "{rows:#?}");
}

#[test]
fn force_on_an_address_and_anaphoric_event_nouns() {
    let rows = events_of(
        "Serangan Rudal\n\
         Amerika Serikat menembakkan rudal jelajah ke Pangkalan Udara Shayrat di Provinsi Homs, Suriah, pada Jumat (7/4). \
         Serangan itu dikecam keras oleh Kremlin. Teheran ikut mengecam serangan tersebut.\n",
        "2017-04-08",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The state that closes the address, past its commas, is the target of the strike.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("19") && r.contains("USA SYR")),
        "{rows:#?}"
    );
    // "Serangan itu" / "serangan tersebut" name the strike: its source is condemned.
    assert!(has("111 RUS USA") && has("111 IRN USA"), "{rows:#?}");
}

#[test]
fn hosts_named_after_a_passive_verb() {
    let rows = events_of(
        "Kunjungan ke Manila\n\
         Menteri Pertahanan AS Lloyd Austin tiba di Manila pada Kamis (2/2). \
         Austin diterima Presiden Filipina Ferdinand Marcos Jr. di Istana Malacanang.\n",
        "2023-02-03",
    );
    // The host named right after "diterima" (a name ending in "Jr.") receives the visitor.
    assert!(
        rows.iter().any(|r| r.starts_with("043 PHL USA 2023-02-02")),
        "{rows:#?}"
    );
}

#[test]
fn the_lead_is_dated_by_the_anaphor_that_follows_it() {
    let rows = events_of(
        "Pakistan Turunkan Hubungan\n\
         Pakistan menurunkan tingkat hubungan diplomatiknya dengan India. \
         Keputusan itu diambil dalam rapat Komite Keamanan Nasional, Rabu (7/8).\n",
        "2019-08-08",
    );
    // The lead names no day; "Keputusan itu …, Rabu (7/8)" tells when it was taken.
    assert!(
        rows.iter().any(|r| r == "161 PAK IND 2019-08-07"),
        "{rows:#?}"
    );
}

#[test]
fn approving_an_act_is_doing_it() {
    let rows = events_of(
        "Kabinet Menyetujui\n\
         Kabinet Jepang menyetujui pencoretan Korea Selatan dari daftar putih pada Jumat (2/8). \
         Parlemen Turki menyetujui pengiriman pasukan ke Qatar.\n",
        "2019-08-03",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("163 JPN KOR 2019-08-02"), "{rows:#?}");
    assert!(has("062 TUR QAT"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("019")), "{rows:#?}");
}

#[test]
fn capitals_and_buildings_need_their_own_verb() {
    let rows = mentions_of(
        "Berita Olahraga\n\
         Kekalahan itu diterima Madrid di perempat final. \
         Suasana makin cair ketika staf Istana Negara ikut berjoget.\n",
        "2016-04-08",
    );
    // A cue that needs a person or state after it cannot make "Madrid" a government, and a
    // building past an adverb acts only with a verb of the event lexicon.
    assert!(!rows.contains("\tState\t"), "{rows}");
}

#[test]
fn readiness_and_commitments_are_intent() {
    let rows = events_of(
        "Bantuan untuk Pengungsi\n\
         Menurut Menteri Luar Negeri Retno Marsudi, Indonesia siap mengirim bantuan kemanusiaan ke Bangladesh. \
         Korea Utara berkomitmen untuk bekerja sama dengan Amerika Serikat.\n",
        "2017-09-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "siap mengirim bantuan": aid promised, not sent (033).
    assert!(has("033 IDN BGD"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("07")), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("03") && r.contains("PRK USA")),
        "{rows:#?}"
    );
}

#[test]
fn what_a_demand_asks_for_is_its_content() {
    let rows = events_of(
        "Tuntutan Washington\n\
         Presiden Amerika Serikat Joe Biden menuntut militer Myanmar melepaskan kekuasaan dan membebaskan para pemimpin sipil pada Rabu (10/2).\n",
        "2021-02-11",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("10") && r.contains("USA MMR")),
        "{rows:#?}"
    );
    // The release is what the demand asks of Myanmar, not an act of the United States.
    assert!(!rows.iter().any(|r| r.starts_with("08")), "{rows:#?}");
}

#[test]
fn a_bare_denial_answers_the_accuser_and_a_junta_stays_its_state() {
    let rows = events_of(
        "Junta Mali Menuding Aljazair\n\
         Junta Mali memanggil duta besar Aljazair di Bamako pada Senin (6/1). \
         Junta kemudian menuding Aljazair mendukung kelompok pemberontak di utara. \
         Aljazair membantah terlibat. \
         Kenya membantah pengiriman senjata tersebut. \
         Ghana membantah terlibat. Togo menuduh Ghana melindungi para pemberontak.\n",
        "2025-01-07",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "Junta" alone is the junta named before, so Mali accuses.
    assert!(has("112 MLI DZA"), "{rows:#?}");
    // The denial names nothing; it answers the state that turned on the denier.
    assert!(has("016 DZA MLI"), "{rows:#?}");
    // Denying a deed told before ("… tersebut") answers no one in particular.
    assert!(has("016 KEN -"), "{rows:#?}");
    // A charge told after the denial is what it answers.
    assert!(has("016 GHA TGO"), "{rows:#?}");
}

#[test]
fn judgement_words_are_disapproval_of_the_act_judged() {
    let rows = events_of(
        "Reaksi Keras\n\
         Kementerian Luar Negeri Mesir menyebut langkah Etiopia memalukan. \
         Perdana Menteri Selandia Baru menilai hukuman itu kejam. \
         Kementerian Luar Negeri Peru menyesalkan keputusan Chile yang disebutnya tidak dapat dibenarkan.\n",
        "2021-06-02",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The speaker judges the state whose act is named between the speech verb and the word.
    assert!(has("111 EGY ETH"), "{rows:#?}");
    assert!(!has("111 ETH"), "{rows:#?}");
    // Beside another trigger, the judgement is part of that event, not a second one.
    assert_eq!(
        rows.iter().filter(|r| r.contains("PER CHL")).count(),
        1,
        "{rows:#?}"
    );
}

#[test]
fn a_shared_surname_is_whoever_was_named_in_full_and_a_step_back_keeps_the_story_day() {
    let rows = events_of(
        "Pertemuan di Canberra\n\
         Presiden Chile Gabriel Boric bertemu Perdana Menteri Australia Anthony Albanese di Canberra, Kamis (6/7). \
         Boric tiba di ibu kota Australia itu sehari sebelumnya. \
         Dalam kesempatan itu, Albanese mendesak Chile membuka pasar bagi daging sapi Australia. \
         Sebelumnya Presiden Peru Dina Albanese sempat disebut dalam laporan lain.\n",
        "2023-07-07",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "Albanese" before a second Albanese is named in full is the first one.
    assert!(has("020 AUS CHL 2023-07-06"), "{rows:#?}");
}

#[test]
fn a_victims_protest_a_purpose_verb_and_a_recall_after_a_capital() {
    let rows = events_of(
        "Ketegangan di Perbatasan\n\
         Pesawat tanpa awak Eritrea menyerang pos militer Etiopia pada Senin (3/2). \
         Etiopia mengecam keras pelanggaran wilayah udaranya. \
         Sehari kemudian, Addis Ababa menarik pulang duta besarnya dari Asmara. \
         Menteri Luar Negeri Etiopia memanggil Duta Besar Eritrea untuk menyampaikan protes keras. \
         Delegasi Sudan akan berkunjung ke Asmara untuk menyampaikan kekhawatiran. \
         Kenya mengecam Etiopia setelah Somalia bergerak untuk meratifikasi pakta dengan Eritrea.\n",
        "2025-02-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // A condemnation naming no state answers the force used against the speaker's state.
    assert!(has("111 ETH ERI"), "{rows:#?}");
    // A capital acts with a cue of several words after it.
    assert!(has("161 ETH ERI 2025-02-04"), "{rows:#?}");
    // The purpose verb's subject is the summoner, not the ambassador summoned.
    assert!(has("114 ETH ERI"), "{rows:#?}");
    assert!(!has("114 ERI"), "{rows:#?}");
    // A purpose verb in a clause with a subject of its own is that subject's.
    assert!(!has("057 KEN"), "{rows:#?}");
    // The purpose of a visit only announced is not done either.
    assert!(
        !rows
            .iter()
            .any(|r| r.contains("SDN ERI") && r.starts_with("11")),
        "{rows:#?}"
    );
}

#[test]
fn lifting_tariffs_yields_and_a_deadline_is_no_date() {
    let rows = events_of(
        "Tarif Ditangguhkan\n\
         Amerika Serikat menangguhkan tarif impor atas produk Kanada pada Senin (3/2). \
         Kanada menolak tuntutan tersebut karena melanggar perjanjian yang berlaku hingga akhir tahun ini. \
         Jepang menolak tuduhan Korea Selatan.\n",
        "2025-02-04",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // Suspending tariffs eases sanctions; it does not reduce relations.
    assert!(has("085 USA CAN 2025-02-03"), "{rows:#?}");
    assert!(!has("160"), "{rows:#?}");
    // "hingga akhir tahun ini" is how long the treaty runs, not when Canada rejected.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("12") && r.ends_with("2025-02-03")),
        "{rows:#?}"
    );
    // Rejecting an accusation is denying it.
    assert!(has("016 JPN KOR"), "{rows:#?}");
}

#[test]
fn a_body_named_with_its_acronym_and_state_acts_for_that_state() {
    let rows = events_of(
        "Ketegangan di Laut Kuning\n\
         Kepala Staf Gabungan (JCS) Korea Selatan melaporkan tembakan artileri pada Jumat (5/1). \
         JCS kemudian mendesak Korea Utara menghentikan tindakan tersebut.\n",
        "2024-01-06",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("02") && r.contains("KOR PRK")),
        "{rows:#?}"
    );
}

#[test]
fn passive_agents_in_noun_phrases_and_the_act_a_reaction_names() {
    let rows = events_of(
        "Kapal Ditahan\n\
         Dua kapal nelayan Vietnam ditembaki dan disita oleh kapal penjaga pantai Malaysia pada Selasa (4/6). \
         Pada Rabu (5/6), Amerika Serikat mengecam penyitaan itu sebagai pelanggaran terhadap hak nelayan Vietnam.\n",
        "2024-06-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "oleh kapal penjaga pantai Malaysia": the state that closes the agent's noun phrase;
    // the first passive of the pair shares it.
    assert!(has("1711 MYS VNM"), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("19") && r.contains("MYS VNM")),
        "{rows:#?}"
    );
    // "penyitaan itu" is the seizure: the condemnation is aimed at its doer, not at the
    // state named later in the clause.
    assert!(has("111 USA MYS"), "{rows:#?}");
}

#[test]
fn conditional_plans_and_the_noun_that_dates_the_lead() {
    let rows = events_of(
        "Dua Negara Teken Kesepakatan\n\
         Bolivia dan Paraguay menandatangani kesepakatan perbatasan. \
         Penandatanganan dilakukan di Asuncion, Selasa (4/3). \
         Paraguay baru akan meratifikasi kesepakatan itu jika Bolivia menarik pasukannya.\n",
        "2025-03-05",
    );
    // "Penandatanganan …, Selasa (4/3)" retells the lead's signing and dates it.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("057") && r.ends_with("2025-03-04")),
        "{rows:#?}"
    );
    // A ratification announced on a condition is not done: one 057 (the signing) only.
    assert_eq!(
        rows.iter()
            .filter(|r| r.starts_with("05") || r.starts_with("03"))
            .count(),
        1,
        "{rows:#?}"
    );
}

#[test]
fn a_clause_of_what_came_days_before_takes_no_date_from_its_sentence() {
    let rows = events_of(
        "Latihan Militer\n\
         Rusia menggelar latihan militer di dekat perbatasan sejak Sabtu (8/4), beberapa hari setelah Ketua Parlemen Finlandia Matti Virtanen bertemu Presiden Estonia Alar Karis. \
         Virtanen bertemu Karis di Tallinn pada Rabu (5/4).\n",
        "2023-04-10",
    );
    // The meeting is dated by its own sentence, not by the exercise's Saturday.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("04") && r.contains("FIN EST 2023-04-05")),
        "{rows:#?}"
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.ends_with("2023-04-08") && r.starts_with("04")),
        "{rows:#?}"
    );
}

#[test]
fn a_list_after_a_preposition_ends_where_a_new_subject_takes_a_verb() {
    let rows = events_of(
        "Kuwait Putus Hubungan dengan Irak, Oman dan Yaman Menyusul\n\
         Menteri Luar Negeri Kuwait Ahmad al-Sabah mengecam Irak pada Senin (6/1). \
         Sabah juga menuduh Irak mendukung milisi.\n",
        "2025-01-07",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("161 KWT IRQ"), "{rows:#?}");
    // Oman and Yemen follow Kuwait; Kuwait breaks with none of them.
    assert!(!has("161 KWT OMN") && !has("161 KWT YEM"), "{rows:#?}");
    // "Sabah", the capitalised piece of "al-Sabah", is the minister named in full before.
    assert!(has("112 KWT IRQ"), "{rows:#?}");
}

#[test]
fn a_negated_state_before_dan_and_a_postponed_visit() {
    let rows = events_of(
        "Protes Keras\n\
         Pemerintah Jepang menyatakan sangat tidak puas dan melayangkan protes keras kepada Rusia pada Minggu (5/2). \
         Menteri Luar Negeri Jepang menunda kunjungannya ke Moskow. \
         Kunjungan itu sedianya menjadi lawatan pertama menteri Jepang ke Rusia.\n",
        "2023-02-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "tidak puas dan melayangkan protes": the negation is of the state, not of the protest.
    assert!(has("114 JPN RUS"), "{rows:#?}");
    // Postponing a visit to a capital reduces relations with its state.
    assert!(has("160 JPN RUS"), "{rows:#?}");
    // A visit that was only to have been is no visit.
    assert!(!has("042"), "{rows:#?}");
}

#[test]
fn refusals_threats_behind_demands_and_consequences() {
    let rows = events_of(
        "Kisruh Diplomatik\n\
         Kolombia menarik secara permanen duta besarnya dari Caracas pada Selasa (21/5), setelah Venezuela menolak meminta maaf. \
         Menteri Luar Negeri Kolombia Luis Murillo menuntut Venezuela meminta maaf. \
         Ia memperingatkan, bila permintaan itu diabaikan, Bogota akan mengambil semua langkah yang diperlukan. \
         Para analis menilai, jika ketegangan meningkat, maka perdagangan kedua negara bisa terancam.\n",
        "2024-05-22",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // Words between the verb and "duta besar" do not hide the recall.
    assert!(has("161 COL VEN 2024-05-21"), "{rows:#?}");
    // What a refusal refuses is not done.
    assert!(!has("055"), "{rows:#?}");
    // A threat naming no one backs the speaker's demand.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("13") && r.contains("COL VEN")),
        "{rows:#?}"
    );
    // The consequence of a condition is no threat by anyone.
    assert_eq!(
        rows.iter().filter(|r| r.starts_with("13")).count(),
        1,
        "{rows:#?}"
    );
}

#[test]
fn a_mediation_between_the_pair_and_a_call_between_titled_persons() {
    let rows = events_of(
        "Dua Negara Sepakat\n\
         Presiden Kenya William Ruto dan Presiden Tanzania Samia Suluhu Hassan bertemu di Arusha pada Senin (3/3). \
         Pertemuan yang ditengahi Presiden Afrika Selatan Cyril Ramaphosa itu berlangsung tertutup. \
         Mesir dan Sudan sepakat meredakan ketegangan. \
         Kesepakatan dicapai dalam pembicaraan telepon antara Menteri Luar Negeri Mesir Badr Abdelatty dan Menteri Luar Negeri Sudan Ali Youssef, Selasa (4/3).\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // A mediation naming no party is between the pair the story is about.
    assert!(has("045 ZAF KEN") && has("045 ZAF TZA"), "{rows:#?}");
    // "Kesepakatan dicapai …" retells the agreement, so the call it names is an event.
    assert!(has("041 EGY SDN 2025-03-04"), "{rows:#?}");
}

#[test]
fn a_clitic_object_is_the_person_of_the_story_and_a_required_act_is_not_done() {
    let rows = events_of(
        "Kunjungan Kenegaraan\n\
         Presiden Maladewa Mohamed Muizzu tiba di Beijing untuk kunjungan kenegaraan. \
         Presiden China Xi Jinping menyambutnya di Balai Agung Rakyat, Rabu (10/1). \
         Parlemen Maladewa harus meratifikasi perjanjian itu dengan China.\n",
        "2024-01-12",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "menyambutnya": Xi receives the visitor the story is about.
    assert!(has("043 CHN MDV 2024-01-10"), "{rows:#?}");
    // A ratification that must still happen has not happened.
    assert!(!has("057"), "{rows:#?}");
}

#[test]
fn the_first_dated_sentence_told_by_the_leads_state_dates_the_lead() {
    let rows = events_of(
        "Korea Sesalkan Keputusan\n\
         Pemerintah Korea Selatan menyatakan sangat menyesalkan keputusan Vietnam. \
         Juru bicara Kementerian Luar Negeri Korea Selatan, Rabu (30/9), mengatakan Seoul sulit memahami keputusan itu. \
         Sebelumnya, Thailand mengecam Kamboja.\n",
        "2015-10-01",
    );
    // The lead names no day; the next sentence, told by South Korea with its day, dates it.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("11") && r.contains("KOR VNM 2015-09-30")),
        "{rows:#?}"
    );
}

#[test]
fn a_deputy_minister_is_not_the_minister_and_spokespersons_get_their_state() {
    let rows = mentions_of(
        "Uji Jabatan\n\
         Wakil Menteri Luar Negeri Peru Ana Torres mengecam Chile. \
         Juru bicara kepresidenan Kolombia Luis Vargas membantah tuduhan itu.\n",
        "2024-05-22",
    );
    assert!(rows.contains("deputy_minister:PER"), "{rows}");
    assert!(!rows.contains("foreign_minister:PER"), "{rows}");
    assert!(rows.contains("spokesperson:COL"), "{rows}");
}

#[test]
fn an_official_without_a_state_serves_the_state_the_sentence_opens_with() {
    let rows = events_of(
        "Ketegangan Diplomatik\n\
         Norwegia kemudian menarik pasukannya, tetapi Menteri Luar Negeri Lars Holm menuding Mali mempermainkan sekutunya. \
         Kepulauan Marshall mengalihkan pengakuan diplomatiknya dari Taipei ke Beijing.\n",
        "2022-02-01",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // No other state between Norway and the minister: he is Norway's.
    assert!(has("112 NOR MLI"), "{rows:#?}");
    // Taipei, a territory's seat of government, stands for it after "dari".
    assert!(has("161 MHL TWN"), "{rows:#?}");
}

#[test]
fn an_official_after_two_states_keeps_no_state() {
    let rows = mentions_of(
        "Uji\nMali mengecam Prancis, dan Menteri Luar Negeri Anne Dupont menolak kritik itu.\n",
        "2022-02-01",
    );
    // Mali opens the sentence, but France stands between: the minister's state is open.
    assert!(rows.contains("foreign_minister:-"), "{rows}");
}

#[test]
fn cues_of_the_fifth_pass() {
    let rows = events_of(
        "Sanksi dan Bentrokan\n\
         Kanada menjatuhkan sanksi kepada Iran pada Senin (3/3). \
         Iran menampik tuduhan Kanada. \
         Pasukan Armenia terlibat baku tembak dengan pasukan Azerbaijan di perbatasan. \
         Serangan jantung menewaskan seorang pejabat Jepang.\n",
        "2025-03-04",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("163 CAN IRN"), "{rows:#?}");
    assert!(has("016 IRN CAN"), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("19") && r.contains("ARM AZE")),
        "{rows:#?}"
    );
    // A heart attack ("serangan jantung") is no attack.
    assert!(!rows.iter().any(|r| r.contains("JPN")), "{rows:#?}");
}

#[test]
fn a_hyphenated_given_name_keeps_the_surname() {
    let rows = mentions_of(
        "Uji\nMenteri Luar Negeri Belgia Marie-Claire Van Dam mengecam Rusia.\n",
        "2022-02-01",
    );
    assert!(rows.contains("\tMarie-Claire Van Dam\tPerson\t"), "{rows}");
}

#[test]
fn a_commitment_naming_no_one_is_made_to_the_counterpart() {
    let rows = events_of(
        "Pertemuan Puncak\n\
         Presiden Brasil bertemu Presiden Argentina di Brasilia pada Senin (3/3). \
         Argentina juga berjanji menurunkan tarif impor.\n",
        "2025-03-04",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("03") && r.contains("ARG BRA")),
        "{rows:#?}"
    );
}

#[test]
fn an_official_without_a_state_serves_the_state_of_the_story_around_him() {
    // The paragraph is about Norway; the minister the knowledge base does not know is its own.
    let rows = events_of(
        "Sengketa Perikanan\n\
         OSLO - Pemerintah Norwegia menolak kuota baru yang diumumkan Islandia pada Senin (3/3). \
         Oslo menyebut kuota itu tidak berdasar. \
         Menteri Luar Negeri Halvard Lindqvist mengecam Islandia dalam jumpa pers, Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r == "111 NOR ISL 2025-03-04"),
        "{rows:#?}"
    );
    // A state whose president the article already names has no second one.
    let rows = events_of(
        "Reaksi atas Denmark\n\
         Presiden Norwegia Erik Solbakken mengecam Denmark, Senin (3/3). \
         Pemerintah Islandia juga menyampaikan kecaman. \
         Presiden Karl Olafsson menuntut Denmark meminta maaf, Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r == "100 ISL DNK 2025-03-04"),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("100 NOR")), "{rows:#?}");
}

#[test]
fn a_state_named_twice_in_one_sentence_is_one_voice_for_an_official() {
    // Iceland is named twice in the sentence before (as accuser and as the sanctioning
    // state), Norway as the accused and then as the subject: counted once per sentence, no
    // state has a majority and the deputy minister acts for no one rather than for Iceland.
    let rows = events_of(
        "Tuduhan Kuota\n\
         Islandia menuduh Norwegia melanggar kuota demi menghindari sanksi Islandia terhadap Denmark. \
         Pemerintah Norwegia bereaksi keras atas tuduhan itu. \
         Pada Sabtu (8/3), Wakil Menteri Luar Negeri Halvard Lindqvist memanggil Duta Besar Denmark dan menuntut permintaan maaf.\n",
        "2025-03-10",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("112 ISL NOR")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("114 ISL")), "{rows:#?}");
}

#[test]
fn a_headline_names_a_person_the_lead_introduces_and_its_denial_is_the_bodys() {
    let text = "Halvard Lindqvist Bantah Terlibat Sabotase Kabel\n\
         OSLO - Perdana Menteri Norwegia Halvard Lindqvist pada Selasa (4/3) membantah tudingan Islandia bahwa negaranya berada di balik sabotase kabel bawah laut. \
         Islandia menuduh Norwegia mendalangi sabotase itu pada Senin (3/3).\n";
    // The full name, introduced with a title in the lead, names the same person in the
    // headline before it.
    let mentions = mentions_of(text, "2025-03-05");
    assert!(
        mentions.contains("\t0\t17\tHalvard Lindqvist\tPerson\thalvard-lindqvist\t"),
        "{mentions}"
    );
    // The headline's denial finds its target only once the article is read; it is then the
    // body's denial told again: one event with both triggers.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.txt");
    std::fs::write(&file, text).unwrap();
    let rows = ok(warta(dir.path())
        .args(["annotate", "--events", "--published", "2025-03-05"])
        .arg(&file));
    let denials: Vec<&str> = rows.lines().filter(|l| l.contains("\t016\t")).collect();
    assert_eq!(denials.len(), 1, "{rows}");
    assert!(
        denials[0].contains("\tNOR\tISL\t2025-03-04\t")
            && denials[0].contains("Bantah | membantah"),
        "{rows}"
    );
}

#[test]
fn a_sentence_that_only_steps_back_a_day_sets_the_scene_for_the_next() {
    let rows = events_of(
        "KTT Berakhir Tanpa Deklarasi\n\
         REYKJAVIK - Pertemuan puncak di Reykjavik berakhir Minggu (9/3) tanpa deklarasi bersama. \
         Suasana sudah memanas sehari sebelumnya. \
         Dalam pidatonya, Perdana Menteri Norwegia Halvard Lindqvist mengecam kebijakan perikanan Islandia. \
         Keesokan harinya, Norwegia dan Denmark berjanji membantu Islandia membangun pelabuhan.\n",
        "2025-03-10",
    );
    assert!(
        rows.iter().any(|r| r == "111 NOR ISL 2025-03-08"),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("03") && r.contains("DNK ISL 2025-03-09")),
        "{rows:#?}"
    );
}

#[test]
fn a_person_with_a_long_title_after_dan_is_coordinated() {
    // Seven title words, joined by "merangkap", between "dan" and the second signer's name.
    let rows = events_of(
        "Komunike Bersama\n\
         OSLO - Menteri Luar Negeri Norwegia Halvard Lindqvist dan Wakil Presiden merangkap Menteri Luar Negeri Islandia Anna Jonsdottir meneken komunike bersama di Oslo, Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r == "057 NOR ISL 2025-03-04"),
        "{rows:#?}"
    );
}

#[test]
fn a_day_and_month_shortly_after_publication_is_a_plan_of_this_year() {
    // "20 April" in an article of March is next month's plan, not last April; the
    // postponement itself is dated by the sentence that announces it.
    let rows = events_of(
        "Kunjungan Ditunda\n\
         OSLO - Perdana Menteri Norwegia Halvard Lindqvist menunda kunjungan kenegaraannya ke Islandia yang sedianya berlangsung pada 20 April. \
         Keputusan itu diumumkan kantor perdana menteri, Senin (10/3).\n",
        "2025-03-11",
    );
    assert!(
        rows.iter().any(|r| r == "160 NOR ISL 2025-03-10"),
        "{rows:#?}"
    );
}

#[test]
fn a_headline_surname_names_the_one_person_of_the_body_with_it() {
    let mentions = mentions_of(
        "Pulang dari Islandia, Lindqvist minta Denmark tarik kapal\n\
         OSLO - Norwegia meminta Denmark menarik kapal perangnya dari perairan sengketa. \
         Perdana Menteri Halvard Lindqvist menyampaikan permintaan itu seusai kunjungan ke Islandia, Senin (3/3).\n",
        "2025-03-04",
    );
    // The headline comes before the full name; only one person of the article has the part.
    assert!(
        mentions.contains("\t22\t31\tLindqvist\tPerson\thalvard-lindqvist\t"),
        "{mentions}"
    );
    // A headline's words do not give him a state: not the one he returned from.
    assert!(
        !mentions.contains("halvard-lindqvist\t-\tISL"),
        "{mentions}"
    );
}

#[test]
fn a_state_name_after_negara_negara_names_a_region_not_a_party() {
    // "negara-negara Amerika" are the states of the Americas, not the United States.
    let rows = events_of(
        "Pertemuan di Reykjavik\n\
         REYKJAVIK - Perdana Menteri Norwegia Halvard Lindqvist dan Presiden Chile Raul Vega menggelar pertemuan di sela KTT negara-negara Amerika di Reykjavik, Sabtu (8/3).\n",
        "2025-03-09",
    );
    assert_eq!(rows, vec!["040 NOR CHL 2025-03-08".to_owned()]);
}

#[test]
fn declaring_a_state_guilty_is_an_accusation() {
    let rows = events_of(
        "Tuduhan\n\
         Perdana Menteri Norwegia Halvard Lindqvist pada Rabu (5/3) menyatakan Islandia bersalah atas sabotase kabel.\n",
        "2025-03-06",
    );
    assert_eq!(rows, vec!["112 NOR ISL 2025-03-05".to_owned()]);
}

#[test]
fn what_a_letter_asks_is_asked_by_its_sender() {
    let rows = events_of(
        "Surat Balasan\n\
         Presiden Chile menjawab lewat surat yang meminta Peru membuka kembali perbatasan, Senin (3/3).\n",
        "2025-03-04",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("02") && r.contains("CHL PER")),
        "{rows:#?}"
    );
}

#[test]
fn a_negation_before_dan_stays_with_its_own_verb() {
    // A passive or stative verb negated before "dan" does not negate the active verb after it,
    let rows = events_of(
        "Sengketa Air\n\
         Menteri Luar Negeri Mesir mengatakan sengketa air itu belum terselesaikan dan meminta Etiopia menunda pengisian waduk, Senin (3/3).\n",
        "2025-03-04",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("02") && r.contains("EGY ETH")),
        "{rows:#?}"
    );
    // and a negated act beside a judgement word leaves the judgement standing.
    let rows = events_of(
        "Reaksi\n\
         Tokyo menyebut manuver kapal Norwegia itu provokatif dan tidak membantu meredakan ketegangan, Senin (3/3).\n",
        "2025-03-04",
    );
    assert!(
        rows.iter().any(|r| r == "111 JPN NOR 2025-03-03"),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("07")), "{rows:#?}");
}

#[test]
fn judgements_after_a_verb_of_opinion_have_a_speaker() {
    let rows = events_of(
        "Reaksi Dua Negara\n\
         Pemerintah Kanada menilai keputusan Chile sebagai langkah positif, Senin (3/3). \
         Kementerian Luar Negeri Swedia menganggap langkah Rusia tidak dapat diterima, Senin (3/3). \
         Norwegia menarik duta besarnya dari Islandia untuk berkonsultasi, Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r == "051 CAN CHL 2025-03-03"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r == "111 SWE RUS 2025-03-03"),
        "{rows:#?}"
    );
    // An envoy recalled for consultations consults no one.
    assert!(!rows.iter().any(|r| r.starts_with("040")), "{rows:#?}");
}

#[test]
fn a_judgement_before_its_speaker_and_a_temporary_halt() {
    // The speaker named after the quote judges the state named before the judgement.
    let rows = events_of(
        "Reaksi\n\
         Keputusan Norwegia itu keji, kata Presiden Islandia Karl Olafsson, Senin (3/3). \
         Denmark menghentikan sementara kerja sama militer dengan Swedia, Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r == "111 ISL NOR 2025-03-03"),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("111 NOR")), "{rows:#?}");
    // "sementara" right after a verb is "temporarily", not "while": the target stays.
    assert!(
        rows.iter().any(|r| r == "160 DNK SWE 2025-03-04"),
        "{rows:#?}"
    );
}

#[test]
fn an_official_after_a_preposition_is_not_the_subjects() {
    let rows = mentions_of(
        "Uji\nSerangan itu aksi pertama Norwegia terhadap pemerintahan Presiden Karl Olafsson.\n",
        "2022-02-01",
    );
    assert!(rows.contains("\tKarl Olafsson\tPerson\t"), "{rows}");
    assert!(!rows.contains("head_of_state:NOR"), "{rows}");
}

#[test]
fn a_clause_counted_in_days_from_the_sentences_day() {
    let rows = events_of(
        "Lawatan\n\
         Presiden Chile bertemu Presiden Peru di Lima pada Kamis (6/3), sehari setelah menemui Presiden Bolivia di La Paz. \
         Norwegia mengecam Islandia pada Senin (10/3), dua hari sebelum memanggil duta besar Islandia.\n",
        "2025-03-14",
    );
    assert!(
        rows.iter().any(|r| r == "040 CHL PER 2025-03-06"),
        "{rows:#?}"
    );
    // The verb opening the subordinate clause has the main clause's subject, and its day is
    // counted back from the sentence's.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("04") && r.ends_with("CHL BOL 2025-03-05")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r == "114 NOR ISL 2025-03-12"),
        "{rows:#?}"
    );
}

#[test]
fn a_passive_subordinate_clause_takes_the_main_subject_as_patient() {
    let rows = events_of(
        "Kunjungan\n\
         Presiden Chile Ana Rojas menyampaikan pesan itu saat diterima Presiden Peru Luis Vega di Istana, Senin (3/3).\n",
        "2025-03-07",
    );
    assert!(
        rows.iter().any(|r| r == "043 PER CHL 2025-03-03"),
        "{rows:#?}"
    );
}

#[test]
fn an_envoy_summoned_in_the_passive() {
    let rows = events_of(
        "Uji\n\
         Duta Besar Norwegia untuk Islandia dipanggil ke Kementerian Luar Negeri Islandia pada Senin (3/3).\n\
         Pada hari yang sama, Komisaris Tinggi Kanada juga dipanggil oleh Kementerian Luar Negeri India.\n",
        "2025-03-07",
    );
    // The body one is called to is the one calling.
    assert!(
        rows.iter().any(|r| r == "114 ISL NOR 2025-03-03"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r == "114 IND CAN 2025-03-03"),
        "{rows:#?}"
    );
}

#[test]
fn genocide_named_as_a_charge_is_no_mass_killing() {
    let rows = events_of(
        "Gugatan\n\
         Norwegia mengajukan gugatan genosida terhadap Islandia pada Senin (3/3). \
         Denmark menuduh Islandia melakukan genosida pada Selasa (4/3).\n",
        "2025-03-07",
    );
    assert!(!rows.iter().any(|r| r.starts_with("20")), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("112") && r.contains("DNK ISL")),
        "{rows:#?}"
    );
}

#[test]
fn a_headline_function_word_after_a_title_is_no_name() {
    // A development article whose headline runs "Dubes <state> Usai <clause>": every word is
    // capitalised, and none of the clause is the ambassador's name.
    let dir = tempfile::tempdir().unwrap();
    let article = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/devset6/peru-usir-dubes-meksiko-2022-12-22.json");
    let rows = ok(warta(dir.path()).args(["annotate"]).arg(&article));
    let persons: Vec<&str> = rows
        .lines()
        .filter(|l| l.split('\t').nth(4) == Some("Person"))
        .map(|l| l.split('\t').nth(3).unwrap_or(""))
        .collect();
    assert!(!persons.is_empty(), "{rows}");
    assert!(
        !persons.iter().any(|p| p.starts_with("Usai")),
        "{persons:?}"
    );
}

#[test]
fn a_capitalised_yang_in_running_text_is_a_surname() {
    // "Yang" is the relative pronoun in a headline's capitals, a surname after a title in
    // running text (a development article names a Chinese state councillor so).
    let dir = tempfile::tempdir().unwrap();
    let article = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/devset3/vietnam-tuntut-china-tarik-anjungan-minyak-2014-05-08.json");
    let rows = ok(warta(dir.path()).args(["annotate"]).arg(&article));
    assert!(
        rows.lines().any(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            f.get(3).is_some_and(|n| n.starts_with("Yang "))
                && f.get(4) == Some(&"Person")
                && f.get(7) == Some(&"CHN")
        }),
        "{rows}"
    );
}

#[test]
fn an_act_naming_no_counterpart_is_aimed_at_the_story_pair() {
    // The headline and the lead name one pair; a later act names only its doer.
    let rows = events_of(
        "Norwegia Tangguhkan Perjanjian Perikanan, Islandia Protes\n\
         OSLO - Hubungan Norwegia dan Islandia memburuk setelah sengketa kuota ikan makerel.\n\
         Pemerintah Norwegia pada Senin (3/3) menangguhkan perjanjian perikanan tahun 2010.\n",
        "2025-03-04",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("16") && r.ends_with("NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    // Three states named as often: no pair stands out, and the act keeps no target.
    let rows = events_of(
        "Norwegia, Islandia dan Finlandia Berselisih\n\
         OSLO - Norwegia, Islandia dan Finlandia berselisih soal kuota ikan makerel.\n\
         Pemerintah Norwegia pada Senin (3/3) menangguhkan perjanjian perikanan tahun 2010.\n",
        "2025-03-04",
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("16") && r.contains("NOR ISL")),
        "{rows:#?}"
    );
    // Another state named in the sentence, but not as the target: no guess.
    let rows = events_of(
        "Norwegia Tangguhkan Perjanjian Perikanan, Islandia Protes\n\
         OSLO - Hubungan Norwegia dan Islandia memburuk setelah sengketa kuota ikan makerel.\n\
         Norwegia pada Senin (3/3) menangkap dua nelayan, sehari setelah Swedia menutup pelabuhannya.\n",
        "2025-03-04",
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("17") && r.contains("NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn cities_clitics_and_asides_do_not_hide_a_government() {
    let rows = events_of(
        "Sengketa Perikanan Memanas\n\
         Norwegia memutuskan hubungan diplomatik dengan Brasilia pada Senin (3/3).\n\
         Oslo, katanya, telah menyampaikan protes keras kepada pemerintah Islandia pada Selasa (4/3).\n\
         Tel Aviv mengecam Norwegia pada Rabu (5/3).\n\
         Reykjavik menutup wilayah udaranya bagi pesawat Norwegia pada Kamis (6/3).\n\
         Perjanjian itu dibekukan sampai Islandia mencabut kuota pada Jumat (7/3), kata Menteri Luar Negeri Norwegia Karl Olafsson.\n",
        "2025-03-08",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // A capital spelled without diacritics, the partner of a relation: a government.
    assert!(
        rows.iter().any(|r| r.contains("NOR BRA 2025-03-03")),
        "{rows:#?}"
    );
    // A capital before an aside "katanya" and an adverb, then its verb.
    assert!(
        has("11") && rows.iter().any(|r| r.contains("NOR ISL 2025-03-04")),
        "{rows:#?}"
    );
    // A city the news uses for a government.
    assert!(has("111 ISR NOR 2025-03-05"), "{rows:#?}");
    // "wilayah udaranya" is "wilayah udara" with its possessive.
    assert!(has("191 ISL NOR 2025-03-06"), "{rows:#?}");
    // The state after "sampai" opens another clause: it is not the passive's agent.
    assert!(
        !rows.iter().any(|r| r.contains("ISL NOR 2025-03-07")),
        "{rows:#?}"
    );
}

#[test]
fn a_post_with_a_known_holder_leaves_the_other_state() {
    // Two states before him, but the knowledge base knows the US president of that day, and
    // it is not him: he is Colombia's.
    let rows = events_of(
        "Ketegangan Memuncak\n\
         Hubungan Amerika Serikat dan Kolombia memburuk setelah Presiden Luis Vega mengecam Washington soal deportasi pada Senin (3/3).\n",
        "2025-03-04",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("11") && r.ends_with("COL USA 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_condition_and_a_stranger_are_not_the_speaker_s_acts() {
    let rows = events_of(
        "Norwegia Tolak Damai\n\
         Menteri Luar Negeri Norwegia Karl Olafsson pada Senin (3/3) menyatakan Duta Besar Islandia sebagai persona non grata sampai ia meminta maaf.\n\
         Sejarah mencatat hal serupa ketika Napoleon menyerang Rusia, kata Olafsson pada Senin (3/3).\n",
        "2025-03-04",
    );
    // The measure is an event; the apology it waits for is not.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("16") && r.contains("NOR ISL")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("05")), "{rows:#?}");
    // A capitalised name warta does not know is the subject: the speaker did not attack.
    assert!(!rows.iter().any(|r| r.starts_with("19")), "{rows:#?}");
}

#[test]
fn documents_mediators_and_relations_keep_their_parties() {
    let rows = events_of(
        "Damai Perikanan\n\
         Norwegia dan Islandia sepakat mengakhiri sengketa kuota dalam perundingan yang ditengahi Presiden Finlandia Alexander Stubb, Senin (3/3).\n\
         Dalam Deklarasi Helsinki itu kedua negara berkomitmen membuka kembali pelabuhan bagi kapal masing-masing.\n\
         Deklarasi Helsinki dipuji Denmark pada Selasa (4/3).\n\
         Swedia juga sepakat memulihkan sepenuhnya hubungan diplomatik dengan Oslo pada Selasa (4/3).\n\
         Islandia menggugat Denmark ke Mahkamah Internasional pada Rabu (5/3).\n",
        "2025-03-06",
    );
    // A capital in a document's name is no actor, and the pair a mediation brought together
    // is "kedua negara", not the mediator and one party.
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("03") && (r.contains(" FIN ") || r.ends_with("FIN"))),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("03") && (r.contains("NOR ISL") || r.contains("ISL NOR"))),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.contains("DNK FIN")), "{rows:#?}");
    // A capital after "hubungan … dengan" is the other side of the relations.
    assert!(
        rows.iter().any(|r| r.contains("SWE NOR 2025-03-04")),
        "{rows:#?}"
    );
    // A suit against a state.
    assert!(
        rows.iter().any(|r| r.starts_with("115 ISL DNK 2025-03-05")),
        "{rows:#?}"
    );
}

#[test]
fn support_for_a_capital_comes_from_a_capital() {
    let rows = events_of(
        "Dukungan Mengalir\n\
         Dukungan bagi Oslo justru datang dari Reykjavik pada Senin (3/3).\n",
        "2025-03-04",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("05") && r.ends_with("ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_step_back_and_a_quoted_today_leave_the_story_s_day() {
    let rows = events_of(
        "Damai di Bergen\n\
         Norwegia dan Islandia menandatangani perjanjian perikanan di Bergen pada Selasa (4/3).\n\
         Sehari sebelumnya, Denmark mengumumkan akan membuka kembali perbatasan dengan Norwegia mulai Senin malam.\n\
         Islandia juga mengundang Norwegia ke Reykjavik.\n\
         \"Hari ini Islandia memuji Norwegia,\" ujar Menteri Luar Negeri Islandia Karl Olafsson.\n",
        "2025-03-06",
    );
    // The sentence after the step back is at the story's day again.
    assert!(
        rows.iter().any(|r| r.starts_with("036 ISL NOR 2025-03-04")),
        "{rows:#?}"
    );
    // "Hari ini" in a quotation is the day of the story, not of publication.
    assert!(
        rows.iter().any(|r| r.starts_with("051 ISL NOR 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn agreeing_to_restore_relations_is_intent() {
    let rows = events_of(
        "Babak Baru\n\
         Norwegia dan Islandia sepakat memulihkan hubungan diplomatik pada Senin (3/3).\n\
         Norwegia dan Islandia juga sepakat melakukan gencatan senjata di perairan sengketa pada Senin (3/3).\n",
        "2025-03-04",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("030") && r.contains("NOR ISL")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("054")), "{rows:#?}");
    // A ceasefire agreed is the ceasefire itself.
    assert!(
        rows.iter()
            .any(|r| r.starts_with("0871") && r.contains("NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn a_summons_to_ask_for_an_explanation_is_one_act() {
    let rows = events_of(
        "Kemlu Panggil Dubes\n\
         Menteri Luar Negeri Islandia memanggil Duta Besar Norwegia pada Senin (3/3) untuk meminta penjelasan atas penangkapan nelayan.\n",
        "2025-03-04",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("114 ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("02")), "{rows:#?}");
}

#[test]
fn a_manner_adverb_inside_a_cue_keeps_it() {
    let rows = events_of(
        "Kunjungan Kenegaraan\n\
         Presiden Islandia Karl Olafsson menyambut langsung Raja Norwegia Harald di Reykjavik pada Senin (3/3).\n",
        "2025-03-04",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("043 ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_meeting_during_a_visit_is_the_visit() {
    let rows = events_of(
        "Presiden Norwegia ke Islandia\n\
         Presiden Norwegia Luis Vega melakukan kunjungan kenegaraan ke Islandia pada Senin (3/3).\n\
         Dalam pertemuan dengan Presiden Islandia Karl Olafsson di Reykjavik pada hari yang sama, kedua pemimpin membahas perikanan.\n\
         Vega juga bertemu Perdana Menteri Swedia Ana Rojas pada Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("040 NOR ISL") || r.starts_with("040 ISL NOR")),
        "{rows:#?}"
    );
    // A meeting with someone else, or on another day, is its own event.
    assert!(
        rows.iter().any(|r| r.starts_with("040 NOR SWE 2025-03-04")),
        "{rows:#?}"
    );
    // A meeting of the visit's pair told with no day of its own is the visit's.
    let rows = events_of(
        "Presiden Norwegia ke Islandia\n\
         Presiden Norwegia Luis Vega tiba di Reykjavik untuk kunjungan kenegaraan ke Islandia pada Senin (3/3).\n\
         Ia disambut Presiden Islandia Karl Olafsson.\n\
         Kedua pemimpin lalu makan siang dengan sepeda sebelum menggelar pertemuan bilateral.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("040")), "{rows:#?}");
}

#[test]
fn sixth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout6", 19, 0.85, 0.55, 0.7);
}

#[test]
fn recognising_a_state_is_diplomatic_recognition() {
    let rows = events_of(
        "Islandia Akui Norwegia\n\
         Pemerintah Islandia mengakui Norwegia sebagai negara merdeka pada Senin (3/3).\n\
         Presiden Islandia Karl Olafsson mengakui kesalahan pemerintahnya pada Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("054 ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("015 ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
    // Any other object leaves "mengakui" an acknowledgement.
    assert!(
        rows.iter().any(|r| r.starts_with("015 ISL NOR 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn a_reaction_received_comes_from_the_actor_after_dari() {
    let rows = events_of(
        "Peta Baru Norwegia Tuai Protes dari Islandia\n\
         Peta baru Norwegia menuai kecaman dari Islandia pada Senin (3/3).\n\
         Presiden Islandia Karl Olafsson sempat menuai kritik di dalam negeri pada Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("114 ISL NOR")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.contains("NOR ISL")), "{rows:#?}");
    // Criticism received at home names no one abroad.
    assert!(
        !rows.iter().any(|r| r.starts_with("111 ISL NOR 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn the_owner_of_a_nominal_cue_is_not_its_target() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega tiba di Reykjavik pada Senin (3/3).\n\
         Presiden Islandia Karl Olafsson menyampaikan keprihatinan Islandia kepada Vega pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn an_announced_act_without_a_cue_is_intent() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia menyatakan akan mengembalikan enam artefak kepada Islandia pada Senin (3/3).\n\
         Pengamat menilai harga ikan akan melonjak jika Swedia menutup pelabuhannya.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("030 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    // A prediction inside a condition is nobody's intent.
    assert!(!rows.iter().any(|r| r.contains("SWE")), "{rows:#?}");
    // Readiness announces an act as much as "akan" does.
    let rows = events_of(
        "Kabar Diplomasi\n\
         Swedia siap meminjamkan dua kapal nelayan kepada Islandia pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("030 SWE ISL 2025-03-03")),
        "{rows:#?}"
    );
    // A seat of government that is not the capital stands for its state too.
    let rows = events_of(
        "Kabar Diplomasi\n\
         Den Haag menyatakan akan mengembalikan enam artefak kepada Islandia pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("030 NLD ISL 2025-03-03")),
        "{rows:#?}"
    );
    let rows = events_of(
        "Kabar Diplomasi\n\
         La Paz menuding Spanyol mempersulit penerbangan presiden pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("112 BOL ESP 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_denial_no_charge_accounts_for_answers_the_story_pair() {
    let rows = events_of(
        "Norwegia Kenakan Tarif atas Ikan Islandia\n\
         Pemerintah Norwegia mengenakan tarif atas ikan dari Islandia pada Senin (3/3).\n\
         Islandia mengecam langkah itu pada Selasa (4/3).\n\
         Oslo membantah bahwa langkah tersebut bermotif politik.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("016 NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn an_act_ruled_out_after_it_is_no_event() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega menegaskan bahwa memutus hubungan dengan Islandia tidak mungkin dilakukan pada Senin (3/3).\n\
         Kunjungan Vega ke Swedia kini dinilai tak lagi mungkin terwujud.\n\
         Perundingan dengan Denmark dianggap mustahil.\n",
        "2025-03-05",
    );
    assert!(!rows.iter().any(|r| r.starts_with("16")), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("04")), "{rows:#?}");
}

#[test]
fn the_purpose_of_a_planned_trip_is_planned_too() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Dari Oslo, Presiden Norwegia Luis Vega dijadwalkan bertolak ke Reykjavik untuk bertemu Presiden Islandia Karl Olafsson.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("036 NOR ISL")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("040")), "{rows:#?}");
}

#[test]
fn an_object_pointing_back_to_an_event_is_that_event() {
    let rows = events_of(
        "Norwegia Luncurkan Rudal\n\
         Norwegia meluncurkan rudal balistik ke arah laut pada Senin (3/3).\n\
         Presiden Islandia Karl Olafsson mengecam peluncuran itu dan menyebutnya berbahaya bagi warga Swedia.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 ISL NOR")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("111 ISL SWE")),
        "{rows:#?}"
    );
}

#[test]
fn a_territory_that_does_not_govern_itself_is_no_party() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega berkunjung ke Greenland pada Senin (3/3).\n\
         Pada hari yang sama, China mengecam kunjungan Presiden Taiwan ke Norwegia.\n",
        "2025-03-05",
    );
    assert!(!rows.iter().any(|r| r.contains("GRL")), "{rows:#?}");
    // Taiwan conducts its own foreign relations: it is a party.
    assert!(rows.iter().any(|r| r.contains("TWN")), "{rows:#?}");
}

#[test]
fn a_pronoun_after_an_unknown_subject_is_not_an_earlier_person() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Islandia Karl Olafsson mengecam Norwegia pada Senin (3/3).\n\
         Pada hari yang sama, juru bicaranya Erik Dahl menuduh Norwegia melanggar perjanjian.\n\
         Ia juga mendesak Oslo segera meminta maaf.\n",
        "2025-03-05",
    );
    // "Ia" is Erik Dahl, whom warta does not know: no demand is read, least of all Olafsson's.
    assert!(!rows.iter().any(|r| r.starts_with("020")), "{rows:#?}");
}

#[test]
fn ninth_dev_set_scores_are_printed() {
    assert_floors("tests/devset9", 20, 0.85, 0.45, 0.6);
}

#[test]
fn eighth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout8", 20, 0.85, 0.55, 0.7);
}

#[test]
fn ninth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout9", 20, 0.85, 0.45, 0.75);
}

#[test]
fn tenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset10", 20, 0.85, 0.5, 0.75);
}

#[test]
fn eleventh_dev_set_scores_are_printed() {
    assert_floors("tests/devset11", 20, 0.85, 0.55, 0.7);
}

#[test]
fn twelfth_dev_set_scores_are_printed() {
    assert_floors("tests/devset12", 20, 0.85, 0.45, 0.65);
}

#[test]
fn tenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout10", 20, 0.85, 0.5, 0.7);
}

#[test]
fn thirteenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset13", 10, 0.8, 0.5, 0.75);
}

#[test]
fn eleventh_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout11", 10, 0.8, 0.5, 0.8);
}

#[test]
fn fourteenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset14", 10, 0.85, 0.5, 0.8);
}

#[test]
fn twelfth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout12", 10, 0.9, 0.5, 0.85);
}

#[test]
fn fifteenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset15", 10, 0.8, 0.55, 0.75);
}

#[test]
fn thirteenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout13", 10, 0.85, 0.65, 0.75);
}

#[test]
fn sixteenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset16", 10, 0.85, 0.6, 0.6);
}

#[test]
fn fourteenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout14", 10, 0.9, 0.6, 0.75);
}

#[test]
fn seventeenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset17", 10, 0.85, 0.45, 0.65);
}

#[test]
fn fifteenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout15", 10, 0.85, 0.5, 0.85);
}

#[test]
fn eighteenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset18", 10, 0.9, 0.5, 0.9);
}

#[test]
fn sixteenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout16", 9, 0.85, 0.6, 0.8);
}

#[test]
fn seventeenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout17", 10, 0.85, 0.6, 0.75);
}

#[test]
fn eighteenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout18", 10, 0.85, 0.65, 0.85);
}

#[test]
fn nineteenth_dev_set_scores_are_printed() {
    assert_floors("tests/devset19", 10, 0.9, 0.6, 0.8);
}

#[test]
fn nineteenth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout19", 10, 0.9, 0.5, 0.65);
}

#[test]
fn twentieth_dev_set_scores_are_printed() {
    assert_floors("tests/devset20", 10, 0.85, 0.5, 0.75);
}

#[test]
fn twenty_first_dev_set_scores_are_printed() {
    assert_floors("tests/devset21", 10, 0.9, 0.6, 0.8);
}

#[test]
fn twenty_second_dev_set_scores_are_printed() {
    assert_floors("tests/devset22", 10, 0.85, 0.55, 0.9);
}

#[test]
fn twentieth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout20", 10, 0.85, 0.65, 0.7);
}

#[test]
fn twenty_first_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout21", 10, 0.9, 0.55, 0.75);
}

#[test]
fn twenty_second_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout22", 10, 0.95, 0.65, 0.8);
}

#[test]
fn twenty_third_dev_set_scores_are_printed() {
    assert_floors("tests/devset23", 10, 0.85, 0.42, 0.9);
}

#[test]
fn twenty_third_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout23", 10, 0.85, 0.6, 0.8);
}

#[test]
fn twenty_fourth_dev_set_scores_are_printed() {
    assert_floors("tests/devset24", 10, 0.85, 0.58, 0.8);
}

#[test]
fn twenty_fourth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout24", 10, 0.9, 0.57, 0.65);
}

#[test]
fn twenty_fifth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout25", 10, 0.9, 0.52, 0.65);
}

#[test]
fn twenty_sixth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout26", 10, 0.9, 0.6, 0.9);
}

#[test]
fn twenty_seventh_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout27", 10, 0.9, 0.57, 0.75);
}

#[test]
fn twenty_fifth_dev_set_scores_are_printed() {
    assert_floors("tests/devset25", 10, 0.9, 0.57, 0.85);
}

#[test]
fn twenty_eighth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout28", 10, 0.9, 0.68, 0.82);
}

#[test]
fn twenty_sixth_dev_set_scores_are_printed() {
    assert_floors("tests/devset26", 10, 0.88, 0.5, 0.85);
}

#[test]
fn twenty_ninth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout29", 10, 0.86, 0.52, 0.6);
}

#[test]
fn twenty_seventh_dev_set_scores_are_printed() {
    assert_floors("tests/devset27", 10, 0.86, 0.5, 0.85);
}

#[test]
fn thirtieth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout30", 10, 0.9, 0.52, 0.75);
}

#[test]
fn twenty_eighth_dev_set_scores_are_printed() {
    assert_floors("tests/devset28", 10, 0.9, 0.7, 0.9);
}

#[test]
fn twenty_ninth_dev_set_scores_are_printed() {
    assert_floors("tests/devset29", 10, 0.85, 0.47, 0.85);
}

#[test]
fn thirty_first_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout31", 10, 0.92, 0.58, 0.85);
}

#[test]
fn thirty_second_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout32", 10, 0.9, 0.53, 0.8);
}

#[test]
fn thirtieth_dev_set_scores_are_printed() {
    assert_floors("tests/devset30", 10, 0.85, 0.5, 0.8);
}

#[test]
fn thirty_third_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout33", 10, 0.9, 0.5, 0.9);
}

#[test]
fn thirty_fourth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout34", 10, 0.92, 0.62, 0.72);
}

#[test]
fn thirty_fifth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout35", 10, 0.92, 0.59, 0.7);
}

#[test]
fn thirty_sixth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout36", 10, 0.9, 0.4, 0.33);
}

#[test]
fn thirty_first_dev_set_scores_are_printed() {
    assert_floors("tests/devset31", 10, 0.88, 0.44, 0.9);
}

#[test]
fn thirty_second_dev_set_scores_are_printed() {
    assert_floors("tests/devset32", 10, 0.92, 0.46, 0.85);
}

#[test]
fn thirty_third_dev_set_scores_are_printed() {
    assert_floors("tests/devset33", 10, 0.88, 0.46, 0.85);
}

#[test]
fn thirty_fourth_dev_set_scores_are_printed() {
    assert_floors("tests/devset34", 10, 0.95, 0.6, 0.85);
}

#[test]
fn thirty_fifth_dev_set_scores_are_printed() {
    assert_floors("tests/devset35", 10, 0.9, 0.48, 0.85);
}

#[test]
fn thirty_sixth_dev_set_scores_are_printed() {
    assert_floors("tests/devset36", 10, 0.9, 0.7, 0.75);
}

#[test]
fn thirty_seventh_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout37", 10, 0.85, 0.63, 0.85);
}

#[test]
fn thirty_eighth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout38", 10, 0.9, 0.55, 0.85);
}

#[test]
fn thirty_ninth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout39", 10, 0.92, 0.5, 0.85);
}

#[test]
fn fortieth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout40", 10, 0.9, 0.6, 0.8);
}

#[test]
fn forty_first_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout41", 10, 0.9, 0.47, 0.75);
}

#[test]
fn forty_second_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout42", 10, 0.95, 0.65, 0.9);
}

#[test]
fn forty_third_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout43", 10, 0.93, 0.7, 0.75);
}

#[test]
fn forty_fourth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout44", 10, 0.93, 0.69, 0.7);
}

#[test]
fn thirty_seventh_dev_set_scores_are_printed() {
    assert_floors("tests/devset37", 10, 0.9, 0.63, 0.6);
}

#[test]
fn thirty_eighth_dev_set_scores_are_printed() {
    assert_floors("tests/devset38", 10, 0.92, 0.66, 0.65);
}

#[test]
fn thirty_ninth_dev_set_scores_are_printed() {
    assert_floors("tests/devset39", 10, 0.9, 0.55, 0.85);
}

#[test]
fn fortieth_dev_set_scores_are_printed() {
    assert_floors("tests/devset40", 10, 0.92, 0.7, 0.65);
}

#[test]
fn forty_first_dev_set_scores_are_printed() {
    assert_floors("tests/devset41", 10, 0.8, 0.54, 0.9);
}

#[test]
fn forty_second_dev_set_scores_are_printed() {
    assert_floors("tests/devset42", 10, 0.92, 0.65, 0.8);
}

#[test]
fn forty_third_dev_set_scores_are_printed() {
    assert_floors("tests/devset43", 10, 0.92, 0.57, 0.9);
}

#[test]
fn forty_fourth_dev_set_scores_are_printed() {
    assert_floors("tests/devset44", 10, 0.95, 0.6, 0.7);
}

#[test]
fn forty_fifth_dev_set_scores_are_printed() {
    assert_floors("tests/devset45", 10, 0.92, 0.48, 0.2);
}

#[test]
fn forty_sixth_dev_set_scores_are_printed() {
    assert_floors("tests/devset46", 10, 0.9, 0.7, 0.8);
}

#[test]
fn forty_seventh_dev_set_scores_are_printed() {
    assert_floors("tests/devset47", 10, 0.82, 0.65, 0.65);
}

#[test]
fn forty_eighth_dev_set_scores_are_printed() {
    assert_floors("tests/devset48", 10, 0.9, 0.64, 0.88);
}

#[test]
fn forty_ninth_dev_set_scores_are_printed() {
    assert_floors("tests/devset49", 10, 0.88, 0.68, 0.95);
}

#[test]
fn forty_fifth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout45", 10, 0.9, 0.45, 0.9);
}

#[test]
fn forty_sixth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout46", 10, 0.88, 0.47, 0.85);
}

#[test]
fn forty_seventh_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout47", 10, 0.86, 0.53, 0.75);
}

#[test]
fn forty_eighth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout48", 10, 0.9, 0.6, 0.65);
}

#[test]
fn forty_ninth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout49", 10, 0.9, 0.38, 0.6);
}

#[test]
fn fiftieth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout50", 10, 0.92, 0.52, 0.85);
}

#[test]
fn fifty_first_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout51", 10, 0.92, 0.5, 0.75);
}

#[test]
fn fifty_second_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout52", 10, 0.88, 0.46, 0.6);
}

#[test]
fn fifty_third_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout53", 10, 0.85, 0.5, 0.65);
}

#[test]
fn fifty_fourth_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout54", 10, 0.9, 0.65, 0.7);
}

#[test]
fn an_official_arriving_in_a_foreign_capital_visits_it_but_arriving_aid_does_not() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri Luar Negeri Norwegia Luis Vega tiba di Reykjavik, Selasa (4/3), dan diterima Presiden Islandia Karl Olafsson.\n\
         Sehari kemudian, bantuan kemanusiaan dari Swedia tiba di Reykjavik.\n\
         Presiden Finlandia Aino Laine singgah di Kopenhagen pada Rabu (5/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.contains(&"042 NOR ISL 2025-03-04".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.contains(&"042 FIN DNK 2025-03-05".to_owned()),
        "{rows:#?}"
    );
    // The aid is aid, not a Swedish visit.
    assert!(!rows.iter().any(|r| r.starts_with("042 SWE")), "{rows:#?}");
}

#[test]
fn a_visit_told_as_the_purpose_of_an_arrival_goes_where_the_visitor_arrived() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega tiba di ibu kota Islandia pada Senin (3/3) untuk kunjungan kenegaraan selama tiga hari.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn talks_on_the_days_after_a_visitor_arrived_are_the_visit() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega tiba di Reykjavik pada Senin (3/3) untuk kunjungan kenegaraan.\n\
         Ia mengadakan pertemuan dengan Presiden Islandia Karl Olafsson pada Selasa (4/3).\n\
         Pada Senin (10/3), Olafsson kembali bertemu Vega di Oslo.\n",
        "2025-03-12",
    );
    // The talks of the second day fold into the visit; a meeting a week later is its own.
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("040 NOR ISL 2025-03-04")),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("040") && r.ends_with("2025-03-10")),
        "{rows:#?}"
    );
}

#[test]
fn a_promise_not_to_leave_an_act_unanswered_is_a_threat_at_the_reproached() {
    let rows = events_of(
        "Kabar Pertahanan\n\
         Kementerian Pertahanan Norwegia mengecam serangan Islandia itu dan menegaskan tidak akan membiarkannya tanpa balasan.\n",
        "2025-03-12",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("138 NOR ISL")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn an_envoy_named_with_the_state_of_the_post_acts_for_the_sending_state() {
    let text = "Kabar Diplomasi\n\
         Utusan Khusus Norwegia untuk Islandia Erik Dahl tiba di Reykjavik pada Senin (3/3).\n\
         Pada hari yang sama, Dahl mengecam Islandia atas penangkapan nelayan Norwegia.\n";
    let mentions = mentions_of(text, "2025-03-05");
    assert!(
        mentions
            .lines()
            .any(|l| l.contains("\tErik Dahl\tPerson\t") && l.contains("envoy:NOR")),
        "{mentions}"
    );
    let rows = events_of(text, "2025-03-05");
    assert!(
        rows.iter().any(|r| r.starts_with("111 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn visits_told_as_arrivals_or_with_bertandang_are_visits() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri Luar Negeri Norwegia Per Hansen bertandang ke Reykjavik pada Senin (3/3).\n\
         Kedatangan Presiden Islandia Karl Olafsson ke Oslo pada Jumat (7/3) disambut hangat.\n",
        "2025-03-08",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 ISL NOR 2025-03-07")),
        "{rows:#?}"
    );
}

#[test]
fn recognising_a_region_warta_does_not_know_is_aimed_at_no_state() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Sejak invasi Norwegia ke Islandia, ribuan warga mengungsi.\n\
         Usai perang itu, Oslo mengakui kemerdekaan Nordland Utara dan Vestfold Selatan, dua wilayah yang oleh Reykjavik dianggap bagian dari Islandia.\n",
        "2025-03-08",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("190 NOR ISL")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("054")), "{rows:#?}");
}

#[test]
fn a_reaction_to_an_agreement_named_by_a_demonstrative_is_aimed_at_its_parties() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia dan Islandia menandatangani perjanjian perdamaian di Jenewa pada Senin (3/3).\n\
         Washington menyambut baik perjanjian tersebut.\n\
         Rusia mengecam kesepakatan itu.\n",
        "2025-03-08",
    );
    for row in ["051 USA NOR", "051 USA ISL", "111 RUS NOR", "111 RUS ISL"] {
        assert!(rows.iter().any(|r| r.starts_with(row)), "{row}: {rows:#?}");
    }
    // Not the state that welcomed it, the latest actor before the condemnation.
    assert!(
        !rows.iter().any(|r| r.starts_with("111 RUS USA")),
        "{rows:#?}"
    );
}

#[test]
fn a_visitor_received_by_a_host_after_oleh_is_hosted() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega tiba di Reykjavik pada Senin (3/3).\n\
         Di istana, ia diterima langsung oleh Presiden Islandia Karl Olafsson.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("043 ISL NOR 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn seventh_held_out_set_scores_are_printed() {
    assert_floors("tests/heldout7", 19, 0.85, 0.55, 0.65);
}

#[test]
fn a_known_given_name_followed_by_another_surname_is_someone_else() {
    // "Najib" is a knowledge-base alias; "Olafsson" is none of that person's names.
    let rows = mentions_of(
        "Uji\nPerdana Menteri Najib Olafsson menyatakan penyesalan atas keputusan itu.\n",
        "2021-10-31",
    );
    assert!(rows.contains("\tNajib Olafsson\tPerson\t"), "{rows}");
    assert!(!rows.contains("Q57675"), "{rows}");
}

#[test]
fn recalling_diplomats_with_words_between_is_reduced_relations() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia menarik seluruh diplomatnya dari Islandia pada Senin (3/3).\n\
         Swedia memanggil pulang untuk sementara duta besarnya di Reykjavik pada Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("161 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("161 SWE ISL 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn aid_naming_no_recipient_goes_where_the_latest_aid_went() {
    let rows = events_of(
        "Bantuan Gempa Mengalir ke Islandia\n\
         Norwegia mengirim bantuan kemanusiaan ke Islandia pada Senin (3/3).\n\
         Swedia menerbangkan lebih dari 100 personel penyelamat pada hari yang sama.\n\
         Denmark menjanjikan bantuan senilai 2 juta dolar AS.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("073 SWE ISL")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("033 DNK ISL")),
        "{rows:#?}"
    );
    // "dolar AS" is a currency, not the United States.
    assert!(!rows.iter().any(|r| r.contains("USA")), "{rows:#?}");
}

#[test]
fn postponed_tariffs_ease_sanctions() {
    let rows = events_of(
        "Kabar Dagang\n\
         Norwegia memberlakukan tarif 25 persen atas ikan dari Islandia pada Senin (3/3).\n\
         Sehari kemudian, Norwegia menunda pemberlakuan tarif atas ikan dari Islandia.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("163 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("085 NOR ISL 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn accepting_aid_from_a_listed_few_is_accepting_it_from_each() {
    let rows = events_of(
        "Kabar Bencana\n\
         Pemerintah Islandia memutuskan hanya menerima tawaran bantuan dari dua negara, yakni Norwegia dan Swedia, pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("0863 ISL NOR")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("0863 ISL SWE")),
        "{rows:#?}"
    );
}

#[test]
fn the_executive_capital_of_a_state_with_three_is_its_government() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Pretoria memanggil pulang seluruh diplomatnya dari Norwegia pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("161 ZAF NOR 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_judged_act_is_its_doers_not_its_objects() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia menilai gugatan yang diajukan Islandia terhadap Swedia tidak berdasar pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 NOR ISL")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("111 NOR SWE")),
        "{rows:#?}"
    );
}

#[test]
fn they_opening_a_clause_after_a_meeting_are_the_pair() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega bertemu Presiden Islandia Karl Olafsson di Oslo pada Senin (3/3).\n\
         Seusai pertemuan, mereka menyaksikan penandatanganan lima nota kesepahaman.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("057 NOR ISL") || r.starts_with("057 ISL NOR")),
        "{rows:#?}"
    );
}

#[test]
fn the_consequence_of_a_condition_is_hypothetical_and_a_release_is_passive_too() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega mengatakan, jika Islandia meminta, nelayan Islandia akan dibebaskan Oslo.\n\
         Dua nelayan Swedia dibebaskan Norwegia pada Senin (3/3).\n",
        "2025-03-05",
    );
    // "jika …, … akan dibebaskan": the consequence of a condition is no event.
    assert!(!rows.iter().any(|r| r.contains("NOR ISL")), "{rows:#?}");
    // "dibebaskan Norwegia": the agent follows the passive verb.
    assert!(
        rows.iter().any(|r| r.starts_with("084 NOR SWE 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_second_object_with_the_same_preposition_shares_the_act() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia mengirim dua juta dosis vaksin ke Islandia dan satu juta dosis ke Swedia pada Senin (3/3).\n\
         Vaksin itu diberikan Oslo sebagai hibah.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("073 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("073 NOR SWE 2025-03-03")),
        "{rows:#?}"
    );
    // The same donor's grant, naming no one, retells the aid: no second event.
    assert_eq!(
        rows.iter().filter(|r| r.contains(" NOR SWE ")).count(),
        1,
        "{rows:#?}"
    );
}

#[test]
fn a_seat_of_government_after_oleh_of_a_passive_event_verb_is_the_government() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Mali menuduh para prajurit itu sebagai tentara bayaran pada Senin (3/3).\n\
         Tuduhan itu dibantah keras oleh Abidjan.\n",
        "2025-03-05",
    );
    assert!(rows.iter().any(|r| r.starts_with("016 CIV")), "{rows:#?}");
}

#[test]
fn a_visit_that_frames_an_act_is_an_event_of_its_own() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia dan Islandia menandatangani dua perjanjian batas laut di sela kunjungan Presiden Norwegia Luis Vega ke Islandia, Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("057 NOR ISL") || r.starts_with("057 ISL NOR")),
        "{rows:#?}"
    );
}

#[test]
fn a_short_form_names_the_state_the_article_names_in_full() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Republik Dominika menutup perbatasannya dengan Haiti pada Senin (3/3).\n\
         Pemerintah Dominika juga mengecam Haiti pada hari yang sama.\n",
        "2025-03-05",
    );
    // "Dominika" alone is Dominica; after "Republik Dominika" it is the Dominican Republic.
    assert!(
        rows.iter().any(|r| r.starts_with("111 DOM HTI 2025-03-03")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.contains("DMA")), "{rows:#?}");
}

#[test]
fn measures_against_relations_find_their_targets() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia melarang impor daging sapi, unggas, ikan, keju dan sayuran dari Islandia, Swedia dan Finlandia pada Senin (3/3).\n\
         Denmark menarik diplomatnya dari Oslo pada hari yang sama.\n\
         Estonia memanggil pulang duta besarnya dan memberi kuasa usaha Norwegia waktu 48 jam untuk meninggalkan negara itu.\n\
         Latvia juga meminta duta besar Norwegia di Riga meninggalkan negara itu.\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The states an import ban stops come after "dari", past the list of goods.
    for target in ["ISL", "SWE", "FIN"] {
        assert!(has(&format!("163 NOR {target} 2025-03-03")), "{rows:#?}");
    }
    // A recall naming no one follows suit: aimed where Denmark's was.
    assert!(has("161 EST NOR"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.contains("EST DNK")), "{rows:#?}");
    // Asking a foreign ambassador to leave is an expulsion.
    assert!(has("161 LVA NOR"), "{rows:#?}");
}

#[test]
fn a_mediation_reaches_both_parties_of_the_act_it_mediates() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia membebaskan seorang nelayan Islandia dalam pertukaran tahanan yang dimediasi Swedia pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("045 SWE NOR 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("045 SWE ISL 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_lawsuit_and_its_judgement_are_both_events() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Swedia menilai gugatan yang diajukan Norwegia terhadap Islandia di Mahkamah Internasional tidak berdasar, Selasa (4/3).\n\
         Oslo mendaftarkan gugatan tersebut ke ICJ pada Senin (3/3).\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The suit is Norway's against Iceland; the court is where it is filed.
    assert!(has("115 NOR ISL"), "{rows:#?}");
    assert!(
        !rows.iter().any(|r| r.starts_with("115 NOR -")),
        "{rows:#?}"
    );
    // The judgement of the suit stands beside it: Sweden's, at Norway.
    assert!(has("111 SWE NOR 2025-03-04"), "{rows:#?}");
}

#[test]
fn a_capital_joined_to_a_government_by_dan_is_a_government_too() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia mengatakan Oslo dan Reykjavik sepakat memperluas kerja sama pertahanan pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("030 NOR ISL") || r.starts_with("030 ISL NOR")),
        "{rows:#?}"
    );
}

#[test]
fn promises_objections_and_shots_that_are_no_release() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia juga menjanjikan jalur kredit baru kepada Islandia pada Senin (3/3).\n\
         Swedia telah menyampaikan keberatan kepada pemerintah Norwegia pada hari yang sama.\n\
         Oslo menuduh kapal Swedia melepaskan tembakan ke arah sejumlah kapal nelayan Norwegia.\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("030 NOR ISL 2025-03-03"), "{rows:#?}");
    assert!(has("111 SWE NOR 2025-03-03"), "{rows:#?}");
    // Firing at fishing boats is no release of fishermen.
    assert!(!rows.iter().any(|r| r.starts_with("084")), "{rows:#?}");
}

#[test]
fn a_visits_destination_and_both_governments() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega memilih Islandia sebagai tujuan kunjungan pertamanya, Senin (3/3).\n\
         Pada hari yang sama, kedua pemerintah meneken lima dokumen kerja sama.\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("042 NOR ISL 2025-03-03"), "{rows:#?}");
    assert!(
        has("057 NOR ISL 2025-03-03") || has("057 ISL NOR 2025-03-03"),
        "{rows:#?}"
    );
}

#[test]
fn an_arrival_the_day_before_leaves_the_story_at_its_day() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Islandia Karl Olafsson menyambut Presiden Norwegia Luis Vega di Reykjavik, Rabu (5/3).\n\
         Vega tiba di Reykjavik pada Selasa (4/3) malam.\n\
         Seusai pertemuan, kedua pemimpin menandatangani perjanjian perikanan.\n",
        "2025-03-06",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("057 ISL NOR 2025-03-05")
                || r.starts_with("057 NOR ISL 2025-03-05")),
        "{rows:#?}"
    );
}

#[test]
fn two_states_signing_together_sign_with_each_other_not_with_the_host() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia dan Islandia menandatangani perjanjian damai di gedung Kementerian Luar Negeri Swedia, Senin (3/3).\n\
         Finlandia dan Estonia masing-masing menandatangani dokumen terpisah bersama Latvia pada hari yang sama.\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("057 NOR ISL") || has("057 ISL NOR"), "{rows:#?}");
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("057") && r.contains(" SWE ")),
        "{rows:#?}"
    );
    // A partner after "bersama" is the other party.
    assert!(has("057 FIN LVA") && has("057 EST LVA"), "{rows:#?}");
}

#[test]
fn a_pronoun_after_a_person_in_its_sentence_is_that_person() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Swedia Ana Rojas bertemu Presiden Norwegia Luis Vega di Oslo pada Senin (3/3).\n\
         Presiden Islandia Karl Olafsson menulis di media sosial bahwa ia telah memanggil pulang duta besar Islandia di Norwegia.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("161 ISL NOR")),
        "{rows:#?}"
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("161 NOR") || r.starts_with("161 SWE")),
        "{rows:#?}"
    );
}

#[test]
fn an_official_after_an_opening_seat_of_government_serves_its_state() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri Luar Negeri Swedia Ana Rojas mengecam Islandia pada Senin (3/3). Swedia juga memanggil duta besarnya.\n\
         Dari Oslo, Menteri Luar Negeri Per Hansen menyatakan kecewa. Ia juga menelepon Presiden Islandia Karl Olafsson pada hari yang sama.\n",
        "2025-03-05",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("041 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("041 SWE")), "{rows:#?}");
}

#[test]
fn people_of_a_state_are_not_the_state_and_a_rally_is_not_against_what_it_is_for() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Ribuan warga Norwegia berunjuk rasa di depan Kedutaan Besar Islandia di Oslo pada Senin (3/3).\n\
         Presiden Swedia Ana Rojas dalam unjuk rasa besar pro Finlandia di Stockholm mengecam Islandia pada Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(!rows.iter().any(|r| r.starts_with("141 NOR")), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.contains("SWE FIN")), "{rows:#?}");
    assert!(
        rows.iter().any(|r| r.starts_with("111 SWE ISL 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn a_clause_whose_subject_is_a_thing_is_not_the_speakers_act() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega menuntut penghentian pembangunan bendungan oleh Islandia pada Senin (3/3).\n\
         Menurut Vega, pembangunan secara sepihak itu akan mengancam pasokan air bagi para petani di sisi Norwegia.\n\
         Menurut Islandia, Norwegia itu mengecam Swedia pada Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(!rows.iter().any(|r| r.starts_with("13")), "{rows:#?}");
    // A clause with its own state subject is that state's act.
    assert!(
        rows.iter().any(|r| r.starts_with("111 NOR SWE")),
        "{rows:#?}"
    );
}

#[test]
fn an_accord_is_coded_by_its_content_and_reaches_the_contents_object() {
    let rows = events_of(
        "Chile Pulihkan Hubungan\n\
         SANTIAGO - Chile sepakat memulihkan hubungan diplomatik dengan Bolivia, Selasa (4/3), \
         sementara Peru mengakui pemerintahan baru di La Paz.\n\
         Menteri Luar Negeri Chile Luis Vega dan Menteri Luar Negeri Peru Karl Olafsson juga menyepakati \
         peta jalan perdagangan pada hari yang sama.\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The party of the act agreed to ("dengan Bolivia") is the accord's other party.
    assert!(has("030 CHL BOL 2025-03-04"), "{rows:#?}");
    // A text agreed on ("menyepakati peta jalan"), no act agreed to, is an agreement reached
    // (057), never a bare 019.
    assert!(has("057 CHL PER") || has("057 PER CHL"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("019")), "{rows:#?}");
}

#[test]
fn keduanya_after_two_people_is_those_two_and_the_gathering_is_only_where() {
    let rows = events_of(
        "Dua Menteri Bertemu\n\
         MANILA - Sebelumnya, Presiden Chile Luis Vega bertemu Presiden Peru Karl Olafsson di Lima.\n\
         Menteri Luar Negeri Norwegia Per Hansen menyampaikan permintaan itu kepada Menteri Luar \
         Negeri Islandia Ana Rojas saat keduanya bertemu di sela pertemuan menteri luar negeri \
         ASEAN di Manila, Minggu (6/8).\n",
        "2017-08-07",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "keduanya" is Hansen and Rojas, named before it in its sentence, not the pair of the
    // sentence before; ASEAN's meeting frames their meeting and is not its party.
    assert!(
        has("040 NOR ISL 2017-08-06") || has("040 ISL NOR 2017-08-06"),
        "{rows:#?}"
    );
    assert!(!has("040 CHL PER 2017-08-06"), "{rows:#?}");
}

#[test]
fn recognition_is_one_way_and_an_appraised_act_is_not_the_appraisers() {
    let rows = events_of(
        "Gelombang Pengakuan\n\
         NEW YORK - Presiden Chile Luis Vega secara resmi mengumumkan pengakuan negaranya atas \
         negara Palestina, Senin (22/9).\n\
         Sehari sebelumnya, Norwegia, Islandia dan Portugal mengumumkan pengakuan resmi.\n\
         Presiden Peru Karl Olafsson menilai pengakuan sepihak atas negara Palestina hanya akan \
         memperpanjang konflik.\n",
        "2025-09-23",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("054 CHL PSE 2025-09-22"), "{rows:#?}");
    // Three states announcing recognition do not recognise each other.
    for pair in ["NOR ISL", "NOR PRT", "ISL PRT", "ISL NOR"] {
        assert!(!has(&format!("054 {pair}")), "{rows:#?}");
    }
    // Olafsson appraises others' recognition; Peru recognises no one.
    assert!(!rows.iter().any(|r| r.contains(" PER ")), "{rows:#?}");
}

#[test]
fn aid_from_givers_to_a_city_told_in_headline_and_body_is_one_act() {
    let rows = events_of(
        "Bantuan Chile, Peru, dan Norwegia Berdatangan ke Port Vila\n\
         PORT VILA - Tim penyelamat dan bantuan kemanusiaan dari Chile dan Peru tiba di Port Vila, \
         Rabu (18/12), sehari setelah gempa mengguncang ibu kota Vanuatu itu.\n\
         Sementara itu, Islandia telah menghentikan sebagian besar bantuannya kepada Vanuatu.\n",
        "2024-12-19",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The comma list in the headline is one group of givers; the city stands for its state.
    assert!(has("07") && has("073 CHL VUT 2024-12-18"), "{rows:#?}");
    assert!(has("073 PER VUT 2024-12-18"), "{rows:#?}");
    assert!(has("070 NOR VUT"), "{rows:#?}");
    // "dari Chile dan Peru": the givers, not the receivers.
    assert!(
        !rows.iter().any(|r| r.split(' ').nth(2) == Some("CHL")),
        "{rows:#?}"
    );
    // The headline's generic aid of Chile is the body's humanitarian aid: one event.
    assert_eq!(
        rows.iter()
            .filter(|r| r.starts_with("07") && r.contains(" CHL VUT "))
            .count(),
        1,
        "{rows:#?}"
    );
    // Stopping aid, with words and a possessive between, is reducing it (162), not aid.
    assert!(has("162 ISL VUT"), "{rows:#?}");
    assert!(!has("070 ISL"), "{rows:#?}");
}

#[test]
fn reserving_the_right_to_retaliate_is_a_threat() {
    let rows = events_of(
        "Norwegia Peringatkan Islandia\n\
         OSLO - Kementerian Luar Negeri Norwegia mengecam Islandia, Senin (3/3). Norwegia tetap \
         berhak mengambil langkah balasan terhadap Islandia, kata juru bicara Per Hansen.\n\
         Presiden Chile Luis Vega menegaskan Chile berhak membalas Peru secara langsung.\n",
        "2025-03-04",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("130 NOR ISL"), "{rows:#?}");
    assert!(has("130 CHL PER"), "{rows:#?}");
}

#[test]
fn a_state_named_only_as_a_place_leaves_the_story_counterpart_as_target() {
    let rows = events_of(
        "Chile dan Peru Bersitegang\n\
         SANTIAGO - Chile memanggil duta besar Peru pada Senin (3/3) setelah insiden di perbatasan.\n\
         Sehari kemudian, Chile menangguhkan perjanjian dagang yang ditandatangani di Bolivia.\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "di Bolivia" is where the treaty was signed: the suspension is aimed at Peru.
    assert!(
        has("16")
            && rows
                .iter()
                .any(|r| r.starts_with("16") && r.contains(" CHL PER ")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.contains("BOL")), "{rows:#?}");
}

#[test]
fn the_first_leader_who_visits_is_the_visitor() {
    let rows = events_of(
        "Kunjungan Bersejarah\n\
         REYKJAVIK - Presiden Chile Luis Vega menjadi presiden Chile pertama yang berkunjung ke \
         Islandia, Selasa (6/9).\n",
        "2016-09-07",
    );
    // "presiden Chile pertama yang berkunjung": the relative clause hangs from the person,
    // past the ordinal.
    assert!(
        rows.iter().any(|r| r == "042 CHL ISL 2016-09-06"),
        "{rows:#?}"
    );
}

#[test]
fn what_is_discussed_is_a_topic_and_an_impossible_act_is_none() {
    let rows = events_of(
        "Chile dan Peru Bertemu\n\
         LIMA - Presiden Chile Luis Vega bertemu Presiden Peru Karl Olafsson di Lima, Senin (3/3).\n\
         Kedua pemimpin juga membahas Bolivia dan krisis di Venezuela.\n\
         Kementerian Luar Negeri Islandia menyebut mustahil membahas perjanjian dengan Norwegia.\n",
        "2025-03-04",
    );
    // Bolivia is what they discussed, not whom with.
    assert!(!rows.iter().any(|r| r.contains("BOL")), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("04") && r.contains("CHL PER")),
        "{rows:#?}"
    );
    // "mustahil membahas": talks called impossible are no talks.
    assert!(
        !rows.iter().any(|r| r.contains("ISL") && r.contains("NOR")),
        "{rows:#?}"
    );
}

#[test]
fn an_accord_in_a_passive_relative_clause_is_background() {
    let rows = events_of(
        "Chile Pulangkan Tahanan Peru\n\
         SANTIAGO - Chile memulangkan dua tahanan ke Peru, Senin (3/3).\n\
         Menteri Luar Negeri Chile Luis Vega mengungkapkan pemindahan itu dilakukan berdasarkan \
         pengaturan praktis yang disepakati kedua pemerintah.\n",
        "2025-03-04",
    );
    assert!(!rows.iter().any(|r| r.starts_with("03")), "{rows:#?}");
}

#[test]
fn a_reaction_to_a_passive_clause_is_aimed_at_its_agent() {
    let rows = events_of(
        "Chile Kecewa\n\
         SANTIAGO - Chile menyatakan kecewa setelah rancangan resolusi Dewan Keamanan PBB tentang \
         tribunal itu digagalkan oleh veto Peru, Rabu (29/7).\n",
        "2015-07-30",
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("11") && r.contains(" CHL PER ")),
        "{rows:#?}"
    );
}

#[test]
fn a_rejected_draft_is_aimed_at_its_sponsors() {
    // The sponsor named in the draft's relative clause, past the body that votes on it.
    let rows = events_of(
        "Kabar PBB\n\
         Rusia memveto rancangan resolusi Dewan Keamanan PBB yang diajukan Norwegia tentang \
         bantuan kemanusiaan, Selasa (4/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.contains(&"129 RUS NOR 2025-03-04".to_owned()),
        "{rows:#?}"
    );
    // The sponsors of a draft named in another sentence: one rejection of each.
    let rows = events_of(
        "Kabar PBB\n\
         Dalam pemungutan suara, Selasa (4/3), China menolak rancangan resolusi tersebut.\n\
         Rancangan itu diajukan Kanada bersama Chili dan Norwegia.\n",
        "2025-03-05",
    );
    for sponsor in ["CAN", "CHL", "NOR"] {
        let row = format!("120 CHN {sponsor} 2025-03-04");
        assert!(rows.contains(&row), "{row} in {rows:#?}");
    }
}

#[test]
fn an_opening_phrase_without_a_comma_does_not_split_the_object_list() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Pada kesempatan itu Presiden Islandia Karl Olafsson juga mengecam Jerman, Prancis dan \
         Inggris, tiga negara Eropa, pada Senin (3/3).\n",
        "2025-03-05",
    );
    for target in ["DEU", "FRA", "GBR"] {
        let row = format!("111 ISL {target} 2025-03-03");
        assert!(rows.contains(&row), "{row} in {rows:#?}");
    }
}

#[test]
fn three_states_named_together_are_what_ketiga_negara_points_back_to() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri luar negeri Jerman, Prancis dan Inggris bertemu di Brussel pada Senin (3/3).\n\
         Dalam pernyataan bersama, ketiga negara itu menegaskan tidak dapat mendukung langkah \
         Norwegia.\n",
        "2025-03-05",
    );
    // "tidak dapat mendukung" is the rejection itself.
    for source in ["DEU", "FRA", "GBR"] {
        let row = format!("120 {source} NOR 2025-03-03");
        assert!(rows.contains(&row), "{row} in {rows:#?}");
    }
}

#[test]
fn a_recognition_that_names_no_one_recognises_whom_the_last_one_did() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Prancis mengumumkan pengakuan atas negara Palestina pada Senin (3/3).\n\
         Pada hari yang sama, Norwegia dan Islandia mengumumkan pengakuan resmi.\n",
        "2025-03-05",
    );
    for source in ["NOR", "ISL"] {
        let row = format!("054 {source} PSE 2025-03-03");
        assert!(rows.contains(&row), "{row} in {rows:#?}");
    }
    // Still one-way: the two do not recognise each other.
    assert!(
        !rows.iter().any(|r| r.starts_with("054 NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn so_many_days_before_counts_back_from_the_story_day() {
    let rows = events_of(
        "Kabar PBB\n\
         Islandia mengecam Rusia pada Senin (25/3).\n\
         Tiga hari sebelumnya, Rusia memveto rancangan resolusi yang diajukan Norwegia.\n",
        "2024-03-26",
    );
    assert!(
        rows.contains(&"129 RUS NOR 2024-03-22".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn ones_own_regret_is_an_apology_and_regretting_anothers_act_is_disapproval() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Islandia Karl Olafsson menyatakan menyesal kepada Norwegia atas insiden itu pada Senin (3/3).\n\
         Pada hari yang sama, Swedia menyesalkan keputusan Norwegia.\n",
        "2025-03-05",
    );
    assert!(
        rows.contains(&"055 ISL NOR 2025-03-03".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("110 SWE NOR")),
        "{rows:#?}"
    );
}

#[test]
fn an_official_named_between_commas_after_the_title_acts_for_the_state_later() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri Luar Negeri Norwegia, Per Hansen, bereaksi keras pada Senin (3/3).\n\
         Melalui akun X miliknya, Hansen menuduh Islandia melanggar perjanjian.\n",
        "2025-03-05",
    );
    assert!(
        rows.contains(&"112 NOR ISL 2025-03-03".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn an_act_after_asalkan_is_a_condition_not_done() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Pada Senin (3/3), Norwegia menyatakan siap mengakui Islandia, asalkan Islandia terlebih \
         dahulu mengakui Swedia.\n",
        "2025-03-05",
    );
    assert!(!rows.iter().any(|r| r.contains("ISL SWE")), "{rows:#?}");
}

#[test]
fn a_jibe_at_a_state_is_disapproval() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Islandia Karl Olafsson menyindir Norwegia melalui Twitter pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.contains(&"111 ISL NOR 2025-03-03".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn concern_without_a_speech_verb_is_disapproval() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Islandia khawatir atas latihan militer Norwegia pada Senin (3/3).\n",
        "2025-03-05",
    );
    assert!(
        rows.contains(&"111 ISL NOR 2025-03-03".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn extraditions_sinkings_and_shared_objects_are_coded() {
    let rows = events_of(
        "Buron Lars Berg Diekstradisi dari Swedia\n\
         OSLO - Pemerintah Swedia mengekstradisi buron Lars Berg ke Norwegia pada Kamis (9/7).\n\
         Penjaga pantai Islandia menembaki dan menenggelamkan sebuah kapal nelayan asal Denmark pada Senin (6/7).\n\
         Angkatan laut Finlandia menenggelamkan tiga kapal nelayan berbendera Estonia pada Selasa (7/7).\n",
        "2020-07-10",
    );
    // Extradition hands a person over (0841), as the gold writers code it.
    assert!(
        rows.contains(&"0841 SWE NOR 2020-07-09".to_owned()),
        "{rows:#?}"
    );
    // Two verbs joined by "dan" share the object after the second.
    assert!(
        rows.contains(&"193 ISL DNK 2020-07-06".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.contains(&"1712 ISL DNK 2020-07-06".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.contains(&"1712 FIN EST 2020-07-07".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn a_headline_passive_capitalised_is_not_part_of_the_name_after_it() {
    let rows = events_of(
        "Terpidana Lars Berg Dipulangkan ke Swedia\n\
         OSLO - Pemerintah Norwegia memulangkan terpidana Lars Berg ke Swedia pada Selasa (7/7) malam.\n",
        "2020-07-10",
    );
    // "ke Swedia" after the headline's "Dipulangkan" is where he went, not who sent him.
    assert_eq!(rows, vec!["0841 NOR SWE 2020-07-07".to_owned()]);
}

#[test]
fn disgust_anger_and_blocking_a_bid_are_coded() {
    let rows = events_of(
        "Kabar\n\
         Seusai pemungutan suara itu, Menteri Luar Negeri Norwegia Luis Vega mengatakan Norwegia muak dengan Swedia dan Denmark, Sabtu (4/2).\n\
         Islandia mengganjal undangan bagi Finlandia pada Minggu (5/2).\n\
         Estonia geram atas keputusan Latvia.\n",
        "2012-02-07",
    );
    for want in [
        "110 NOR SWE 2012-02-04",
        "110 NOR DNK 2012-02-04",
        "129 ISL FIN 2012-02-05",
    ] {
        assert!(rows.contains(&want.to_owned()), "{want}: {rows:#?}");
    }
    assert!(
        rows.iter().any(|r| r.starts_with("110 EST LVA")),
        "{rows:#?}"
    );
}

#[test]
fn a_readiness_declared_announces_the_act() {
    let rows = events_of(
        "Kabar\n\
         Swedia dan Denmark menyatakan kesiapan mengirim personel ke Islandia.\n",
        "2023-01-06",
    );
    assert!(rows.contains(&"030 SWE ISL -".to_owned()), "{rows:#?}");
    assert!(rows.contains(&"030 DNK ISL -".to_owned()), "{rows:#?}");
}

#[test]
fn a_meeting_partner_after_dengan_is_found_past_an_anaphoric_object() {
    let rows = events_of(
        "Kabar\n\
         Menteri Luar Negeri Norwegia Luis Vega membahas kesepakatan itu langsung dengan Swedia pada Senin (2/1).\n",
        "2023-01-06",
    );
    assert!(
        rows.contains(&"040 NOR SWE 2023-01-02".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn a_penalty_faced_is_no_threat() {
    let rows = events_of(
        "Kabar\n\
         Kementerian Luar Negeri Islandia mencatat masih ada warga Islandia yang menghadapi ancaman hukuman mati di Norwegia.\n\
         Kementerian Luar Negeri Islandia mengecam ancaman Norwegia terhadap nelayan Islandia.\n",
        "2018-03-20",
    );
    assert!(!rows.iter().any(|r| r.starts_with("13")), "{rows:#?}");
    assert!(
        rows.iter().any(|r| r.starts_with("111 ISL NOR")),
        "{rows:#?}"
    );
}

#[test]
fn a_flight_to_a_foreign_capital_is_a_visit_and_a_republic_named_is_recognised() {
    let rows = events_of(
        "Kabar\n\
         Presiden Finlandia Aino Laine menyatakan bahwa Finlandia secara resmi mengakui Republik Estonia, Sabtu (9/7).\n\
         Pada hari yang sama, Menteri Luar Negeri Norwegia Luis Vega terbang ke Reykjavik untuk menengahi krisis.\n",
        "2011-07-10",
    );
    assert!(
        rows.contains(&"054 FIN EST 2011-07-09".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn a_date_things_stand_as_of_does_not_date_the_act() {
    let rows = events_of(
        "Kabar\n\
         Norwegia mengakui Islandia pada Jumat (8/7).\n\
         Ia menyebut Norwegia mengakui negara baru tersebut sesuai batas wilayah per 1 Januari 1956.\n",
        "2011-07-10",
    );
    assert_eq!(rows, vec!["054 NOR ISL 2011-07-08".to_owned()]);
}

#[test]
fn a_joint_warning_naming_its_own_makers_is_not_aimed_at_them() {
    let rows = events_of(
        "Kabar\n\
         Pemerintah Swedia dan Finlandia mengeluarkan pernyataan bersama.\n\
         Keduanya memperingatkan bahwa intervensi militer terhadap Oslo akan dianggap sebagai pernyataan perang terhadap Stockholm dan Helsinki.\n",
        "2023-08-03",
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.contains("SWE FIN") || r.contains("FIN SWE")),
        "{rows:#?}"
    );
}

#[test]
fn an_appeal_to_people_who_are_no_state_is_aimed_at_no_state() {
    let rows = events_of(
        "Kabar\n\
         Islandia menembak jatuh dua drone Norwegia pada Rabu (10/9).\n\
         Pemerintah Islandia meminta warga di wilayah utara mengungsi ke selatan.\n\
         Reykjavik juga meminta agen perjalanan berhenti menjual paket wisata.\n\
         Reykjavik kemudian meminta Norwegia menarik pasukannya dari perbatasan.\n",
        "2025-09-11",
    );
    // Residents and travel agents are asked, not Norway; the appeal to Norway stays.
    assert!(!rows.iter().any(|r| r.starts_with("020 ")), "{rows:#?}");
    assert!(
        rows.iter().any(|r| r.starts_with("0256 ISL NOR")),
        "{rows:#?}"
    );
}

#[test]
fn a_visit_noun_goes_where_ke_sends_it_not_to_a_state_named_after_it() {
    let rows = events_of(
        "Kabar\n\
         Presiden Norwegia Luis Vega berkunjung ke Islandia pada Senin (3/3).\n\
         Oslo menegaskan bahwa kunjungan Vega tidak mengubah kebijakan Satu Swedia yang dianut Norwegia.\n\
         Kunjungan Vega ke ibu kota Islandia itu berlangsung dua hari.\n",
        "2025-03-05",
    );
    assert_eq!(rows, vec!["042 NOR ISL 2025-03-03".to_owned()]);
}

#[test]
fn a_sentence_ending_where_a_state_name_could_open_is_read() {
    // "$state" cues ask about the word after the last one.
    let rows = events_of("Kabar\nNorwegia akhirnya mengakui\n", "2025-03-05");
    assert!(!rows.iter().any(|r| r.starts_with("054")), "{rows:#?}");
}

#[test]
fn a_sequel_follows_an_act_of_its_own_sentence_only() {
    let rows = events_of(
        "Kabar Nordik\n\
         Angkatan laut Norwegia menyerang kapal patroli Islandia pada Senin (3/3).\n\
         Proses ratifikasi pakta nelayan rampung setelah parlemen Denmark menyetujuinya pada Selasa (4/3), disusul parlemen Swedia pada Rabu (5/3).\n\
         Finlandia mengusir dua diplomat Estonia pada Kamis (6/3), disusul Latvia sehari kemudian.\n",
        "2025-03-08",
    );
    // The ratification warta does not read is not the attack of the sentence before.
    assert!(!rows.iter().any(|r| r.contains(" SWE ")), "{rows:#?}");
    assert!(
        rows.iter().any(|r| r.starts_with("161 LVA EST")),
        "{rows:#?}"
    );
}

#[test]
fn a_like_step_takes_the_code_of_the_act_it_echoes() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia menyatakan dukungan bagi kedaulatan Islandia pada Senin (3/2). Sikap serupa disuarakan Stockholm.\n\
         Denmark memutuskan hubungan diplomatik dengan Finlandia pada Selasa (4/2), dua hari setelah langkah serupa diambil Estonia.\n\
         Prancis mengusir dua diplomat Spanyol pada Rabu (5/2), sebagai balasan atas langkah serupa yang diambil Madrid.\n\
         Latvia memanggil pulang duta besarnya dari Polandia pada Kamis (6/2). Lituania kemudian mengikuti langkah Latvia.\n\
         Belanda mengancam akan membalas dengan langkah serupa terhadap produk Belgia.\n",
        "2025-02-07",
    );
    for want in [
        "051 SWE ISL 2025-02-03",
        "161 EST FIN 2025-02-02",
        "161 ESP FRA 2025-02-05",
        "161 LTU POL 2025-02-06",
    ] {
        assert!(rows.iter().any(|r| r == want), "{want}: {rows:#?}");
    }
    // The retaliation "dengan langkah serupa" is the threat's content, not an act of its own;
    // and no echo is aimed at the state that took the step.
    assert!(
        rows.iter().any(|r| r == "138 NLD BEL 2025-02-06"),
        "{rows:#?}"
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("16") && r.contains("NLD")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("161 DNK EST")),
        "{rows:#?}"
    );
}

#[test]
fn an_announced_act_keeps_its_subject_across_adverbs_and_a_framing_verb() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Stockholm juga menyatakan siap menggelar konsultasi dengan Kementerian Pertahanan Norwegia pada Senin (3/2).\n",
        "2025-02-05",
    );
    assert_eq!(rows, ["030 SWE NOR 2025-02-03"]);
}

#[test]
fn signing_a_decree_is_no_agreement() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Islandia menandatangani dekret pada Senin (3/2) yang menghentikan bantuan untuk Norwegia.\n\
         Dekret yang diteken Reykjavik itu berlaku sejak Selasa (4/2).\n",
        "2025-02-05",
    );
    assert!(!rows.iter().any(|r| r.starts_with("057")), "{rows:#?}");
    // What the decree does is done by its signer.
    assert!(
        rows.iter().any(|r| r == "162 ISL NOR 2025-02-03"),
        "{rows:#?}"
    );
}

#[test]
fn calling_a_state_an_enemy_or_a_war_criminal_is_disapproval() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Pada Senin (3/2), Islandia menyebut Norwegia sebagai musuh dan penjajah.\n\
         Sehari kemudian, Swedia menyebut Denmark sebagai penjahat perang.\n",
        "2025-02-05",
    );
    assert_eq!(rows, ["111 ISL NOR 2025-02-03", "1124 SWE DNK 2025-02-04"]);
}

#[test]
fn what_is_handed_over_decides_the_act() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Pada Senin (3/2), Norwegia menyerahkan sistem pertahanan udara kepada Islandia.\n\
         Swedia memanggil duta besar Denmark dan menyerahkan nota protes pada Selasa (4/2).\n\
         Finlandia menyerahkan dokumen aksesinya kepada Estonia pada Rabu (5/2).\n",
        "2025-02-06",
    );
    // Weapons handed over are military aid, a protest note is the complaint, a document yields
    // nothing; none of them is a concession (080).
    assert_eq!(rows, ["072 NOR ISL 2025-02-03", "114 SWE DNK 2025-02-04"]);
}

#[test]
fn lifting_trade_barriers_or_duties_eases_sanctions() {
    let rows = events_of(
        "Kabar Dagang\n\
         Pada Senin (3/2), Norwegia mencabut hambatan dagang atas sejumlah komoditas Islandia.\n\
         Swedia mencabut bea tambahan atas jelai Denmark pada Selasa (4/2).\n",
        "2025-02-06",
    );
    assert_eq!(rows, ["085 NOR ISL 2025-02-03", "085 SWE DNK 2025-02-04"]);
}

#[test]
fn standing_with_a_state_or_calling_it_a_strategic_partner_is_support() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Pada Senin (3/2), Norwegia menyatakan berdiri bersama Islandia.\n\
         Swedia menyebut Denmark sebagai mitra strategis pada Selasa (4/2).\n",
        "2025-02-06",
    );
    assert_eq!(rows, ["051 NOR ISL 2025-02-03", "051 SWE DNK 2025-02-04"]);
}

#[test]
fn refusing_to_apologise_or_to_give_up_is_a_rejection() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Pada Senin (3/2), Norwegia menegaskan tidak akan meminta maaf kepada Islandia.\n\
         Swedia menyatakan tidak akan pernah menyerah dalam sengketa dengan Denmark pada Selasa (4/2).\n",
        "2025-02-06",
    );
    // The negation is the refusal itself: no apology (055), no yielding (08x), one rejection.
    assert_eq!(rows, ["120 NOR ISL 2025-02-03", "120 SWE DNK 2025-02-04"]);
}

#[test]
fn the_same_act_told_with_its_own_date_weeks_apart_is_a_second_act() {
    let rows = events_of(
        "Norwegia Hentikan Impor dari Islandia\n\
         Norwegia menghentikan seluruh impor dari Islandia pada Kamis (6/3).\n\
         Oslo juga membatasi impor ikan dari Islandia pada 10 Februari.\n",
        "2025-03-08",
    );
    let tells = rows.iter().filter(|r| r.starts_with("163 NOR ISL")).count();
    // The February restriction is an act of its own; the headline tells the March act.
    assert_eq!(tells, 2, "{rows:#?}");
    assert!(
        rows.iter().any(|r| r == "163 NOR ISL 2025-03-06"),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r == "163 NOR ISL 2025-02-10"),
        "{rows:#?}"
    );
}

#[test]
fn warning_of_consequences_or_firm_measures_is_a_threat() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Islandia harus menanggung akibat dari keputusan itu, kata Menteri Luar Negeri Norwegia pada Senin (3/2).\n\
         Swedia akan mengambil langkah tegas terhadap Denmark, kata juru bicara pemerintah Swedia pada Selasa (4/2).\n",
        "2025-02-06",
    );
    // The state told to bear the consequences is the target; the speaker's state warns it.
    assert_eq!(rows, ["130 NOR ISL 2025-02-03", "130 SWE DNK 2025-02-04"]);
}

#[test]
fn calling_an_act_a_violation_of_international_law_accuses_its_doer_and_occupation_is_no_act() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri Luar Negeri Norwegia menyatakan bahwa pendudukan Islandia atas Kepulauan Svalbard melanggar hukum internasional, Senin (3/2).\n\
         Swedia mengkritik permukiman Denmark di wilayah pendudukan pada Selasa (4/2).\n",
        "2025-02-06",
    );
    // The violation is the speaker's charge (112), not a violation (128) by anyone; the
    // occupation is a state of affairs, no act (192) of the speaker or of anyone.
    assert!(
        rows.contains(&"112 NOR ISL 2025-02-03".to_owned()),
        "{rows:#?}"
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("192") || r.starts_with("128")),
        "{rows:#?}"
    );
}

#[test]
fn a_bare_title_takes_the_one_state_left_named_in_its_sentence() {
    let rows = mentions_of(
        "Kabar Diplomasi\n\
         Perdana Menteri Norwegia Halvard Lindqvist melakukan lawatan ke Islandia pada Jumat (7/2) dan bertemu Perdana Menteri Sigrun Olafsdottir.\n",
        "2025-02-08",
    );
    // Norway's premiership is Lindqvist's, so the other premier is Iceland's, the one state
    // named before her in her sentence.
    assert!(
        rows.lines()
            .any(|l| l.contains("Sigrun Olafsdottir") && l.contains("\tISL\t")),
        "{rows}"
    );
}

#[test]
fn reactions_to_force_are_aimed_at_who_used_it() {
    let rows = events_of(
        "Norwegia Serang Islandia\n\
         Pasukan Norwegia menyerang pangkalan militer Islandia pada Senin (3/2).\n\
         Swedia mengecam serangan tersebut pada Selasa (4/2).\n\
         Denmark turut mengecam.\n\
         Finlandia mengecam serangan terhadap pangkalan Islandia itu.\n\
         Estonia menyebut serangan itu sebagai pelanggaran batas.\n",
        "2025-02-08",
    );
    // Denmark follows suit (no object, "turut"); Finland's object names the victim, not the
    // doer; Estonia's anaphor stands inside the cue "menyebut … sebagai pelanggaran".
    for state in ["SWE", "DNK", "FIN", "EST"] {
        assert!(
            rows.iter()
                .any(|r| r.starts_with("11") && r.contains(&format!(" {state} NOR "))),
            "{state}: {rows:#?}"
        );
    }
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("11") && r.contains(" ISL ")),
        "{rows:#?}"
    );
}

#[test]
fn an_act_noun_told_by_a_passive_verb_has_the_agent_after_it_as_its_doer() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Kecaman tajam dilayangkan oleh Finlandia terhadap Norwegia pada Senin (3/2).\n\
         Protes serupa disampaikan Swedia kepada Norwegia pada Selasa (4/2).\n",
        "2025-02-08",
    );
    assert_eq!(rows, ["111 FIN NOR 2025-02-03", "114 SWE NOR 2025-02-04"]);
}

#[test]
fn an_aid_noun_after_a_preposition_and_a_noun_has_its_own_giver() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Islandia meresmikan rumah sakit yang didirikan dengan dana bantuan Norwegia untuk Islandia pada Senin (3/2).\n",
        "2025-02-08",
    );
    assert_eq!(rows, ["070 NOR ISL 2025-02-03"]);
}

#[test]
fn an_act_noun_after_a_topic_preposition_is_no_act_of_the_subject() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri Luar Negeri Norwegia berbicara di forum itu terkait permintaan kajian dari Dewan Eropa mengenai kebijakan Islandia pada Senin (3/2).\n\
         Diplomat Swedia menyampaikan catatan mengenai keprihatinan Stockholm atas langkah Denmark pada Selasa (4/2).\n",
        "2025-02-08",
    );
    // The request is the Assembly's, not Norway's; a capital after the noun still gives it
    // its own doer.
    assert_eq!(rows, ["111 SWE DNK 2025-02-04"]);
}

#[test]
fn what_a_state_is_accused_of_is_the_accusation_only() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Islandia menuding tentara Norwegia membunuh dua nelayan Islandia di perairan sengketa pada Senin (3/2).\n",
        "2025-02-08",
    );
    assert_eq!(rows, ["112 ISL NOR 2025-02-03"]);
}

#[test]
fn an_apology_facilitated_and_accepted() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Perdana Menteri Norwegia Halvard Lindqvist menelepon Perdana Menteri Islandia Sigrun Olafsdottir pada Jumat (7/2) untuk meminta maaf atas insiden di laut.\n\
         Percakapan tersebut difasilitasi oleh Presiden Finlandia Aino Virtanen.\n\
         Olafsdottir menyatakan menerima permintaan maaf itu.\n\
         Sejak peristiwa tersebut, hubungan kedua negara sempat membeku.\n\
         Namun Oslo tidak mengakui bahwa penangkapan kapal itu melanggar hukum internasional.\n",
        "2025-02-08",
    );
    // Facilitating is mediating (045) between the two; accepting the apology forgives (056)
    // its maker; relations that froze were frozen by no one; what Norway does not admit is
    // neither a rejection (120) nor a charge (112).
    assert_eq!(
        rows,
        [
            "041 NOR ISL 2025-02-07",
            "055 NOR ISL 2025-02-07",
            "045 FIN NOR 2025-02-07",
            "045 FIN ISL 2025-02-07",
            "056 ISL NOR 2025-02-07"
        ]
    );
}

#[test]
fn one_sentence_tells_one_act_whichever_word_its_date_stands_nearest() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Islandia bertemu Raja Norwegia di Oslo, Minggu (14/4).\n\
         Raja Norwegia melakukan kunjungan kenegaraan ke Islandia pada Maret 2017, lawatan Raja Norwegia ke Islandia yang ditunggu sejak lama.\n",
        "2019-04-15",
    );
    // The 2017 visit is one act (not a second one dated by the story's day), and the meeting
    // in Oslo is no part of it.
    assert_eq!(
        rows,
        [
            "040 ISL NOR 2019-04-14",
            "042 NOR ISL 2017-03-01/2017-03-31"
        ]
    );
}

#[test]
fn two_acts_of_one_code_and_dyad_have_two_iris() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("article.txt");
    let out = dir.path().join("article.nq");
    std::fs::write(
        &file,
        "Norwegia Hentikan Impor dari Islandia\n\
         Norwegia menghentikan seluruh impor dari Islandia pada Kamis (6/3).\n\
         Oslo juga membatasi impor ikan dari Islandia pada 10 Februari.\n",
    )
    .unwrap();
    ok(warta(dir.path())
        .args(["convert", "--published", "2025-03-08"])
        .arg(&file)
        .arg("-o")
        .arg(&out));
    let quads = std::fs::read_to_string(&out).unwrap();
    let mut iris: Vec<&str> = quads
        .split(['<', '>'])
        .filter(|t| t.contains("/event/article_163_nor_isl"))
        .collect();
    iris.sort_unstable();
    iris.dedup();
    // The later act takes its date; each IRI carries one date.
    assert_eq!(
        iris,
        [
            "https://w3id.org/warta/event/article_163_nor_isl",
            "https://w3id.org/warta/event/article_163_nor_isl_2025-02-10"
        ]
    );
    for iri in iris {
        let dates = quads
            .lines()
            .filter(|l| l.starts_with(&format!("<{iri}> <https://w3id.org/warta/ns#date>")))
            .count();
        assert_eq!(dates, 1, "{iri}\n{quads}");
    }
}

#[test]
fn an_act_judged_by_a_demonstrative_alone_is_aimed_at_its_doer_not_its_victim() {
    let rows = events_of(
        "Norwegia Caplok Pulau\n\
         Pasukan Norwegia mencaplok sebuah pulau milik Islandia pada Senin (3/2).\n\
         Swedia menyebut pengambilan pulau itu sebagai pelanggaran terhadap kedaulatan Islandia.\n\
         Finlandia menilai langkah tersebut menyabotase perdamaian di kawasan.\n",
        "2025-02-09",
    );
    // Sweden's verdict names the victim after a preposition; Finland's judgement names no
    // state at all and follows Sweden's disapproval to the same act.
    assert_eq!(
        rows,
        [
            "192 NOR ISL 2025-02-03",
            "111 SWE NOR 2025-02-03",
            "111 FIN NOR 2025-02-03"
        ]
    );
}

#[test]
fn rebukes_mockery_objections_questions_and_sentences_are_events() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Swedia menegur Norwegia pada Senin (3/2). Finlandia mengejek rencana Norwegia pada \
         Selasa (4/2). Denmark menyatakan keberatan atas keputusan Norwegia pada Rabu (5/2). \
         Estonia mempertanyakan keputusan Norwegia pada Kamis (6/2). Pengadilan Islandia \
         menjatuhkan hukuman penjara kepada dua warga Norwegia pada Jumat (7/2). Latvia menyebut \
         kehadiran pasukan Norwegia di pulau itu sebagai pendudukan pada Sabtu (8/2).\n",
        "2025-02-09",
    );
    assert_eq!(
        rows,
        [
            "111 SWE NOR 2025-02-03",
            "111 FIN NOR 2025-02-04",
            "111 DNK NOR 2025-02-05",
            "111 EST NOR 2025-02-06",
            "116 ISL NOR 2025-02-07",
            "111 LVA NOR 2025-02-08"
        ]
    );
}

#[test]
fn a_disapproval_noun_that_follows_suit_is_aimed_where_the_last_one_was() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Swedia mengecam Norwegia atas uji coba rudal pada Senin (3/2).\n\
         Kecaman keras juga dilontarkan oleh Finlandia.\n",
        "2025-02-09",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 FIN NOR")),
        "{rows:#?}"
    );
}

#[test]
fn a_visit_that_is_the_occasion_of_a_signing_is_an_event_of_its_own() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Kontrak pembelian kapal itu ditandatangani di Oslo pada Kamis (6/2) bertepatan dengan \
         kunjungan Menteri Pertahanan Islandia ke Norwegia.\n\
         Nota kesepahaman perikanan diteken di Stockholm pada Jumat (7/2) dalam kunjungan \
         Perdana Menteri Finlandia ke Swedia.\n",
        "2025-02-09",
    );
    assert_eq!(rows, ["042 ISL NOR 2025-02-06", "042 FIN SWE 2025-02-07"]);
}

#[test]
fn two_capitals_joined_by_dan_before_a_verb_act_for_their_states() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Oslo dan Stockholm saling menuding pihak lain sebagai yang lebih dulu melanggar \
         perjanjian pada Senin (3/2).\n",
        "2025-02-09",
    );
    assert_eq!(rows, ["112 NOR SWE 2025-02-03", "112 SWE NOR 2025-02-03"]);
}

#[test]
fn a_title_of_two_posts_joined_by_sekaligus_stays_the_persons_title() {
    let rows = events_of(
        "Kabar\n\
         Hubungan itu membaik berkat pembicaraan Perdana Menteri Islandia Bjarni Benediktsson \
         dengan Putra Mahkota sekaligus Perdana Menteri Arab Saudi Mohammed bin Salman di sela \
         KTT di Oslo pada Senin (3/2).\n",
        "2025-02-09",
    );
    // The partner is the crown prince, not the city of the summit.
    assert_eq!(rows, ["040 ISL SAU 2025-02-03"]);
}

#[test]
fn a_trade_freeze_is_an_embargo_and_calling_an_act_interference_an_accusation() {
    let rows = events_of(
        "Kabar\n\
         Norwegia membekukan perdagangan dengan Swedia pada Senin (3/2).\n\
         Stockholm menilai pernyataan Oslo sebagai campur tangan dalam urusan politiknya pada \
         Selasa (4/2).\n\
         Islandia menghentikan seluruh perdagangan dengan Norwegia pada Rabu (5/2).\n",
        "2025-02-09",
    );
    assert_eq!(
        rows,
        [
            "163 NOR SWE 2025-02-03",
            "112 SWE NOR 2025-02-04",
            "163 ISL NOR 2025-02-05"
        ]
    );
}

#[test]
fn sending_detained_people_home_is_returning_persons() {
    let rows = events_of(
        "Kabar\n\
         Norwegia memulangkan tujuh nelayan Swedia yang ditahan di Tromso pada Senin (3/2).\n",
        "2025-02-09",
    );
    assert_eq!(rows, ["0841 NOR SWE 2025-02-03"]);
}

#[test]
fn an_arrest_with_no_agent_is_made_by_the_state_where_it_happened() {
    let rows = events_of(
        "Kabar\n\
         Hubungan kedua negara memburuk. Direktur perusahaan Swedia itu, Lars Eriksson, \
         ditangkap di Oslo pada Senin (3/2).\n",
        "2025-02-09",
    );
    assert_eq!(rows, ["173 NOR SWE 2025-02-03"]);
}

#[test]
fn a_comma_before_a_subject_ends_an_opening_phrase_even_past_an_adverb() {
    let rows = events_of(
        "Kabar\n\n\
         Berbeda dengan Swedia, Norwegia langsung membalas dengan mengenakan tarif 30 persen \
         atas produk Islandia pada Jumat (7/2).\n",
        "2025-02-09",
    );
    // Sweden is what Norway is compared with, not the one imposing the tariff.
    assert_eq!(rows, ["163 NOR ISL 2025-02-07"]);
}

#[test]
fn a_threat_is_aimed_where_the_act_threatened_goes_and_that_act_is_not_done() {
    let rows = events_of(
        "Kabar\n\n\
         Islandia mengecam Norwegia atas penangkapan ikan ilegal pada Minggu (2/2).\n\n\
         Perdana Menteri Norwegia mengancam akan menghentikan pasokan listrik ke Swedia pada \
         Senin (3/2).\n",
        "2025-02-09",
    );
    assert_eq!(rows, ["111 ISL NOR 2025-02-02", "130 NOR SWE 2025-02-03"]);
}

#[test]
fn a_city_named_as_the_channel_of_an_act_is_not_its_target() {
    let rows = events_of(
        "Bantuan Darurat\n\
         Pemerintah Islandia pada Rabu (5/3) mengirim bantuan obat-obatan melalui pelabuhan di Stockholm.\n",
        "2025-03-06",
    );
    // The port of Stockholm carries the aid; Sweden does not receive it.
    assert!(!rows.iter().any(|r| r.contains(" SWE ")), "{rows:#?}");
}

#[test]
fn a_time_noun_with_a_demonstrative_is_no_anaphor_for_a_state() {
    let rows = events_of(
        "Ketegangan di Laut Utara\n\
         Pada Selasa (4/3), Norwegia menangkap sebuah kapal nelayan milik Finlandia.\n\
         Pada hari yang sama, Oslo juga mengundang Duta Besar Swedia untuk membahas kerja sama perikanan.\n\
         Islandia pada hari itu juga melayangkan protes resmi melalui kedutaan besarnya di Stockholm.\n",
        "2025-03-06",
    );
    // "hari itu" dates the protest; it does not point back at Sweden, named in the sentence
    // before.
    assert!(
        !rows.iter().any(|r| r.starts_with("114 ISL SWE")),
        "{rows:#?}"
    );
}

#[test]
fn a_time_in_a_relative_clause_that_names_no_act_dates_nothing() {
    let rows = events_of(
        "Kunjungan Pertama\n\
         Presiden Finlandia Aino Virtanen, yang dilantik pada 2 Januari lalu, mengunjungi Oslo pada Rabu (5/3) untuk bertemu Perdana Menteri Norwegia.\n\
         Dalam pertemuan itu, Finlandia dan Norwegia menandatangani perjanjian perikanan yang berlaku sejak Juli 2020.\n",
        "2025-03-06",
    );
    // The inauguration day and the day the older treaty took effect date no act of the
    // story: the visit and the signing take the visit's day, not theirs.
    assert!(
        rows.iter().any(|r| r.starts_with("042 FIN NOR 2025-03-05")),
        "{rows:#?}"
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.ends_with("2025-01-02") || r.contains("2020-07")),
        "{rows:#?}"
    );
}

#[test]
fn an_arrival_in_a_relative_clause_still_dates_the_visit() {
    let rows = events_of(
        "Kunjungan Menteri\n\
         Menteri Luar Negeri Swedia Erik Lund, yang tiba pada Senin (3/3), mengunjungi Helsinki untuk membahas kerja sama energi.\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 SWE FIN 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_bomb_tested_is_force_shown_not_used() {
    let rows = events_of(
        "Uji Senjata\n\
         Norwegia mengklaim telah menguji coba bom baru di dekat perairan Islandia pada Senin (3/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("150 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("150 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("195")), "{rows:#?}");
}

#[test]
fn an_adverb_after_a_reaction_does_not_hide_its_anaphoric_object() {
    let rows = events_of(
        "Uji Coba Rudal\n\
         Norwegia menguji coba rudal balistik baru pada Senin (3/3).\n\
         Pada hari yang sama, Swedia mengecam keras uji coba tersebut.\n",
        "2025-03-06",
    );
    // "keras" stands between the verb and "uji coba tersebut", which points back at Norway's
    // test.
    assert!(
        rows.iter().any(|r| r.starts_with("111 SWE NOR 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn talks_named_as_the_means_of_a_settlement_are_no_talks_held() {
    let rows = events_of(
        "Sengketa Perbatasan\n\
         Perdana Menteri Norwegia pada Senin (3/3) menegaskan Oslo akan menyelesaikan sengketa perbatasan melalui perundingan dengan Swedia.\n",
        "2025-03-06",
    );
    assert!(!rows.iter().any(|r| r.starts_with("046")), "{rows:#?}");
}

#[test]
fn what_an_unknown_accuser_accuses_a_state_of_is_no_act() {
    let rows = events_of(
        "Balasan di Sidang Umum\n\
         Islandia menggunakan hak jawabnya untuk menanggapi pidato Perdana Menteri Norwegia di Sidang Umum PBB pada Sabtu (1/3).\n\
         Sigrun juga menuding Norwegia mendukung agenda separatisme.\n",
        "2025-03-06",
    );
    // Sigrun is no one warta knows, so the accusation has no source; the support it charges
    // Norway with is still its content, not an act the article reports.
    assert!(!rows.iter().any(|r| r.starts_with("051 NOR")), "{rows:#?}");
}

#[test]
fn an_act_after_agar_is_asked_for_not_done() {
    let rows = events_of(
        "Seruan Oslo\n\
         Perdana Menteri Norwegia Ola Hansen berpidato di Sidang Umum PBB pada Sabtu (1/3).\n\
         Ia meminta pemerintah Islandia memenuhi seruan sejumlah negara agar utusan Swedia diizinkan berkunjung ke Reykjavik.\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("020 NOR ISL")),
        "{rows:#?}"
    );
    // The envoy's visit is what the appeal asks for.
    assert!(!rows.iter().any(|r| r.starts_with("042")), "{rows:#?}");
}

#[test]
fn a_demonstrative_in_an_opening_frame_or_opening_the_sentence_names_no_target() {
    let rows = events_of(
        "Norwegia dan Swedia Bertemu di KTT Islandia\n\
         Presiden Norwegia Ola Hansen dan Presiden Swedia Erik Lund menggelar pertemuan di sela KTT di Reykjavik, Sabtu (1/3).\n\
         \"Ini pertemuan yang penting,\" ujar Hansen sebelum pembicaraan dimulai.\n\
         Dalam pertemuan itu, keduanya sepakat memperkuat kerja sama energi.\n",
        "2025-03-06",
    );
    // Iceland only hosts the summit the two met at: "Ini" is a pronoun and "pertemuan itu"
    // frames the agreement, so neither points at the last state named.
    assert!(
        rows.iter().any(|r| r.starts_with("030 NOR SWE")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.contains(" ISL ")), "{rows:#?}");
}

#[test]
fn force_or_sanctions_announced_on_a_condition_are_threats_at_its_actor() {
    let rows = events_of(
        "Ketegangan Memuncak\n\
         Perdana Menteri Norwegia Ola Hansen pada Senin (3/3) menegaskan, jika Swedia menyerang, Norwegia akan membalas dengan segenap kekuatan.\n\
         Jika Islandia tetap menahan kapal itu, Oslo akan menjatuhkan sanksi, kata Hansen.\n\
         Hansen juga menawarkan kerja sama penyelidikan apabila Finlandia menyerahkan bukti.\n",
        "2025-03-06",
    );
    // The condition told before the act names whom it threatens; the sanctions are not
    // imposed but threatened (1312); an offer on a condition is made to its actor.
    assert!(
        rows.iter().any(|r| r.starts_with("130 NOR SWE 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("1312 NOR ISL")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("16")), "{rows:#?}");
    assert!(
        rows.iter().any(|r| r.starts_with("030 NOR FIN")),
        "{rows:#?}"
    );
}

#[test]
fn a_capital_before_a_verb_of_agreement_acts_for_its_state() {
    let rows = events_of(
        "Kesepakatan Pelabuhan\n\
         Norwegia dan Swedia menandatangani perjanjian pelabuhan pada Senin (3/3).\n\
         Oslo sepakat memberikan hak pengelolaan pelabuhan itu kepada Swedia.\n",
        "2025-03-06",
    );
    // "sepakat" has no verb prefix, yet Oslo before it is the government agreeing.
    assert!(
        rows.iter().any(|r| r.starts_with("030 NOR SWE 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn a_mobile_phone_tapped_is_no_telephone_call() {
    let rows = events_of(
        "Skandal Penyadapan\n\
         Dokumen yang bocor mengungkap bahwa Norwegia memantau telepon seluler Presiden Islandia pada Senin (3/3).\n",
        "2025-03-06",
    );
    assert!(!rows.iter().any(|r| r.starts_with("041")), "{rows:#?}");
}

#[test]
fn the_pair_named_in_the_sentence_is_the_pair_both_states_stand_for() {
    let rows = events_of(
        "Perundingan Dagang\n\
         Perdana Menteri Norwegia bertemu Presiden Swedia di Oslo pada Senin (3/3).\n\
         Saat itu kedua negara mengumumkan rampungnya perundingan perjanjian dagang Finlandia-Islandia pada Rabu (5/3).\n",
        "2025-03-06",
    );
    // "kedua negara" is the pair the sentence names, not the last pair of the story.
    assert!(
        rows.iter().any(|r| r.starts_with("046 FIN ISL 2025-03-05")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("046 NOR")), "{rows:#?}");
}

#[test]
fn citizens_released_or_held_in_a_passive_stand_for_their_state() {
    let rows = events_of(
        "Tahanan Dibebaskan\n\
         Dua warga Norwegia dibebaskan Stockholm pada Rabu (5/3).\n",
        "2025-03-07",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("084 SWE NOR 2025-03-05")),
        "{rows:#?}"
    );
}

#[test]
fn states_after_a_comma_with_a_verb_of_their_own_are_not_the_object_before_it() {
    let rows = events_of(
        "Norwegia Usir Dubes Swedia, Finlandia dan Islandia Tutup Konsulat\n\
         Langkah itu diumumkan pada Senin (3/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("161 NOR SWE")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("161 NOR FIN")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("161 NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn closing_border_crossings_with_words_between_restricts_movement() {
    let rows = events_of(
        "Perbatasan Ditutup\n\
         Pemerintah Norwegia memutuskan menutup seluruh pos perbatasan darat dengan Swedia pada Rabu (5/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("191 NOR SWE 2025-03-05")),
        "{rows:#?}"
    );
}

#[test]
fn an_act_noun_told_by_a_passive_verb_takes_the_agent_past_an_adverb() {
    let rows = events_of(
        "Latar Belakang\n\
         Sanksi diberlakukan kembali oleh Norwegia terhadap Swedia pada Senin (3/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("163 NOR SWE 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn the_state_a_passive_subject_phrase_names_after_dengan_is_the_patient() {
    let rows = events_of(
        "Hubungan Membeku\n\
         Kontak politik tingkat tinggi dengan Oslo dibekukan oleh Stockholm pada Senin (3/3).\n\
         Dua warga Islandia yang kerap berhubungan dengan Finlandia ditahan otoritas Swedia pada Senin (3/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("160 SWE NOR 2025-03-03")),
        "{rows:#?}"
    );
    // (A relative clause's "dengan" is no part of the act: the held are Icelanders.)
    assert!(!rows.iter().any(|r| r.contains(" FIN")), "{rows:#?}");
}

#[test]
fn a_title_that_looks_like_a_verb_does_not_cut_the_subject_off() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Dalam pembicaraan telepon dengan Presiden Islandia pada Senin (3/3), Perdana Menteri Norwegia membahas krisis energi.\n\
         Pertemuan antara Menlu Swedia dan Menlu Finlandia berlangsung di Helsinki, Selasa (4/3).\n",
        "2025-03-07",
    );
    // "Menteri" begins like a me- verb; the frame's call is the Prime Minister's.
    assert!(
        rows.iter().any(|r| r.starts_with("041 NOR ISL 2025-03-03")),
        "{rows:#?}"
    );
    // The same title before two states joins them as the meeting's parties.
    assert!(
        rows.iter().any(|r| r.starts_with("040 SWE FIN 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn a_former_office_holder_takes_no_state_from_the_story() {
    let rows = events_of(
        "Krisis Norwegia\n\
         Norwegia dilanda krisis politik sejak Senin (3/3).\n\
         Dari pengasingan, mantan presiden Ahmed Halvorsen meminta Swedia mengirim pasukan ke Oslo.\n",
        "2025-03-06",
    );
    // The exile appeals for himself, not for the government that ousted him.
    assert!(!rows.iter().any(|r| r.contains(" NOR SWE ")), "{rows:#?}");
}

#[test]
fn a_state_declaring_itself_disturbed_disapproves() {
    let rows = events_of(
        "Krisis Politik\n\
         Kementerian Luar Negeri Norwegia, Selasa (4/3), menyatakan terganggu oleh pemberlakuan status darurat di Swedia.\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 NOR SWE 2025-03-04")),
        "{rows:#?}"
    );
}

#[test]
fn a_feeling_declared_with_no_object_is_aimed_at_the_other_state_of_the_story() {
    let rows = events_of(
        "Norwegia Tangguhkan Bantuan untuk Swedia\n\
         Norwegia menangguhkan bantuan militer untuk Swedia pada Kamis (6/3) setelah kudeta di Stockholm.\n\
         Menteri Luar Negeri Norwegia Jonas Berg pada hari yang sama menyatakan kecewa.\n",
        "2025-03-07",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("110 NOR SWE 2025-03-06")),
        "{rows:#?}"
    );
}

#[test]
fn a_body_named_after_a_title_is_no_person() {
    let out = mentions_of(
        "Kabar Diplomasi\n\
         Menurut juru bicara Departemen Luar Negeri, Oslo masih meninjau bantuan untuk Swedia.\n",
        "2025-03-06",
    );
    // "Departemen Luar Negeri" after "juru bicara" is the ministry, not a spokesperson's name.
    assert!(
        !out.lines()
            .any(|l| l.contains("Departemen Luar Negeri\tPerson")),
        "{out}"
    );
}

#[test]
fn a_capital_after_a_passive_verb_of_a_relative_clause_is_the_agent() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Oslo mengecam keras uji coba rudal yang dilakukan Stockholm pada Senin (3/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("111 NOR SWE 2025-03-03")),
        "{rows:#?}"
    );
}

#[test]
fn criticism_that_comes_from_a_titled_official_is_not_turned_around() {
    let rows = events_of(
        "Norwegia Tolak Bantuan Swedia\n\
         Junta Norwegia menolak tawaran bantuan Swedia setelah badai pada Senin (3/3).\n\
         Kecaman juga datang dari Menteri Luar Negeri Finlandia Matti Koski yang menilai junta lamban.\n",
        "2025-03-06",
    );
    // The critic is Finland's minister, after "datang dari" and his title; never the target.
    assert!(
        !rows.iter().any(|r| r.starts_with("111 NOR FIN")),
        "{rows:#?}"
    );
}

#[test]
fn an_envoy_sent_is_a_visit_and_one_only_offered_is_none() {
    let rows = events_of(
        "Utusan\n\
         Norwegia mengirim utusan khusus ke Swedia dan Finlandia pada Senin (3/3).\n\
         Islandia menolak tawaran Presiden Finlandia untuk mengirim utusan khusus ke Reykjavik pada Selasa (4/3).\n",
        "2025-03-06",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR SWE 2025-03-03")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("042 NOR FIN 2025-03-03")),
        "{rows:#?}"
    );
    // An offer to send one is announced, not done.
    assert!(!rows.iter().any(|r| r.starts_with("042 FIN")), "{rows:#?}");
}

#[test]
fn regret_for_ones_own_act_is_an_apology_and_deeper_cooperation_is_intent() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Oslo menyatakan penyesalan atas masuknya kapal patroli ke perairan Swedia pada Senin (3/3).\n\
         Helsinki menyampaikan penyesalan mendalam atas keputusan Reykjavik pada Senin (3/3).\n\
         Norwegia memperkuat kerja sama pertahanan dengan Finlandia pada Selasa (4/3).\n\
         Presiden Finlandia Matti Koski, dalam pernyataan tertulisnya pada hari yang sama, berterima kasih kepada pemerintah Swedia.\n",
        "2025-03-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("055 NOR SWE 2025-03-03"), "{rows:#?}");
    // Regret over another's decision is disapproval.
    assert!(has("110 FIN ISL 2025-03-03"), "{rows:#?}");
    assert!(has("030 NOR FIN 2025-03-04"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("06")), "{rows:#?}");
    // A prepositional aside between the subject and its verb does not cut them apart.
    assert!(has("051 FIN SWE 2025-03-04"), "{rows:#?}");
}

#[test]
fn cancelled_treaties_halted_sending_pledges_and_visits_framed_by_a_day() {
    let rows = events_of(
        "Kabar\n\
         Pemerintah Norwegia membatalkan perjanjian keamanan dengan Swedia pada Kamis (6/3).\n\
         Finlandia menghentikan sementara pengiriman tenaga kerja ke Islandia pada Kamis (6/3).\n\
         Swedia menghentikan pengiriman bantuan ke Islandia pada Kamis (6/3).\n\
         Presiden Finlandia Matti Koski mengumumkan penghentian seluruh kerja sama militer dengan Norwegia pada Jumat (7/3).\n\
         Denmark juga menaikkan janji bantuan bagi Islandia pada Jumat (7/3).\n\
         Pengumuman itu disampaikan dalam jumpa pers bersama Presiden Islandia di Reykjavik, Jumat (7/3), pada hari pertama kunjungan resmi Presiden Estonia Alar Karis ke negara itu.\n",
        "2025-03-08",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("160 NOR SWE 2025-03-06"), "{rows:#?}");
    assert!(has("160 FIN ISL 2025-03-06"), "{rows:#?}");
    // Halting aid keeps its own code.
    assert!(has("162 SWE ISL 2025-03-06"), "{rows:#?}");
    assert!(has("160 FIN NOR 2025-03-07"), "{rows:#?}");
    // A pledge of aid is intent, not aid given.
    assert!(has("033 DNK ISL 2025-03-07"), "{rows:#?}");
    // The visit's possessor is the visitor, though the clause names the host first.
    assert!(has("042 EST ISL 2025-03-07"), "{rows:#?}");
    assert!(!has("042 ISL EST"), "{rows:#?}");
}

#[test]
fn announced_sanctions_appositions_and_regret_over_a_test_told_before() {
    let rows = events_of(
        "Kabar\n\
         Presiden Swedia mengatakan Swedia akan menjatuhkan sanksi ekonomi terhadap Norwegia.\n\
         Jepang, salah satu negara donor utama bagi Islandia, mengumumkan pembekuan bantuan hibah baru bagi Reykjavik pada Senin (3/3).\n\
         Norwegia melakukan uji coba rudal balistik di dekat perairan Denmark pada Minggu (2/3).\n\
         Finlandia menyatakan penyesalan mendalam atas uji coba tersebut pada Senin (3/3).\n",
        "2025-03-05",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // Sanctions announced for later are threatened, not imposed.
    assert!(has("1312 SWE NOR"), "{rows:#?}");
    assert!(!has("163 SWE NOR"), "{rows:#?}");
    // The apposition does not cut the subject off; the capital after the aid noun acts.
    assert!(has("162 JPN ISL 2025-03-03"), "{rows:#?}");
    // Regret over another's act is disapproval, aimed at who did it.
    assert!(has("110 FIN NOR 2025-03-03"), "{rows:#?}");
}

#[test]
fn a_welcomed_guest_a_capital_after_a_comma_and_an_organisations_leader() {
    let text = "Kabar\n\
         Presiden Islandia menyambut Emmanuel Macron dalam upacara resmi di Reykjavik pada Senin (3/3).\n\
         Sejak rombongan itu tiba, Oslo berulang kali meminta Stockholm memulangkan mereka.\n\
         Dalam jumpa pers di Oslo, ia mengatakan pemimpin Taliban Mullah Mohammad Omar selamat.\n";
    let rows = events_of(text, "2025-03-05");
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // A bare name after "menyambut" is the guest received.
    assert!(has("043 ISL FRA 2025-03-03"), "{rows:#?}");
    // "tiba, Oslo": the locative verb is cut off by the comma; the capital acts.
    assert!(has("020 NOR SWE"), "{rows:#?}");
    // A leader of a stateless movement takes no state from the sentence's seat.
    let out = mentions_of(text, "2025-03-05");
    let omar = out
        .lines()
        .find(|l| l.contains("Mullah Mohammad Omar"))
        .unwrap_or_default();
    assert!(
        omar.contains("\tPerson\t") && !omar.contains("NOR"),
        "{out}"
    );
}

#[test]
fn a_known_surname_followed_by_other_given_names_is_someone_else() {
    let out = mentions_of(
        "Kabar\n\
         Pemimpin Korea Utara Kim Jong Il menerima Perdana Menteri Jepang Junichiro Koizumi di Pyongyang pada Selasa (17/9).\n\
         Kim meminta maaf kepada Koizumi.\n",
        "2002-09-18",
    );
    // "Jong" is a part of "Kim Jong Un", "Il" is not: the titled name is another person,
    // and the bare "Kim" after it is that person, never Kim Jong Un's QID.
    assert!(out.contains("\tKim Jong Il\tPerson\t"), "{out}");
    assert!(!out.contains("Q56226"), "{out}");
}

#[test]
fn a_counterpart_from_a_state_and_an_envoy_recalled_in_the_passive() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Islandia mengecam Finlandia pada Minggu (2/3).\n\
         Perdana Menteri Norwegia Jonas Gahr Store dan mitranya dari Swedia, Ulf Kristersson, menandatangani perjanjian perbatasan di Oslo pada Senin (3/3).\n\
         Duta Besar Finlandia untuk Islandia ditarik pulang pada Selasa (4/3).\n",
        "2025-03-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The counterpart's state signs with the subject.
    assert!(
        has("057 NOR SWE 2025-03-03") || has("057 SWE NOR 2025-03-03"),
        "{rows:#?}"
    );
    // Recalled with no agent: by the state the envoy represents, from his post.
    assert!(has("161 FIN ISL 2025-03-04"), "{rows:#?}");
}

#[test]
fn a_relative_clause_past_an_aspect_word_and_a_capital_before_an_aid_noun() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Menteri Luar Negeri Norwegia Espen Barth Eide, yang sedang berkunjung ke Helsinki, menegaskan dukungan negaranya bagi Finlandia pada Selasa (4/3).\n\
         Stockholm mengumumkan bantuan senilai 10 juta dolar untuk Islandia pada Selasa (4/3).\n",
        "2025-03-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "yang sedang berkunjung": the relative clause hangs from the minister.
    assert!(has("042 NOR FIN 2025-03-04"), "{rows:#?}");
    // A capital, an unknown verb, then an act's noun: the government gives the aid.
    assert!(has("070 SWE ISL 2025-03-04"), "{rows:#?}");
}

#[test]
fn the_two_states_a_third_one_appeals_to_offers_to_mediate_and_calls_with_a_purpose() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Dalam kunjungannya ke Oslo pada Senin (3/3), Presiden Finlandia Alexander Stubb bertemu Raja Norwegia.\n\
         Norwegia kemudian mengusir duta besar Swedia pada Selasa (4/3).\n\
         Swedia membalas dengan mengusir duta besar Norwegia pada Rabu (5/3).\n\
         Finlandia menyerukan kedua negara menahan diri pada Rabu (5/3).\n\
         Islandia menawarkan diri menjadi penengah antara Oslo dan Stockholm pada Rabu (5/3).\n\
         Presiden Finlandia menelepon Perdana Menteri Swedia pada Rabu (5/3) untuk membahas krisis tersebut.\n",
        "2025-03-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "kedua negara" after Finland's verb: the two states of the latest act, not Finland's
    // own meeting partner.
    assert!(has("0256 FIN SWE 2025-03-05"), "{rows:#?}");
    assert!(has("0256 FIN NOR 2025-03-05"), "{rows:#?}");
    // An offer to mediate between two capitals' governments.
    assert!(has("039 ISL NOR 2025-03-05"), "{rows:#?}");
    assert!(has("039 ISL SWE 2025-03-05"), "{rows:#?}");
    // A call made to discuss is one contact, not a call and a meeting.
    assert!(has("041 FIN SWE 2025-03-05"), "{rows:#?}");
    assert!(!has("040 FIN SWE"), "{rows:#?}");
}

#[test]
fn a_provisional_duty_and_an_older_one_in_a_bare_month() {
    let rows = events_of(
        "Sengketa Dagang\n\
         Jumat (27/11), Kementerian Perdagangan Swedia mengumumkan bea masuk antidumping sementara sebesar 107 hingga 212 persen atas ikan Norwegia.\n\
         Pada Mei, Stockholm telah mengenakan bea tambahan 80 persen atas kayu Norwegia.\n",
        "2020-12-01",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "sementara sebesar …" is a provisional duty, not "while" opening a clause.
    assert!(has("163 SWE NOR 2020-11-27"), "{rows:#?}");
    // "Pada Mei" dates the older duty to May: a second act, not the first told again.
    assert!(has("163 SWE NOR 2020-05-01/2020-05-31"), "{rows:#?}");
}

#[test]
fn a_state_said_to_be_one_of_the_states_that_act_does_the_act() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia menjadi negara pertama yang mengakui Palestina pada Selasa (14/2).\n\
         Oslo termasuk pemerintah Eropa yang paling awal mengirim bantuan ke Suriah pada Selasa (14/2).\n\
         Swedia adalah salah satu negara yang mengecam Islandia pada Rabu (15/2).\n",
        "2023-02-16",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The relative clause hangs from the noun the copula predicates of the state.
    assert!(has("054 NOR PSE 2023-02-14"), "{rows:#?}");
    assert!(has("111 SWE ISL 2023-02-15"), "{rows:#?}");
    // A capital in that frame acts for its state.
    assert!(has("070 NOR SYR 2023-02-14"), "{rows:#?}");
}

#[test]
fn expelled_envoys_answered_the_two_states_accused_and_recognition_moved_away() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Islandia mengusir Duta Besar Norwegia Ola Nordmann dan Duta Besar Swedia Sven Larsson pada Selasa (3/11).\n\
         Kedua diplomat diberi waktu 24 jam untuk pergi.\n\
         Dalam pengumumannya, Perdana Menteri Islandia menuduh kedua negara mencampuri urusan dalam negeri Islandia.\n\
         Rabu (4/11), Oslo dan Stockholm membalas dengan mengusir diplomat Islandia.\n\
         Finlandia mengalihkan pengakuan diplomatiknya dari Norwegia kepada Swedia pada Kamis (5/11).\n",
        "2009-11-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "kedua negara" after two envoys: the envoys' states, as the object of the verb.
    assert!(has("112 ISL NOR 2009-11-03"), "{rows:#?}");
    assert!(has("112 ISL SWE 2009-11-03"), "{rows:#?}");
    // Capitals that answer "dengan" an act act for their states.
    assert!(has("161 NOR ISL 2009-11-04"), "{rows:#?}");
    assert!(has("161 SWE ISL 2009-11-04"), "{rows:#?}");
    // Recognition moved away from a state breaks with that state, not the new one.
    assert!(has("161 FIN NOR 2009-11-05"), "{rows:#?}");
    assert!(!has("161 FIN SWE"), "{rows:#?}");
}

#[test]
fn an_apposition_with_a_possessor_and_a_second_subject_after_dan() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Norwegia, bekas penguasa kolonial Swedia, mengecam kudeta tersebut pada Rabu (30/8).\n",
        "2023-08-31",
    );
    // The apposition between commas names Sweden as a possessor, not as the subject.
    assert!(
        rows.iter().any(|r| r.starts_with("111 NOR SWE 2023-08-30")),
        "{rows:#?}"
    );
    let rows = events_of(
        "Krisis di Swedia, Oslo Mengecam dan Helsinki Minta Dialog\n\
         Norwegia mengecam kudeta di Swedia pada Rabu (30/8).\n",
        "2023-08-31",
    );
    // "Helsinki" after "dan" is the subject of "Minta", not what Oslo condemns.
    assert!(
        !rows.iter().any(|r| r.starts_with("111 NOR FIN")),
        "{rows:#?}"
    );
}

#[test]
fn visitors_in_a_relative_clause_a_contained_virus_and_a_visa_on_arrival_are_no_acts() {
    let rows = events_of(
        "Kabar Wabah\n\
         Oslo menjemput 200 warga Norwegia dari Swedia pada Minggu (2/2).\n\
         Pemerintah Swedia telah mengunci Malmo sejak 23 Januari untuk menahan penyebaran virus.\n\
         Oslo menangguhkan fasilitas visa kunjungan saat kedatangan bagi warga Swedia pada Minggu (2/2).\n\
         Oslo juga melarang masuk warga asing yang baru berkunjung ke Swedia pada Minggu (2/2).\n",
        "2020-02-03",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // "yang baru berkunjung": the visitors are foreigners, not Norway; and a visa on
    // arrival is no arrival.
    assert!(!has("042 NOR SWE"), "{rows:#?}");
    // Containing a spread detains no one.
    assert!(!rows.iter().any(|r| r.starts_with("173")), "{rows:#?}");
    // The ban itself is still told.
    assert!(has("172 NOR SWE 2020-02-02"), "{rows:#?}");
}

#[test]
fn an_apposition_saying_what_a_place_is_keeps_the_visit_in_one_clause() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Finlandia berkunjung ke Nordvik, kota di pesisir utara Swedia, untuk bertemu Perdana Menteri Swedia pada Selasa (10/8).\n",
        "2010-08-11",
    );
    // The town is in Sweden: the visit goes there.
    assert!(
        rows.iter().any(|r| r.starts_with("042 FIN SWE 2010-08-10")),
        "{rows:#?}"
    );
}

#[test]
fn a_verb_after_dan_belongs_to_the_subject_of_the_verb_before_it() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Presiden Norwegia Luis Vega tiba di Stockholm pada Sabtu (25/7).\n\
         Dalam kunjungan Vega ke ibu kota Swedia itu, Perdana Menteri Swedia Ulf Kristersson menyebut hari itu sebagai hari bersejarah dan berterima kasih kepada Vega.\n",
        "2009-07-26",
    );
    // The thanks are Kristersson's (the subject of "menyebut"), not the visitor's.
    assert!(
        rows.iter().any(|r| r.starts_with("051 SWE NOR 2009-07-25")),
        "{rows:#?}"
    );
}

#[test]
fn soldiers_killed_in_an_attack_are_its_victims_not_its_agents() {
    let rows = events_of(
        "Kabar Perbatasan\n\
         Lima tentara Norwegia tewas dalam serangan udara di Swedia pada Kamis (27/2).\n",
        "2020-03-02",
    );
    // Norway's soldiers died in the strike: Norway did not strike Sweden.
    assert!(!rows.iter().any(|r| r.starts_with("195 NOR")), "{rows:#?}");
}

#[test]
fn an_accusation_said_to_name_no_state_is_aimed_at_none() {
    let rows = events_of(
        "Kerusuhan di Swedia\n\
         Norwegia mengirim polisi ke Swedia pada Kamis (25/11).\n\
         Perdana Menteri Swedia menuding ada kekuatan asing di balik kerusuhan itu, tanpa menyebut negara tertentu.\n",
        "2021-11-26",
    );
    assert!(!rows.iter().any(|r| r.starts_with("112")), "{rows:#?}");
}

#[test]
fn a_summit_of_a_blocs_members_is_no_meeting_with_the_last_partner() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Perdana Menteri Swedia Ulf Kristersson menyatakan negaranya siap bekerja sama dengan Norwegia pada Senin (20/10).\n\
         Kristersson menyampaikan hal itu dalam pertemuan puncak darurat negara-negara anggota Dewan Nordik di Stockholm.\n",
        "2014-10-21",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("031 SWE NOR 2014-10-20"), "{rows:#?}");
    assert!(!has("040 SWE NOR"), "{rows:#?}");
}

#[test]
fn aid_arriving_somewhere_goes_to_its_state_and_who_ordered_it_is_no_recipient() {
    let rows = events_of(
        "Bantuan Swedia dan Finlandia Tiba di Islandia\n\
         REYKJAVIK, KOMPAS.com - Bantuan Swedia dan Finlandia tiba di Islandia pada Selasa (4/3) setelah gempa besar melanda pantai selatan negara itu.\n\
         Denmark mengirim dua pesawat berisi bantuan atas perintah Perdana Menteri Lars Hovland.\n",
        "2025-03-06",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The arrival names the recipient, though it is a verb of its own after the aid.
    assert!(has("070 SWE ISL 2025-03-04"), "{rows:#?}");
    assert!(has("070 FIN ISL 2025-03-04"), "{rows:#?}");
    // Denmark's aid names no recipient but the one who ordered it: it follows the aid before.
    assert!(has("070 DNK ISL"), "{rows:#?}");
}

#[test]
fn an_official_named_without_a_state_serves_the_government_of_the_dateline() {
    let rows = events_of(
        "Norwegia Usir Diplomat Islandia\n\
         OSLO, KOMPAS.com - Norwegia mengusir dua diplomat Islandia pada Senin (4/4). Keputusan itu diumumkan Menteri Luar Negeri Lars Hovland di Oslo.\n\
         Dalam pengumuman yang sama, Hovland menuduh pasukan Islandia melakukan pelanggaran di perbatasan.\n",
        "2022-04-06",
    );
    // Norway and Iceland are named as often before him; the reporter in Oslo tips it.
    assert!(
        rows.contains(&"112 NOR ISL 2022-04-04".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn sending_another_states_citizens_home_is_a_deportation_but_taking_ones_own_is_not() {
    let rows = events_of(
        "Kabar Migrasi\n\
         OSLO - Norwegia memulangkan 50 warga Swedia pada Senin (3/3).\n\
         Islandia memulangkan 20 warganya dari Finlandia pada Jumat (7/3).\n",
        "2025-03-08",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    assert!(has("174 NOR SWE 2025-03-03"), "{rows:#?}");
    assert!(!has("174 ISL"), "{rows:#?}");
}

#[test]
fn a_capital_acts_past_a_span_of_years_before_its_verb() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         Oslo selama bertahun-tahun menuntut Stockholm menghapus kebijakan itu.\n",
        "2025-03-08",
    );
    assert!(rows.contains(&"100 NOR SWE -".to_owned()), "{rows:#?}");
}

#[test]
fn regret_noted_at_anothers_decision_is_disapproval_and_a_letter_of_objection_a_complaint() {
    let rows = events_of(
        "Kabar Diplomasi\n\
         OSLO, CNN Indonesia -- Pemerintah Swedia menyatakan mencatat keputusan Norwegia dengan penyesalan, Selasa (6/7).\n\
         Stockholm menyatakan telah mengirim surat penolakan resmi kepada Oslo pada Senin (5/7).\n",
        "2021-07-07",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // Not an apology: the regret is at Norway's decision.
    assert!(has("110 SWE NOR 2021-07-06"), "{rows:#?}");
    assert!(!has("055"), "{rows:#?}");
    // The letter goes to a capital after "kepada", which stands for its government.
    assert!(has("114 SWE NOR 2021-07-05"), "{rows:#?}");
}

#[test]
fn a_states_name_inside_the_outlets_name_is_no_mention_of_it() {
    let rows = mentions_of(
        "Kabar Diplomasi\n\nOSLO, CNN Indonesia -- Pemerintah Swedia memuji Norwegia, Selasa (6/7).\n",
        "2021-07-07",
    );
    assert!(!rows.contains("Q252"), "{rows}");
    assert!(rows.contains("Swedia\tState\tQ34"), "{rows}");
}

#[test]
fn a_monarch_of_several_realms_acts_for_the_first_and_the_pope_for_the_holy_see() {
    let rows = events_of(
        "Kabar Kerajaan\n\
         BERLIN - Raja Charles III tiba di Berlin pada Rabu (29/3) untuk kunjungan kenegaraan.\n\
         Presiden Islandia menyambut Paus Fransiskus di Reykjavik pada Kamis (30/3).\n",
        "2023-03-31",
    );
    let has = |row: &str| rows.iter().any(|r| r.starts_with(row));
    // The knowledge base lists the United Kingdom first among his realms.
    assert!(has("042 GBR DEU 2023-03-29"), "{rows:#?}");
    assert!(has("043 ISL VAT 2023-03-30"), "{rows:#?}");
}

#[test]
fn what_is_handed_over_names_its_owner_the_recipient_follows_kepada() {
    let rows = events_of(
        "Kabar Budaya\n\
         Swedia menyerahkan 20 artefak perunggu Norwegia kepada Islandia pada Selasa (20/12).\n",
        "2022-12-21",
    );
    assert!(
        rows.contains(&"080 SWE ISL 2022-12-20".to_owned()),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("080 SWE NOR")),
        "{rows:#?}"
    );
}

#[test]
fn a_comma_before_a_subjects_title_closes_the_opening_clause() {
    let rows = events_of(
        "Kabar\n\
         OSLO - Norwegia menempatkan rudal pada Senin (6/3).\n\
         Dua hari setelah peluncur itu tiba, Menteri Luar Negeri Finlandia Pekka Haavisto menyebut penempatan itu sebagai pilihan yang keliru.\n\
         Ia mendesak Oslo dan Stockholm menghentikan proses penempatan tersebut.\n",
        "2017-03-09",
    );
    // The minister is the subject of his sentence, so "Ia" is he.
    assert!(
        rows.contains(&"020 FIN NOR 2017-03-06".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.contains(&"020 FIN SWE 2017-03-06".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn rescue_squads_flown_in_and_condolences_in_two_words_are_coded() {
    let rows = events_of(
        "Bantuan untuk Islandia\n\
         REYKJAVIK - Norwegia mengirim regu penyelamat ke Islandia pada Senin (3/3).\n\
         Swedia menerbangkan tim medis darurat ke Islandia.\n\
         Kementerian Luar Negeri Finlandia menyampaikan duka cita mendalam kepada pemerintah dan rakyat Islandia.\n",
        "2025-03-05",
    );
    for row in ["073 NOR ISL", "073 SWE ISL", "018 FIN ISL"] {
        assert!(rows.iter().any(|r| r.starts_with(row)), "{row}: {rows:#?}");
    }
}

#[test]
fn a_post_the_subjects_state_has_another_holder_of_is_not_that_states() {
    let rows = mentions_of(
        "Kabar Gempa\n\nPARIS - Gempa mengguncang Islandia pada Senin (3/3).\n\
         Presiden Prancis Emmanuel Macron menelepon Perdana Menteri Halvard Berg pada hari yang sama.\n",
        "2025-03-05",
    );
    // The knowledge base knows France's prime minister on the day: the one called is not he.
    let berg = rows
        .lines()
        .find(|l| l.contains("\tHalvard Berg\t"))
        .unwrap_or_else(|| panic!("{rows}"));
    assert!(!berg.contains("FRA"), "{berg}");
}

#[test]
fn a_middle_initial_is_part_of_the_name() {
    let rows = mentions_of(
        "Kabar\n\nWASHINGTON - Presiden Amerika Serikat George W. Bush menerima Perdana Menteri Islandia di Gedung Putih pada Kamis (29/6).\n\
         Bush juga memuji Reykjavik.\n",
        "2006-06-30",
    );
    assert!(rows.contains("\tGeorge W. Bush\tPerson\t"), "{rows}");
    // The surname alone is the same person, and acts for his state.
    let bare = rows
        .lines()
        .find(|l| l.contains("\tBush\tPerson\t"))
        .unwrap_or_else(|| panic!("{rows}"));
    assert!(bare.contains("\tUSA\t"), "{bare}");
}

#[test]
fn a_head_of_state_titled_without_a_state_leads_the_state_its_ruler_of_the_day_does() {
    let text = "Kabar\n\
                OSLO - Presiden Viktor Yushchenko mengecam Islandia pada Senin (5/3).\n";
    let rows = events_of(text, "2007-03-07");
    assert!(
        rows.contains(&"111 UKR ISL 2007-03-05".to_owned()),
        "{rows:#?}"
    );
    // Two rulers of the day share the surname (Argentina's and the Dominican Republic's);
    // once the Dominican's term ended, only one of them ruled.
    let shared = "Kabar\nOSLO - Presiden Fernandez memuji Islandia kemarin.\n";
    let rows = events_of(shared, "2009-03-07");
    assert!(!rows.iter().any(|r| r.starts_with("051 ARG")), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.starts_with("051 DOM")), "{rows:#?}");
    let rows = events_of(shared, "2013-03-07");
    assert!(rows.iter().any(|r| r.starts_with("051 ARG")), "{rows:#?}");
    // The table ends in 2015: of a later day it knows only the rulers still in office at its
    // end (Yushchenko left in 2010).
    let later = events_of(text, "2017-03-07");
    assert!(
        !later.iter().any(|r| r.starts_with("111 UKR")),
        "{later:#?}"
    );
}

#[test]
fn revoked_visas_are_a_sanction_and_a_cancelled_exercise_reduces_relations() {
    let rows = events_of(
        "Kabar\n\
         OSLO - Denmark mencabut visa lebih dari 1.000 mahasiswa Islandia pada Senin (5/3).\n\
         Norwegia membatalkan latihan angkatan laut dengan Swedia pada hari yang sama.\n\
         Swedia mencabut status bebas visa bagi warga Norwegia.\n",
        "2018-03-07",
    );
    for row in [
        "172 DNK ISL 2018-03-05",
        "160 NOR SWE 2018-03-05",
        "160 SWE NOR",
    ] {
        assert!(rows.iter().any(|r| r.starts_with(row)), "{row}: {rows:#?}");
    }
    // Cancelling the exercise is no exercise held.
    assert!(!rows.iter().any(|r| r.starts_with("062")), "{rows:#?}");
}

#[test]
fn rejecting_what_another_state_demanded_is_aimed_at_that_state() {
    let rows = events_of(
        "Kabar Energi\n\nOSLO - Norwegia menghentikan seluruh pasokan gas ke Islandia dan Finlandia mulai Rabu (7/3) pagi. \
         Oslo beralasan kedua negara tidak membayar tagihan gas dalam krona.\n\
         Reykjavik sejak awal menolak tuntutan tersebut karena dinilai melanggar kontrak.\n",
        "2018-03-08",
    );
    // "tuntutan tersebut" is Norway's, not the other state hit by the same cut.
    assert!(
        rows.iter().any(|r| r.starts_with("120 ISL NOR")),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("120 ISL FIN")),
        "{rows:#?}"
    );
}

#[test]
fn an_acts_noun_with_a_passive_relative_clause_is_done_by_its_agent() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Finlandia mengunjungi Islandia pada Selasa (6/3). \
         Kunjungan itu berlangsung di tengah sanksi ekonomi yang diberlakukan kembali oleh Norwegia terhadap Islandia.\n\
         Islandia juga terkena embargo yang dijatuhkan oleh Swedia.\n",
        "2018-03-08",
    );
    for row in ["163 NOR ISL", "163 SWE ISL"] {
        assert!(rows.iter().any(|r| r.starts_with(row)), "{row}: {rows:#?}");
    }
    assert!(!rows.iter().any(|r| r.starts_with("163 ISL")), "{rows:#?}");
}

#[test]
fn a_passives_agent_may_be_a_states_government_in_lower_case() {
    let rows = events_of(
        "Kabar\n\nOSLO - Swedia menuding Finlandia mendukung kelompok pemberontak pada Senin (5/3).\n\
         Tuduhan itu dibantah pemerintah Finlandia.\n",
        "2018-03-07",
    );
    assert!(
        rows.iter().any(|r| r.starts_with("016 FIN SWE")),
        "{rows:#?}"
    );
}

#[test]
fn a_meeting_beside_a_hosting_runs_from_the_guest_to_the_host() {
    let rows = events_of(
        "Kabar\n\nHELSINKI - Pemerintah Finlandia menyambut Perdana Menteri Swedia di Helsinki pada Senin (5/3).\n\
         Finlandia dan Swedia mengadakan pertemuan untuk membahas keamanan Laut Baltik.\n",
        "2018-03-07",
    );
    assert!(
        rows.contains(&"043 FIN SWE 2018-03-05".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.contains(&"040 SWE FIN 2018-03-05".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn the_state_opening_the_sentence_before_gives_an_official_his_state() {
    let rows = events_of(
        "Kabar\n\nSTOCKHOLM - Swedia menangkap seorang pengusaha Norwegia di Stockholm pada 1 Desember. \
         Islandia menuduh pengusaha itu menghindari sanksi terhadap Finlandia.\n\
         Pemerintah Norwegia bereaksi keras atas penangkapan itu. Pada Sabtu (8/12), Wakil Menteri Luar Negeri \
         Lars Holm memanggil Duta Besar Swedia dan menuntut pengusaha itu dibebaskan.\n",
        "2018-12-10",
    );
    assert!(
        rows.contains(&"114 NOR SWE 2018-12-08".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn a_veto_is_aimed_at_the_drafts_sponsor_not_at_what_it_is_about() {
    let rows = events_of(
        "Kabar PBB\n\nNew York - Swedia menjatuhkan veto atas rancangan resolusi Dewan Keamanan PBB \
         yang diajukan Norwegia soal Islandia, Jumat (12/1).\n",
        "2007-01-13",
    );
    assert!(
        rows.contains(&"129 SWE NOR 2007-01-12".to_owned()),
        "{rows:#?}"
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("129 SWE ISL")),
        "{rows:#?}"
    );
}

#[test]
fn a_walk_out_is_aimed_at_the_state_whose_speaker_it_left() {
    let rows = events_of(
        "Kabar\n\nNusa Dua - Menteri Luar Negeri Swedia meninggalkan ruang sidang Pertemuan Menteri Luar Negeri G20, \
         Jumat (8/7), ketika Menteri Luar Negeri Islandia menyampaikan pandangannya.\n",
        "2022-07-09",
    );
    assert!(
        rows.contains(&"140 SWE ISL 2022-07-08".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn a_threatened_veto_is_a_threat_against_the_drafts_sponsors() {
    let rows = events_of(
        "Kabar\n\nPARIS - Presiden Swedia, Senin (10/3), mengancam akan menggunakan hak veto Swedia \
         untuk menjegal rancangan yang diusung Norwegia dan Islandia itu.\n",
        "2003-03-11",
    );
    for row in ["130 SWE NOR 2003-03-10", "130 SWE ISL 2003-03-10"] {
        assert!(rows.contains(&row.to_owned()), "{row}: {rows:#?}");
    }
    // What the threat is for is not done.
    assert!(!rows.iter().any(|r| r.starts_with("129")), "{rows:#?}");
}

#[test]
fn cooperation_as_a_noun_is_a_topic_the_verb_is_the_act() {
    let rows = events_of(
        "Kabar\n\nOSLO - Kerja sama Norwegia dengan Islandia di bidang energi terus berkembang.\n\
         Norwegia juga bekerja sama dengan Swedia untuk memburu kapal ilegal pada Senin (5/3).\n",
        "2018-03-07",
    );
    assert!(
        !rows.iter().any(|r| r.starts_with("060 NOR ISL")),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("060 NOR SWE")),
        "{rows:#?}"
    );
}

#[test]
fn acknowledging_something_is_no_act_admitting_responsibility_is() {
    let rows = events_of(
        "Kabar\n\nOSLO - Islandia mengakui adanya perbedaan pandangan dengan Norwegia soal kuota ikan, Senin (5/3).\n\
         Swedia mengakui tanggung jawab atas penembakan kapal Finlandia pada hari yang sama.\n",
        "2018-03-07",
    );
    assert!(!rows.iter().any(|r| r.starts_with("015 ISL")), "{rows:#?}");
    assert!(
        rows.contains(&"015 SWE FIN 2018-03-05".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn restraint_claimed_or_asked_for_is_no_de_escalation() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia menegaskan pihaknya terus menahan diri terhadap Islandia, Senin (5/3).\n\
         Norwegia menahan dua kapal Islandia pada hari yang sama.\n",
        "2018-03-07",
    );
    assert!(!rows.iter().any(|r| r.starts_with("087")), "{rows:#?}");
    // ("menahan" alone is still a detention.)
    assert!(
        rows.iter().any(|r| r.starts_with("173 NOR ISL")),
        "{rows:#?}"
    );
}

#[test]
fn a_visit_told_in_a_relative_clause_or_by_departure_is_a_visit() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menteri Luar Negeri Norwegia, yang tengah berkunjung ke Reykjavik, mengecam Swedia, Senin (5/3).\n\
         Presiden Finlandia Sauli Niinisto bertolak ke Stockholm pada Selasa (6/3).\n",
        "2018-03-07",
    );
    assert!(
        rows.contains(&"042 NOR ISL 2018-03-05".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.contains(&"042 FIN SWE 2018-03-06".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn rescuers_from_a_state_at_work_in_another_are_aid_to_it() {
    let rows = events_of(
        "Kabar\n\nREYKJAVIK - Gempa mengguncang Islandia pada Senin (5/3).\n\
         Regu penyelamat dari Norwegia tiba di Reykjavik pada Selasa (6/3).\n\
         Tim penyelamat Swedia juga menyisir reruntuhan di Reykjavik.\n",
        "2018-03-07",
    );
    assert!(
        rows.contains(&"073 NOR ISL 2018-03-06".to_owned()),
        "{rows:#?}"
    );
    assert!(
        rows.iter().any(|r| r.starts_with("073 SWE ISL")),
        "{rows:#?}"
    );
}

#[test]
fn a_meeting_noun_after_dalam_frames_the_verb_before_it() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Norwegia Jonas Berg dijadwalkan menerima para pemimpin Swedia, Finlandia dan Islandia dalam pertemuan terpisah.\n",
        "2018-03-07",
    );
    assert!(!rows.iter().any(|r| r.starts_with("040")), "{rows:#?}");
}

#[test]
fn disapproval_said_of_a_states_act_is_the_speakers() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menteri Luar Negeri Norwegia pada Senin (5/3) menyebut keputusan Stockholm mengecewakan dan keliru.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["110 NOR SWE 2018-03-05".to_owned()]);
}

#[test]
fn withdrawing_recognition_reduces_relations() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mencabut pengakuannya atas Reykjavik sebagai ibu kota Islandia, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["161 NOR ISL 2018-03-06".to_owned()]);
}

#[test]
fn patrol_ships_sent_are_a_show_of_force_and_withdrawn_a_de_escalation() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mengirim dua kapal patroli ke perairan sengketa dengan Islandia, Senin (5/3).\n\
         Sehari kemudian, Oslo menarik kedua kapal patrolinya dari perairan Islandia.\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "150 NOR ISL 2018-03-05".to_owned(),
            "087 NOR ISL 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn all_options_on_the_table_is_a_veiled_threat() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Norwegia Jonas Berg mengatakan semua opsi terbuka untuk melindungi hak air Norwegia dari bendungan Swedia, Senin (5/3).\n\
         Menurut Berg, semua opsi ada di atas meja jika Islandia tetap menolak.\n",
        "2018-03-07",
    );
    assert!(
        rows.contains(&"130 NOR ISL 2018-03-05".to_owned()),
        "{rows:#?}"
    );
}

#[test]
fn tripoli_and_juba_stand_for_their_governments_when_they_act() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mencabut sanksi terhadap Libya, Senin (5/3).\n\
         Langkah itu disambut gembira oleh Tripoli.\n\
         Juba menuding Khartoum menyita minyaknya pada Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "085 NOR LBY 2018-03-05".to_owned(),
            "051 LBY NOR 2018-03-05".to_owned(),
            "112 SSD SDN 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_city_name_after_a_given_name_is_a_surname_and_portfolios_may_join_with_dan() {
    let rows = mentions_of(
        "Kabar\n\nOSLO - Menteri Iklim dan Lingkungan Hidup Polandia Anna Moskwa bertemu Menteri Lingkungan Hidup Jerman, Senin (5/3).\n",
        "2018-03-07",
    );
    assert!(
        rows.lines()
            .any(|l| l.contains("\tAnna Moskwa\tPerson") && l.contains("\tPOL")),
        "{rows}"
    );
    // Neither Moscow (the city in the name) nor the portfolio word is an entity.
    assert!(!rows.contains("\tRUS"), "{rows}");
    assert!(!rows.contains("\tIklim\t"), "{rows}");
}

#[test]
fn an_appeal_to_a_states_own_citizens_is_no_appeal_to_another_state() {
    let rows = events_of(
        "Kabar\n\nOSLO - Pemerintah Norwegia mengimbau warganya menghindari semua perjalanan ke Islandia, Senin (5/3).\n\
         Swedia meminta warga negaranya segera meninggalkan Islandia.\n\
         Finlandia mendesak Islandia membebaskan dua nelayannya.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["0253 FIN ISL 2018-03-05".to_owned()]);
}

#[test]
fn an_appeal_to_states_it_does_not_name_is_aimed_at_no_state() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mengimbau negara-negara di kawasan untuk tidak dimanfaatkan Swedia, Senin (5/3).\n\
         Norwegia juga mendesak Islandia membebaskan dua nelayannya.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["0253 NOR ISL 2018-03-05".to_owned()]);
}

#[test]
fn evidence_backing_a_claim_is_no_support_for_a_state() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menteri Luar Negeri Norwegia Per Hansen menuding Swedia menyadap kedutaannya, Senin (5/3).\n\
         Hansen tidak menyertakan bukti apa pun untuk mendukung klaimnya.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["112 NOR SWE 2018-03-05".to_owned()]);
}

#[test]
fn a_personal_attack_in_words_is_no_use_of_force() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Norwegia Jonas Berg menyatakan menyesal karena komentarnya terkesan sebagai serangan pribadi terhadap Presiden Islandia Karl Olafsson, Senin (5/3).\n\
         Swedia melancarkan serangan terhadap pos perbatasan Finlandia pada hari yang sama.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["190 SWE FIN 2018-03-05".to_owned()]);
}

#[test]
fn fostering_cooperation_is_no_appeal() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia menyebut perjanjian itu akan mendorong kerja sama dengan Islandia, Senin (5/3).\n\
         Norwegia juga mendorong Swedia segera berunding dengan Finlandia.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["020 NOR SWE 2018-03-05".to_owned()]);
}

#[test]
fn anger_at_a_states_act_is_disapproval() {
    let rows = events_of(
        "Kabar\n\nOSLO - Islandia menangkap dua nelayan Norwegia, Senin (5/3).\n\
         Norwegia marah atas penangkapan itu.\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "173 ISL NOR 2018-03-05".to_owned(),
            "110 NOR ISL 2018-03-05".to_owned()
        ]
    );
}

#[test]
fn a_text_agreed_on_is_an_agreement_an_act_agreed_to_is_intent() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia dan Islandia menyepakati peta jalan perdamaian, Senin (5/3).\n\
         Swedia dan Finlandia sepakat untuk memperkuat kerja sama perikanan, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "057 NOR ISL 2018-03-05".to_owned(),
            "030 SWE FIN 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn calling_a_state_racist_or_its_leader_a_dictator_is_disapproval() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Norwegia Jonas Berg menyebut Swedia sebagai pemerintahan yang rasis, Senin (5/3).\n\
         Ia juga menyebut Presiden Islandia Karl Olafsson seorang diktator.\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "111 NOR SWE 2018-03-05".to_owned(),
            "111 NOR ISL 2018-03-05".to_owned()
        ]
    );
}

#[test]
fn summoning_another_states_envoy_by_name_is_a_protest() {
    let rows = events_of(
        "Kabar\n\nOSLO - Duta Besar Swedia untuk Norwegia Lars Svensson tiba di Oslo, Senin (5/3).\n\
         Menteri Luar Negeri Norwegia Per Hansen memanggil Svensson pada Selasa (6/3) untuk memprotes penangkapan nelayan Norwegia.\n\
         Polisi Norwegia memanggil Olav Berg untuk diperiksa.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["114 NOR SWE 2018-03-06".to_owned()]);
}

#[test]
fn a_call_partner_told_before_the_cue_is_its_target() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Norwegia Jonas Berg juga berbicara dengan Perdana Menteri Swedia Ulf Kristers melalui telepon pada Senin (5/3).\n\
         Berg lalu berbicara dengan Menteri Luar Negeri Norwegia Per Hansen melalui telepon pada Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["041 NOR SWE 2018-03-05".to_owned()]);
}

#[test]
fn a_capital_that_sends_a_note_of_protest_is_its_government() {
    let rows = events_of(
        "Kabar\n\nOSLO - Stockholm mengirim nota protes kepada Oslo, Senin (5/3).\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["114 SWE NOR 2018-03-05".to_owned()]);
}

#[test]
fn what_is_handed_over_goes_to_the_state_after_ke_or_kepada() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mengekstradisi seorang pengusaha Swedia ke Finlandia, Senin (5/3).\n\
         Pemerintah Denmark menyerahkan dua warga Swedia kepada Islandia, Selasa (6/3).\n\
         Islandia membebaskan dua nelayan Swedia dan menerbangkan mereka ke Finlandia, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "0841 NOR FIN 2018-03-05".to_owned(),
            "080 DNK ISL 2018-03-06".to_owned(),
            "084 ISL SWE 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn ordering_diplomats_or_staff_to_leave_reduces_relations() {
    let rows = events_of(
        "Kabar\n\nOSLO - Kementerian Luar Negeri Norwegia pada Senin (5/3) memerintahkan seluruh diplomat Swedia beserta keluarga mereka meninggalkan negeri itu dalam waktu 48 jam.\n\
         Finlandia memerintahkan seluruh staf nonesensial kedutaannya di Oslo meninggalkan Norwegia, Selasa (6/3).\n\
         Denmark memerintahkan diplomat Islandia keluar dari Kopenhagen, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "161 NOR SWE 2018-03-05".to_owned(),
            "161 FIN NOR 2018-03-06".to_owned(),
            "161 DNK ISL 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_mission_opened_in_a_capital_is_aimed_at_its_state() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menteri Luar Negeri Norwegia Per Hansen membuka kembali Kedutaan Besar Norwegia di Stockholm, Senin (5/3).\n\
         Islandia dan Finlandia menandatangani perjanjian perikanan di Oslo, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "054 NOR SWE 2018-03-05".to_owned(),
            "057 ISL FIN 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_name_in_apposition_before_the_verb_is_its_subject() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menteri Luar Negeri Swedia, Lars Nilsson, memperingatkan Norwegia, Senin (5/3).\n\
         Juru bicara Kementerian Luar Negeri Finlandia, Anna Virtanen, mengecam Islandia, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "130 SWE NOR 2018-03-05".to_owned(),
            "111 FIN ISL 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_verb_joined_to_an_accusations_content_is_content() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menteri Luar Negeri Norwegia Per Hansen menuding pemerintah Swedia terus mencampuri urusan dalam negeri Norwegia serta mendukung kelompok-kelompok pemberontak, Senin (5/3).\n\
         Hansen juga menuduh Islandia melanggar wilayahnya dan menuntut Reykjavik menarik kapalnya, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "112 NOR SWE 2018-03-05".to_owned(),
            "112 NOR ISL 2018-03-06".to_owned(),
            "106 NOR ISL 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn lifting_a_suspension_eases_it_and_what_should_have_been_done_was_not() {
    let rows = events_of(
        "Kabar\n\nOSLO - Pemerintah Norwegia mencabut penghentian sementara ekspor ikan ke Swedia, Senin (5/3).\n\
         Menteri Perdagangan Swedia Ulf Berg menilai Norwegia semestinya lebih dulu berkonsultasi dengan Stockholm.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["085 NOR SWE 2018-03-05".to_owned()]);
}

#[test]
fn an_act_promised_is_intent_not_done() {
    let rows = events_of(
        "Kabar\n\nOSLO - Stockholm berjanji mencabut bea masuk atas ikan Norwegia, Senin (5/3).\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["030 SWE NOR 2018-03-05".to_owned()]);
}

#[test]
fn condolences_told_as_a_calls_purpose_are_the_callers() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Finlandia Sauli Niin menelepon Perdana Menteri Norwegia Jonas Berg pada hari yang sama untuk menyampaikan belasungkawa, Senin (5/3).\n\
         Presiden Islandia Karl Olafsson mendatangi Kedutaan Besar Norwegia di Reykjavik untuk menyampaikan belasungkawa, Senin (5/3).\n\
         Perdana Menteri Swedia Ulf Kristers menyampaikan duka kepada rakyat Norwegia, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "041 FIN NOR 2018-03-05".to_owned(),
            "018 FIN NOR 2018-03-05".to_owned(),
            "018 ISL NOR 2018-03-05".to_owned(),
            "018 SWE NOR 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn sympathy_for_people_of_no_state_and_mourning_ones_own_dead_aim_at_no_one() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mengecam Swedia atas pembakaran kitab suci itu, Senin (5/3).\n\
         Perdana Menteri Swedia Ulf Kristers menyampaikan simpatinya kepada umat Muslim yang tersinggung.\n\
         Norwegia juga menetapkan tiga hari berkabung nasional.\n\
         Presiden Finlandia Sauli Niin mengizinkan Swedia untuk mengirim pasukan.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["111 NOR SWE 2018-03-05".to_owned()]);
}

#[test]
fn condolences_naming_no_one_go_to_the_state_of_the_person_who_died() {
    let rows = events_of(
        "Kabar\n\nOSLO - Pemerintah Norwegia mengumumkan wafatnya Perdana Menteri Norwegia Jonas Berg, Senin (5/3).\n\
         Presiden Finlandia Sauli Niin menyampaikan belasungkawa, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["018 FIN NOR 2018-03-06".to_owned()]);
}

#[test]
fn an_offer_to_mediate_is_intent_and_war_games_show_force() {
    let rows = events_of(
        "Kabar\n\nOSLO - Denmark menyatakan siap menjadi penengah antara Norwegia dan Swedia, Senin (5/3).\n\
         Militer Swedia menggelar latihan perang di dekat perbatasan Norwegia, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "039 DNK NOR 2018-03-05".to_owned(),
            "039 DNK SWE 2018-03-05".to_owned(),
            "150 SWE NOR 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_step_called_illegitimate_or_unhelpful_is_disapproval() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menteri Luar Negeri Norwegia Per Hansen menyebut undang-undang baru Swedia itu tidak membantu, Senin (5/3).\n\
         Presiden Finlandia Sauli Niin menilai pemerintahan baru Islandia tidak sah, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "111 NOR SWE 2018-03-05".to_owned(),
            "111 FIN ISL 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_cancelled_meeting_reduces_relations_and_annoyance_is_disapproval() {
    let rows = events_of(
        "Kabar\n\nOSLO - Perdana Menteri Norwegia Jonas Berg membatalkan pertemuannya dengan Perdana Menteri Swedia Ulf Kristers, Senin (5/3).\n\
         Kristers mengaku kesal atas pembatalan itu.\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "160 NOR SWE 2018-03-05".to_owned(),
            "110 SWE NOR 2018-03-05".to_owned()
        ]
    );
}

#[test]
fn support_or_aid_received_comes_from_the_actor_after_dari() {
    let rows = events_of(
        "Kabar\n\nOSLO - Langkah Oslo mendapat dukungan dari Denmark, Senin (5/3).\n\
         Islandia mendapat bantuan kemanusiaan dari Finlandia, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "051 DNK NOR 2018-03-05".to_owned(),
            "073 FIN ISL 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_reaction_to_an_act_an_earlier_reaction_was_about_is_aimed_the_same_way() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia dikecam keras oleh Swedia atas penangkapan nelayan, Senin (5/3).\n\
         Penangkapan itu juga diprotes Finlandia.\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "111 SWE NOR 2018-03-05".to_owned(),
            "114 FIN NOR 2018-03-05".to_owned()
        ]
    );
}

#[test]
fn a_hope_addressed_to_a_state_is_an_appeal_a_hope_for_ties_is_none() {
    let rows = events_of(
        "Kabar\n\nOSLO - Denmark berharap Swedia mempertimbangkan kembali keputusannya, Senin (5/3).\n\
         Presiden Finlandia Sauli Niin berharap hubungan kedua negara segera pulih.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["020 DNK SWE 2018-03-05".to_owned()]);
}

#[test]
fn an_appeal_to_states_in_general_that_names_some_is_aimed_at_them() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mendesak negara-negara Nordik, terutama Swedia dan Finlandia, agar ikut menjatuhkan sanksi, Senin (5/3).\n\
         Denmark mengimbau negara-negara Eropa menahan diri.\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "020 NOR SWE 2018-03-05".to_owned(),
            "020 NOR FIN 2018-03-05".to_owned()
        ]
    );
}

#[test]
fn a_ruler_whose_spell_ended_lately_still_names_his_state() {
    // rulers.tsv (ARCHIGOS) ends Hugo Chavez's spell on 2012-03-05: a year later, a
    // "Presiden" of that whole name is still Venezuela's.
    let rows = events_of(
        "Kabar\n\nCARACAS - Presiden Hugo Chavez mengecam Amerika Serikat, Senin (4/3).\n",
        "2013-03-06",
    );
    assert_eq!(rows, vec!["111 VEN USA 2013-03-04".to_owned()]);
}

#[test]
fn aid_through_a_channel_goes_to_the_recipient_named_after_kepada() {
    let rows = events_of(
        "Kabar\n\nOSLO - Denmark menyumbangkan 10 juta euro kepada Islandia, Senin (5/3).\n\
         Norwegia menyalurkan bantuan pangan melalui PBB kepada rakyat Swedia, Selasa (6/3).\n\
         Finlandia dan Swedia berbagi data intelijen tentang ancaman siber, Selasa (6/3).\n",
        "2018-03-07",
    );
    assert_eq!(
        rows,
        vec![
            "070 DNK ISL 2018-03-05".to_owned(),
            "070 NOR SWE 2018-03-06".to_owned(),
            "064 FIN SWE 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn occupying_an_island_or_a_town_is_occupation() {
    let rows = events_of(
        "Kabar\n\nOSLO - Pasukan Finlandia menduduki dua pulau sengketa milik Swedia, Senin (5/3).\n\
         Tim sepak bola Norwegia menduduki peringkat ketiga.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["192 FIN SWE 2018-03-05".to_owned()]);
}

#[test]
fn a_spokesman_of_another_states_ministry_speaks_for_that_state() {
    // "Kementerian Luar Negeri" alone is a KB name of Indonesia's ministry; with a state after
    // it, after a title and with no name following, it is that state's ministry.
    let text = "Kabar\n\nOSLO - Juru bicara Kementerian Luar Negeri Finlandia mengatakan langkah \
                Denmark itu sama sekali tidak dapat dibenarkan, Senin (5/3).\n";
    let rows = mentions_of(text, "2018-03-07");
    assert!(
        rows.contains("Kementerian Luar Negeri Finlandia\tOrganization"),
        "{rows}"
    );
    assert!(
        !rows.contains("ministry-of-foreign-affairs-indonesia"),
        "{rows}"
    );
    assert_eq!(
        events_of(text, "2018-03-07"),
        vec!["111 FIN DNK 2018-03-05".to_owned()]
    );
}

#[test]
fn dissatisfaction_is_disapproval_and_one_clause_is_one_act() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia menyatakan tidak puas dengan keputusan Swedia, Senin (5/3).\n\
         Denmark menyebut keputusan Finlandia sangat disesalkan dan sama sekali tidak dapat \
         diterima, Selasa (6/3).\n\
         Islandia memanggil pulang duta besarnya dari Estonia dan membekukan kerja sama \
         militer dengan Tallinn, Rabu (7/3).\n\
         Warga tidak puas dengan layanan kereta Swedia.\n",
        "2018-03-09",
    );
    assert_eq!(
        rows,
        vec![
            "110 NOR SWE 2018-03-05".to_owned(),
            "111 DNK FIN 2018-03-06".to_owned(),
            "161 ISL EST 2018-03-07".to_owned(),
            "160 ISL EST 2018-03-07".to_owned()
        ]
    );
}

#[test]
fn defending_a_state_is_verbal_support_but_defending_ones_own_act_is_not() {
    let rows = events_of(
        "Kabar\n\nOSLO - Denmark mengecam Norwegia, Senin (5/3).\n\
         Perdana Menteri Norwegia membela keputusan tersebut, Senin (5/3).\n\
         Swedia membela Norwegia dalam sidang itu, Selasa (6/3).\n",
        "2018-03-09",
    );
    assert_eq!(
        rows,
        vec![
            "111 DNK NOR 2018-03-05".to_owned(),
            "052 SWE NOR 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn a_consequence_told_with_a_modal_after_a_condition_is_not_done() {
    let rows = events_of(
        "Kabar\n\nOSLO - Denmark mengecam Norwegia, Senin (5/3).\n\
         Sejumlah pengamat menilai, jika Oslo benar-benar menurunkan hubungan, perundingan \
         perdagangan bebas Denmark-Norwegia bisa ikut terhambat.\n\
         Para pengamat menilai, jika perang pernyataan ini terus memanas, dialog antara Oslo \
         dan Kopenhagen akan makin sulit digelar.\n",
        "2018-03-07",
    );
    assert_eq!(rows, vec!["111 DNK NOR 2018-03-05".to_owned()]);
}

#[test]
fn a_law_signed_is_a_domestic_act_and_withheld_aid_reduces_aid() {
    let rows = events_of(
        "Kabar\n\nOSLO - Presiden Estonia meneken UU tersebut pada Rabu (7/3).\n\
         Presiden Latvia menandatangani undang-undang pendidikan yang baru, Rabu (7/3).\n\
         Norwegia dan Denmark menahan sebagian bantuan pembangunan untuk pemerintah Latvia, \
         Kamis (8/3).\n\
         Swedia menahan dua warga Finlandia, Jumat (9/3).\n",
        "2018-03-12",
    );
    assert_eq!(
        rows,
        vec![
            "162 NOR LVA 2018-03-08".to_owned(),
            "162 DNK LVA 2018-03-08".to_owned(),
            "173 SWE FIN 2018-03-09".to_owned()
        ]
    );
}

#[test]
fn a_diplomat_named_with_a_state_serves_it_and_a_former_one_is_no_post() {
    let text = "Kabar\n\nOSLO - Diplomat Norwegia Per Hansen mengecam Swedia, Senin (5/3).\n\
                Swedia menahan dua warga Denmark, mantan diplomat Lars Holm dan pengusaha \
                Jens Berg, Selasa (6/3).\n";
    let rows = mentions_of(text, "2018-03-12");
    assert!(
        rows.contains("Per Hansen\tPerson\tper-hansen\t-\tNOR\tdiplomat:NOR"),
        "{rows}"
    );
    assert!(!rows.contains("Lars Holm"), "{rows}");
    assert_eq!(
        events_of(text, "2018-03-12"),
        vec![
            "111 NOR SWE 2018-03-05".to_owned(),
            "173 SWE DNK 2018-03-06".to_owned()
        ]
    );
}

#[test]
fn an_appeal_without_a_source_still_asks_and_a_stance_shares_the_appeals_addressee() {
    // "Ia" names no one warta knows: the appeal gives no event, and what it asks of Sweden
    // is still not done.
    let rows = events_of(
        "Kabar\n\nOSLO - Swedia mengecam Norwegia, Senin (5/3).\n\
         Hansen menyebut tudingan itu tidak berdasar.\n\
         Ia meminta Swedia menghentikan serangan.\n",
        "2018-03-12",
    );
    assert_eq!(rows, vec!["111 SWE NOR 2018-03-05".to_owned()]);
    let rows = events_of(
        "Kabar\n\nOSLO - Denmark menyatakan kecewa dan mendesak Helsinki menghormati \
         kepentingan Denmark, Selasa (6/3).\n\
         Islandia menyatakan kecewa dan menuduh Oslo memikat Latvia, Rabu (7/3).\n",
        "2018-03-12",
    );
    assert_eq!(
        rows,
        vec![
            "110 DNK FIN 2018-03-06".to_owned(),
            "020 DNK FIN 2018-03-06".to_owned(),
            "112 ISL NOR 2018-03-07".to_owned()
        ]
    );
}

#[test]
fn a_step_praised_is_its_doers_and_force_against_militants_has_no_state_target() {
    let rows = events_of(
        "Kabar\n\nOSLO - Pasukan Swedia menuntaskan penarikan dari Norwegia, Selasa (6/3).\n\
         Islandia menyambut baik langkah tersebut.\n\
         Denmark menyerahkan ribuan senapan serbu kepada militer Norwegia, Rabu (7/3).\n\
         Pasukan Norwegia masih bertempur melawan militan di utara.\n",
        "2018-03-12",
    );
    assert_eq!(
        rows,
        vec![
            "087 SWE NOR 2018-03-06".to_owned(),
            "051 ISL SWE 2018-03-06".to_owned(),
            "072 DNK NOR 2018-03-07".to_owned()
        ]
    );
}

#[test]
fn an_apposition_may_carry_a_relative_clause_between_subject_and_verb() {
    let rows = events_of(
        "Kabar\n\nOSLO - Finlandia, penggagas resolusi yang menyerukan penarikan pasukan \
         asing, mengecam Norwegia, Rabu (7/3).\n",
        "2018-03-12",
    );
    assert_eq!(rows, vec!["111 FIN NOR 2018-03-07".to_owned()]);
}

#[test]
fn evacuating_and_admitting_another_states_citizens_helps_that_state() {
    let rows = events_of(
        "Kabar\n\nOSLO - Kapal perang Norwegia mengangkut 176 warga Swedia keluar dari Aden, \
         Kamis (2/4).\n\
         Islandia mengevakuasi ratusan warganya dari Beirut, Jumat (3/4).\n\
         Yunani mengizinkan warga Estonia mendarat di Kreta tanpa visa, Sabtu (4/4).\n\
         Siprus membuka pelabuhannya bagi kapal-kapal evakuasi Inggris dan Kanada, \
         Minggu (5/4).\n\
         Belanda mencabut izin mendarat pesawat Menteri Luar Negeri Turki, Senin (6/4).\n",
        "2015-04-08",
    );
    assert_eq!(
        rows,
        vec![
            "073 NOR SWE 2015-04-02".to_owned(),
            "081 GRC EST 2015-04-04".to_owned(),
            "081 CYP GBR 2015-04-05".to_owned(),
            "081 CYP CAN 2015-04-05".to_owned()
        ]
    );
}

#[test]
fn aid_offered_to_no_one_goes_to_the_state_that_took_aid_in() {
    let rows = events_of(
        "Kabar\n\nOSLO - Pemerintah Norwegia memutuskan hanya menerima tawaran bantuan dari \
         Swedia dan Denmark, Minggu (10/9).\n\
         Finlandia juga menawarkan bantuan.\n",
        "2023-09-12",
    );
    assert!(
        rows.contains(&"033 FIN NOR 2023-09-10".to_owned()),
        "{rows:?}"
    );
}

#[test]
fn a_ruler_open_at_the_tables_end_names_his_state_in_an_article_naming_it() {
    // rulers.tsv (ARCHIGOS) stops at the end of 2015 with Nicolás Maduro still in office: in
    // 2016 a "Presiden" of that name is Venezuela's, in an article that names Venezuela.
    let text = "Kabar\n\nCARACAS - Presiden Nicolas Maduro mengecam Kolombia, Senin (8/8). \
                Venezuela menutup perbatasan tahun lalu.\n";
    let rows = mentions_of(text, "2016-08-10");
    assert!(
        rows.contains("Nicolas Maduro\tPerson\tnicolas-maduro\t-\tVEN"),
        "{rows}"
    );
    assert!(
        events_of(text, "2016-08-10").contains(&"111 VEN COL 2016-08-08".to_owned()),
        "{rows}"
    );
}

#[test]
fn a_headlines_picu_protes_is_a_protest_received() {
    let rows = events_of(
        "Latihan Militer Polandia Picu Protes Jerman\n\n\
         BERLIN - Polandia menggelar latihan militer di dekat perbatasan, Senin (5/3).\n",
        "2018-03-12",
    );
    assert_eq!(rows, vec!["114 DEU POL -".to_owned()]);
}

#[test]
fn the_one_menurut_names_judges_and_a_spokesman_after_his_body_is_ia() {
    let rows = events_of(
        "Kabar\n\nOSLO - Menurut Menteri Luar Negeri Denmark, langkah Finlandia itu tidak dapat \
         diterima, Senin (5/3).\n",
        "2018-03-12",
    );
    assert_eq!(rows, vec!["111 DNK FIN 2018-03-05".to_owned()]);
    let rows = events_of(
        "Kabar\n\nOSLO - Perdana Menteri Norwegia Jonas Berg memakai syal bergambar peta \
         lama, Minggu (4/3).\n\
         Juru bicara Kementerian Luar Negeri Swedia Lars Holm, Senin (5/3), menjawab \
         pertanyaan wartawan. Menurut dia, penyebaran gagasan revisionis di Norwegia sama sekali tidak \
         membantu hubungan kedua negara.\n",
        "2018-03-12",
    );
    assert_eq!(rows, vec!["111 SWE NOR 2018-03-05".to_owned()]);
}

#[test]
fn what_an_order_tells_someone_to_weigh_is_not_done_but_ordered_force_is() {
    let rows = events_of(
        "Kabar\n\nOSLO - Mahkamah memutuskan Swedia diperintahkan meninjau ulang vonis terhadap \
         warga Norwegia itu, Senin (5/3).\n\
         Presiden Finlandia memerintahkan pengadilan meninjau ulang kasus warga Estonia, \
         Selasa (6/3).\n\
         Presiden Latvia memerintahkan pasukannya menyerang Lituania, Rabu (7/3).\n",
        "2018-03-12",
    );
    assert_eq!(rows, vec!["190 LVA LTU 2018-03-07".to_owned()]);
}

#[test]
fn an_appeal_to_a_bare_pemerintah_is_to_the_speakers_own() {
    let rows = events_of(
        "Kabar\n\nOSLO - Swedia menerima putusan mahkamah soal pulau sengketa dengan Norwegia, \
         Senin (5/3).\n\
         Sejumlah anggota parlemen Swedia mendesak pemerintah lebih serius mengurus \
         pulau-pulau terluar.\n\
         Denmark mendesak pemerintah Finlandia menghentikan latihan itu, Selasa (6/3).\n",
        "2018-03-12",
    );
    assert!(!rows.iter().any(|r| r.starts_with("020 SWE")), "{rows:?}");
    assert!(
        rows.contains(&"020 DNK FIN 2018-03-06".to_owned()),
        "{rows:?}"
    );
}

#[test]
fn veterans_fishermen_and_activists_of_a_state_are_not_the_state() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia mengembalikan lonceng gereja itu kepada Swedia, Senin (5/3).\n\
         Sejumlah kelompok veteran Norwegia sempat menentang rencana pemulangan itu.\n\
         Para aktivis Swedia mengecam Norwegia.\n",
        "2018-03-12",
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("110") || r.starts_with("111")),
        "{rows:?}"
    );
}

#[test]
fn an_inquiry_naming_no_state_is_at_home() {
    let rows = events_of(
        "Kabar\n\nOSLO - Swedia melarang impor buah dari Norwegia, Senin (5/3).\n\
         Norwegia menyelidiki kasus penyelundupan itu.\n\
         Denmark membuka penyelidikan atas keterlibatan Finlandia, Selasa (6/3).\n",
        "2018-03-12",
    );
    assert!(!rows.iter().any(|r| r.starts_with("090 NOR")), "{rows:?}");
    assert!(
        rows.contains(&"090 DNK FIN 2018-03-06".to_owned()),
        "{rows:?}"
    );
}

#[test]
fn who_acts_bersama_the_subject_in_a_conflict_is_a_fellow_doer() {
    let rows = events_of(
        "Kabar\n\nOSLO - Prancis menyerang bersama Turki dan Jerman, Senin (14/7).\n\
         Prancis menggelar latihan militer bersama Turki, Selasa (15/7).\n",
        "2014-07-16",
    );
    assert!(
        !rows
            .iter()
            .any(|r| r.starts_with("190 FRA TUR") || r.starts_with("190 FRA DEU")),
        "{rows:?}"
    );
}

#[test]
fn states_each_bringing_their_citizens_home_do_nothing_to_each_other() {
    let rows = events_of(
        "Kabar\n\nOSLO - Norwegia, Swedia, dan Finlandia telah memulangkan ribuan warganya \
         dengan bus melintasi perbatasan, Senin (14/4).\n",
        "2015-04-16",
    );
    assert_eq!(rows, Vec::<String>::new());
}
