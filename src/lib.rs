//! TRM Field Guide: the core library.
//!
//! The guide's pipeline, in one place: [`Guide::load`] reads `guide-content/` and `locales/`
//! ([`content`], [`i18n`]), sections are rendered on demand ([`render`]), [`Guide::check`] is the
//! content gate, and [`Guide::search`] answers queries from a tantivy index built from the same
//! rendered chunks ([`search`]). [`Guide::referral`] joins the TRM steps with two countries'
//! facts ([`referral`]). The CLI (`src/main.rs`), the HTTP server (`serve`, feature
//! `serve`) and the Tauri app (`src-tauri/`) are thin layers over this API. The library never
//! prints, never exits and never panics on content: problems become [`Diagnostic`]s and a missing
//! or broken translation falls back to English with a notice.

#![warn(missing_docs)]

pub mod content;
pub mod diagnostic;
mod guide_search;
pub mod i18n;
pub mod referral;
pub mod render;
pub mod search;
#[cfg(feature = "serve")]
pub mod serve;
mod view;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use content::{Content, Files, Language, SectionFile};
pub use diagnostic::{Diagnostic, Severity};
use i18n::{Locales, Messages};
use render::{Labels, RenderContext, Rendered};
pub use search::{Hit, SearchIndex, SearchOptions, SearchResults};
pub use view::{
    ContactView, CountryRef, CountryView, Dialling, FactView, LanguageStats, MissingFact,
    Provenance, Referral, ReferralStep, SectionView, SlideDeck, Source, StepFacts, StepLink, Term,
    TocEntry, OUTDATED_AFTER_MONTHS,
};

/// One section's revisions in one language (`fieldguide rev --lang`).
#[derive(Debug, Clone)]
pub struct SectionRevision {
    /// Section id.
    pub id: String,
    /// Its status.
    pub status: content::Status,
    /// The English revision it was made from (translations).
    pub source_rev: Option<String>,
    /// The English file's current revision.
    pub english_rev: Option<String>,
    /// Its revision (without the status line), what a review record's `text_rev` names.
    pub rev: String,
}

