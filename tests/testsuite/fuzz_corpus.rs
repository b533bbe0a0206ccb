//! The fuzzers' corpora as regression tests: every input of `fuzz/corpus/<target>/` (what
//! `cargo fuzz` found interesting, minimised) and `fuzz/regressions/<target>/` (inputs that once
//! crashed or hung a target) goes through the same `fieldguide::fuzzing::<target>` function the
//! fuzz target calls, on stable, in every `cargo test`. A panic on any of them fails the test and
//! names the file. See README.md's "Fuzzing".
#![cfg(feature = "fuzzing")]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use fieldguide::fuzzing;

/// Feeds every file of the target's corpus and regressions to `run`; fails naming the inputs
/// that panicked.
fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut inputs = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("the corpus folder lists").path();
            if path.is_file() {
                inputs.push(path);
            }
        }
    }
    inputs.sort();
    assert!(
        !inputs.is_empty(),
        "fuzz/corpus/{target}/ has no inputs: the corpus must be committed"
    );
    let failed: Vec<String> = inputs
        .iter()
        .filter(|path| {
            let data = std::fs::read(path).expect("a corpus file reads");
            catch_unwind(AssertUnwindSafe(|| run(&data))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "fuzzing::{target} panicked on {} of {} inputs:\n{}",
        failed.len(),
        inputs.len(),
        failed.join("\n")
    );
}

#[test]
fn render_corpus() {
    replay("render", fuzzing::render);
}

#[test]
fn country_corpus() {
    replay("country", fuzzing::country);
}

#[test]
fn query_corpus() {
    replay("query", fuzzing::query);
}

#[test]
fn pack_corpus() {
    replay("pack", fuzzing::pack);
}

#[test]
fn fluent_corpus() {
    replay("fluent", fuzzing::fluent);
}
