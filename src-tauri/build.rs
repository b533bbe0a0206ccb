//! Builds the app manifest: only our own commands exist for the web view, and the capabilities in
//! `capabilities/` grant exactly those (no `core:default`). `src/main.rs`'s `generate_handler!`
//! names the same commands: `tests/testsuite/shells.rs` fails if the three lists differ.

use tauri_build::{AppManifest, Attributes};

fn main() {
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
