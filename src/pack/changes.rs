//! What changed between two guides: the facts (country, fact, old → new, with the new source and
//! date) and the sections whose text changed, by language. Recorded when a pack is installed and
//! shown to the officer as "What changed".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::{Country, Fact, FactBody, FactKey, Hours, Reach};
use crate::Guide;

/// One fact that is new, gone or different.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactChange {
    /// Country code.
    pub country: String,
    /// What the fact is.
    pub key: FactKey,
    /// Which fact of that key (0 for the first): countries may have several hotlines.
    pub index: usize,
    /// Before, or `None` for a new fact.
    pub old: Option<FactState>,
    /// After, or `None` for a fact that is gone.
    pub new: Option<FactState>,
    /// The new fact's source.
    pub source: Option<String>,
    /// The new fact's date of information.
    pub as_of: Option<String>,
}

/// A section whose text changed, and in which languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionChange {
    /// Section id.
    pub id: String,
    /// The languages whose text of it is new or different.
    pub langs: Vec<String>,
}

/// What changed between two guides.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changes {
    /// Facts, by country and key.
    #[serde(default)]
    pub facts: Vec<FactChange>,
    /// Sections, in the new guide's order.
    #[serde(default)]
    pub sections: Vec<SectionChange>,
}

/// A fact as an officer compares it before and after an update: data, not text, so the UI says
/// it in the reader's language (hours and "answers from abroad" as the country profile does).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FactState {
    /// A value (English), with the number to call when the fact is one.
    Value {
        /// The value.
        value: String,
        /// The number to call.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        contact: Option<ContactState>,
    },
    /// No value yet: what must be checked (English).
    ToVerify {
        /// What must be checked.
        to_verify: String,
    },
    /// One line of English text, as versions before this structure recorded a fact in
    /// `installed.toml` (`… — 112 (hours: 24/7, from abroad: no)`): read, never written.
    Text(String),
}

/// A number to call, as an officer compares it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactState {
    /// As dialled inside the country.
    pub local: String,
    /// The international form (`+46 20-390 000`); `None` for a short number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub international: Option<String>,
    /// When it answers: recorded as written in the content files (`Mon-Fri 09:00-16:30`).
    #[serde(serialize_with = "hours_as_written")]
    pub hours: Hours,
    /// Whether it answers calls from abroad.
    pub abroad: Reach,
}

fn hours_as_written<S: serde::Serializer>(hours: &Hours, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(hours)
}

impl FactState {
    /// What an officer compares of `fact` of `country`.
    fn of(country: &Country, fact: &Fact) -> FactState {
        match &fact.body {
            FactBody::ToVerify(what) => FactState::ToVerify {
                to_verify: what.clone(),
            },
            FactBody::Sourced(s) => FactState::Value {
                value: s.value.clone(),
                contact: s.contact.as_ref().map(|c| ContactState {
                    local: c.local.clone(),
                    international: country.international(c),
                    hours: c.hours.clone(),
                    abroad: c.abroad,
                }),
            },
        }
    }
}

fn facts_by_key(country: Option<&Country>) -> BTreeMap<(FactKey, usize), (FactState, &Fact)> {
    let mut out = BTreeMap::new();
    let mut counts: BTreeMap<FactKey, usize> = BTreeMap::new();
    for (country, fact) in country
        .into_iter()
        .flat_map(|c| c.facts.iter().map(move |f| (c, f)))
    {
        let n = counts.entry(fact.key).or_default();
        out.insert((fact.key, *n), (FactState::of(country, fact), fact));
        *n += 1;
    }
    out
}

impl Changes {
    /// What is different in `new` compared with `old`.
    pub fn between(old: &Guide, new: &Guide) -> Changes {
        let mut changes = Changes::default();
        let codes: std::collections::BTreeSet<&String> = old
            .content
            .countries
            .keys()
            .chain(new.content.countries.keys())
            .collect();
        for code in codes {
            let before = facts_by_key(old.content.countries.get(code));
            let after = facts_by_key(new.content.countries.get(code));
            let keys: std::collections::BTreeSet<_> = before.keys().chain(after.keys()).collect();
            for k in keys {
                let (o, n) = (
                    before.get(k).map(|(s, _)| s.clone()),
                    after.get(k).map(|(s, _)| s.clone()),
                );
                if o == n {
                    continue;
                }
                let provenance = after
                    .get(k)
                    .and_then(|(_, f)| f.sourced())
                    .map(|s| &s.provenance);
                changes.facts.push(FactChange {
                    country: code.clone(),
                    key: k.0,
                    index: k.1,
                    old: o,
                    new: n,
                    source: provenance.map(|p| p.source.to_string()),
                    as_of: provenance.map(|p| p.as_of.to_string()),
                });
            }
        }
        for id in new.section_ids() {
            let langs: Vec<String> = new
                .languages()
                .iter()
                .filter(|l| {
                    let a = new.content.section(&l.code, id).map(|f| &f.rev);
                    let b = old.content.section(&l.code, id).map(|f| &f.rev);
                    a.is_some() && a != b
                })
                .map(|l| l.code.clone())
                .collect();
            if !langs.is_empty() {
                changes.sections.push(SectionChange {
                    id: id.clone(),
                    langs,
                });
            }
        }
        changes
    }

    /// Whether fact `index` of `key` of `country` is among the changes.
    pub fn has_fact(&self, country: &str, key: FactKey, index: usize) -> bool {
        self.facts
            .iter()
            .any(|f| f.country == country && f.key == key && f.index == index && f.new.is_some())
    }
}
