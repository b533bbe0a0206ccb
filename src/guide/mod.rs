//! [`Guide`]: the loaded guide and every view of it.
//!
//! The stages a request goes through, each in its own file:
//! - loading (this file): `guide-content/` and `locales/` become [`Content`] and [`Locales`],
//!   with what failed kept as diagnostics;
//! - rendering on demand (this file, [`Guide::rendered`]): one pass of [`crate::render`] per
//!   section and language, cached for the life of the guide;
//! - reading ([`read`]): table of contents, sections, slides, glossary, UI messages, figures;
//! - facts ([`facts`]) and the referral view ([`referral`]): the country files, shown for where
//!   the reader dials from;
//! - search ([`search`]): the documents the index is built from, and the index's life cycle
//!   (ready, being prepared, unavailable);
//! - the content gate, [`crate::check`], is a pass over a loaded guide.

mod changes;
mod facts;
mod read;
pub mod referral;
mod search;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::content::{self, AsOf, CheckedAgainst, Content, Date, HttpsUrl, SectionFile};
use crate::diagnostic::Diagnostic;
use crate::files::Files;
use crate::i18n::Locales;
use crate::render::{self, Citation, Labels, RenderContext, Rendered};
use crate::search::SearchIndex;
use crate::view::{Provenance, OUTDATED_AFTER_MONTHS};

pub use read::SectionRevision;

/// How long after an install a changed fact is marked as changed in the referral view and the
/// country profile: a month, long enough for an officer who uses the guide weekly to notice.
pub const CHANGED_FOR_DAYS: i64 = 30;

/// The whole guide, loaded: content, UI strings, and what went wrong while loading.
pub struct Guide {
    pub(crate) content: Content,
    pub(crate) locales: Locales,
    diagnostics: Vec<Diagnostic>,
    rendered: BTreeMap<(String, String), OnceLock<Rendered>>,
    /// The search index once opened or built; `Err` keeps why it could not be.
    search: OnceLock<Result<SearchIndex, String>>,
    today: Date,
    /// What changed when this guide was installed from a pack, and on which day.
    recent: Option<(crate::pack::changes::Changes, Date)>,
}

impl std::fmt::Debug for Guide {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guide")
            .field("version", &self.content.manifest.version)
            .field("sections", &self.content.sections.len())
            .field("locales", &self.locales)
            .finish()
    }
}

impl Guide {
    /// Loads a guide from disk. `path` is either the `guide-content` folder (then `locales/` is
    /// its sibling) or the folder that holds `guide-content/` and `locales/`.
    ///
    /// Fails only when there is no readable `guide.toml`; every other problem is kept in
    /// [`Guide::diagnostics`] and the valid rest is loaded.
    pub fn load(path: impl AsRef<Path>) -> content::Result<Guide> {
        let path = path.as_ref();
        let (content_dir, locales_dir) = if path.join("guide.toml").is_file() {
            let parent = path.parent().unwrap_or(Path::new(""));
            (path.to_owned(), parent.join("locales"))
        } else if path.join("guide-content").join("guide.toml").is_file() {
            (path.join("guide-content"), path.join("locales"))
        } else {
            return Err(content::Error::NotFound {
                path: path.to_owned(),
            });
        };
        let files = Files::read_dir(&content_dir)?;
        let locale_files = if locales_dir.is_dir() {
            Files::read_dir(&locales_dir)?
        } else {
            Files::default()
        };
        Guide::from_files(
            &files,
            &display(&content_dir),
            &locale_files,
            &display(&locales_dir),
        )
    }

    /// Loads the guide compiled into this binary (cargo feature `embedded`): the
    /// `guide-content/` and `locales/` of the source tree it was built from.
    #[cfg(feature = "embedded")]
    pub fn load_embedded() -> content::Result<Guide> {
        static CONTENT: include_dir::Dir<'_> =
            include_dir::include_dir!("$CARGO_MANIFEST_DIR/guide-content");
        static LOCALES: include_dir::Dir<'_> =
            include_dir::include_dir!("$CARGO_MANIFEST_DIR/locales");
        Guide::from_files(
            &Files::from_embedded(&CONTENT),
            "guide-content",
            &Files::from_embedded(&LOCALES),
            "locales",
        )
    }

    /// Loads a guide from files already in memory (e.g. embedded in the binary). The display
    /// roots prefix file names in diagnostics.
    pub fn from_files(
        content_files: &Files,
        content_root: &str,
        locale_files: &Files,
        locales_root: &str,
    ) -> content::Result<Guide> {
        let content = Content::load(content_files, content_root)?;
        let (locales, locale_diagnostics) = Locales::load(
            locale_files,
            locales_root,
            &content.manifest.source_language,
        );
        let mut diagnostics = content.diagnostics.clone();
        diagnostics.extend(locale_diagnostics);
        let rendered = content
            .sections
            .keys()
            .map(|k| (k.clone(), OnceLock::new()))
            .collect();
        Ok(Guide {
            content,
            locales,
            diagnostics,
            rendered,
            search: OnceLock::new(),
            today: Date::today(),
            recent: None,
        })
    }

    /// Sets the day the guide is read on (default: today, from the system clock): what the
    /// age of information is measured against ([`OUTDATED_AFTER_MONTHS`]).
    pub fn set_today(&mut self, today: Date) {
        self.today = today;
    }

    /// Records what changed when this guide was installed (on `installed`): the facts are
    /// marked as changed in the views for [`CHANGED_FOR_DAYS`] days after, and
    /// [`Guide::changes`] lists them.
    pub fn set_changes(&mut self, changes: crate::pack::changes::Changes, installed: Date) {
        self.recent = Some((changes, installed));
    }

