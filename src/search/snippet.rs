//! Snippets: the best passage of a chunk as plain text, with the ranges of the query words in it.
//! Each front end renders it its own way (the UI with `<mark>`, the CLI with brackets), so no
//! HTML is made or unmade here.
//!
//! Owns matching a chunk's words against the planned query the way the index matched them
//! (exact, stemmed, folded, within the typo budget, as a prefix of the word being typed), so
//! fuzzy and prefix hits are highlighted too, and choosing the window with the most distinct
//! query words. It knows nothing of tantivy's snippet generator, which highlights only exact
//! terms of one field.

use std::collections::HashMap;

use super::analyzers::{stem_word, words, LangSpec, SPECS};
use super::query::{Plan, QueryWord};
use super::translit::{fold_variants, is_cyrillic};

/// Snippet length, in bytes of source text (about two lines).
const WINDOW: usize = 220;
/// Context kept before the first highlighted word.
const LEAD: usize = 40;

/// A passage of a paragraph, with the words that match the query.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Snippet {
    /// Plain text (`…` where it was cut).
    pub text: String,
    /// Ranges of `text` to highlight, in UTF-16 code units (what JavaScript strings index by),
    /// in order and not overlapping.
    pub highlights: Vec<[usize; 2]>,
}

impl Snippet {
    /// A snippet of plain text with nothing highlighted.
    pub fn plain(text: impl Into<String>) -> Snippet {
        Snippet {
            text: text.into(),
            highlights: Vec::new(),
        }
    }

    /// Appends `s`, highlighted or not.
    fn push(&mut self, s: &str, highlight: bool) {
        let start = self.text.encode_utf16().count();
        self.text.push_str(s);
        if highlight {
            self.highlights
                .push([start, start + s.encode_utf16().count()]);
        }
    }

    /// The snippet with its highlights in `open` … `close` (for a terminal: `[` `]`).
    pub fn marked(&self, open: &str, close: &str) -> String {
        let units: Vec<u16> = self.text.encode_utf16().collect();
        let mut out = String::new();
        let mut cursor = 0;
        for &[from, to] in &self.highlights {
            out.push_str(&String::from_utf16_lossy(&units[cursor..from]));
            out.push_str(open);
            out.push_str(&String::from_utf16_lossy(&units[from..to]));
            out.push_str(close);
            cursor = to;
        }
        out.push_str(&String::from_utf16_lossy(&units[cursor..]));
        out
    }
}

/// The opening of `text`: up to [`WINDOW`] bytes, cut at a word's end, `…` after a cut. The
/// snippet of a paragraph in which nothing highlights (found through its translation).
pub(crate) fn opening(text: &str) -> Snippet {
    let text = text.trim();
    if text.len() <= WINDOW {
        return Snippet::plain(text);
    }
    let end = words(text)
        .iter()
        .map(|&(o, w)| o + w.len())
        .take_while(|&end| end <= WINDOW)
        .last()
        .unwrap_or(text.len().min(WINDOW));
    // `end` is a word's end (a char boundary) or the whole text; anything else is made one.
    let end = (0..=end)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let mut out = Snippet::plain(text[..end].trim_end());
    if end < text.len() {
        out.push(" …", false);
    }
    out
}

/// Longest word, in letters, compared within a typo budget (longer ones only match exactly).
const MAX_FUZZY_LETTERS: usize = 32;

/// Optimal string alignment distance of `a` and `b` (a transposition is one edit), or `None`
/// when it exceeds `max`. Allocation-free: words of up to [`MAX_FUZZY_LETTERS`] letters.
pub(crate) fn edit_distance(a: &str, b: &str, max: u8) -> Option<u8> {
    let max = max as usize;
    let mut ab = ['\0'; MAX_FUZZY_LETTERS];
    let mut bb = ['\0'; MAX_FUZZY_LETTERS];
    let (mut la, mut lb) = (0, 0);
    for c in a.chars() {
        if la == MAX_FUZZY_LETTERS {
            return None;
        }
        ab[la] = c;
        la += 1;
    }
    for c in b.chars() {
        if lb == MAX_FUZZY_LETTERS {
            return None;
        }
        bb[lb] = c;
        lb += 1;
    }
    if la.abs_diff(lb) > max {
        return None;
    }
    let (a, b) = (&ab[..la], &bb[..lb]);
    // Three rolling rows: i-2, i-1, i.
    let mut rows = [[0usize; MAX_FUZZY_LETTERS + 1]; 3];
    for (j, v) in rows[1].iter_mut().enumerate().take(lb + 1) {
        *v = j;
    }
    for i in 1..=la {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur][0] = i;
        let mut row_min = i;
        for j in 1..=lb {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
    }
    let v = if la == 0 { lb } else { rows[la % 3][lb] };
    (v <= max).then_some(v as u8)
}

