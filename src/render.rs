//! Markdown → sanitized HTML, heading anchors, callouts, slides and plain-text chunks.
//!
//! One parser ([`parser`]) feeds everything that reads a section: the reader's HTML, the slides,
//! the search chunks and the facts `check` compares across languages all come from the same
//! events in one pass ([`render`]), so they cannot disagree about where a heading is. This module
//! knows nothing of files or languages: it takes a section's Markdown and a [`RenderContext`] and
//! reports what it found; deciding whether that is an error is [`crate::check`]'s job.
//!
//! Content is untrusted: raw HTML is dropped, links are rewritten to a small set of schemes, and
//! the result goes through ammonia with an allow-list as a second line of defence.

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd,
};
use serde::Serialize;

/// The Markdown extensions the guide uses: GFM tables, footnotes, strikethrough, task lists,
/// `> [!NOTE]` callouts, and `{#anchor}` heading attributes.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// The one Markdown parser of the project, used by the renderer, the indexer and `check`.
pub fn parser(text: &str) -> Parser<'_> {
    Parser::new_ext(text, options())
}

/// Words the renderer writes itself, in the reader's language.
#[derive(Debug, Clone)]
pub struct Labels {
    /// Callout titles: note, tip, important, warning, caution.
    pub note: String,
    /// Title of a `[!TIP]` callout.
    pub tip: String,
    /// Title of an `[!IMPORTANT]` callout.
    pub important: String,
    /// Title of a `[!WARNING]` callout.
    pub warning: String,
    /// Title of a `[!CAUTION]` callout.
    pub caution: String,
    /// Accessible name of the list of footnotes and sources.
    pub footnotes: String,
}

impl Default for Labels {
    /// English labels.
    fn default() -> Self {
        Labels {
            note: "Note".into(),
            tip: "Tip".into(),
            important: "Important".into(),
            warning: "Warning".into(),
            caution: "Caution".into(),
            footnotes: "Sources and notes".into(),
        }
    }
}

/// A source a section cites as `[^id]`: the renderer writes its footnote, so translators keep
/// only the reference. The text after the address (its dates) is written by the caller in the
/// reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The footnote label (`cets197`).
    pub id: String,
    /// The source's title.
    pub title: String,
    /// Its https address.
    pub url: String,
    /// What follows in brackets: "information as of 2024; checked 2026-12-01".
    pub dates: String,
}

/// What the renderer needs to know besides the Markdown.
#[derive(Debug, Clone, Copy)]
pub struct RenderContext<'a> {
    /// The id of the section being rendered (for `#anchor` links within it).
    pub section: &'a str,
    /// The section's title (the first slide's title).
    pub title: &'a str,
    /// Localized words.
    pub labels: &'a Labels,
    /// The sources of the section, cited as `[^id]`.
    pub citations: &'a [Citation],
}

/// A heading of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// 2 for `##`, 3 for `###` … (1 is an error in the body).
    pub level: u8,
    /// The anchor (`{#anchor}`), or a slug of the text when the author gave none.
    pub anchor: String,
    /// The heading's text.
    pub text: String,
    /// Whether the anchor was written by the author (`{#…}`).
    #[serde(skip)]
    pub explicit: bool,
    /// Byte range of the heading in the Markdown.
    #[serde(skip)]
    pub range: std::ops::Range<usize>,
}

/// One slide of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slide {
    /// The slide's title: its `##` heading, the section title for the first slide.
    pub title: String,
    /// The anchor of the slide's heading ("" for the first slide).
    pub anchor: String,
    /// The slide's content (sanitized HTML, heading included).
    pub html: String,
    /// The speaker notes (sanitized HTML); empty when the slide has none.
    pub notes_html: String,
}

/// The plain text of one heading-level part of a section: what search indexes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chunk {
    /// The heading's anchor; "" for the text before the first heading.
    pub anchor: String,
    /// The heading's text; "" for the text before the first heading.
    pub heading: String,
    /// Texts of the enclosing headings, outermost first, this one last.
    pub breadcrumbs: Vec<String>,
    /// The chunk's text without markup.
    pub text: String,
}

/// What a link in the Markdown points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkKind {
    /// `section-id` or `section-id#anchor` (`section` is the current one for `#anchor`).
    Internal {
        /// Target section id.
        section: String,
        /// Target anchor, if any.
        anchor: Option<String>,
    },
    /// `glossary:term-id`.
    Glossary(String),
    /// `https:`, `mailto:` or `tel:`.
    External,
    /// Any other scheme (`javascript:`, `http:`, `data:` …): removed from the output.
    Unsafe,
}

