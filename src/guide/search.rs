//! The bridge between the guide and its search index: which texts are indexed, and when the
//! index is built. The index itself (analyzers, query planning) is [`crate::search`]'s.

use std::path::Path;

use super::Guide;
use crate::digest::Feed;
use crate::search::{
    CacheOutcome, Document, Notice, Prebuilt, Scope, SearchIndex, SearchOptions, SearchResults,
    SearchStatus,
};

impl Guide {
    /// The documents of the search index: every heading-level chunk of every section in every
    /// language that has it (fallbacks are not indexed twice: a hit in English is offered in the
    /// reader's language by the search layer). Glossary terms are the glossary's chunks; a
    /// country's facts join its section's keywords, so institution names and numbers are found.
    pub fn search_documents(&self) -> Vec<Document> {
        let mut docs = Vec::new();
        for file in self.content.sections.values() {
            let rendered = self.rendered(file);
            let mut keywords = file.meta.keywords.clone();
            if let Some(country) = self
                .content
                .countries
                .values()
                .find(|c| c.section == file.id)
            {
                for s in country.facts.iter().filter_map(|f| f.sourced()) {
                    keywords.push(s.value.clone());
                    keywords.extend(s.run_by.clone());
                    keywords.extend(s.contact.as_ref().map(|c| c.local.clone()));
                }
            }
            let scope = if self
                .content
                .countries
                .values()
                .any(|c| c.section == file.id)
            {
                Scope::Country
            } else if self.content.glossary() == Some(file.id.as_str()) {
                Scope::Glossary
            } else {
                Scope::General
            };
            for chunk in &rendered.chunks {
                let mut breadcrumbs = vec![file.meta.title.clone()];
                breadcrumbs.extend(chunk.breadcrumbs.iter().cloned());
                docs.push(Document {
                    section: file.id.clone(),
                    lang: file.lang.clone(),
                    anchor: chunk.anchor.clone(),
                    title: file.meta.title.clone(),
                    heading: chunk.heading.clone(),
                    breadcrumbs,
                    body: chunk.text.clone(),
                    summary: file.meta.summary.clone(),
                    keywords: keywords.clone(),
                    scope,
                });
            }
        }
        docs
    }

    /// A hash of everything the search documents are made from: every section file (by its
    /// revision) and every country file. Keys the on-disk index cache.
    pub fn content_hash(&self) -> String {
        let mut h = Feed::new();
        for ((lang, id), file) in &self.content.sections {
            h.feed(lang).feed(id).feed(&file.rev);
        }
        for (code, country) in &self.content.countries {
            h.feed(code).feed(&country.rev);
        }
        h.hex(32)
    }

    /// Opens the search index from the on-disk cache in `cache` when a sound index of this exact
    /// content is there, else builds it (and writes it there); without a cache folder, builds it
    /// in memory. Blocks while it works: the desktop app and `serve` call it from a background
    /// thread at start-up, so that [`Guide::search`] never waits. Calling it again returns at
    /// once. `Ok(None)`: the index was already prepared.
    pub fn prepare_search(&self, cache: Option<&Path>) -> Result<Option<CacheOutcome>, String> {
        self.prepare_search_from(cache, None)
    }

    /// [`Guide::prepare_search`], with the index built when the program was built: when the
    /// cache has no index of this content and `prebuilt` is one of exactly this content, it is
    /// copied into the cache and opened instead of building one (see
    /// [`SearchIndex::open_or_build_from`]).
    pub fn prepare_search_from(
        &self,
        cache: Option<&Path>,
        prebuilt: Option<Prebuilt<'_>>,
    ) -> Result<Option<CacheOutcome>, String> {
        let mut outcome = None;
        let prepared = self.search.get_or_init(|| {
            let built = match cache {
                Some(dir) => {
                    SearchIndex::open_or_build_from(&self.content_hash(), dir, prebuilt, || {
                        self.search_documents()
                    })
                    .map(|(index, how)| {
                        outcome = Some(how);
                        index
                    })
                }
                None => SearchIndex::build(&self.search_documents()),
            };
            built.map_err(|e| e.to_string())
        });
        match prepared {
            Ok(_) => Ok(outcome),
            Err(e) => Err(e.clone()),
        }
    }

    /// The search index, prepared in memory first if it is not yet (blocks while it builds):
    /// for the CLI and tests. `Err` says why it could not be built.
    pub fn search_index(&self) -> Result<&SearchIndex, String> {
        self.prepare_search(None)?;
        self.ready_index()
            .ok_or_else(|| "the search index is not prepared".to_owned())
    }

    /// The search index if it is prepared; `None` while it is being prepared (never blocks).
    fn ready_index(&self) -> Option<&SearchIndex> {
        self.search.get().and_then(|r| r.as_ref().ok())
    }

    /// Searches the guide without waiting: while the index is being prepared (see
    /// [`Guide::prepare_search`]) the answer is empty with status `preparing`, and the front end
    /// asks again; if it could not be built, status `unavailable`. Never fails otherwise: any
    /// input gives hits or an empty list.
    pub fn search(&self, query: &str, opts: &SearchOptions) -> SearchResults {
        match self.search.get() {
            Some(Ok(index)) => index.search(query, opts),
            Some(Err(reason)) => SearchResults::empty(
                query,
                SearchStatus::Unavailable,
                Notice::new("search-unavailable").arg("reason", reason),
            ),
            None => SearchResults::empty(
                query,
                SearchStatus::Preparing,
                Notice::new("search-preparing"),
            ),
        }
    }
}
