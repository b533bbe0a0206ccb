//! The referral view: "I am in Sweden, the person is from Zedland". Behaviour is pinned on a
//! fixture guide (`tests/fixtures/referral`: three measures, Sweden and the fictional Zedland),
//! so correcting a real phone number or date never breaks a test; the real guide is tested for
//! properties every country must have.

use std::path::Path;
use std::sync::OnceLock;

use fieldguide::content::{Date, FactKey, Hours, Reach};
use fieldguide::ReferralError as Error;
use fieldguide::{Dialling, FactView, Guide, Referral, ReferralStep};

use crate::fixture::{fixture_dir, GuideTest};

fn fixture() -> Guide {
    let mut guide = Guide::load(fixture_dir("referral")).expect("loads");
    guide.set_today(Date::parse("2026-12-01").expect("date"));
    guide
}

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

fn keys(facts: &[FactView]) -> Vec<&'static str> {
    facts.iter().map(|f| f.key.as_str()).collect()
}

#[test]
fn the_steps_come_in_the_guides_order_with_their_facts_in_the_steps_order() {
    let view = fixture().referral("en", "se", Some("zz")).expect("known");
    assert_eq!(
        (
            view.here.name.as_str(),
            view.origin.as_ref().map(|o| o.name.as_str())
        ),
        ("Sweden", Some("Zedland"))
    );
    assert!(!view.domestic);
    // referral.toml lists return before reflection-period; guide.toml's order wins.
    let order: Vec<&str> = view.steps.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(order, ["identification", "reflection-period", "return"]);

    let first = step(&view, "identification");
    assert_eq!(first.title, "Measure 1: Identification");
    // The step's key order (emergency, hotline, contact point), not the file's (hotline first).
    assert_eq!(keys(&first.here.facts), ["emergency", "hotline"]);
    let missing: Vec<&str> = first
        .here
        .missing
        .iter()
        .map(|m| m.label.as_str())
        .collect();
    assert_eq!(missing, ["Contact point"]);
    let links: Vec<&str> = first.links.iter().map(|l| l.anchor.as_str()).collect();
    assert_eq!(links, ["do-now", "cross-border"]);
    assert!(
        first.origin.is_none(),
        "the step shows no fact of the country of origin"
    );

    let ret = step(&view, "return");
    let origin = ret
        .origin
        .as_ref()
        .expect("return needs the country of origin");
    assert_eq!(
        (origin.country.as_str(), origin.section.as_str()),
        ("zz", "country-zz")
    );
    assert_eq!(
        keys(&origin.facts),
        ["return-contact", "hotline", "hotline"]
    );
    assert_eq!(
        origin.missing.iter().map(|m| m.key).collect::<Vec<_>>(),
        [FactKey::Shelter]
    );
    assert_eq!(
        ret.here.facts[0].to_verify.as_deref(),
        Some("who organises a return from Sweden (fixture)")
    );
    assert_eq!(
        ret.here.profile.as_ref().map(|l| l.anchor.as_str()),
        Some("return")
    );
}

