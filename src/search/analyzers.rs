//! Per-language analyzers: how chunk text and query text become index terms.
//!
//! Three views of every text, each a named tantivy tokenizer:
//! - `exact`: words, lowercased, nothing removed (phrases and exact matches);
//! - `<lang>_stem` (`is_plain` for Icelandic): lowercased, stop words removed, stemmed with
//!   diacritics kept (Snowball rules depend on them);
//! - `folded`: lowercased, diacritics removed, Cyrillic transliterated, German umlauts both ways
//!   (see [`super::translit`]); unstemmed, the field typo tolerance and prefixes run on.
//!
//! Owns the language table (which stemmer and stop words each language gets) and the one token
//! filter adapter that puts a plain `fn(&str) -> String` stemmer into a tantivy pipeline.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, Stemmer, StopWordFilter, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

use super::translit::{fold, fold_variants, is_combining, is_cyrillic};
use super::{stem_bg, stem_lv};

/// The languages the index has an analyzer of their own for (stemmer or folding, stop words).
/// A language of `guide.toml` that is not among them is searched through the folded field only,
/// and `fieldguide check` says so.
pub fn languages() -> impl Iterator<Item = &'static str> {
    SPECS.iter().map(|s| s.code)
}

/// Tokens longer than this many bytes are dropped (URLs glued to text, base64, hostile input).
pub(crate) const MAX_TOKEN_BYTES: usize = 100;

/// Which stemmer a language uses.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Stem {
    /// tantivy's built-in `Stemmer` (Snowball, through frostem 1).
    Builtin(Language),
    /// A Snowball stemmer of frostem 1 that tantivy does not expose.
    Snowball(frostem::Algorithm),
    /// Snowball's Ukrainian stemmer, only in frostem 2.
    Ukrainian,
    /// Snowball Finnish, with the nominative of `-inen` words stemmed like their other cases
    /// ([`finnish_nominative`]).
    Finnish,
    /// Our Kreslins light stemmer.
    Latvian,
    /// Our Savoy light stemmer.
    Bulgarian,
    /// No stemmer (Icelandic).
    None,
}

impl Stem {
    /// Other stems `stem` (a stem this stemmer made) may stand for, where the stemmer leaves
    /// apart forms of one word; empty for most stemmers. Guesses: the caller keeps one only if
    /// the index has it more often than `stem` itself.
    ///
    /// Polish (Snowball): the last consonant changes with the case (`Polska`/`Polsce` →
    /// `polsk`/`polsc`, `noga`/`nodze`, `siostra`/`siostrze`, `szkoła`/`szkole`), or a fleeting
    /// `e` drops (`handel`/`handlu` → `handel`/`handl`, `cudzoziemiec`/`cudzoziemca`); `miejsce`
    /// (a place) is not the town's `miejski`, which the caller's frequency check keeps apart.
    pub(crate) fn alternatives(self, stem: &str) -> Vec<String> {
        match self {
            Stem::Snowball(frostem::Algorithm::Polish) => polish_alternatives(stem),
            _ => Vec::new(),
        }
    }

    /// Stems one lowercased word (the adapter's and the tests' entry point).
    pub(crate) fn stem(self, word: &str) -> String {
        match self {
            Stem::Builtin(language) => match builtin_algorithm(language) {
                Some(alg) => frostem::Stemmer::new(alg).stem(word).into_owned(),
                None => word.to_owned(),
            },
            Stem::None => word.to_owned(),
            Stem::Snowball(alg) => frostem::Stemmer::new(alg).stem(word).into_owned(),
            Stem::Ukrainian => frostem2::Stemmer::new(frostem2::Algorithm::Ukrainian)
                .stem(word)
                .into_owned(),
            Stem::Latvian => stem_lv::stem(word),
            Stem::Bulgarian => stem_bg::stem(word),
            Stem::Finnish => {
                let stem = frostem::Stemmer::new(frostem::Algorithm::Finnish).stem(word);
                finnish_nominative(word, &stem)
            }
        }
    }
}

