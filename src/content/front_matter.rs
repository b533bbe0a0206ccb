//! TOML front matter between `+++` lines at the top of a section file.

use serde::{Deserialize, Serialize};

use crate::diagnostic::{line_of, Diagnostic};

/// A section's translation status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Work in progress: not ready to rely on.
    Draft,
    /// Translated from the source, not yet reviewed.
    Translated,
    /// Reviewed by a second person (the source language is always `reviewed`).
    Reviewed,
}

impl Status {
    /// The lowercase name used in files and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Translated => "translated",
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
    /// https URL of the source.
    pub url: String,
    /// Date the facts were last checked against the source.
    pub verified: toml::value::Datetime,
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
    /// Translation status.
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
        Diagnostic::error(
            path,
            Some(line),
            format!("front matter: {}", e.message().trim()),
            HINT,
        )
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
