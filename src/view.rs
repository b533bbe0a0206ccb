//! What the API returns: plain, serializable views of the guide for the CLI, the HTTP API and
//! the Tauri commands. No logic lives here.

use serde::Serialize;

use crate::content::{
    AsOf, Audience, CheckedAgainst, Date, FactKey, Hours, HttpsUrl, Reach, Status,
};
use crate::render::{Heading, Slide};

/// Information older than this many months (or undated) is shown with a warning to confirm it
/// before relying on it: the TRM's country pages and the yearly reports facts come from are
/// revised every one to two years, and a number or a procedure older than that has often
/// changed. Documented in `docs/content-format.md`.
pub const OUTDATED_AFTER_MONTHS: i32 = 24;

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
    /// What has been done to the text.
    pub status: Status,
    /// The English source changed since this translation was made.
    pub stale: bool,
    /// The requested language has no (valid) translation: English is shown.
    pub fallback: bool,
}

/// Where a fact or a section's text comes from, as of when, and when and how it was checked.
#[derive(Debug, Clone, Serialize)]
pub struct Provenance {
    /// The source's address (https).
    pub url: HttpsUrl,
    /// The date of the information in the source: `2024-10-18`, `2024-10`, `2024` or `undated`.
    pub as_of: AsOf,
    /// When the text or value was compared with the source.
    pub checked: Date,
    /// What it was compared with.
    pub checked_against: CheckedAgainst,
    /// The information is dated and older than [`OUTDATED_AFTER_MONTHS`] months today: the
    /// reader is told to confirm it before relying on it. (An undated source says so in
    /// `as_of`.)
    pub outdated: bool,
}

/// A source cited by a section.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    /// Id cited as `[^id]`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Address and dates.
    #[serde(flatten)]
    pub provenance: Provenance,
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
    /// What has been done to the text.
    pub status: Status,
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
    /// What the fact is (`hotline`).
    pub key: FactKey,
    /// Localized label (`Hotline`).
    pub label: String,
    /// The value, in English; `None` when not verified.
    pub value: Option<String>,
    /// Who runs the service, in English.
    pub run_by: Option<String>,
    /// The number to call, when the fact is one.
    pub contact: Option<ContactView>,
    /// Languages answered (BCP 47), where a source says.
    pub languages: Vec<String>,
    /// Where the value comes from, as of when, and when it was checked.
    pub source: Option<Provenance>,
    /// Explanation, in English.
    pub note: Option<String>,
    /// What must be checked before a value can be given.
    pub to_verify: Option<String>,
    /// The fact changed in the guide update installed lately (see `CHANGED_FOR_DAYS`).
    pub changed: bool,
}

/// Where the reader of a number is, which decides how it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dialling {
    /// In the number's country: the local form first.
    Inside,
    /// In another country: the international form, or "not reachable from abroad".
    Abroad,
    /// Not known (a country profile): both forms.
    Unknown,
}

/// A number to call, shown for where its reader is.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    /// What a `tel:` link dials: E.164, or a short number.
    pub tel: String,
    /// The number as dialled inside its country, in the local grouping.
    pub local: String,
    /// The international form in the local grouping (`+46 20-390 000`); `None` for a short
    /// number.
    pub international: Option<String>,
    /// The form to show first, for `dialling`.
    pub dial: String,
    /// Where the reader is.
    pub dialling: Dialling,
    /// Whether the reader can dial it from where they are: `false` when they are abroad and the
    /// number does not answer from abroad.
    pub reachable: bool,
    /// When it answers, in its country's local time.
    pub hours: Hours,
    /// Whether it can be dialled from another country.
    pub abroad: Reach,
    /// Who it is for.
    #[serde(rename = "for")]
    pub audience: Audience,
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
    /// Sections with status written (the source language).
    pub written: usize,
    /// Sections with status translated.
    pub translated: usize,
    /// Sections with status revised (an independent revision is on record).
    pub revised: usize,
    /// Sections with status reviewed (signed off by a named reviewer).
    pub reviewed: usize,
    /// Words of text.
    pub words: usize,
    /// Present and not stale, as a percentage of all sections.
    pub percent_complete: f64,
    /// UI messages present.
    pub ui_messages: usize,
    /// UI messages in the English locale.
    pub ui_messages_total: usize,
    /// A leaflet-only language: its one section is the rights leaflet, and it has no UI.
    pub leaflet_only: bool,
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
    /// Where the officer reading these facts dials from: inside this country, or from abroad.
    pub dialling: Dialling,
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
    pub key: FactKey,
    /// Localized label (`Emergency`).
    pub label: String,
}

/// What changed when the guide in use was installed from a pack ("What changed").
#[derive(Debug, Clone, Serialize)]
pub struct ChangesView {
    /// The day the guide was installed; `None` when it was not installed from a pack (then the
    /// lists are empty).
    pub installed: Option<Date>,
    /// The facts that are new, gone or different.
    pub facts: Vec<FactChangeView>,
    /// The sections whose text changed.
    pub sections: Vec<SectionChangeView>,
}

/// One changed fact, labelled for the reader.
#[derive(Debug, Clone, Serialize)]
pub struct FactChangeView {
    /// Country code.
    pub country: String,
    /// The country's name in the reader's language.
    pub country_name: String,
    /// The country's profile section, to open.
    pub section: String,
    /// What the fact is.
    pub key: FactKey,
    /// Its label in the reader's language.
    pub label: String,
    /// Before, or `None` for a new fact.
    pub old: Option<FactStateView>,
    /// After, or `None` for a fact that is gone.
    pub new: Option<FactStateView>,
    /// The new fact's source.
    pub source: Option<String>,
    /// The new fact's date of information.
    pub as_of: Option<String>,
}

/// A changed fact before or after the update, for the UI to say in the reader's language:
/// `{"value", "contact"?}`, `{"to_verify"}`, or (recorded by an older version) English text.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum FactStateView {
    /// A value (English), with the number to call when the fact is one.
    Value {
        /// The value.
        value: String,
        /// The number to call.
        contact: Option<ChangedContactView>,
    },
    /// Not verified: what must be checked (English).
    ToVerify {
        /// What must be checked.
        to_verify: String,
    },
    /// One line of English text (a change recorded by an older version).
    Text(String),
}

/// A changed fact's number, with its hours and reach as the country profile shows them.
#[derive(Debug, Clone, Serialize)]
pub struct ChangedContactView {
    /// As dialled inside the country.
    pub local: String,
    /// The international form; `None` for a short number.
    pub international: Option<String>,
    /// When it answers.
    pub hours: Hours,
    /// Whether it answers calls from abroad.
    pub abroad: Reach,
}

/// One section whose text changed.
#[derive(Debug, Clone, Serialize)]
pub struct SectionChangeView {
    /// Section id.
    pub id: String,
    /// Its title in the reader's language (English where it has no translation).
    pub title: String,
    /// Whether the reader's language is among the languages that changed.
    pub in_reader_language: bool,
    /// Every language whose text of it changed.
    pub langs: Vec<String>,
}
