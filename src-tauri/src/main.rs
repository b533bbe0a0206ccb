//! TRM Field Guide, the desktop app: a Tauri 2 shell over the `fieldguide` library.
//!
//! Owns the window, the IPC commands and nothing else. Each command is a thin adapter that calls
//! [`fieldguide::Guide`] and returns its view, or a [`CommandError`] the UI can show; there is no
//! guide logic here. The guide is compiled into the binary (`Guide::load_embedded`).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::Arc;

use fieldguide::api::{self, Request};
use fieldguide::search::CacheOutcome;
use fieldguide::Guide;
use serde::Serialize;
use tauri::{Manager, State};

/// What a command returns to the UI when it fails: `{ "kind": "...", "message": "..." }`, the
/// same shape as `fieldguide serve`'s errors ([`api::Error`]).
#[derive(Debug, thiserror::Error, Serialize)]
#[serde(untagged)]
enum CommandError {
    /// The guide API's own errors (not found, bad request).
    #[error(transparent)]
    Api(#[from] api::Error),
    /// A window could not be opened.
    #[error("{message}")]
    Window {
        /// Always `window`.
        kind: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl CommandError {
    fn window(e: tauri::Error) -> Self {
        CommandError::Window {
            kind: "window",
            message: e.to_string(),
        }
    }
}

type Result<T> = std::result::Result<T, CommandError>;

/// The guide's one IPC command: the web view's request, answered by the library
/// ([`api::answer`]). `async`, so Tauri runs it on its thread pool, never on the main thread that
/// paints the window; nothing in it waits for the search index (a search before the index is
/// ready answers "preparing" at once).
#[tauri::command]
async fn call(guide: State<'_, Arc<Guide>>, request: Request) -> Result<serde_json::Value> {
    Ok(api::answer(&guide, request)?)
}

/// Opens (or brings forward) the presenter window: speaker notes and a timer, beside the
/// audience window. Shell work, not guide logic, so it lives here.
#[tauri::command]
fn open_presenter(app: tauri::AppHandle) -> Result<()> {
    if let Some(window) = app.get_webview_window("presenter") {
        return window.set_focus().map_err(CommandError::window);
    }
    tauri::WebviewWindowBuilder::new(
        &app,
        "presenter",
        tauri::WebviewUrl::App("presenter.html".into()),
    )
    .title("TRM Field Guide — presenter")
    .inner_size(1000.0, 700.0)
    .build()
    .map(|_| ())
    .map_err(CommandError::window)
}

/// The main window, from `tauri.conf.json` (`"create": false` there, so it opens here). With
/// `--blank` (or `TRM_FIELDGUIDE_BLANK=1`) it shows an empty page instead of the guide: the
/// baseline of the start-up and memory measurements in docs/app.md.
fn open_main_window(app: &mut tauri::App) -> std::result::Result<(), Box<dyn std::error::Error>> {
    let mut config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .cloned()
        .ok_or("tauri.conf.json has no window 'main'")?;
    if std::env::var_os("TRM_FIELDGUIDE_BLANK").is_some()
        || std::env::args().any(|a| a == "--blank")
    {
        config.url = tauri::WebviewUrl::App("blank.html".into());
    }
    tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?.build()?;
    Ok(())
}

/// Prepares the search index off the main thread: opened from the app's cache folder (see
/// `fieldguide::search`'s cache: keyed by the guide's content, rebuilt when damaged), or built in
/// memory when there is no such folder. `FIELDGUIDE_INDEX_CACHE=off` always builds in memory (for
/// measuring both ways). Until it is ready, searches answer "preparing".
fn prepare_search(guide: &Guide, handle: &tauri::AppHandle) {
    let cache = match std::env::var("FIELDGUIDE_INDEX_CACHE").as_deref() {
        Ok("off") => None,
        _ => handle.path().app_cache_dir().ok(),
    };
    match guide.prepare_search(cache.as_deref()) {
        Ok(Some(CacheOutcome::Rebuilt(reason))) => {
            eprintln!("search index: the cached one was unusable ({reason}); rebuilt it")
        }
        Ok(Some(CacheOutcome::InMemory(reason))) => {
            eprintln!("search index: cannot cache it ({reason}); built it in memory")
        }
        Err(e) => eprintln!("search index: {e}"),
        _ => {}
    }
}

fn main() {
    let guide =
        Arc::new(Guide::load_embedded().expect("the guide compiled into this binary loads"));
    let warm = Arc::clone(&guide);
    tauri::Builder::default()
        .manage(guide)
        // The shell's commands. `build.rs` and `capabilities/main.json` name the same two:
        // `tests/testsuite/shells.rs` fails when they drift apart.
        .invoke_handler(tauri::generate_handler![call, open_presenter])
        .setup(move |app| {
            // Prepare the search index off the UI thread at once: opened from the cache of an
            // earlier start, else built (and cached).
            let handle = app.handle().clone();
            std::thread::spawn(move || prepare_search(&warm, &handle));
            open_main_window(app)
        })
        .run(tauri::generate_context!())
        .expect("error while running the TRM Field Guide");
}
