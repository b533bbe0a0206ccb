//! Query planning: a typed string becomes a tantivy query, leniently.
//!
//! Owns parsing (words, quoted phrases, the word being typed), the cuts for over-long input, and
//! the ranking ladder exact > stemmed > folded > typo-tolerant > prefix. There is no query
//! syntax: every character is either part of a word, a quote, or a separator, so no input can
//! fail to parse.

use tantivy::query::{
    AutomatonWeight, BooleanQuery, BoostQuery, ConstScoreQuery, DfaWrapper, EnableScoring,
    FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;
use tantivy_fst::Automaton;

use super::analyzers::{
    is_stop_word, spec_index, spec_of, stem_word, words, MAX_TOKEN_BYTES, SPECS,
};
use super::translit::fold_variants;
use super::Notice;

/// Longer queries are cut to this many characters (with a notice).
pub(crate) const MAX_QUERY_CHARS: usize = 256;
/// Queries with more words keep the first this many (with a notice).
pub(crate) const MAX_QUERY_WORDS: usize = 16;
/// Prefix matching starts at this many letters (shorter prefixes match half the dictionary).
const MIN_PREFIX_CHARS: usize = 3;
/// Words longer than this get no typo tolerance (the automaton would only cost time).
const MAX_FUZZY_CHARS: usize = 30;

/// Boosts of the ranking ladder.
const BOOST_EXACT: f32 = 3.0;
const BOOST_STEM_USER: f32 = 2.0;
const BOOST_STEM_OTHER: f32 = 1.5;
const BOOST_FOLDED: f32 = 1.0;
/// A word of the section's title (on top of its match in the text, where titles also are).
const BOOST_TITLE: f32 = 1.5;
/// A word of the chunk's own heading (on top of its match in the text and the title).
const BOOST_HEADING: f32 = 1.5;
/// The word found as a part of a compound (`Unterkunft` in `Schutzunterkunft`).
const BOOST_PART: f32 = 0.8;
/// A compound query word found through all its parts, wherever they are.
const BOOST_COMPOUND_PARTS: f32 = 0.5;
const BOOST_FUZZY: f32 = 0.5;
const BOOST_PREFIX: f32 = 0.8;
const BOOST_PREFIX_FUZZY: f32 = 0.3;
const BOOST_PHRASE: f32 = 2.0;
const BOOST_PROXIMITY: f32 = 1.5;
/// Added to every chunk in the user's language.
const BONUS_USER_LANG: f32 = 0.5;

/// One word of the query, in every form the index knows.
#[derive(Debug, Clone)]
pub(crate) struct QueryWord {
    /// Lowercased, as typed.
    pub lower: String,
    /// Stemmed forms per language, indexed like [`SPECS`] (empty for a stop word).
    pub stems: Vec<Vec<String>>,
    /// Folded spellings, primary first.
    pub folded: Vec<String>,
    /// Typos allowed: 0 under 5 letters, 1 from 5, 2 from 9.
    pub typos: u8,
    /// The last word, still being typed: also matched as a prefix.
    pub prefix: bool,
    /// A stop word of the user's language or English: not required.
    pub optional: bool,
    /// Part of a quoted phrase.
    pub in_phrase: bool,
    /// The word occurs as typed (folded) in the index: then it is taken as spelled right and
    /// gets no typo tolerance, which keeps the query cheap. Set by the caller; default `false`.
    pub known: bool,
    /// Terms of the `folded` field within this word's typo budget, most frequent first (at
    /// most [`MAX_CORRECTIONS`]). Set by the caller for words that are not `known`, and for
    /// known words that are rare next to a close word (a misspelling that is a real word
    /// elsewhere): matched as ordinary terms they are ranked by BM25 like any word, where a
    /// typo-tolerant automaton query scores every match the same. Empty: the automaton query
    /// is used (for a word that is not `known`).
    pub corrections: Vec<String>,
    /// The most frequent of `corrections` as words of their own (every form: stems in each
    /// language, title, heading): a mistyped word ranks the paragraphs as its correction would,
    /// a step below. Set by the caller; default empty.
    pub corrected: Vec<QueryWord>,
    /// The word is in so many of the user's language's paragraphs ("victim" in a guide on
    /// victims) that it tells them apart by little: it still scores, but is not required in
    /// the all-words pass. Set by the caller; default `false`.
    pub common: bool,
    /// The parts of this word if it is a compound of words of the index, in a language that
    /// writes compounds as one word (`sikkerhedsplan` → `sikkerhed`, `plan`): it also matches
    /// where all of them occur. Set by the caller; default empty.
    pub parts: Vec<String>,
    /// The first of `parts` is the beginning of a word, matched as a prefix (only for a word
    /// the index does not have: [`super::compound::split_prefixed`]).
    pub prefix_part: bool,
    /// Longer words of headings and titles that begin with this word (`sicherheitsplan` →
    /// `sicherheitsplanung`), for a word of at least [`MIN_BEGINS_HEADING_CHARS`] letters:
    /// a derivation of the word heads the paragraph. Set by the caller; default empty.
    pub begins: Vec<String>,
}

/// Shortest query word looked up as the beginning of heading and title words.
pub(crate) const MIN_BEGINS_HEADING_CHARS: usize = 7;
/// Most heading and title words kept per query word for [`QueryWord::begins`].
pub(crate) const MAX_BEGINS: usize = 4;

impl QueryWord {
    /// `lower` in every form the index knows; `last`: the word being typed (matched as a prefix
    /// when it is long enough).
    /// `correction`, a term of the index, as a query word of its own.
    pub(crate) fn correction(correction: &str) -> Self {
        let mut w = QueryWord::new(correction.to_owned(), false, false, false);
        // A word of the index: no typo tolerance of its own.
        w.known = true;
        w
    }

    fn new(lower: String, last: bool, optional: bool, in_phrase: bool) -> Self {
        let folded = fold_variants(&lower);
        let chars = folded.first().map_or(0, |f| f.chars().count());
        // One word: its stem in each language, as the `text_<lang>` analyzers make it (they
        // split, lowercase, drop over-long tokens and stop words, then stem).
        let long = lower.len() > MAX_TOKEN_BYTES;
        let stems = SPECS
            .iter()
            .map(|spec| {
                if long {
                    Vec::new()
                } else {
                    stem_word(spec, &lower).into_iter().collect()
                }
            })
            .collect();
        QueryWord {
            typos: if chars > MAX_FUZZY_CHARS {
                0
            } else {
                typo_budget(chars)
            },
            prefix: last && chars >= MIN_PREFIX_CHARS,
            optional,
            in_phrase,
            known: false,
            corrections: Vec::new(),
            corrected: Vec::new(),
            common: false,
            parts: Vec::new(),
            prefix_part: false,
            begins: Vec::new(),
            lower,
            stems,
            folded,
        }
    }
}

/// Shortest compound [`join_compounds`] forms.
const MIN_COMPOUND_CHARS: usize = 6;

/// Joins two neighbouring words typed apart that the guide writes as one (`tvangs arbeid` →
/// `tvangsarbeid`, `oleskelu lupa` → `oleskelulupa`, `betänke tid` → `betänketid`): the
/// Nordic, Finnic, Baltic and German languages write compounds as one word, and people at a
/// keyboard split them. `is_term(folded)` says whether the index has the joined word (in any
/// language's text, as typed or folded). Words of quoted phrases are left as they are.
pub(crate) fn join_compounds(plan: &mut Plan, is_term: impl Fn(&str) -> bool) {
    if !plan.phrases.is_empty() {
        return;
    }
    let mut i = 0;
    while i + 1 < plan.words.len() {
        let (a, b) = (&plan.words[i], &plan.words[i + 1]);
        let joined = format!("{}{}", a.lower, b.lower);
        let folded = fold_variants(&joined);
        let long = folded
            .first()
            .is_some_and(|f| f.chars().count() >= MIN_COMPOUND_CHARS);
        if !a.optional && !b.optional && long && folded.iter().any(|f| is_term(f)) {
            let last = b.prefix;
            let word = QueryWord::new(joined, last, false, false);
            plan.words.splice(i..i + 2, [word]);
        }
        i += 1;
    }
}

/// Most corrections kept for one mistyped word.
pub(crate) const MAX_CORRECTIONS: usize = 8;

/// A Levenshtein automaton in which a typo in the first letter costs two, as in Meilisearch.
///
/// Terms that start with the query's first byte are walked with the full typo budget (`same`);
/// terms that start otherwise only when the budget is two (words of 9 letters or more), and then
/// the first letter must be the only typo (`other`, a distance-1 automaton: the one edit it allows
/// is the one that changed the first letter). Besides matching how people mistype, keeping short
/// words to their initial prunes the term dictionary walk, which keeps typo tolerance inside the
/// latency budget on a large corpus.
struct FirstLetterCostsTwo {
    initial: u8,
    same: DfaWrapper,
    other: Option<DfaWrapper>,
}

/// [`FirstLetterCostsTwo`]'s state: before the first byte, rejected, or inside one of its DFAs.
#[derive(Clone, Copy)]
enum Walk {
    Start,
    Dead,
    Same(u32),
    Other(u32),
}

impl Automaton for FirstLetterCostsTwo {
    type State = Walk;
    fn start(&self) -> Walk {
        Walk::Start
    }
    fn is_match(&self, state: &Walk) -> bool {
        match (state, &self.other) {
            (Walk::Same(s), _) => self.same.is_match(s),
            (Walk::Other(s), Some(other)) => other.is_match(s),
            _ => false,
        }
    }
    fn can_match(&self, state: &Walk) -> bool {
        match (state, &self.other) {
            (Walk::Start, _) => true,
            (Walk::Same(s), _) => self.same.can_match(s),
            (Walk::Other(s), Some(other)) => other.can_match(s),
            _ => false,
        }
    }
    fn accept(&self, state: &Walk, byte: u8) -> Walk {
        match (state, &self.other) {
            (Walk::Start, _) if byte == self.initial => {
                Walk::Same(self.same.accept(&self.same.start(), byte))
            }
            (Walk::Start, Some(other)) => Walk::Other(other.accept(&other.start(), byte)),
            (Walk::Same(s), _) => Walk::Same(self.same.accept(s, byte)),
            (Walk::Other(s), Some(other)) => Walk::Other(other.accept(s, byte)),
            _ => Walk::Dead,
        }
    }
}

/// A typo-tolerant (and optionally prefix) term query in which a first-letter typo costs two.
#[derive(Clone, Debug)]
struct FuzzyQuery {
    term: Term,
    distance: u8,
    prefix: bool,
}

impl FuzzyQuery {
    fn boxed(term: Term, distance: u8, prefix: bool, boost: f32) -> Box<dyn Query> {
        let q = FuzzyQuery {
            term,
            distance,
            prefix,
        };
        Box::new(BoostQuery::new(Box::new(q), boost))
    }

    fn dfa(&self, distance: u8) -> tantivy::Result<DfaWrapper> {
        if self.prefix {
            FuzzyTermQuery::new_prefix(self.term.clone(), distance, true).automaton()
        } else {
            FuzzyTermQuery::new(self.term.clone(), distance, true).automaton()
        }
    }
}

/// The automaton of the terms within `distance` typos of `term` (a first-letter typo costing
/// two): what a typo-tolerant [`FuzzyQuery`] matches, for finding corrections.
pub(crate) fn typo_automaton(
    term: Term,
    distance: u8,
) -> tantivy::Result<impl Automaton<State = impl Clone>> {
    let q = FuzzyQuery {
        term,
        distance,
        prefix: false,
    };
    let initial = q
        .term
        .serialized_value_bytes()
        .first()
        .copied()
        .unwrap_or(0);
    Ok(FirstLetterCostsTwo {
        initial,
        same: q.dfa(distance)?,
        other: match distance {
            2.. => Some(q.dfa(distance - 1)?),
            _ => None,
        },
    })
}

impl Query for FuzzyQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let field = self.term.field();
        let same = self.dfa(self.distance)?;
        match self.term.serialized_value_bytes().first() {
            Some(&initial) => {
                // The edit that changed the first letter is one Levenshtein edit costing two
                // typos: the rest of the budget, `distance - 2`, plus that edit.
                let other = match self.distance {
                    2.. => Some(self.dfa(self.distance - 1)?),
                    _ => None,
                };
                Ok(Box::new(AutomatonWeight::new(
                    field,
                    FirstLetterCostsTwo {
                        initial,
                        same,
                        other,
                    },
                )))
            }
            None => Ok(Box::new(AutomatonWeight::new(field, same))),
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    /// The query as used (after cuts).
    pub text: String,
    pub words: Vec<QueryWord>,
    /// Quoted phrases of two or more words, as indices into `words`.
    pub phrases: Vec<Vec<usize>>,
    pub notice: Option<Notice>,
}

/// Typos allowed in a word of `chars` letters (Meilisearch's defaults).
pub(crate) fn typo_budget(chars: usize) -> u8 {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '＂')
}

