//! `fieldguide check` on the good fixture and on each deliberately broken one.

use crate::fixture::GuideTest;

#[test]
fn the_good_fixture_has_no_errors_and_one_fact_to_verify() {
    let diagnostics = GuideTest::good().check();
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        ["guide-content/countries/se.toml:16: warning: fact 'reflection-period' is not verified: the current length in the Aliens Act (fix: check it against an official source, then add value, source, as_of, checked, checked_against and source_says)"]
    );
}

#[test]
fn a_missing_section_in_a_translation_is_an_error() {
    GuideTest::good().remove("guide-content/sv/glossary.md").check_reports(
        "guide-content/sv/glossary.md: error: section 'glossary' is missing in 'sv' (fix: translate guide-content/en/glossary.md into guide-content/sv/glossary.md)",
    );
}

#[test]
fn a_language_with_no_sections_yet_is_a_warning_not_an_error() {
    let t = GuideTest::good()
        .remove("guide-content/sv/about.md")
        .remove("guide-content/sv/reflection-period.md")
        .remove("guide-content/sv/glossary.md")
        .remove("guide-content/sv/country-se.md");
    t.check_has_no_errors().check_reports(
        "guide-content/sv: warning: 'sv' (Svenska) has no translated sections yet: readers see English with a notice (fix: translate the 4 files of guide-content/en/ into guide-content/sv/)",
    );
}

#[test]
fn bad_front_matter_names_the_missing_field_and_line() {
    GuideTest::good()
        .edit("guide-content/sv/about.md", "title = \"Om handboken\"\n", "")
        .check_reports(
            "guide-content/sv/about.md:2: error: front matter: missing field `title` (fix: every section starts with +++, then id, title, summary and status, then +++ (see docs/content-format.md))",
        );
}

#[test]
fn an_unknown_front_matter_field_is_an_error() {
    GuideTest::good()
        .edit("guide-content/en/about.md", "keywords =", "keyword =")
        .check_reports(
            "guide-content/en/about.md:5: error: front matter: unknown field `keyword`, expected one of `id`, `title`, `summary`, `keywords`, `status`, `source_rev`, `sources` (fix: every section starts with +++, then id, title, summary and status, then +++ (see docs/content-format.md))",
        );
}

#[test]
fn a_duplicate_id_names_the_other_file() {
    GuideTest::good()
        .edit("guide-content/sv/glossary.md", "id = \"glossary\"", "id = \"about\"")
        .check_reports(
            "guide-content/sv/glossary.md:2: error: duplicate id 'about': 'guide-content/sv/about.md' also has it (fix: set id = \"glossary\" (the id is the file name))",
        );
}

#[test]
fn a_broken_anchor_lists_the_anchors_that_exist() {
    GuideTest::good()
        .edit("guide-content/en/about.md", "reflection-period#length", "reflection-period#duration")
        .check_reports(
            "guide-content/en/about.md:13: error: link to 'reflection-period#duration': section 'reflection-period' has no heading {#duration} (fix: use one of its anchors: length, rights)",
        );
}

#[test]
fn a_link_to_an_unknown_section_is_an_error() {
    GuideTest::good()
        .edit("guide-content/en/glossary.md", "[Measure 4](reflection-period)", "[Measure 4](reflection)")
        .check_reports(
            "guide-content/en/glossary.md:16: error: link to 'reflection': there is no section 'reflection' (fix: use a section id listed in guide.toml)",
        );
}

#[test]
fn an_unknown_glossary_term_is_an_error() {
    GuideTest::good()
        .edit("guide-content/en/about.md", "glossary:presumed-victim", "glossary:victim")
        .check_reports(
            "guide-content/en/about.md:9: error: link to 'glossary:victim': the glossary has no term 'victim' (fix: add the term to glossary.md as '## Term {#term-id}', or use an existing id)",
        );
}