/// Matches the words of a search's hits against its plan, remembering each word's answer
/// across the hits (the same words recur from chunk to chunk).
pub(crate) struct Highlighter<'a> {
    plan: &'a Plan,
    /// The first letters (folded) of the query words: a chunk word that begins otherwise can
    /// only be a typo in the first letter (it costs two, as in the index).
    initials: Vec<char>,
    /// The lengths (in letters, folded) of the query words with a budget of two typos: a word
    /// with another first letter must be within one edit of one of them.
    other_initial_lengths: Vec<usize>,
    /// Stop words are marked only when the query has nothing else: marked beside other words
    /// ("de", "og"), they lit up every line and chose the passage.
    marks_stop_words: bool,
    /// (language, chunk word as written) → the query word it matches.
    decided: HashMap<(Option<usize>, &'a str), Option<usize>>,
}

impl<'a> Highlighter<'a> {
    pub(crate) fn new(plan: &'a Plan) -> Self {
        let initials = plan
            .words
            .iter()
            .flat_map(|q| q.folded.iter().filter_map(|f| f.chars().next()))
            .collect();
        let other_initial_lengths = plan
            .words
            .iter()
            .filter(|q| typo_budget_of(q) >= 2)
            .flat_map(|q| q.folded.iter().map(|f| f.chars().count()))
            .collect();
        Highlighter {
            plan,
            initials,
            other_initial_lengths,
            marks_stop_words: plan.words.iter().all(|q| q.optional),
            decided: HashMap::new(),
        }
    }

    /// The highlighted snippet of `text` (a chunk in the language at `lang`, an index into the
    /// language table), or `None` when no word of the query occurs in it.
    pub(crate) fn highlight(&mut self, text: &'a str, lang: Option<usize>) -> Option<Snippet> {
        if self.plan.words.is_empty() || text.is_empty() {
            return None;
        }
        let words = words(text);
        // (byte range, which query word) of each word that matches.
        let mut hits = Vec::new();
        for &(from, w) in &words {
            if let Some(qi) = self.which(lang, w) {
                hits.push((from, from + w.len(), qi));
            }
        }
        snippet_of(text, &words, &hits)
    }

    /// Which query word `word` (of a chunk in the language at `lang`) matches, if any.
    fn which(&mut self, lang: Option<usize>, word: &'a str) -> Option<usize> {
        // Most words fail on their first letter: cheaper than looking them up.
        if !self.begins_right(word) {
            return None;
        }
        let (plan, stop_words) = (self.plan, self.marks_stop_words);
        *self.decided.entry((lang, word)).or_insert_with(|| {
            which(plan, lang.and_then(|l| SPECS.get(l)), lang, word)
                .filter(|&i| stop_words || !plan.words[i].optional)
        })
    }

    /// Whether `word` can match a query word, judged before folding it: by its first letter,
    /// or, for a typo in the first letter (which costs two, as in the index: the one edit of a
    /// word with a budget of two), by its length.
    fn begins_right(&self, word: &str) -> bool {
        let Some(first) = word.chars().next() else {
            return false;
        };
        let initial_fits = if first.is_ascii() {
            self.initials.contains(&first.to_ascii_lowercase())
        } else {
            let lower: String = first.to_lowercase().collect();
            fold_variants(&lower)
                .iter()
                .filter_map(|f| f.chars().next())
                .any(|c| self.initials.contains(&c))
        };
        initial_fits
            || (!self.other_initial_lengths.is_empty() && {
                // Folding can lengthen a word (`ä` → `ae`, Cyrillic in Latin letters): Cyrillic
                // words are always looked at, others within two letters.
                let n = word.chars().count();
                word.chars().any(is_cyrillic)
                    || self
                        .other_initial_lengths
                        .iter()
                        .any(|&len| n.abs_diff(len) <= 2)
            })
    }
}

