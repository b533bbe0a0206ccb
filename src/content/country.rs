//! `countries/<cc>.toml`: the language-independent facts of one country.
//!
//! A file is read in two steps. serde reads each `[[facts]]` table into a [`RawFact`] (every
//! field optional, each typed: a key that is not a [`FactKey`], a source that is not https, a
//! phone number that is not E.164 is refused here with its line). Then [`Fact::from_raw`] decides
//! what the fact is: a sourced fact (a value with its [`Provenance`], and a [`Contact`] when it is
//! a number to call) or a fact still to verify. A fact that is neither is reported and left out,
//! so a value without a source never reaches an officer. One bad fact never loses the others.

use serde::{Deserialize, Serialize};

use super::fact::{AsOf, Audience, CheckedAgainst, Date, FactKey, Hours, HttpsUrl, Phone, Reach};
use crate::diagnostic::{line_of, Diagnostic};

/// One fact about a country.
#[derive(Debug, Clone)]
pub struct Fact {
    /// What the fact is.
    pub key: FactKey,
    /// A short explanation, in English.
    pub note: Option<String>,
    /// Sourced, or still to verify.
    pub body: FactBody,
    /// 1-based line of its `[[facts]]` table.
    pub line: usize,
}

/// What is known of a fact.
#[derive(Debug, Clone)]
pub enum FactBody {
    /// A value with the source it comes from.
    Sourced(Box<Sourced>),
    /// No value yet: what must be checked before one can be given.
    ToVerify(String),
}

/// A fact with a value and its source.
#[derive(Debug, Clone)]
pub struct Sourced {
    /// The fact, in English.
    pub value: String,
    /// The organisation that runs the service, where that is not the value itself.
    pub run_by: Option<String>,
    /// The number to call, when the fact is one.
    pub contact: Option<Contact>,
    /// Languages answered (BCP 47), where a source says.
    pub languages: Vec<String>,
    /// Where the value comes from and when it was checked.
    pub provenance: Provenance,
}

/// A number to call, with everything an officer needs before dialling it.
#[derive(Debug, Clone)]
pub struct Contact {
    /// The number in international form, or a short number.
    pub phone: Phone,
    /// The number as dialled inside the country, in its local grouping.
    pub local: String,
    /// When it answers.
    pub hours: Hours,
    /// Whether it can be reached from another country.
    pub abroad: Reach,
    /// Who calls it.
    pub audience: Audience,
}

/// Where a fact comes from, as of when, and when and how it was checked.
#[derive(Debug, Clone)]
pub struct Provenance {
    /// The source's address.
    pub source: HttpsUrl,
    /// The date of the information in the source.
    pub as_of: AsOf,
    /// When the value was compared with the source.
    pub checked: Date,
    /// What it was compared with.
    pub checked_against: CheckedAgainst,
    /// The source's words for the fact (quoted or translated), numbers as digits.
    pub source_says: String,
}

/// A `[[facts]]` table as written: every field optional, each typed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    key: FactKey,
    value: Option<String>,
    run_by: Option<String>,
    phone: Option<Phone>,
    local: Option<String>,
    hours: Option<Hours>,
    abroad: Option<Reach>,
    #[serde(rename = "for")]
    audience: Option<Audience>,
    #[serde(default)]
    languages: Vec<String>,
    note: Option<String>,
    source: Option<HttpsUrl>,
    as_of: Option<AsOf>,
    checked: Option<Date>,
    checked_against: Option<CheckedAgainst>,
    source_says: Option<String>,
    to_verify: Option<String>,
}