#[test]
fn a_heading_missing_in_a_translation_is_a_mismatch() {
    GuideTest::good()
        .edit("guide-content/sv/reflection-period.md", "## Rättigheter {#rights}\n", "")
        .check_reports(
            "guide-content/sv/reflection-period.md: error: heading mismatch: the English heading '## Rights {#rights}' (guide-content/en/reflection-period.md:27) is missing (fix: translate the heading and keep its anchor)",
        );
}

#[test]
fn a_heading_at_another_level_is_a_mismatch() {
    GuideTest::good()
        .edit("guide-content/sv/about.md", "### Utan nät", "## Utan nät")
        .check_reports(
            "guide-content/sv/about.md:27: error: heading mismatch: found '## … {#offline}' where the English source has '### … {#offline}' (guide-content/en/about.md:26) (fix: keep the English heading order and levels)",
        );
}

#[test]
fn a_heading_without_an_anchor_gets_a_suggested_one() {
    GuideTest::good()
        .edit("guide-content/en/about.md", "## How to use it {#how-to-use}", "## How to use it")
        .check_reports_all(&[
            "guide-content/en/about.md:11: error: heading 'How to use it' has no anchor (fix: add a permanent anchor: '## How to use it {#how-to-use-it}')",
            // The translation keeps the anchor the English no longer has.
            "guide-content/sv/about.md: error: heading mismatch: the English heading '## How to use it {#how-to-use-it}' (guide-content/en/about.md:11) is missing (fix: translate the heading and keep its anchor)",
            "guide-content/sv/about.md:12: error: heading mismatch: '{#how-to-use}' is not a heading of the English source (fix: use the anchors of guide-content/en/about.md (same headings, same order))",
        ]);
}

#[test]
fn a_changed_phone_number_in_a_translation_is_an_error() {
    GuideTest::good()
        .edit("guide-content/sv/reflection-period.md", "020-390 000", "020-390 001")
        .check_reports_all(&[
            "guide-content/sv/reflection-period.md: error: phone number '020390000' of the English source (guide-content/en/reflection-period.md:25) is missing (fix: copy the phone number exactly as in English)",
            "guide-content/sv/reflection-period.md:26: error: phone number '020390001' is not in the English source (fix: copy phone numbers exactly from guide-content/en/reflection-period.md (its numbers: 020390000))",
        ]);
}

#[test]
fn a_changed_number_in_a_translation_is_an_error() {
    GuideTest::good()
        .edit("guide-content/sv/reflection-period.md", "30 dagar", "60 dagar")
        .check_reports_all(&[
            "guide-content/sv/reflection-period.md: error: number '30' appears 1 time(s) in the English source (guide-content/en/reflection-period.md:23) but 0 time(s) here (fix: keep every number of the source, written with digits)",
            "guide-content/sv/reflection-period.md:24: error: number '60' appears 1 time(s) here but 0 time(s) in the English source (fix: check the number against guide-content/en/reflection-period.md)",
        ]);
}

#[test]
fn a_changed_url_in_a_translation_is_an_error() {
    GuideTest::good()
        .edit("guide-content/sv/reflection-period.md", "[källan](https://rm.coe.int/168008371d)", "[källan](https://example.org/x)")
        .check_reports_all(&[
            "guide-content/sv/reflection-period.md: error: link 'https://rm.coe.int/168008371d' of the English source (guide-content/en/reflection-period.md:25) is missing (fix: keep every link of the source)",
            "guide-content/sv/reflection-period.md:26: error: link 'https://example.org/x' is not in the English source (fix: use the links of guide-content/en/reflection-period.md)",
        ]);
}

#[test]
fn a_stale_source_rev_is_a_warning_with_the_new_revision() {
    let t = GuideTest::good().edit(
        "guide-content/en/glossary.md",
        "Terms in alphabetical order.",
        "Terms in the order of the English alphabet.",
    );
    let old = GuideTest::good()
        .load()
        .source_rev("glossary")
        .unwrap()
        .to_owned();
    let rev = t.load().source_rev("glossary").unwrap().to_owned();
    assert_ne!(old, rev);
    t.check_has_no_errors().check_reports(&format!(
        "guide-content/sv/glossary.md:6: warning: stale translation: made from English revision '{old}', the English file is now '{rev}' (fix: bring the translation up to date with guide-content/en/glossary.md and set source_rev = \"{rev}\")"
    ));
}

