//! The country facts, shown for where the reader dials from.

use super::Guide;
use crate::content;
use crate::view::{ContactView, CountryView, Dialling, FactView};

impl Guide {
    /// The facts of country `cc` (e.g. `se`) with labels in `lang`, numbers shown for a reader
    /// whose place is not known (both forms).
    pub fn country(&self, cc: &str, lang: &str) -> Option<CountryView> {
        let country = self.content.countries.get(cc)?;
        Some(CountryView {
            code: country.code.clone(),
            name: self.country_name(cc, lang),
            section: country.section.clone(),
            facts: country
                .facts
                .iter()
                .map(|f| self.fact_view(country, f, lang, Dialling::Unknown))
                .collect(),
        })
    }

    /// One fact for a reader of `lang` who dials from `dialling`.
    pub(super) fn fact_view(
        &self,
        country: &content::Country,
        fact: &content::Fact,
        lang: &str,
        dialling: Dialling,
    ) -> FactView {
        let index = country
            .facts
            .iter()
            .take_while(|f| !std::ptr::eq(*f, fact))
            .filter(|f| f.key == fact.key)
            .count();
        let mut view = FactView {
            changed: self.fact_changed(&country.code, fact.key, index),
            key: fact.key,
            label: self.fact_label(fact.key.as_str(), lang),
            value: None,
            run_by: None,
            contact: None,
            languages: Vec::new(),
            source: None,
            note: fact.note.clone(),
            to_verify: None,
        };
        match &fact.body {
            content::FactBody::ToVerify(what) => view.to_verify = Some(what.clone()),
            content::FactBody::Sourced(s) => {
                let p = &s.provenance;
                view.value = Some(s.value.clone());
                view.run_by = s.run_by.clone();
                view.languages = s.languages.clone();
                view.source =
                    Some(self.provenance(&p.source, p.as_of, p.checked, p.checked_against));
                view.contact = s.contact.as_ref().map(|c| {
                    let international = country.international(c);
                    let reachable = dialling != Dialling::Abroad || c.abroad != content::Reach::No;
                    let dial = match (dialling, &international) {
                        (Dialling::Abroad, Some(intl)) => intl.clone(),
                        _ => c.local.clone(),
                    };
                    ContactView {
                        tel: c.phone.as_str().to_owned(),
                        local: c.local.clone(),
                        international,
                        dial,
                        dialling,
                        reachable,
                        hours: c.hours.clone(),
                        abroad: c.abroad,
                        audience: c.audience,
                    }
                });
            }
        }
        view
    }

    /// The name of country `cc` in `lang` (Fluent `country-<cc>`), else its code in capitals.
    pub(super) fn country_name(&self, cc: &str, lang: &str) -> String {
        self.locales
            .message(lang, &format!("country-{cc}"))
            .unwrap_or_else(|| cc.to_uppercase())
    }

    /// The label of fact key `key` in `lang` (Fluent `fact-<key>`), else the key itself.
    pub(super) fn fact_label(&self, key: &str, lang: &str) -> String {
        self.locales
            .message(lang, &format!("fact-{key}"))
            .unwrap_or_else(|| key.to_owned())
    }
}
