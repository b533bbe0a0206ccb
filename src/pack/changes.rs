//! What changed between two guides: the facts (country, fact, old → new, with the new source and
//! date) and the sections whose text changed, by language. Recorded when a pack is installed and
//! shown to the officer as "What changed".

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::{Country, Fact, FactBody, FactKey};
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
    /// Before, as text (value, number, hours), or `None` for a new fact.
    pub old: Option<String>,
    /// After, or `None` for a fact that is gone.
    pub new: Option<String>,
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

/// A fact as one line of text: what an officer compares.
fn describe(fact: &Fact) -> String {
    match &fact.body {
        FactBody::ToVerify(what) => format!("not verified: {what}"),
        FactBody::Sourced(s) => {
            let mut out = s.value.clone();
            if let Some(c) = &s.contact {
                out.push_str(&format!(
                    " — {} (hours: {}, from abroad: {})",
                    c.local, c.hours, c.abroad
                ));
            }
            out
        }
    }
}

fn facts_by_key(country: Option<&Country>) -> BTreeMap<(FactKey, usize), &Fact> {
    let mut out = BTreeMap::new();
    let mut counts: BTreeMap<FactKey, usize> = BTreeMap::new();
    for fact in country.map(|c| c.facts.as_slice()).unwrap_or(&[]) {
        let n = counts.entry(fact.key).or_default();
        out.insert((fact.key, *n), fact);
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
                    before.get(k).map(|f| describe(f)),
                    after.get(k).map(|f| describe(f)),
                );
                if o == n {
                    continue;
                }
                let provenance = after
                    .get(k)
                    .and_then(|f| f.sourced())
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
