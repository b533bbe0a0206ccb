//! The content model: `guide.toml`, section files with TOML front matter, country facts.
//!
//! This module owns reading `guide-content/` (from a folder or from files embedded in the
//! binary) into typed values, and the checks that need nothing but those values. It knows nothing
//! of HTML (that is the `render` module) or of UI strings (that is the `i18n` module). A bad file never
//! stops the load: it becomes a [`Diagnostic`] and the rest loads. Only a missing or unreadable
//! `guide.toml` is fatal, because without it nothing can be placed.

mod country;
pub mod fact;
mod front_matter;
mod review;
mod steps;

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{line_of, Diagnostic};
use crate::files::Files;

pub use country::{Contact, Country, Fact, FactBody, Provenance, Sourced};
pub use fact::{
    AsOf, Audience, CheckedAgainst, Date, FactKey, Hours, HoursRange, HttpsUrl, Phone, Reach,
};
pub use front_matter::{FrontMatter, SourceRef, Status};
pub use review::{Findings, Record, RecordKind, Reviews};
pub use steps::Step;

/// Errors that stop a guide from loading at all.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The folder has no `guide.toml`.
    #[error("no guide found at '{path}': it has neither guide.toml nor guide-content/guide.toml (point to the guide-content folder)")]
    NotFound {
        /// The folder that was searched.
        path: PathBuf,
    },
    /// A folder could not be read.
    #[error(transparent)]
    Files(#[from] crate::files::Error),
    /// `guide.toml` is not valid.
    #[error("{0}")]
    Manifest(Diagnostic),
}

/// `Result` with this module's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// One language of the guide, as listed in `guide.toml`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 tag, e.g. `sv`, `zh-Hans`, `fa-AF`: also the folder of its files.
    pub code: String,
    /// The language's name in its own script (endonym), e.g. `Svenska`.
    pub name: String,
    /// Text direction.
    pub dir: Dir,
    /// What the language has: the whole guide (default), or only the rights leaflet.
    #[serde(default, skip_serializing_if = "Scope::is_guide")]
    pub scope: Scope,
}

impl Language {
    /// Whether the language has only the rights leaflet (no guide, no UI of its own).
    pub fn leaflet_only(&self) -> bool {
        self.scope == Scope::Leaflet
    }
}

/// What a language of `guide.toml` has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Every section and the UI.
    #[default]
    Guide,
    /// Only the section with the role `leaflet` (the rights leaflet), for "Show to the person":
    /// a language the people being helped speak that the guide's readers do not.
    Leaflet,
}

impl Scope {
    fn is_guide(&self) -> bool {
        *self == Scope::Guide
    }
}

/// A language's text direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian).
    Rtl,
}

/// `guide.toml`: the guide's languages, section order, version and source language.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The guide's version, shown in the app.
    pub version: String,
    /// The language every translation is made from (`en`).
    pub source_language: String,
    /// Section ids in reading order.
    pub sections: Vec<String>,
    /// The languages, in the order the app lists them.
    pub languages: Vec<Language>,
    /// The sections with a role the code relies on. Default: none.
    #[serde(default)]
    pub roles: Roles,
}

/// `[roles]` of `guide.toml`: which section plays a part the app and `check` know of, so no
/// section id is written into the code.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// The glossary: its `##` headings are the terms `glossary:<id>` links name.
    pub glossary: Option<String>,
    /// The rights leaflet, shown to the person being helped.
    pub leaflet: Option<String>,
}

impl Roles {
    /// Each role given, with its name.
    pub fn named(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [("glossary", &self.glossary), ("leaflet", &self.leaflet)]
            .into_iter()
            .filter_map(|(role, id)| Some((role, id.as_deref()?)))
    }
}