/// A link found in the Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The destination as written.
    pub dest: String,
    /// What it points at.
    pub kind: LinkKind,
    /// Byte offset in the Markdown.
    pub offset: usize,
}

/// Everything one pass over a section's Markdown found.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The reader's HTML, sanitized, without speaker notes.
    pub html: String,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// The section as slides.
    pub slides: Vec<Slide>,
    /// Heading-level plain-text chunks, for search.
    pub chunks: Vec<Chunk>,
    /// Every link.
    pub links: Vec<Link>,
    /// Offsets of raw HTML, which was dropped.
    pub raw_html: Vec<usize>,
    /// Offsets of images, which are not supported and were dropped.
    pub images: Vec<usize>,
    /// Footnote definitions written in the Markdown (label, offset).
    pub footnote_defs: Vec<(String, usize)>,
    /// Runs of visible text with their offsets (for comparing numbers across languages).
    pub text_runs: Vec<(usize, String)>,
}

/// A heading being read: its text and inline events are collected until it ends.
struct OpenHeading<'a> {
    level: HeadingLevel,
    id: Option<String>,
    text: String,
    events: Vec<Event<'a>>,
    start: usize,
}

struct SlideBuild<'a> {
    title: String,
    anchor: String,
    events: Vec<Event<'a>>,
    notes: String,
}

impl SlideBuild<'_> {
    fn new(title: String, anchor: String) -> Self {
        SlideBuild {
            title,
            anchor,
            events: Vec::new(),
            notes: String::new(),
        }
    }
}

/// Renders a section's Markdown body.
pub fn render(markdown: &str, ctx: &RenderContext<'_>) -> Rendered {
    // Sources cited as [^id] get their footnote written here, so translators only keep the
    // front matter's [[sources]] and the references.
    let mut text = markdown.to_owned();
    for c in ctx
        .citations
        .iter()
        .filter(|c| markdown.contains(&format!("[^{}]", c.id)))
    {
        text.push_str(&format!(
            "\n\n[^{}]: {} <{}> ({})\n",
            c.id,
            escape_markdown(&c.title),
            c.url,
            escape_markdown(&c.dates)
        ));
    }
    let mut renderer = Renderer::new(ctx, markdown.len());
    for (event, range) in parser(&text).into_offset_iter() {
        renderer.event(event, range);
    }
    renderer.finish()
}

/// One pass over a section's events: each event goes to the reader's HTML, the current slide,
/// the current search chunk and the findings `check` reads, as its kind requires.
struct Renderer<'c, 'a> {
    ctx: &'c RenderContext<'c>,
    /// Events before this offset are the author's; later ones are generated footnotes.
    authored_len: usize,
    out: Rendered,
    reader: Vec<Event<'a>>,
    slides: Vec<SlideBuild<'a>>,
    chunk: Chunk,
    crumbs: Vec<(u8, String)>,
    heading: Option<OpenHeading<'a>>,
    in_notes: bool,
    in_footnote: bool,
    link_ends: Vec<&'static str>,
    footnote_numbers: BTreeMap<String, usize>,
    footnotes_open: bool,
    used_anchors: HashSet<String>,
}

impl<'c, 'a> Renderer<'c, 'a> {
    fn new(ctx: &'c RenderContext<'c>, authored_len: usize) -> Self {
        Renderer {
            ctx,
            authored_len,
            out: Rendered::default(),
            reader: Vec::new(),
            slides: vec![SlideBuild::new(ctx.title.to_owned(), String::new())],
            chunk: Chunk::default(),
            crumbs: Vec::new(),
            heading: None,
            in_notes: false,
            in_footnote: false,
            link_ends: Vec::new(),
            footnote_numbers: BTreeMap::new(),
            footnotes_open: false,
            used_anchors: HashSet::new(),
        }
    }

    /// Sends an event where the reader's HTML and the current slide (or the open heading) need
    /// it.
    fn emit(&mut self, ev: Event<'a>) {
        if let Some(open) = self.heading.as_mut() {
            open.events.push(ev);
            return;
        }
        if !self.in_footnote {
            self.slide().events.push(ev.clone());
        }
        self.reader.push(ev);
    }

