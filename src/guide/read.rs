//! Reading the guide: table of contents, sections, slides, glossary, UI messages, and the
//! translation figures of `fieldguide stats` and `fieldguide rev`.

use std::collections::BTreeMap;

use super::Guide;
use crate::content::{self, SectionFile};
use crate::i18n::Messages;
use crate::render::{self, Rendered};
use crate::view::{LanguageStats, SectionView, SlideDeck, Source, Term, TocEntry};

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

impl Guide {
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

    /// The glossary in `lang`: each term of the source glossary, translated where the
    /// translation has it.
    pub fn glossary(&self, lang: &str) -> Vec<Term> {
        let Some(id) = self.content.glossary() else {
            return Vec::new();
        };
        let Some((file, _)) = self.resolve(lang, id) else {
            return Vec::new();
        };
        let mut terms = glossary_terms(file, self.rendered(file));
        if file.lang != self.source_language() {
            // Terms a translation lacks come from the source, so a link never dangles.
            if let Some(src) = self.content.section(self.source_language(), id) {
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
        self.languages()
            .iter()
            .map(|lang| {
                // A leaflet-only language is measured against its one section.
                let ids = self.content.sections_of(lang);
                let total = ids.len();
                let files: Vec<&SectionFile> = ids
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
                    leaflet_only: lang.leaflet_only(),
                }
            })
            .collect()
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
}

fn glossary_terms(file: &SectionFile, rendered: &Rendered) -> Vec<Term> {
    let terms: Vec<&render::Heading> = rendered.headings.iter().filter(|h| h.level == 2).collect();
    terms
        .iter()
        .map(|h| {
            let definition_text = rendered
                .chunks
                .iter()
                .find(|c| c.anchor == h.anchor)
                .map(|c| c.text.clone())
                .unwrap_or_default();
            Term {
                id: h.anchor.clone(),
                term: h.text.clone(),
                definition_text,
                lang: file.lang.clone(),
            }
        })
        .collect()
}
