//! The referral view: "I am in Sweden, the person is from Romania" on the real guide, and the
//! step → fact mapping checked against the real content.

use std::path::Path;
use std::sync::OnceLock;

use fieldguide::referral::{Error, STEPS};
use fieldguide::{FactView, Guide, Referral, ReferralStep};

use crate::fixture::GuideTest;

fn real_guide() -> &'static Guide {
    static GUIDE: OnceLock<Guide> = OnceLock::new();
    GUIDE.get_or_init(|| {
        Guide::load(Path::new(env!("CARGO_MANIFEST_DIR")).join("guide-content")).expect("loads")
    })
}

fn step<'a>(view: &'a Referral, section: &str) -> &'a ReferralStep {
    view.steps
        .iter()
        .find(|s| s.section == section)
        .unwrap_or_else(|| panic!("no step {section}"))
}

fn fact<'a>(facts: &'a [FactView], key: &str) -> &'a FactView {
    facts
        .iter()
        .find(|f| f.key == key)
        .unwrap_or_else(|| panic!("no fact {key}"))
}

const TRM_ORDER: [&str; 7] = [
    "identification",
    "initial-referral",
    "formal-identification",
    "reflection-period",
    "urgent-assistance",
    "return",
    "long-term-assistance",
];

#[test]
fn a_swedish_officer_with_a_woman_from_romania_gets_both_countries_facts_in_trm_order() {
    let view = real_guide()
        .referral("en", "se", Some("ro"))
        .expect("known");
    assert_eq!(view.here.name, "Sweden");
    assert_eq!(
        view.origin.as_ref().map(|o| o.name.as_str()),
        Some("Romania")
    );
    assert!(!view.domestic);
    let order: Vec<&str> = view.steps.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(order, TRM_ORDER);

    // Measure 4: the Swedish reflection period, with its source and date.
    let reflection = step(&view, "reflection-period");
    assert_eq!(
        reflection.title,
        "Measure 4: Recovery and reflection period"
    );
    let period = fact(&reflection.here.facts, "reflection-period");
    assert!(
        period
            .value
            .as_deref()
            .is_some_and(|v| v.starts_with("30-day residence permit")),
        "{period:?}"
    );
    assert_eq!(
        period.source.as_deref(),
        Some("https://nspm.jamstalldhetsmyndigheten.se/stod-i-ditt-arbete/betanketid/")
    );
    assert_eq!(period.verified.as_deref(), Some("2026-11-29"));
    assert!(
        reflection.origin.is_none(),
        "measure 4 needs no Romanian fact"
    );

    // Measure 6: the Romanian return contact; the Swedish one is still to verify, and says so.
    let ret = step(&view, "return");
    let origin = ret
        .origin
        .as_ref()
        .expect("return needs the country of origin");
    assert_eq!(origin.country, "ro");
    let anitp = fact(&origin.facts, "return-contact");
    assert_eq!(
        anitp.value.as_deref(),
        Some("ANITP (National Agency against Trafficking in Persons)")
    );
    assert_eq!(
        anitp.source.as_deref(),
        Some("https://bsr-trm.com/countries/romania")
    );
    let romanian_shelter = fact(&origin.facts, "shelter");
    assert_eq!(romanian_shelter.value, None);
    assert_eq!(
        romanian_shelter.to_verify.as_deref(),
        Some("shelters and NGO providers in Romania not yet sourced; ask ANITP")
    );
    let swedish_return = fact(&ret.here.facts, "return-contact");
    assert_eq!(swedish_return.value, None);
    assert!(swedish_return
        .to_verify
        .as_deref()
        .is_some_and(|r| r.contains("ask Jämställdhetsmyndigheten")));
    assert_eq!(
        ret.here.profile.as_ref().map(|l| l.anchor.as_str()),
        Some("return")
    );
    assert_eq!(origin.section, "country-ro");
}

#[test]
fn the_first_step_lists_what_sweden_has_and_names_what_the_guide_lacks() {
    let view = real_guide()
        .referral("en", "se", Some("ro"))
        .expect("known");
    let first = step(&view, "identification");
    let keys: Vec<&str> = first.here.facts.iter().map(|f| f.key.as_str()).collect();
    // In the step's order (emergency, hotline, contact point, national coordinator), not the file's.
    assert_eq!(keys, ["hotline", "contact-point"]);
    assert_eq!(
        fact(&first.here.facts, "hotline").value.as_deref(),
        Some("020-390 000")
    );
    let missing: Vec<&str> = first
        .here
        .missing
        .iter()
        .map(|m| m.label.as_str())
        .collect();
    assert_eq!(missing, ["Emergency", "National coordinator"]);
    let links: Vec<&str> = first.links.iter().map(|l| l.anchor.as_str()).collect();
    assert_eq!(links, ["do-now", "cross-border"]);
    assert_eq!(
        first.links[1].text,
        "Cross-border: what to tell the other country"
    );
    // Measure 2 needs both countries' contacts: Romania's national coordinator, and its hotline
    // that nobody could source yet.
    let referral = step(&view, "initial-referral");
    let ro = referral.origin.as_ref().expect("both countries");
    assert!(fact(&ro.facts, "national-coordinator")
        .value
        .as_deref()
        .is_some_and(|v| v.starts_with("ANITP")));
    assert!(fact(&ro.facts, "hotline").to_verify.is_some());
}

