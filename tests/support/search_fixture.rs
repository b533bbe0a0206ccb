//! The search fixture chunks of all 14 languages (`tests/fixtures/search/<lang>.json`), shared by
//! the search tests and the search benchmark (each includes this file with `#[path]`).

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
