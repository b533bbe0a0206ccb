//! Light stemmer for Latvian, our own implementation.
//!
//! The algorithm is the light variant of Kārlis Kreslins, *A stemming algorithm for Latvian*
//! (PhD thesis, Loughborough University, 1996): strip one inflectional suffix of nouns and
//! adjectives (case, number, gender, definiteness), keep at least one vowel and three letters in
//! the stem, and undo palatalisation when a declension II, V or VI ending is removed. Apache
//! Lucene's `analysis/lv/LatvianStemmer.java` is the reference for expected behaviour (same
//! suffix table and order); this code is written from the description, not translated.

/// A suffix, the number of vowels it has (the word must have more), and whether removing it can
/// leave a palatalised consonant to undo.
struct Affix {
    suffix: &'static str,
    vowels: usize,
    palatalizes: bool,
}

const fn a(suffix: &'static str, vowels: usize, palatalizes: bool) -> Affix {
    Affix {
        suffix,
        vowels,
        palatalizes,
    }
}

/// Longest first, so the first suffix that fits is the one removed.
const AFFIXES: &[Affix] = &[
    a("ajiem", 3, false),
    a("ajai", 3, false),
    a("ajam", 2, false),
    a("ajām", 2, false),
    a("ajos", 2, false),
    a("ajās", 2, false),
    a("iem", 2, true),
    a("ajā", 2, false),
    a("ais", 2, false),
    a("ai", 2, false),
    a("ei", 2, false),
    a("ām", 1, false),
    a("am", 1, false),
    a("ēm", 1, false),
    a("īm", 1, false),
    a("im", 1, false),
    a("um", 1, false),
    a("us", 1, true),
    a("as", 1, false),
    a("ās", 1, false),
    a("es", 1, false),
    a("os", 1, true),
    a("ij", 1, false),
    a("īs", 1, false),
    a("ēs", 1, false),
    a("is", 1, false),
    a("ie", 1, false),
    a("u", 1, true),
    a("a", 1, true),
    a("i", 1, true),
    a("e", 1, false),
    a("ā", 1, false),
    a("ē", 1, false),
    a("ī", 1, false),
    a("ū", 1, false),
    a("o", 1, false),
    a("s", 0, false),
    a("š", 0, false),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'ā' | 'ī' | 'ē' | 'ū')
}

/// Stems one lowercased Latvian word: `cilvēku` → `cilvēk`, `upuriem` → `upur`,
/// `tirdzniecības` → `tirdzniecīb`.
pub fn stem(word: &str) -> String {
    let mut s: Vec<char> = word.chars().collect();
    let vowels = s.iter().filter(|&&c| is_vowel(c)).count();
    for affix in AFFIXES {
        let n = affix.suffix.chars().count();
        if vowels > affix.vowels && s.len() >= n + 3 && ends_with(&s, affix.suffix) {
            let removed = s[s.len() - n];
            s.truncate(s.len() - n);
            if affix.palatalizes {
                unpalatalize(&mut s, removed);
            }
            break;
        }
    }
    s.into_iter().collect()
}

fn ends_with(s: &[char], suffix: &str) -> bool {
    let suf: Vec<char> = suffix.chars().collect();
    s.len() >= suf.len() && s[s.len() - suf.len()..] == suf[..]
}

/// Undoes the consonant change a palatalising ending caused (`brāļ|u` → `brāl`). The ambiguous
/// pairs (s/t → š, d/z → ž) are left alone, as in the reference.
fn unpalatalize(s: &mut Vec<char>, removed: char) {
    let n = s.len();
    let set2 = |s: &mut Vec<char>, x: char, y: char| {
        let n = s.len();
        s[n - 2] = x;
        s[n - 1] = y;
    };
    if removed == 'u' {
        // Genitive plural of declensions II, V, VI only.
        if ends_with(s, "kš") {
            s[n - 1] = 's';
            s.push('t');
            return;
        }
        if ends_with(s, "ņņ") {
            set2(s, 'n', 'n');
            return;
        }
    }
    if ends_with(s, "pj") || ends_with(s, "bj") || ends_with(s, "mj") || ends_with(s, "vj") {
        s.pop();
    } else if ends_with(s, "šņ") {
        set2(s, 's', 'n');
    } else if ends_with(s, "žņ") {
        set2(s, 'z', 'n');
    } else if ends_with(s, "šļ") {
        set2(s, 's', 'l');
    } else if ends_with(s, "žļ") {
        set2(s, 'z', 'l');
    } else if ends_with(s, "ļņ") {
        set2(s, 'l', 'n');
    } else if ends_with(s, "ļļ") {
        set2(s, 'l', 'l');
    } else if ends_with(s, "č") {
        s[n - 1] = 'c';
    } else if ends_with(s, "ļ") {
        s[n - 1] = 'l';
    } else if ends_with(s, "ņ") {
        s[n - 1] = 'n';
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn nouns_lose_case_endings() {
        // Cases of one noun meet in one stem.
        for w in ["upuris", "upura", "upurim", "upuri", "upuriem", "upuru"] {
            assert_eq!(stem(w), "upur", "{w}");
        }
        assert_eq!(stem("cilvēku"), "cilvēk");
        assert_eq!(stem("cilvēks"), "cilvēk");
        assert_eq!(stem("tirdzniecības"), "tirdzniecīb");
        assert_eq!(stem("tirdzniecība"), "tirdzniecīb");
        assert_eq!(stem("periods"), "period");
        assert_eq!(stem("periodu"), "period");
    }

    #[test]
    fn adjectives_lose_definite_endings() {
        assert_eq!(stem("juridiskajiem"), "juridisk");
        assert_eq!(stem("juridiskais"), "juridisk");
        assert_eq!(stem("juridiskā"), "juridisk");
    }

    #[test]
    fn palatalisation_is_undone() {
        // brālis (brother), gen. pl. brāļu.
        assert_eq!(stem("brāļu"), "brāl");
        assert_eq!(stem("brālis"), "brāl");
        // zivs (fish), gen. pl. zivju.
        assert_eq!(stem("zivju"), "ziv");
    }

    #[test]
    fn short_words_and_stems_without_vowels_stay() {
        assert_eq!(stem("un"), "un");
        assert_eq!(stem("ir"), "ir");
        assert_eq!(stem("tas"), "tas");
        assert_eq!(stem(""), "");
    }
}