#[test]
fn a_stale_translation_is_flagged_in_the_reader_too() {
    let t = GuideTest::good().edit("guide-content/en/glossary.md", "alphabetical", "ABC");
    let guide = t.load();
    assert!(guide.section("sv", "glossary").unwrap().stale);
    assert!(!guide.section("sv", "about").unwrap().stale);
}

#[test]
fn invalid_fluent_is_reported_with_its_line() {
    GuideTest::good()
        .edit("locales/sv/app.ftl", "results = { $count ->\n    [one] { $count } träff\n   *[other] { $count } träffar\n}\n", "results = { $count ->\n")
        .check_reports_all(&[
            "locales/sv/app.ftl: error: message 'results' is missing (defined in locales/en/app.ftl:2) (fix: add 'results = …' translated from the English message)",
            "locales/sv/app.ftl:3: error: Fluent syntax error: The select expression must have a default variant (fix: see https://projectfluent.org/fluent/guide/ — a message is `id = text`, continuation lines are indented)",
        ]);
}

#[test]
fn a_missing_ui_message_is_an_error() {
    GuideTest::good()
        .edit("locales/sv/app.ftl", "country-se = Sverige\n", "")
        .check_reports(
            "locales/sv/app.ftl: error: message 'country-se' is missing (defined in locales/en/app.ftl:8) (fix: add 'country-se = …' translated from the English message)",
        );
}

#[test]
fn script_and_raw_html_are_errors_and_never_reach_the_page() {
    let t = GuideTest::good().edit(
        "guide-content/en/about.md",
        "The guide works without a network.",
        "The guide works <script>alert(1)</script> offline.\n\n<div onclick=\"x()\">click</div>",
    );
    let html = t.load().section("en", "about").unwrap().html;
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("onclick"), "{html}");
    assert!(!html.contains("alert(1)</script"), "{html}");
    t.check_reports_all(&[
        "guide-content/en/about.md:28: error: raw HTML is not allowed and is removed from the page (fix: use Markdown instead (lists, tables, **bold**, > [!NOTE] callouts))",
        "guide-content/en/about.md:30: error: raw HTML is not allowed and is removed from the page (fix: use Markdown instead (lists, tables, **bold**, > [!NOTE] callouts))",
        // alert(1) put a number in the English that the translation does not have.
        "guide-content/sv/about.md: error: number '1' appears 1 time(s) in the English source (guide-content/en/about.md:28) but 0 time(s) here (fix: keep every number of the source, written with digits)",
    ]);
}

#[test]
fn javascript_links_are_errors_and_never_reach_the_page() {
    let t = GuideTest::good().edit(
        "guide-content/en/about.md",
        "The guide works without a network.",
        "[Open](javascript:alert(1)) and [this](data:text/html,x) and [old](http://example.org).",
    );
    let html = t.load().section("en", "about").unwrap().html;
    assert!(!html.contains("javascript:"), "{html}");
    assert!(!html.contains("data:text"), "{html}");
    assert!(!html.contains("http://example.org"), "{html}");
    assert!(
        html.contains("<span class=\"link-removed\">Open</span>"),
        "{html}"
    );
    t.check_reports_all(&[
        "guide-content/en/about.md:28: error: link to 'javascript:alert(1)' is not allowed and is removed (fix: link sections by id ('return#steps'), glossary terms ('glossary:trm'), or https:, mailto:, tel: addresses)",
        "guide-content/en/about.md:28: error: link to 'data:text/html,x' is not allowed and is removed (fix: link sections by id ('return#steps'), glossary terms ('glossary:trm'), or https:, mailto:, tel: addresses)",
        "guide-content/en/about.md:28: error: link to 'http://example.org' is not allowed and is removed (fix: link sections by id ('return#steps'), glossary terms ('glossary:trm'), or https:, mailto:, tel: addresses)",
    ]);
}

