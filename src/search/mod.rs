//! Full-text search over the guide: one tantivy index of heading-level chunks in every language.
//!
//! Owns the schema, the per-language analyzers ([`analyzers`], [`stem_lv`], [`stem_bg`],
//! [`translit`]), the query planner (`query.rs`) and snippets (`snippet.rs`). It takes
//! [`Document`]s and knows nothing of Markdown, files or the UI: the content layer makes the
//! chunks (`Guide::search_documents`), the CLI, server and app only call [`SearchIndex::search`].
//!
//! Every chunk is indexed three ways: `exact` (lowercased words), `text_<lang>` (stop words
//! removed, stemmed by the chunk language's stemmer) and `folded` (no diacritics, Cyrillic
//! transliterated), plus its section title, its own heading and the parts of its compounds
//! (the `compound` module) in fields of their own. A query word matches exact > stemmed > folded > within
//! its typo budget > as a prefix (the last word), in that order of score; the user's language is
//! boosted and every language is searched. See `docs/search.md`.

pub mod analyzers;
mod cache;
mod compound;
mod query;
mod snippet;
pub use snippet::Snippet;
pub mod stem_bg;
pub mod stem_lv;
pub mod translit;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use tantivy::collector::TopDocs;
use tantivy::columnar::Column;
use tantivy::query::{EnableScoring, Query};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STRING,
};
use tantivy::{DocAddress, DocSet, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument};

pub use cache::{documents_hash, key as cache_key, CacheOutcome, Prebuilt};

use analyzers::{is_stop_word, spec_index, spec_of, stop_words, Analyzers, SPECS};
use query::{Fields, Plan};
use snippet::Highlighter;

/// What can go wrong while building the index.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// tantivy failed while building the index in memory.
    #[error(
        "building the search index: {0} (it is built in memory: is the machine out of memory?)"
    )]
    Index(#[from] tantivy::TantivyError),
}

/// The result type of this module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One heading-level chunk of a section in one language: what the index stores.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Document {
    /// Section id, e.g. `reflection-period`, `glossary`, `country-se`.
    pub section: String,
    /// Language code, e.g. `en`, `sv`.
    pub lang: String,
    /// Heading anchor; `""` for the text before the first heading.
    pub anchor: String,
    /// Section title in this language.
    pub title: String,
    /// This chunk's heading text (`""` for the intro chunk).
    pub heading: String,
    /// The section title, then the enclosing headings, down to this one.
    pub breadcrumbs: Vec<String>,
    /// Plain text of the chunk (no markup).
    pub body: String,
    /// The section summary (the snippet when nothing in the body highlights).
    pub summary: String,
    /// Section keywords (indexed with the intro chunk).
    pub keywords: Vec<String>,
    /// What kind of section the chunk is of: ranking weighs the kinds.
    #[serde(default)]
    pub scope: Scope,
}

/// What kind of section a chunk is of. A question that does not name a country is about what to
/// do, and the measure that answers it comes before thirteen country profiles that each say
/// something about it; a definition in the glossary, short and dense with the query's words, is
/// a good hit but seldom the best one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// A measure, an annex, the leaflet: guidance for every country.
    #[default]
    General,
    /// A country's profile: found first when the query names the country (its name, an
    /// institution, a term of its law: the section's title and keywords in any language).
    Country,
    /// The glossary.
    Glossary,
}

/// Most stems of Cyrillic readings a word typed in Latin letters gets
/// ([`SearchIndex::add_cyrillic_stems`]).
const MAX_CYRILLIC_STEMS: usize = 2;

/// The weight of a country profile's chunk when the query names the country.
const WEIGHT_COUNTRY_NAMED: f32 = 1.3;
/// The weight of a country profile's chunk when the query does not name the country.
const WEIGHT_COUNTRY_NOT_NAMED: f32 = 0.6;
/// The weight of a glossary chunk.
const WEIGHT_GLOSSARY: f32 = 0.7;

/// How to search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// The user's language: boosted, and the language hits are reported in. Default `"en"`.
    pub lang: String,
    /// `false` (default): one hit per paragraph (section + anchor), shown in the user's language
    /// when the guide has that section in it. `true`: every matching chunk in every language.
    pub all_languages: bool,
    /// Most hits returned. Default 10; at most 200.
    pub limit: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            lang: "en".to_owned(),
            all_languages: false,
            limit: 10,
        }
    }
}

/// The answer to one query: the CLI's `--json` shape.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchResults {
    /// The query as used (after cutting an over-long one).
    pub query: String,
    /// Time spent answering, in microseconds.
    pub took_us: u64,
    /// Best first.
    pub hits: Vec<Hit>,
    /// Whether the answer is from the index, or the index is not ready yet or failed.
    pub status: SearchStatus,
    /// Something the user should know, e.g. that the query was cut: a UI message id and its
    /// arguments, shown in the reader's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<Notice>,
}

impl SearchResults {
    /// An answer without hits, with `status` and `notice`.
    pub fn empty(query: &str, status: SearchStatus, notice: Notice) -> SearchResults {
        SearchResults {
            query: query.to_owned(),
            took_us: 0,
            hits: Vec::new(),
            status,
            notice: Some(notice),
        }
    }
}

/// Whether a search could be answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SearchStatus {
    /// Answered from the index.
    Ready,
    /// The index is still being opened or built: ask again in a moment.
    Preparing,
    /// The index could not be built: search does not work in this run.
    Unavailable,
}

/// Something to tell the user, as a UI message (`locales/<lang>/app.ftl`) and its arguments, so
/// every front end shows it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Notice {
    /// The message id, e.g. `search-notice-cut-words`.
    pub id: &'static str,
    /// Its arguments, as text.
    pub args: std::collections::BTreeMap<&'static str, String>,
}

impl Notice {
    /// A notice with message `id` and no arguments.
    pub fn new(id: &'static str) -> Notice {
        Notice {
            id,
            args: Default::default(),
        }
    }

