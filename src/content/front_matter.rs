//! TOML front matter between `+++` lines at the top of a section file.

use serde::{Deserialize, Serialize};

use super::fact::{AsOf, CheckedAgainst, Date, HttpsUrl};
use crate::diagnostic::{line_of, Diagnostic};

/// What has been done to a section's text. `check` holds every status but `draft`, `written`
/// and `translated` against the language's review record (`reviews/<lang>.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Being written or translated: not to be relied on.
    Draft,
    /// The source language's complete text, each fact cited.
    Written,
    /// A complete translation by one translator, not yet read by anyone else.
    Translated,
    /// Read in full against the source by an independent reviser, findings fixed: a revision
    /// record names this text.
    Revised,
    /// Revised, and signed off by a named subject-matter reviewer: a sign-off record names
    /// this text.
    Reviewed,
}

impl Status {
    /// Every status, from least to most checked.
    pub const ALL: [Status; 5] = [
        Status::Draft,
        Status::Written,
        Status::Translated,
        Status::Revised,
        Status::Reviewed,
    ];

    /// The lowercase name used in files and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Written => "written",
            Status::Translated => "translated",
            Status::Revised => "revised",
            Status::Reviewed => "reviewed",
        }
    }
}

/// A public source a section's facts come from.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Short id, cited in the text as a footnote `[^id]`.
    pub id: String,
    /// Title of the source, in the section's language.
    pub title: String,
    /// The source's address.
    pub url: HttpsUrl,
    /// The date of the information in the source.
    pub as_of: AsOf,
    /// When the text was compared with the source.
    pub checked: Date,
    /// What it was compared with.
    pub checked_against: CheckedAgainst,
}

/// The front matter of a section file. Unknown fields are errors, so a typo is never ignored.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// Section id; equals the file name without `.md`.
    pub id: String,
    /// Title in the file's language.
    pub title: String,
    /// One or two sentences on what the section is for.
    pub summary: String,
    /// Synonyms and abbreviations users type that the text does not contain. Default: none.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// What has been done to the text (see [`Status`]).
    pub status: Status,
    /// For translations: the revision of the English file translated from. Default: none.
    #[serde(default)]
    pub source_rev: Option<String>,
    /// Sources of the section's facts. Default: none.
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

#[derive(Debug)]
pub(crate) struct Split<'a> {
    pub meta: FrontMatter,
    pub front: &'a str,
    pub body: &'a str,
    pub body_line: usize,
}

const HINT: &str =
    "every section starts with +++, then id, title, summary and status, then +++ (see docs/content-format.md)";

/// Splits `text` into front matter and body and parses the front matter.
pub(crate) fn split<'a>(text: &'a str, path: &str) -> Result<Split<'a>, Diagnostic> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_no_bom.len();
    let Some(rest) = text_no_bom
        .strip_prefix("+++\n")
        .or_else(|| text_no_bom.strip_prefix("+++\r\n"))
    else {
        return Err(Diagnostic::error(
            path,
            Some(1),
            "the file does not start with front matter ('+++' on the first line)",
            HINT,
        ));
    };
    let start = text.len() - rest.len();
    let Some(end_rel) = find_closing(rest) else {
        return Err(Diagnostic::error(
            path,
            Some(1),
            "the front matter is not closed: no line '+++' after the opening one",
            HINT,
        ));
    };
    let toml_text = &rest[..end_rel];
    let after = &rest[end_rel..];
    let after = after.strip_prefix("+++").unwrap_or(after);
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))
        .unwrap_or(after);
    let body_offset = text.len() - after.len();
    let meta: FrontMatter = toml::from_str(toml_text).map_err(|e| {
        let line = e
            .span()
            .map(|s| line_of(text, start + s.start))
            .unwrap_or_else(|| line_of(text, bom + 4));
        let message = e.message().trim();
        let hint = if message.contains("https:// address") {
            "write the source's https:// address (a source reached only over http:// cannot be linked)"
        } else if message.contains("not a date") || message.contains("date of information") {
            "write dates as 2026-12-01; as_of may also be \"2024-10\", \"2024\" or \"undated\""
        } else {
            HINT
        };
        Diagnostic::error(path, Some(line), format!("front matter: {message}"), hint)
    })?;
    Ok(Split {
        meta,
        front: toml_text,
        body: after,
        body_line: line_of(text, body_offset),
    })
}

fn find_closing(rest: &str) -> Option<usize> {
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_counts_body_line() {
        let text =
            "+++\nid = \"a\"\ntitle = \"A\"\nsummary = \"S\"\nstatus = \"draft\"\n+++\n\nBody\n";
        let split = split(text, "a.md").unwrap();
        assert_eq!(split.meta.id, "a");
        assert_eq!(split.body, "\nBody\n");
        assert_eq!(split.body_line, 7);
    }

    #[test]
    fn missing_field_names_the_field_and_line() {
        let text = "+++\nid = \"a\"\nsummary = \"S\"\nstatus = \"draft\"\n+++\n";
        let err = split(text, "a.md").unwrap_err();
        assert!(
            err.message.contains("missing field `title`"),
            "{}",
            err.message
        );
        assert_eq!(err.line, Some(2));
    }

    #[test]
    fn unknown_field_is_an_error() {
        let text = "+++\nid = \"a\"\ntitle = \"A\"\nsumary = \"S\"\nstatus = \"draft\"\n+++\n";
        let err = split(text, "a.md").unwrap_err();
        assert!(
            err.message.contains("unknown field `sumary`"),
            "{}",
            err.message
        );
        assert_eq!(err.line, Some(4));
    }
}
