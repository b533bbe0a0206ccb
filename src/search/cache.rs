//! The search index cached on disk, keyed by a hash of what it indexes.
//!
//! `<dir>/search-<key>/` holds a tantivy index (memory-mapped when opened) and the documents it
//! was built from (`documents.json`, with its SHA-256 beside it), so a later start needs neither
//! to render the guide's chunks nor to index them. The key hashes the content the caller names
//! (the guide's files), this crate's version, tantivy's, and this crate's source code (so a
//! development build whose chunking or analyzers changed does not open an index an older build
//! wrote). Whatever does not match is not opened; whatever is damaged (a checksum, the schema,
//! the document count wrong, a file missing or unreadable) is removed and rebuilt. A new index
//! is written to a `.partial-*` folder and renamed into place when complete, so a crash while
//! writing never leaves a half index under a key. If the folder cannot be written at all, the
//! index is built in memory instead.

use std::fs;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use crate::digest::{sha256_hex, Feed};
use tantivy::Index;

use super::analyzers::Analyzers;
use super::{register_analyzers, schema, write_documents, Document, Names, Result, SearchIndex};

/// Changes when the index layout changes in a way neither the documents nor the code hash see.
const FORMAT: &str = "fieldguide-search-index-3";

/// Where an index from [`SearchIndex::open_or_build`] came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheOutcome {
    /// The cached index of exactly these documents was opened.
    Opened,
    /// No index of these documents was cached: it was built and written to the cache.
    Built,
    /// The cached index was unusable (the reason is given): it was removed, rebuilt and written.
    Rebuilt(String),
    /// The cache could not be written (the reason is given): the index was built in memory.
    InMemory(String),
    /// No index of these documents was cached, and the program carried one built for exactly
    /// this content ([`Prebuilt`]): it was copied into the cache and opened, not built.
    Prebuilt,
}

/// A search index built ahead of time, when the program was built: the files of its cache
/// folder (`search-<key>/`), as compiled into the program. [`SearchIndex::open_or_build_from`]
/// copies it into the cache instead of building an index when it is of exactly the content in
/// use (same key: same documents, program version, tantivy and code) and the cache has none;
/// copied, it is opened and checked like any cached index, and rebuilt if it is unsound.
#[derive(Debug, Clone, Copy)]
pub struct Prebuilt<'a> {
    /// The cache key it was built under ([`key`]).
    pub key: &'a str,
    /// Its files: name and bytes.
    pub files: &'a [(&'a str, &'a [u8])],
}

/// Why a cached index was not used.
#[derive(Debug, thiserror::Error)]
enum CacheError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("damaged files: {0}")]
    Damaged(String),
    #[error("its schema is not this version's")]
    Schema,
    #[error("it holds {found} documents where {expected} were written")]
    Count { found: u64, expected: usize },
    #[error("tantivy panicked while reading it")]
    Panic,
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> CacheError + '_ {
    move |source| CacheError::Io {
        path: path.to_owned(),
        source,
    }
}

/// A content hash of `docs` themselves (every field of every document): for callers that index
/// documents of their own rather than a guide's files.
pub fn documents_hash(docs: &[Document]) -> String {
    let mut h = Feed::new();
    for d in docs {
        for s in [&d.section, &d.lang, &d.anchor, &d.title, &d.heading] {
            h.feed(s);
        }
        h.feed(&d.breadcrumbs.len().to_string());
        d.breadcrumbs.iter().for_each(|s| {
            h.feed(s);
        });
        h.feed(&d.body).feed(&d.summary);
        h.feed(&d.keywords.len().to_string());
        d.keywords.iter().for_each(|s| {
            h.feed(s);
        });
    }
    h.hex(32)
}

/// The cache key of content hash `content`: 32 hex digits over everything that shapes the index.
pub fn key(content: &str) -> String {
    let mut h = Feed::new();
    h.feed(FORMAT)
        .feed(env!("CARGO_PKG_VERSION"))
        .feed(tantivy::version_string())
        .feed(env!("FIELDGUIDE_CODE_HASH"))
        .feed(content);
    h.hex(16)
}

/// The documents an index folder holds, and the file with their SHA-256.
const DOCUMENTS: &str = "documents.json";
const DOCUMENTS_SHA256: &str = "documents.json.sha256";

impl SearchIndex {
    /// The index of the documents whose content hash is `content`, cached in `dir`: opened if a
    /// sound one is there; otherwise built from `docs()` and written there (other cached
    /// indexes in `dir` are then removed). Falls back to building in memory when `dir` cannot be
    /// written; fails only if that fails too.
    pub fn open_or_build(
        content: &str,
        dir: &Path,
        docs: impl FnOnce() -> Vec<Document>,
    ) -> Result<(SearchIndex, CacheOutcome)> {
        SearchIndex::open_or_build_from(content, dir, None, docs)
    }