    /// Adds argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Notice {
        self.args.insert(name, value.to_string());
        self
    }
}

/// One paragraph that matches.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    /// Section id.
    pub section: String,
    /// Language of the chunk shown.
    pub lang: String,
    /// Heading anchor (`""`: the section's start).
    pub anchor: String,
    /// Section title.
    pub title: String,
    /// Section title, then the enclosing headings.
    pub breadcrumbs: Vec<String>,
    /// The passage to show, with the query's words to highlight. When nothing in the chunk's
    /// text highlights (the hit came from another language, the title or the keywords): the
    /// section summary for the section's opening chunk, the chunk's own opening words for the
    /// others.
    pub snippet: Snippet,
    /// Relevance (higher is better; comparable within one query only).
    pub score: f32,
}

/// The tokens each view of the index makes of a text (`fieldguide analyze`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Analysis {
    /// The language whose analyzer was used.
    pub lang: String,
    /// Tokens per view: `exact`, `stemmed` (absent for an unknown language), `folded` (which
    /// includes Cyrillic transliteration and `ä` → `a`/`ae`).
    pub fields: BTreeMap<String, Vec<String>>,
}

/// Which analyzer a language gets (`fieldguide stats`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct AnalyzerInfo {
    /// The language code asked about.
    pub lang: String,
    /// Tokenizer name, e.g. `sv_stem`, `is_plain`.
    pub analyzer: String,
    /// The stemmer, e.g. `Snowball Swedish`, or `none`.
    pub stemmer: String,
    /// Where the stemmer comes from (crate, or our own implementation and its reference).
    pub origin: String,
    /// Number of stop words removed in the stemmed view.
    pub stop_words: usize,
}

/// Tokens of `text` in every view, as `lang`'s analyzers make them.
pub fn analyze(lang: &str, text: &str) -> Analysis {
    Analysis {
        lang: lang.to_owned(),
        fields: analyzers::analyze_fields(lang, text),
    }
}

/// The analyzer of `lang`; an unknown language gets the exact and folded views only.
pub fn analyzer_info(lang: &str) -> AnalyzerInfo {
    match spec_of(lang) {
        Some(s) => AnalyzerInfo {
            lang: lang.to_owned(),
            analyzer: s.tokenizer.to_owned(),
            stemmer: s.stemmer.to_owned(),
            origin: s.origin.to_owned(),
            stop_words: stop_words(s.code).len(),
        },
        None => AnalyzerInfo {
            lang: lang.to_owned(),
            analyzer: "folded".to_owned(),
            stemmer: "none".to_owned(),
            origin: "unknown language: exact and folded views only".to_owned(),
            stop_words: 0,
        },
    }
}

/// Hits of one section allowed before a hit of a section not yet shown.
const MAX_HITS_PER_SECTION_FIRST: usize = 2;

/// Keeps one section from filling the top of the list: the third and later hits of a section
/// move to the end of the list, behind every other section's first two (order otherwise kept;
/// the app groups hits by section, so they still show under their section). `safe house` finds
/// three chunks of Latvia's profile (its shelter is called Safe House) before the general
/// section on shelters; with this, the general section comes third.
fn spread_sections(found: Vec<(f32, usize)>, docs: &[Document]) -> Vec<(f32, usize)> {
    let mut shown: HashMap<&str, usize> = HashMap::new();
    let (mut first, mut later) = (Vec::new(), Vec::new());
    for hit in found {
        let n = shown.entry(docs[hit.1].section.as_str()).or_default();
        *n += 1;
        if *n <= MAX_HITS_PER_SECTION_FIRST {
            first.push(hit);
        } else {
            later.push(hit);
        }
    }
    first.extend(later);
    first
}

