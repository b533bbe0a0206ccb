//! A translation against its English source: the same heading tree, and the same phone
//! numbers, numbers and links, found in the rendered text of both.

use std::collections::{BTreeMap, BTreeSet};

use super::{NUMBER, PHONE};
use crate::content::SectionFile;
use crate::diagnostic::Diagnostic;
use crate::render::{LinkKind, Rendered};

/// What must be the same in a translation: each value with the offsets it occurs at.
pub(super) struct Facts {
    /// Phone numbers, as digits (and `+`).
    pub phones: BTreeMap<String, Vec<usize>>,
    /// Other numbers.
    pub numbers: BTreeMap<String, Vec<usize>>,
    /// External links.
    pub urls: BTreeMap<String, Vec<usize>>,
}

impl Facts {
    pub fn of(r: &Rendered) -> Facts {
        let mut f = Facts {
            phones: BTreeMap::new(),
            numbers: BTreeMap::new(),
            urls: BTreeMap::new(),
        };
        for (offset, text) in &r.text_runs {
            let mut rest = text.clone();
            for m in PHONE.find_iter(text) {
                let digits: String = m
                    .as_str()
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                f.phones.entry(digits).or_default().push(*offset);
                rest.replace_range(m.range(), &" ".repeat(m.len()));
            }
            for m in NUMBER.find_iter(&rest) {
                f.numbers
                    .entry(m.as_str().to_owned())
                    .or_default()
                    .push(*offset);
            }
        }
        for link in r.links.iter().filter(|l| l.kind == LinkKind::External) {
            f.urls
                .entry(link.dest.clone())
                .or_default()
                .push(link.offset);
        }
        f
    }
}

/// The two files compared, for messages.
struct Pair<'a> {
    en_file: &'a SectionFile,
    file: &'a SectionFile,
}

/// A message and its fix.
type Message = (String, String);

/// How one kind of value is compared and reported.
struct Rule<'a> {
    /// Compare how often each value occurs (numbers), or only whether it does (phones, links).
    counted: bool,
    /// The message for a value of the English that the translation lacks (or has fewer times):
    /// given the value, how often the English and the translation have it, and where.
    missing: &'a dyn Fn(&str, usize, usize, &str) -> Message,
    /// The message for a value the translation has that the English does not (or has fewer).
    extra: &'a dyn Fn(&str, usize, usize) -> Message,
}

