//! The referral view: "I am in Sweden, the person is from Romania".
//!
//! Owns one table, [`STEPS`]: the TRM measures in the order a case goes through them, and for each
//! the country facts an officer needs at that step — of the country where the person is ("here")
//! and of the country the person comes from ("origin"). [`Guide::referral`] joins that table with
//! the sections (titles, summaries, headings in the reader's language) and the country files.
//! It adds no fact of its own: a fact the country file lacks is reported as missing, and a fact
//! marked `to_verify` stays unverified. It knows nothing of HTML or of transports.

use std::collections::BTreeSet;

use crate::view::{CountryRef, MissingFact, Referral, ReferralStep, StepFacts, StepLink};
use crate::Guide;

/// One TRM measure in the referral view: which section explains it, which of its headings to
/// offer as shortcuts, and which fact keys (see [`crate::content::FACT_KEYS`]) of each country
/// it shows, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The section of the measure (`reflection-period`).
    pub section: &'static str,
    /// Anchors of the section offered as links, in order; one the section lacks is left out.
    pub anchors: &'static [&'static str],
    /// The heading of every country profile (`country-<cc>`) that tells this step's story for
    /// that country; left out where a profile lacks it.
    pub profile: &'static str,
    /// Fact keys of the country where the person is.
    pub here: &'static [&'static str],
    /// Fact keys of the person's country of origin.
    pub origin: &'static [&'static str],
}

/// Every step of the referral view, in TRM order, with the facts each one needs. The one place
/// this mapping lives; `docs/content-format.md` ("The referral view") documents it.
pub const STEPS: &[Step] = &[
    Step {
        section: "identification",
        profile: "contacts",
        anchors: &["do-now", "cross-border"],
        here: &[
            "emergency",
            "hotline",
            "contact-point",
            "national-coordinator",
        ],
        origin: &[],
    },
    Step {
        section: "initial-referral",
        profile: "first-contact",
        anchors: &["do-now", "handover", "cross-border"],
        here: &[
            "contact-point",
            "national-coordinator",
            "hotline",
            "email",
            "website",
        ],
        origin: &[
            "contact-point",
            "national-coordinator",
            "hotline",
            "email",
            "website",
        ],
    },
    Step {
        section: "formal-identification",
        profile: "formal-identification",
        anchors: &["do-now", "cross-border"],
        here: &["formal-identification"],
        origin: &[],
    },
    Step {
        section: "reflection-period",
        profile: "reflection-period",
        anchors: &["do-now", "apply", "cross-border"],
        here: &["reflection-period"],
        origin: &[],
    },
    Step {
        section: "urgent-assistance",
        profile: "support",
        anchors: &["do-now", "cross-border"],
        here: &["shelter"],
        origin: &[],
    },
    Step {
        section: "return",
        profile: "return",
        anchors: &["do-now", "contact-origin", "cross-border"],
        here: &["return-contact"],
        origin: &["return-contact", "shelter"],
    },
    Step {
        section: "long-term-assistance",
        profile: "reflection-period",
        anchors: &["do-now", "cross-border"],
        here: &["residence-permit"],
        origin: &["shelter"],
    },
];

/// What can go wrong when building a referral.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A country code the guide has no facts file for.
    #[error("no country '{code}' in this guide (use one of: {known})")]
    UnknownCountry {
        /// The code as given.
        code: String,
        /// The codes the guide has, comma-separated.
        known: String,
    },
}