/// The words and names of several words that name country sections ([`Names`]), from the
/// titles and keywords of `docs` over their index (`ords`: doc id → position in `docs`).
fn country_names(
    searcher: &Searcher,
    ords: &[Column<u64>],
    fields: &Fields,
    analyzers: &Analyzers,
    docs: &[Document],
) -> tantivy::Result<Names> {
    // The words of every section's title and keywords, by section: (token, capitalised, of a
    // word in lower case in a name of several words, the field the token is a term of).
    let mut words: HashMap<String, HashSet<(String, bool, bool, Field)>> = HashMap::new();
    let mut phrases: BTreeSet<Phrase> = BTreeSet::new();
    let texts = |analyzer: &tantivy::tokenizer::TextAnalyzer, word: &str| -> Vec<String> {
        analyzers::tokens(analyzer, word)
            .into_iter()
            .map(|t| t.text)
            .collect()
    };
    // Once per section and language: its intro chunk (every chunk has the same title and
    // keywords).
    for d in docs.iter().filter(|d| d.anchor.is_empty()) {
        let set = words.entry(d.section.clone()).or_default();
        let lang = spec_index(&d.lang);
        let country = d.scope == Scope::Country;
        for text in std::iter::once(&d.title).chain(&d.keywords) {
            // (capitalised, folded tokens, stemmed tokens) of each word.
            let mut text_words: Vec<(bool, Vec<String>, Vec<String>)> = Vec::new();
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                let capital = word.chars().next().is_some_and(char::is_uppercase);
                let f = texts(&analyzers.folded, word);
                let st = lang.map_or_else(Vec::new, |l| texts(&analyzers.stem[l], word));
                if !f.is_empty() || !st.is_empty() {
                    text_words.push((capital, f, st));
                }
            }
            let several = text_words.len() > 1;
            if several && country && text_words.iter().any(|(c, _, _)| !c) {
                let phrase: Vec<(bool, Vec<String>)> = text_words
                    .iter()
                    .map(|(c, f, st)| {
                        let mut tokens: Vec<String> = f.iter().chain(st).cloned().collect();
                        tokens.sort_unstable();
                        tokens.dedup();
                        (*c, tokens)
                    })
                    .collect();
                // The same name in several languages' versions of the profile once.
                phrases.insert((phrase, d.section.clone()));
            }
            let stem_field = lang.map_or(fields.folded, |l| fields.stem[l]);
            for (capital, f, st) in text_words {
                let of_several = several && !capital;
                set.extend(
                    f.into_iter()
                        .map(|t| (t, capital, of_several, fields.folded)),
                );
                set.extend(st.into_iter().map(|t| (t, capital, of_several, stem_field)));
            }
        }
    }
    // A word names a country when it is among the title and keywords of that country's
    // profile and of no other country's, and is either written with a capital (a name:
    // "Migrationsverket", "Suomi", "ROSA") or in no other section's title and keywords (a term
    // of that country's law or an institution written in lower case: "mansal"). A word in
    // lower case of a name of several words names it alone only if most chunks with it are
    // of that profile ("auttamisjärjestelmä", not the "притулок" of "Жіночий притулок"), and
    // with the other words of the name always (`phrases`). "ihmiskauppa" (every profile's
    // keywords) and "förundersökning" (a measure's too) name nothing.
    let countries: HashSet<&str> = docs
        .iter()
        .filter(|d| d.scope == Scope::Country)
        .map(|d| d.section.as_str())
        .collect();
    let mut in_countries: HashMap<&str, usize> = HashMap::new();
    let mut elsewhere: HashSet<&str> = HashSet::new();
    for (section, set) in &words {
        let country = countries.contains(section.as_str());
        // Each token once per section (a set has it once per field and spelling).
        let tokens: HashSet<&str> = set.iter().map(|(t, _, _, _)| t.as_str()).collect();
        for t in tokens {
            if country {
                *in_countries.entry(t).or_default() += 1;
            } else {
                elsewhere.insert(t);
            }
        }
    }
    // Word → the country sections it names (sorted: a prefix is one range).
    let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (section, set) in words
        .iter()
        .filter(|(section, _)| countries.contains(section.as_str()))
    {
        for (t, capital, of_several, field) in set {
            if in_countries[t.as_str()] != 1 || (!*capital && elsewhere.contains(t.as_str())) {
                continue;
            }
            if *of_several && mostly_elsewhere(searcher, ords, *field, t, docs, section)? {
                continue;
            }
            let named = names.entry(t.clone()).or_default();
            if !named.contains(section) {
                named.push(section.clone());
            }
        }
    }
    Ok(Names {
        words: names,
        phrases: phrases.into_iter().collect(),
    })
}

/// Whether most of the chunks with `token` in `field` are not of `section` (`ords`: doc id →
/// position in `docs`, per segment).
fn mostly_elsewhere(
    searcher: &Searcher,
    ords: &[Column<u64>],
    field: Field,
    token: &str,
    docs: &[Document],
    section: &str,
) -> tantivy::Result<bool> {
    let term = tantivy::Term::from_field_text(field, token);
    let (mut mine, mut all) = (0usize, 0usize);
    for (segment, reader) in searcher.segment_readers().iter().enumerate() {
        let inverted = reader.inverted_index(field)?;
        let Some(mut postings) = inverted.read_postings(&term, IndexRecordOption::Basic)? else {
            continue;
        };
        let column = ords.get(segment);
        let mut doc = postings.doc();
        while doc != tantivy::TERMINATED {
            all += 1;
            let ord = column.and_then(|c| c.first(doc));
            if ord
                .and_then(|o| docs.get(o as usize))
                .is_some_and(|d| d.section == section)
            {
                mine += 1;
            }
            doc = postings.advance();
        }
    }
    Ok(mine * 2 < all)
}

/// The weight of `doc`'s score ([`Scope`]), `named` the country sections the query names.
fn weight(doc: &Document, named: &HashSet<&str>) -> f32 {
    match doc.scope {
        Scope::General => 1.0,
        Scope::Glossary => WEIGHT_GLOSSARY,
        Scope::Country if named.contains(doc.section.as_str()) => WEIGHT_COUNTRY_NAMED,
        Scope::Country => WEIGHT_COUNTRY_NOT_NAMED,
    }
}

/// A query word in more than this fraction of the paragraphs of the user's language is not
/// required ([`SearchIndex::mark_common`]).
const COMMON_FRACTION: f64 = 0.25;
/// A word in at most this many paragraphs, none of them in the user's language, is rare: it
/// also gets the corrections that are [`RARE_NEIGHBOUR_RATIO`] times as frequent.
const RARE_DOC_FREQ: u64 = 2;
/// How much more frequent than a rare word its correction must be.
const RARE_NEIGHBOUR_RATIO: u64 = 10;

/// The share of its score a hit of the any-word pass keeps: the share of the `required`
/// words it has, `matched` (Lucene's classic coordination factor).
fn coordination(matched: usize, required: usize) -> f32 {
    matched.clamp(1, required.max(1)) as f32 / required.max(1) as f32
}

/// The most frequent corrections of a mistyped word searched in every form of a word
/// ([`query::QueryWord::corrected`]); the others only as they are spelled. Measured on the
/// relevance queries (before titles lost their lengths): one fixed 2 more, two 4, three the same 4.
const MAX_CORRECTED_WORDS: usize = 2;

/// When the all-words pass finds fewer hits than this, an any-word pass fills the list.
const MIN_HITS_BEFORE_ANY_WORD: usize = 3;

/// The search index of a guide, built in memory.
pub struct SearchIndex {
    // Kept so the searcher's segments stay alive.
    _reader: IndexReader,
    searcher: Searcher,
    fields: Fields,
    docs: Vec<Document>,
    /// The `ord` fast field of each segment (doc id → position in `docs`).
    ords: Vec<Column<u64>>,
    /// (section, anchor, lang) → position in `docs`.
    by_key: HashMap<(String, String, String), usize>,
    counts: HashMap<String, usize>,
    /// What names the country sections.
    names: Names,
    /// A token of a phrase's first word in lower case → the phrases (indices into
    /// `names.phrases`).
    phrase_starts: HashMap<String, Vec<usize>>,
}

