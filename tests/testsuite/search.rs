//! Search (issue 4): the planner on an in-memory index of fixture chunks in all 14 languages,
//! the relevance harness (`tests/relevance/queries.tsv`), and hostile input.

use std::collections::BTreeMap;
use std::path::Path;

use fieldguide::search::{self, Document, SearchIndex, SearchOptions};

/// Every fixture chunk: `tests/fixtures/search/<lang>.json`.
fn fixture_docs() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/search");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixture dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).expect("fixture");
            serde_json::from_str::<Vec<Document>>(&text).expect("fixture json")
        })
        .collect()
}

fn fixture_index() -> &'static SearchIndex {
    static INDEX: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&fixture_docs()).expect("index"))
}

fn opts(lang: &str) -> SearchOptions {
    SearchOptions {
        lang: lang.to_owned(),
        ..SearchOptions::default()
    }
}

/// `section#anchor@lang` of the hits, best first.
fn found(query: &str, lang: &str) -> Vec<String> {
    fixture_index()
        .search(query, &opts(lang))
        .hits
        .iter()
        .map(|h| format!("{}#{}@{}", h.section, h.anchor, h.lang))
        .collect()
}

fn first(query: &str, lang: &str) -> String {
    found(query, lang).into_iter().next().unwrap_or_default()
}

#[test]
fn every_language_is_indexed() {
    let index = fixture_index();
    for lang in search::analyzers::LANGUAGES {
        assert_eq!(index.doc_count(lang), 4, "{lang}");
    }
    assert_eq!(index.doc_count("xx"), 0);
}

#[test]
fn a_police_officer_finds_the_reflection_period_without_typing_diacritics() {
    assert!(first("betanketid", "sv").starts_with("reflection-period#"));
    assert_eq!(
        first("forundersokningen", "sv"),
        "reflection-period#length@sv"
    );
    assert!(first("pardomu periods", "lv").starts_with("reflection-period#"));
}

#[test]
fn exact_spelling_ranks_above_folded_and_typos() {
    // "Dauer" (de heading) exactly; nothing else is spelled like it.
    assert_eq!(first("Dauer", "de"), "reflection-period#length@de");
    let r = fixture_index().search("shelter", &opts("en"));
    assert_eq!(r.hits[0].section, "urgent-assistance");
}

#[test]
fn typos_within_the_budget_are_forgiven() {
    assert_eq!(first("reflecton period", "en"), "reflection-period#@en");
    assert_eq!(first("Dolmetcher", "de"), "urgent-assistance#shelter@de");
    // Four letters: no typo allowed, so "udo" finds nothing.
    assert!(found("udo", "nb").is_empty());
}

#[test]
fn the_last_word_is_matched_as_a_prefix_and_highlighted() {
    let r = fixture_index().search("formal identif", &opts("en"));
    assert_eq!(r.hits[0].section, "formal-identification");
    assert!(
        r.hits[0].snippet.contains("<mark>identification</mark>"),
        "{}",
        r.hits[0].snippet
    );
}

#[test]
fn fuzzy_matches_are_highlighted() {
    let r = fixture_index().search("interpeter", &opts("en"));
    assert!(
        r.hits[0].snippet.contains("<mark>interpreter</mark>"),
        "{:?}",
        r.hits[0]
    );
}

#[test]
fn cyrillic_is_found_in_latin_letters() {
    assert_eq!(first("prytulok", "uk"), "urgent-assistance#shelter@uk");
    assert_eq!(first("priyut", "bg"), "urgent-assistance#shelter@bg");
}

#[test]
fn a_hit_in_another_language_opens_in_the_users_language() {
    let r = fixture_index().search("Bedenkfrist", &opts("sv"));
    let hit = &r.hits[0];
    assert_eq!(
        (hit.section.as_str(), hit.lang.as_str()),
        ("reflection-period", "sv")
    );
    // Nothing of the query is in the Swedish text: the summary stands in.
    assert_eq!(
        hit.snippet,
        "Minst 30 dagar att återhämta sig och bestämma sig, utan utvisning."
    );
}

