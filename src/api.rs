//! The one API of the front ends: a [`Request`] in, a JSON answer or an [`Error`] out.
//!
//! The desktop app has one IPC command that hands the web view's request to [`answer`];
//! `fieldguide serve` turns `/api/<command>?<params>` into the same [`Request`]
//! ([`Request::from_query`]) and answers the same way. So the list of commands, their parameters,
//! their answers and their errors exist once, here: the shells cannot disagree about them, and
//! `ui/api.js` is checked against [`COMMANDS`] by a test. Nothing here blocks on the search
//! index: a search before it is ready answers at once with status `preparing`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::search::SearchOptions;
use crate::Guide;

/// The Content-Security-Policy of the UI, with the one directive that differs between the two
/// transports: where the page may connect.
macro_rules! csp {
    ($connect:literal) => {
        concat!(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; ",
            "font-src 'self'; connect-src ",
            $connect,
            "; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
    };
}

/// The UI's Content-Security-Policy in the desktop app (`tauri.conf.json` must say exactly this:
/// a test compares them): the page may only talk to Tauri's IPC.
pub const CSP_DESKTOP: &str = csp!("ipc: http://ipc.localhost");

/// The UI's Content-Security-Policy under `fieldguide serve`: the page may only `fetch` its own
/// origin.
pub const CSP_SERVE: &str = csp!("'self'");

/// Every command of [`Request`], by its name on the wire.
pub const COMMANDS: &[&str] = &[
    "info",
    "languages",
    "toc",
    "section",
    "slides",
    "country",
    "countries",
    "referral",
    "glossary",
    "messages",
    "format",
    "search",
    "negotiate",
    "changes",
    "start",
];

fn en() -> String {
    "en".to_owned()
}

/// A request of the UI. On the wire: `{"command": "section", "lang": "sv", "id": "return"}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "command", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Request {
    /// The guide's version and the sections with a role: [`GuideInfo`].
    Info,
    /// The languages of `guide.toml`.
    Languages,
    /// The table of contents in `lang`.
    Toc {
        /// The reader's language. Default `en`.
        #[serde(default = "en")]
        lang: String,
    },
    /// Section `id` in `lang`.
    Section {
        /// The reader's language. Default `en`.
        #[serde(default = "en")]
        lang: String,
        /// Section id.
        id: String,
    },
    /// Section `id` in `lang` as slides.
    Slides {
        /// The reader's language. Default `en`.
        #[serde(default = "en")]
        lang: String,
        /// Section id.
        id: String,
    },
    /// The facts of country `cc`.
    Country {
        /// Country code (`se`).
        cc: String,
        /// The reader's language. Default `en`.
        #[serde(default = "en")]
        lang: String,
    },
    /// Every country, named in `lang`.
    Countries {
        /// The reader's language. Default `en`.
        #[serde(default = "en")]
        lang: String,
    },
    /// The referral view: the person is in `here`, from `origin` (none: a country the guide does
    /// not cover).
    Referral {
        /// The reader's language. Default `en`.
        #[serde(default = "en")]
        lang: String,
        /// Where the person (and the officer) is.
        here: String,
        /// Where the person comes from.
        #[serde(default)]
        origin: Option<String>,
    },
    /// The glossary in `lang`.
    Glossary {
        /// The reader's language. Default `en`.
        #[serde(default = "en")]
        lang: String,
    },
    /// Every UI message in `lang`.
    Messages {
        /// The UI language. Default `en`.
        #[serde(default = "en")]
        lang: String,
    },
    /// UI message `id` formatted with `args` (plural forms).
    Format {
        /// The UI language. Default `en`.
        #[serde(default = "en")]
        lang: String,
        /// Message id.
        id: String,
        /// Arguments, as text; numeric strings select plural forms.
        #[serde(default)]
        args: BTreeMap<String, String>,
    },
    /// A search.
    Search {
        /// The query.
        #[serde(default)]
        q: String,
        /// The reader's language (boosted, not a filter). Default `en`.
        #[serde(default = "en")]
        lang: String,
        /// Most hits. Default 10.
        #[serde(default)]
        limit: Option<usize>,
        /// One hit per language instead of one per paragraph.
        #[serde(default)]
        all: bool,
    },
    /// What changed when the guide in use was installed from a pack: [`crate::ChangesView`].
    Changes {
        /// The reader's language (country names and fact labels). Default `en`.
        #[serde(default = "en")]
        lang: String,
    },
    /// The best UI language for the reader's preferences.
    Negotiate {
        /// BCP 47 tags, most preferred first.
        #[serde(default)]
        requested: Vec<String>,
    },
    /// Everything the first screen needs, in one answer: [`StartView`]. The UI's start-up asks
    /// this once instead of `languages`, `negotiate`, `messages`, `toc` and `section` in turn.
    Start {
        /// The reader's preferred languages (BCP 47 tags, most preferred first): the UI language
        /// is negotiated from them when `ui` is not given.
        #[serde(default)]
        requested: Vec<String>,
        /// The UI language kept in the settings, if any.
        #[serde(default)]
        ui: Option<String>,
        /// The content language kept in the settings, if any (used when it is a language of the
        /// guide's reader).
        #[serde(default)]
        content: Option<String>,
        /// The section the first screen shows, if it shows one.
        #[serde(default)]
        section: Option<String>,
    },
}

