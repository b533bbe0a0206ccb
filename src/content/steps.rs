//! `referral.toml`: the steps of the referral view, as content.
//!
//! Which TRM measure comes with which country facts, and which headings of the measure's section
//! and of every country profile tell that step's story, is a content decision: it lives in
//! `guide-content/referral.toml`, next to the sections and facts it names, and `check` holds
//! every section, anchor and key it names against the guide, so a renamed anchor is an error
//! instead of a silent gap in the view.

use serde::Deserialize;

use super::fact::FactKey;
use crate::diagnostic::{line_of, Diagnostic};

/// One TRM measure in the referral view.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The section of the measure (`reflection-period`).
    pub section: String,
    /// Anchors of the section offered as links, in order.
    #[serde(default)]
    pub anchors: Vec<String>,
    /// The heading of every country profile that tells this step's story for that country.
    pub profile: String,
    /// Facts of the country where the person is, in display order.
    pub here: Vec<FactKey>,
    /// Facts of the person's country of origin, in display order.
    #[serde(default)]
    pub origin: Vec<FactKey>,
    /// 1-based line of the step in `referral.toml` (not in the file).
    #[serde(skip)]
    pub line: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSteps {
    steps: Vec<Step>,
}

/// Reads `referral.toml`.
pub(crate) fn parse(path: &str, text: &str, out: &mut Vec<Diagnostic>) -> Vec<Step> {
    match toml::from_str::<RawSteps>(text) {
        Ok(raw) => {
            let lines: Vec<usize> = text
                .match_indices("[[steps]]")
                .map(|(o, _)| line_of(text, o))
                .collect();
            raw.steps
                .into_iter()
                .enumerate()
                .map(|(i, mut s)| {
                    s.line = lines.get(i).copied().unwrap_or(1);
                    s
                })
                .collect()
        }
        Err(e) => {
            out.push(Diagnostic::error(
                path,
                e.span().map(|s| line_of(text, s.start)),
                format!("referral steps are not valid: {}", e.message().trim()),
                "each [[steps]] has section, profile, anchors, here and origin (fact keys); see docs/content-format.md",
            ));
            Vec::new()
        }
    }
}