/// One section file in one language, parsed but not rendered.
#[derive(Debug, Clone)]
pub struct SectionFile {
    /// Language code (the folder name).
    pub lang: String,
    /// Section id (the file name without `.md`).
    pub id: String,
    /// Path for messages, e.g. `guide-content/sv/return.md`.
    pub path: String,
    /// The parsed front matter.
    pub meta: FrontMatter,
    /// The Markdown after the front matter.
    pub body: String,
    /// 1-based line of the file on which `body` starts.
    pub body_line: usize,
    /// The file's revision, without its `status` line (see [`section_revision`]): what a
    /// translation's `source_rev` names, and what a review record's `text_rev` names. Setting a
    /// status after a review changes neither; any other edit changes both.
    pub rev: String,
    /// The front matter's TOML text (it starts on line 2), to point messages at a field.
    pub front_matter: String,
}

impl SectionFile {
    /// The line of front-matter field `field` (e.g. `source_rev`), else the front matter's
    /// closing line.
    pub fn field_line(&self, field: &str) -> usize {
        self.front_matter
            .lines()
            .position(|l| {
                l.trim_start()
                    .strip_prefix(field)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map(|i| i + 2)
            .unwrap_or(self.body_line.saturating_sub(1).max(1))
    }

    /// The file line of a byte offset into `body`.
    pub fn line_at(&self, body_offset: usize) -> usize {
        self.body_line + line_of(&self.body, body_offset) - 1
    }
}

/// All of `guide-content/`, loaded: what parsed, and what did not as diagnostics.
#[derive(Debug, Clone)]
pub struct Content {
    /// The manifest.
    pub manifest: Manifest,
    /// Sections by (language, id).
    pub sections: BTreeMap<(String, String), SectionFile>,
    /// Countries by code.
    pub countries: BTreeMap<String, Country>,
    /// Review records by language (`reviews/<lang>.toml`).
    pub reviews: BTreeMap<String, Reviews>,
    /// The steps of the referral view (`referral.toml`), in file order.
    pub steps: Vec<Step>,
    /// Sections, by (language, id), whose file exists but did not load: reported once where it
    /// failed, and not again as missing.
    pub failed: BTreeSet<(String, String)>,
    /// Problems met while loading.
    pub diagnostics: Vec<Diagnostic>,
    /// How paths in messages begin (`guide-content`).
    pub display_root: String,
}

/// The revision of a source file: the first 16 hex digits of the SHA-256 of its text with line
/// endings normalised, so a checkout on Windows does not make every translation stale.
pub fn revision(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n");
    crate::digest::sha256_hex(normalised.as_bytes())[..16].to_owned()
}

/// The revision of a section file: [`revision`] of its text without the `status` line of its
/// front matter, so any edit but the status changes it.
pub fn section_revision(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(normalised.len());
    let mut in_front = false;
    let mut removed = false;
    for (i, line) in normalised.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end();
        if i == 0 && trimmed.trim_start_matches('\u{feff}') == "+++" {
            in_front = true;
        } else if in_front && trimmed == "+++" {
            in_front = false;
        } else if in_front && !removed && trimmed.split('=').next().map(str::trim) == Some("status")
        {
            removed = true;
            continue;
        }
        out.push_str(line);
    }
    revision(&out)
}

/// Whether `s` is a valid anchor or id: lowercase ASCII letters, digits and inner `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Content {
    /// Loads `files` (the contents of a `guide-content` folder). `display_root` prefixes paths in
    /// messages.
    pub fn load(files: &Files, display_root: &str) -> Result<Content> {
        let manifest_path = format!("{display_root}/guide.toml");
        let text = match files.entries.get("guide.toml") {
            Some(Ok(text)) => text,
            Some(Err(why)) => {
                return Err(Error::Manifest(Diagnostic::error(
                    &manifest_path,
                    None,
                    format!("cannot read guide.toml: {why}"),
                    "save it as UTF-8 text",
                )))
            }
            None => {
                return Err(Error::NotFound {
                    path: PathBuf::from(display_root),
                })
            }
        };
        let manifest: Manifest = toml::from_str(text).map_err(|e| {
            Error::Manifest(Diagnostic::error(
                &manifest_path,
                e.span().map(|s| line_of(text, s.start)),
                format!("guide.toml is not valid: {}", e.message()),
                "guide.toml needs version, source_language, sections and [[languages]] with code, name and dir (see docs/content-format.md)",
            ))
        })?;
        let mut content = Content {
            manifest,
            sections: BTreeMap::new(),
            countries: BTreeMap::new(),
            reviews: BTreeMap::new(),
            steps: Vec::new(),
            failed: BTreeSet::new(),
            diagnostics: Vec::new(),
            display_root: display_root.to_owned(),
        };
        content.check_manifest(text);
        for (rel, entry) in &files.entries {
            content.load_file(rel, entry);
        }
        Ok(content)
    }

