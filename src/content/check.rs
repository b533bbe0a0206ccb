//! `fieldguide check`: the content gate.
//!
//! Everything that can be wrong with the guide's text, found in one run and reported with file,
//! line and fix: missing sections, incomplete front matter, anchors and links that do not
//! resolve, translations whose headings, numbers, phone numbers or URLs differ from the English
//! source, stale translations, unsafe Markdown, country facts without a source, Fluent files that
//! do not parse or lack messages.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

use super::{is_slug, Content, SectionFile, FACT_KEYS};
use crate::diagnostic::Diagnostic;
use crate::i18n::Locales;
use crate::render::{self, Labels, LinkKind, RenderContext, Rendered};

/// Runs every check on loaded content and locales. Load diagnostics are not repeated here.
pub(crate) fn check_guide(content: &Content, locales: &Locales) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let labels = Labels::default();
    let source = content.source_language();
    let rendered: BTreeMap<(String, String), Rendered> = content
        .sections
        .iter()
        .map(|(key, file)| {
            let ctx = RenderContext {
                section: &file.id,
                title: &file.meta.title,
                labels: &labels,
                sources: &file.meta.sources,
            };
            (key.clone(), render::render(&file.body, &ctx))
        })
        .collect();
    let failed: BTreeSet<&str> = content
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.file.as_str())
        .collect();

    check_presence(content, &failed, &mut out);

    // Anchors of every section, from the source language: links and translations are checked
    // against these.
    let anchors: BTreeMap<&str, BTreeSet<&str>> = content
        .manifest
        .sections
        .iter()
        .map(|id| {
            let set = rendered
                .get(&(source.to_owned(), id.clone()))
                .map(|r| r.headings.iter().map(|h| h.anchor.as_str()).collect())
                .unwrap_or_default();
            (id.as_str(), set)
        })
        .collect();
    let glossary_terms: BTreeSet<&str> = rendered
        .get(&(source.to_owned(), "glossary".to_owned()))
        .map(|r| {
            r.headings
                .iter()
                .filter(|h| h.level == 2)
                .map(|h| h.anchor.as_str())
                .collect()
        })
        .unwrap_or_default();

    for (key, file) in &content.sections {
        let r = &rendered[key];
        check_front_matter(content, file, &mut out);
        check_markdown(file, r, &anchors, &glossary_terms, &mut out);
        if file.lang != source {
            if let (Some(en_file), Some(en)) = (
                content.section(source, &file.id),
                rendered.get(&(source.to_owned(), file.id.clone())),
            ) {
                check_parity(en_file, en, file, r, &mut out);
            }
        }
    }
    check_countries(content, &mut out);
    let languages: Vec<String> = content
        .manifest
        .languages
        .iter()
        .map(|l| l.code.clone())
        .collect();
    out.extend(locales.check(&languages));
    out
}

fn check_presence(content: &Content, failed: &BTreeSet<&str>, out: &mut Vec<Diagnostic>) {
    let source = content.source_language();
    let root = &content.display_root;
    let total = content.manifest.sections.len();
    for lang in &content.manifest.languages {
        let present = content
            .manifest
            .sections
            .iter()
            .filter(|id| {
                content.section(&lang.code, id).is_some()
                    || failed.contains(format!("{root}/{}/{id}.md", lang.code).as_str())
            })
            .count();
        if lang.code != source && present == 0 {
            out.push(Diagnostic::warning(
                format!("{root}/{}", lang.code),
                None,
                format!(
                    "'{}' ({}) has no translated sections yet: readers see English with a notice",
                    lang.code, lang.name
                ),
                format!(
                    "translate the {total} files of {root}/{source}/ into {root}/{}/",
                    lang.code
                ),
            ));
            continue;
        }
        for id in &content.manifest.sections {
            let path = format!("{root}/{}/{id}.md", lang.code);
            if content.section(&lang.code, id).is_some() || failed.contains(path.as_str()) {
                continue;
            }
            let hint = if lang.code == source {
                format!("write {path}: every section listed in guide.toml needs its source text")
            } else {
                format!("translate {root}/{source}/{id}.md into {path}")
            };
            out.push(Diagnostic::error(
                path,
                None,
                format!("section '{id}' is missing in '{}'", lang.code),
                hint,
            ));
        }
    }
}

