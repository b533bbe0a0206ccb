//! Search (issue 4): the planner on an in-memory index of fixture chunks in all 14 languages,
//! the relevance harness (`tests/relevance/queries.tsv`), and hostile input.

use std::collections::BTreeMap;
use std::path::Path;

use fieldguide::search::{self, CacheOutcome, Document, Scope, SearchIndex, SearchOptions};

#[path = "../support/search_fixture.rs"]
mod search_fixture;
use search_fixture::{fixture_docs, guide_docs, Rng};

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
    for lang in search::analyzers::languages() {
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
fn a_typo_in_the_first_letter_costs_two() {
    // From 9 letters (a budget of two) a wrong, missing or extra first letter is forgiven, and
    // highlighted...
    for typed in ["eccommodation", "ccommodation", "taccommodation"] {
        let r = fixture_index().search(typed, &opts("en"));
        assert_eq!(
            r.hits.first().map(|h| h.section.as_str()),
            Some("urgent-assistance"),
            "{typed}"
        );
        assert!(
            r.hits[0]
                .snippet
                .marked("<mark>", "</mark>")
                .contains("<mark>accommodation</mark>"),
            "{typed}: {:?}",
            r.hits[0].snippet
        );
    }
    // ...but not together with another typo (three in all),
    assert!(found("eccomodation", "en").is_empty());
    // nor in a word of 5 to 8 letters (a budget of one).
    assert!(found("dhelter", "en").is_empty());
    assert!(first("shelher", "en").starts_with("urgent-assistance#"));
}

#[test]
fn the_last_word_is_matched_as_a_prefix_and_highlighted() {
    let r = fixture_index().search("formal identif", &opts("en"));
    assert_eq!(r.hits[0].section, "formal-identification");
    assert!(
        r.hits[0]
            .snippet
            .marked("<mark>", "</mark>")
            .contains("<mark>identification</mark>"),
        "{:?}",
        r.hits[0].snippet
    );
}

#[test]
fn fuzzy_matches_are_highlighted() {
    let r = fixture_index().search("interpeter", &opts("en"));
    assert!(
        r.hits[0]
            .snippet
            .marked("<mark>", "</mark>")
            .contains("<mark>interpreter</mark>"),
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
        hit.snippet.text,
        "Minst 30 dagar att återhämta sig och bestämma sig, utan utvisning."
    );
    assert!(hit.snippet.highlights.is_empty());
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
    assert_eq!(v["status"], "ready");
    let hit = &v["hits"][0];
    assert!(
        hit["snippet"]["text"].is_string() && hit["snippet"]["highlights"].is_array(),
        "{hit}"
    );
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
    for lang in search::analyzers::languages() {
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

/// A deterministic generator of hostile strings.
struct Hostile(Rng);

impl Hostile {
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
        let n = self.0.next() % 24;
        (0..n).map(|_| self.0.pick(PIECES)).collect()
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
    let mut gen = Hostile(Rng(0x5eed_1234_abcd_ef01));
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
                assert!(
                    n.id.starts_with("search-notice-cut"),
                    "query {i} {q:?}: {n:?}"
                );
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

/// The real guide's index, built once for the relevance tests.
fn guide_index() -> &'static SearchIndex {
    static INDEX: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::build(&guide_docs()).expect("index"))
}

fn guide_queries() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/queries.tsv"),
    )
    .expect("tests/relevance/queries.tsv")
}

#[test]
fn guide_relevance_is_at_least_95_percent_success_at_3() {
    let success = relevance(guide_index(), &guide_queries());
    assert!(success >= 0.95, "success@3 = {success:.3}");
}

