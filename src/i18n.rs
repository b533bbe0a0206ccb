//! UI strings: Fluent bundles from `locales/<lang>/app.ftl`, and language negotiation.
//!
//! This module owns the user-interface text — never the guide's content, which lives in
//! `guide-content/`. English (`locales/en/app.ftl`) is complete and is the fallback for every
//! message a locale lacks, so the UI never shows a message id. Parsing is lenient: a file with a
//! syntax error still provides every message that parsed, and the error becomes a diagnostic.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{line_of, Diagnostic};
use crate::files::Files;

/// The UI messages of one language, ready for the UI.
#[derive(Debug, Clone, Serialize)]
pub struct Messages {
    /// The language the messages are in (English fills the gaps of a partial locale).
    pub lang: String,
    /// Message id → text, with variables left as `{$name}` placeholders.
    pub messages: BTreeMap<String, String>,
}

struct Locale {
    path: String,
    bundle: FluentBundle<FluentResource>,
    /// Message ids with their 1-based lines.
    ids: Vec<(String, usize)>,
}

/// All locales of the app.
pub struct Locales {
    locales: BTreeMap<String, Locale>,
    fallback: String,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.locales.keys().collect::<Vec<_>>())
            .field("fallback", &self.fallback)
            .finish()
    }
}

impl Locales {
    /// Loads every `<lang>/app.ftl` of `files` (the contents of `locales/`). `fallback` is the
    /// language whose messages are complete (`en`).
    pub fn load(files: &Files, display_root: &str, fallback: &str) -> (Locales, Vec<Diagnostic>) {
        let mut diagnostics = Vec::new();
        let mut locales = BTreeMap::new();
        for (rel, entry) in &files.entries {
            let path = format!("{display_root}/{rel}");
            let Some(lang) = rel.strip_suffix("/app.ftl") else {
                continue;
            };
            let text = match entry {
                Ok(text) => text.clone(),
                Err(why) => {
                    diagnostics.push(Diagnostic::error(
                        &path,
                        None,
                        format!("cannot read the file: {why}"),
                        "save it as UTF-8 text",
                    ));
                    continue;
                }
            };
            let langid: LanguageIdentifier = match lang.parse() {
                Ok(id) => id,
                Err(_) => {
                    diagnostics.push(Diagnostic::error(
                        &path,
                        None,
                        format!("'{lang}' is not a language tag"),
                        "name the folder after the language's BCP 47 code, e.g. 'sv'",
                    ));
                    continue;
                }
            };
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        diagnostics.push(Diagnostic::error(
                            &path,
                            Some(line_of(&text, error.pos.start)),
                            format!("Fluent syntax error: {}", error.kind),
                            "see https://projectfluent.org/fluent/guide/ — a message is `id = text`, continuation lines are indented",
                        ));
                    }
                    resource
                }
            };
            let ids = message_ids(&text, &resource);
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks around variables would leak into JSON and tests; all our
            // languages are left-to-right.
            bundle.set_use_isolating(false);
            if let Err(errors) = bundle.add_resource(resource) {
                for error in errors {
                    diagnostics.push(Diagnostic::error(
                        &path,
                        None,
                        format!("{error}"),
                        "each message id must be defined once",
                    ));
                }
            }
            locales.insert(lang.to_owned(), Locale { path, bundle, ids });
        }
        (
            Locales {
                locales,
                fallback: fallback.to_owned(),
            },
            diagnostics,
        )
    }

    /// The best available UI language for `requested` (most preferred first, BCP 47 tags such as
    /// `sv-SE`), falling back to English.
    pub fn negotiate(&self, requested: &[String]) -> String {
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|r| r.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> =
            self.locales.keys().filter_map(|l| l.parse().ok()).collect();
        let default: LanguageIdentifier = self.fallback.parse().unwrap_or_default();
        negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        )
        .first()
        .map(|l| l.to_string())
        .unwrap_or_else(|| self.fallback.clone())
    }

    /// The language messages for `lang` come from: `lang` itself when it has a locale, else the
    /// fallback.
    fn resolve<'a>(&'a self, lang: &'a str) -> &'a str {
        if self.locales.contains_key(lang) {
            lang
        } else {
            &self.fallback
        }
    }

    /// Formats message `id` in `lang` (English where `lang` lacks it). Numeric argument values
    /// become Fluent numbers, so plural selectors work.
    pub fn format(&self, lang: &str, id: &str, args: &BTreeMap<String, String>) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value.parse::<f64>() {
                Ok(n) => fluent_args.set(name.clone(), FluentValue::from(n)),
                Err(_) => fluent_args.set(name.clone(), FluentValue::from(value.clone())),
            }
        }
        let lang = self.resolve(lang);
        [lang, self.fallback.as_str()]
            .into_iter()
            .filter_map(|l| self.locales.get(l))
            .find_map(|locale| format_in(&locale.bundle, id, Some(&fluent_args)))
    }

    /// Message `id` in `lang` with no arguments (variables stay `{$name}`).
    pub fn message(&self, lang: &str, id: &str) -> Option<String> {
        let lang = self.resolve(lang);
        [lang, self.fallback.as_str()]
            .into_iter()
            .filter_map(|l| self.locales.get(l))
            .find_map(|locale| format_in(&locale.bundle, id, None))
    }

    /// Every message of the fallback locale, in `lang` where it has it.
    pub fn messages(&self, lang: &str) -> Messages {
        let lang = self.resolve(lang).to_owned();
        let messages = self
            .locales
            .get(&self.fallback)
            .map(|en| {
                en.ids
                    .iter()
                    .filter_map(|(id, _)| Some((id.clone(), self.message(&lang, id)?)))
                    .collect()
            })
            .unwrap_or_default();
        Messages { lang, messages }
    }

    /// How many of the fallback locale's messages `lang` has, and how many there are.
    pub fn coverage(&self, lang: &str) -> (usize, usize) {
        let Some(en) = self.locales.get(&self.fallback) else {
            return (0, 0);
        };
        let have = self
            .locales
            .get(lang)
            .map(|l| {
                en.ids
                    .iter()
                    .filter(|(id, _)| l.bundle.has_message(id))
                    .count()
            })
            .unwrap_or(0);
        (have, en.ids.len())
    }

    /// Parity: every locale has every message of the fallback locale.
    pub fn check(&self, languages: &[String]) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let Some(en) = self.locales.get(&self.fallback) else {
            out.push(Diagnostic::error(
                format!("locales/{}/app.ftl", self.fallback),
                None,
                "the English locale is missing",
                "every UI message is defined in locales/en/app.ftl",
            ));
            return out;
        };
        for lang in languages {
            if lang == &self.fallback {
                continue;
            }
            let Some(locale) = self.locales.get(lang) else {
                let path = en.path.replace(
                    &format!("/{}/app.ftl", self.fallback),
                    &format!("/{lang}/app.ftl"),
                );
                out.push(Diagnostic::warning(
                    path,
                    None,
                    format!("the UI has no '{lang}' locale yet: it is shown in English"),
                    format!(
                        "translate locales/{}/app.ftl into locales/{lang}/app.ftl",
                        self.fallback
                    ),
                ));
                continue;
            };
            for (id, line) in &en.ids {
                if !locale.bundle.has_message(id) {
                    out.push(Diagnostic::error(
                        &locale.path,
                        None,
                        format!("message '{id}' is missing (defined in {}:{line})", en.path),
                        format!("add '{id} = …' translated from the English message"),
                    ));
                }
            }
            for (id, line) in &locale.ids {
                if !en.bundle.has_message(id) {
                    out.push(Diagnostic::warning(
                        &locale.path,
                        Some(*line),
                        format!("message '{id}' is not in the English locale and is never shown"),
                        "remove it, or add it to locales/en/app.ftl first",
                    ));
                }
            }
        }
        out
    }
}

fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn message_ids(text: &str, resource: &FluentResource) -> Vec<(String, usize)> {
    let mut lines = BTreeMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            if !id.is_empty()
                && !line.starts_with([' ', '\t', '#', '-', '.'])
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                lines.entry(id.to_owned()).or_insert(line_of(text, offset));
            }
        }
        offset += line.len();
    }
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .map(|id| {
            let line = lines.get(&id).copied().unwrap_or(1);
            (id, line)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales(files: &[(&str, &str)]) -> (Locales, Vec<Diagnostic>) {
        let mut f = Files::default();
        for (path, text) in files {
            f.entries.insert(path.to_string(), Ok(text.to_string()));
        }
        Locales::load(&f, "locales", "en")
    }

    #[test]
    fn falls_back_to_english_per_message() {
        let (l, d) = locales(&[("en/app.ftl", "a = A\nb = B\n"), ("sv/app.ftl", "a = Ä\n")]);
        assert!(d.is_empty());
        let m = l.messages("sv");
        assert_eq!(m.messages["a"], "Ä");
        assert_eq!(m.messages["b"], "B");
        assert_eq!(l.messages("fi").lang, "en");
    }

    #[test]
    fn plurals_select_by_number() {
        let (l, _) = locales(&[(
            "en/app.ftl",
            "hits = { $count ->\n    [one] one result\n   *[other] { $count } results\n}\n",
        )]);
        let one = BTreeMap::from([("count".to_string(), "1".to_string())]);
        let many = BTreeMap::from([("count".to_string(), "4".to_string())]);
        assert_eq!(l.format("en", "hits", &one).unwrap(), "one result");
        assert_eq!(l.format("en", "hits", &many).unwrap(), "4 results");
        assert_eq!(l.messages("en").messages["hits"], "{$count} results");
    }

    #[test]
    fn negotiates_region_tags_down_to_the_language() {
        let (l, _) = locales(&[("en/app.ftl", "a = A\n"), ("sv/app.ftl", "a = Ä\n")]);
        assert_eq!(l.negotiate(&["sv-SE".into(), "en".into()]), "sv");
        assert_eq!(l.negotiate(&["ja".into()]), "en");
    }
}
