//! Builds the app manifest: only our own commands exist for the web view, and the capabilities in
//! `capabilities/` grant exactly those (no `core:default`). `src/main.rs`'s `generate_handler!`
//! names the same commands: `tests/testsuite/shells.rs` fails if the three lists differ.
//!
//! Also builds the search index of the guide the app compiles in (`../guide-content`) into
//! `$OUT_DIR/prebuilt-index/search-<key>/`, which `src/main.rs` compiles in: a first start copies
//! it into the cache and opens it instead of building one. Built by the `fieldguide` library of
//! this same source, so its key (content, version, tantivy, code) is the one the app computes.

use std::path::{Path, PathBuf};

use tauri_build::{AppManifest, Attributes};

/// Builds the prebuilt search index; a failure stops the build with the reason.
fn prebuild_search_index() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // The index is made of the sections and country files only (not the UI strings).
    println!(
        "cargo:rerun-if-changed={}",
        root.join("guide-content").display()
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("prebuilt-index");
    if out.exists() {
        std::fs::remove_dir_all(&out)
            .unwrap_or_else(|e| panic!("cannot empty {}: {e}", out.display()));
    }
    let guide = fieldguide::Guide::load(&root)
        .unwrap_or_else(|e| panic!("the guide in {} does not load: {e}", root.display()));
    match guide.prepare_search(Some(&out)) {
        Ok(Some(fieldguide::search::CacheOutcome::Built)) => {}
        other => panic!(
            "the search index of the built-in guide was not written to {}: {other:?}",
            out.display()
        ),
    }
}

fn main() {
    prebuild_search_index();
    tauri_build::try_build(
        Attributes::new().app_manifest(AppManifest::new().commands(&[
            "call",
            "guide_status",
            "inspect_pack",
            "install_pack",
            "roll_back_guide",
            "open_presenter",
        ])),
    )
    .expect("failed to run tauri-build");
}