/// Snowball Finnish stems the nominative of an `-inen` word to `-in` and its other cases to
/// `-is` (`tunnistaminen` → `tunnistamin`, but `tunnistamisen`, `tunnistamisesta` →
/// `tunnistamis`; `virallinen`, `virallisesti`), so a title in the nominative (`Virallinen
/// tunnistaminen`) missed a question in any other case. The nominative is stemmed like the
/// others: the stem alternates `-nen`/`-s-` in every such word.
fn finnish_nominative(word: &str, stem: &str) -> String {
    match stem.strip_suffix("in") {
        Some(base) if word.ends_with("inen") => format!("{base}is"),
        _ => stem.to_owned(),
    }
}

/// The frostem algorithm behind a tantivy built-in stemmer (tantivy's `Stemmer` wraps the same
/// frostem 1 crate), so a single word can be stemmed without a token pipeline.
fn builtin_algorithm(language: Language) -> Option<frostem::Algorithm> {
    Some(match language {
        Language::English => frostem::Algorithm::English,
        Language::Swedish => frostem::Algorithm::Swedish,
        Language::Danish => frostem::Algorithm::Danish,
        Language::Norwegian => frostem::Algorithm::Norwegian,
        Language::German => frostem::Algorithm::German,
        Language::Romanian => frostem::Algorithm::Romanian,
        _ => return None,
    })
}

/// The stemmed view of one lowercased word in the language of `spec`: `None` for a stop word.
pub(crate) fn stem_word(spec: &LangSpec, lower: &str) -> Option<String> {
    static SETS: OnceLock<HashMap<&'static str, HashSet<&'static str>>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        SPECS
            .iter()
            .map(|s| (s.code, stop_words(s.code).iter().copied().collect()))
            .collect()
    });
    if sets.get(spec.code).is_some_and(|set| set.contains(lower)) {
        return None;
    }
    Some(spec.stem.stem(lower))
}

/// The other stems of a Polish stem ([`Stem::alternatives`]).
fn polish_alternatives(stem: &str) -> Vec<String> {
    /// A consonant alternation at the end of the stem: (oblique case, nominative).
    const ALTERNATIONS: &[(&str, &str)] = &[
        ("c", "k"),
        ("dz", "g"),
        ("rz", "r"),
        ("sz", "ch"),
        ("l", "ł"),
        ("ci", "t"),
        ("dzi", "d"),
    ];
    let mut out = Vec::new();
    for (oblique, nominative) in ALTERNATIONS {
        if let Some(base) = stem
            .strip_suffix(oblique)
            .filter(|b| b.chars().count() >= 3)
        {
            out.push(format!("{base}{nominative}"));
        }
    }
    // A fleeting `e` (or `ie`) before the last consonant: `handel` → `handl`, `budynek` →
    // `budynk`, `cudzoziemiec` → `cudzoziemc`.
    let chars: Vec<char> = stem.chars().collect();
    let vowel = |c: char| "aąeęioóuy".contains(c);
    if let [head @ .., 'e', last] = chars.as_slice() {
        if head.len() >= 3 && !vowel(*last) && head.last().is_some_and(|&c| c == 'i' || !vowel(c)) {
            let head = head.strip_suffix(&['i']).unwrap_or(head);
            out.push(head.iter().chain([last]).collect());
        }
    }
    out
}

/// One language's analysis settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LangSpec {
    pub code: &'static str,
    pub tokenizer: &'static str,
    pub stem: Stem,
    pub stemmer: &'static str,
    pub origin: &'static str,
}

