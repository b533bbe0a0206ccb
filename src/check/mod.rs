//! `fieldguide check`: the content gate, a pass over a loaded [`Guide`].
//!
//! It reads what loading and rendering found (the sections as the reader gets them, from the
//! guide's own render cache) and compares files with each other. Everything that can be wrong with the guide's text, found in one run and reported with file,
//! line and fix: missing sections, incomplete front matter, anchors and links that do not
//! resolve, translations whose headings, numbers, phone numbers or URLs differ from the English
//! source, stale translations, unsafe Markdown, country facts without a source, Fluent files that
//! do not parse or lack messages.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;

mod parity;

use crate::content::{
    is_slug, Contact, Content, Country, Fact, FactBody, Hours, Language, Phone, Reach, RecordKind,
    SectionFile, Status,
};
use crate::diagnostic::Diagnostic;
use crate::render::{self, LinkKind, Rendered};
use crate::Guide;

/// Runs every check on a loaded guide. Load diagnostics are not repeated here.
pub(crate) fn run(guide: &Guide) -> Vec<Diagnostic> {
    let content = &guide.content;
    let mut out = Vec::new();
    let source = content.source_language();
    let rendered = |file: &SectionFile| guide.rendered(file);
    check_presence(content, &mut out);

    // Anchors of every section, from the source language: links and translations are checked
    // against these.
    let anchors: BTreeMap<&str, BTreeSet<&str>> = content
        .manifest
        .sections
        .iter()
        .map(|id| {
            let set = content
                .section(source, id)
                .map(|f| {
                    rendered(f)
                        .headings
                        .iter()
                        .map(|h| h.anchor.as_str())
                        .collect()
                })
                .unwrap_or_default();
            (id.as_str(), set)
        })
        .collect();
    let glossary_terms: BTreeSet<&str> = content
        .glossary()
        .and_then(|id| content.section(source, id))
        .map(|f| {
            rendered(f)
                .headings
                .iter()
                .filter(|h| h.level == 2)
                .map(|h| h.anchor.as_str())
                .collect()
        })
        .unwrap_or_default();

    check_roles(content, &mut out);
    check_analyzers(content, &mut out);
    check_steps(content, &anchors, &mut out);
    let phones = Phones::of(content);
    for file in content.sections.values() {
        let r = rendered(file);
        check_front_matter(content, file, &mut out);
        check_markdown(file, r, &anchors, &glossary_terms, &mut out);
        if file.lang == source {
            check_phones(file, r, &phones, &mut out);
        } else if let Some(en_file) = content.section(source, &file.id) {
            parity::check(en_file, rendered(en_file), file, r, &mut out);
        }
    }
    check_countries(content, &mut out);
    check_reviews(content, &mut out);
    // Leaflet-only languages have no UI of their own: the officer's UI shows their leaflet.
    let languages: Vec<String> = content
        .manifest
        .languages
        .iter()
        .filter(|l| !l.leaflet_only())
        .map(|l| l.code.clone())
        .collect();
    out.extend(guide.locales.check(&languages));
    out
}

/// Every language of the guide has a search analyzer of its own, or the author is told that it
/// is searched through folding only.
fn check_analyzers(content: &Content, out: &mut Vec<Diagnostic>) {
    let path = format!("{}/guide.toml", content.display_root);
    for lang in content
        .manifest
        .languages
        .iter()
        .filter(|l| !l.leaflet_only())
    {
        if crate::search::analyzers::spec_of(&lang.code).is_none() {
            out.push(Diagnostic::warning(
                &path,
                None,
                format!("'{}' has no search analyzer: it is searched with folding, prefixes and typo tolerance only, without stemming or stop words", lang.code),
                "add a LangSpec for it in src/search/analyzers.rs (see docs/search.md)",
            ));
        }
    }
}