#[test]
fn a_country_fact_without_source_is_an_error_and_is_not_shown() {
    let t = GuideTest::good().edit(
        "guide-content/countries/se.toml",
        "source = \"https://bsr-trm.com/countries/sweden\"\n",
        "",
    );
    let facts = t.load().country("se", "en").expect("se").facts;
    assert!(
        facts.iter().all(|f| f.key.as_str() != "contact-point"),
        "an unsourced value never reaches a view"
    );
    t.check_reports(
        "guide-content/countries/se.toml:7: error: fact 'contact-point' = 'Jämställdhetsmyndigheten' has no source (fix: every value needs source (https), as_of (the date of the information in the source), checked (the day you compared them), checked_against and source_says (the source's words); if it cannot be sourced, remove the value and write to_verify)",
    );
}

#[test]
fn a_country_fact_without_its_dates_is_an_error() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "as_of = \"undated\"\nchecked = 2026-11-29\n", "")
        .check_reports(
            "guide-content/countries/se.toml:7: error: fact 'contact-point' = 'Jämställdhetsmyndigheten' has no as_of, checked (fix: every value needs source (https), as_of (the date of the information in the source), checked (the day you compared them), checked_against and source_says (the source's words); if it cannot be sourced, remove the value and write to_verify)",
        );
}

#[test]
fn a_source_that_is_not_https_is_refused_at_load() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "https://bsr-trm.com/countries/sweden", "javascript:alert(1)")
        .check_reports(
            "guide-content/countries/se.toml:7: error: fact 1: 'javascript:alert(1)' is not an https:// address (fix: see the fields of a fact in docs/content-format.md)",
        );
}

#[test]
fn a_fact_checked_before_its_source_was_written_is_an_error() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "as_of = \"2025-06\"", "as_of = \"2027\"")
        .check_reports(
            "guide-content/countries/se.toml:20: error: fact 'hotline' is dated as_of 2027 but was checked on 2026-11-29 (fix: as_of is the date of the information in the source, checked the day you compared them: a source cannot be checked before it was written)",
        );
}

#[test]
fn a_fact_its_own_source_contradicts_is_an_error() {
    // The value says what the quoted source does not: a wrong number of days, a wrong phone.
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "value = \"Jämställdhetsmyndigheten\"", "value = \"Jämställdhetsmyndigheten, 30 days\"")
        .check_reports(
            "guide-content/countries/se.toml:7: error: fact 'contact-point' says '30' but its source_says does not: 'Jämställdhetsmyndigheten (fixture)' (fix: correct the value to what the source says, or quote the passage of the source that states it (numbers as digits))",
        );
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "phone = \"+4620390000\"\nlocal = \"020-390 000\"", "phone = \"+4620390001\"\nlocal = \"020-390 001\"")
        .edit("guide-content/en/reflection-period.md", "020-390 000", "020-390 001")
        .edit("guide-content/sv/reflection-period.md", "020-390 000", "020-390 001")
        .check_reports(
            "guide-content/countries/se.toml:20: error: phone +4620390001 of fact 'hotline' is not in its source_says (fix: quote the passage of the source that gives this number: a number no source gives must not be shown)",
        );
}