/// The language table: every language of the guide, its tokenizer name and stemmer.
pub(crate) const SPECS: &[LangSpec] = &[
    spec(
        "en",
        "en_stem",
        Stem::Builtin(Language::English),
        "Snowball English",
        "tantivy built-in (frostem 1)",
    ),
    spec(
        "sv",
        "sv_stem",
        Stem::Builtin(Language::Swedish),
        "Snowball Swedish",
        "tantivy built-in (frostem 1)",
    ),
    spec(
        "da",
        "da_stem",
        Stem::Builtin(Language::Danish),
        "Snowball Danish",
        "tantivy built-in (frostem 1)",
    ),
    spec(
        "nb",
        "nb_stem",
        Stem::Builtin(Language::Norwegian),
        "Snowball Norwegian",
        "tantivy built-in (frostem 1)",
    ),
    spec(
        "fi",
        "fi_stem",
        Stem::Finnish,
        "Snowball Finnish, -inen nominatives as their other cases",
        "frostem 1, and our rule for -inen words",
    ),
    spec(
        "is",
        "is_plain",
        Stem::None,
        "none",
        "no published light stemmer: folding, prefix and typo tolerance only",
    ),
    spec(
        "et",
        "et_stem",
        Stem::Snowball(frostem::Algorithm::Estonian),
        "Snowball Estonian",
        "frostem 1 via our token filter adapter",
    ),
    spec(
        "lv",
        "lv_stem",
        Stem::Latvian,
        "Kreslins light stemmer",
        "own: Kreslins 1996 light stemmer, Lucene LatvianStemmer as reference",
    ),
    spec(
        "lt",
        "lt_stem",
        Stem::Snowball(frostem::Algorithm::Lithuanian),
        "Snowball Lithuanian",
        "frostem 1 via our token filter adapter",
    ),
    spec(
        "pl",
        "pl_stem",
        Stem::Snowball(frostem::Algorithm::Polish),
        "Snowball Polish",
        "frostem 1 via our token filter adapter",
    ),
    spec(
        "de",
        "de_stem",
        Stem::Builtin(Language::German),
        "Snowball German",
        "tantivy built-in (frostem 1)",
    ),
    spec(
        "bg",
        "bg_stem",
        Stem::Bulgarian,
        "Savoy light stemmer",
        "own: Savoy 2007 light stemmer, Lucene BulgarianStemmer as reference",
    ),
    spec(
        "ro",
        "ro_stem",
        Stem::Builtin(Language::Romanian),
        "Snowball Romanian",
        "tantivy built-in (frostem 1)",
    ),
    spec(
        "uk",
        "uk_stem",
        Stem::Ukrainian,
        "Snowball Ukrainian",
        "frostem 2 via our token filter adapter",
    ),
];

const fn spec(
    code: &'static str,
    tokenizer: &'static str,
    stem: Stem,
    stemmer: &'static str,
    origin: &'static str,
) -> LangSpec {
    LangSpec {
        code,
        tokenizer,
        stem,
        stemmer,
        origin,
    }
}

/// The position in [`SPECS`] of a language code's spec (as [`spec_of`]): which stemmed field is
/// that language's.
pub(crate) fn spec_index(lang: &str) -> Option<usize> {
    let spec = spec_of(lang)?;
    SPECS.iter().position(|s| s.code == spec.code)
}

/// The spec of a language code (`sv`, `sv-SE`, `no`, `nn`, upper case too); `None` if unknown.
pub(crate) fn spec_of(lang: &str) -> Option<&'static LangSpec> {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let primary = match primary.as_str() {
        "no" | "nn" => "nb",
        p => p,
    };
    SPECS.iter().find(|s| s.code == primary)
}

/// Icelandic function words (no crate ships an Icelandic list; written from common usage,
/// spaCy's `lang/is/stop_words.py` as a cross-check).
const ICELANDIC_STOP_WORDS: &[&str] = &[
    "að", "af", "alla", "allt", "annað", "á", "án", "eða", "ef", "eftir", "ekki", "en", "er",
    "eru", "fyrir", "frá", "hafa", "hann", "hefur", "hér", "hjá", "hún", "hvort", "í", "með",
    "meðan", "nema", "nú", "og", "sem", "sé", "sig", "skal", "til", "um", "undir", "upp", "var",
    "vera", "verður", "við", "yfir", "það", "þau", "þá", "þar", "þegar", "þeir", "því", "þess",
    "ó",
];

/// The stop words of a language: the `stop-words` crate (NLTK list where there is one, else the
/// ISO list), our own short list for Icelandic.
pub(crate) fn stop_words(code: &str) -> &'static [&'static str] {
    match code {
        "is" => ICELANDIC_STOP_WORDS,
        "nb" => stop_words::lookup("no").unwrap_or(&[]),
        c => stop_words::lookup(c).unwrap_or(&[]),
    }
}

