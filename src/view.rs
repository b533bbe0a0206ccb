//! What the API returns: plain, serializable views of the guide for the CLI, the HTTP API and
//! the Tauri commands. No logic lives here.

use serde::Serialize;

use crate::content::SourceRef;
use crate::render::{Heading, Slide};

/// One entry of the table of contents.
#[derive(Debug, Clone, Serialize)]
pub struct TocEntry {
    /// Section id.
    pub id: String,
    /// Title in the language shown.
    pub title: String,
    /// Summary in the language shown.
    pub summary: String,
    /// The language shown (the source language when `fallback`).
    pub lang: String,
    /// `draft`, `translated` or `reviewed`.
    pub status: String,
    /// The English source changed since this translation was made.
    pub stale: bool,
    /// The requested language has no (valid) translation: English is shown.
    pub fallback: bool,
    /// The section's headings.
    pub headings: Vec<Heading>,
}

/// A source cited by a section.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// Id cited as `[^id]`.
    pub id: String,
    /// Title.
    pub title: String,
    /// https URL.
    pub url: String,
    /// Date last checked, `YYYY-MM-DD`.
    pub verified: String,
}

impl From<&SourceRef> for Source {
    fn from(s: &SourceRef) -> Self {
        Source {
            id: s.id.clone(),
            title: s.title.clone(),
            url: s.url.clone(),
            verified: s.verified.to_string(),
        }
    }
}

/// A section rendered for reading.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// Section id.
    pub id: String,
    /// The language requested.
    pub lang: String,
    /// The language shown.
    pub shown_lang: String,
    /// English is shown because the requested language lacks this section.
    pub fallback: bool,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Keywords of the front matter.
    pub keywords: Vec<String>,
    /// `draft`, `translated` or `reviewed`.
    pub status: String,
    /// The English source changed since this translation was made.
    pub stale: bool,
    /// Sanitized HTML: headings carry `id`s, glossary terms are `a.term[data-term]`, internal
    /// links point at `#/section/anchor`; speaker notes are not included.
    pub html: String,
    /// Headings in order.
    pub headings: Vec<Heading>,
    /// Sources of the section's facts.
    pub sources: Vec<Source>,
    /// For `country-xx` sections: the country's facts.
    pub country: Option<CountryView>,
}

/// A section as slides.
#[derive(Debug, Clone, Serialize)]
pub struct SlideDeck {
    /// Section id.
    pub id: String,
    /// The language requested.
    pub lang: String,
    /// The language shown.
    pub shown_lang: String,
    /// English is shown because the requested language lacks this section.
    pub fallback: bool,
    /// Section title.
    pub title: String,
    /// The slides, the title slide first.
    pub slides: Vec<Slide>,
}

/// One fact of a country profile, labelled for the reader.
#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    /// Fact key (`hotline`).
    pub key: String,
    /// Localized label (`Hotline`).
    pub label: String,
    /// The value; `None` when not verified.
    pub value: Option<String>,
    /// Source URL.
    pub source: Option<String>,
    /// Date last checked, `YYYY-MM-DD`.
    pub verified: Option<String>,
    /// Explanation, in English.
    pub note: Option<String>,
    /// What must be checked before a value can be given.
    pub to_verify: Option<String>,
}

/// A country's facts.
#[derive(Debug, Clone, Serialize)]
pub struct CountryView {
    /// Country code (`se`).
    pub code: String,
    /// Localized country name.
    pub name: String,
    /// The narrative section (`country-se`).
    pub section: String,
    /// The facts.
    pub facts: Vec<FactView>,
}

/// A glossary term.
#[derive(Debug, Clone, Serialize)]
pub struct Term {
    /// Stable term id (the heading anchor in glossary.md).
    pub id: String,
    /// The term in `lang`.
    pub term: String,
    /// The definition, sanitized HTML.
    pub definition_html: String,
    /// The definition as plain text (for tooltips).
    pub definition_text: String,
    /// The language of term and definition.
    pub lang: String,
}

/// Translation figures of one language.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageStats {
    /// Language code.
    pub code: String,
    /// Endonym.
    pub name: String,
    /// Sections present.
    pub sections: usize,
    /// Sections in the guide.
    pub sections_total: usize,
    /// Present sections whose English source changed since translation.
    pub stale: usize,
    /// Sections with status draft.
    pub draft: usize,
    /// Sections with status translated.
    pub translated: usize,
    /// Sections with status reviewed.
    pub reviewed: usize,
    /// Words of text.
    pub words: usize,
    /// Present and not stale, as a percentage of all sections.
    pub percent_complete: f64,
    /// UI messages present.
    pub ui_messages: usize,
    /// UI messages in the English locale.
    pub ui_messages_total: usize,
}

/// A country named for the reader: what the referral view offers to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryRef {
    /// Country code (`se`).
    pub code: String,
    /// Localized country name.
    pub name: String,
    /// The country's profile section (`country-se`).
    pub section: String,
}

/// "I am in `here`, the person is from `origin`": the TRM steps with both countries' facts.
#[derive(Debug, Clone, Serialize)]
pub struct Referral {
    /// The language requested.
    pub lang: String,
    /// The country where the person is (and the officer).
    pub here: CountryRef,
    /// The person's country of origin; `None` when the guide does not cover it.
    pub origin: Option<CountryRef>,
    /// `here` and `origin` are the same country: every step has one column of facts.
    pub domestic: bool,
    /// The steps, in the guide's order.
    pub steps: Vec<ReferralStep>,
}

/// One TRM step of a referral.
#[derive(Debug, Clone, Serialize)]
pub struct ReferralStep {
    /// The section that explains the step (`reflection-period`).
    pub section: String,
    /// The section's title in the language shown.
    pub title: String,
    /// The section's summary in the language shown.
    pub summary: String,
    /// The language shown (the source language when `fallback`).
    pub lang: String,
    /// The requested language lacks the section: English is shown.
    pub fallback: bool,
    /// Headings of the section to open directly (`do-now`, `cross-border`).
    pub links: Vec<StepLink>,
    /// Facts of the country where the person is.
    pub here: StepFacts,
    /// Facts of the country of origin; `None` when the step needs none, the case is domestic or
    /// the guide does not cover the country of origin.
    pub origin: Option<StepFacts>,
}

/// A heading of a step's section, to open at.
#[derive(Debug, Clone, Serialize)]
pub struct StepLink {
    /// The anchor (`cross-border`): the route is `#/<section>/<anchor>`.
    pub anchor: String,
    /// The heading's text in the language shown.
    pub text: String,
}

/// The facts one country contributes to one step.
#[derive(Debug, Clone, Serialize)]
pub struct StepFacts {
    /// Country code.
    pub country: String,
    /// The country's profile section (`country-se`).
    pub section: String,
    /// The heading of the country's profile about this step (`#/<section>/<anchor>`), when the
    /// profile has it.
    pub profile: Option<StepLink>,
    /// The facts, verified or marked `to_verify`, in the step's key order.
    pub facts: Vec<FactView>,
    /// Keys the step asks for that the country file has no fact for.
    pub missing: Vec<MissingFact>,
}

/// A fact the guide does not have for a country.
#[derive(Debug, Clone, Serialize)]
pub struct MissingFact {
    /// Fact key (`emergency`).
    pub key: String,
    /// Localized label (`Emergency`).
    pub label: String,
}