#[test]
fn an_unknown_country_code_is_an_error_that_lists_the_known_ones() {
    let guide = real_guide();
    let known = "bg, de, dk, ee, fi, is, lt, lv, no, pl, ro, se, ua";
    let err = guide.referral("en", "xx", Some("ro")).unwrap_err();
    assert_eq!(
        err,
        Error::UnknownCountry {
            code: "xx".into(),
            known: known.into()
        }
    );
    assert_eq!(
        err.to_string(),
        format!("no country 'xx' in this guide (use one of: {known})")
    );
    // The origin is checked too; 'uk' is a language, Ukraine is 'ua'.
    let err = guide.referral("en", "se", Some("uk")).unwrap_err();
    assert!(err.to_string().starts_with("no country 'uk' in this guide"));
    assert!(guide.referral("en", "", None).is_err());
}

#[test]
fn codes_are_read_in_any_case() {
    let view = real_guide()
        .referral("en", "SE", Some(" Ro "))
        .expect("known");
    assert_eq!(view.here.code, "se");
    assert_eq!(view.origin.map(|o| o.code).as_deref(), Some("ro"));
}

#[test]
fn the_steps_and_labels_come_in_the_readers_language() {
    let view = real_guide()
        .referral("uk", "se", Some("ro"))
        .expect("known");
    assert_eq!(view.here.name, "Швеція");
    assert_eq!(
        view.origin.as_ref().map(|o| o.name.as_str()),
        Some("Румунія")
    );
    let reflection = step(&view, "reflection-period");
    assert_eq!(reflection.lang, "uk");
    assert!(!reflection.fallback);
    assert_eq!(reflection.title, "Захід 4: Період відновлення та роздумів");
    assert_eq!(
        fact(&reflection.here.facts, "reflection-period").label,
        "Період відновлення та роздумів"
    );
    // Headings keep their anchors and are in Ukrainian.
    let link = &reflection.links[0];
    assert_eq!(link.anchor, "do-now");
    assert!(
        link.text.chars().any(|c| ('а'..='я').contains(&c)),
        "{}",
        link.text
    );
}

#[test]
fn a_language_without_the_sections_falls_back_to_english_and_says_so() {
    let view = real_guide()
        .referral("sv", "se", Some("ro"))
        .expect("known");
    assert_eq!(view.steps.len(), 7);
    for step in &view.steps {
        assert!(step.fallback, "{} is not flagged", step.section);
        assert_eq!(step.lang, "en");
    }
    assert_eq!(
        step(&view, "return").title,
        "Measure 6: Return process",
        "English title"
    );
}

#[test]
fn a_domestic_case_has_one_column_with_the_facts_of_both_sides() {
    let view = real_guide()
        .referral("en", "ro", Some("ro"))
        .expect("known");
    assert!(view.domestic);
    assert!(view.steps.iter().all(|s| s.origin.is_none()));
    let ret = step(&view, "return");
    let keys: Vec<&str> = ret.here.facts.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["return-contact", "shelter"]);
}

#[test]
fn a_country_of_origin_outside_the_guide_leaves_one_column() {
    let view = real_guide().referral("en", "pl", None).expect("known");
    assert!(view.origin.is_none());
    assert!(!view.domestic);
    assert!(view.steps.iter().all(|s| s.origin.is_none()));
    assert_eq!(view.steps.len(), 7);
}

#[test]
fn every_step_section_anchor_and_profile_heading_exists_in_the_real_guide() {
    // The mapping is code and the headings are content: a renamed anchor must fail here.
    let guide = real_guide();
    for lang in ["en", "bg", "ro", "uk"] {
        for cc in [
            "bg", "de", "dk", "ee", "fi", "is", "lt", "lv", "no", "pl", "ro", "se", "ua",
        ] {
            let view = guide.referral(lang, "se", Some(cc)).expect("known");
            assert_eq!(view.steps.len(), STEPS.len(), "{lang}: a step is missing");
            for (step, spec) in view.steps.iter().zip(STEPS) {
                assert_eq!(step.section, spec.section, "guide order is TRM order");
                assert!(!step.fallback, "{lang}/{} falls back", step.section);
                let anchors: Vec<&str> = step.links.iter().map(|l| l.anchor.as_str()).collect();
                assert_eq!(anchors, spec.anchors, "{lang}/{}", step.section);
                for side in [Some(&step.here), step.origin.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    let profile = side.profile.as_ref();
                    assert_eq!(
                        profile.map(|p| p.anchor.as_str()),
                        Some(spec.profile),
                        "{lang}/{}: country-{} lacks {{#{}}}",
                        step.section,
                        side.country,
                        spec.profile
                    );
                }
            }
        }
    }
}

#[test]
fn the_countries_are_named_in_the_readers_language() {
    let countries = real_guide().countries("ro");
    assert_eq!(countries.len(), 13);
    let se = countries.iter().find(|c| c.code == "se").expect("se");
    assert_eq!(
        (se.name.as_str(), se.section.as_str()),
        ("Suedia", "country-se")
    );
}

#[test]
fn steps_the_guide_has_no_section_for_are_left_out() {
    // The fixture guide has one TRM measure (reflection-period) and one country.
    let view = GuideTest::good()
        .load()
        .referral("sv", "se", Some("se"))
        .expect("known");
    let sections: Vec<&str> = view.steps.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(sections, ["reflection-period"]);
    let reflection = &view.steps[0];
    assert!(!reflection.fallback);
    assert_eq!(
        reflection.here.facts[0].to_verify.as_deref(),
        Some("the current length in the Aliens Act")
    );
}