    /// [`SearchIndex::open_or_build`], with an index built ahead of time: when the cache has no
    /// sound index of `content` and `prebuilt` is one of exactly this content, it is copied into
    /// the cache and opened instead of building one ([`CacheOutcome::Prebuilt`]).
    pub fn open_or_build_from(
        content: &str,
        dir: &Path,
        prebuilt: Option<Prebuilt<'_>>,
        docs: impl FnOnce() -> Vec<Document>,
    ) -> Result<(SearchIndex, CacheOutcome)> {
        let key = key(content);
        let path = dir.join(format!("search-{key}"));
        let mut unusable = None;
        if path.exists() {
            match open(&path) {
                Ok(index) => return Ok((index, CacheOutcome::Opened)),
                Err(e) => {
                    unusable = Some(format!("{}: {e}", path.display()));
                    let _ = fs::remove_dir_all(&path);
                }
            }
        }
        if let Some(prebuilt) = prebuilt.filter(|p| p.key == key) {
            match write_and_open(dir, &path, |folder| copy_files(folder, prebuilt.files)) {
                Ok(index) => return Ok((index, CacheOutcome::Prebuilt)),
                Err(e) => {
                    unusable = Some(format!("the prebuilt index: {e}"));
                    let _ = fs::remove_dir_all(&path);
                }
            }
        }
        let docs = docs();
        match write_and_open(dir, &path, |folder| write_index(folder, &docs)) {
            Ok(index) => {
                let outcome = match unusable {
                    Some(reason) => CacheOutcome::Rebuilt(reason),
                    None => CacheOutcome::Built,
                };
                Ok((index, outcome))
            }
            Err(e) => Ok((
                SearchIndex::build(&docs)?,
                CacheOutcome::InMemory(e.to_string()),
            )),
        }
    }
}

/// Writes an index folder at `path` with `fill` ([`write_with`]) and opens it; once it opens,
/// the other cached indexes in `dir` are removed.
fn write_and_open(
    dir: &Path,
    path: &Path,
    fill: impl FnOnce(&Path) -> Result<(), CacheError>,
) -> Result<SearchIndex, CacheError> {
    write_with(dir, path, fill)?;
    let index = open(path)?;
    remove_others(dir, path);
    Ok(index)
}

/// Opens and checks the index and documents at `path`.
fn open(path: &Path) -> Result<SearchIndex, CacheError> {
    let (docs, names) = read_documents(path)?;
    // tantivy reads damaged files with asserts in places: a panic is one more kind of damage.
    catch_unwind(AssertUnwindSafe(|| {
        let index = Index::open_in_dir(path)?;
        let (schema, fields) = schema();
        if index.schema() != schema {
            return Err(CacheError::Schema);
        }
        let damaged = index.validate_checksum()?;
        if !damaged.is_empty() {
            let mut names: Vec<String> = damaged.iter().map(|p| p.display().to_string()).collect();
            names.sort();
            return Err(CacheError::Damaged(names.join(", ")));
        }
        let analyzers = Analyzers::new();
        register_analyzers(&index, &analyzers);
        let opened = SearchIndex::over(&index, fields, analyzers, &docs, Some(names))?;
        let found = opened.searcher.num_docs();
        if found != docs.len() as u64 {
            return Err(CacheError::Count {
                found,
                expected: docs.len(),
            });
        }
        Ok(opened)
    }))
    .unwrap_or(Err(CacheError::Panic))
}

/// The documents stored beside an index and what names countries, checked against their SHA-256.
fn read_documents(folder: &Path) -> Result<(Vec<Document>, Names), CacheError> {
    let path = folder.join(DOCUMENTS);
    let bytes = fs::read(&path).map_err(io_error(&path))?;
    let sum_path = folder.join(DOCUMENTS_SHA256);
    let sum = fs::read_to_string(&sum_path).map_err(io_error(&sum_path))?;
    if sum.trim() != sha256_hex(&bytes) {
        return Err(CacheError::Damaged(DOCUMENTS.to_owned()));
    }
    let mut stored: Stored = serde_json::from_slice(&bytes)
        .map_err(|e| CacheError::Damaged(format!("{DOCUMENTS}: {e}")))?;
    let names = std::mem::take(&mut stored.names);
    Ok((stored.into_documents()?, names))
}