/// Officers type in their own language or another one: the queries of the other 13 languages,
/// typed by a user whose interface is in English, still find their sections (English stems are
/// searched besides the user's language's; the others' words match as written, folded, with
/// typos and as prefixes).
#[test]
fn guide_relevance_holds_when_the_query_is_not_in_the_users_language() {
    let tsv: String = guide_queries()
        .lines()
        .enumerate()
        .filter_map(|(n, line)| match (n, line.split_once('\t')) {
            (0, _) => Some(line.to_owned()),
            (_, Some((lang, rest))) if lang != "en" => Some(format!("en\t{rest}")),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let success = relevance(guide_index(), &tsv);
    assert!(success >= 0.95, "success@3 = {success:.3}");
}

// ---- The on-disk index cache ----

/// Ids of the hits for `query`, best first.
fn ids(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query, &opts("en"))
        .hits
        .iter()
        .map(|h| format!("{}#{}@{}", h.section, h.anchor, h.lang))
        .collect()
}

/// The index of `docs` from the cache in `dir`, keyed by the documents' own hash.
fn open_or_build(docs: &[Document], dir: &Path) -> (SearchIndex, CacheOutcome) {
    SearchIndex::open_or_build(&search::documents_hash(docs), dir, || docs.to_vec())
        .expect("an index, cached or in memory")
}

/// The cached index folder in `dir` (there must be exactly one).
fn cached_folder(dir: &Path) -> std::path::PathBuf {
    let folders: Vec<_> = std::fs::read_dir(dir)
        .expect("cache dir")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(folders.len(), 1, "one index in the cache: {folders:?}");
    folders.into_iter().next().expect("one")
}

#[test]
fn a_cached_index_is_written_then_opened_and_answers_like_one_built_in_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docs = fixture_docs();
    let (built, how) = open_or_build(&docs, dir.path());
    assert_eq!(how, CacheOutcome::Built);
    let folder = cached_folder(dir.path());
    assert!(folder.file_name().is_some_and(|n| n.to_string_lossy()
        == format!(
            "search-{}",
            search::cache_key(&search::documents_hash(&docs))
        )));
    let (opened, how) = open_or_build(&docs, dir.path());
    assert_eq!(how, CacheOutcome::Opened);
    for q in [
        "reflection period",
        "forundersokning",
        "zhertva",
        "\"safe return\"",
        "shel",
    ] {
        let expected = ids(fixture_index(), q);
        assert!(!expected.is_empty(), "{q}");
        assert_eq!(ids(&built, q), expected, "{q}");
        assert_eq!(ids(&opened, q), expected, "{q}");
    }
}

#[test]
fn a_damaged_cached_index_is_rebuilt() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docs = fixture_docs();
    open_or_build(&docs, dir.path());
    let folder = cached_folder(dir.path());
    // Flip bytes in the middle of the largest file: its checksum no longer matches.
    let largest = std::fs::read_dir(&folder)
        .expect("index folder")
        .map(|e| e.expect("entry").path())
        .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .expect("index files");
    let mut bytes = std::fs::read(&largest).expect("read");
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 16] {
        *b = !*b;
    }
    std::fs::write(&largest, bytes).expect("write");

    let (index, how) = open_or_build(&docs, dir.path());
    match how {
        CacheOutcome::Rebuilt(reason) => {
            assert!(reason.contains("damaged files"), "{reason}")
        }
        other => panic!("expected a rebuild, got {other:?}"),
    }
    assert_eq!(
        ids(&index, "reflection period"),
        ids(fixture_index(), "reflection period")
    );
    let (_, how) = open_or_build(&docs, dir.path());
    assert_eq!(how, CacheOutcome::Opened, "the rebuilt index is sound");
}

#[test]
fn a_cached_index_missing_its_files_is_rebuilt() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docs = fixture_docs();
    open_or_build(&docs, dir.path());
    let folder = cached_folder(dir.path());
    for entry in std::fs::read_dir(&folder).expect("index folder") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n != "meta.json") {
            std::fs::remove_file(path).expect("remove");
        }
    }
    let (index, how) = open_or_build(&docs, dir.path());
    assert!(matches!(how, CacheOutcome::Rebuilt(_)), "{how:?}");
    assert_eq!(ids(&index, "shelter"), ids(fixture_index(), "shelter"));
}

#[test]
fn changed_content_gets_a_new_cached_index_and_the_old_one_is_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docs = fixture_docs();
    open_or_build(&docs, dir.path());
    let old = cached_folder(dir.path());
    let mut changed = docs.clone();
    changed[0].body.push_str(" Quokka.");
    let (index, how) = open_or_build(&changed, dir.path());
    assert_eq!(how, CacheOutcome::Built);
    assert_ne!(cached_folder(dir.path()), old);
    assert_eq!(index.search("quokka", &opts("en")).hits.len(), 1);
}