#[test]
fn one_hit_per_paragraph_unless_all_languages_are_asked_for() {
    let index = fixture_index();
    let one = index.search("30", &opts("en"));
    let mut keys: Vec<_> = one.hits.iter().map(|h| (&h.section, &h.anchor)).collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "one hit per paragraph");
    assert!(one.hits.iter().all(|h| h.lang == "en"));

    let all = index.search(
        "30",
        &SearchOptions {
            all_languages: true,
            limit: 50,
            ..opts("en")
        },
    );
    let langs: std::collections::BTreeSet<_> = all.hits.iter().map(|h| h.lang.as_str()).collect();
    assert!(langs.len() >= 10, "{langs:?}");
}

#[test]
fn quoted_phrases_must_match_in_order() {
    assert_eq!(
        first("\"skyddat boende\"", "sv"),
        "urgent-assistance#shelter@sv"
    );
    assert!(found("\"boende skyddat\"", "sv")
        .iter()
        .all(|h| !h.ends_with("@sv") || h.starts_with("urgent-assistance")));
}

#[test]
fn results_serialize_to_the_cli_json_shape() {
    let r = fixture_index().search("shelter", &opts("en"));
    let v = serde_json::to_value(&r).expect("json");
    assert_eq!(v["query"], "shelter");
    assert!(v["took_us"].is_u64());
    assert!(v.get("notice").is_none());
    let hit = &v["hits"][0];
    for key in [
        "section",
        "lang",
        "anchor",
        "title",
        "snippet",
        "score",
        "breadcrumbs",
    ] {
        assert!(hit.get(key).is_some(), "{key} in {hit}");
    }
}

#[test]
fn analyze_and_analyzer_info_answer_for_every_language() {
    let a = search::analyze("lv", "Upuriem pārdomu periodā");
    let v = serde_json::to_value(&a).expect("json");
    assert_eq!(v["lang"], "lv");
    assert_eq!(v["fields"]["stemmed"][0], "upur");
    assert_eq!(v["fields"]["folded"][1], "pardomu");
    for lang in search::analyzers::LANGUAGES {
        let info = search::analyzer_info(lang);
        assert!(
            !info.analyzer.is_empty() && !info.origin.is_empty(),
            "{lang}"
        );
    }
    assert_eq!(search::analyzer_info("is").stemmer, "none");
    assert_eq!(search::analyzer_info("lv").analyzer, "lv_stem");
}

#[test]
fn an_over_long_query_is_cut_with_a_notice() {
    let q = format!("shelter {}", "x".repeat(10_000));
    let r = fixture_index().search(&q, &opts("en"));
    assert!(r.notice.is_some());
    assert!(r.query.chars().count() <= 256);
    assert_eq!(r.hits[0].section, "urgent-assistance");
}

/// A deterministic generator of hostile strings (xorshift; no dependency).
struct Hostile(u64);

impl Hostile {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn string(&mut self) -> String {
        const PIECES: &[&str] = &[
            "\"",
            "'",
            "+",
            "-",
            "&&",
            "||",
            "!",
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            "^",
            "~",
            "*",
            "?",
            ":",
            "\\",
            "/",
            " ",
            "  ",
            "\t",
            "\n",
            "\0",
            "\u{7}",
            "\u{1b}[31m",
            "\u{200f}",
            "\u{202e}",
            "\u{200b}",
            "\u{feff}",
            "\u{0301}",
            "\u{0308}\u{0308}",
            "🙂",
            "👩‍👧",
            "🇺🇦",
            "жертва",
            "Київ",
            "щ",
            "ї",
            "förundersökning",
            "ß",
            "ǅ",
            "İ",
            "ﬁ",
            "𝔘",
            "\u{10FFFF}",
            "\u{FFFD}",
            "%s",
            "%n",
            "<script>",
            "&amp;",
            "NaN",
            "-1",
            "9999999999",
            "a",
            "ab",
            "abc",
            "shelter",
            "reflection",
            "period",
            "OR",
            "AND",
            "NOT",
            "field:",
            "title:x",
            "*:*",
            "\\\"",
            "~2",
            "^10",
        ];
        let n = self.next() % 24;
        (0..n).map(|_| self.pick(PIECES)).collect()
    }
}