    fn check_manifest(&mut self, text: &str) {
        let path = format!("{}/guide.toml", self.display_root);
        let line_of_str = |needle: &str| text.find(needle).map(|o| line_of(text, o));
        let mut seen = std::collections::BTreeSet::new();
        for id in &self.manifest.sections {
            if !seen.insert(id.as_str()) {
                self.diagnostics.push(Diagnostic::error(
                    &path,
                    line_of_str(&format!("\"{id}\"")),
                    format!("section '{id}' is listed twice in sections"),
                    "list each section id once",
                ));
            }
            if !is_slug(id) {
                self.diagnostics.push(Diagnostic::error(
                    &path,
                    line_of_str(&format!("\"{id}\"")),
                    format!("section id '{id}' is not a valid id"),
                    "use lowercase ASCII letters, digits and '-'",
                ));
            }
        }
        let mut codes = std::collections::BTreeSet::new();
        for lang in &self.manifest.languages {
            if !codes.insert(lang.code.as_str()) {
                self.diagnostics.push(Diagnostic::error(
                    &path,
                    line_of_str(&format!("code = \"{}\"", lang.code)),
                    format!("language '{}' is listed twice", lang.code),
                    "list each language once",
                ));
            }
        }
        if !codes.contains(self.manifest.source_language.as_str()) {
            self.diagnostics.push(Diagnostic::error(
                &path,
                line_of_str("source_language"),
                format!(
                    "source_language '{}' is not one of the [[languages]]",
                    self.manifest.source_language
                ),
                "add it to [[languages]] or correct source_language",
            ));
        }
    }

    fn load_file(&mut self, rel: &str, entry: &std::result::Result<String, String>) {
        let path = format!("{}/{rel}", self.display_root);
        let parts: Vec<&str> = rel.split('/').collect();
        let text = match entry {
            Ok(text) => text,
            Err(why) => {
                if let [lang, file] = parts.as_slice() {
                    if let Some(id) = file.strip_suffix(".md") {
                        self.failed.insert(((*lang).to_owned(), id.to_owned()));
                    }
                }
                self.diagnostics.push(Diagnostic::error(
                    &path,
                    None,
                    format!("cannot read the file: {why}"),
                    "save it as UTF-8 text",
                ));
                return;
            }
        };
        match parts.as_slice() {
            ["guide.toml"] => {}
            ["referral.toml"] => self.steps = steps::parse(&path, text, &mut self.diagnostics),
            ["countries", file] if file.ends_with(".toml") => self.load_country(&path, file, text),
            ["reviews", file] if file.ends_with(".toml") => self.load_reviews(&path, file, text),
            [lang, file] if file.ends_with(".md") => {
                if !self.manifest.languages.iter().any(|l| l.code == *lang) {
                    self.diagnostics.push(Diagnostic::error(
                        &path,
                        None,
                        format!("'{lang}' is not a language of the guide"),
                        "add the language to [[languages]] in guide.toml or move the file",
                    ));
                    return;
                }
                let id = file.trim_end_matches(".md");
                self.load_section(&path, lang, id, text);
            }
            [.., name] if name.starts_with('.') || name.ends_with('~') => {}
            _ => self.diagnostics.push(Diagnostic::warning(
                &path,
                None,
                "this file is not part of the guide and is ignored",
                "sections are <lang>/<section-id>.md, country facts countries/<cc>.toml, review records reviews/<lang>.toml",
            )),
        }
    }

