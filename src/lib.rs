//! TRM Field Guide: the core library.
//!
//! The guide's pipeline, from files to what a reader sees:
//!
//! 1. **Load** — [`Guide::load`] reads `guide-content/` and `locales/` (the `files` module) into typed
//!    content ([`content`]: the manifest, section files with front matter, country facts parsed
//!    into what they are, review records, the referral steps) and Fluent bundles; a bad file
//!    becomes a [`Diagnostic`] and the rest loads.
//! 2. **Render** — each section is rendered once, on demand, by one pulldown-cmark pass that
//!    gives the reader's HTML, the slides, the search chunks and what the content gate compares.
//! 3. **Check** — [`Guide::check`] is the content gate: a pass over the loaded guide.
//! 4. **Views** — [`Guide::section`], [`Guide::referral`], [`Guide::country`] … return the
//!    serializable views the front ends show.
//! 5. **Search** — [`Guide::search`] answers from a tantivy index built from the same chunks
//!    ([`search`]), opened from a cache when it can be.
//! 6. **Packs** — [`pack`]: the guide in one signed file, verified, installed atomically, with
//!    what changed; a program reads the installed guide instead of the one compiled in.
//! 7. **API** — [`api::answer`] is the one entry point of the front ends: the desktop app's one
//!    IPC command and `fieldguide serve`'s `/api/<command>` both deserialize an [`api::Request`]
//!    and return its answer or an [`api::Error`], in one JSON shape.
//!
//! The library never prints, never exits and never panics on content: problems become
//! [`Diagnostic`]s and a missing or broken translation falls back to English with a notice.

#![warn(missing_docs)]

pub mod api;
mod check;
pub mod content;
mod diagnostic;
mod digest;
mod files;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod guide;
mod i18n;
pub mod pack;
mod render;
pub mod search;
#[cfg(feature = "serve")]
pub mod serve;
mod view;

pub use diagnostic::{Diagnostic, Severity};
pub use files::Files;
pub use guide::referral::Error as ReferralError;
pub use guide::{Guide, SectionRevision, CHANGED_FOR_DAYS};
pub use i18n::Messages;
pub use render::{Heading, Slide};
pub use search::{Hit, Scope, SearchIndex, SearchOptions, SearchResults};
pub use view::{
    ChangesView, ContactView, CountryRef, CountryView, Dialling, FactChangeView, FactView,
    LanguageStats, MissingFact, Provenance, Referral, ReferralStep, SectionChangeView, SectionView,
    SlideDeck, Source, StepFacts, StepLink, Term, TocEntry, OUTDATED_AFTER_MONTHS,
};