/// The result type of this module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Guide {
    /// The referral view for a reader of `lang`: the TRM steps in the guide's order, each with
    /// its section's title and summary (English, flagged `fallback`, where `lang` lacks it) and
    /// the facts of the country where the person is (`here`) and of their country of `origin`
    /// that the step needs ([`STEPS`]).
    ///
    /// Codes are ISO 3166 alpha-2 as in `countries/<cc>.toml`, any case. `origin` is `None` for a
    /// country the guide does not cover; the same code twice is a domestic case: one column,
    /// with the facts both sides would have shown. Steps whose section the guide lacks are left
    /// out. Fails only on a country code the guide does not know.
    pub fn referral(&self, lang: &str, here: &str, origin: Option<&str>) -> Result<Referral> {
        let here = self.country_ref(here, lang)?;
        let origin = origin.map(|cc| self.country_ref(cc, lang)).transpose()?;
        let domestic = origin.as_ref().is_some_and(|o| o.code == here.code);
        let order = |step: &Step| self.section_ids().iter().position(|id| id == step.section);
        let mut steps: Vec<(usize, &Step)> = STEPS
            .iter()
            .filter_map(|step| Some((order(step)?, step)))
            .collect();
        steps.sort_by_key(|(position, _)| *position);
        let steps = steps
            .into_iter()
            .filter_map(|(_, step)| {
                let (file, fallback) = self.resolve(lang, step.section)?;
                let headings = &self.rendered(file).headings;
                let links = step
                    .anchors
                    .iter()
                    .filter_map(|anchor| {
                        let h = headings.iter().find(|h| h.anchor == *anchor)?;
                        Some(StepLink {
                            anchor: h.anchor.clone(),
                            text: h.text.clone(),
                        })
                    })
                    .collect();
                let (here_keys, origin_side) = match &origin {
                    // One country: the facts either side would show, once.
                    Some(_) if domestic => (union(step.here, step.origin), None),
                    Some(o) if !step.origin.is_empty() => (
                        step.here.to_vec(),
                        Some(self.step_facts(o, step, step.origin, lang)),
                    ),
                    _ => (step.here.to_vec(), None),
                };
                Some(ReferralStep {
                    section: step.section.to_owned(),
                    title: file.meta.title.clone(),
                    summary: file.meta.summary.clone(),
                    lang: file.lang.clone(),
                    fallback,
                    links,
                    here: self.step_facts(&here, step, &here_keys, lang),
                    origin: origin_side,
                })
            })
            .collect();
        Ok(Referral {
            lang: lang.to_owned(),
            here,
            origin,
            domestic,
            steps,
        })
    }

    /// Every country of the guide, by code, with its name in `lang`: what the referral view
    /// offers to choose from.
    pub fn countries(&self, lang: &str) -> Vec<CountryRef> {
        self.content
            .countries
            .keys()
            .filter_map(|cc| self.country_ref(cc, lang).ok())
            .collect()
    }

    fn country_ref(&self, code: &str, lang: &str) -> Result<CountryRef> {
        let cc = code.trim().to_ascii_lowercase();
        let Some(country) = self.content.countries.get(&cc) else {
            return Err(Error::UnknownCountry {
                code: code.to_owned(),
                known: self
                    .content
                    .countries
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        };
        Ok(CountryRef {
            code: country.code.clone(),
            name: self.country_name(&cc, lang),
            section: country.section.clone(),
        })
    }

    /// The facts of `country` with keys in `keys`, in the order of `keys` (a key's several
    /// facts in file order), the keys it has no fact for, and the heading of its profile that
    /// tells `step`'s story.
    fn step_facts(
        &self,
        country: &CountryRef,
        step: &Step,
        keys: &[&str],
        lang: &str,
    ) -> StepFacts {
        let facts = self
            .country(&country.code, lang)
            .map(|c| c.facts)
            .unwrap_or_default();
        let mut shown = Vec::new();
        let mut missing = Vec::new();
        for key in keys {
            let before = shown.len();
            shown.extend(facts.iter().filter(|f| f.key == *key).cloned());
            if shown.len() == before {
                missing.push(MissingFact {
                    key: (*key).to_owned(),
                    label: self.fact_label(key, lang),
                });
            }
        }
        let profile = self.resolve(lang, &country.section).and_then(|(file, _)| {
            let h = self
                .rendered(file)
                .headings
                .iter()
                .find(|h| h.anchor == step.profile)?;
            Some(StepLink {
                anchor: h.anchor.clone(),
                text: h.text.clone(),
            })
        });
        StepFacts {
            country: country.code.clone(),
            section: country.section.clone(),
            profile,
            facts: shown,
            missing,
        }
    }
}

/// `a` then the keys of `b` not in `a`.
fn union<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<&'a str> {
    let mut seen: BTreeSet<&str> = a.iter().copied().collect();
    let mut out = a.to_vec();
    out.extend(b.iter().copied().filter(|k| seen.insert(k)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::FACT_KEYS;

    #[test]
    fn every_step_names_known_fact_keys_once() {
        for step in STEPS {
            for keys in [step.here, step.origin] {
                let unique: BTreeSet<_> = keys.iter().collect();
                assert_eq!(unique.len(), keys.len(), "{} repeats a key", step.section);
                for key in keys {
                    assert!(
                        FACT_KEYS.contains(key),
                        "{}: unknown key {key}",
                        step.section
                    );
                }
            }
            assert!(!step.here.is_empty(), "{} shows no fact here", step.section);
        }
    }

    #[test]
    fn a_domestic_case_shows_each_key_once() {
        assert_eq!(
            union(&["return-contact"], &["return-contact", "shelter"]),
            ["return-contact", "shelter"]
        );
    }
}