    fn load_section(&mut self, path: &str, lang: &str, id: &str, text: &str) {
        if !self.manifest.sections.iter().any(|s| s == id) {
            self.diagnostics.push(Diagnostic::error(
                path,
                None,
                format!("section '{id}' is not listed in guide.toml"),
                "add the id to sections in guide.toml, or rename the file to a listed section id",
            ));
            return;
        }
        let parsed = match front_matter::split(text, path) {
            Ok(parsed) => parsed,
            Err(diagnostic) => {
                self.diagnostics.push(diagnostic);
                self.failed.insert((lang.to_owned(), id.to_owned()));
                return;
            }
        };
        let section = SectionFile {
            lang: lang.to_owned(),
            id: id.to_owned(),
            path: path.to_owned(),
            meta: parsed.meta,
            body: parsed.body.to_owned(),
            body_line: parsed.body_line,
            rev: section_revision(text),
            front_matter: parsed.front.to_owned(),
        };
        if section.meta.id != id {
            let line = text.find("id =").map(|o| line_of(text, o));
            // Another file of the language claiming the same id is a duplicate, the worse problem.
            let other = format!("{}/{lang}/{}.md", self.display_root, section.meta.id);
            let message = if self.manifest.sections.contains(&section.meta.id) {
                format!(
                    "duplicate id '{}': '{}' also has it",
                    section.meta.id, other
                )
            } else {
                format!(
                    "front matter id '{}' does not match the file name '{id}.md'",
                    section.meta.id
                )
            };
            self.diagnostics.push(Diagnostic::error(
                path,
                line,
                message,
                format!("set id = \"{id}\" (the id is the file name)"),
            ));
            self.failed.insert((lang.to_owned(), id.to_owned()));
            return;
        }
        self.sections
            .insert((lang.to_owned(), id.to_owned()), section);
    }

    fn load_country(&mut self, path: &str, file: &str, text: &str) {
        if let Some(country) = Country::parse(path, file, text, &mut self.diagnostics) {
            self.countries.insert(country.code.clone(), country);
        }
    }

    fn load_reviews(&mut self, path: &str, file: &str, text: &str) {
        if let Some(reviews) = Reviews::parse(path, file, text, &mut self.diagnostics) {
            self.reviews.insert(reviews.lang.clone(), reviews);
        }
    }

    /// The sections `lang` must have: every section of `guide.toml`, or for a leaflet-only
    /// language only the one with the role `leaflet`.
    pub fn sections_of(&self, lang: &Language) -> Vec<&String> {
        let leaflet = self.manifest.roles.leaflet.as_deref();
        self.manifest
            .sections
            .iter()
            .filter(|id| !lang.leaflet_only() || Some(id.as_str()) == leaflet)
            .collect()
    }

    /// The glossary's section id, if the guide has one (`[roles] glossary`).
    pub fn glossary(&self) -> Option<&str> {
        self.manifest.roles.glossary.as_deref()
    }

    /// The source language's code.
    pub fn source_language(&self) -> &str {
        &self.manifest.source_language
    }

    /// The section file for `lang` and `id`, if it loaded.
    pub fn section(&self, lang: &str, id: &str) -> Option<&SectionFile> {
        self.sections.get(&(lang.to_owned(), id.to_owned()))
    }

    /// Whether a translation's `source_rev` differs from its English file's current revision.
    pub fn is_stale(&self, file: &SectionFile) -> bool {
        if file.lang == self.manifest.source_language {
            return false;
        }
        match (
            self.section(&self.manifest.source_language, &file.id),
            &file.meta.source_rev,
        ) {
            (Some(source), Some(rev)) => *rev != source.rev,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }
}