#[test]
fn numbers_are_shown_for_where_the_officer_dials_from() {
    let view = fixture().referral("en", "se", Some("zz")).expect("known");
    // Here, in Sweden: the local form, with the international one beside it.
    let here = &step(&view, "identification").here;
    assert_eq!(here.dialling, Dialling::Inside);
    let line = here.facts[1].contact.as_ref().expect("a number");
    assert_eq!(
        (line.dial.as_str(), line.tel.as_str()),
        ("020-390 000", "+4620390000")
    );
    assert_eq!(line.international.as_deref(), Some("+46 20-390 000"));
    assert!(line.reachable, "a free line works inside its own country");
    let emergency = here.facts[0].contact.as_ref().expect("112");
    assert_eq!(
        (emergency.dial.as_str(), emergency.international.as_deref()),
        ("112", None)
    );
    assert_eq!(emergency.hours, Hours::Always);

    // The person's country, Zedland, dialled from Sweden: the international form; the free line
    // that does not answer from abroad says so.
    let origin = step(&view, "return").origin.clone().expect("origin");
    assert_eq!(origin.dialling, Dialling::Abroad);
    let national = origin.facts[1].contact.as_ref().expect("a number");
    assert_eq!(national.dial, "+999 123 456 789");
    assert!(national.reachable);
    assert_eq!(
        origin.facts[1].run_by.as_deref(),
        Some("Zedland NGO (fixture)")
    );
    assert_eq!(origin.facts[1].languages, ["en", "ru"]);
    let free = origin.facts[2].contact.as_ref().expect("a number");
    assert_eq!(
        (free.dial.as_str(), free.abroad),
        ("+999 800 100 200", Reach::No)
    );
    assert!(
        !free.reachable,
        "a number that does not answer from abroad is marked unreachable"
    );

    // The same country seen from inside (Zedland's own officer): reachable, in local form.
    let home = fixture().referral("en", "zz", None).expect("known");
    let free_home = &step(&home, "identification").here.facts[1];
    let c = free_home.contact.as_ref().expect("a number");
    assert_eq!((c.dial.as_str(), c.reachable), ("0 800 100 200", true));
}

#[test]
fn old_or_undated_information_is_flagged_and_the_two_dates_stay_apart() {
    let view = fixture().referral("en", "se", Some("zz")).expect("known");
    let period = &step(&view, "reflection-period").here.facts[0];
    let source = period.source.as_ref().expect("sourced");
    // As of 2019, checked 2026-11-29: more than 24 months old on 2026-12-01.
    assert_eq!(
        (source.as_of.to_string(), source.checked.to_string()),
        ("2019".into(), "2026-11-29".into())
    );
    assert!(source.outdated);
    let origin = step(&view, "return").origin.clone().expect("origin");
    assert!(
        !origin.facts[1].source.as_ref().expect("sourced").outdated,
        "as of March 2026"
    );
    let undated = origin.facts[2].source.as_ref().expect("sourced");
    assert_eq!(undated.as_of.to_string(), "undated");
    assert!(
        !undated.outdated,
        "an undated source has no known age: it says so instead"
    );

    // The same guide read in 2020: nothing is old yet.
    let mut early = fixture();
    early.set_today(Date::parse("2020-06-01").expect("date"));
    let view = early.referral("en", "se", Some("zz")).expect("known");
    assert!(
        !step(&view, "reflection-period").here.facts[0]
            .source
            .as_ref()
            .expect("sourced")
            .outdated
    );
}

