//! Builds the app manifest: only our own commands exist for the web view, and the capabilities in
//! `capabilities/` grant exactly those (no `core:default`).

use tauri_build::{AppManifest, Attributes};

fn main() {
    tauri_build::try_build(
        Attributes::new().app_manifest(AppManifest::new().commands(&[
            "languages",
            "toc",
            "section",
            "slides",
            "country",
            "countries",
            "referral",
            "glossary",
            "messages",
            "format",
            "search",
            "negotiate",
            "version",
            "open_presenter",
        ])),
    )
    .expect("failed to run tauri-build");
}