/// Whether `lower` is a stop word of `code`, or one typed without its diacritics (`fur` for
/// `für`, `pa` for `på`): such a word is not required in a query either.
pub(crate) fn is_stop_word(code: &str, lower: &str) -> bool {
    static FOLDED: OnceLock<HashMap<&'static str, HashSet<String>>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        SPECS
            .iter()
            .map(|s| {
                let set = stop_words(s.code).iter().map(|w| fold(w)).collect();
                (s.code, set)
            })
            .collect()
    });
    stop_words(code).contains(&lower) || folded.get(code).is_some_and(|set| set.contains(lower))
}

/// Splits text into words: runs of letters, digits and combining marks; an apostrophe inside a
/// Cyrillic word (Ukrainian `сім'я`) stays in the word. Yields (byte offset, word).
pub(crate) fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let word_char = c.is_alphanumeric()
            || (start.is_some() && is_combining(c))
            || (matches!(c, '\'' | '’' | 'ʼ')
                && prev.is_some_and(is_cyrillic)
                && next.is_some_and(is_cyrillic));
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// A token stream over tokens computed up front.
pub(crate) struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }
    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

/// The word splitter of every view ([`words`]), as a tantivy tokenizer.
#[derive(Clone, Default)]
pub(crate) struct WordTokenizer;

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let tokens = words(text)
            .into_iter()
            .enumerate()
            .map(|(position, (from, w))| Token {
                offset_from: from,
                offset_to: from + w.len(),
                position,
                text: w.to_owned(),
                position_length: 1,
            })
            .collect();
        VecTokenStream { tokens, next: 0 }
    }
}

/// The `folded` view: each word lowercased, then every spelling of [`fold_variants`] at the
/// word's position.
#[derive(Clone, Default)]
pub(crate) struct FoldedTokenizer;

impl Tokenizer for FoldedTokenizer {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let mut tokens = Vec::new();
        for (position, (from, w)) in words(text).into_iter().enumerate() {
            if w.len() > MAX_TOKEN_BYTES {
                continue;
            }
            let variants = if w.is_ascii() {
                vec![w.to_ascii_lowercase()]
            } else {
                fold_variants(&w.to_lowercase())
            };
            for v in variants {
                tokens.push(Token {
                    offset_from: from,
                    offset_to: from + w.len(),
                    position,
                    text: v,
                    position_length: 1,
                });
            }
        }
        VecTokenStream { tokens, next: 0 }
    }
}

/// A token filter that stems with a [`Stem`]: our adapter for stemmers tantivy does not ship
/// (frostem's et/lt/pl, frostem 2's uk, our lv and bg).
#[derive(Clone, Copy)]
pub(crate) struct StemFilter(pub Stem);

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = StemFilterTokenizer<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemFilterTokenizer<T> {
        StemFilterTokenizer {
            stem: self.0,
            inner: tokenizer,
        }
    }
}

/// [`StemFilter`] applied to a tokenizer.
#[derive(Clone)]
pub(crate) struct StemFilterTokenizer<T> {
    stem: Stem,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemFilterTokenizer<T> {
    type TokenStream<'a> = StemTokenStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemTokenStream {
            stem: self.stem,
            tail: self.inner.token_stream(text),
        }
    }
}

/// The token stream of [`StemFilterTokenizer`].
pub(crate) struct StemTokenStream<S> {
    stem: Stem,
    tail: S,
}

impl<S: TokenStream> TokenStream for StemTokenStream<S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        token.text = self.stem.stem(&token.text);
        true
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// The `exact` analyzer.
pub(crate) fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .build()
}

/// The `folded` analyzer.
pub(crate) fn folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(FoldedTokenizer)
}

/// The `<lang>_stem` analyzer of a language.
pub(crate) fn stem_analyzer(spec: &LangSpec) -> TextAnalyzer {
    let stop = StopWordFilter::remove(stop_words(spec.code).iter().map(|w| (*w).to_owned()));
    let builder = TextAnalyzer::builder(WordTokenizer)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(stop)
        .dynamic();
    match spec.stem {
        Stem::Builtin(language) => builder.filter_dynamic(Stemmer::new(language)).build(),
        Stem::None => builder.build(),
        own => builder.filter_dynamic(StemFilter(own)).build(),
    }
}