/// Which query word a chunk word matches, if any: exact or folded first, then stemmed (the
/// stem is computed only when needed), then within the typo budget or as a prefix.
fn which(
    plan: &Plan,
    lang: Option<&LangSpec>,
    lang_pos: Option<usize>,
    word: &str,
) -> Option<usize> {
    let lower = word.to_lowercase();
    let folded = fold_variants(&lower);
    if let Some(i) = plan
        .words
        .iter()
        .position(|q| q.lower == lower || folded.iter().any(|f| q.folded.contains(f)))
    {
        return Some(i);
    }
    if let (Some(spec), Some(l)) = (lang, lang_pos) {
        if let Some(stem) = stem_word(spec, &lower) {
            if let Some(i) = plan
                .words
                .iter()
                .position(|q| q.stems.get(l).is_some_and(|st| st.contains(&stem)))
            {
                return Some(i);
            }
        }
    }
    let f = folded.first()?;
    plan.words.iter().position(|q| fuzzy_or_prefix(q, f))
}

/// Typos `q` may have: none for a word that occurs as typed (as in the index).
fn typo_budget_of(q: &QueryWord) -> u8 {
    if q.known {
        0
    } else {
        q.typos
    }
}

/// Whether folded word `f` matches query word `q` within its typo budget or as its prefix.
fn fuzzy_or_prefix(q: &QueryWord, f: &str) -> bool {
    let Some(qf) = q.folded.first() else {
        return false;
    };
    let typos = typo_budget_of(q);
    let same_initial = f.chars().next() == qf.chars().next();
    if same_initial && typos > 0 && edit_distance(f, qf, typos).is_some() {
        return true;
    }
    // A first-letter typo costs two: then it is the one edit of a distance-1 match.
    if !same_initial && typos >= 2 && edit_distance(f, qf, typos - 1).is_some() {
        return true;
    }
    if q.prefix {
        if f.starts_with(qf.as_str()) {
            return true;
        }
        // The prefix with one typo (not in the first letter), as the index matched it.
        if same_initial && typos > 0 {
            let n = qf.chars().count();
            let end = f.char_indices().nth(n).map_or(f.len(), |(i, _)| i);
            return edit_distance(&f[..end], qf, 1).is_some();
        }
    }
    false
}

/// The highlighted snippet of `text` (a chunk in the language at `lang`, an index into the
/// language table), or `None` when no word of the query occurs in it.
#[cfg(test)]
pub(crate) fn highlight(text: &str, lang: Option<usize>, plan: &Plan) -> Option<Snippet> {
    Highlighter::new(plan).highlight(text, lang)
}