/// Parses `query` for a user of `user_lang`. Never fails; an empty plan means "no words".
pub(crate) fn parse(query: &str, user_lang: &str) -> Plan {
    let mut notice = None;
    let mut text: String = query.chars().take(MAX_QUERY_CHARS).collect();
    if text.len() < query.len() {
        notice = Some(Notice::new("search-notice-cut-chars").arg("max", MAX_QUERY_CHARS));
    }
    // Control characters are separators, whatever they are.
    text = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();

    // Segments between quotes; odd segments are quoted (an unclosed quote runs to the end).
    let mut raw: Vec<(String, Option<usize>)> = Vec::new(); // (word, phrase number)
    let mut phrase_no = 0usize;
    for (i, segment) in text.split(is_quote).enumerate() {
        let quoted = i % 2 == 1;
        if quoted {
            phrase_no += 1;
        }
        for (_, w) in words(segment) {
            raw.push((w.to_lowercase(), quoted.then_some(phrase_no)));
        }
    }
    if raw.len() > MAX_QUERY_WORDS {
        raw.truncate(MAX_QUERY_WORDS);
        notice = Some(Notice::new("search-notice-cut-words").arg("max", MAX_QUERY_WORDS));
    }
    let typing = !text.ends_with(|c: char| c.is_whitespace() || is_quote(c));
    let user_code = spec_of(user_lang).map(|s| s.code);

    let n = raw.len();
    let mut plan_words = Vec::with_capacity(n);
    let mut phrases: Vec<Vec<usize>> = Vec::new();
    for (i, (lower, phrase)) in raw.into_iter().enumerate() {
        let optional = phrase.is_none()
            && (user_code.is_some_and(|c| is_stop_word(c, &lower)) || is_stop_word("en", &lower));
        if let Some(p) = phrase {
            if phrases.len() < p {
                phrases.resize_with(p, Vec::new);
            }
            phrases[p - 1].push(i);
        }
        let last = typing && i + 1 == n && phrase.is_none();
        plan_words.push(QueryWord::new(lower, last, optional, phrase.is_some()));
    }
    // A one-word "phrase" is just a word.
    for p in phrases.iter().filter(|p| p.len() < 2) {
        for &i in p {
            plan_words[i].in_phrase = false;
        }
    }
    phrases.retain(|p| p.len() >= 2);
    Plan {
        text,
        words: plan_words,
        phrases,
        notice,
    }
}