/// Every analyzer, built once: what the index registers and the query planner reuses.
#[derive(Clone)]
pub(crate) struct Analyzers {
    pub exact: TextAnalyzer,
    pub folded: TextAnalyzer,
    /// Indexed like [`SPECS`].
    pub stem: Vec<TextAnalyzer>,
}

impl Analyzers {
    pub(crate) fn new() -> Analyzers {
        Analyzers {
            exact: exact_analyzer(),
            folded: folded_analyzer(),
            stem: SPECS.iter().map(stem_analyzer).collect(),
        }
    }
}

/// Runs an analyzer over `text` and collects its tokens.
pub(crate) fn tokens(analyzer: &TextAnalyzer, text: &str) -> Vec<Token> {
    let mut analyzer = analyzer.clone();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().clone());
    }
    out
}

/// The token texts of every view of `text` in language `lang` (for `fieldguide analyze`).
pub(crate) fn analyze_fields(lang: &str, text: &str) -> BTreeMap<String, Vec<String>> {
    let texts = |a: &TextAnalyzer| tokens(a, text).into_iter().map(|t| t.text).collect();
    let mut fields = BTreeMap::new();
    fields.insert("exact".to_owned(), texts(&exact_analyzer()));
    if let Some(spec) = spec_of(lang) {
        fields.insert("stemmed".to_owned(), texts(&stem_analyzer(spec)));
    }
    fields.insert("folded".to_owned(), texts(&folded_analyzer()));
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stemmed view of `text` in `lang`.
    fn stems(lang: &str, text: &str) -> Vec<String> {
        let spec = spec_of(lang).expect("known language");
        tokens(&stem_analyzer(spec), text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    /// Asserts that all words of `forms` share one stem in `lang`.
    fn same_stem(lang: &str, forms: &str) {
        let s = stems(lang, forms);
        assert!(!s.is_empty(), "{lang}: no tokens for {forms:?}");
        assert!(s.iter().all(|x| x == &s[0]), "{lang}: {forms:?} → {s:?}");
    }

    #[test]
    fn every_language_has_an_analyzer_and_stop_words() {
        assert_eq!(languages().count(), 14);
        for lang in languages() {
            let spec = spec_of(lang).expect(lang);
            assert_eq!(spec.code, lang);
            assert!(!stop_words(lang).is_empty(), "{lang}");
        }
        assert_eq!(spec_of("sv-SE").map(|s| s.code), Some("sv"));
        assert_eq!(spec_of("no").map(|s| s.code), Some("nb"));
        assert!(spec_of("xx").is_none());
    }

    #[test]
    fn english() {
        same_stem("en", "victims victim");
        same_stem("en", "identification identifications");
        same_stem("en", "referral referrals");
        assert_eq!(stems("en", "the reflection period"), ["reflect", "period"]);
    }

    #[test]
    fn swedish() {
        same_stem("sv", "betänketid betänketiden");
        same_stem("sv", "offret offrets");
        same_stem("sv", "skyddat skydd");
        same_stem("sv", "förundersökning förundersökningen");
    }

    #[test]
    fn danish() {
        same_stem("da", "refleksionsperiode refleksionsperioden");
        same_stem("da", "offer offeret");
    }

    #[test]
    fn norwegian() {
        same_stem("nb", "refleksjonsperiode refleksjonsperioden");
        same_stem("nb", "ofre ofrene");
    }

    #[test]
    fn finnish() {
        same_stem("fi", "turvakoti turvakotiin");
        same_stem("fi", "uhri uhrin uhria uhrit");
        same_stem("fi", "tunnistaminen tunnistamisen tunnistamisesta");
        same_stem("fi", "virallinen virallisen virallisesti");
        same_stem("fi", "ihminen ihmisen ihmiset");
    }

    #[test]
    fn icelandic_is_only_lowercased() {
        assert_eq!(
            stems("is", "Fórnarlamb mansals og"),
            ["fórnarlamb", "mansals"]
        );
    }

    #[test]
    fn estonian() {
        same_stem("et", "ohvri ohvrit ohvrid ohvritele");
        same_stem("et", "kannatanu kannatanud kannatanute");
    }

    #[test]
    fn latvian() {
        same_stem("lv", "upuris upura upurim upuriem");
        same_stem("lv", "cilvēku cilvēks");
    }

    #[test]
    fn lithuanian() {
        same_stem("lt", "auka aukos aukai auką aukų");
        same_stem("lt", "prekyba prekybos prekybą");
    }

    #[test]
    fn polish_alternative_stems_undo_the_case_alternation_and_the_fleeting_e() {
        let polish = spec_of("pl").expect("pl").stem;
        let alt = |word: &str| {
            let stem = stems("pl", word).remove(0);
            polish.alternatives(&stem)
        };
        let polska = stems("pl", "Polska").remove(0);
        assert!(alt("Polsce").contains(&polska), "{:?}", alt("Polsce"));
        let handlu = stems("pl", "handlu").remove(0);
        assert!(alt("handel").contains(&handlu), "{:?}", alt("handel"));
        let cudzoziemca = stems("pl", "cudzoziemca").remove(0);
        assert!(alt("cudzoziemiec").contains(&cudzoziemca));
        // A vowel before the `e` is no fleeting `e`; other languages have no rules.
        assert!(alt("ofiara").is_empty(), "{:?}", alt("ofiara"));
        assert!(spec_of("de")
            .expect("de")
            .stem
            .alternatives("polsc")
            .is_empty());
    }

    #[test]
    fn polish() {
        same_stem("pl", "ofiara ofiary ofiarą ofiar");
        same_stem("pl", "okres okresu");
    }

    #[test]
    fn german() {
        same_stem("de", "Bedenkfrist Bedenkfristen");
        same_stem("de", "Unterkunft Unterkünfte");
        same_stem("de", "Opfer Opfern");
    }

    #[test]
    fn bulgarian() {
        same_stem("bg", "жертва жертвата жертви жертвите");
    }

    #[test]
    fn romanian() {
        same_stem("ro", "victimă victima victime victimele");
        same_stem("ro", "perioada perioadă");
    }

    #[test]
    fn ukrainian() {
        same_stem("uk", "жертва жертви жертві");
        same_stem("uk", "торгівля торгівлі");
        same_stem("uk", "притулок притулку");
    }

    #[test]
    fn one_word_stems_like_the_pipeline() {
        let text = "Victims reflection perioden förundersökningen Opfern ofiarą жертвите upuriem torgivli the";
        for spec in SPECS {
            let piped: Vec<String> = tokens(&stem_analyzer(spec), text)
                .into_iter()
                .map(|t| t.text)
                .collect();
            let single: Vec<String> = words(text)
                .into_iter()
                .filter_map(|(_, w)| stem_word(spec, &w.to_lowercase()))
                .collect();
            assert_eq!(piped, single, "{}", spec.code);
        }
    }

    #[test]
    fn stop_words_are_known_without_their_diacritics() {
        assert!(is_stop_word("de", "für"));
        assert!(is_stop_word("de", "fur"));
        assert!(is_stop_word("sv", "pa"));
        assert!(!is_stop_word("de", "opfer"));
        assert!(!is_stop_word("en", "fur"));
    }

    #[test]
    fn stop_words_leave_only_the_stemmed_view() {
        let f = analyze_fields("en", "the victim");
        assert_eq!(f["exact"], ["the", "victim"]);
        assert_eq!(f["stemmed"], ["victim"]);
    }

    #[test]
    fn folded_view_transliterates_and_folds() {
        let f = analyze_fields("uk", "Київ, Харків");
        assert_eq!(f["folded"], ["kyiv", "kiiv", "kharkiv", "harkiv"]);
        let f = analyze_fields("de", "Bedürfnisse");
        assert_eq!(f["folded"], ["bedurfnisse", "beduerfnisse"]);
        let f = analyze_fields("sv", "Förundersökning");
        assert_eq!(f["folded"], ["forundersokning", "foerundersoekning"]);
    }

    #[test]
    fn words_keep_marks_and_ukrainian_apostrophes() {
        let w: Vec<&str> = words("сім'я, a\u{0301}b; don't")
            .into_iter()
            .map(|x| x.1)
            .collect();
        assert_eq!(w, ["сім'я", "a\u{0301}b", "don", "t"]);
    }
}