impl Pair<'_> {
    /// Compares one kind of value both ways with `rule`.
    fn compare(
        &self,
        en: &BTreeMap<String, Vec<usize>>,
        tr: &BTreeMap<String, Vec<usize>>,
        rule: &Rule<'_>,
        out: &mut Vec<Diagnostic>,
    ) {
        let count = |m: &BTreeMap<String, Vec<usize>>, v: &str| {
            let n = m.get(v).map_or(0, Vec::len);
            if rule.counted {
                n
            } else {
                n.min(1)
            }
        };
        for (value, offsets) in en {
            let (want, have) = (count(en, value), count(tr, value));
            if have < want {
                let at = format!("{}:{}", self.en_file.path, self.en_file.line_at(offsets[0]));
                let (message, fix) = (rule.missing)(value, want, have, &at);
                out.push(Diagnostic::error(&self.file.path, None, message, fix));
            }
        }
        for (value, offsets) in tr {
            let (want, have) = (count(en, value), count(tr, value));
            if have > want {
                let line = self.file.line_at(offsets[want.min(offsets.len() - 1)]);
                let (message, fix) = (rule.extra)(value, want, have);
                out.push(Diagnostic::error(&self.file.path, Some(line), message, fix));
            }
        }
    }

    /// The same headings, with the same anchors, levels and order.
    fn headings(&self, en: &Rendered, r: &Rendered, out: &mut Vec<Diagnostic>) {
        let tree = |r: &Rendered| -> Vec<(u8, String)> {
            r.headings
                .iter()
                .map(|h| (h.level, h.anchor.clone()))
                .collect()
        };
        let (en_tree, tr_tree) = (tree(en), tree(r));
        if en_tree == tr_tree {
            return;
        }
        let have: BTreeSet<&str> = r.headings.iter().map(|h| h.anchor.as_str()).collect();
        let want: BTreeSet<&str> = en.headings.iter().map(|h| h.anchor.as_str()).collect();
        let before = out.len();
        for h in en
            .headings
            .iter()
            .filter(|h| !have.contains(h.anchor.as_str()))
        {
            out.push(Diagnostic::error(
                &self.file.path,
                None,
                format!(
                    "heading mismatch: the English heading '{} {} {{#{}}}' ({}:{}) is missing",
                    "#".repeat(h.level as usize),
                    h.text,
                    h.anchor,
                    self.en_file.path,
                    self.en_file.line_at(h.range.start)
                ),
                "translate the heading and keep its anchor",
            ));
        }
        for h in r
            .headings
            .iter()
            .filter(|h| !want.contains(h.anchor.as_str()))
        {
            out.push(Diagnostic::error(
                &self.file.path,
                Some(self.file.line_at(h.range.start)),
                format!(
                    "heading mismatch: '{{#{}}}' is not a heading of the English source",
                    h.anchor
                ),
                format!(
                    "use the anchors of {} (same headings, same order)",
                    self.en_file.path
                ),
            ));
        }
        if out.len() > before {
            return;
        }
        // Same anchors, different order or level: report the first difference.
        if let Some(i) = en_tree.iter().zip(&tr_tree).position(|(a, b)| a != b) {
            let (h, e) = (&r.headings[i], &en.headings[i]);
            out.push(Diagnostic::error(
                &self.file.path,
                Some(self.file.line_at(h.range.start)),
                format!(
                    "heading mismatch: found '{} … {{#{}}}' where the English source has '{} … {{#{}}}' ({}:{})",
                    "#".repeat(h.level as usize),
                    h.anchor,
                    "#".repeat(e.level as usize),
                    e.anchor,
                    self.en_file.path,
                    self.en_file.line_at(e.range.start)
                ),
                "keep the English heading order and levels",
            ));
        }
    }
}

/// Checks translation `file` (rendered `r`) against its English source `en_file` (`en`).
pub(super) fn check(
    en_file: &SectionFile,
    en: &Rendered,
    file: &SectionFile,
    r: &Rendered,
    out: &mut Vec<Diagnostic>,
) {
    let pair = Pair { en_file, file };
    pair.headings(en, r, out);
    let (e, t) = (Facts::of(en), Facts::of(r));
    let en_path = &en_file.path;
    let en_phones = e.phones.keys().cloned().collect::<Vec<_>>().join(", ");
    pair.compare(
        &e.phones,
        &t.phones,
        &Rule {
            counted: false,
            missing: &|phone, _, _, at| {
                (
                    format!("phone number '{phone}' of the English source ({at}) is missing"),
                    "copy the phone number exactly as in English".to_owned(),
                )
            },
            extra: &|phone, _, _| {
                (
                    format!("phone number '{phone}' is not in the English source"),
                    format!("copy phone numbers exactly from {en_path} (its numbers: {en_phones})"),
                )
            },
        },
        out,
    );
    pair.compare(
        &e.numbers,
        &t.numbers,
        &Rule {
            counted: true,
            missing: &|n, want, have, at| {
                (
                    format!("number '{n}' appears {want} time(s) in the English source ({at}) but {have} time(s) here"),
                    "keep every number of the source, written with digits".to_owned(),
                )
            },
            extra: &|n, want, have| {
                (
                    format!("number '{n}' appears {have} time(s) here but {want} time(s) in the English source"),
                    format!("check the number against {en_path}"),
                )
            },
        },
        out,
    );
    pair.compare(
        &e.urls,
        &t.urls,
        &Rule {
            counted: false,
            missing: &|url, _, _, at| {
                (
                    format!("link '{url}' of the English source ({at}) is missing"),
                    "keep every link of the source".to_owned(),
                )
            },
            extra: &|url, _, _| {
                (
                    format!("link '{url}' is not in the English source"),
                    format!("use the links of {en_path}"),
                )
            },
        },
        out,
    );
}