/// A name of several words: each word (written with a capital, its folded and stemmed tokens),
/// and the country section it names.
type Phrase = (Vec<(bool, Vec<String>)>, String);

/// What names country sections in a query: worked out from the titles and keywords over the
/// whole index (every title and keyword analysed, each word in lower case looked up), so it is
/// written with the index ([`cache`]) and read back when it is opened.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Names {
    /// The words that name country sections → those sections: the folded and stemmed tokens
    /// of their titles and keywords, in every language.
    words: BTreeMap<String, Vec<String>>,
    /// The names of several words with a word in lower case ("mecanismul național de
    /// identificare și referire", "Шведска агенция за равенство между половете"): each word's
    /// tokens, whether it is written with a capital, and the country section. The query names the
    /// section when it has every word in lower case of one, and two of its words at least (the
    /// capitalised ones may be left out: "агенция за равенство между половете"). Such a word
    /// alone names the country only if most chunks with it are of that profile
    /// ("auttamisjärjestelmä"; not "притулок", shelter, of Iceland's "Жіночий притулок").
    phrases: Vec<Phrase>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("docs", &self.docs.len())
            .finish()
    }
}

/// The text a chunk is found by: its breadcrumbs (section title and headings), its body, and for
/// the intro chunk the section summary and keywords.
fn indexed_text(d: &Document) -> String {
    let mut parts: Vec<&str> = Vec::new();
    // Every chunk carries the section title (through its breadcrumbs): measured on the guide,
    // this finds sections by title words better than leaving the title to the `title` field
    // alone, at the price of short subsections sometimes ranking above their section's intro.
    if d.breadcrumbs.is_empty() {
        parts.push(&d.title);
        parts.push(&d.heading);
    } else {
        parts.extend(d.breadcrumbs.iter().map(String::as_str));
    }
    if d.anchor.is_empty() {
        parts.push(&d.summary);
        parts.extend(d.keywords.iter().map(String::as_str));
    }
    parts.push(&d.body);
    parts.retain(|p| !p.is_empty());
    parts.join("\n")
}

/// The stems of `title` made by `stemmer`, as one string of words: indexed in the `title` field
/// (whose folding analyzer then folds them as it folds a query's stems).
fn title_stems(mut stemmer: tantivy::tokenizer::TextAnalyzer, title: &str) -> String {
    let mut out = String::new();
    let mut stream = stemmer.token_stream(title);
    while stream.advance() {
        out.push_str(&stream.token().text);
        out.push(' ');
    }
    out
}

/// The schema every index has (in memory or cached on disk) and its fields.
fn schema() -> (Schema, Fields) {
    let text = |tokenizer: &str, positions: bool, lengths: bool| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_fieldnorms(lengths)
                .set_index_option(if positions {
                    IndexRecordOption::WithFreqsAndPositions
                } else {
                    IndexRecordOption::WithFreqs
                }),
        )
    };
    let mut schema = Schema::builder();
    let fields = Fields {
        exact: schema.add_text_field("exact", text("exact", true, true)),
        folded: schema.add_text_field("folded", text("folded", true, true)),
        lang: schema.add_text_field("lang", STRING),
        ord: schema.add_u64_field("ord", FAST),
        // Without lengths: a section's keywords (a country's run to hundreds of words, with
        // its facts) must not weaken a match in them.
        title: schema.add_text_field("title", text("folded", false, false)),
        heading: schema.add_text_field("heading", text("folded", false, true)),
        parts: schema.add_text_field("parts", text("folded", false, true)),
        stem: SPECS
            .iter()
            .map(|s| {
                schema.add_text_field(&format!("text_{}", s.code), text(s.tokenizer, false, true))
            })
            .collect(),
    };
    (schema.build(), fields)
}

/// Gives `index` our analyzers under the names the schema uses.
fn register_analyzers(index: &Index, analyzers: &Analyzers) {
    let tokenizers = index.tokenizers();
    tokenizers.register("exact", analyzers.exact.clone());
    tokenizers.register("folded", analyzers.folded.clone());
    for (spec, a) in SPECS.iter().zip(&analyzers.stem) {
        tokenizers.register(spec.tokenizer, a.clone());
    }
}

