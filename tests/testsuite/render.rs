//! Rendering: snapshots of the reader's HTML and slides, and the reader-facing API.

use crate::fixture::GuideTest;

#[test]
fn reader_html_snapshot() {
    let guide = GuideTest::good().load();
    insta::assert_snapshot!("about_en", guide.section("en", "about").unwrap().html);
    insta::assert_snapshot!(
        "reflection_period_sv",
        guide.section("sv", "reflection-period").unwrap().html
    );
}

#[test]
fn slides_snapshot_keeps_notes_out_of_the_slide() {
    let deck = GuideTest::good().load().slides("en", "about").unwrap();
    let titles: Vec<&str> = deck.slides.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["About this guide", "How to use it", "How to use it"]
    );
    assert!(deck.slides.iter().all(|s| !s.html.contains("Ask the room")));
    insta::assert_snapshot!(
        "about_en_slides",
        serde_json::to_string_pretty(&deck).unwrap()
    );
}

#[test]
fn anchors_are_the_same_in_every_language() {
    let guide = GuideTest::good().load();
    let anchors = |lang: &str| -> Vec<String> {
        guide
            .section(lang, "about")
            .unwrap()
            .headings
            .into_iter()
            .map(|h| h.anchor)
            .collect()
    };
    assert_eq!(anchors("en"), ["how-to-use", "offline"]);
    assert_eq!(anchors("sv"), anchors("en"));
}

#[test]
fn a_missing_translation_falls_back_to_english_with_a_notice() {
    let guide = GuideTest::good()
        .remove("guide-content/sv/glossary.md")
        .load();
    let view = guide.section("sv", "glossary").unwrap();
    assert!(view.fallback);
    assert_eq!(view.shown_lang, "en");
    assert_eq!(view.title, "Glossary");
    let sv = guide.section("sv", "about").unwrap();
    assert!(!sv.fallback);
    assert_eq!(sv.title, "Om handboken");
}

#[test]
fn a_broken_translation_falls_back_to_english() {
    let guide = GuideTest::good()
        .write("guide-content/sv/about.md", "no front matter here")
        .load();
    let view = guide.section("sv", "about").unwrap();
    assert!(view.fallback);
    assert_eq!(view.title, "About this guide");
    assert_eq!(
        guide.diagnostics()[0].to_string(),
        "guide-content/sv/about.md:1: error: the file does not start with front matter ('+++' on the first line) (fix: every section starts with +++, then id, title, summary and status, then +++ (see docs/content-format.md))"
    );
}

#[test]
fn an_unknown_language_is_served_in_english_and_an_unknown_section_is_none() {
    let guide = GuideTest::good().load();
    assert!(guide.section("xx", "about").unwrap().fallback);
    assert!(guide.section("en", "nope").is_none());
    assert!(guide.slides("en", "nope").is_none());
}

#[test]
fn glossary_terms_are_links_with_the_term_id() {
    let html = GuideTest::good()
        .load()
        .section("sv", "about")
        .unwrap()
        .html;
    assert!(
        html.contains(r##"<a class="term" data-term="presumed-victim" href="#/glossary/presumed-victim" rel="noopener noreferrer">presumtivt offer</a>"##),
        "{html}"
    );
}

#[test]
fn the_glossary_maps_term_to_term() {
    let guide = GuideTest::good().load();
    let en = guide.glossary("en");
    let sv = guide.glossary("sv");
    let ids = |t: &[fieldguide::Term]| t.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&en), ["presumed-victim", "reflection-period"]);
    assert_eq!(ids(&sv), ids(&en));
    assert_eq!(sv[1].term, "Betänketid");
    assert_eq!(
        sv[1].definition_text,
        "Tid att återhämta sig och bestämma sig. Se Åtgärd 4."
    );
}

#[test]
fn country_facts_carry_labels_sources_and_dates() {
    let guide = GuideTest::good().load();
    let se = guide.country("se", "sv").unwrap();
    assert_eq!(se.name, "Sverige");
    assert_eq!(se.facts[0].label, "Kontaktpunkt");
    let source = se.facts[0].source.as_ref().expect("sourced");
    assert_eq!(source.url.as_str(), "https://bsr-trm.com/countries/sweden");
    assert_eq!(source.as_of.to_string(), "undated");
    assert_eq!(source.checked.to_string(), "2026-11-29");
    assert!(!source.outdated, "an undated source has no known age");
    assert_eq!(se.facts[1].value, None);
    assert_eq!(
        se.facts[1].to_verify.as_deref(),
        Some("the current length in the Aliens Act")
    );
    let view = guide.section("en", "country-se").unwrap();
    assert_eq!(view.country.unwrap().name, "Sweden");
}

#[test]
fn sources_become_footnotes_with_their_dates_in_the_readers_language() {
    let html = GuideTest::good()
        .load()
        .section("sv", "reflection-period")
        .unwrap()
        .html;
    assert!(
        html.contains("(uppgifter per 2005-05-16; kontrollerad 2026-11-29)"),
        "{html}"
    );
    assert!(
        html.contains("href=\"https://rm.coe.int/168008371d\""),
        "{html}"
    );
}

#[test]
fn the_toc_lists_every_section_in_order() {
    let toc = GuideTest::good().load().toc("sv");
    let ids: Vec<&str> = toc.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["about", "reflection-period", "glossary", "country-se"]
    );
    assert_eq!(toc[0].title, "Om handboken");
    assert_eq!(toc[0].status, fieldguide::content::Status::Translated);
}

#[cfg(feature = "embedded")]
#[test]
fn the_embedded_guide_is_the_guide_on_disk() {
    let embedded = fieldguide::Guide::load_embedded().expect("embedded guide loads");
    let disk = fieldguide::Guide::load(concat!(env!("CARGO_MANIFEST_DIR"), "/guide-content"))
        .expect("guide on disk loads");
    assert_eq!(embedded.version(), disk.version());
    assert_eq!(embedded.section_ids(), disk.section_ids());
    let ids = |g: &fieldguide::Guide| g.toc("en").into_iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(ids(&embedded), ids(&disk));
    assert_eq!(
        embedded.messages("en").messages,
        disk.messages("en").messages
    );
}