    fn slide(&mut self) -> &mut SlideBuild<'a> {
        self.slides.last_mut().expect("there is always a slide")
    }

    fn event(&mut self, event: Event<'a>, range: std::ops::Range<usize>) {
        let authored = range.start < self.authored_len;
        if self.in_notes {
            match event {
                Event::End(TagEnd::CodeBlock) => self.in_notes = false,
                Event::Text(t) => self.slide().notes.push_str(&t),
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                self.heading = Some(OpenHeading {
                    level,
                    id: id.map(|i| i.to_string()),
                    text: String::new(),
                    events: Vec::new(),
                    start: range.start,
                });
            }
            Event::End(TagEnd::Heading(_)) => self.end_heading(range.end),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.split_whitespace().next() == Some("notes") =>
            {
                self.in_notes = true;
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, label) = callout(kind, self.ctx.labels);
                self.emit(Event::Html(CowStr::from(format!(
                    "<div class=\"callout callout-{class}\" role=\"note\"><p class=\"callout-title\">{}</p>",
                    escape_html(label)
                ))));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => self.emit(Event::Html("</div>".into())),
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.start_link(&dest_url, authored, range.start)
            }
            Event::End(TagEnd::Link) => {
                let close = self.link_ends.pop().unwrap_or("</a>");
                self.emit(Event::Html(close.into()));
            }
            // The image is dropped; its alt text (the Text events inside) stands in for it.
            Event::Start(Tag::Image { .. }) => {
                if authored {
                    self.out.images.push(range.start);
                }
            }
            Event::End(TagEnd::Image) => {}
            Event::Html(_) | Event::InlineHtml(_) => {
                if authored {
                    self.out.raw_html.push(range.start);
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => {}
            Event::FootnoteReference(label) => self.footnote_reference(&label),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                if authored {
                    self.out
                        .footnote_defs
                        .push((label.to_string(), range.start));
                }
                self.start_footnote(&label);
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                self.reader.push(Event::Html("</div>".into()));
                self.in_footnote = false;
            }
            Event::Rule => {
                // A new slide under the same heading; the reader keeps its rule.
                let (title, anchor) = (self.slide().title.clone(), self.slide().anchor.clone());
                self.reader.push(Event::Rule);
                self.slides.push(SlideBuild::new(title, anchor));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(open) = self.heading.as_mut() {
                    open.text.push_str(&t);
                } else if !self.in_footnote {
                    self.chunk.text.push_str(&t);
                }
                if authored && !self.in_footnote {
                    self.out.text_runs.push((range.start, t.to_string()));
                }
                self.emit(Event::Text(t));
            }
            Event::SoftBreak | Event::HardBreak => {
                self.space_in_chunk(true);
                self.emit(event);
            }
            Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::Item)
            | Event::End(TagEnd::TableCell)
            | Event::End(TagEnd::TableRow) => {
                self.space_in_chunk(false);
                self.emit(event);
            }
            other => self.emit(other),
        }
    }

    /// Separates words in the search chunk (`always`: even after a space).
    fn space_in_chunk(&mut self, always: bool) {
        if self.heading.is_none()
            && !self.in_footnote
            && (always || !self.chunk.text.ends_with(' '))
        {
            self.chunk.text.push(' ');
        }
    }

    /// A heading ends: it gets its anchor, opens a slide (`##`) and a search chunk, and its
    /// events go out with the anchor as `id`.
    fn end_heading(&mut self, end: usize) {
        let Some(OpenHeading {
            level,
            id,
            text,
            events: inner,
            start,
        }) = self.heading.take()
        else {
            return;
        };
        let text = text.trim().to_owned();
        let explicit = id.is_some();
        let mut anchor = id.unwrap_or_else(|| slugify(&text));
        if !self.used_anchors.insert(anchor.clone()) && !explicit {
            anchor = format!("{anchor}-{}", self.out.headings.len());
        }
        let level_n = level as u8;
        self.out.headings.push(Heading {
            level: level_n,
            anchor: anchor.clone(),
            text: text.clone(),
            explicit,
            range: start..end,
        });
        if level == HeadingLevel::H2 {
            self.slides
                .push(SlideBuild::new(text.clone(), anchor.clone()));
        }
        self.crumbs.retain(|(l, _)| *l < level_n);
        self.crumbs.push((level_n, text.clone()));
        let next = Chunk {
            anchor: anchor.clone(),
            heading: text,
            breadcrumbs: self.crumbs.iter().map(|(_, t)| t.clone()).collect(),
            text: String::new(),
        };
        self.out
            .chunks
            .push(std::mem::replace(&mut self.chunk, next));
        self.emit(Event::Start(Tag::Heading {
            level,
            id: Some(CowStr::from(anchor)),
            classes: vec![],
            attrs: vec![],
        }));
        for ev in inner {
            self.emit(ev);
        }
        self.emit(Event::End(TagEnd::Heading(level)));
    }

    /// A link is recorded for `check` and rewritten: in-app routes, glossary terms, safe
    /// external schemes; anything else becomes plain text.
    fn start_link(&mut self, dest: &str, authored: bool, offset: usize) {
        let kind = classify_link(dest, self.ctx.section);
        if authored {
            self.out.links.push(Link {
                dest: dest.to_owned(),
                kind: kind.clone(),
                offset,
            });
        }
        let (open, close) = match &kind {
            LinkKind::Internal { section, anchor } => (
                format!(
                    "<a class=\"internal\" href=\"#/{}{}\">",
                    escape_html(section),
                    anchor
                        .as_deref()
                        .map(|a| format!("/{}", escape_html(a)))
                        .unwrap_or_default()
                ),
                "</a>",
            ),
            LinkKind::Glossary(term) => (
                format!(
                    "<a class=\"term\" data-term=\"{0}\" href=\"#/glossary/{0}\">",
                    escape_html(term)
                ),
                "</a>",
            ),
            LinkKind::External => (
                format!("<a class=\"external\" href=\"{}\">", escape_html(dest)),
                "</a>",
            ),
            LinkKind::Unsafe => ("<span class=\"link-removed\">".to_owned(), "</span>"),
        };
        self.link_ends.push(close);
        self.emit(Event::Html(CowStr::from(open)));
    }

    fn footnote_number(&mut self, label: &str) -> usize {
        let next = self.footnote_numbers.len() + 1;
        *self
            .footnote_numbers
            .entry(label.to_owned())
            .or_insert(next)
    }

    fn footnote_reference(&mut self, label: &str) {
        let n = self.footnote_number(label);
        let ev = Event::Html(CowStr::from(format!(
            "<sup class=\"footnote-ref\"><a href=\"#fn-{0}\" id=\"fnref-{0}\">{n}</a></sup>",
            escape_html(label)
        )));
        if self.heading.is_some() {
            self.emit(ev);
        } else {
            // Footnote markers are for the reader; slides have no footnotes.
            self.reader.push(ev);
        }
    }

    fn start_footnote(&mut self, label: &str) {
        self.in_footnote = true;
        let n = self.footnote_number(label);
        if !self.footnotes_open {
            self.footnotes_open = true;
            self.reader.push(Event::Html(CowStr::from(format!(
                "<hr class=\"footnotes-separator\"><p class=\"footnotes-title\">{}</p>",
                escape_html(&self.ctx.labels.footnotes)
            ))));
        }
        self.reader.push(Event::Html(CowStr::from(format!(
            "<div class=\"footnote\" id=\"fn-{}\"><span class=\"footnote-label\">{n}</span>",
            escape_html(label)
        ))));
    }

    fn finish(mut self) -> Rendered {
        self.out.chunks.push(self.chunk);
        self.out
            .chunks
            .retain(|c| !c.text.trim().is_empty() || !c.heading.is_empty());
        for c in &mut self.out.chunks {
            c.text = collapse_whitespace(&c.text);
        }
        self.out.html = to_html(self.reader);
        self.out.slides = self
            .slides
            .into_iter()
            .map(|s| Slide {
                title: s.title,
                anchor: s.anchor,
                html: to_html(s.events),
                notes_html: if s.notes.trim().is_empty() {
                    String::new()
                } else {
                    render_fragment(&s.notes)
                },
            })
            .collect();
        self.out
    }
}