/// Why a request got no answer: `{"kind": "not-found", "message": "…"}` in both transports.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", content = "message", rename_all = "kebab-case")]
pub enum Error {
    /// No section, country, message or command of that name.
    #[error("{0}")]
    NotFound(String),
    /// A parameter is missing or not of its type.
    #[error("{0}")]
    BadRequest(String),
}

impl Error {
    /// The stable name of the error's kind (`not-found`, `bad-request`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::NotFound(_) => "not-found",
            Error::BadRequest(_) => "bad-request",
        }
    }
}

/// The guide's version and the sections the UI gives a part to.
#[derive(Debug, Clone, Serialize)]
pub struct GuideInfo {
    /// `guide.toml`'s version.
    pub version: String,
    /// The source language.
    pub source_language: String,
    /// The glossary's section id.
    pub glossary: Option<String>,
    /// The rights leaflet's section id.
    pub leaflet: Option<String>,
}

/// The answer of [`Request::Start`]: what the UI needs to paint its first screen.
#[derive(Debug, Clone, Serialize)]
pub struct StartView<'a> {
    /// The guide's languages (as [`Request::Languages`]).
    pub languages: &'a [crate::content::Language],
    /// The UI messages (as [`Request::Messages`]); their `lang` is the UI language in use.
    pub messages: crate::Messages,
    /// The content language: the one kept in the settings when the guide's reader has it, else
    /// the UI language when the guide has it, else English.
    pub content: String,
    /// The table of contents in `content` (as [`Request::Toc`]).
    pub toc: Vec<crate::TocEntry>,
    /// The section asked for, in `content` (as [`Request::Section`]); none when there is no
    /// section of that id.
    pub section: Option<crate::SectionView>,
}

impl Request {
    /// The request of `fieldguide serve`'s `/api/<command>?<params>`: every parameter is text
    /// there, so numbers and flags are read from text here, `negotiate`'s `accept` is a
    /// comma-separated list (also `start`'s), and every parameter of `format` other than `lang` and `id` is a
    /// message argument.
    pub fn from_query(
        command: &str,
        mut params: BTreeMap<String, String>,
    ) -> Result<Request, Error> {
        if !COMMANDS.contains(&command) {
            return Err(Error::NotFound(format!(
                "no API command '{command}' (the commands: {})",
                COMMANDS.join(", ")
            )));
        }
        let mut obj = serde_json::Map::new();
        obj.insert("command".into(), command.into());
        match command {
            "format" => {
                for key in ["lang", "id"] {
                    if let Some(v) = params.remove(key) {
                        obj.insert(key.into(), v.into());
                    }
                }
                obj.insert(
                    "args".into(),
                    serde_json::to_value(params).expect("strings"),
                );
            }
            "negotiate" | "start" => {
                let accept = params.remove("accept").unwrap_or_default();
                let requested: Vec<String> = accept
                    .split(',')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect();
                obj.insert("requested".into(), requested.into());
                if command == "start" {
                    for (key, value) in params {
                        obj.insert(key, value.into());
                    }
                }
            }
            _ => {
                for (key, value) in params {
                    let value = match key.as_str() {
                        "limit" => value.parse::<usize>().map(Into::into).map_err(|_| {
                            Error::BadRequest(format!("limit '{value}' is not a number"))
                        })?,
                        "all" => matches!(value.as_str(), "1" | "true" | "yes" | "").into(),
                        "origin" if value.trim().is_empty() => serde_json::Value::Null,
                        _ => value.into(),
                    };
                    obj.insert(key, value);
                }
            }
        }
        serde_json::from_value(obj.into()).map_err(|e| Error::BadRequest(format!("{command}: {e}")))
    }
}

