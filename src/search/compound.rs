//! Decompounding: a compound word split into the words it is made of, with a dictionary made
//! from the guide's own vocabulary (as Lucene's `DictionaryCompoundWordTokenFilter` does with a
//! word list), so that `Unterkunft` finds `Schutzunterkunft` and `sikkerhedsplan` is found in
//! a paragraph headed `Sikkerhedsplan` even when typed as part of another compound.
//!
//! Used at index time (every long word of a chunk in a compounding language adds its parts to
//! the `parts` field, and the parts of title and heading words to those fields) and at query
//! time (a long query word also matches where all its parts occur). The dictionary differs:
//! at index time it is the words and stems of the chunks of that language; at query time the
//! index's own terms. No word list is shipped.

use std::collections::{HashMap, HashSet};

use super::analyzers::{stem_word, words, LangSpec};
use super::translit::fold;

/// The languages that write compounds as one word and are decompounded.
pub(crate) const COMPOUNDING: &[&str] = &["de", "sv", "da", "nb", "fi", "et"];

/// Shortest part a compound is split into (shorter parts are mostly linking syllables and
/// prefixes: `ver`, `abi`, `tur`).
pub(crate) const MIN_PART_CHARS: usize = 4;
/// Shortest word that is split (two parts of [`MIN_PART_CHARS`]).
pub(crate) const MIN_COMPOUND_CHARS: usize = 2 * MIN_PART_CHARS;

/// The linking elements that may end the first part of a compound in `lang`, besides nothing
/// (`Sicherheit-s-plan`, `refleksion-s-periode`, `Schule-n-…`). Finnish and Estonian join
/// inflected forms that are words themselves (`ihmiskaupan uhri`), so they have none.
fn links(lang: &str) -> &'static [&'static str] {
    match lang {
        "de" => &["s", "es", "n", "en", "e", "er"],
        "sv" | "da" | "nb" => &["s", "e"],
        _ => &[],
    }
}

/// Whether `lang` (a primary code) is decompounded.
pub(crate) fn is_compounding(lang: &str) -> bool {
    COMPOUNDING.contains(&lang)
}

/// The parts of the folded word `word` in `lang`, first part first: the split with the longest
/// first part such that the first part is a word (`is_word`, after taking off a linking
/// element) and the rest is a word or splits again. Empty when `word` is not a compound of
/// known words (or too short). A first part is given as the word it is (without its link).
pub(crate) fn split(word: &str, lang: &str, is_word: &impl Fn(&str) -> bool) -> Vec<String> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    if chars.len() < MIN_COMPOUND_CHARS {
        return Vec::new();
    }
    // Split points, longest first part first.
    for cut in (MIN_PART_CHARS..=chars.len() - MIN_PART_CHARS).rev() {
        let at = chars[cut].0;
        let (head, tail) = word.split_at(at);
        let Some(head) = first_part(head, lang, is_word) else {
            continue;
        };
        if is_word(tail) {
            return vec![head, tail.to_owned()];
        }
        let rest = split(tail, lang, is_word);
        if !rest.is_empty() {
            let mut parts = vec![head];
            parts.extend(rest);
            return parts;
        }
    }
    Vec::new()
}

/// Shortest first part matched as the beginning of a word ([`split_prefixed`]).
pub(crate) const MIN_PREFIX_PART_CHARS: usize = 5;

