//! Indonesian affixation as a rule over roots: every form a root takes with the prefixes
//! me(N)-, di-, ter-, ber-, ke-, per-, memper-, diper-, pe(N)-, the suffixes -kan, -i, -an and
//! the clitics -nya, -lah, -kah, -ku, -mu. The rule overgenerates a little, which costs nothing:
//! the forms are only looked up.

/// The forms of `root` (lower case).
pub fn forms(root: &str) -> Vec<String> {
    let mut stems: Vec<String> = Vec::new();
    for prefix in prefixed(root) {
        // pe(N)- without -an names the doer, not the act: "pengebom" is a bomber.
        let agent_noun = prefix != root && prefix.starts_with("pe");
        for suffix in ["", "kan", "i", "an"] {
            if agent_noun && suffix != "an" {
                continue;
            }
            stems.push(format!("{prefix}{suffix}"));
        }
    }
    let mut out = Vec::with_capacity(stems.len() * 6);
    for s in stems {
        for clitic in ["", "nya", "lah", "kah", "ku", "mu"] {
            out.push(format!("{s}{clitic}"));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The root with each prefix, applying nasal assimilation to meN- and peN-.
fn prefixed(root: &str) -> Vec<String> {
    let r = root;
    let first = r.chars().next().unwrap_or('a');
    let rest = &r[first.len_utf8().min(r.len())..];
    let starts_r = first == 'r';
    let mut out = vec![
        r.to_owned(),
        format!("di{r}"),
        format!("ke{r}"),
        format!("diper{r}"),
        format!("memper{r}"),
        if starts_r {
            format!("be{r}")
        } else {
            format!("ber{r}")
        },
        if starts_r {
            format!("te{r}")
        } else {
            format!("ter{r}")
        },
        if starts_r {
            format!("pe{r}")
        } else {
            format!("per{r}")
        },
        // "bekerja": ber- before a first syllable in -er.
        format!("be{r}"),
    ];
    for nasal_prefix in ["me", "pe"] {
        let one_syllable = r.chars().filter(|c| "aeiou".contains(*c)).count() <= 1;
        if one_syllable {
            out.push(format!("{nasal_prefix}nge{r}"));
        }
        let (nasal, drop_first) = match first {
            'a' | 'e' | 'i' | 'o' | 'u' | 'g' | 'h' => ("ng", false),
            'k' => ("ng", true),
            'p' => ("m", true),
            'b' | 'f' | 'v' => ("m", false),
            't' => ("n", true),
            'd' | 'c' | 'j' | 'z' => ("n", false),
            's' => ("ny", true),
            _ => ("", false),
        };
        out.push(format!(
            "{nasal_prefix}{nasal}{}",
            if drop_first { rest } else { r }
        ));
        if drop_first {
            // The consonant kept: loanwords and clusters (mengkritik, memprotes, mengklaim).
            out.push(format!("{nasal_prefix}{nasal}{r}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::forms;

    #[test]
    fn derives_the_usual_forms() {
        for (root, form) in [
            ("ratifikasi", "meratifikasi"),
            ("ratifikasi", "diratifikasi"),
            ("kerah", "mengerahkan"),
            ("kerah", "dikerahkan"),
            ("kerah", "pengerahan"),
            ("kecam", "mengecam"),
            ("kecam", "kecaman"),
            ("desak", "mendesak"),
            ("desak", "desakan"),
            ("serang", "menyerang"),
            ("tolak", "menolak"),
            ("puji", "memuji"),
            ("khawatir", "kekhawatirannya"),
            ("kritik", "mengkritik"),
            ("bom", "mengebom"),
            ("runding", "berunding"),
            ("runding", "perundingan"),
            ("kerja", "bekerja"),
            ("kata", "katanya"),
        ] {
            assert!(forms(root).contains(&form.to_owned()), "{root} → {form}");
        }
        assert!(!forms("temu").contains(&"pertahanan".to_owned()));
        // The doer is not the act.
        assert!(!forms("bom").contains(&"pengebom".to_owned()));
        assert!(forms("bom").contains(&"pengeboman".to_owned()));
    }
}
