//! UI strings: the real locales and the fixture's.

use std::collections::BTreeMap;
use std::path::Path;

use fieldguide::Guide;

use crate::fixture::GuideTest;

fn real_guide() -> Guide {
    Guide::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("guide-content")).expect("loads")
}

#[test]
fn every_locale_has_every_message_of_english() {
    // Locale parity on the real locales: a missing message is an error of `check`.
    let missing: Vec<String> = real_guide()
        .check()
        .into_iter()
        .filter(|d| d.file.starts_with("locales/") || d.file.contains("/locales/"))
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn english_messages_are_complete_and_have_no_unresolved_references() {
    let guide = real_guide();
    let en = guide.messages("en");
    assert_eq!(en.lang, "en");
    assert_eq!(en.messages["app-title"], "TRM Field Guide");
    for (id, text) in &en.messages {
        assert!(!text.contains("{???}"), "{id} = {text}");
    }
}

#[test]
fn plural_forms_follow_the_language() {
    let guide = GuideTest::good().load();
    let args = |n: &str| BTreeMap::from([("count".to_owned(), n.to_owned())]);
    assert_eq!(
        guide.format_message("sv", "results", &args("1")).unwrap(),
        "1 träff"
    );
    assert_eq!(
        guide.format_message("sv", "results", &args("3")).unwrap(),
        "3 träffar"
    );
    assert_eq!(
        guide.format_message("en", "results", &args("1")).unwrap(),
        "1 result"
    );
}

#[test]
fn negotiation_falls_back_to_english() {
    let guide = GuideTest::good().load();
    assert_eq!(guide.negotiate(&["sv-FI".into()]), "sv");
    assert_eq!(guide.negotiate(&["de-DE".into(), "sv".into()]), "sv");
    assert_eq!(guide.negotiate(&["ja".into()]), "en");
    assert_eq!(guide.negotiate(&[]), "en");
}

#[test]
fn a_locale_missing_a_message_shows_english_for_it() {
    let guide = GuideTest::good()
        .edit("locales/sv/app.ftl", "country-se = Sverige\n", "")
        .load();
    let sv = guide.messages("sv");
    assert_eq!(sv.messages["country-se"], "Sweden");
    assert_eq!(sv.messages["app-title"], "TRM Fälthandbok");
}