fn check_front_matter(content: &Content, file: &SectionFile, out: &mut Vec<Diagnostic>) {
    let line = file.body_line.saturating_sub(1).max(1);
    for (field, value) in [("title", &file.meta.title), ("summary", &file.meta.summary)] {
        if value.trim().is_empty() {
            out.push(Diagnostic::error(
                &file.path,
                Some(file.field_line(field)),
                format!("front matter: '{field}' is empty"),
                format!("write the section's {field}"),
            ));
        }
    }
    let source = content.source_language();
    if file.lang != source {
        if let Some(en) = content.section(source, &file.id) {
            match &file.meta.source_rev {
                None => out.push(Diagnostic::error(
                    &file.path,
                    Some(line),
                    "front matter: 'source_rev' is missing, so staleness cannot be detected",
                    format!(
                        "set source_rev = \"{}\" if this translates the current English file",
                        en.rev
                    ),
                )),
                Some(rev) if *rev != en.rev => out.push(Diagnostic::warning(
                    &file.path,
                    Some(file.field_line("source_rev")),
                    format!(
                        "stale translation: made from English revision '{rev}', the English file is now '{}'",
                        en.rev
                    ),
                    format!(
                        "bring the translation up to date with {} and set source_rev = \"{}\"",
                        en.path, en.rev
                    ),
                )),
                Some(_) => {}
            }
        }
    }
    let mut ids = BTreeSet::new();
    for s in &file.meta.sources {
        if !ids.insert(s.id.as_str()) {
            out.push(Diagnostic::error(
                &file.path,
                Some(line),
                format!("source id '{}' is used twice", s.id),
                "give each [[sources]] entry its own id",
            ));
        }
        if !s.url.starts_with("https://") {
            out.push(Diagnostic::error(
                &file.path,
                Some(line),
                format!("source '{}' has url '{}', which is not https", s.id, s.url),
                "link the https address of the source",
            ));
        }
        if s.verified.date.is_none() || s.verified.time.is_some() {
            out.push(Diagnostic::error(
                &file.path,
                Some(line),
                format!(
                    "source '{}' has verified = {}, which is not a date",
                    s.id, s.verified
                ),
                "write the date the fact was checked, e.g. verified = 2026-11-29",
            ));
        }
    }
}