#[test]
fn an_unwritable_cache_falls_back_to_an_index_in_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file where the cache folder should be: nothing can be written under it.
    let blocked = dir.path().join("not-a-folder");
    std::fs::write(&blocked, "x").expect("write");
    let docs = fixture_docs();
    let (index, how) = open_or_build(&docs, &blocked);
    match how {
        CacheOutcome::InMemory(reason) => assert!(reason.contains("not-a-folder"), "{reason}"),
        other => panic!("expected an index in memory, got {other:?}"),
    }
    assert_eq!(ids(&index, "shelter"), ids(fixture_index(), "shelter"));
}

#[test]
fn cached_documents_that_do_not_match_their_checksum_are_rebuilt() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docs = fixture_docs();
    open_or_build(&docs, dir.path());
    let stored = cached_folder(dir.path()).join("documents.json");
    let text = std::fs::read_to_string(&stored).expect("documents.json");
    // Still valid JSON, but not what was written: snippets would show the wrong text.
    std::fs::write(&stored, text.replacen("shelter", "shelves", 1)).expect("write");
    let (index, how) = open_or_build(&docs, dir.path());
    match how {
        CacheOutcome::Rebuilt(reason) => assert!(reason.contains("documents.json"), "{reason}"),
        other => panic!("expected a rebuild, got {other:?}"),
    }
    assert_eq!(ids(&index, "shelter"), ids(fixture_index(), "shelter"));
}

#[test]
fn the_guide_opens_its_cached_index_on_the_next_start_and_answers_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let in_memory = fieldguide::Guide::load(&root).expect("fixture guide");
    in_memory.search_index().expect("built in memory");
    let first = fieldguide::Guide::load(&root).expect("fixture guide");
    assert_eq!(
        first.prepare_search(Some(dir.path())),
        Ok(Some(CacheOutcome::Built))
    );
    // Prepared already: nothing is done a second time.
    assert_eq!(first.prepare_search(Some(dir.path())), Ok(None));

    let next = fieldguide::Guide::load(&root).expect("fixture guide");
    assert_eq!(next.content_hash(), first.content_hash());
    assert_eq!(
        next.prepare_search(Some(dir.path())),
        Ok(Some(CacheOutcome::Opened))
    );
    let hits = |g: &fieldguide::Guide, q: &str| {
        g.search(q, &opts("en"))
            .hits
            .iter()
            .map(|h| (h.section.clone(), h.anchor.clone(), h.snippet.clone()))
            .collect::<Vec<_>>()
    };
    // Words the fixture has (in English, in Swedish, and through folding): each query must find
    // something, or comparing the two answers would prove nothing.
    for q in ["reflection", "betanketid", "interpreter"] {
        let opened = hits(&next, q);
        assert!(!opened.is_empty(), "{q} finds nothing in the fixture");
        assert_eq!(opened, hits(&in_memory, q), "{q}");
    }
}

// ---- Section kinds and compounds, pinned on small made-up guides ----

fn chunk(section: &str, lang: &str, title: &str, body: &str, keywords: &[&str]) -> Document {
    let scope = if section.starts_with("country-") {
        Scope::Country
    } else if section == "glossary" {
        Scope::Glossary
    } else {
        Scope::General
    };
    Document {
        section: section.to_owned(),
        lang: lang.to_owned(),
        anchor: String::new(),
        title: title.to_owned(),
        heading: String::new(),
        breadcrumbs: vec![title.to_owned()],
        body: body.to_owned(),
        summary: String::new(),
        keywords: keywords.iter().map(|k| (*k).to_owned()).collect(),
        scope,
    }
}

fn sections(index: &SearchIndex, query: &str, lang: &str) -> Vec<String> {
    index
        .search(query, &opts(lang))
        .hits
        .iter()
        .map(|h| h.section.clone())
        .collect()
}