/// The whole guide, loaded: content, UI strings, and what went wrong while loading.
pub struct Guide {
    content: Content,
    locales: Locales,
    diagnostics: Vec<Diagnostic>,
    rendered: BTreeMap<(String, String), OnceLock<Rendered>>,
    search: OnceLock<Option<SearchIndex>>,
    today: content::Date,
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
            today: content::Date::today(),
        })
    }

    /// Sets the day the guide is read on (default: today, from the system clock): what the
    /// age of information is measured against ([`OUTDATED_AFTER_MONTHS`]).
    pub fn set_today(&mut self, today: content::Date) {
        self.today = today;
    }

    /// The provenance of a fact or source, with its age judged on the reading day.
    fn provenance(
        &self,
        url: &content::HttpsUrl,
        as_of: content::AsOf,
        checked: content::Date,
        checked_against: content::CheckedAgainst,
    ) -> Provenance {
        Provenance {
            url: url.clone(),
            as_of,
            checked,
            checked_against,
            outdated: as_of.is_older_than(OUTDATED_AFTER_MONTHS, self.today),
        }
    }

    /// Problems met while loading (bad front matter, unreadable files, Fluent syntax errors).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Every problem of the content: load problems plus the full content gate (see
    /// `fieldguide check`). Errors first, then warnings, each in file order.
    pub fn check(&self) -> Vec<Diagnostic> {
        let mut all = self.diagnostics.clone();
        all.extend(content::check_guide(&self.content, &self.locales));
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
    pub fn languages(&self) -> &[Language] {
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

    /// Every section of `lang` with what a review record needs: status, the English revision it
    /// was made from and the current one, and its text revision.
    pub fn revisions(&self, lang: &str) -> Vec<SectionRevision> {
        self.section_ids()
            .iter()
            .filter_map(|id| {
                let file = self.content.section(lang, id)?;
                Some(SectionRevision {
                    id: id.clone(),
                    status: file.meta.status,
                    source_rev: file.meta.source_rev.clone(),
                    english_rev: self.source_rev(id).map(str::to_owned),
                    rev: file.rev.clone(),
                })
            })
            .collect()
    }

    /// The file shown for `lang` and `id`: the translation if it loaded, else the source
    /// language's (a fallback).
    fn resolve(&self, lang: &str, id: &str) -> Option<(&SectionFile, bool)> {
        match self.content.section(lang, id) {
            Some(file) => Some((file, false)),
            None => self
                .content
                .section(self.source_language(), id)
                .map(|f| (f, lang != self.source_language())),
        }
    }

    fn labels(&self, lang: &str) -> Labels {
        let m = |id: &str, default: String| self.locales.message(lang, id).unwrap_or(default);
        let d = Labels::default();
        Labels {
            note: m("callout-note", d.note),
            tip: m("callout-tip", d.tip),
            important: m("callout-important", d.important),
            warning: m("callout-warning", d.warning),
            caution: m("callout-caution", d.caution),
            source_dates: m("source-dates", d.source_dates),
            source_undated: m("source-undated", d.source_undated),
            footnotes: m("footnotes-title", d.footnotes),
        }
    }

    fn rendered(&self, file: &SectionFile) -> &Rendered {
        let key = (file.lang.clone(), file.id.clone());
        let cell = &self.rendered[&key];
        cell.get_or_init(|| {
            let labels = self.labels(&file.lang);
            render::render(
                &file.body,
                &RenderContext {
                    section: &file.id,
                    title: &file.meta.title,
                    labels: &labels,
                    sources: &file.meta.sources,
                },
            )
        })
    }

    /// The table of contents in `lang`: every section, in the translation where there is one.
    pub fn toc(&self, lang: &str) -> Vec<TocEntry> {
        self.section_ids()
            .iter()
            .filter_map(|id| {
                let (file, fallback) = self.resolve(lang, id)?;
                Some(TocEntry {
                    id: id.clone(),
                    title: file.meta.title.clone(),
                    summary: file.meta.summary.clone(),
                    lang: file.lang.clone(),
                    status: file.meta.status,
                    stale: self.content.is_stale(file),
                    fallback,
                })
            })
            .collect()
    }

    /// Section `id` rendered for a reader of `lang`; English with `fallback = true` where the
    /// translation is missing or broken. `None` for an unknown id.
    pub fn section(&self, lang: &str, id: &str) -> Option<SectionView> {
        let (file, fallback) = self.resolve(lang, id)?;
        let rendered = self.rendered(file);
        let country = self
            .content
            .countries
            .values()
            .find(|c| c.section == id)
            .and_then(|c| self.country(&c.code, lang));
        Some(SectionView {
            id: id.to_owned(),
            lang: lang.to_owned(),
            shown_lang: file.lang.clone(),
            fallback,
            title: file.meta.title.clone(),
            summary: file.meta.summary.clone(),
            keywords: file.meta.keywords.clone(),
            status: file.meta.status,
            stale: self.content.is_stale(file),
            html: rendered.html.clone(),
            headings: rendered.headings.clone(),
            sources: file
                .meta
                .sources
                .iter()
                .map(|s| Source {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    provenance: self.provenance(&s.url, s.as_of, s.checked, s.checked_against),
                })
                .collect(),
            country,
        })
    }

    /// Section `id` as slides, with speaker notes, for a presenter using `lang`.
    pub fn slides(&self, lang: &str, id: &str) -> Option<SlideDeck> {
        let (file, fallback) = self.resolve(lang, id)?;
        Some(SlideDeck {
            id: id.to_owned(),
            lang: lang.to_owned(),
            shown_lang: file.lang.clone(),
            fallback,
            title: file.meta.title.clone(),
            slides: self.rendered(file).slides.clone(),
        })
    }

    /// The facts of country `cc` (e.g. `se`) with labels in `lang`, numbers shown for a reader
    /// whose place is not known (both forms).
    pub fn country(&self, cc: &str, lang: &str) -> Option<CountryView> {
        let country = self.content.countries.get(cc)?;
        Some(CountryView {
            code: country.code.clone(),
            name: self.country_name(cc, lang),
            section: country.section.clone(),
            facts: country
                .facts
                .iter()
                .map(|f| self.fact_view(country, f, lang, Dialling::Unknown))
                .collect(),
        })
    }

    /// One fact for a reader of `lang` who dials from `dialling`.
    fn fact_view(
        &self,
        country: &content::Country,
        fact: &content::Fact,
        lang: &str,
        dialling: Dialling,
    ) -> FactView {
        let mut view = FactView {
            key: fact.key,
            label: self.fact_label(fact.key.as_str(), lang),
            value: None,
            run_by: None,
            contact: None,
            languages: Vec::new(),
            source: None,
            note: fact.note.clone(),
            to_verify: None,
        };
        match &fact.body {
            content::FactBody::ToVerify(what) => view.to_verify = Some(what.clone()),
            content::FactBody::Sourced(s) => {
                let p = &s.provenance;
                view.value = Some(s.value.clone());
                view.run_by = s.run_by.clone();
                view.languages = s.languages.clone();
                view.source =
                    Some(self.provenance(&p.source, p.as_of, p.checked, p.checked_against));
                view.contact = s.contact.as_ref().map(|c| {
                    let international = country.international(c);
                    let reachable = dialling != Dialling::Abroad || c.abroad != content::Reach::No;
                    let dial = match (dialling, &international) {
                        (Dialling::Abroad, Some(intl)) => intl.clone(),
                        _ => c.local.clone(),
                    };
                    ContactView {
                        tel: c.phone.as_str().to_owned(),
                        local: c.local.clone(),
                        international,
                        dial,
                        dialling,
                        reachable,
                        hours: c.hours.clone(),
                        abroad: c.abroad,
                        audience: c.audience,
                    }
                });
            }
        }
        view
    }

    /// The name of country `cc` in `lang` (Fluent `country-<cc>`), else its code in capitals.
    fn country_name(&self, cc: &str, lang: &str) -> String {
        self.locales
            .message(lang, &format!("country-{cc}"))
            .unwrap_or_else(|| cc.to_uppercase())
    }

    /// The label of fact key `key` in `lang` (Fluent `fact-<key>`), else the key itself.
    fn fact_label(&self, key: &str, lang: &str) -> String {
        self.locales
            .message(lang, &format!("fact-{key}"))
            .unwrap_or_else(|| key.to_owned())
    }

    /// The glossary in `lang`: each term of the source glossary, translated where the
    /// translation has it.
    pub fn glossary(&self, lang: &str) -> Vec<Term> {
        let Some((file, _)) = self.resolve(lang, "glossary") else {
            return Vec::new();
        };
        let mut terms = glossary_terms(file, self.rendered(file));
        if file.lang != self.source_language() {
            // Terms a translation lacks come from the source, so a link never dangles.
            if let Some(src) = self.content.section(self.source_language(), "glossary") {
                for term in glossary_terms(src, self.rendered(src)) {
                    if !terms.iter().any(|t| t.id == term.id) {
                        terms.push(term);
                    }
                }
            }
        }
        terms
    }

    /// Every UI message in `lang` (English where `lang` lacks one).
    pub fn messages(&self, lang: &str) -> Messages {
        self.locales.messages(lang)
    }

    /// Formats UI message `id` in `lang` with `args`; numeric strings select plural forms.
    pub fn format_message(
        &self,
        lang: &str,
        id: &str,
        args: &BTreeMap<String, String>,
    ) -> Option<String> {
        self.locales.format(lang, id, args)
    }

    /// The best UI language for the user's preferences (BCP 47 tags, most preferred first).
    pub fn negotiate(&self, requested: &[String]) -> String {
        self.locales.negotiate(requested)
    }

    /// Per-language translation figures, as `fieldguide stats` prints them.
    pub fn stats(&self) -> Vec<LanguageStats> {
        let total = self.section_ids().len();
        self.languages()
            .iter()
            .map(|lang| {
                let files: Vec<&SectionFile> = self
                    .section_ids()
                    .iter()
                    .filter_map(|id| self.content.section(&lang.code, id))
                    .collect();
                let stale = files.iter().filter(|f| self.content.is_stale(f)).count();
                let count =
                    |s: content::Status| files.iter().filter(|f| f.meta.status == s).count();
                let words = files
                    .iter()
                    .map(|f| {
                        self.rendered(f)
                            .chunks
                            .iter()
                            .map(|c| {
                                c.text.split_whitespace().count()
                                    + c.heading.split_whitespace().count()
                            })
                            .sum::<usize>()
                    })
                    .sum();
                let (ui_messages, ui_messages_total) = self.locales.coverage(&lang.code);
                let current = files.len() - stale;
                LanguageStats {
                    code: lang.code.clone(),
                    name: lang.name.clone(),
                    sections: files.len(),
                    sections_total: total,
                    stale,
                    draft: count(content::Status::Draft),
                    written: count(content::Status::Written),
                    translated: count(content::Status::Translated),
                    revised: count(content::Status::Revised),
                    reviewed: count(content::Status::Reviewed),
                    words,
                    percent_complete: if total == 0 {
                        0.0
                    } else {
                        (current as f64 * 1000.0 / total as f64).round() / 10.0
                    },
                    ui_messages,
                    ui_messages_total,
                }
            })
            .collect()
    }
}

fn glossary_terms(file: &SectionFile, rendered: &Rendered) -> Vec<Term> {
    let terms: Vec<&render::Heading> = rendered.headings.iter().filter(|h| h.level == 2).collect();
    terms
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let end = terms
                .get(i + 1)
                .map(|next| next.range.start)
                .unwrap_or(file.body.len());
            let definition = file.body.get(h.range.end..end).unwrap_or("");
            let definition_text = rendered
                .chunks
                .iter()
                .find(|c| c.anchor == h.anchor)
                .map(|c| c.text.clone())
                .unwrap_or_default();
            Term {
                id: h.anchor.clone(),
                term: h.text.clone(),
                definition_html: render::render_fragment(definition.trim()),
                definition_text,
                lang: file.lang.clone(),
            }
        })
        .collect()
}

fn display(path: &Path) -> String {
    let p: PathBuf = path.components().collect();
    p.to_string_lossy().replace('\\', "/")
}
