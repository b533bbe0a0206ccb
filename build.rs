//! Rebuild when the guide changes: with the `embedded` feature its files are compiled in, and
//! include_dir cannot tell cargo which files it read. Also hashes this crate's source into
//! `FIELDGUIDE_CODE_HASH`, part of the on-disk search index cache key: a development build whose
//! chunking or analyzers changed must not open an index an older build wrote.
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// Every file under `dir`, recursively.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=guide-content");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src");

    let mut sources = Vec::new();
    files(Path::new("src"), &mut sources);
    sources.sort();
    let mut hasher = DefaultHasher::new();
    for file in sources {
        file.hash(&mut hasher);
        std::fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    println!(
        "cargo:rustc-env=FIELDGUIDE_CODE_HASH={:016x}",
        hasher.finish()
    );
}