/// The sections `guide.toml` gives a role (the glossary, the rights leaflet) are listed.
fn check_roles(content: &Content, out: &mut Vec<Diagnostic>) {
    let path = format!("{}/guide.toml", content.display_root);
    for (role, id) in content.manifest.roles.named() {
        if !content.manifest.sections.iter().any(|s| s == id) {
            out.push(Diagnostic::error(
                &path,
                None,
                format!("[roles] {role} = '{id}', which is not a section of guide.toml"),
                "name a section listed in sections",
            ));
        }
    }
}

fn check_presence(content: &Content, out: &mut Vec<Diagnostic>) {
    let source = content.source_language();
    let root = &content.display_root;
    let total = content.manifest.sections.len();
    for lang in &content.manifest.languages {
        if lang.leaflet_only() {
            check_leaflet_language(content, lang, out);
            continue;
        }
        let present = content
            .manifest
            .sections
            .iter()
            .filter(|id| {
                content.section(&lang.code, id).is_some()
                    || content.failed.contains(&(lang.code.clone(), (*id).clone()))
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
            if content.section(&lang.code, id).is_some()
                || content.failed.contains(&(lang.code.clone(), id.clone()))
            {
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

/// A leaflet-only language has the rights leaflet, and nothing else that would go unseen.
fn check_leaflet_language(content: &Content, lang: &Language, out: &mut Vec<Diagnostic>) {
    let root = &content.display_root;
    let source = content.source_language();
    let Some(leaflet) = content.manifest.roles.leaflet.as_deref() else {
        out.push(Diagnostic::error(
            format!("{root}/guide.toml"),
            None,
            format!(
                "'{}' has scope = \"leaflet\", but guide.toml names no leaflet section",
                lang.code
            ),
            "add [roles] leaflet = \"<section id>\", or remove scope = \"leaflet\"",
        ));
        return;
    };
    let path = format!("{root}/{}/{leaflet}.md", lang.code);
    if content.section(&lang.code, leaflet).is_none()
        && !content
            .failed
            .contains(&(lang.code.clone(), leaflet.to_owned()))
    {
        out.push(Diagnostic::error(
            &path,
            None,
            format!(
                "'{}' ({}) is a leaflet-only language without its leaflet",
                lang.code, lang.name
            ),
            format!("translate {root}/{source}/{leaflet}.md into {path}"),
        ));
    }
    let required = content.sections_of(lang);
    for id in content
        .manifest
        .sections
        .iter()
        .filter(|id| !required.contains(id))
    {
        if content.section(&lang.code, id).is_some() {
            out.push(Diagnostic::warning(
                format!("{root}/{}/{id}.md", lang.code),
                None,
                format!(
                    "'{}' is a leaflet-only language: its section '{id}' is not shown",
                    lang.code
                ),
                "remove the file, or make the language a whole-guide language (remove scope = \"leaflet\") and translate every section",
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
        if s.as_of.is_after(s.checked) {
            out.push(Diagnostic::error(
                &file.path,
                Some(line),
                format!(
                    "source '{}' is dated as_of {} but was checked on {}",
                    s.id, s.as_of, s.checked
                ),
                "as_of is the date of the information in the source, checked the day you compared them",
            ));
        }
    }
    if file.lang != source {
        if let Some(en) = content.section(source, &file.id) {
            check_sources_parity(en, file, out);
        }
    }
    check_status(content, file, out);
}

/// A translation cites the same sources as its English file: same ids, addresses and dates
/// (only the title is translated).
fn check_sources_parity(en: &SectionFile, file: &SectionFile, out: &mut Vec<Diagnostic>) {
    let line = Some(file.body_line.saturating_sub(1).max(1));
    for e in &en.meta.sources {
        match file.meta.sources.iter().find(|s| s.id == e.id) {
            None => out.push(Diagnostic::error(
                &file.path,
                line,
                format!("source '{}' of the English file is missing", e.id),
                format!("copy the [[sources]] entry '{}' from {} and translate its title", e.id, en.path),
            )),
            Some(s) if s.url != e.url || s.as_of != e.as_of || s.checked != e.checked || s.checked_against != e.checked_against => {
                out.push(Diagnostic::error(
                    &file.path,
                    line,
                    format!("source '{}' differs from the English file's (url, as_of, checked or checked_against)", e.id),
                    format!("copy url, as_of, checked and checked_against of '{}' from {}: only the title is translated", e.id, en.path),
                ))
            }
            Some(_) => {}
        }
    }
    for s in &file.meta.sources {
        if !en.meta.sources.iter().any(|e| e.id == s.id) {
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!("source '{}' is not a source of the English file", s.id),
                format!("use the sources of {}", en.path),
            ));
        }
    }
}

/// A section's status claims no more than its language's review record shows.
fn check_status(content: &Content, file: &SectionFile, out: &mut Vec<Diagnostic>) {
    let source = content.source_language() == file.lang;
    let line = Some(file.field_line("status"));
    let status = file.meta.status;
    let wrong_side = match status {
        Status::Written if !source => {
            Some("'written' is the source language's status: a translation is 'translated'")
        }
        Status::Translated if source => Some(
            "'translated' is for translations: the source language's complete text is 'written'",
        ),
        _ => None,
    };
    if let Some(why) = wrong_side {
        out.push(Diagnostic::error(
            &file.path,
            line,
            format!("status '{}': {why}", status.as_str()),
            "set the status this file's language uses",
        ));
        return;
    }
    if status < Status::Revised {
        return;
    }
    let record = content.reviews.get(&file.lang);
    let revised = record.and_then(|r| {
        r.matching(&file.id, RecordKind::Revision, &file.rev)
            .find(|rec| source || rec.source_rev == file.meta.source_rev)
    });
    let fallback = if source { "written" } else { "translated" };
    let reviews_path = format!("{}/reviews/{}.toml", content.display_root, file.lang);
    if revised.is_none() {
        out.push(Diagnostic::error(
            &file.path,
            line,
            format!(
                "status '{}' but {reviews_path} has no revision of this text (text_rev {})",
                status.as_str(),
                file.rev
            ),
            format!("set status = \"{fallback}\" until an independent reviser has read this text; then record it (fieldguide rev --lang {} prints text_rev)", file.lang),
        ));
        return;
    }
    if status == Status::Reviewed
        && record
            .and_then(|r| r.matching(&file.id, RecordKind::SignOff, &file.rev).next())
            .is_none()
    {
        out.push(Diagnostic::error(
            &file.path,
            line,
            format!("status 'reviewed' but {reviews_path} has no sign-off of this text by a named reviewer"),
            "set status = \"revised\", or record the subject-matter reviewer's sign-off (kind = \"sign-off\", by = name, role, organisation)",
        ));
    }
}

/// The referral view's steps name sections, anchors and profile headings the guide has.
fn check_steps(
    content: &Content,
    anchors: &BTreeMap<&str, BTreeSet<&str>>,
    out: &mut Vec<Diagnostic>,
) {
    let path = format!("{}/referral.toml", content.display_root);
    for step in &content.steps {
        let line = Some(step.line);
        let Some(have) = anchors.get(step.section.as_str()) else {
            out.push(Diagnostic::error(
                &path,
                line,
                format!("step '{}' is not a section of guide.toml", step.section),
                "name a section listed in guide.toml",
            ));
            continue;
        };
        for anchor in &step.anchors {
            if !have.contains(anchor.as_str()) {
                let fix = if have.is_empty() {
                    format!(
                        "the English '{}' did not load or has no headings: fix its errors first",
                        step.section
                    )
                } else {
                    format!(
                        "use one of its anchors: {}",
                        have.iter().copied().collect::<Vec<_>>().join(", ")
                    )
                };
                out.push(Diagnostic::error(
                    &path,
                    line,
                    format!(
                        "step '{}' links to '#{anchor}', which the section does not have",
                        step.section
                    ),
                    fix,
                ));
            }
        }
        for country in content.countries.values() {
            let profile = anchors.get(country.section.as_str());
            if profile.is_some_and(|a| !a.contains(step.profile.as_str())) {
                out.push(Diagnostic::error(
                    &path,
                    line,
                    format!(
                        "step '{}' opens profile heading '#{}', which '{}' does not have",
                        step.section, step.profile, country.section
                    ),
                    format!(
                        "add '## … {{#{}}}' to {}/{}/{}.md, or change profile",
                        step.profile,
                        content.display_root,
                        content.source_language(),
                        country.section
                    ),
                ));
            }
        }
        for keys in [&step.here, &step.origin] {
            let mut seen = BTreeSet::new();
            for key in keys.iter() {
                if !seen.insert(key) {
                    out.push(Diagnostic::error(
                        &path,
                        line,
                        format!("step '{}' lists fact '{key}' twice", step.section),
                        "list each fact key once per side",
                    ));
                }
            }
        }
    }
}

/// Review records that name no section of the guide, or a text that is no longer the section's.
fn check_reviews(content: &Content, out: &mut Vec<Diagnostic>) {
    for reviews in content.reviews.values() {
        if !content
            .manifest
            .languages
            .iter()
            .any(|l| l.code == reviews.lang)
        {
            out.push(Diagnostic::error(
                &reviews.path,
                None,
                format!("'{}' is not a language of the guide", reviews.lang),
                "name the file after a language of guide.toml",
            ));
        }
        for r in &reviews.records {
            let Some(file) = content.section(&reviews.lang, &r.section) else {
                out.push(Diagnostic::error(
                    &reviews.path,
                    Some(r.line),
                    format!(
                        "record for section '{}', which '{}' does not have",
                        r.section, reviews.lang
                    ),
                    "name a section of guide.toml",
                ));
                continue;
            };
            if r.kind == RecordKind::SignOff && r.by.split_whitespace().count() < 2 {
                out.push(Diagnostic::error(
                    &reviews.path,
                    Some(r.line),
                    format!(
                        "sign-off of '{}' by '{}' does not name a person",
                        r.section, r.by
                    ),
                    "a sign-off names the reviewer: name, role and organisation",
                ));
            }
            if file.lang != content.source_language() && r.source_rev.is_none() {
                out.push(Diagnostic::error(&reviews.path, Some(r.line), format!("record of translation '{}' does not say which English revision it was read against", r.section), "add source_rev: the translation's source_rev when it was revised"));
            }
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
    check_headings(file, r, out);
    check_links(file, r, anchors, glossary_terms, out);
    check_footnotes(file, r, out);
}

/// Headings start at `##`, carry an explicit anchor that is a slug, each anchor once.
fn check_headings(file: &SectionFile, r: &Rendered, out: &mut Vec<Diagnostic>) {
    let at = |offset: usize| Some(file.line_at(offset));
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
}

/// Every link is of an allowed kind and resolves: sections, their anchors, glossary terms.
fn check_links(
    file: &SectionFile,
    r: &Rendered,
    anchors: &BTreeMap<&str, BTreeSet<&str>>,
    glossary_terms: &BTreeSet<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let at = |offset: usize| Some(file.line_at(offset));
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
}

/// Every footnote reference cites a source of the front matter or a written footnote, and every
/// source is cited.
fn check_footnotes(file: &SectionFile, r: &Rendered, out: &mut Vec<Diagnostic>) {
    let at = |offset: usize| Some(file.line_at(offset));
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

/// Every number of the country files, as the forms a text may write: E.164 (`+4620390000`),
/// short (`112`), the local digits (`020390000`) and the national number (`20390000`).
struct Phones {
    tel: BTreeSet<String>,
    written: BTreeSet<String>,
}

impl Phones {
    fn of(content: &Content) -> Phones {
        let mut p = Phones {
            tel: BTreeSet::new(),
            written: BTreeSet::new(),
        };
        for country in content.countries.values() {
            for contact in country
                .facts
                .iter()
                .filter_map(|f| f.sourced()?.contact.as_ref())
            {
                let e164 = contact.phone.as_str().to_owned();
                p.tel.insert(e164.clone());
                p.written.insert(e164);
                p.written
                    .insert(contact.local.chars().filter(char::is_ascii_digit).collect());
                if let Some(national) = country.national_number(contact) {
                    p.written.insert(national.to_owned());
                    if let Some(trunk) = &country.trunk_prefix {
                        p.written.insert(format!("{trunk}{national}"));
                    }
                }
            }
        }
        p
    }
}

/// Phone numbers in the source language's text: every `tel:` link dials a number of the
/// country files in E.164 (or a short number), and every number written is one of theirs, so a
/// correction made in `countries/<cc>.toml` cannot leave an old number in a section.
fn check_phones(file: &SectionFile, r: &Rendered, phones: &Phones, out: &mut Vec<Diagnostic>) {
    for link in &r.links {
        let Some(number) = link.dest.strip_prefix("tel:") else {
            continue;
        };
        let line = Some(file.line_at(link.offset));
        if let Err(why) = Phone::parse(number) {
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!("link '{}': {why}", link.dest),
                "link tel: to the E.164 form of the number, e.g. (tel:+380800505501)",
            ));
        } else if !phones.tel.contains(number) {
            out.push(Diagnostic::error(
                &file.path,
                line,
                format!(
                    "link '{}' dials a number that no countries/*.toml fact gives",
                    link.dest
                ),
                "add the number as a sourced fact of its country first, or correct the link",
            ));
        }
    }
    for (written, offsets) in parity::Facts::of(r).phones {
        let offset = offsets[0];
        let digits = written.trim_start_matches('+');
        if !phones.written.contains(&written) && !phones.written.contains(digits) {
            out.push(Diagnostic::error(
                &file.path,
                Some(file.line_at(offset)),
                format!("phone number '{written}' is not a number of any countries/*.toml fact"),
                "every number in the text is a sourced fact of its country: add it there first (with source_says), or remove it",
            ));
        }
    }
}

pub(crate) static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\+|\b0|\b8 )\d[\d \-]{5,}\d").expect("valid regex"));
static FOOTNOTE_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[\^([^\]\s]+)\]").expect("valid regex"));
pub(crate) static NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+").expect("valid regex"));

fn check_countries(content: &Content, out: &mut Vec<Diagnostic>) {
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
        let mut night = false;
        for fact in &country.facts {
            let line = Some(fact.line);
            let sourced = match &fact.body {
                FactBody::ToVerify(what) => {
                    out.push(Diagnostic::warning(
                        &country.path,
                        line,
                        format!("fact '{}' is not verified: {what}", fact.key),
                        "check it against an official source, then add value, source, as_of, checked, checked_against and source_says",
                    ));
                    continue;
                }
                FactBody::Sourced(s) => s,
            };
            let p = &sourced.provenance;
            if p.as_of.is_after(p.checked) {
                out.push(Diagnostic::error(
                    &country.path,
                    line,
                    format!(
                        "fact '{}' is dated as_of {} but was checked on {}",
                        fact.key, p.as_of, p.checked
                    ),
                    "as_of is the date of the information in the source, checked the day you compared them: a source cannot be checked before it was written",
                ));
            }
            if PHONE.is_match(&sourced.value) {
                out.push(Diagnostic::error(
                    &country.path,
                    line,
                    format!("fact '{}' has a phone number in its value", fact.key),
                    "put the number in phone (E.164) and local, and say in value what the number is",
                ));
            }
            let says_digits: String = p.source_says.chars().filter(char::is_ascii_digit).collect();
            let says_numbers: BTreeSet<&str> = NUMBER
                .find_iter(&p.source_says)
                .map(|m| m.as_str())
                .collect();
            for number in NUMBER.find_iter(&sourced.value) {
                if !says_numbers.contains(number.as_str()) {
                    out.push(Diagnostic::error(
                        &country.path,
                        line,
                        format!(
                            "fact '{}' says '{}' but its source_says does not: '{}'",
                            fact.key,
                            number.as_str(),
                            p.source_says
                        ),
                        "correct the value to what the source says, or quote the passage of the source that states it (numbers as digits)",
                    ));
                }
            }
            if let Some(contact) = &sourced.contact {
                if contact.hours == Hours::Always {
                    night = true;
                }
                check_contact(country, fact, contact, &says_digits, out);
            }
        }
        if !night {
            out.push(Diagnostic::error(
                &country.path,
                None,
                format!("{} has no number that answers at night", country.code),
                "add a fact with a phone that answers day and night (hours = \"24/7\"): 112, the police or a 24/7 line, with its source",
            ));
        }
    }
}

/// A number to call: of its country, dialled locally as stored, and in its source's words.
fn check_contact(
    country: &Country,
    fact: &Fact,
    contact: &Contact,
    says_digits: &str,
    out: &mut Vec<Diagnostic>,
) {
    let line = Some(fact.line);
    let phone = contact.phone.as_str();
    let local_digits: String = contact.local.chars().filter(char::is_ascii_digit).collect();
    if !contact
        .local
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
    {
        out.push(Diagnostic::error(
            &country.path,
            line,
            format!(
                "local '{}' of {phone} does not start with a digit",
                contact.local
            ),
            "write the number as it is dialled inside the country, e.g. local = \"020-390 000\"",
        ));
    }
    match &contact.phone {
        Phone::Short(short) => {
            if local_digits != *short {
                out.push(Diagnostic::error(
                    &country.path,
                    line,
                    format!(
                        "local '{}' does not dial the short number {short}",
                        contact.local
                    ),
                    format!("write local = \"{short}\" (grouped as the country writes it)"),
                ));
            }
            if contact.abroad == Reach::Yes {
                out.push(Diagnostic::error(
                    &country.path,
                    line,
                    format!("short number {short} is marked abroad = \"yes\""),
                    "a short number only works inside its country: set abroad = \"no\" and add the number for callers abroad as its own fact",
                ));
            }
        }
        Phone::E164(_) => match country.national_number(contact) {
            None => out.push(Diagnostic::error(
                &country.path,
                line,
                format!(
                    "phone {phone} is not a number of {} (calling code {})",
                    country.code, country.calling_code
                ),
                format!(
                    "a number of this country starts with {}",
                    country.calling_code
                ),
            )),
            Some(national) => {
                let with_trunk = country
                    .trunk_prefix
                    .as_ref()
                    .map(|t| format!("{t}{national}"));
                if local_digits != national && Some(&local_digits) != with_trunk.as_ref() {
                    out.push(Diagnostic::error(
                        &country.path,
                        line,
                        format!(
                            "local '{}' and phone {phone} are not the same number",
                            contact.local
                        ),
                        format!(
                            "local is the national number {national}{}, grouped as the country writes it",
                            with_trunk
                                .map(|t| format!(" or {t} with the trunk prefix"))
                                .unwrap_or_default()
                        ),
                    ));
                }
            }
        },
    }
    let national = country
        .national_number(contact)
        .unwrap_or(contact.phone.digits());
    if !says_digits.contains(national) && !says_digits.contains(&local_digits) {
        out.push(Diagnostic::error(
            &country.path,
            line,
            format!(
                "phone {phone} of fact '{}' is not in its source_says",
                fact.key
            ),
            "quote the passage of the source that gives this number: a number no source gives must not be shown",
        ));
    }
}