/// Adds every document to `index` (which has our schema and analyzers) and commits.
fn write_documents(index: &Index, fields: &Fields, docs: &[Document]) -> tantivy::Result<()> {
    // One indexing thread: one segment, so documents with equal scores always come in the
    // same order (two threads were not faster on 2 shared cores; see docs/search.md).
    let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 64_000_000)?;
    // No merging while writing: everything is merged into one segment at the end (below).
    writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));
    let texts: Vec<String> = docs.iter().map(indexed_text).collect();
    // The decompounding dictionary of each compounding language: its chunks' own words.
    let mut dictionaries: HashMap<&str, compound::Dictionary> = SPECS
        .iter()
        .filter(|s| compound::is_compounding(s.code))
        .map(|s| {
            let of_lang = docs
                .iter()
                .zip(&texts)
                .filter(|(d, _)| spec_of(&d.lang).is_some_and(|x| x.code == s.code))
                .map(|(_, t)| t.as_str());
            (s.code, compound::Dictionary::of(s, of_lang))
        })
        .collect();
    for (i, (d, body)) in docs.iter().zip(&texts).enumerate() {
        let stem_spec = spec_of(&d.lang);
        // The chunk's own heading: among the chunks of one section, the one whose heading
        // names the query's words ("Sikkerhedsplan" for "sikkerhedsplan for offeret"). Not
        // the glossary's: each of its headings is a term, and the measure named by the term
        // comes first.
        let heading = (d.scope != Scope::Glossary).then_some(d.heading.as_str());
        let mut doc = TantivyDocument::default();
        if let Some((lang, dict)) =
            stem_spec.and_then(|s| Some(s.code).zip(dictionaries.get_mut(s.code)))
        {
            // The parts of the chunk's compounds; those of its title and heading also in
            // those fields: `Unterkunft` finds `Schutzunterkunft`, `tiggeri` the paragraph
            // headed `Tvangstiggeri`.
            doc.add_text(fields.parts, dict.parts_of(lang, body));
            doc.add_text(fields.title, dict.parts_of(lang, &d.title));
            if let Some(h) = heading {
                doc.add_text(fields.heading, dict.parts_of(lang, h));
            }
        }
        doc.add_text(fields.exact, body);
        doc.add_text(fields.folded, body);
        doc.add_text(fields.title, &d.title);
        if d.anchor.is_empty() {
            // Keywords are section-level and can be long (a country's facts): once per
            // section, with its intro chunk.
            for k in &d.keywords {
                doc.add_text(fields.title, k);
            }
        }
        // The title's stems in its language too, so that "formally" finds "Formal
        // identification" ([`query`] looks the query word's stems up in the same field).
        if let Some(stemmer) = stem_spec.and_then(|s| index.tokenizers().get(s.tokenizer)) {
            doc.add_text(fields.title, title_stems(stemmer.clone(), &d.title));
            if let Some(h) = heading {
                doc.add_text(fields.heading, title_stems(stemmer, h));
            }
        }
        if let Some(h) = heading {
            doc.add_text(fields.heading, h);
        }
        if let Some(pos) = spec_index(&d.lang) {
            doc.add_text(fields.stem[pos], body);
        }
        doc.add_text(fields.lang, stem_spec.map_or(d.lang.as_str(), |s| s.code));
        doc.add_u64(fields.ord, i as u64);
        writer.add_document(doc)?;
    }
    writer.commit()?;
    // One segment to search: a corpus over the writer's memory budget is written in several,
    // and every query would walk each one's term dictionary (a typo's automaton, a prefix's
    // range) again. Measured on 100× the guide (626,600 chunks, 6 segments → 1): p99 35 → 17
    // ms, build 268 → 297 s. The guide itself fits in one segment, so this costs it nothing;
    // the index is built once (with the app) and searched on every keystroke.
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()
}

impl SearchIndex {
    /// Builds the index of `docs` in memory (all languages in one index).
    pub fn build(docs: &[Document]) -> Result<SearchIndex> {
        let analyzers = Analyzers::new();
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        register_analyzers(&index, &analyzers);
        write_documents(&index, &fields, docs)?;
        Ok(SearchIndex::over(&index, fields, analyzers, docs, None)?)
    }