/// What `documents.json` holds: the documents, with the summary and keywords that every chunk of
/// a section repeats stored once — they were most of its bytes (a country's keywords are its
/// facts), and the file is compiled into the app (the prebuilt index) and read at every start.
#[derive(serde::Serialize, serde::Deserialize)]
struct Stored {
    /// Each distinct (summary, keywords) of the documents.
    shared: Vec<(String, Vec<String>)>,
    /// Each document without its summary and keywords, and the index of its pair in `shared`.
    docs: Vec<(usize, Document)>,
    /// What names country sections, worked out when the index was written (it was most of
    /// the time opening took before it was stored).
    names: Names,
}

impl Stored {
    fn new(docs: &[Document], names: Names) -> Stored {
        let mut shared: Vec<(String, Vec<String>)> = Vec::new();
        let mut index: std::collections::HashMap<(&str, &[String]), usize> =
            std::collections::HashMap::new();
        let docs = docs
            .iter()
            .map(|d| {
                let i = *index
                    .entry((d.summary.as_str(), d.keywords.as_slice()))
                    .or_insert_with(|| {
                        shared.push((d.summary.clone(), d.keywords.clone()));
                        shared.len() - 1
                    });
                let mut bare = d.clone();
                bare.summary = String::new();
                bare.keywords = Vec::new();
                (i, bare)
            })
            .collect();
        Stored {
            shared,
            docs,
            names,
        }
    }

    fn into_documents(self) -> Result<Vec<Document>, CacheError> {
        let Stored { shared, docs, .. } = self;
        docs.into_iter()
            .map(|(i, mut d)| {
                let (summary, keywords) = shared.get(i).ok_or_else(|| {
                    CacheError::Damaged(format!("{DOCUMENTS}: a document refers to entry {i}"))
                })?;
                d.summary.clone_from(summary);
                d.keywords.clone_from(keywords);
                Ok(d)
            })
            .collect()
    }
}

/// Writes an index of `docs` and the documents into `folder`.
fn write_index(folder: &Path, docs: &[Document]) -> Result<(), CacheError> {
    let (schema, fields) = schema();
    let index = Index::create_in_dir(folder, schema)?;
    let analyzers = Analyzers::new();
    register_analyzers(&index, &analyzers);
    write_documents(&index, &fields, docs)?;
    let names = SearchIndex::over(&index, fields, analyzers, docs, None)?.names;
    let json = serde_json::to_vec(&Stored::new(docs, names))
        .map_err(|e| CacheError::Damaged(e.to_string()))?;
    let path = folder.join(DOCUMENTS);
    fs::write(&path, &json).map_err(io_error(&path))?;
    let path = folder.join(DOCUMENTS_SHA256);
    fs::write(&path, sha256_hex(&json)).map_err(io_error(&path))?;
    Ok(())
}

/// Writes the files of a prebuilt index into `folder` (plain names only: nothing can be written
/// outside it).
fn copy_files(folder: &Path, files: &[(&str, &[u8])]) -> Result<(), CacheError> {
    for (name, bytes) in files {
        if name.is_empty() || name.contains(['/', '\\']) || *name == "." || *name == ".." {
            return Err(CacheError::Damaged(format!("a file named '{name}'")));
        }
        let path = folder.join(name);
        fs::write(&path, bytes).map_err(io_error(&path))?;
    }
    Ok(())
}

/// Fills a fresh folder in `dir` with `fill`, then renames it to `path`: a crash never leaves a
/// half-written index under a key.
fn write_with(
    dir: &Path,
    path: &Path,
    fill: impl FnOnce(&Path) -> Result<(), CacheError>,
) -> Result<(), CacheError> {
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    let partial = dir.join(format!(
        "{}.partial-{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("search"),
        std::process::id()
    ));
    if partial.exists() {
        fs::remove_dir_all(&partial).map_err(io_error(&partial))?;
    }
    fs::create_dir(&partial).map_err(io_error(&partial))?;
    if let Err(e) = fill(&partial) {
        let _ = fs::remove_dir_all(&partial);
        return Err(e);
    }
    if let Err(e) = fs::rename(&partial, path) {
        let _ = fs::remove_dir_all(&partial);
        // Another process may have put the same index there first: that one will do.
        if !path.exists() {
            return Err(io_error(path)(e));
        }
    }
    Ok(())
}