fn check_markdown(
    file: &SectionFile,
    r: &Rendered,
    anchors: &BTreeMap<&str, BTreeSet<&str>>,
    glossary_terms: &BTreeSet<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let at = |offset: usize| Some(file.line_at(offset));
    for &offset in &r.raw_html {
        out.push(Diagnostic::error(
            &file.path,
            at(offset),
            "raw HTML is not allowed and is removed from the page",
            "use Markdown instead (lists, tables, **bold**, > [!NOTE] callouts)",
        ));
    }
    for &offset in &r.images {
        out.push(Diagnostic::error(
            &file.path,
            at(offset),
            "images are not supported and are removed from the page",
            "describe the content in text",
        ));
    }
    let mut seen = BTreeSet::new();
    for h in &r.headings {
        let line = at(h.range.start);
        if h.level == 1 {
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!("'# {}' is a level-1 heading", h.text),
                "the title comes from the front matter: start the body's headings at ##",
            ));
        }
        if !h.explicit {
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!("heading '{}' has no anchor", h.text),
                format!(
                    "add a permanent anchor: '{} {} {{#{}}}'",
                    "#".repeat(h.level as usize),
                    h.text,
                    render::slugify(&h.text)
                ),
            ));
        } else if !is_slug(&h.anchor) {
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!("anchor '{{#{}}}' is not a valid anchor", h.anchor),
                "anchors use lowercase ASCII letters, digits and '-'",
            ));
        }
        if !seen.insert(h.anchor.as_str()) {
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!("anchor '{{#{}}}' is used twice in this section", h.anchor),
                "give each heading its own anchor",
            ));
        }
    }
    for link in &r.links {
        let line = at(link.offset);
        match &link.kind {
            LinkKind::Unsafe => out.push(Diagnostic::error(
                &file.path,
                line,
                format!("link to '{}' is not allowed and is removed", link.dest),
                "link sections by id ('return#steps'), glossary terms ('glossary:trm'), or https:, mailto:, tel: addresses",
            )),
            LinkKind::Internal { section, anchor } => match anchors.get(section.as_str()) {
                None => out.push(Diagnostic::error(
                    &file.path,
                    line,
                    format!("link to '{}': there is no section '{section}'", link.dest),
                    "use a section id listed in guide.toml",
                )),
                Some(set) => {
                    if let Some(anchor) = anchor {
                        if !set.contains(anchor.as_str()) {
                            out.push(Diagnostic::error(
                                &file.path,
                                line,
                                format!(
                                    "link to '{}': section '{section}' has no heading {{#{anchor}}}",
                                    link.dest
                                ),
                                if set.is_empty() {
                                    format!("'{section}' has no headings yet in the source language: link to the section without an anchor, or write it first")
                                } else {
                                    format!(
                                        "use one of its anchors: {}",
                                        set.iter().copied().collect::<Vec<_>>().join(", ")
                                    )
                                },
                            ));
                        }
                    }
                }
            },
            LinkKind::Glossary(term) => {
                if !glossary_terms.contains(term.as_str()) {
                    out.push(Diagnostic::error(
                        &file.path,
                        line,
                        format!("link to '{}': the glossary has no term '{term}'", link.dest),
                        "add the term to glossary.md as '## Term {#term-id}', or use an existing id",
                    ));
                }
            }
            LinkKind::External => {}
        }
    }
    let sources: BTreeSet<&str> = file.meta.sources.iter().map(|s| s.id.as_str()).collect();
    let defs: BTreeSet<&str> = r.footnote_defs.iter().map(|(l, _)| l.as_str()).collect();
    // An undefined footnote reference is plain text to the parser, so look for it in the
    // Markdown itself.
    let mut cited: BTreeSet<String> = BTreeSet::new();
    for m in FOOTNOTE_REF.captures_iter(&file.body) {
        let whole = m.get(0).expect("match");
        if file.body[whole.end()..].starts_with(':') {
            continue;
        }
        let label = &m[1];
        cited.insert(label.to_owned());
        if !sources.contains(label) && !defs.contains(label) {
            out.push(Diagnostic::error(
                &file.path,
                at(whole.start()),
                format!("footnote '[^{label}]' cites no source"),
                format!("add a [[sources]] entry with id = \"{label}\" to the front matter, or a '[^{label}]: …' definition"),
            ));
        }
    }
    for (label, offset) in &r.footnote_defs {
        if sources.contains(label.as_str()) {
            out.push(Diagnostic::error(
                &file.path,
                at(*offset),
                format!("footnote '[^{label}]' is both a source and a written footnote"),
                "remove the written definition: the source's footnote is generated",
            ));
        }
    }
    for s in &file.meta.sources {
        if !cited.contains(&s.id) {
            out.push(Diagnostic::warning(
                &file.path,
                Some(file.body_line.saturating_sub(1).max(1)),
                format!("source '{}' is never cited", s.id),
                format!(
                    "cite it as [^{}] where its fact is stated, or remove it",
                    s.id
                ),
            ));
        }
    }
}

static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\+|\b0|\b8 )\d[\d \-]{5,}\d").expect("valid regex"));
static FOOTNOTE_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\^([^\]\s]+)\]").expect("valid regex"));
static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").expect("valid regex"));

/// Phone numbers (digits only) and other numbers, each with the offset it was found at.
struct Facts {
    phones: BTreeMap<String, usize>,
    numbers: BTreeMap<String, Vec<usize>>,
    urls: BTreeMap<String, usize>,
}

fn facts_of(r: &Rendered) -> Facts {
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
            f.phones.entry(digits).or_insert(*offset);
            rest.replace_range(m.range(), &" ".repeat(m.len()));
        }
        for m in NUMBER.find_iter(&rest) {
            f.numbers
                .entry(m.as_str().to_owned())
                .or_default()
                .push(*offset);
        }
    }
    for link in &r.links {
        if link.kind == LinkKind::External {
            f.urls.entry(link.dest.clone()).or_insert(link.offset);
        }
    }
    f
}