/// A generic question is answered by the measure, not by the country profiles that mention its
/// words more often; a question that names a country (by name or institution) gets its profile.
#[test]
fn country_profiles_come_first_only_when_the_query_names_the_country() {
    let docs = vec![
        chunk(
            "reflection-period",
            "en",
            "Recovery and reflection period",
            "Every presumed victim has a reflection period of at least 30 days.",
            &["reflection period"],
        ),
        chunk(
            "country-aa",
            "en",
            "Country profile: Arcadia",
            "In Arcadia the reflection period is 60 days. The reflection period is granted by the Arcadian Migration Board; the reflection period can be extended.",
            &["Arcadia", "Arcadian Migration Board"],
        ),
        chunk(
            "country-bb",
            "en",
            "Country profile: Borduria",
            "In Borduria the reflection period is 90 days; during the reflection period the person may stay.",
            &["Borduria", "Bordurian Aliens Office"],
        ),
        chunk(
            "glossary",
            "en",
            "Glossary",
            "Reflection period: time to recover and decide. Reflection period.",
            &[],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    assert_eq!(
        sections(&index, "reflection period ", "en")[0],
        "reflection-period"
    );
    assert_eq!(
        sections(&index, "arcadia reflection period ", "en")[0],
        "country-aa"
    );
    assert_eq!(
        sections(&index, "bordurian reflection period ", "en")[0],
        "country-bb"
    );
    // The glossary entry is found, after the measure.
    let found = sections(&index, "reflection period ", "en");
    let pos = |s: &str| found.iter().position(|x| x == s);
    assert!(
        pos("glossary").is_some() && pos("glossary") > pos("reflection-period"),
        "{found:?}"
    );
}

/// A common word inside an institution's name ("shelter" of a "Women's shelter") does not name
/// the country: the measure about it comes first. The whole name does, even when all its words
/// are common ones written in lower case.
#[test]
fn a_common_word_of_an_institutions_name_does_not_name_the_country() {
    let docs = vec![
        chunk(
            "urgent-assistance",
            "en",
            "Urgent assistance",
            "A safe shelter at once. The shelter's address is kept secret; shelter staff help. The social office pays.",
            &[],
        ),
        chunk(
            "return",
            "en",
            "Return",
            "A shelter in the country of origin can prepare the return. The national referral mechanism helps.",
            &[],
        ),
        chunk(
            "initial-referral",
            "en",
            "Initial referral",
            "The national contact point makes the referral; a referral office may take it over.",
            &[],
        ),
        chunk(
            "country-aa",
            "en",
            "Country profile: Arcadia",
            "The Women's shelter in Arcadia Town takes in women and their children.",
            &["Arcadia", "Women's shelter", "national referral office"],
        ),
        chunk(
            "country-bb",
            "en",
            "Country profile: Borduria",
            "Borduria has no specialised accommodation yet.",
            &["Borduria"],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    assert_eq!(sections(&index, "shelter ", "en")[0], "urgent-assistance");
    assert_eq!(sections(&index, "women's shelter ", "en")[0], "country-aa");
    assert_eq!(
        sections(&index, "national referral office ", "en")[0],
        "country-aa"
    );
}

/// Ukrainian and Bulgarian typed in Latin letters find the words in every inflection, as they
/// do typed in Cyrillic: the typed word is read back into Cyrillic and stemmed there (the
/// transliteration alone finds only the very form typed: `prytulok` is not `притулку`).
#[test]
fn ukrainian_and_bulgarian_typed_in_latin_letters_find_other_inflections() {
    let docs = vec![
        chunk(
            "urgent-assistance",
            "uk",
            "Невідкладна допомога",
            "Особу одразу розміщують у притулку, адресу якого не розголошують.",
            &[],
        ),
        chunk(
            "return",
            "uk",
            "Повернення",
            "Організація в країні походження готує повернення разом з особою.",
            &[],
        ),
        chunk(
            "reflection-period",
            "bg",
            "Период за възстановяване",
            "Срокът дава време за размисли.",
            &[],
        ),
        chunk(
            "return",
            "bg",
            "Завръщане",
            "Организация в държавата на произход подготвя завръщането.",
            &[],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    // `притулку` (in a shelter) for `prytulok` (shelter), typed by a Ukrainian user.
    assert_eq!(sections(&index, "prytulok ", "uk"), ["urgent-assistance"]);
    // `размисли` (reflections) for `razmisal` (`размисъл`, reflection: `ъ` is written `a`),
    // typed by a Bulgarian user.
    assert_eq!(sections(&index, "razmisal ", "bg"), ["reflection-period"]);
    // Another language's user gets the transliteration as typed only.
    assert!(sections(&index, "prytulok ", "pl").is_empty());
}

/// A compound typed as two words finds the one word the guide writes, and words that are not a
/// compound together stay two words.
#[test]
fn a_compound_typed_apart_finds_the_compound() {
    let docs = vec![
        chunk(
            "indicators",
            "nb",
            "Indikatorer",
            "Tvangsarbeid er et tegn på menneskehandel.",
            &[],
        ),
        chunk(
            "return",
            "nb",
            "Retur",
            "Arbeid og utdanning etter retur. Tvang kan forekomme.",
            &[],
        ),
        chunk(
            "long-term",
            "de",
            "Langfristige Hilfe",
            "Die Aufenthaltserlaubnis für Betroffene wird erteilt.",
            &[],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    assert_eq!(sections(&index, "tvangs arbeid ", "nb")[0], "indicators");
    assert_eq!(
        sections(&index, "aufenthalts erlaubnis ", "de")[0],
        "long-term"
    );
    // "arbeid retur" is not a word: both words are still searched for.
    assert_eq!(sections(&index, "arbeid retur ", "nb")[0], "return");
}

/// A query word in another inflection than the title's ("formally" for "Formal") still counts as
/// a title match: titles are indexed as their stems too.
#[test]
fn a_title_is_found_in_another_inflection() {
    let docs = vec![
        chunk(
            "formal-identification",
            "en",
            "Formal identification",
            "Who decides, and how.",
            &[],
        ),
        chunk(
            "return",
            "en",
            "Return",
            "Formal identification: formal identification comes before return, and identification is formal.",
            &[],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    assert_eq!(
        sections(&index, "formally identifies ", "en")[0],
        "formal-identification"
    );
}

/// Polish changes a word's last consonant with its case (`Polska`, `w Polsce`) and drops a
/// fleeting `e` (`handel`, `handlu`): the stemmer leaves each pair apart, and the query word
/// also gets the other stem when the guide has that one more often.
#[test]
fn a_polish_word_finds_its_other_inflection() {
    let docs = vec![
        chunk(
            "country-pl",
            "pl",
            "Profil państwa: Polska",
            "Policja przyjmuje zgłoszenia ofiar. Polska ma krajowe centrum.",
            &["Polska"],
        ),
        chunk(
            "help",
            "pl",
            "Pomoc",
            "Pomoc dla ofiar handlu: schronienie i pomoc prawna.",
            &[],
        ),
        chunk(
            "victims",
            "pl",
            "Prawa",
            "Ofiary handlu ludźmi mają prawo do pomocy.",
            &[],
        ),
        chunk("trade", "pl", "Sklep", "Handel, handel i usługi.", &[]),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    // `Polsce` names the profile titled `Polska`.
    assert_eq!(sections(&index, "ofiary w Polsce", "pl")[0], "country-pl");
    // `handel ludźmi`: the paragraph with `handlu ludźmi` has both words (`handlu` is in two
    // paragraphs, `handel` in one).
    assert_eq!(sections(&index, "handel ludźmi", "pl")[0], "victims");
}

// ---- The index built with the program ----

/// The files of the one cached index folder in `dir`: what a program compiles in.
fn index_files(dir: &Path) -> (String, Vec<(String, Vec<u8>)>) {
    let folder = cached_folder(dir);
    let key = folder
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix("search-"))
        .expect("search-<key>")
        .to_owned();
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&folder)
        .expect("index folder")
        .map(|e| {
            let path = e.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&path).expect("read"))
        })
        .collect();
    files.sort();
    (key, files)
}

/// `open_or_build_from` with a prebuilt index made of `files` under `key`.
fn from_prebuilt(
    docs: &[Document],
    dir: &Path,
    key: &str,
    files: &[(String, Vec<u8>)],
) -> (SearchIndex, CacheOutcome) {
    let files: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let prebuilt = search::Prebuilt { key, files: &files };
    SearchIndex::open_or_build_from(&search::documents_hash(docs), dir, Some(prebuilt), || {
        docs.to_vec()
    })
    .expect("an index")
}

#[test]
fn a_prebuilt_index_of_this_content_is_copied_into_the_cache_and_opened_not_built() {
    let docs = fixture_docs();
    let build_dir = tempfile::tempdir().expect("temp dir");
    open_or_build(&docs, build_dir.path());
    let (key, files) = index_files(build_dir.path());

    let cache = tempfile::tempdir().expect("temp dir");
    // The documents are never asked for: nothing is built.
    let (index, how) = SearchIndex::open_or_build_from(
        &search::documents_hash(&docs),
        cache.path(),
        Some(search::Prebuilt {
            key: &key,
            files: &files
                .iter()
                .map(|(n, b)| (n.as_str(), b.as_slice()))
                .collect::<Vec<_>>(),
        }),
        || panic!("the documents were rendered: the index was built, not copied"),
    )
    .expect("an index");
    assert_eq!(how, CacheOutcome::Prebuilt);
    for q in ["reflection period", "forundersokning", "zhertva", "shel"] {
        let expected = ids(fixture_index(), q);
        assert!(!expected.is_empty(), "{q}");
        assert_eq!(ids(&index, q), expected, "{q}");
    }
    // Copied, it is the cache: the next start opens it.
    let (_, how) = from_prebuilt(&docs, cache.path(), &key, &files);
    assert_eq!(how, CacheOutcome::Opened);
}

#[test]
fn a_prebuilt_index_of_other_content_is_not_used() {
    let docs = fixture_docs();
    let build_dir = tempfile::tempdir().expect("temp dir");
    open_or_build(&docs, build_dir.path());
    let (key, files) = index_files(build_dir.path());
    // An installed update: other content, so the built-in guide's index does not fit.
    let mut changed = docs.clone();
    changed[0].body.push_str(" Quokka.");
    let cache = tempfile::tempdir().expect("temp dir");
    let (index, how) = from_prebuilt(&changed, cache.path(), &key, &files);
    assert_eq!(how, CacheOutcome::Built);
    assert_eq!(index.search("quokka", &opts("en")).hits.len(), 1);
}

#[test]
fn a_damaged_prebuilt_index_is_not_used_and_an_index_is_built() {
    let docs = fixture_docs();
    let build_dir = tempfile::tempdir().expect("temp dir");
    open_or_build(&docs, build_dir.path());
    let (key, mut files) = index_files(build_dir.path());
    let largest = files
        .iter_mut()
        .max_by_key(|(_, b)| b.len())
        .expect("index files");
    let mid = largest.1.len() / 2;
    for b in &mut largest.1[mid..mid + 16] {
        *b = !*b;
    }
    let cache = tempfile::tempdir().expect("temp dir");
    let (index, how) = from_prebuilt(&docs, cache.path(), &key, &files);
    match how {
        CacheOutcome::Rebuilt(reason) => assert!(reason.contains("prebuilt"), "{reason}"),
        other => panic!("expected a rebuild, got {other:?}"),
    }
    assert_eq!(ids(&index, "shelter"), ids(fixture_index(), "shelter"));
    let (_, how) = open_or_build(&docs, cache.path());
    assert_eq!(
        how,
        CacheOutcome::Opened,
        "the index built instead is sound"
    );
}

#[test]
fn a_prebuilt_index_cannot_write_outside_the_cache() {
    let docs = fixture_docs();
    let build_dir = tempfile::tempdir().expect("temp dir");
    open_or_build(&docs, build_dir.path());
    let (key, mut files) = index_files(build_dir.path());
    files.push(("../escaped".to_owned(), b"x".to_vec()));
    let cache = tempfile::tempdir().expect("temp dir");
    let dir = cache.path().join("cache");
    let (_, how) = from_prebuilt(&docs, &dir, &key, &files);
    assert!(
        matches!(&how, CacheOutcome::Rebuilt(reason) if reason.contains("../escaped")),
        "{how:?}"
    );
    assert!(!cache.path().join("escaped").exists());
    assert!(!dir.join("escaped").exists());
}

/// A chunk with its own heading, for the tests below.
fn headed(section: &str, lang: &str, title: &str, heading: &str, body: &str) -> Document {
    let mut d = chunk(section, lang, title, body, &[]);
    d.anchor = heading.to_lowercase().replace(' ', "-");
    d.heading = heading.to_owned();
    d.breadcrumbs.push(heading.to_owned());
    d
}

/// A word in most paragraphs of the user's language ("victim" in a guide on victims) is not
/// required: the paragraph headed by the other words comes first even though it does not name
/// the victim.
#[test]
fn a_word_in_most_paragraphs_is_not_required_and_a_heading_counts() {
    let mut docs = vec![headed(
        "urgent",
        "en",
        "Urgent assistance",
        "Safety plan",
        "Agree with the person how to reach help, which places to avoid, what to do if the exploiters call.",
    )];
    for (i, topic) in ["shelter", "interpreter", "legal aid"].iter().enumerate() {
        docs.push(headed(
            &format!("other-{i}"),
            "en",
            "Other measure",
            topic,
            &format!("The victim's safety comes first; the victim gets {topic} and a plan."),
        ));
    }
    for i in 0..12 {
        docs.push(chunk(
            &format!("more-{i}"),
            "en",
            "More",
            &format!("The victim gets help number {i}."),
            &[],
        ));
    }
    let index = SearchIndex::build(&docs).expect("index");
    assert_eq!(
        sections(&index, "safety plan for the victim ", "en")[0],
        "urgent"
    );
    // Only common words: all of them are still required.
    assert!(!sections(&index, "victim ", "en").contains(&"urgent".to_owned()));
}

/// Compounds are split with the guide's own words, at index time (a part typed alone finds
/// the compound) and at query time (a compound the guide does not write finds its parts).
#[test]
fn compounds_are_split_with_the_guides_own_vocabulary() {
    let docs = vec![
        chunk(
            "urgent",
            "de",
            "Dringende Hilfe",
            "Eine Schutzunterkunft wird sofort angeboten.",
            &[],
        ),
        chunk(
            "words",
            "de",
            "Wörter",
            "Der Schutz der Person. Die Unterkunft der Familie. Der Plan.",
            &[],
        ),
        chunk(
            "safety",
            "da",
            "Sikkerhed",
            "Tal om sikkerhed. Lav en plan for dagen.",
            &[],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    // A part typed alone finds the compound, the word itself still first.
    let found = sections(&index, "Unterkunft ", "de");
    assert_eq!(found, ["words", "urgent"]);
    // A compound the guide does not write is found through its parts.
    assert_eq!(sections(&index, "sikkerhedsplan ", "da")[0], "safety");
    // English does not write compounds as one word: no splitting.
    assert!(sections(&index, "sikkerhedsplan ", "en").is_empty());
}

/// A misspelling that is a real word elsewhere (a rare one, not in the user's language) also
/// finds the much more frequent word one typo away.
#[test]
fn a_rare_word_also_finds_its_frequent_neighbour() {
    let mut docs = vec![chunk("names", "en", "Names", "Mr Dolmetcher called.", &[])];
    for i in 0..12 {
        docs.push(chunk(
            &format!("interpreting-{i}"),
            "de",
            "Dolmetschen",
            "Ein Dolmetscher übersetzt das Gespräch.",
            &[],
        ));
    }
    let index = SearchIndex::build(&docs).expect("index");
    let found = sections(&index, "Dolmetcher ", "de");
    assert_eq!(found[0], "names", "the word as typed first");
    assert!(found.len() > 1, "{found:?}");
}

/// A long query word that begins a word of a heading or title (a derivation: `Sicherheitsplan`,
/// `Sicherheitsplanung`) finds that paragraph first; the same longer word in a body does not
/// count.
#[test]
fn a_long_word_finds_the_heading_it_begins() {
    let docs = vec![
        headed(
            "urgent",
            "de",
            "Soforthilfe",
            "Sicherheitsplanung",
            "Erstellen Sie mit der Person einen Plan für Notfälle.",
        ),
        chunk(
            "long-term",
            "de",
            "Langfristige Hilfe",
            "Die Sicherheitsplanung erstellen Sie später.",
            &[],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    // The other paragraph comes from the any-word pass ("erstellen"), behind.
    assert_eq!(
        sections(&index, "Sicherheitsplan erstellen ", "de"),
        ["urgent", "long-term"]
    );
}

/// When no paragraph has every word, the one with more of them comes first, even where the one
/// word of another is rarer and says more to BM25: the German contact "BKA LKA" question finds
/// the profile that names both offices and the topic, not the page that only names the topic
/// twice with its second word.
#[test]
fn without_a_paragraph_of_all_words_more_of_the_words_come_first() {
    let mut docs = vec![
        chunk(
            "country-aa",
            "en",
            "Country profile: Arcadia",
            "The federal police office FPO and the state police offices SPO investigate trafficking.",
            &["Arcadia"],
        ),
        chunk(
            "indicators",
            "en",
            "Indicators",
            "Trafficking contact person: a contact person for trafficking cases. Ask the contact person.",
            &[],
        ),
    ];
    for i in 0..6 {
        docs.push(chunk(
            &format!("other-{i}"),
            "en",
            "Other",
            &format!("Trafficking case number {i} and the police."),
            &[],
        ));
    }
    let index = SearchIndex::build(&docs).expect("index");
    // No chunk has all four words; Arcadia's has three (FPO, SPO, trafficking), the indicators
    // two ("trafficking", "contact").
    let found = sections(&index, "FPO SPO trafficking contact ", "en");
    let pos = |s: &str| found.iter().position(|x| x == s);
    assert!(pos("country-aa") < pos("indicators"), "{found:?}");
}

/// A mistyped word ranks paragraphs as its correction would, in every form: the paragraph headed
/// by another form of the correction is found (by the correction's stem), not only the one that
/// has the correction as spelled.
#[test]
fn a_mistyped_word_is_searched_in_every_form_of_its_correction() {
    let docs = vec![
        headed(
            "first-contact",
            "en",
            "First contact",
            "Interpreting",
            "Use professionals, never a family member.",
        ),
        chunk(
            "rights",
            "en",
            "Rights",
            "A right to an interpreter during the interview.",
            &[],
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    // "interprter" is 2 typos from "interpreter", more from "interpreting" (same stem).
    let found = sections(&index, "interprter ", "en");
    assert!(found.contains(&"first-contact".to_owned()), "{found:?}");
    assert!(found.contains(&"rights".to_owned()), "{found:?}");
}

/// A word in a section's keywords counts as much in a long list (a country's keywords carry its
/// facts) as in a short one.
#[test]
fn a_keyword_counts_the_same_in_a_long_list_of_keywords() {
    let facts: Vec<String> = (0..150).map(|i| format!("fact{i}")).collect();
    let mut long = facts.clone();
    long.push("commission".to_owned());
    // The same text to search in both (an intro's text has its keywords): only the length of
    // the keywords differs.
    let with = |section: &str, keywords: Vec<String>, body: String| {
        let mut d = chunk(section, "en", "Annex", &body, &[]);
        d.keywords = keywords;
        d
    };
    let docs = vec![
        with("long-list", long, "Same body text.".to_owned()),
        with(
            "short-list",
            vec!["commission".to_owned()],
            format!("Same body text. {}", facts.join(" ")),
        ),
    ];
    let index = SearchIndex::build(&docs).expect("index");
    let r = index.search("commission ", &opts("en"));
    let score = |s: &str| r.hits.iter().find(|h| h.section == s).map(|h| h.score);
    let (long, short) = (score("long-list"), score("short-list"));
    let (Some(long), Some(short)) = (long, short) else {
        panic!("both found: {:?}", r.hits);
    };
    assert!(
        (long - short).abs() < 1e-4,
        "long list {long}, short list {short}"
    );
}