impl Fact {
    /// Decides what a raw fact is, or says what it lacks (`path` and `line` for the message).
    pub fn from_raw(raw: RawFact, path: &str, line: usize) -> Result<Fact, Diagnostic> {
        let key = raw.key;
        let err = |message: String, fix: &str| Diagnostic::error(path, Some(line), message, fix);
        let body = match (raw.value, raw.to_verify) {
            (Some(_), Some(_)) => {
                return Err(err(
                    format!("fact '{key}' has both a value and a to_verify note"),
                    "remove to_verify once the value is sourced, or remove the value",
                ))
            }
            (None, None) => {
                return Err(err(
                    format!("fact '{key}' has neither a value nor a to_verify note"),
                    "add value with source, as_of, checked, checked_against and source_says, or to_verify = \"what must be checked\"",
                ))
            }
            (None, Some(what)) => {
                if raw.phone.is_some() || raw.source.is_some() {
                    return Err(err(
                        format!("fact '{key}' is to verify but gives a phone number or a source"),
                        "a fact still to verify has only key, to_verify and note: move what is sourced into a fact with a value",
                    ));
                }
                FactBody::ToVerify(what)
            }
            (Some(value), None) => {
                let missing: Vec<&str> = [
                    ("source", raw.source.is_none()),
                    ("as_of", raw.as_of.is_none()),
                    ("checked", raw.checked.is_none()),
                    ("checked_against", raw.checked_against.is_none()),
                    ("source_says", raw.source_says.is_none()),
                ]
                .into_iter()
                .filter_map(|(field, absent)| absent.then_some(field))
                .collect();
                if !missing.is_empty() {
                    return Err(err(
                        format!("fact '{key}' = '{value}' has no {}", missing.join(", ")),
                        "every value needs source (https), as_of (the date of the information in the source), checked (the day you compared them), checked_against and source_says (the source's words); if it cannot be sourced, remove the value and write to_verify",
                    ));
                }
                let contact = match raw.phone {
                    None => {
                        let stray: Vec<&str> = [
                            ("local", raw.local.is_some()),
                            ("hours", raw.hours.is_some()),
                            ("abroad", raw.abroad.is_some()),
                            ("for", raw.audience.is_some()),
                        ]
                        .into_iter()
                        .filter_map(|(field, present)| present.then_some(field))
                        .collect();
                        if !stray.is_empty() {
                            return Err(err(
                                format!("fact '{key}' has {} but no phone", stray.join(", ")),
                                "add phone = \"+…\" (E.164), or remove what belongs to a number",
                            ));
                        }
                        None
                    }
                    Some(phone) => {
                        let missing: Vec<&str> = [
                            ("local", raw.local.is_none()),
                            ("hours", raw.hours.is_none()),
                            ("abroad", raw.abroad.is_none()),
                            ("for", raw.audience.is_none()),
                        ]
                        .into_iter()
                        .filter_map(|(field, absent)| absent.then_some(field))
                        .collect();
                        if !missing.is_empty() {
                            return Err(err(
                                format!(
                                    "phone number {} of fact '{key}' has no {}",
                                    phone.as_str(),
                                    missing.join(", ")
                                ),
                                "a number to call says how it is dialled in the country (local), when it answers (hours: \"24/7\", \"Mon-Fri 09:00-17:00\" or \"not-stated\"), whether it answers from abroad (abroad: yes, no, not-stated) and who it is for (for: victims, professionals, both, public)",
                            ));
                        }
                        Some(Contact {
                            phone,
                            local: raw.local.unwrap_or_default(),
                            hours: raw.hours.unwrap_or(Hours::NotStated),
                            abroad: raw.abroad.unwrap_or(Reach::NotStated),
                            audience: raw.audience.unwrap_or(Audience::Both),
                        })
                    }
                };
                FactBody::Sourced(Box::new(Sourced {
                    value,
                    run_by: raw.run_by,
                    contact,
                    languages: raw.languages,
                    provenance: Provenance {
                        source: raw.source.expect("checked above"),
                        as_of: raw.as_of.expect("checked above"),
                        checked: raw.checked.expect("checked above"),
                        checked_against: raw.checked_against.expect("checked above"),
                        source_says: raw.source_says.expect("checked above"),
                    },
                }))
            }
        };
        Ok(Fact {
            key,
            note: raw.note,
            body,
            line,
        })
    }

    /// The sourced value, if there is one.
    pub fn sourced(&self) -> Option<&Sourced> {
        match &self.body {
            FactBody::Sourced(s) => Some(s),
            FactBody::ToVerify(_) => None,
        }
    }
}

/// `countries/<cc>.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    section: String,
    calling_code: String,
    #[serde(default)]
    trunk_prefix: Option<String>,
    #[serde(default)]
    facts: Vec<toml::Value>,
}