#[test]
fn an_unknown_country_code_is_an_error_that_lists_the_known_ones() {
    let guide = fixture();
    let err = guide.referral("en", "xx", Some("zz")).unwrap_err();
    assert_eq!(
        err,
        Error::UnknownCountry {
            code: "xx".into(),
            known: "se, zz".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "no country 'xx' in this guide (use one of: se, zz)"
    );
    assert!(guide
        .referral("en", "se", Some("uk"))
        .unwrap_err()
        .to_string()
        .starts_with("no country 'uk' in this guide"));
    assert!(guide.referral("en", "", None).is_err());
}

#[test]
fn codes_are_read_in_any_case() {
    let view = fixture().referral("en", "SE", Some(" Zz ")).expect("known");
    assert_eq!(view.here.code, "se");
    assert_eq!(view.origin.map(|o| o.code).as_deref(), Some("zz"));
}

#[test]
fn steps_and_labels_come_in_the_readers_language_and_fall_back_per_section() {
    let view = fixture().referral("sv", "se", Some("zz")).expect("known");
    assert_eq!(view.here.name, "Sverige");
    let first = step(&view, "identification");
    assert_eq!((first.lang.as_str(), first.fallback), ("sv", false));
    assert_eq!(first.title, "Åtgärd 1: Identifiering");
    assert_eq!(first.links[0].text, "Rubrik gör nu");
    assert_eq!(first.here.facts[1].label, "Stödlinje");
    let fixture_without_sv = GuideTest::from_dir("referral").remove("guide-content/sv/return.md");
    let view = fixture_without_sv
        .load()
        .referral("sv", "se", Some("zz"))
        .expect("known");
    let ret = step(&view, "return");
    assert_eq!(
        (ret.lang.as_str(), ret.fallback, ret.title.as_str()),
        ("en", true, "Measure 6: Return")
    );
}

#[test]
fn a_domestic_case_has_one_column_with_the_facts_of_both_sides() {
    let view = fixture().referral("en", "zz", Some("zz")).expect("known");
    assert!(view.domestic);
    assert!(view.steps.iter().all(|s| s.origin.is_none()));
    let ret = step(&view, "return");
    assert_eq!(
        keys(&ret.here.facts),
        ["return-contact", "hotline", "hotline"]
    );
    assert_eq!(ret.here.dialling, Dialling::Inside);
}

#[test]
fn a_country_of_origin_outside_the_guide_leaves_one_column() {
    let view = fixture().referral("en", "se", None).expect("known");
    assert!(view.origin.is_none());
    assert!(!view.domestic);
    assert!(view.steps.iter().all(|s| s.origin.is_none()));
    assert_eq!(view.steps.len(), 3);
}

#[test]
fn a_step_whose_section_the_guide_lacks_is_left_out() {
    let view = GuideTest::good()
        .load()
        .referral("sv", "se", Some("se"))
        .expect("known");
    assert!(
        view.steps.is_empty(),
        "the good fixture has no referral.toml"
    );
}

// Properties of the real guide: true whatever a correction changes.

#[test]
fn every_real_country_has_a_number_that_answers_at_night_and_every_number_says_how_to_reach_it() {
    let guide = real_guide();
    let countries = guide.countries("en");
    assert_eq!(
        countries.len(),
        guide
            .section_ids()
            .iter()
            .filter(|id| id.starts_with("country-"))
            .count()
    );
    for c in &countries {
        let view = guide.country(&c.code, "en").expect("facts");
        let contacts: Vec<_> = view
            .facts
            .iter()
            .filter_map(|f| f.contact.as_ref())
            .collect();
        assert!(
            contacts.iter().any(|c| c.hours == Hours::Always),
            "{}: no 24/7 number",
            c.code
        );
        for contact in contacts {
            let e164 = contact.tel.starts_with('+')
                && contact.tel[1..].bytes().all(|b| b.is_ascii_digit());
            let short = (3..=6).contains(&contact.tel.len())
                && contact.tel.bytes().all(|b| b.is_ascii_digit());
            assert!(
                e164 || short,
                "{}: tel:{} is neither E.164 nor a short number",
                c.code,
                contact.tel
            );
            assert_eq!(
                contact.international.is_some(),
                e164,
                "{}: {}",
                c.code,
                contact.tel
            );
        }
        for fact in &view.facts {
            match (&fact.value, &fact.source) {
                (Some(_), Some(p)) => assert!(p.url.as_str().starts_with("https://")),
                (None, None) => assert!(fact.to_verify.is_some()),
                _ => panic!(
                    "{}: {:?} has a value without a source or the reverse",
                    c.code, fact.key
                ),
            }
        }
    }
}

#[test]
fn every_pair_of_real_countries_has_every_step_with_its_profile_heading() {
    let guide = real_guide();
    let codes: Vec<String> = guide.countries("en").into_iter().map(|c| c.code).collect();
    let steps = guide
        .referral("en", &codes[0], Some(&codes[1]))
        .expect("known")
        .steps
        .len();
    assert!(steps >= 7, "the seven TRM measures");
    for here in &codes {
        for origin in &codes {
            let view = guide.referral("en", here, Some(origin)).expect("known");
            assert_eq!(view.steps.len(), steps);
            for s in &view.steps {
                assert!(!s.fallback);
                for side in [Some(&s.here), s.origin.as_ref()].into_iter().flatten() {
                    assert!(
                        side.profile.is_some(),
                        "{here}/{origin}: {} has no profile heading for {}",
                        side.section,
                        s.section
                    );
                }
            }
        }
    }
}
