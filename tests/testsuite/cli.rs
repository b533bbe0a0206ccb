//! The `fieldguide` binary, end to end: exit codes and output.

use std::process::Command;

use crate::fixture::fixture_dir;

fn fieldguide(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_exits_zero_with_warnings_only() {
    let path = fixture_dir("good");
    let (code, stdout, _) = fieldguide(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.ends_with("0 errors, 1 warning\n"), "{stdout}");
}

#[test]
fn check_exits_one_and_reports_every_problem_of_the_broken_fixture() {
    let path = fixture_dir("broken");
    let (code, stdout, _) = fieldguide(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{stdout}");
    let root = path.join("guide-content").display().to_string();
    for expected in [
        format!("{root}/sv/about.md: error: section 'about' is missing in 'sv'"),
        format!("{root}/en/about.md:10: error: link to 'javascript:alert(1)' is not allowed"),
        format!("{root}/en/about.md:12: error: raw HTML is not allowed"),
        format!("{root}/countries/se.toml:6: error: fact 'hotline' = 'Support line' has no source, as_of, checked, checked_against, source_says"),
        // The only number is refused, so Sweden has none that answers at night.
        format!("{root}/countries/se.toml: error: se has no number that answers at night"),
    ] {
        assert!(
            stdout.contains(&expected),
            "missing {expected:?} in:\n{stdout}"
        );
    }
    assert!(stdout.ends_with("5 errors, 0 warnings\n"), "{stdout}");
}

#[test]
fn check_json_is_one_object_with_counts_and_diagnostics() {
    let path = fixture_dir("broken");
    let (code, stdout, _) = fieldguide(&["check", "--json", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    assert_eq!(v["errors"], 5);
    assert_eq!(v["diagnostics"][0]["severity"], "error");
    assert!(v["diagnostics"][0]["hint"].as_str().unwrap().len() > 5);
}

#[test]
fn a_missing_guide_exits_two_with_a_clear_message() {
    let (code, _, stderr) = fieldguide(&["check", "/nonexistent/guide"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: loading the guide at '/nonexistent/guide': no guide found at '/nonexistent/guide': it has neither guide.toml nor guide-content/guide.toml (point to the guide-content folder)\n"
    );
}

#[test]
fn stats_prints_a_row_per_language() {
    let path = fixture_dir("good");
    let (code, stdout, _) = fieldguide(&["stats", "--path", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[1].starts_with("en   English"), "{stdout}");
    assert!(lines[2].starts_with("sv   Svenska"), "{stdout}");
    assert!(
        lines[2].contains("4/4") && lines[2].contains("100.0%"),
        "{stdout}"
    );
    let (_, json, _) = fieldguide(&["stats", "--json", "--path", path.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["written"], 4);
    assert_eq!(v[1]["revised"], 0);
    assert_eq!(v[1]["translated"], 4);
    assert_eq!(v[1]["ui_messages"], v[1]["ui_messages_total"]);
}

#[test]
fn rev_prints_what_source_rev_must_be() {
    let path = fixture_dir("good");
    let (code, stdout, _) = fieldguide(&["rev", "glossary", "--path", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    // The good fixture's Swedish glossary is up to date: its source_rev is what rev prints.
    let sv = std::fs::read_to_string(path.join("guide-content/sv/glossary.md")).unwrap();
    assert!(
        sv.contains(&format!("source_rev = \"{}\"", stdout.trim())),
        "{stdout}"
    );
    assert_eq!(stdout.trim().len(), 16);
    // With --lang: every section's status, source_rev, the English revision and text_rev.
    let (_, table, _) = fieldguide(&["rev", "--lang", "sv", "--path", path.to_str().unwrap()]);
    let glossary = table
        .lines()
        .find(|l| l.starts_with("glossary\t"))
        .expect(&table);
    let cols: Vec<&str> = glossary.split('\t').collect();
    assert_eq!(
        (cols[1], cols[2], cols[3]),
        ("translated", stdout.trim(), stdout.trim())
    );
}

#[test]
fn search_json_is_exactly_one_object_of_the_agreed_shape() {
    let path = fixture_dir("good");
    let (code, stdout, _) = fieldguide(&[
        "search",
        "--json",
        "--lang",
        "sv",
        "--path",
        path.to_str().unwrap(),
        "betanketid",
    ]);
    assert_eq!(code, 0);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON object");
    assert_eq!(v["query"], "betanketid");
    assert!(v["took_us"].is_u64());
    let hit = &v["hits"][0];
    assert_eq!(hit["section"], "reflection-period");
    assert_eq!(hit["lang"], "sv");
    for key in ["anchor", "title"] {
        assert!(hit[key].is_string(), "{key} in {hit}");
    }
    assert!(hit["snippet"]["text"].is_string(), "{hit}");
    assert!(hit["snippet"]["highlights"].is_array(), "{hit}");
    assert!(hit["score"].is_f64());
}

#[test]
fn analyze_json_lists_the_tokens_of_each_field() {
    let (code, stdout, _) = fieldguide(&["analyze", "--lang", "sv", "--json", "Förundersökningen"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON object");
    assert_eq!(v["lang"], "sv");
    assert_eq!(v["fields"]["exact"][0], "förundersökningen");
    assert!(v["fields"]["folded"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("forundersokningen")));
}