/// The fields a query runs against.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    pub exact: Field,
    pub folded: Field,
    pub lang: Field,
    pub ord: Field,
    /// The section title and keywords, folded: a section whose title or keywords match
    /// outranks one that only mentions the words.
    pub title: Field,
    /// The chunk's own heading, folded and as its stems: the paragraph whose heading names the
    /// query's words outranks its siblings that only mention them.
    pub heading: Field,
    /// The parts of the chunk's compounds ([`super::compound`]), folded.
    pub parts: Field,
    /// The stemmed field of each language, indexed like [`SPECS`].
    pub stem: Vec<Field>,
}

fn term_query(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    Box::new(BoostQuery::new(Box::new(q), boost))
}

/// Every way one word can match, as one disjunction.
pub(crate) fn word_query(w: &QueryWord, fields: &Fields, user: Option<usize>) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    clauses.push((
        Occur::Should,
        term_query(fields.exact, &w.lower, BOOST_EXACT),
    ));
    // The stems of the user's language and of English (what officers type besides their own
    // language); a word of another language still matches as written, folded, with typos and as
    // a prefix. Stems of all 14 languages cost a query about 12 % of its time at the median and
    // changed no result of the relevance queries, typed in the user's language or another one.
    let english = spec_index("en");
    let searched = |i: usize| Some(i) == user || Some(i) == english;
    for (i, stems) in w.stems.iter().enumerate().filter(|&(i, _)| searched(i)) {
        let boost = if Some(i) == user {
            BOOST_STEM_USER
        } else {
            BOOST_STEM_OTHER
        };
        for s in stems {
            clauses.push((Occur::Should, term_query(fields.stem[i], s, boost)));
        }
    }
    // A title in another inflection than the query word (titles are also indexed as their
    // stems): each distinct stem once, only where folding alone would not match it already.
    let mut title_stems: Vec<String> = Vec::new();
    // In every language: leaving out the titles of the other languages lost 3 relevance
    // queries for no measurable time.
    for stem in w
        .stems
        .iter()
        .flatten()
        .filter_map(|s| fold_variants(s).into_iter().next())
    {
        if !w.folded.contains(&stem) && !title_stems.contains(&stem) {
            title_stems.push(stem);
        }
    }
    for stem in &title_stems {
        clauses.push((Occur::Should, term_query(fields.title, stem, BOOST_TITLE)));
        clauses.push((
            Occur::Should,
            term_query(fields.heading, stem, BOOST_HEADING),
        ));
    }
    for f in &w.folded {
        clauses.push((Occur::Should, term_query(fields.folded, f, BOOST_FOLDED)));
        clauses.push((Occur::Should, term_query(fields.title, f, BOOST_TITLE)));
        clauses.push((Occur::Should, term_query(fields.heading, f, BOOST_HEADING)));
        clauses.push((Occur::Should, term_query(fields.parts, f, BOOST_PART)));
    }
    for b in &w.begins {
        let boost = BOOST_PREFIX;
        clauses.push((
            Occur::Should,
            term_query(fields.heading, b, BOOST_HEADING * boost),
        ));
        clauses.push((
            Occur::Should,
            term_query(fields.title, b, BOOST_TITLE * boost),
        ));
    }
    if !w.parts.is_empty() {
        // Every part, each anywhere: in the text, title, heading, or in another compound.
        let all: Vec<(Occur, Box<dyn Query>)> = w
            .parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if i == 0 && w.prefix_part {
                    let term = Term::from_field_text(fields.folded, p);
                    return (Occur::Must, FuzzyQuery::boxed(term, 0, true, BOOST_PREFIX));
                }
                let mut any: Vec<(Occur, Box<dyn Query>)> = vec![
                    (Occur::Should, term_query(fields.folded, p, BOOST_FOLDED)),
                    (Occur::Should, term_query(fields.title, p, BOOST_TITLE)),
                    (Occur::Should, term_query(fields.heading, p, BOOST_HEADING)),
                    (Occur::Should, term_query(fields.parts, p, BOOST_PART)),
                ];
                if let Some(u) = user {
                    any.push((
                        Occur::Should,
                        term_query(fields.stem[u], p, BOOST_STEM_USER),
                    ));
                }
                let q: Box<dyn Query> = Box::new(BooleanQuery::new(any));
                (Occur::Must, q)
            })
            .collect();
        let q = BoostQuery::new(Box::new(BooleanQuery::new(all)), BOOST_COMPOUND_PARTS);
        clauses.push((Occur::Should, Box::new(q)));
    }
    if let Some(primary) = w.folded.first() {
        let typos = if w.known { 0 } else { w.typos };
        if typos > 0 || w.prefix {
            let term = Term::from_field_text(fields.title, primary);
            let (d, prefix) = if w.prefix { (0, true) } else { (typos, false) };
            let q = FuzzyQuery::boxed(term, d, prefix, BOOST_TITLE * BOOST_FUZZY);
            clauses.push((Occur::Should, q));
        }
        let term = Term::from_field_text(fields.folded, primary);
        if !w.corrections.is_empty() {
            // A correction in a title, keywords or heading counts as the word would there.
            for c in &w.corrected {
                let q = BoostQuery::new(word_query(c, fields, user), BOOST_FUZZY);
                clauses.push((Occur::Should, Box::new(q)));
            }
            for c in w.corrections.iter().skip(w.corrected.len()) {
                clauses.push((Occur::Should, term_query(fields.folded, c, BOOST_FUZZY)));
                let title = BOOST_TITLE * BOOST_FUZZY;
                clauses.push((Occur::Should, term_query(fields.title, c, title)));
                let heading = BOOST_HEADING * BOOST_FUZZY;
                clauses.push((Occur::Should, term_query(fields.heading, c, heading)));
            }
        } else if typos > 0 {
            let q = FuzzyQuery::boxed(term.clone(), typos, false, BOOST_FUZZY);
            clauses.push((Occur::Should, q));
        }
        if w.prefix {
            let q = FuzzyQuery::boxed(term.clone(), 0, true, BOOST_PREFIX);
            clauses.push((Occur::Should, q));
            if typos > 0 {
                let q = FuzzyQuery::boxed(term, 1, true, BOOST_PREFIX_FUZZY);
                clauses.push((Occur::Should, q));
            }
        }
    }
    Box::new(BooleanQuery::new(clauses))
}