fn check_parity(
    en_file: &SectionFile,
    en: &Rendered,
    file: &SectionFile,
    r: &Rendered,
    out: &mut Vec<Diagnostic>,
) {
    // Heading tree: the same (level, anchor) sequence.
    let en_tree: Vec<(u8, &str)> = en
        .headings
        .iter()
        .map(|h| (h.level, h.anchor.as_str()))
        .collect();
    let tree: Vec<(u8, &str)> = r
        .headings
        .iter()
        .map(|h| (h.level, h.anchor.as_str()))
        .collect();
    if en_tree != tree {
        let have: BTreeSet<&str> = tree.iter().map(|(_, a)| *a).collect();
        let want: BTreeSet<&str> = en_tree.iter().map(|(_, a)| *a).collect();
        let mut reported = false;
        for h in &en.headings {
            if !have.contains(h.anchor.as_str()) {
                reported = true;
                out.push(Diagnostic::error(
                    &file.path,
                    None,
                    format!(
                        "heading mismatch: the English heading '{} {} {{#{}}}' ({}:{}) is missing",
                        "#".repeat(h.level as usize),
                        h.text,
                        h.anchor,
                        en_file.path,
                        en_file.line_at(h.range.start)
                    ),
                    "translate the heading and keep its anchor",
                ));
            }
        }
        for h in &r.headings {
            if !want.contains(h.anchor.as_str()) {
                reported = true;
                out.push(Diagnostic::error(
                    &file.path,
                    Some(file.line_at(h.range.start)),
                    format!(
                        "heading mismatch: '{{#{}}}' is not a heading of the English source",
                        h.anchor
                    ),
                    format!(
                        "use the anchors of {} (same headings, same order)",
                        en_file.path
                    ),
                ));
            }
        }
        if !reported {
            // Same anchors, different order or level.
            if let Some((i, _)) = en_tree
                .iter()
                .zip(&tree)
                .enumerate()
                .find(|(_, (a, b))| a != b)
            {
                let h = &r.headings[i];
                let e = &en.headings[i];
                out.push(Diagnostic::error(
                    &file.path,
                    Some(file.line_at(h.range.start)),
                    format!(
                        "heading mismatch: found '{} … {{#{}}}' where the English source has '{} … {{#{}}}' ({}:{})",
                        "#".repeat(h.level as usize),
                        h.anchor,
                        "#".repeat(e.level as usize),
                        e.anchor,
                        en_file.path,
                        en_file.line_at(e.range.start)
                    ),
                    "keep the English heading order and levels",
                ));
            }
        }
    }

    let ef = facts_of(en);
    let tf = facts_of(r);
    for (phone, offset) in &tf.phones {
        if !ef.phones.contains_key(phone) {
            out.push(Diagnostic::error(
                &file.path,
                Some(file.line_at(*offset)),
                format!("phone number '{phone}' is not in the English source"),
                format!(
                    "copy phone numbers exactly from {} (its numbers: {})",
                    en_file.path,
                    ef.phones.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    for (phone, offset) in &ef.phones {
        if !tf.phones.contains_key(phone) {
            out.push(Diagnostic::error(
                &file.path,
                None,
                format!(
                    "phone number '{phone}' of the English source ({}:{}) is missing",
                    en_file.path,
                    en_file.line_at(*offset)
                ),
                "copy the phone number exactly as in English",
            ));
        }
    }
    for (number, offsets) in &ef.numbers {
        let have = tf.numbers.get(number).map_or(0, Vec::len);
        if have < offsets.len() {
            out.push(Diagnostic::error(
                &file.path,
                None,
                format!(
                    "number '{number}' appears {} time(s) in the English source ({}:{}) but {have} time(s) here",
                    offsets.len(),
                    en_file.path,
                    en_file.line_at(offsets[0])
                ),
                "keep every number of the source, written with digits",
            ));
        }
    }
    for (number, offsets) in &tf.numbers {
        let want = ef.numbers.get(number).map_or(0, Vec::len);
        if offsets.len() > want {
            out.push(Diagnostic::error(
                &file.path,
                Some(file.line_at(offsets[want])),
                format!(
                    "number '{number}' appears {} time(s) here but {want} time(s) in the English source",
                    offsets.len()
                ),
                format!("check the number against {}", en_file.path),
            ));
        }
    }
    for (url, offset) in &tf.urls {
        if !ef.urls.contains_key(url) {
            out.push(Diagnostic::error(
                &file.path,
                Some(file.line_at(*offset)),
                format!("link '{url}' is not in the English source"),
                format!("use the links of {}", en_file.path),
            ));
        }
    }
    for (url, offset) in &ef.urls {
        if !tf.urls.contains_key(url) {
            out.push(Diagnostic::error(
                &file.path,
                None,
                format!(
                    "link '{url}' of the English source ({}:{}) is missing",
                    en_file.path,
                    en_file.line_at(*offset)
                ),
                "keep every link of the source",
            ));
        }
    }
}

fn check_countries(content: &Content, out: &mut Vec<Diagnostic>) {
    let root = &content.display_root;
    for id in &content.manifest.sections {
        if let Some(cc) = id.strip_prefix("country-") {
            if !content.countries.contains_key(cc) {
                out.push(Diagnostic::error(
                    format!("{root}/countries/{cc}.toml"),
                    None,
                    format!("section '{id}' has no country facts file"),
                    format!("write {root}/countries/{cc}.toml (see docs/content-format.md)"),
                ));
            }
        }
    }
    for country in content.countries.values() {
        if !content.manifest.sections.contains(&country.section) {
            out.push(Diagnostic::error(
                &country.path,
                Some(1),
                format!("section '{}' is not listed in guide.toml", country.section),
                format!(
                    "set section = \"country-{}\" and list it in guide.toml",
                    country.code
                ),
            ));
        }
        for (i, fact) in country.facts.iter().enumerate() {
            let line = country.fact_line(i);
            if !FACT_KEYS.contains(&fact.key.as_str()) {
                out.push(Diagnostic::error(
                    &country.path,
                    line,
                    format!("fact key '{}' is not known", fact.key),
                    format!("use one of: {}", FACT_KEYS.join(", ")),
                ));
            }
            match &fact.value {
                Some(value) => {
                    match &fact.source {
                        None => out.push(Diagnostic::error(
                            &country.path,
                            line,
                            format!("fact '{}' = '{value}' has no source", fact.key),
                            "add source = \"https://…\" where the fact can be checked, or remove the value and write to_verify = \"…\"",
                        )),
                        Some(url) if !url.starts_with("https://") => out.push(Diagnostic::error(
                            &country.path,
                            line,
                            format!("fact '{}' has source '{url}', which is not an https URL", fact.key),
                            "link the https address of the source",
                        )),
                        Some(_) => {}
                    }
                    match &fact.verified {
                        None => out.push(Diagnostic::error(
                            &country.path,
                            line,
                            format!("fact '{}' = '{value}' has no verified date", fact.key),
                            "add verified = YYYY-MM-DD: the date the value was checked against its source",
                        )),
                        Some(d) if d.date.is_none() || d.time.is_some() => {
                            out.push(Diagnostic::error(
                                &country.path,
                                line,
                                format!("fact '{}' has verified = {d}, which is not a date", fact.key),
                                "write a date, e.g. verified = 2026-11-29",
                            ))
                        }
                        Some(_) => {}
                    }
                }
                None => match &fact.to_verify {
                    Some(what) => out.push(Diagnostic::warning(
                        &country.path,
                        line,
                        format!("fact '{}' is not verified: {what}", fact.key),
                        "check it against an official source, then add value, source and verified",
                    )),
                    None => out.push(Diagnostic::error(
                        &country.path,
                        line,
                        format!(
                            "fact '{}' has neither a value nor a to_verify note",
                            fact.key
                        ),
                        "add value, source and verified, or to_verify = \"what must be checked\"",
                    )),
                },
            }
        }
    }
}
