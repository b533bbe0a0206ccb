//! `GuideTest`: a fixture guide held in memory, changed step by step, then loaded or checked.
//!
//! Broken fixtures are the good fixture (`tests/fixtures/good`) with one deliberate change, so
//! each test states exactly what is broken and exactly what `check` must say about it.

use fieldguide::content::Files;
use fieldguide::{Diagnostic, Guide};
use std::path::Path;

pub struct GuideTest {
    content: Files,
    locales: Files,
}

pub fn fixture_dir(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

impl GuideTest {
    /// The good fixture: English and Swedish, four sections, one country.
    pub fn good() -> Self {
        let dir = fixture_dir("good");
        GuideTest {
            content: Files::read_dir(&dir.join("guide-content")).expect("fixture"),
            locales: Files::read_dir(&dir.join("locales")).expect("fixture"),
        }
    }

    fn files(&mut self, path: &str) -> (&mut Files, String) {
        if let Some(rest) = path.strip_prefix("guide-content/") {
            (&mut self.content, rest.to_owned())
        } else if let Some(rest) = path.strip_prefix("locales/") {
            (&mut self.locales, rest.to_owned())
        } else {
            panic!("fixture paths start with guide-content/ or locales/: {path}")
        }
    }

    /// Writes (or overwrites) a file.
    pub fn write(mut self, path: &str, text: &str) -> Self {
        let (files, rel) = self.files(path);
        files.entries.insert(rel, Ok(text.to_owned()));
        self
    }

    /// Removes a file.
    pub fn remove(mut self, path: &str) -> Self {
        let (files, rel) = self.files(path);
        assert!(
            files.entries.remove(&rel).is_some(),
            "no fixture file {path}"
        );
        self
    }

    /// Replaces `from` with `to` in a file; `from` must occur.
    pub fn edit(mut self, path: &str, from: &str, to: &str) -> Self {
        let (files, rel) = self.files(path);
        let text = files
            .entries
            .get_mut(&rel)
            .and_then(|e| e.as_mut().ok())
            .unwrap_or_else(|| panic!("no fixture file {path}"));
        assert!(text.contains(from), "{path} does not contain {from:?}");
        *text = text.replacen(from, to, 1);
        self
    }

    pub fn load(&self) -> Guide {
        Guide::from_files(&self.content, "guide-content", &self.locales, "locales").expect("loads")
    }

    pub fn check(&self) -> Vec<Diagnostic> {
        self.load().check()
    }

    /// Asserts that `check` reports exactly `expected` (the whole line, as printed).
    #[track_caller]
    pub fn check_reports(self, expected: &str) -> Self {
        let lines: Vec<String> = self.check().iter().map(ToString::to_string).collect();
        assert!(
            lines.iter().any(|l| l == expected),
            "expected diagnostic:\n  {expected}\ngot:\n  {}",
            lines.join("\n  ")
        );
        self
    }

    /// Asserts that `check` reports no errors.
    #[track_caller]
    pub fn check_has_no_errors(self) -> Self {
        let errors: Vec<String> = self
            .check()
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        assert!(
            errors.is_empty(),
            "unexpected errors:\n  {}",
            errors.join("\n  ")
        );
        self
    }
}
