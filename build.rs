//! Rebuild when the guide changes: with the `embedded` feature its files are compiled in, and
//! include_dir cannot tell cargo which files it read. Also hashes this crate's source into
//! `FIELDGUIDE_CODE_HASH`, part of the on-disk search index cache key: a development build whose
//! chunking or analyzers changed must not open an index an older build wrote. And writes the
//! list of the pack-signing keys this build trusts (`$OUT_DIR/trusted_keys.rs`): every
//! `keys/trusted/*.pub`, and with the cargo feature `test-keys` also `tests/keys/trusted/*.pub`.
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

/// The minisign public key files of `dir` (`*.pub`), sorted, as `TrustedKey` literals.
fn trusted_keys(dir: &Path, out: &mut String) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pub"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("a public key file is text");
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        out.push_str(&format!(
            "crate::pack::TrustedKey {{ name: {name:?}, public_key: {text:?} }},\n"
        ));
    }
}

fn main() {
    println!("cargo:rerun-if-changed=keys");
    println!("cargo:rerun-if-changed=tests/keys");
    let mut keys = String::from("[\n");
    trusted_keys(Path::new("keys/trusted"), &mut keys);
    if std::env::var_os("CARGO_FEATURE_TEST_KEYS").is_some() {
        trusted_keys(Path::new("tests/keys/trusted"), &mut keys);
    }
    keys.push(']');
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("trusted_keys.rs"), keys).expect("OUT_DIR is writable");

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