#[test]
fn a_number_must_be_dialable_as_stored() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "phone = \"+4620390000\"", "phone = \"+46 20 390 000\"")
        .check_reports_all(&[
            "guide-content/countries/se.toml:20: error: fact 3: '+46 20 390 000' is not a phone number in international form: write '+', the country code and the number without spaces (+4620390000), or a short number of 3 to 6 digits (112) (fix: see the fields of a fact in docs/content-format.md)",
            // The fact is refused, so the number the section gives has no fact any more.
            "guide-content/en/reflection-period.md:25: error: phone number '020390000' is not a number of any countries/*.toml fact (fix: every number in the text is a sourced fact of its country: add it there first (with source_says), or remove it)",
        ]);
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "local = \"020-390 000\"", "local = \"020-309 000\"")
        .check_reports(
            "guide-content/countries/se.toml:20: error: local '020-309 000' and phone +4620390000 are not the same number (fix: local is the national number 20390000 or 020390000 with the trunk prefix, grouped as the country writes it)",
        );
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "phone = \"+4620390000\"", "phone = \"+4520390000\"")
        .check_reports(
            "guide-content/countries/se.toml:20: error: phone +4520390000 is not a number of se (calling code +46) (fix: a number of this country starts with +46)",
        );
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "hours = \"Mon-Fri 09:00-16:30\"\n", "")
        .check_reports_all(&[
            "guide-content/countries/se.toml:20: error: phone number +4620390000 of fact 'hotline' has no hours (fix: a number to call says how it is dialled in the country (local), when it answers (hours: \"24/7\", \"Mon-Fri 09:00-17:00\" or \"not-stated\"), whether it answers from abroad (abroad: yes, no, not-stated) and who it is for (for: victims, professionals, both, public))",
            "guide-content/en/reflection-period.md:25: error: phone number '020390000' is not a number of any countries/*.toml fact (fix: every number in the text is a sourced fact of its country: add it there first (with source_says), or remove it)",
        ]);
}

#[test]
fn a_country_without_a_number_that_answers_at_night_is_an_error() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "hours = \"24/7\"", "hours = \"Mon-Fri 08:00-20:00\"")
        .check_reports(
            "guide-content/countries/se.toml: error: se has no number that answers at night (fix: add a fact with a phone that answers day and night (hours = \"24/7\"): 112, the police or a 24/7 line, with its source)",
        );
}

#[test]
fn a_phone_number_in_the_text_must_be_a_fact_of_its_country() {
    // Corrected in the country file, the old number left in a section is caught.
    GuideTest::good()
        .edit("guide-content/en/reflection-period.md", "Call the support line on 020-390 000", "Call the support line on [020-390 000](tel:+4620390000) or [08-123 456](tel:+468123456)")
        .edit("guide-content/sv/reflection-period.md", "020-390 000", "[020-390 000](tel:+4620390000) [08-123 456](tel:+468123456)")
        .check_reports_all(&[
            "guide-content/en/reflection-period.md:25: error: link 'tel:+468123456' dials a number that no countries/*.toml fact gives (fix: add the number as a sourced fact of its country first, or correct the link)",
            "guide-content/en/reflection-period.md:25: error: phone number '08123456' is not a number of any countries/*.toml fact (fix: every number in the text is a sourced fact of its country: add it there first (with source_says), or remove it)",
        ]);
}

#[test]
fn a_tel_link_must_be_in_international_form() {
    GuideTest::good()
        .edit("guide-content/en/reflection-period.md", "Call the support line on 020-390 000", "Call the support line on [020-390 000](tel:020390000)")
        .check_reports_all(&[
            "guide-content/en/reflection-period.md:25: error: link 'tel:020390000': '020390000' is not a phone number in international form: write '+', the country code and the number without spaces (+4620390000), or a short number of 3 to 6 digits (112) (fix: link tel: to the E.164 form of the number, e.g. (tel:+380800505501))",
            "guide-content/sv/reflection-period.md: error: link 'tel:020390000' of the English source (guide-content/en/reflection-period.md:25) is missing (fix: keep every link of the source)",
        ]);
}

#[test]
fn a_fact_with_neither_value_nor_note_is_an_error() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "to_verify = \"the current length in the Aliens Act\"\n", "")
        .check_reports(
            "guide-content/countries/se.toml:16: error: fact 'reflection-period' has neither a value nor a to_verify note (fix: add value with source, as_of, checked, checked_against and source_says, or to_verify = \"what must be checked\")",
        );
}