/// For a word the index does not have: like [`split`], but the first part may also be the
/// beginning of a word of the index (`is_prefix`), at least [`MIN_PREFIX_PART_CHARS`] long:
/// the first part of a compound is often a stem that is no word by itself (Estonian
/// `fiktiiv|abielu`, the guide writes `fiktiivne abielu`). Returns the parts and whether the
/// first is such a beginning (to be matched as a prefix).
pub(crate) fn split_prefixed(
    word: &str,
    lang: &str,
    is_word: &impl Fn(&str) -> bool,
    is_prefix: &impl Fn(&str) -> bool,
) -> (Vec<String>, bool) {
    let parts = split(word, lang, is_word);
    if !parts.is_empty() {
        return (parts, false);
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    if chars.len() < MIN_PREFIX_PART_CHARS + MIN_PART_CHARS {
        return (Vec::new(), false);
    }
    for cut in (MIN_PREFIX_PART_CHARS..=chars.len() - MIN_PART_CHARS).rev() {
        let (head, tail) = word.split_at(chars[cut].0);
        if !is_prefix(head) {
            continue;
        }
        let rest = if is_word(tail) {
            vec![tail.to_owned()]
        } else {
            split(tail, lang, is_word)
        };
        if !rest.is_empty() {
            let mut parts = vec![head.to_owned()];
            parts.extend(rest);
            return (parts, true);
        }
    }
    (Vec::new(), false)
}

/// `head` as a first part: the word itself, or the word without a linking element.
fn first_part(head: &str, lang: &str, is_word: &impl Fn(&str) -> bool) -> Option<String> {
    if is_word(head) {
        return Some(head.to_owned());
    }
    links(lang).iter().find_map(|link| {
        let stripped = head.strip_suffix(link)?;
        (stripped.chars().count() >= MIN_PART_CHARS && is_word(stripped))
            .then(|| stripped.to_owned())
    })
}

/// Shortest rest kept by [`word_and_rest`].
const MIN_REST_CHARS: usize = MIN_PART_CHARS + 1;

/// A compound whose first part is a word but whose rest is not (an inflected or rarer word:
/// Estonian `järele|mõtlemisaja`): the first part and the rest, so that the rest typed alone
/// finds the compound. Index time only: the rest is a part, never looked up in the dictionary.
fn word_and_rest(word: &str, lang: &str, is_word: &impl Fn(&str) -> bool) -> Vec<String> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    if chars.len() < MIN_PART_CHARS + MIN_REST_CHARS {
        return Vec::new();
    }
    (MIN_PART_CHARS..=chars.len() - MIN_REST_CHARS)
        .rev()
        .find_map(|cut| {
            let (head, tail) = word.split_at(chars[cut].0);
            first_part(head, lang, is_word).map(|h| vec![h, tail.to_owned()])
        })
        .unwrap_or_default()
}

/// The index-time dictionary of one language: the folded words of its chunks and their
/// folded stems, at least [`MIN_PART_CHARS`] long.
#[derive(Debug, Default)]
pub(crate) struct Dictionary {
    words: HashSet<String>,
    /// Parts found so far, by word (a guide repeats its compounds).
    memo: HashMap<String, Vec<String>>,
}