    /// What changed when this guide was installed, and when (none for a guide that was not
    /// installed from a pack).
    pub fn changes(&self) -> Option<(&crate::pack::changes::Changes, Date)> {
        self.recent.as_ref().map(|(c, d)| (c, *d))
    }

    /// Whether fact `index` of `key` of `country` changed in an install at most
    /// [`CHANGED_FOR_DAYS`] days ago.
    pub(crate) fn fact_changed(
        &self,
        country: &str,
        key: crate::content::FactKey,
        index: usize,
    ) -> bool {
        self.recent.as_ref().is_some_and(|(changes, installed)| {
            self.today.days_since_epoch() - installed.days_since_epoch() <= CHANGED_FOR_DAYS
                && changes.has_fact(country, key, index)
        })
    }

    /// Problems met while loading (bad front matter, unreadable files, Fluent syntax errors).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Every problem of the content: load problems plus the full content gate (see
    /// `fieldguide check`). Errors first, then warnings, each in file order.
    pub fn check(&self) -> Vec<Diagnostic> {
        let mut all = self.diagnostics.clone();
        all.extend(crate::check::run(self));
        all.sort_by(|a, b| {
            (a.severity, &a.file, a.line.unwrap_or(0)).cmp(&(
                b.severity,
                &b.file,
                b.line.unwrap_or(0),
            ))
        });
        all.dedup();
        all
    }

    /// The guide's version from `guide.toml`.
    pub fn version(&self) -> &str {
        &self.content.manifest.version
    }

    /// The source language (`en`).
    pub fn source_language(&self) -> &str {
        &self.content.manifest.source_language
    }

    /// The guide's languages in `guide.toml` order.
    pub fn languages(&self) -> &[content::Language] {
        &self.content.manifest.languages
    }

    /// Section ids in reading order.
    pub fn section_ids(&self) -> &[String] {
        &self.content.manifest.sections
    }

    /// The revision of the source-language file of section `id`: what a translation's
    /// `source_rev` must be set to.
    pub fn source_rev(&self, id: &str) -> Option<&str> {
        self.content
            .section(self.source_language(), id)
            .map(|f| f.rev.as_str())
    }

    /// The file shown for `lang` and `id`: the translation if it loaded, else the source
    /// language's (a fallback).
    pub(crate) fn resolve(&self, lang: &str, id: &str) -> Option<(&SectionFile, bool)> {
        match self.content.section(lang, id) {
            Some(file) => Some((file, false)),
            None => self
                .content
                .section(self.source_language(), id)
                .map(|f| (f, lang != self.source_language())),
        }
    }

    /// The provenance of a fact or source, with its age judged on the reading day.
    pub(crate) fn provenance(
        &self,
        url: &HttpsUrl,
        as_of: AsOf,
        checked: Date,
        checked_against: CheckedAgainst,
    ) -> Provenance {
        Provenance {
            url: url.clone(),
            as_of,
            checked,
            checked_against,
            outdated: as_of.is_older_than(OUTDATED_AFTER_MONTHS, self.today),
        }
    }

    /// A UI message in `lang` with `{$name}` placeholders, else `default`.
    fn message_or(&self, lang: &str, id: &str, default: &str) -> String {
        self.locales
            .message(lang, id)
            .unwrap_or_else(|| default.to_owned())
    }

    fn labels(&self, lang: &str) -> Labels {
        let d = Labels::default();
        Labels {
            note: self.message_or(lang, "callout-note", &d.note),
            tip: self.message_or(lang, "callout-tip", &d.tip),
            important: self.message_or(lang, "callout-important", &d.important),
            warning: self.message_or(lang, "callout-warning", &d.warning),
            caution: self.message_or(lang, "callout-caution", &d.caution),
            footnotes: self.message_or(lang, "footnotes-title", &d.footnotes),
        }
    }

    /// The footnotes of a section's sources, with their dates in the section's language.
    fn citations(&self, file: &SectionFile) -> Vec<Citation> {
        let dated = self.message_or(
            &file.lang,
            "source-dates",
            "information as of {$asof}; checked {$checked}",
        );
        let undated = self.message_or(
            &file.lang,
            "source-undated",
            "the source gives no date; checked {$checked}",
        );
        file.meta
            .sources
            .iter()
            .map(|s| {
                let pattern = if s.as_of == AsOf::Undated {
                    &undated
                } else {
                    &dated
                };
                Citation {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    url: s.url.to_string(),
                    dates: fill(
                        pattern,
                        &[
                            ("asof", &s.as_of.to_string()),
                            ("checked", &s.checked.to_string()),
                        ],
                    ),
                }
            })
            .collect()
    }

    /// One section file rendered, once: every view and the content gate read this.
    pub(crate) fn rendered(&self, file: &SectionFile) -> &Rendered {
        let key = (file.lang.clone(), file.id.clone());
        self.rendered[&key].get_or_init(|| {
            let labels = self.labels(&file.lang);
            render::render(
                &file.body,
                &RenderContext {
                    section: &file.id,
                    title: &file.meta.title,
                    labels: &labels,
                    citations: &self.citations(file),
                },
            )
        })
    }
}

/// `pattern` with `{$name}` (or `{ $name }`) replaced by each value of `args`.
fn fill(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = pattern.to_owned();
    for (name, value) in args {
        out = out
            .replace(&format!("{{${name}}}"), value)
            .replace(&format!("{{ ${name} }}"), value);
    }
    out
}

fn display(path: &Path) -> String {
    let p: PathBuf = path.components().collect();
    p.to_string_lossy().replace('\\', "/")
}