#[test]
fn a_status_claims_no_more_than_the_review_record_shows() {
    // 'revised' with no record is an error; a record of this exact text makes it true; an edit
    // after the revision makes it false again.
    let claim = GuideTest::good().edit(
        "guide-content/sv/about.md",
        "status = \"translated\"",
        "status = \"revised\"",
    );
    let text_rev = claim
        .load()
        .revisions("sv")
        .into_iter()
        .find(|r| r.id == "about")
        .expect("about")
        .rev;
    let source_rev = claim.load().source_rev("about").expect("en").to_owned();
    claim.clone().check_reports(&format!(
        "guide-content/sv/about.md:6: error: status 'revised' but guide-content/reviews/sv.toml has no revision of this text (text_rev {text_rev}) (fix: set status = \"translated\" until an independent reviser has read this text; then record it (fieldguide rev --lang sv prints text_rev))"
    ));
    let record = format!(
        "lang = \"sv\"\n\n[[records]]\nsection = \"about\"\nkind = \"revision\"\nby = \"a reviser who is not the translator\"\ndate = 2026-12-01\nsource_rev = \"{source_rev}\"\ntext_rev = \"{text_rev}\"\nfindings = {{ fluency = 2 }}\n"
    );
    let recorded = claim.write("guide-content/reviews/sv.toml", &record);
    recorded.clone().check_has_no_errors();
    let edited = recorded.edit(
        "guide-content/sv/about.md",
        "Handboken hjälper",
        "Ett nytt stycke.\n\nHandboken hjälper",
    );
    let new_rev = edited
        .load()
        .revisions("sv")
        .into_iter()
        .find(|r| r.id == "about")
        .expect("about")
        .rev;
    assert_ne!(new_rev, text_rev);
    edited.check_reports(&format!(
        "guide-content/sv/about.md:6: error: status 'revised' but guide-content/reviews/sv.toml has no revision of this text (text_rev {new_rev}) (fix: set status = \"translated\" until an independent reviser has read this text; then record it (fieldguide rev --lang sv prints text_rev))"
    ));
}

#[test]
fn reviewed_needs_a_named_sign_off() {
    GuideTest::good()
        .edit("guide-content/en/about.md", "status = \"written\"", "status = \"translated\"")
        .check_reports(
            "guide-content/en/about.md:6: error: status 'translated': 'translated' is for translations: the source language's complete text is 'written' (fix: set the status this file's language uses)",
        );
}

#[test]
fn a_referral_step_naming_a_missing_anchor_is_an_error() {
    GuideTest::good()
        .write(
            "guide-content/referral.toml",
            "[[steps]]\nsection = \"reflection-period\"\nanchors = [\"length\", \"apply\"]\nprofile = \"at-a-glance\"\nhere = [\"reflection-period\"]\n",
        )
        .check_reports(
            "guide-content/referral.toml:1: error: step 'reflection-period' links to '#apply', which the section does not have (fix: use one of its anchors: length, rights)",
        );
    GuideTest::good()
        .write(
            "guide-content/referral.toml",
            "[[steps]]\nsection = \"reflection-period\"\nprofile = \"contacts\"\nhere = [\"reflection-period\", \"hotline\"]\n",
        )
        .check_reports(
            "guide-content/referral.toml:1: error: step 'reflection-period' opens profile heading '#contacts', which 'country-se' does not have (fix: add '## … {#contacts}' to guide-content/en/country-se.md, or change profile)",
        );
    GuideTest::good()
        .write(
            "guide-content/referral.toml",
            "[[steps]]\nsection = \"reflection-period\"\nprofile = \"at-a-glance\"\nhere = [\"reflection-periods\"]\n",
        )
        .check_reports(
            "guide-content/referral.toml:4: error: referral steps are not valid: unknown variant `reflection-periods`, expected one of `national-coordinator`, `contact-point`, `formal-identification`, `reflection-period`, `residence-permit`, `shelter`, `hotline`, `email`, `website`, `return-contact`, `legal-basis`, `emergency`, `rapporteur`, `children`, `return-programme` (fix: each [[steps]] has section, profile, anchors, here and origin (fact keys); see docs/content-format.md)",
        );
}