impl Dictionary {
    /// The dictionary of `texts`, written in the language of `spec`.
    pub(crate) fn of<'a>(spec: &LangSpec, texts: impl IntoIterator<Item = &'a str>) -> Dictionary {
        let mut seen: HashSet<String> = HashSet::new();
        let mut words_: HashSet<String> = HashSet::new();
        for text in texts {
            for (_, w) in words(text) {
                let lower = w.to_lowercase();
                if lower.chars().count() < MIN_PART_CHARS || !seen.insert(lower.clone()) {
                    continue;
                }
                let stem = stem_word(spec, &lower);
                for form in std::iter::once(lower).chain(stem) {
                    let f = fold(&form);
                    if f.chars().count() >= MIN_PART_CHARS {
                        words_.insert(f);
                    }
                }
            }
        }
        Dictionary {
            words: words_,
            memo: HashMap::new(),
        }
    }

    /// The parts of every compound of `text` (in this dictionary's language `lang`), separated
    /// by spaces: what the `parts` field indexes.
    pub(crate) fn parts_of(&mut self, lang: &str, text: &str) -> String {
        let mut out = String::new();
        for (_, w) in words(text) {
            if w.chars().count() < MIN_COMPOUND_CHARS {
                continue;
            }
            let folded = fold(&w.to_lowercase());
            if !self.memo.contains_key(&folded) {
                let dict = &self.words;
                let is_word = |s: &str| dict.contains(s);
                let mut parts = split(&folded, lang, &is_word);
                if parts.is_empty() {
                    parts = word_and_rest(&folded, lang, &is_word);
                }
                self.memo.insert(folded.clone(), parts);
            }
            for p in &self.memo[&folded] {
                out.push_str(p);
                out.push(' ');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzers::spec_of;

    fn parts(lang: &str, vocabulary: &str, word: &str) -> Vec<String> {
        let mut dict = Dictionary::of(spec_of(lang).expect("language"), [vocabulary]);
        dict.parts_of(lang, word)
            .split_whitespace()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn german_compounds_split_with_linking_elements() {
        let vocab = "Die Unterkunft ist sicher. Schutz für alle. Die Sicherheit und der Plan.";
        assert_eq!(
            parts("de", vocab, "Schutzunterkunft"),
            ["schutz", "unterkunft"]
        );
        assert_eq!(
            parts("de", vocab, "Sicherheitsplan"),
            ["sicherheit", "plan"]
        );
        // Umlauts fold like the rest of the index.
        assert_eq!(
            parts("de", "Schutz und Unterkünfte", "Schutzunterkünfte"),
            ["schutz", "unterkunfte"]
        );
    }

    #[test]
    fn scandinavian_compounds_split() {
        assert_eq!(
            parts("da", "en plan for sikkerhed", "sikkerhedsplan"),
            ["sikkerhed", "plan"]
        );
        assert_eq!(
            parts("sv", "tiden att tänka; betänke", "betänketiden"),
            ["betanke", "tiden"]
        );
        assert_eq!(
            parts("nb", "tvang og arbeid", "tvangsarbeid"),
            ["tvang", "arbeid"]
        );
    }

    #[test]
    fn finnic_compounds_split_into_words_of_the_text() {
        assert_eq!(
            parts(
                "fi",
                "turvallisuus ja suunnitelma",
                "turvallisuussuunnitelma"
            ),
            ["turvallisuus", "suunnitelma"]
        );
        // Three parts: the rest of the word splits again.
        assert_eq!(
            parts("et", "sotsiaal kindlustus amet", "sotsiaalkindlustusamet"),
            ["sotsiaal", "kindlustus", "amet"]
        );
    }

    #[test]
    fn a_word_and_an_unknown_rest_are_indexed_as_parts() {
        assert_eq!(
            parts("et", "järele mõelda", "järelemõtlemisaja"),
            ["jarele", "motlemisaja"]
        );
    }

    #[test]
    fn an_unknown_query_word_may_begin_with_the_beginning_of_a_word() {
        let words = ["fiktiivne", "abielu"];
        let is_word = |s: &str| words.contains(&s);
        let is_prefix = |s: &str| words.iter().any(|w| w.starts_with(s));
        assert_eq!(
            split_prefixed("fiktiivabielu", "et", &is_word, &is_prefix),
            (vec!["fiktiiv".to_owned(), "abielu".to_owned()], true)
        );
        assert_eq!(
            split_prefixed("abieluabielu", "et", &is_word, &is_prefix),
            (vec!["abielu".to_owned(), "abielu".to_owned()], false)
        );
        assert_eq!(
            split_prefixed("fiktiivkiri", "et", &is_word, &is_prefix).0,
            Vec::<String>::new()
        );
    }

    #[test]
    fn words_that_are_no_compound_of_known_words_stay_whole() {
        assert!(parts("de", "Schutz Unterkunft", "Bedenkfrist").is_empty());
        assert!(parts("de", "Schutz Unterkunft", "Schutzes").is_empty());
        // Parts shorter than four letters are not split off.
        assert!(parts("et", "abi telefon", "abitelefon").is_empty());
        assert!(parts("da", "plan", "plan").is_empty());
    }
}
