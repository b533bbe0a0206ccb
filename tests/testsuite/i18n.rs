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

/// The `{…}` groups of a message that are not `{$variable}` placeholders: what fluent-bundle
/// leaves of a reference it could not resolve (`{other-message}`, `{-term}`).
fn unresolved(text: &str) -> Vec<String> {
    let re = regex::Regex::new(r"\{[^}]*\}").unwrap();
    re.find_iter(text)
        .map(|m| m.as_str().to_owned())
        .filter(|g| !g.starts_with("{$"))
        .collect()
}

#[test]
fn no_message_of_any_locale_has_an_unresolved_reference() {
    let guide = real_guide();
    let en = guide.messages("en");
    assert_eq!(en.lang, "en");
    assert_eq!(en.messages["app-title"], "TRM Field Guide");
    for lang in guide.languages() {
        for (id, text) in &guide.messages(&lang.code).messages {
            assert!(unresolved(text).is_empty(), "{}: {id} = {text}", lang.code);
        }
    }
}

#[test]
fn an_unresolved_reference_is_caught() {
    // What fluent-bundle writes for a reference to a message that does not exist.
    let guide = GuideTest::good()
        .edit(
            "locales/sv/app.ftl",
            "country-se = Sverige",
            "country-se = { sverige-namn }",
        )
        .load();
    let text = &guide.messages("sv").messages["country-se"];
    assert_eq!(unresolved(text), ["{sverige-namn}"], "{text}");
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

#[test]
fn start_answers_what_the_separate_commands_answer() {
    use fieldguide::api::{answer, Request};
    let guide = GuideTest::good().load();
    let ask = |request: Request| answer(&guide, request).expect("answers");
    let start =
        |requested: &[&str], ui: Option<&str>, content: Option<&str>, section: Option<&str>| {
            ask(Request::Start {
                requested: requested.iter().map(|s| (*s).to_owned()).collect(),
                ui: ui.map(str::to_owned),
                content: content.map(str::to_owned),
                section: section.map(str::to_owned),
            })
        };
    // Negotiated from the system's languages; the content follows the UI language.
    let first = start(&["sv-FI", "en"], None, None, Some("about"));
    assert_eq!(
        first["messages"],
        ask(Request::Messages { lang: "sv".into() })
    );
    assert_eq!(first["languages"], ask(Request::Languages));
    assert_eq!(first["content"], "sv");
    assert_eq!(first["toc"], ask(Request::Toc { lang: "sv".into() }));
    assert_eq!(
        first["section"],
        ask(Request::Section {
            lang: "sv".into(),
            id: "about".into()
        })
    );
    // The settings' languages win; a content language the guide lacks is not used.
    let kept = start(&["sv"], Some("en"), Some("sv"), None);
    assert_eq!(kept["messages"]["lang"], "en");
    assert_eq!(kept["content"], "sv");
    assert!(kept["section"].is_null());
    let unknown = start(&["ja"], None, Some("xx"), Some("no-such-section"));
    assert_eq!(unknown["messages"]["lang"], "en");
    assert_eq!(unknown["content"], "en");
    assert!(unknown["section"].is_null());
}
