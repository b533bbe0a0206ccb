//! `GuideTest`: a fixture guide held in memory, changed step by step, then loaded or checked.
//!
//! Broken fixtures are the good fixture (`tests/fixtures/good`) with one deliberate change, so
//! each test states exactly what is broken and exactly what `check` must say about it.

use fieldguide::Files;
use fieldguide::{Diagnostic, Guide};
use std::path::Path;

#[derive(Clone)]
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
        GuideTest::from_dir("good")
    }

    /// The fixture in `tests/fixtures/<name>`.
    pub fn from_dir(name: &str) -> Self {
        let dir = fixture_dir(name);
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

    /// The fixture's `guide-content/` and `locales/` files.
    pub fn guide_files(&self) -> (&Files, &Files) {
        (&self.content, &self.locales)
    }

    pub fn load(&self) -> Guide {
        Guide::from_files(&self.content, "guide-content", &self.locales, "locales").expect("loads")
    }

    pub fn check(&self) -> Vec<Diagnostic> {
        self.load().check()
    }

    /// Asserts that `check` reports `expected` (the whole line, as printed) and no other new
    /// diagnostic of its severity beyond what it reports on the good fixture: a change made to
    /// the good fixture must cause exactly this error, not also a spurious other one. (A change
    /// to an English file also makes its translation stale: that warning is not an error's
    /// business.)
    #[track_caller]
    pub fn check_reports(self, expected: &str) -> Self {
        self.check_reports_all(&[expected])
    }

    /// Like [`GuideTest::check_reports`] for several diagnostics, in `check`'s order.
    #[track_caller]
    pub fn check_reports_all(self, expected: &[&str]) -> Self {
        let severity = |line: &str| {
            if line.contains(": error: ") {
                "error"
            } else {
                "warning"
            }
        };
        let severities: Vec<&str> = expected.iter().map(|l| severity(l)).collect();
        let baseline: Vec<String> = GuideTest::good()
            .check()
            .iter()
            .map(ToString::to_string)
            .collect();
        let new: Vec<String> = self
            .check()
            .iter()
            .map(ToString::to_string)
            .filter(|l| !baseline.contains(l) && severities.contains(&severity(l)))
            .collect();
        assert_eq!(
            new,
            expected,
            "expected exactly these new diagnostics:\n  {}\ngot:\n  {}",
            expected.join("\n  "),
            new.join("\n  ")
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