/// Renders a small Markdown fragment (speaker notes, a glossary definition) without headings'
/// slides or chunks: sanitized HTML only.
pub fn render_fragment(markdown: &str) -> String {
    let events = parser(markdown).filter(|e| {
        !matches!(
            e,
            Event::Html(_)
                | Event::InlineHtml(_)
                | Event::Start(Tag::HtmlBlock)
                | Event::End(TagEnd::HtmlBlock)
        )
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    sanitize(&html)
}

fn to_html(events: Vec<Event<'_>>) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitize(&html)
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.rm_tags(["img"])
        .add_tags(["input", "section"])
        .add_generic_attributes(["id", "class", "role"])
        .add_tag_attributes("a", ["data-term"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .url_schemes(HashSet::from(["https", "mailto", "tel"]))
        .link_rel(Some("noopener noreferrer"));
    b
});

/// Cleans HTML with the project's allow-list: no script, no event handlers, no style, links only
/// to `https:`, `mailto:`, `tel:` and in-app `#/…` routes.
pub fn sanitize(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

fn callout(kind: BlockQuoteKind, labels: &Labels) -> (&'static str, &str) {
    match kind {
        BlockQuoteKind::Note => ("note", &labels.note),
        BlockQuoteKind::Tip => ("tip", &labels.tip),
        BlockQuoteKind::Important => ("important", &labels.important),
        BlockQuoteKind::Warning => ("warning", &labels.warning),
        BlockQuoteKind::Caution => ("caution", &labels.caution),
    }
}

/// Sorts a link destination into internal, glossary, external or unsafe.
pub fn classify_link(dest: &str, current_section: &str) -> LinkKind {
    let dest = dest.trim();
    if let Some(term) = dest.strip_prefix("glossary:") {
        return LinkKind::Glossary(term.to_owned());
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        return LinkKind::Internal {
            section: current_section.to_owned(),
            anchor: Some(anchor.to_owned()),
        };
    }
    let scheme_end = dest.find(':');
    let path_end = dest.find(['/', '#', '?']).unwrap_or(dest.len());
    match scheme_end {
        Some(i) if i < path_end => {
            let scheme = dest[..i].to_ascii_lowercase();
            if matches!(scheme.as_str(), "https" | "mailto" | "tel") {
                LinkKind::External
            } else {
                LinkKind::Unsafe
            }
        }
        _ if dest.starts_with('/') || dest.starts_with('.') || dest.starts_with('\\') => {
            LinkKind::Unsafe
        }
        _ => {
            let (section, anchor) = match dest.split_once('#') {
                Some((s, a)) => (s, Some(a.to_owned())),
                None => (dest, None),
            };
            LinkKind::Internal {
                section: section.to_owned(),
                anchor,
            }
        }
    }
}

/// A slug of heading text, used only when the author gave no `{#anchor}`.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "section".to_owned()
    } else {
        slug
    }
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes text for HTML text and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_en(md: &str) -> Rendered {
        render(
            md,
            &RenderContext {
                section: "here",
                title: "Title",
                labels: &Labels::default(),
                citations: &[],
            },
        )
    }

    #[test]
    fn classifies_links() {
        assert_eq!(
            classify_link("return#steps", "x"),
            LinkKind::Internal {
                section: "return".into(),
                anchor: Some("steps".into())
            }
        );
        assert_eq!(
            classify_link("#steps", "x"),
            LinkKind::Internal {
                section: "x".into(),
                anchor: Some("steps".into())
            }
        );
        assert_eq!(classify_link("https://coe.int", "x"), LinkKind::External);
        assert_eq!(classify_link("tel:+4570202550", "x"), LinkKind::External);
        assert_eq!(classify_link("JavaScript:alert(1)", "x"), LinkKind::Unsafe);
        assert_eq!(classify_link("http://example.org", "x"), LinkKind::Unsafe);
        assert_eq!(classify_link("/etc/passwd", "x"), LinkKind::Unsafe);
        assert_eq!(
            classify_link("glossary:trm", "x"),
            LinkKind::Glossary("trm".into())
        );
    }

    #[test]
    fn headings_get_their_explicit_anchor() {
        let r = render_en("## Length of the period {#length}\n\nText.\n");
        assert_eq!(r.headings[0].anchor, "length");
        assert!(r.headings[0].explicit);
        assert!(
            r.html
                .contains("<h2 id=\"length\">Length of the period</h2>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn notes_stay_out_of_the_reader_and_go_to_their_slide() {
        let r = render_en(
            "Intro.\n\n## A {#a}\n\nOne.\n\n```notes\nAsk the room.\n```\n\n---\n\nTwo.\n",
        );
        assert!(!r.html.contains("Ask the room"));
        assert_eq!(r.slides.len(), 3);
        assert_eq!(r.slides[1].title, "A");
        assert!(r.slides[1].notes_html.contains("Ask the room"));
        assert_eq!(r.slides[2].title, "A");
        assert!(r.slides[2].html.contains("Two."));
    }

    #[test]
    fn chunks_carry_breadcrumbs() {
        let r = render_en(
            "Intro text.\n\n## A {#a}\n\nalpha\n\n### B {#b}\n\nbeta\n\n## C {#c}\n\ngamma\n",
        );
        let anchors: Vec<_> = r.chunks.iter().map(|c| c.anchor.as_str()).collect();
        assert_eq!(anchors, ["", "a", "b", "c"]);
        assert_eq!(r.chunks[2].breadcrumbs, ["A", "B"]);
        assert_eq!(r.chunks[3].breadcrumbs, ["C"]);
        assert_eq!(r.chunks[2].text, "beta");
    }
}