/// The snippet of `text` (its `words`) around the best window of `hits` (byte range, query
/// word).
fn snippet_of(
    text: &str,
    words: &[(usize, &str)],
    hits: &[(usize, usize, usize)],
) -> Option<Snippet> {
    if hits.is_empty() {
        return None;
    }
    // The window with the most distinct query words, then the most hits.
    let mut best = (0usize, 0usize, 0usize); // (distinct, count, first hit index)
    for i in 0..hits.len() {
        let end = hits[i].0 + WINDOW - LEAD;
        let inside = &hits[i..hits.len().min(i + 64)];
        let inside: Vec<&(usize, usize, usize)> =
            inside.iter().take_while(|h| h.1 <= end).collect();
        let mut distinct: Vec<usize> = inside.iter().map(|h| h.2).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let key = (distinct.len(), inside.len());
        if key > (best.0, best.1) {
            best = (key.0, key.1, i);
        }
    }
    let first = hits[best.2].0;
    // Start at a word boundary about LEAD bytes before the first hit.
    let start = words
        .iter()
        .map(|&(o, _)| o)
        .find(|&o| o + LEAD >= first)
        .unwrap_or(first);
    let start = if words.first().is_some_and(|&(o, _)| o == start) {
        0
    } else {
        start
    };
    let end_limit = start + WINDOW;
    let end = words
        .iter()
        .map(|&(o, w)| o + w.len())
        .take_while(|&o| o <= end_limit)
        .last()
        .unwrap_or(text.len())
        .max(hits[best.2].1);
    let end = if words.last().is_some_and(|&(o, w)| o + w.len() == end) {
        text.len()
    } else {
        end
    };

    let mut out = Snippet::default();
    if start > 0 {
        out.push("… ", false);
    }
    let mut cursor = start;
    for &(from, to, _) in hits.iter().filter(|h| h.0 >= start && h.1 <= end) {
        out.push(&text[cursor..from], false);
        out.push(&text[from..to], true);
        cursor = to;
    }
    out.push(text[cursor..end].trim_end(), false);
    if end < text.len() {
        out.push(" …", false);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    #[test]
    fn the_opening_is_cut_at_a_word_and_left_as_text() {
        assert_eq!(
            opening("  Short <b> text. "),
            Snippet::plain("Short <b> text.")
        );
        let long = "Перекладач ".repeat(40);
        let cut = opening(&long).text;
        assert!(cut.ends_with("Перекладач …"), "{cut}");
        assert!(cut.len() <= WINDOW + " …".len());
        assert_eq!(opening("").text, "");
    }

    /// The snippet with its highlights in `<mark>`, as the UI shows it.
    fn snip(lang: &str, text: &str, q: &str) -> Option<String> {
        let l = SPECS.iter().position(|s| s.code == lang);
        highlight(text, l, &parse(q, lang)).map(|s| s.marked("<mark>", "</mark>"))
    }

    #[test]
    fn stop_words_are_not_marked_beside_other_words() {
        let text =
            "O persoană are o perioadă de recuperare și de reflecție de cel puțin 30 de zile.";
        let marked = snip("ro", text, "perioada de reflectie").expect("a snippet");
        assert!(marked.contains("<mark>perioadă</mark>"), "{marked}");
        assert!(!marked.contains("<mark>de</mark>"), "{marked}");
        // A query of stop words only still marks them.
        let marked = snip("ro", text, "de").expect("a snippet");
        assert!(marked.contains("<mark>de</mark>"), "{marked}");
    }

    #[test]
    fn highlights_are_utf16_ranges() {
        let l = SPECS.iter().position(|s| s.code == "uk");
        let s = highlight(
            "Жертва 𝔸 має право на притулок.",
            l,
            &parse("притулок", "uk"),
        )
        .unwrap();
        // 𝔸 is two UTF-16 units: the range is where JavaScript finds the word.
        let units: Vec<u16> = s.text.encode_utf16().collect();
        let [from, to] = s.highlights[0];
        assert_eq!(String::from_utf16(&units[from..to]).unwrap(), "притулок");
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        assert_eq!(edit_distance("expulsion", "expulsoin", 2), Some(1));
        assert_eq!(edit_distance("shelter", "shelter", 0), Some(0));
        assert_eq!(edit_distance("abc", "xyz", 2), None);
        assert_eq!(edit_distance("", "ab", 2), Some(2));
        assert_eq!(edit_distance("ab", "", 1), None);
        assert_eq!(edit_distance("reflecton", "reflection", 2), Some(1));
        assert_eq!(edit_distance("kitten", "sitting", 3), Some(3));
        assert_eq!(edit_distance(&"a".repeat(40), &"a".repeat(40), 2), None);
    }

    #[test]
    fn exact_stemmed_folded_fuzzy_and_prefix_matches_are_marked() {
        let t = "The victim has a reflection period of at least 30 days.";
        assert_eq!(
            snip("en", t, "victims reflecton per").unwrap(),
            "The <mark>victim</mark> has a <mark>reflection</mark> <mark>period</mark> of at least 30 days."
        );
        let t = "Betänketiden ges av Migrationsverket.";
        assert_eq!(
            snip("sv", t, "betanketiden").unwrap(),
            "<mark>Betänketiden</mark> ges av Migrationsverket."
        );
        let t = "Жертва торгівлі людьми має право на притулок.";
        assert!(snip("uk", t, "zhertva")
            .unwrap()
            .starts_with("<mark>Жертва</mark>"));
    }

    #[test]
    fn text_is_left_as_text_and_long_text_is_cut_around_the_hit() {
        let t = format!(
            "{} <b>shelter</b> & {}",
            "word ".repeat(100),
            "more ".repeat(100)
        );
        let s = snip("en", &t, "shelter ").unwrap();
        assert!(s.starts_with("… "), "{s}");
        assert!(s.ends_with(" …"), "{s}");
        assert!(s.contains("<b><mark>shelter</mark></b> &"), "{s}");
        assert!(snip("en", &t, "nothing ").is_none());
    }
}