#[test]
fn hostile_queries_never_error_or_panic() {
    let index = fixture_index();
    let mut fixed: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\"".into(),
        "\"\"\"".into(),
        "+-&&||!(){}[]^\"~*?:\\/".into(),
        "x".repeat(10_000),
        "ä".repeat(10_000),
        "word ".repeat(2_000),
        "\u{0301}\u{0301}\u{0301}".into(),
        "\u{200f}שלום\u{200e} shelter".into(),
        "🙂🙂🙂 shelter 🙂".into(),
        "a\u{0}b\u{1}c".into(),
        "\"unbalanced phrase".into(),
        "Київ Харків Згорани щ ї є".into(),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".into(),
    ];
    let mut gen = Hostile(0x5eed_1234_abcd_ef01);
    fixed.extend((0..400).map(|_| gen.string()));
    for (i, q) in fixed.iter().enumerate() {
        for (lang, all) in [("en", false), ("uk", true), ("xx", false), ("", false)] {
            let r = index.search(
                q,
                &SearchOptions {
                    lang: lang.to_owned(),
                    all_languages: all,
                    limit: if i % 7 == 0 { 0 } else { 10 },
                },
            );
            if let Some(n) = &r.notice {
                assert!(n.starts_with("query cut"), "query {i} {q:?}: {n}");
            }
            serde_json::to_string(&r).expect("serializable");
        }
    }
}

/// success@3 and reciprocal rank of the expected sections, per group.
#[derive(Default)]
struct Score {
    n: usize,
    success: usize,
    rr: f64,
}

/// Runs every query of `tsv` (columns lang, kind, query, expected) against `index`, prints a table
/// per kind and per language and the failures, and returns overall success@3.
fn relevance(index: &SearchIndex, tsv: &str) -> f64 {
    let mut by: BTreeMap<(String, String), Score> = BTreeMap::new();
    let mut failures = Vec::new();
    for (n, line) in tsv.lines().enumerate().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [lang, kind, query, expected] = cols[..] else {
            assert!(
                line.trim().is_empty(),
                "line {}: want 4 tab-separated columns",
                n + 1
            );
            continue;
        };
        let expected: Vec<&str> = expected.split(',').map(str::trim).collect();
        let r = index.search(query, &opts(lang));
        let rank = r
            .hits
            .iter()
            .position(|h| expected.contains(&h.section.as_str()));
        for key in [
            ("kind".to_owned(), kind.to_owned()),
            ("lang".to_owned(), lang.to_owned()),
            ("all".to_owned(), "all".to_owned()),
        ] {
            let s = by.entry(key).or_default();
            s.n += 1;
            s.success += usize::from(rank.is_some_and(|r| r < 3));
            s.rr += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        }
        if !rank.is_some_and(|r| r < 3) {
            let top: Vec<String> = r
                .hits
                .iter()
                .take(3)
                .map(|h| format!("{}#{}", h.section, h.anchor))
                .collect();
            failures.push(format!(
                "  {lang}\t{kind}\t{query}\twant {expected:?}, got {top:?}"
            ));
        }
    }
    println!(
        "{:<6} {:<14} {:>4} {:>10} {:>6}",
        "group", "name", "n", "success@3", "MRR"
    );
    for ((group, name), s) in &by {
        println!(
            "{group:<6} {name:<14} {:>4} {:>10.3} {:>6.3}",
            s.n,
            s.success as f64 / s.n as f64,
            s.rr / s.n as f64
        );
    }
    if !failures.is_empty() {
        println!("misses:\n{}", failures.join("\n"));
    }
    let all = &by[&("all".to_owned(), "all".to_owned())];
    all.success as f64 / all.n as f64
}

#[test]
fn fixture_relevance_is_at_least_95_percent_success_at_3() {
    let tsv = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/search/queries.tsv"),
    )
    .expect("queries");
    let success = relevance(fixture_index(), &tsv);
    assert!(success >= 0.95, "success@3 = {success:.3}");
}

/// The real guide's chunks, as the app indexes them.
fn guide_docs() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guide-content");
    fieldguide::Guide::load(dir)
        .expect("guide-content loads")
        .search_documents()
}

#[test]
fn guide_relevance_is_at_least_95_percent_success_at_3() {
    let index = SearchIndex::build(&guide_docs()).expect("index");
    let tsv = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/queries.tsv"),
    )
    .expect("tests/relevance/queries.tsv");
    let success = relevance(&index, &tsv);
    assert!(success >= 0.95, "success@3 = {success:.3}");
}
