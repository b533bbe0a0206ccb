//! `reviews/<lang>.toml`: the review record of one language, what a section's status is held
//! against.
//!
//! A record names one section's text by its text revision (the file without its `status` line,
//! [`super::section_revision`]): a revision by an independent reviser, or a sign-off by a named
//! subject-matter reviewer, with what was found. `check` lets a section say `revised` or
//! `reviewed` only when a record names its current text.

use serde::{Deserialize, Serialize};

use super::fact::Date;
use crate::diagnostic::{line_of, Diagnostic};

/// What kind of review a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordKind {
    /// Read in full against the source by someone other than its writer or translator, with the
    /// checklist of `docs/review-checklist.md`; findings fixed.
    Revision,
    /// Signed off by a named subject-matter reviewer.
    SignOff,
}

/// How many problems of each kind a review found (and the text it names has fixed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Findings {
    /// A meaning changed, reversed or wrong.
    #[serde(default)]
    pub accuracy: u32,
    /// Something of the source left out.
    #[serde(default)]
    pub omission: u32,
    /// Something the source does not say.
    #[serde(default)]
    pub addition: u32,
    /// A term not as the country's law and authorities use it, or not one term per concept.
    #[serde(default)]
    pub terminology: u32,
    /// Unidiomatic, calqued or hard to read.
    #[serde(default)]
    pub fluency: u32,
    /// The wrong register (an official letter where plain language is needed).
    #[serde(default)]
    pub register: u32,
    /// A number, date, phone number, link or anchor that differs from the source.
    #[serde(default)]
    pub numbers: u32,
}

impl Findings {
    /// All findings.
    pub fn total(&self) -> u32 {
        self.accuracy
            + self.omission
            + self.addition
            + self.terminology
            + self.fluency
            + self.register
            + self.numbers
    }
}

/// One review of one section's text.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The section reviewed.
    pub section: String,
    /// A revision or a sign-off.
    pub kind: RecordKind,
    /// Who reviewed: for a sign-off, a person's name, role and organisation.
    pub by: String,
    /// When.
    pub date: Date,
    /// For a translation: the source revision it was read against.
    #[serde(default)]
    pub source_rev: Option<String>,
    /// The section's text revision after the findings were fixed.
    pub text_rev: String,
    /// What was found.
    #[serde(default)]
    pub findings: Findings,
    /// What was found and changed, in a sentence or two.
    #[serde(default)]
    pub notes: String,
    /// 1-based line of the record (not in the file).
    #[serde(skip)]
    pub line: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReviews {
    lang: String,
    #[serde(default)]
    records: Vec<Record>,
}

/// The review record of one language.
#[derive(Debug, Clone)]
pub struct Reviews {
    /// The language.
    pub lang: String,
    /// The records, in file order.
    pub records: Vec<Record>,
    /// Path for messages.
    pub path: String,
}

impl Reviews {
    /// Reads `reviews/<lang>.toml` (`file` is its name).
    pub fn parse(path: &str, file: &str, text: &str, out: &mut Vec<Diagnostic>) -> Option<Reviews> {
        let raw: RawReviews = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(e) => {
                out.push(Diagnostic::error(
                    path,
                    e.span().map(|s| line_of(text, s.start)),
                    format!("review record is not valid: {}", e.message().trim()),
                    "a review record has lang and [[records]] with section, kind, by, date, text_rev, findings (see docs/content-format.md)",
                ));
                return None;
            }
        };
        let stem = file.trim_end_matches(".toml");
        if raw.lang != stem {
            out.push(Diagnostic::error(
                path,
                text.find("lang").map(|o| line_of(text, o)),
                format!("lang '{}' does not match the file name '{file}'", raw.lang),
                format!("set lang = \"{stem}\""),
            ));
            return None;
        }
        let lines: Vec<usize> = text
            .match_indices("[[records]]")
            .map(|(o, _)| line_of(text, o))
            .collect();
        let records = raw
            .records
            .into_iter()
            .enumerate()
            .map(|(i, mut r)| {
                r.line = lines.get(i).copied().unwrap_or(1);
                r
            })
            .collect();
        Some(Reviews {
            lang: raw.lang,
            records,
            path: path.to_owned(),
        })
    }

    /// The records of `section` of `kind` that name `text_rev`.
    pub fn matching<'a>(
        &'a self,
        section: &'a str,
        kind: RecordKind,
        text_rev: &'a str,
    ) -> impl Iterator<Item = &'a Record> + 'a {
        self.records
            .iter()
            .filter(move |r| r.section == section && r.kind == kind && r.text_rev == text_rev)
    }
}
