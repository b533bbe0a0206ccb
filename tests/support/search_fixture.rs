//! What the search tests and the search benchmark share (each includes this file with `#[path]`):
//! the fixture chunks of all 14 languages (`tests/fixtures/search/<lang>.json`), the real guide's
//! chunks, and a seeded xorshift generator.

use std::path::Path;

use fieldguide::search::Document;

/// Every fixture chunk, languages in file-name order.
pub fn fixture_docs() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/search");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixture dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).expect("fixture");
            serde_json::from_str::<Vec<Document>>(&text).expect("fixture json")
        })
        .collect()
}

/// The real guide's chunks, as the app indexes them.
#[allow(dead_code)] // each includer uses what it needs
pub fn guide_docs() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guide-content");
    fieldguide::Guide::load(dir)
        .expect("guide-content loads")
        .search_documents()
}

/// A seeded xorshift generator (no dependency): the same sequence on every run.
#[allow(dead_code)] // each includer uses what it needs
pub struct Rng(pub u64);

#[allow(dead_code)]
impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Shuffles `xs` in place.
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            xs.swap(i, self.below(i + 1));
        }
    }

    /// One of `xs`.
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}