/// Removes the other cached indexes (and abandoned partial ones) in `dir`, keeping `keep`.
fn remove_others(dir: &Path, keep: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mine = format!(".partial-{}", std::process::id());
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        // Another process's partial folder may still be being written: leave it alone unless
        // it is ours or was abandoned (untouched for an hour).
        let abandoned = || {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600)
        };
        let stale = name.starts_with("search-")
            && path != keep
            && (!name.contains(".partial-") || name.ends_with(&mine) || abandoned());
        if stale && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What names countries is stored with the index and read back as it was worked out: the
    /// index opened from its folder names the same countries as one built in memory.
    #[test]
    fn the_country_names_are_stored_with_the_index() {
        let mut country = doc("country-aa", "en", "The Women's shelter in Arcadia Town.");
        country.scope = crate::search::Scope::Country;
        country.title = "Country profile: Arcadia".to_owned();
        country.keywords = vec!["Arcadia".to_owned(), "national referral office".to_owned()];
        let docs = vec![
            doc(
                "urgent-assistance",
                "en",
                "A safe shelter; the social office pays.",
            ),
            country,
        ];
        let dir = tempfile::tempdir().expect("temporary folder");
        write_index(dir.path(), &docs).expect("written");
        let (stored_docs, stored) = read_documents(dir.path()).expect("read");
        assert_eq!(stored_docs.len(), docs.len());
        let built = SearchIndex::build(&docs).expect("built").names;
        assert!(
            !built.words.is_empty() && !built.phrases.is_empty(),
            "{built:?}"
        );
        assert_eq!(stored, built);
        assert_eq!(open(dir.path()).expect("opened").names, built);
    }

    #[test]
    fn a_name_is_stored_once_however_many_versions_of_the_profile_repeat_it() {
        // The same keyword in two versions of a profile whose languages analyse it alike (as
        // a country's facts are in every language's version): one phrase, and each of its
        // words' tokens once (a word whose folded and stemmed forms are the same: "arcadia").
        let docs: Vec<Document> = ["en", "en-GB"]
            .into_iter()
            .map(|lang| {
                let mut country = doc("country-aa", lang, "The referral office of Arcadia.");
                country.scope = crate::search::Scope::Country;
                country.title = "Arcadia".to_owned();
                country.keywords = vec!["national referral office Arcadia".to_owned()];
                country
            })
            .collect();
        let dir = tempfile::tempdir().expect("temporary folder");
        write_index(dir.path(), &docs).expect("written");
        let (_, stored) = read_documents(dir.path()).expect("read");
        assert_eq!(stored.phrases.len(), 1, "{:?}", stored.phrases);
        for (word, tokens) in stored.phrases[0].0.iter().map(|(_, t)| t).enumerate() {
            let mut unique = tokens.clone();
            unique.dedup();
            assert_eq!(&unique, tokens, "word {word} of {:?}", stored.phrases[0]);
        }
    }

    fn doc(section: &str, lang: &str, body: &str) -> Document {
        Document {
            scope: Default::default(),
            section: section.to_owned(),
            lang: lang.to_owned(),
            anchor: String::new(),
            title: section.to_owned(),
            heading: String::new(),
            breadcrumbs: vec![section.to_owned()],
            body: body.to_owned(),
            summary: String::new(),
            keywords: Vec::new(),
        }
    }

    #[test]
    fn the_documents_hash_changes_with_any_field_and_not_otherwise() {
        let a = vec![doc("return", "en", "safe return")];
        assert_eq!(documents_hash(&a), documents_hash(&a.clone()));
        let mut b = a.clone();
        b[0].body.push('!');
        assert_ne!(documents_hash(&a), documents_hash(&b));
        // Moving text between fields is a different index.
        let mut c = a.clone();
        c[0].keywords = vec![String::new()];
        assert_ne!(documents_hash(&a), documents_hash(&c));
    }

    #[test]
    fn stored_documents_come_back_as_they_were_with_shared_fields_once() {
        let mut a = doc("return", "en", "safe return");
        a.summary = "About return".to_owned();
        a.keywords = vec!["IOM".to_owned(), "AVRR".to_owned()];
        let mut b = a.clone();
        b.anchor = "contacts".to_owned();
        b.body = "who to call".to_owned();
        let c = doc("shelter", "sv", "skyddat boende");
        let docs = vec![a, b, c];
        let stored = Stored::new(&docs, Names::default());
        assert_eq!(
            stored.shared.len(),
            2,
            "one entry per distinct summary and keywords"
        );
        let back = Stored::into_documents(
            serde_json::from_slice(&serde_json::to_vec(&stored).expect("json")).expect("json"),
        )
        .expect("documents");
        assert_eq!(documents_hash(&back), documents_hash(&docs));
        // An entry that is not there is damage, not a panic.
        let broken = Stored {
            shared: Vec::new(),
            docs: vec![(3, doc("x", "en", "y"))],
            names: Names::default(),
        };
        assert!(matches!(
            broken.into_documents(),
            Err(CacheError::Damaged(_))
        ));
    }

    #[test]
    fn the_key_is_32_hex_digits_and_follows_the_content() {
        assert_eq!(key("abc"), key("abc"));
        assert_ne!(key("abc"), key("abd"));
        assert_eq!(key("abc").len(), 32);
        assert!(key("abc").chars().all(|c| c.is_ascii_hexdigit()));
    }
}