#[test]
fn a_footnote_citing_no_source_is_an_error() {
    GuideTest::good()
        .edit("guide-content/en/reflection-period.md", "[^cets197]", "[^cets]")
        .check_reports(
            "guide-content/en/reflection-period.md:17: error: footnote '[^cets]' cites no source (fix: add a [[sources]] entry with id = \"cets\" to the front matter, or a '[^cets]: …' definition)",
        );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let diagnostics = GuideTest::good()
        .remove("guide-content/sv/glossary.md")
        .edit(
            "guide-content/sv/reflection-period.md",
            "020-390 000",
            "020-390 001",
        ) // a phone number of the text that is not the English one, nor any country's
        .edit(
            "guide-content/en/about.md",
            "glossary:presumed-victim",
            "glossary:victim",
        )
        .edit("locales/sv/app.ftl", "country-se = Sverige\n", "")
        .check();
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    assert_eq!(errors, 5, "{diagnostics:#?}");
}

#[test]
fn the_real_guide_passes_its_own_gate() {
    let guide = fieldguide::Guide::load(concat!(env!("CARGO_MANIFEST_DIR"), "/guide-content"))
        .expect("the guide loads");
    let errors: Vec<String> = guide
        .check()
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // Every section of guide.toml has its English source.
    assert!(guide.toc("en").iter().all(|e| !e.fallback));
    assert_eq!(guide.toc("en").len(), guide.section_ids().len());
}

/// The good fixture with Russian as a leaflet-only language whose leaflet is `about`.
fn with_leaflet_language(leaflet: bool) -> GuideTest {
    let sv_about = std::fs::read_to_string(
        crate::fixture::fixture_dir("good").join("guide-content/sv/about.md"),
    )
    .expect("fixture");
    let t = GuideTest::good()
        .edit(
            "guide-content/guide.toml",
            "glossary = \"glossary\"\n",
            "glossary = \"glossary\"\nleaflet = \"about\"\n",
        )
        .edit(
            "guide-content/guide.toml",
            "name = \"Svenska\"\ndir = \"ltr\"\n",
            "name = \"Svenska\"\ndir = \"ltr\"\n\n[[languages]]\ncode = \"ru\"\nname = \"Русский\"\ndir = \"ltr\"\nscope = \"leaflet\"\n",
        );
    if leaflet {
        t.write("guide-content/ru/about.md", &sv_about)
    } else {
        t
    }
}

#[test]
fn a_leaflet_only_language_needs_its_leaflet_and_nothing_else() {
    // With its leaflet: no error, and no warning that it lacks the other sections, a UI locale
    // or a search analyzer.
    let t = with_leaflet_language(true);
    let lines: Vec<String> = t.check().iter().map(ToString::to_string).collect();
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("/ru") || l.contains("'ru'")),
        "{lines:#?}"
    );
    let stats = t.load().stats();
    let ru = stats.iter().find(|s| s.code == "ru").expect("ru in stats");
    assert!(ru.leaflet_only);
    assert_eq!((ru.sections, ru.sections_total, ru.stale), (1, 1, 0));
    // Without it: an error that says what to translate.
    with_leaflet_language(false).check_reports(
        "guide-content/ru/about.md: error: 'ru' (Русский) is a leaflet-only language without its leaflet (fix: translate guide-content/en/about.md into guide-content/ru/about.md)",
    );
    // Another section in it would never be shown: a warning.
    let extra = std::fs::read_to_string(
        crate::fixture::fixture_dir("good").join("guide-content/sv/glossary.md"),
    )
    .expect("fixture");
    with_leaflet_language(true)
        .write("guide-content/ru/glossary.md", &extra)
        .check_reports("guide-content/ru/glossary.md: warning: 'ru' is a leaflet-only language: its section 'glossary' is not shown (fix: remove the file, or make the language a whole-guide language (remove scope = \"leaflet\") and translate every section)");
}
