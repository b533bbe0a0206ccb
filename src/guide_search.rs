//! The bridge between the guide and its search index: which texts are indexed, and when the
//! index is built. The index itself (analyzers, query planning) is [`crate::search`]'s.

use crate::search::{Document, SearchIndex, SearchOptions, SearchResults};
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
            if let Some(country) = file
                .id
                .strip_prefix("country-")
                .and_then(|cc| self.content.countries.get(cc))
            {
                keywords.extend(country.facts.iter().filter_map(|f| f.value.clone()));
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
