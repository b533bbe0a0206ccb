//! The referral view: "I am in Sweden, the person is from Romania".
//!
//! Joins the steps of `guide-content/referral.toml` ([`crate::content::Step`]: the TRM measures
//! and, for each, the country facts an officer needs at that step, of the country where the
//! person is — "here" — and of the country the person comes from) with the sections (titles,
//! summaries, headings in the reader's language) and the country files. Numbers are shown for
//! where the officer is: the local form here, the international form (or "not reachable from
//! abroad") for the country of origin. It adds no fact of its own: a fact the country file lacks
//! is reported as missing, and a fact marked `to_verify` stays unverified. It knows nothing of
//! HTML or of transports.

use std::collections::BTreeSet;

use crate::content::{FactKey, Step};
use crate::view::{CountryRef, Dialling, MissingFact, Referral, ReferralStep, StepFacts, StepLink};
use crate::Guide;

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
    /// that the step needs (`referral.toml`).
    ///
    /// Codes are ISO 3166 alpha-2 as in `countries/<cc>.toml`, any case. `origin` is `None` for a
    /// country the guide does not cover; the same code twice is a domestic case: one column,
    /// with the facts both sides would have shown. Steps whose section the guide lacks are left
    /// out. Fails only on a country code the guide does not know.
    pub fn referral(&self, lang: &str, here: &str, origin: Option<&str>) -> Result<Referral> {
        let here = self.country_ref(here, lang)?;
        let origin = origin.map(|cc| self.country_ref(cc, lang)).transpose()?;
        let domestic = origin.as_ref().is_some_and(|o| o.code == here.code);
        let order = |step: &Step| self.section_ids().iter().position(|id| *id == step.section);
        let mut steps: Vec<(usize, &Step)> = self
            .content
            .steps
            .iter()
            .filter_map(|step| Some((order(step)?, step)))
            .collect();
        steps.sort_by_key(|(position, _)| *position);
        let steps = steps
            .into_iter()
            .filter_map(|(_, step)| {
                let (file, fallback) = self.resolve(lang, &step.section)?;
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
                    Some(_) if domestic => (union(&step.here, &step.origin), None),
                    Some(o) if !step.origin.is_empty() => (
                        step.here.clone(),
                        Some(self.step_facts(o, step, &step.origin, lang, Dialling::Abroad)),
                    ),
                    _ => (step.here.clone(), None),
                };
                Some(ReferralStep {
                    section: step.section.clone(),
                    title: file.meta.title.clone(),
                    summary: file.meta.summary.clone(),
                    lang: file.lang.clone(),
                    fallback,
                    links,
                    here: self.step_facts(&here, step, &here_keys, lang, Dialling::Inside),
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
    /// facts in file order), numbers shown for a reader dialling from `dialling`, the keys it
    /// has no fact for, and the heading of its profile that tells `step`'s story.
    fn step_facts(
        &self,
        country: &CountryRef,
        step: &Step,
        keys: &[FactKey],
        lang: &str,
        dialling: Dialling,
    ) -> StepFacts {
        let mut shown = Vec::new();
        let mut missing = Vec::new();
        if let Some(c) = self.content.countries.get(&country.code) {
            for key in keys {
                let before = shown.len();
                shown.extend(
                    c.facts
                        .iter()
                        .filter(|f| f.key == *key)
                        .map(|f| self.fact_view(c, f, lang, dialling)),
                );
                if shown.len() == before {
                    missing.push(MissingFact {
                        key: *key,
                        label: self.fact_label(key.as_str(), lang),
                    });
                }
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
            dialling,
            profile,
            facts: shown,
            missing,
        }
    }
}

/// `a` then the keys of `b` not in `a`.
fn union(a: &[FactKey], b: &[FactKey]) -> Vec<FactKey> {
    let mut seen: BTreeSet<FactKey> = a.iter().copied().collect();
    let mut out = a.to_vec();
    out.extend(b.iter().copied().filter(|k| seen.insert(*k)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domestic_case_shows_each_key_once() {
        assert_eq!(
            union(
                &[FactKey::ReturnContact],
                &[FactKey::ReturnContact, FactKey::Shelter]
            ),
            [FactKey::ReturnContact, FactKey::Shelter]
        );
    }
}