/// `countries/<cc>.toml`: language-independent facts about one country.
#[derive(Debug, Clone, Serialize)]
pub struct Country {
    /// ISO 3166 alpha-2 code, lowercase (`dk`).
    pub code: String,
    /// The narrative section of this country (`country-dk`).
    pub section: String,
    /// The international calling code, `+45`.
    pub calling_code: String,
    /// What is dialled before a national number inside the country (`0`), if anything.
    pub trunk_prefix: Option<String>,
    /// The facts that loaded, in display order.
    #[serde(skip)]
    pub facts: Vec<Fact>,
    /// Path for messages (not in the file).
    #[serde(skip)]
    pub path: String,
    /// The file's revision (see [`super::revision`]): what the search index cache is keyed by.
    #[serde(skip)]
    pub rev: String,
}

impl Country {
    /// Reads a country file; `file` is its name (`dk.toml`). Facts that fail become
    /// diagnostics and the rest loads; a file that is not valid at all is one diagnostic.
    pub fn parse(path: &str, file: &str, text: &str, out: &mut Vec<Diagnostic>) -> Option<Country> {
        let raw: RawCountry = match toml::from_str(text) {
            Ok(raw) => raw,
            Err(e) => {
                out.push(Diagnostic::error(
                    path,
                    e.span().map(|s| line_of(text, s.start)),
                    format!("country facts are not valid: {}", e.message()),
                    "each file has code, section, calling_code and [[facts]] (see docs/content-format.md)",
                ));
                return None;
            }
        };
        let stem = file.trim_end_matches(".toml");
        if raw.code != stem {
            out.push(Diagnostic::error(
                path,
                text.find("code").map(|o| line_of(text, o)),
                format!("code '{}' does not match the file name '{file}'", raw.code),
                format!("set code = \"{stem}\""),
            ));
            return None;
        }
        let calling = raw.calling_code.strip_prefix('+').unwrap_or("");
        if calling.is_empty() || calling.len() > 3 || !calling.bytes().all(|b| b.is_ascii_digit()) {
            out.push(Diagnostic::error(
                path,
                text.find("calling_code").map(|o| line_of(text, o)),
                format!(
                    "calling_code '{}' is not a country calling code",
                    raw.calling_code
                ),
                "write '+' and the country code, e.g. calling_code = \"+46\"",
            ));
            return None;
        }
        let lines: Vec<usize> = text
            .match_indices("[[facts]]")
            .map(|(o, _)| line_of(text, o))
            .collect();
        let mut facts = Vec::new();
        for (i, value) in raw.facts.into_iter().enumerate() {
            let line = lines.get(i).copied().unwrap_or(1);
            let parsed = value
                .try_into::<RawFact>()
                .map_err(|e| {
                    Diagnostic::error(
                        path,
                        Some(line),
                        format!("fact {}: {}", i + 1, e.message().trim()),
                        "see the fields of a fact in docs/content-format.md",
                    )
                })
                .and_then(|raw| Fact::from_raw(raw, path, line));
            match parsed {
                Ok(fact) => facts.push(fact),
                Err(d) => out.push(d),
            }
        }
        Some(Country {
            code: raw.code,
            section: raw.section,
            calling_code: raw.calling_code,
            trunk_prefix: raw.trunk_prefix,
            facts,
            path: path.to_owned(),
            rev: super::revision(text),
        })
    }

    /// The international form of a number for display: `+46 20-390 000` from the local form
    /// `020-390 000` (the trunk prefix dropped, the local grouping kept). `None` for a short
    /// number.
    pub fn international(&self, contact: &Contact) -> Option<String> {
        let Phone::E164(_) = contact.phone else {
            return None;
        };
        let mut local = contact.local.trim();
        if let (Some(prefix), Some(national)) = (&self.trunk_prefix, self.national_number(contact))
        {
            let digits: String = local.chars().filter(char::is_ascii_digit).collect();
            if digits == format!("{prefix}{national}") && local.starts_with(prefix.as_str()) {
                local = local[prefix.len()..].trim_start_matches([' ', '-']);
            }
        }
        Some(format!("{} {}", self.calling_code, local))
    }

    /// The national number of an E.164 number of this country (digits after the calling code);
    /// `None` for a short number or a number of another country.
    pub fn national_number<'c>(&self, contact: &'c Contact) -> Option<&'c str> {
        match &contact.phone {
            Phone::E164(s) => s.strip_prefix(self.calling_code.as_str()),
            Phone::Short(_) => None,
        }
    }
}
