//! The bridge between the guide and its search index: which texts are indexed, and when the
//! index is built. The index itself (analyzers, query planning) is [`crate::search`]'s.

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::search::{
    feed_hash, hex, CacheOutcome, Document, SearchIndex, SearchOptions, SearchResults,
};
use crate::Guide;

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
                });
            }
        }
        docs
    }

    /// The search index, built on first use from [`Guide::search_documents`] (call it from a
    /// background thread at start-up to have it warm). `None` if it could not be built.
    pub fn search_index(&self) -> Option<&SearchIndex> {
        self.search
            .get_or_init(|| SearchIndex::build(&self.search_documents()).ok())
            .as_ref()
    }

    /// A hash of everything the search documents are made from: every section file (by its
    /// revision) and every country file. Keys the on-disk index cache.
    pub fn content_hash(&self) -> String {
        let mut h = Sha256::new();
        for ((lang, id), file) in &self.content.sections {
            for s in [lang, id, &file.rev] {
                feed_hash(&mut h, s);
            }
        }
        for (code, country) in &self.content.countries {
            feed_hash(&mut h, code);
            feed_hash(&mut h, &country.rev);
        }
        hex(&h.finalize())
    }

    /// The search index like [`Guide::search_index`], but opened from the on-disk cache in
    /// `dir` when a sound index of this exact content is there, and written there when not (see
    /// [`SearchIndex::open_or_build`]). The outcome is `None` when the index was already loaded.
    pub fn search_index_cached(
        &self,
        dir: &Path,
    ) -> (Option<&SearchIndex>, Option<Result<CacheOutcome, String>>) {
        let mut outcome = None;
        let index = self
            .search
            .get_or_init(|| {
                let built = SearchIndex::open_or_build(&self.content_hash(), dir, || {
                    self.search_documents()
                });
                match built {
                    Ok((index, how)) => {
                        outcome = Some(Ok(how));
                        Some(index)
                    }
                    Err(e) => {
                        outcome = Some(Err(e.to_string()));
                        None
                    }
                }
            })
            .as_ref();
        (index, outcome)
    }

    /// Searches the guide. Never fails: any input gives hits or an empty list.
    pub fn search(&self, query: &str, opts: &SearchOptions) -> SearchResults {
        match self.search_index() {
            Some(index) => index.search(query, opts),
            None => SearchResults {
                query: query.to_owned(),
                took_us: 0,
                hits: Vec::new(),
                notice: Some("the search index could not be built".to_owned()),
            },
        }
    }
}
