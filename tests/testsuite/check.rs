//! `fieldguide check` on the good fixture and on each deliberately broken one.

use crate::fixture::GuideTest;

#[test]
fn the_good_fixture_has_no_errors_and_one_fact_to_verify() {
    let diagnostics = GuideTest::good().check();
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        ["guide-content/countries/se.toml:10: warning: fact 'reflection-period' is not verified: the current length in the Aliens Act (fix: check it against an official source, then add value, source and verified)"]
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
            "guide-content/sv/reflection-period.md: error: heading mismatch: the English heading '## Rights {#rights}' (guide-content/en/reflection-period.md:25) is missing (fix: translate the heading and keep its anchor)",
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
        .check_reports(
            "guide-content/en/about.md:11: error: heading 'How to use it' has no anchor (fix: add a permanent anchor: '## How to use it {#how-to-use-it}')",
        );
}

#[test]
fn a_changed_phone_number_in_a_translation_is_an_error() {
    GuideTest::good()
        .edit("guide-content/sv/reflection-period.md", "020-390 000", "020-390 001")
        .check_reports(
            "guide-content/sv/reflection-period.md:24: error: phone number '020390001' is not in the English source (fix: copy phone numbers exactly from guide-content/en/reflection-period.md (its numbers: 020390000))",
        )
        .check_reports(
            "guide-content/sv/reflection-period.md: error: phone number '020390000' of the English source (guide-content/en/reflection-period.md:23) is missing (fix: copy the phone number exactly as in English)",
        );
}

#[test]
fn a_changed_number_in_a_translation_is_an_error() {
    GuideTest::good()
        .edit("guide-content/sv/reflection-period.md", "30 dagar", "60 dagar")
        .check_reports(
            "guide-content/sv/reflection-period.md: error: number '30' appears 1 time(s) in the English source (guide-content/en/reflection-period.md:21) but 0 time(s) here (fix: keep every number of the source, written with digits)",
        )
        .check_reports(
            "guide-content/sv/reflection-period.md:22: error: number '60' appears 1 time(s) here but 0 time(s) in the English source (fix: check the number against guide-content/en/reflection-period.md)",
        );
}

#[test]
fn a_changed_url_in_a_translation_is_an_error() {
    GuideTest::good()
        .edit("guide-content/sv/reflection-period.md", "[källan](https://rm.coe.int/168008371d)", "[källan](https://example.org/x)")
        .check_reports(
            "guide-content/sv/reflection-period.md:24: error: link 'https://example.org/x' is not in the English source (fix: use the links of guide-content/en/reflection-period.md)",
        );
}

#[test]
fn a_stale_source_rev_is_a_warning_with_the_new_revision() {
    let t = GuideTest::good().edit(
        "guide-content/en/glossary.md",
        "Terms in alphabetical order.",
        "Terms in the order of the English alphabet.",
    );
    let rev = t.load().source_rev("glossary").unwrap().to_owned();
    t.check_has_no_errors().check_reports(&format!(
        "guide-content/sv/glossary.md:6: warning: stale translation: made from English revision '2e28c9765a9432ae', the English file is now '{rev}' (fix: bring the translation up to date with guide-content/en/glossary.md and set source_rev = \"{rev}\")"
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
        .write("locales/sv/app.ftl", "app-title = TRM Fälthandbok\nresults = { $count ->\n")
        .check_reports(
            "locales/sv/app.ftl:3: error: Fluent syntax error: The select expression must have a default variant (fix: see https://projectfluent.org/fluent/guide/ — a message is `id = text`, continuation lines are indented)",
        );
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
    t.check_reports(
        "guide-content/en/about.md:28: error: raw HTML is not allowed and is removed from the page (fix: use Markdown instead (lists, tables, **bold**, > [!NOTE] callouts))",
    )
    .check_reports(
        "guide-content/en/about.md:30: error: raw HTML is not allowed and is removed from the page (fix: use Markdown instead (lists, tables, **bold**, > [!NOTE] callouts))",
    );
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
    t.check_reports(
        "guide-content/en/about.md:28: error: link to 'javascript:alert(1)' is not allowed and is removed (fix: link sections by id ('return#steps'), glossary terms ('glossary:trm'), or https:, mailto:, tel: addresses)",
    )
    .check_reports(
        "guide-content/en/about.md:28: error: link to 'http://example.org' is not allowed and is removed (fix: link sections by id ('return#steps'), glossary terms ('glossary:trm'), or https:, mailto:, tel: addresses)",
    );
}

#[test]
fn a_country_fact_without_source_is_an_error() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "source = \"https://bsr-trm.com/countries/sweden\"\n", "")
        .check_reports(
            "guide-content/countries/se.toml:4: error: fact 'contact-point' = 'Jämställdhetsmyndigheten' has no source (fix: add source = \"https://…\" where the fact can be checked, or remove the value and write to_verify = \"…\")",
        );
}

#[test]
fn a_country_fact_without_verified_date_is_an_error() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "verified = 2026-11-29\n", "")
        .check_reports(
            "guide-content/countries/se.toml:4: error: fact 'contact-point' = 'Jämställdhetsmyndigheten' has no verified date (fix: add verified = YYYY-MM-DD: the date the value was checked against its source)",
        );
}

#[test]
fn a_fact_with_neither_value_nor_note_is_an_error() {
    GuideTest::good()
        .edit("guide-content/countries/se.toml", "to_verify = \"the current length in the Aliens Act\"\n", "")
        .check_reports(
            "guide-content/countries/se.toml:10: error: fact 'reflection-period' has neither a value nor a to_verify note (fix: add value, source and verified, or to_verify = \"what must be checked\")",
        );
}

#[test]
fn a_footnote_citing_no_source_is_an_error() {
    GuideTest::good()
        .edit("guide-content/en/reflection-period.md", "[^cets197]", "[^cets]")
        .check_reports(
            "guide-content/en/reflection-period.md:15: error: footnote '[^cets]' cites no source (fix: add a [[sources]] entry with id = \"cets\" to the front matter, or a '[^cets]: …' definition)",
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
        )
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
    assert_eq!(guide.toc("en").len(), 27);
}