/// A quoted phrase: in order, on the exact or on the folded field.
fn phrase_query(plan: &Plan, phrase: &[usize], fields: &Fields, slop: u32) -> Box<dyn Query> {
    let exact: Vec<Term> = phrase
        .iter()
        .map(|&i| Term::from_field_text(fields.exact, &plan.words[i].lower))
        .collect();
    let folded: Vec<Term> = phrase
        .iter()
        .filter_map(|&i| plan.words[i].folded.first())
        .map(|f| Term::from_field_text(fields.folded, f))
        .collect();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut e = PhraseQuery::new(exact);
    e.set_slop(slop);
    clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(e), 2.0))));
    if folded.len() == phrase.len() {
        let mut f = PhraseQuery::new(folded);
        f.set_slop(slop);
        clauses.push((Occur::Should, Box::new(f)));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// Whether `w` is required in the all-words pass: not a stop word, not in a quoted phrase (the
/// phrase is required instead), not a word of most paragraphs.
pub(crate) fn is_required(w: &QueryWord) -> bool {
    !w.optional && !w.in_phrase && !w.common
}

/// The query for `plan`, `words` the [`word_query`] of each of its words: with `all_words`,
/// every word that is not a stop word must match (the first pass); without, any word may (the
/// fallback pass that fills the list).
pub(crate) fn build(
    plan: &Plan,
    words: &[Box<dyn Query>],
    fields: &Fields,
    user_lang: &str,
    all_words: bool,
) -> Option<Box<dyn Query>> {
    if plan.words.is_empty() {
        return None;
    }
    let mut main: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (w, q) in plan.words.iter().zip(words) {
        let occur = if all_words && is_required(w) {
            Occur::Must
        } else {
            Occur::Should
        };
        main.push((occur, q.box_clone()));
    }
    for p in &plan.phrases {
        let q = Box::new(BoostQuery::new(
            phrase_query(plan, p, fields, 0),
            BOOST_PHRASE,
        ));
        main.push((
            if all_words {
                Occur::Must
            } else {
                Occur::Should
            },
            q,
        ));
    }
    let mut outer: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, Box::new(BooleanQuery::new(main)))];
    // Unquoted words that stand together in the text rank higher.
    let loose: Vec<usize> = (0..plan.words.len())
        .filter(|&i| !plan.words[i].in_phrase)
        .collect();
    if loose.len() >= 2 {
        let q = phrase_query(plan, &loose, fields, 2);
        outer.push((Occur::Should, Box::new(BoostQuery::new(q, BOOST_PROXIMITY))));
    }
    if let Some(spec) = spec_of(user_lang) {
        let q = TermQuery::new(
            Term::from_field_text(fields.lang, spec.code),
            IndexRecordOption::Basic,
        );
        outer.push((
            Occur::Should,
            Box::new(ConstScoreQuery::new(Box::new(q), BONUS_USER_LANG)),
        ));
    }
    Some(Box::new(BooleanQuery::new(outer)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(q: &str) -> Plan {
        parse(q, "en")
    }

    #[test]
    fn typo_budget_follows_word_length() {
        assert_eq!(typo_budget(4), 0);
        assert_eq!(typo_budget(5), 1);
        assert_eq!(typo_budget(8), 1);
        assert_eq!(typo_budget(9), 2);
    }

    #[test]
    fn words_phrases_and_the_word_being_typed() {
        let p = plan("\"reflection period\" length of shelt");
        let w: Vec<&str> = p.words.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(w, ["reflection", "period", "length", "of", "shelt"]);
        assert_eq!(p.phrases, vec![vec![0, 1]]);
        assert!(p.words[3].optional);
        assert!(p.words[4].prefix);
        assert!(!plan("shelter ").words[0].prefix);
    }

    #[test]
    fn unbalanced_quotes_and_syntax_characters_are_just_separators() {
        let p = plan("+victim -(shelter) \"open");
        let w: Vec<&str> = p.words.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(w, ["victim", "shelter", "open"]);
        assert!(p.phrases.is_empty());
        assert!(plan("+-&&||!(){}[]^\"~*?:\\/").words.is_empty());
    }

    #[test]
    fn long_queries_are_cut_with_a_notice() {
        let p = plan(&"word ".repeat(100));
        assert_eq!(p.words.len(), MAX_QUERY_WORDS);
        assert!(p.notice.is_some());
        let p = plan(&"x".repeat(10_000));
        assert_eq!(p.notice.unwrap().id, "search-notice-cut-chars");
    }
}