    /// The searchable index of `docs` over `index`, which holds exactly them, in order.
    /// `names`: the country names stored with the index ([`SearchIndex::names`]); `None`:
    /// worked out here.
    fn over(
        index: &Index,
        fields: Fields,
        analyzers: Analyzers,
        docs: &[Document],
        names: Option<Names>,
    ) -> tantivy::Result<SearchIndex> {
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let ords = searcher
            .segment_readers()
            .iter()
            .map(|s| s.fast_fields().u64("ord"))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut by_key = HashMap::new();
        let mut counts: HashMap<String, usize> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            by_key.insert((d.section.clone(), d.anchor.clone(), d.lang.clone()), i);
            *counts.entry(d.lang.clone()).or_default() += 1;
        }
        let names = match names {
            Some(names) => names,
            None => country_names(&searcher, &ords, &fields, &analyzers, docs)?,
        };
        let mut phrase_starts: HashMap<String, Vec<usize>> = HashMap::new();
        // Indexed by the tokens of its first word in lower case (one the query must have).
        for (i, (phrase, _)) in names.phrases.iter().enumerate() {
            let first = phrase.iter().find(|(capital, _)| !capital);
            for t in first.into_iter().flat_map(|(_, tokens)| tokens) {
                phrase_starts.entry(t.clone()).or_default().push(i);
            }
        }
        Ok(SearchIndex {
            _reader: reader,
            searcher,
            fields,
            docs: docs.to_vec(),
            ords,
            by_key,
            counts,
            names,
            phrase_starts,
        })
    }

    /// Number of chunks indexed in `lang`.
    pub fn doc_count(&self, lang: &str) -> usize {
        self.counts.get(lang).copied().unwrap_or(0)
    }

    /// Answers `query`. Never fails and never panics: bad input gives an empty list (and maybe a
    /// notice), an over-long query is cut with a notice.
    pub fn search(&self, query: &str, opts: &SearchOptions) -> SearchResults {
        let start = Instant::now();
        let answer = catch_unwind(AssertUnwindSafe(|| self.run(query, opts)));
        let (text, hits, notice) = match answer {
            Ok(Ok(r)) => r,
            // A query the index cannot answer (an error, or a panic inside tantivy) is an empty
            // answer with a notice: never a crash of the app or the server.
            Ok(Err(_)) | Err(_) => (
                query.to_owned(),
                Vec::new(),
                Some(Notice::new("search-notice-failed")),
            ),
        };
        SearchResults {
            query: text,
            took_us: start.elapsed().as_micros().try_into().unwrap_or(u64::MAX),
            hits,
            status: SearchStatus::Ready,
            notice,
        }
    }

    fn run(
        &self,
        query: &str,
        opts: &SearchOptions,
    ) -> tantivy::Result<(String, Vec<Hit>, Option<Notice>)> {
        let mut plan = query::parse(query, &opts.lang);
        query::join_compounds(&mut plan, |folded| {
            self.doc_freq(self.fields.folded, folded) > 0
        });
        let user_lang = spec_of(&opts.lang).map_or(opts.lang.as_str(), |s| s.code);
        // The user's language's stemmed field, if it has an analyzer of its own.
        let user = spec_index(&opts.lang);
        for w in &mut plan.words {
            if let Some(f) = w.folded.first() {
                let df = self.doc_freq(self.fields.folded, f);
                w.known = df > 0;
                // An unknown word gets its corrections; so does a misspelling that is a real
                // word elsewhere (a name, a word of another language): a rare word that the
                // user's language does not have, with a much more frequent neighbour, gets
                // that neighbour too, ranked below the word as typed. (Only then: the walk
                // costs a typo automaton.)
                let corrected = w.typos > 0
                    && (!w.known
                        || (df <= RARE_DOC_FREQ && !w.in_phrase && !self.in_language(w, user)));
                if corrected {
                    let term = tantivy::Term::from_field_text(self.fields.folded, f);
                    w.corrections = self
                        .corrections(term, w.typos)?
                        .into_iter()
                        .filter(|(t, n)| t != f && *n >= RARE_NEIGHBOUR_RATIO * df)
                        .map(|(t, _)| t)
                        .collect();
                    w.corrected = w
                        .corrections
                        .iter()
                        .take(MAX_CORRECTED_WORDS)
                        .map(|c| query::QueryWord::correction(c))
                        .collect();
                }
            }
        }
        if let Some(user) = user {
            self.add_cyrillic_stems(&mut plan, user);
            self.add_alternative_stems(&mut plan, user);
            self.mark_common(&mut plan, user);
            if compound::is_compounding(SPECS[user].code) {
                self.split_compounds(&mut plan, user);
            }
        }
        for w in plan
            .words
            .iter_mut()
            .filter(|w| !w.optional && !w.in_phrase)
        {
            if let Some(f) = w.folded.first() {
                if f.chars().count() >= query::MIN_BEGINS_HEADING_CHARS {
                    w.begins = self.begins(f);
                }
            }
        }
        let limit = opts.limit.min(200);
        if plan.words.is_empty() || limit == 0 {
            return Ok((plan.text, Vec::new(), plan.notice));
        }
        // Up to one chunk per language per paragraph collapse into one hit.
        let fetch = if opts.all_languages {
            2 * limit
        } else {
            2 * limit * SPECS.len()
        };
        let mut found: Vec<(f32, usize)> = Vec::new(); // (score, shown doc)
        let mut seen: HashSet<(&str, &str, &str)> = HashSet::new();
        let mut any_word: Vec<(usize, DocAddress)> = Vec::new(); // (place in found, chunk)

        // Each word's query, made once for both passes and the coordination below.
        let word_queries: Vec<Box<dyn Query>> = plan
            .words
            .iter()
            .map(|w| query::word_query(w, &self.fields, user))
            .collect();
        for all_words in [true, false] {
            let Some(q) = query::build(&plan, &word_queries, &self.fields, user_lang, all_words)
            else {
                break;
            };
            let top = self
                .searcher
                .search(&q, &TopDocs::with_limit(fetch).order_by_score())?;
            for (score, addr) in top {
                let Some(ord) = self
                    .ords
                    .get(addr.segment_ord as usize)
                    .and_then(|c| c.first(addr.doc_id))
                else {
                    continue;
                };
                let Some(doc) = self.docs.get(ord as usize) else {
                    continue;
                };
                let shown = if opts.all_languages {
                    ord as usize
                } else {
                    *self
                        .by_key
                        .get(&(
                            doc.section.clone(),
                            doc.anchor.clone(),
                            user_lang.to_owned(),
                        ))
                        .unwrap_or(&(ord as usize))
                };
                let d = &self.docs[shown];
                let key = if opts.all_languages {
                    (d.section.as_str(), d.anchor.as_str(), d.lang.as_str())
                } else {
                    (d.section.as_str(), d.anchor.as_str(), "")
                };
                if seen.insert(key) {
                    if !all_words {
                        any_word.push((found.len(), addr));
                    }
                    found.push((score, shown));
                }
                // Twice the hits asked for, so that spreading sections has others to bring up.
                if found.len() >= 2 * limit {
                    break;
                }
            }
            // The any-word pass only when all words found (almost) nothing.
            if found.len() >= limit.min(MIN_HITS_BEFORE_ANY_WORD) {
                break;
            }
        }
        // A hit of the any-word pass counts as much as the share of the required words it
        // has (Lucene's classic coordination factor): two of three words before one of three.
        let required: Vec<&dyn Query> = plan
            .words
            .iter()
            .zip(&word_queries)
            .filter(|(w, _)| query::is_required(w))
            .map(|(_, q)| q.as_ref())
            .collect();
        if required.len() >= 2 && !any_word.is_empty() {
            let matched = self.words_matched(&required, &any_word)?;
            for ((i, _), m) in any_word.iter().zip(matched) {
                found[*i].0 *= coordination(m, required.len());
            }
        }
        // Which countries the query names: once per query, not once per hit.
        let named = self.named_countries(&plan);
        for (score, i) in &mut found {
            *score *= weight(&self.docs[*i], &named);
        }
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut found = spread_sections(found, &self.docs);
        found.truncate(limit);
        let mut highlighter = Highlighter::new(&plan);
        let hits = found
            .into_iter()
            .map(|(score, i)| self.hit(&self.docs[i], score, &mut highlighter))
            .collect();
        Ok((plan.text, hits, plan.notice))
    }

    /// How many of `words` (their queries) each chunk of `hits` matches.
    fn words_matched(
        &self,
        words: &[&dyn Query],
        hits: &[(usize, DocAddress)],
    ) -> tantivy::Result<Vec<usize>> {
        let mut order: Vec<usize> = (0..hits.len()).collect();
        order.sort_by_key(|&i| (hits[i].1.segment_ord, hits[i].1.doc_id));
        let mut matched = vec![0; hits.len()];
        let scoring = EnableScoring::disabled_from_searcher(&self.searcher);
        for w in words {
            let weight = w.weight(scoring)?;
            let mut segment = None;
            let mut scorer: Option<Box<dyn tantivy::query::Scorer>> = None;
            for &i in &order {
                let addr = hits[i].1;
                if segment != Some(addr.segment_ord) {
                    segment = Some(addr.segment_ord);
                    let reader = self.searcher.segment_reader(addr.segment_ord);
                    scorer = Some(weight.scorer(reader, 1.0)?);
                }
                // Chunks in doc order: the scorer only moves forward.
                if let Some(s) = scorer.as_mut() {
                    if s.doc() <= addr.doc_id && s.seek(addr.doc_id) == addr.doc_id {
                        matched[i] += 1;
                    }
                }
            }
        }
        Ok(matched)
    }

    /// The country sections `plan` names ([`Names`]).
    fn named_countries(&self, plan: &Plan) -> HashSet<&str> {
        let mut named = HashSet::new();
        // Every form of every word (stop words too: "de", "și" of a name).
        let forms: HashSet<&str> = plan
            .words
            .iter()
            .flat_map(|w| {
                w.folded
                    .iter()
                    .chain(w.stems.iter().flatten())
                    .chain(&w.corrections)
            })
            .map(String::as_str)
            .collect();
        for t in &forms {
            for &i in self.phrase_starts.get(*t).into_iter().flatten() {
                let (phrase, section) = &self.names.phrases[i];
                let has = |tokens: &Vec<String>| tokens.iter().any(|t| forms.contains(t.as_str()));
                // Every word in lower case, and two words at least.
                if phrase
                    .iter()
                    .all(|(capital, tokens)| *capital || has(tokens))
                    && phrase.iter().filter(|(_, tokens)| has(tokens)).count() >= 2
                {
                    named.insert(section.as_str());
                }
            }
        }
        for w in plan.words.iter().filter(|w| !w.optional) {
            let forms = w
                .folded
                .iter()
                .chain(w.stems.iter().flatten())
                .chain(&w.corrections);
            for t in forms {
                named.extend(
                    self.names
                        .words
                        .get(t)
                        .into_iter()
                        .flatten()
                        .map(String::as_str),
                );
            }
            // The word being typed names what a name it begins names.
            if let Some(p) = w.folded.first().filter(|_| w.prefix) {
                let begun = self
                    .names
                    .words
                    .range::<str, _>((
                        std::ops::Bound::Included(p.as_str()),
                        std::ops::Bound::Unbounded,
                    ))
                    .take_while(|(n, _)| n.starts_with(p.as_str()));
                named.extend(begun.flat_map(|(_, s)| s.iter().map(String::as_str)));
            }
        }
        named
    }

    /// In how many chunks `field` has the term `text`.
    fn doc_freq(&self, field: tantivy::schema::Field, text: &str) -> u64 {
        let term = tantivy::Term::from_field_text(field, text);
        self.searcher.doc_freq(&term).unwrap_or(0)
    }

    /// Whether `w` occurs in the user's language (by its stem there; `user` is that language's
    /// place in [`SPECS`]); `false` for a language without an analyzer of its own.
    fn in_language(&self, w: &query::QueryWord, user: Option<usize>) -> bool {
        user.is_some_and(|lang| {
            w.stems[lang]
                .first()
                .is_some_and(|stem| self.doc_freq(self.fields.stem[lang], stem) > 0)
        })
    }

    /// Gives each word of `plan` typed in Latin letters by a user whose language is written in
    /// Cyrillic (Ukrainian, Bulgarian; `lang` is its place in [`SPECS`]) the stems of the
    /// Cyrillic words it may be ([`translit::cyrillic_spellings`]) that the index has in that
    /// language, first (at most [`MAX_CYRILLIC_STEMS`], the usual reading first). The word as
    /// typed finds the transliteration of that very form only (`prytulok`: `притулок`); its
    /// stem finds the others (`притулку`, `притулків`) as the word typed in Cyrillic would. A
    /// word whose usual reading is a stop word of the language is not required, as that word is
    /// not ([`analyzers::is_stop_word`], which already knows the official spellings, `dlia`:
    /// here the others, `dlya`).
    fn add_cyrillic_stems(&self, plan: &mut Plan, lang: usize) {
        let field = self.fields.stem[lang];
        let spec = &SPECS[lang];
        for w in plan.words.iter_mut().filter(|w| !w.optional) {
            let spellings = translit::cyrillic_spellings(&w.lower, spec.code);
            if spellings
                .first()
                .is_some_and(|usual| is_stop_word(spec.code, usual))
            {
                w.optional = true;
                continue;
            }
            let mut stems: Vec<String> = Vec::new();
            for spelling in spellings {
                if stems.len() == MAX_CYRILLIC_STEMS {
                    break;
                }
                match analyzers::stem_word(spec, &spelling) {
                    Some(stem) if !stems.contains(&stem) && self.doc_freq(field, &stem) > 0 => {
                        stems.push(stem)
                    }
                    _ => {}
                }
            }
            w.stems[lang].splice(0..0, stems);
        }
    }

    /// Gives each word of `plan` the stem its other inflection has in the user's language
    /// (`lang`, its place in [`SPECS`]) when the index has that stem more often than the word's
    /// own ([`analyzers::Stem::alternatives`]): `w Polsce` then finds what `Polska` names.
    fn add_alternative_stems(&self, plan: &mut Plan, lang: usize) {
        let field = self.fields.stem[lang];
        for w in plan.words.iter_mut().filter(|w| !w.optional) {
            let Some(stem) = w.stems[lang].first() else {
                continue;
            };
            // Most stemmers have none: then no term is looked up.
            let alternatives = SPECS[lang].stem.alternatives(stem);
            if alternatives.is_empty() {
                continue;
            }
            let own = self.doc_freq(field, stem);
            let best = alternatives
                .into_iter()
                .map(|s| (self.doc_freq(field, &s), s))
                .filter(|(df, _)| *df > own)
                .max_by_key(|(df, _)| *df);
            if let Some((_, s)) = best {
                w.stems[lang].push(s);
            }
        }
    }

    /// Marks the words of `plan` that are in more than [`COMMON_FRACTION`] of the paragraphs
    /// of the user's language (by their stem there) as [`query::QueryWord::common`]: not
    /// required, as long as one required word is left. Lucene's `CommonTermsQuery` and
    /// Elasticsearch's `cutoff_frequency` do the same: in a guide on victims, "victim" in a
    /// question does not tell the paragraphs apart, and requiring it drops the one paragraph
    /// that answers without naming the victim ("safety plan for the victim" → the paragraph
    /// "Safety plan").
    fn mark_common(&self, plan: &mut Plan, lang: usize) {
        let total = self.doc_count(SPECS[lang].code);
        if total == 0 {
            return;
        }
        let required = |w: &query::QueryWord| !w.optional && !w.in_phrase;
        if plan.words.iter().filter(|w| required(w)).count() < 2 {
            return;
        }
        for w in plan.words.iter_mut().filter(|w| required(w)) {
            let Some(stem) = w.stems[lang].first() else {
                continue;
            };
            let df = self.doc_freq(self.fields.stem[lang], stem);
            w.common = df as f64 > COMMON_FRACTION * total as f64;
        }
        // Every word common: then they are all the query has, and all are required.
        if plan.words.iter().filter(|w| required(w)).all(|w| w.common) {
            for w in &mut plan.words {
                w.common = false;
            }
        }
    }

    /// Splits the long words of `plan` into the words of the index they are made of; `lang`
    /// (its place in [`SPECS`]) writes compounds as one word ([`compound`]; the dictionary is
    /// the index's terms, folded and stemmed in that language).
    fn split_compounds(&self, plan: &mut Plan, lang: usize) {
        let user_lang = SPECS[lang].code;
        let is_word = |s: &str| {
            [self.fields.folded, self.fields.stem[lang]]
                .iter()
                .any(|&f| self.doc_freq(f, s) > 0)
        };
        let is_prefix = |s: &str| !self.terms_beginning(self.fields.folded, s, 1).is_empty();
        for w in plan
            .words
            .iter_mut()
            .filter(|w| !w.in_phrase && !w.optional)
        {
            if let Some(f) = w.folded.first() {
                if w.known {
                    w.parts = compound::split(f, user_lang, &is_word);
                } else {
                    (w.parts, w.prefix_part) =
                        compound::split_prefixed(f, user_lang, &is_word, &is_prefix);
                }
            }
        }
    }

    /// Words of headings and titles that begin with `word` and are longer (at most
    /// [`query::MAX_BEGINS`], the first in order).
    fn begins(&self, word: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for field in [self.fields.heading, self.fields.title] {
            // One more than wanted: `word` itself may be among them.
            for t in self.terms_beginning(field, word, query::MAX_BEGINS + 1) {
                if t != word && !found.contains(&t) {
                    found.push(t);
                }
            }
        }
        found.truncate(query::MAX_BEGINS);
        found
    }

    /// The first terms of `field` (in term order, at most `limit` per segment) that begin with
    /// `prefix`, `prefix` itself included.
    fn terms_beginning(
        &self,
        field: tantivy::schema::Field,
        prefix: &str,
        limit: usize,
    ) -> Vec<String> {
        let mut found = Vec::new();
        for segment in self.searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(field) else {
                continue;
            };
            let Ok(mut stream) = inverted.terms().range().ge(prefix).into_stream() else {
                continue;
            };
            let mut n = 0;
            while n < limit && stream.advance() && stream.key().starts_with(prefix.as_bytes()) {
                n += 1;
                if let Ok(t) = std::str::from_utf8(stream.key()) {
                    found.push(t.to_owned());
                }
            }
        }
        found
    }

    /// The terms of the folded field within `typos` of `term` and their document frequency,
    /// most frequent first.
    fn corrections(&self, term: tantivy::Term, typos: u8) -> tantivy::Result<Vec<(String, u64)>> {
        /// Terms looked at, at most: a short word in a large index can have many neighbours.
        const MAX_VISITED: usize = 256;
        let automaton = query::typo_automaton(term, typos)?;
        let mut found: HashMap<String, u64> = HashMap::new();
        for segment in self.searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.folded)?;
            let mut stream = inverted.terms().search(&automaton).into_stream()?;
            let mut visited = 0;
            while visited < MAX_VISITED && stream.advance() {
                visited += 1;
                if let Ok(text) = std::str::from_utf8(stream.key()) {
                    *found.entry(text.to_owned()).or_default() +=
                        u64::from(stream.value().doc_freq);
                }
            }
        }
        let mut found: Vec<(String, u64)> = found.into_iter().collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        found.truncate(query::MAX_CORRECTIONS);
        Ok(found)
    }

    fn hit<'a>(&'a self, d: &'a Document, score: f32, highlighter: &mut Highlighter<'a>) -> Hit {
        let lang = spec_index(&d.lang);
        // Nothing highlights when the paragraph was found through its translation: then the
        // section's summary for its opening chunk, the paragraph's own opening for the others
        // (the summary repeated under every heading of a section tells them apart by nothing).
        let snippet = highlighter.highlight(&d.body, lang).unwrap_or_else(|| {
            if d.anchor.is_empty() || d.body.trim().is_empty() {
                Snippet::plain(d.summary.trim())
            } else {
                snippet::opening(&d.body)
            }
        });
        Hit {
            section: d.section.clone(),
            lang: d.lang.clone(),
            anchor: d.anchor.clone(),
            title: d.title.clone(),
            breadcrumbs: d.breadcrumbs.clone(),
            snippet,
            score,
        }
    }
}