/// Answers `request` from `guide`, as the JSON both transports send.
pub fn answer(guide: &Guide, request: Request) -> Result<serde_json::Value, Error> {
    fn json<T: Serialize>(value: T) -> Result<serde_json::Value, Error> {
        Ok(serde_json::to_value(value).expect("views serialize"))
    }
    let not_found =
        |what: &str, id: &str| Error::NotFound(format!("no {what} '{id}' in this guide"));
    match request {
        Request::Info => json(GuideInfo {
            version: guide.version().to_owned(),
            source_language: guide.source_language().to_owned(),
            glossary: guide.content.manifest.roles.glossary.clone(),
            leaflet: guide.content.manifest.roles.leaflet.clone(),
        }),
        Request::Languages => json(guide.languages()),
        Request::Toc { lang } => json(guide.toc(&lang)),
        Request::Section { lang, id } => json(
            guide
                .section(&lang, &id)
                .ok_or_else(|| not_found("section", &id))?,
        ),
        Request::Slides { lang, id } => json(
            guide
                .slides(&lang, &id)
                .ok_or_else(|| not_found("section", &id))?,
        ),
        Request::Country { cc, lang } => json(
            guide
                .country(&cc, &lang)
                .ok_or_else(|| not_found("country", &cc))?,
        ),
        Request::Countries { lang } => json(guide.countries(&lang)),
        Request::Referral { lang, here, origin } => {
            if here.trim().is_empty() {
                return Err(Error::BadRequest(
                    "missing parameter 'here' (the country where the person is, e.g. here=se, origin=ro)".to_owned(),
                ));
            }
            let origin = origin.filter(|o| !o.trim().is_empty());
            guide
                .referral(&lang, &here, origin.as_deref())
                .map_err(|e| Error::NotFound(e.to_string()))
                .and_then(json)
        }
        Request::Glossary { lang } => json(guide.glossary(&lang)),
        Request::Messages { lang } => json(guide.messages(&lang)),
        Request::Format { lang, id, args } => json(
            guide
                .format_message(&lang, &id, &args)
                .ok_or_else(|| not_found("message", &id))?,
        ),
        Request::Search {
            q,
            lang,
            limit,
            all,
        } => {
            let defaults = SearchOptions::default();
            json(guide.search(
                &q,
                &SearchOptions {
                    lang,
                    all_languages: all,
                    limit: limit.unwrap_or(defaults.limit),
                },
            ))
        }
        Request::Negotiate { requested } => json(guide.negotiate(&requested)),
        Request::Changes { lang } => json(guide.changes_view(&lang)),
        Request::Start {
            requested,
            ui,
            content,
            section,
        } => {
            let ui = ui.unwrap_or_else(|| guide.negotiate(&requested));
            let messages = guide.messages(&ui);
            let languages = guide.languages();
            let content = content
                .filter(|c| languages.iter().any(|l| &l.code == c && !l.leaflet_only()))
                .unwrap_or_else(|| {
                    if languages.iter().any(|l| l.code == messages.lang) {
                        messages.lang.clone()
                    } else {
                        "en".to_owned()
                    }
                });
            json(StartView {
                languages,
                toc: guide.toc(&content),
                section: section.and_then(|id| guide.section(&content, &id)),
                messages,
                content,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).into(), (*v).into()))
            .collect()
    }

    #[test]
    fn every_command_is_a_request() {
        for command in COMMANDS {
            match Request::from_query(command, BTreeMap::new()) {
                Ok(_) => {}
                // Missing required parameters are the only acceptable failure.
                Err(Error::BadRequest(m)) => assert!(m.contains("missing field"), "{command}: {m}"),
                Err(e) => panic!("{command}: {e}"),
            }
        }
    }

    #[test]
    fn query_parameters_are_typed() {
        assert_eq!(
            Request::from_query(
                "search",
                query(&[
                    ("q", "betänketid"),
                    ("lang", "sv"),
                    ("limit", "5"),
                    ("all", "1")
                ])
            ),
            Ok(Request::Search {
                q: "betänketid".into(),
                lang: "sv".into(),
                limit: Some(5),
                all: true
            })
        );
        assert_eq!(
            Request::from_query("format", query(&[("id", "results"), ("count", "3")])),
            Ok(Request::Format {
                lang: "en".into(),
                id: "results".into(),
                args: query(&[("count", "3")])
            })
        );
        assert_eq!(
            Request::from_query("negotiate", query(&[("accept", "sv-SE, en")])),
            Ok(Request::Negotiate {
                requested: vec!["sv-SE".into(), "en".into()]
            })
        );
        assert_eq!(
            Request::from_query(
                "start",
                query(&[("accept", "sv-SE, en"), ("ui", "sv"), ("section", "about")])
            ),
            Ok(Request::Start {
                requested: vec!["sv-SE".into(), "en".into()],
                ui: Some("sv".into()),
                content: None,
                section: Some("about".into())
            })
        );
        assert_eq!(
            Request::from_query("referral", query(&[("here", "se"), ("origin", "")])),
            Ok(Request::Referral {
                lang: "en".into(),
                here: "se".into(),
                origin: None
            })
        );
    }

    #[test]
    fn bad_requests_say_what_is_wrong() {
        assert_eq!(
            Request::from_query("search", query(&[("limit", "many")])),
            Err(Error::BadRequest("limit 'many' is not a number".into()))
        );
        let unknown = Request::from_query("delete", BTreeMap::new()).unwrap_err();
        assert_eq!(unknown.kind(), "not-found");
        assert!(unknown.to_string().starts_with("no API command 'delete'"));
        let extra = Request::from_query("toc", query(&[("lang", "sv"), ("x", "1")])).unwrap_err();
        assert!(extra.to_string().contains("unknown field `x`"), "{extra}");
        assert_eq!(
            serde_json::to_value(Error::NotFound("no section 'x' in this guide".into())).unwrap(),
            serde_json::json!({"kind": "not-found", "message": "no section 'x' in this guide"})
        );
    }
}
