//! "What changed": the changes recorded when the guide in use was installed, labelled for the
//! reader.

use super::Guide;
use crate::pack::changes::FactState;
use crate::view::{
    ChangedContactView, ChangesView, FactChangeView, FactStateView, SectionChangeView,
};

/// A recorded fact as the UI formats it (hours as data, for its localized words).
fn state_view(state: &FactState) -> FactStateView {
    match state {
        FactState::Value { value, contact } => FactStateView::Value {
            value: value.clone(),
            contact: contact.as_ref().map(|c| ChangedContactView {
                local: c.local.clone(),
                international: c.international.clone(),
                hours: c.hours.clone(),
                abroad: c.abroad,
            }),
        },
        FactState::ToVerify { to_verify } => FactStateView::ToVerify {
            to_verify: to_verify.clone(),
        },
        FactState::Text(text) => FactStateView::Text(text.clone()),
    }
}

impl Guide {
    /// What changed when this guide was installed from a pack, for a reader of `lang`.
    pub fn changes_view(&self, lang: &str) -> ChangesView {
        let Some((changes, installed)) = self.changes() else {
            return ChangesView {
                installed: None,
                facts: Vec::new(),
                sections: Vec::new(),
            };
        };
        ChangesView {
            installed: Some(installed),
            facts: changes
                .facts
                .iter()
                .map(|f| FactChangeView {
                    country: f.country.clone(),
                    country_name: self.country_name(&f.country, lang),
                    section: self
                        .content
                        .countries
                        .get(&f.country)
                        .map(|c| c.section.clone())
                        .unwrap_or_default(),
                    key: f.key,
                    label: self.fact_label(f.key.as_str(), lang),
                    old: f.old.as_ref().map(state_view),
                    new: f.new.as_ref().map(state_view),
                    source: f.source.clone(),
                    as_of: f.as_of.clone(),
                })
                .collect(),
            sections: changes
                .sections
                .iter()
                .filter_map(|s| {
                    let (file, _) = self.resolve(lang, &s.id)?;
                    Some(SectionChangeView {
                        id: s.id.clone(),
                        title: file.meta.title.clone(),
                        in_reader_language: s.langs.iter().any(|l| l == lang),
                        langs: s.langs.clone(),
                    })
                })
                .collect(),
        }
    }
}
