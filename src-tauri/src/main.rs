//! TRM Field Guide, the desktop app: a Tauri 2 shell over the `fieldguide` library.
//!
//! Owns the window, the IPC commands and nothing else. Each command is a thin adapter that calls
//! the library and returns its view, or a [`CommandError`] the UI can show; there is no guide
//! logic here. The guide in use is the installed update when there is a sound one
//! ([`fieldguide::pack::Host`], in the app's data folder), else the one compiled into the binary
//! (`Guide::load_embedded`). `trm-field-guide --install FILE` installs an update before the window
//! opens; the UI installs one from a file the user picks or drops on the window.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use fieldguide::api::{self, Request};
use fieldguide::content::Date;
use fieldguide::pack::{GuideStatus, Host, PackSummary, Trust};
use fieldguide::search::{CacheOutcome, Prebuilt};
use fieldguide::Guide;
use serde::Serialize;
use tauri::ipc::InvokeBody;
use tauri::{Manager, State};

/// What a command returns to the UI when it fails: `{ "kind": "...", "message": "..." }`, the
/// same shape as `fieldguide serve`'s errors ([`api::Error`]).
#[derive(Debug, thiserror::Error, Serialize)]
#[serde(untagged)]
enum CommandError {
    /// The guide API's own errors (not found, bad request).
    #[error(transparent)]
    Api(#[from] api::Error),
    /// A window could not be opened, or a guide update was refused: `kind` says which.
    #[error("{message}")]
    Shell {
        /// `window` or `pack`.
        kind: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl CommandError {
    fn window(e: tauri::Error) -> Self {
        CommandError::Shell {
            kind: "window",
            message: e.to_string(),
        }
    }

    fn pack(e: impl std::fmt::Display) -> Self {
        CommandError::Shell {
            kind: "pack",
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
async fn call(host: State<'_, Host>, request: Request) -> Result<serde_json::Value> {
    Ok(api::answer(&host.guide(), request)?)
}

/// Which guide is in use (built-in or installed, version, date, whether going back is possible).
#[tauri::command]
async fn guide_status(host: State<'_, Host>) -> Result<GuideStatus> {
    Ok(host.status())
}

/// The bytes of a pack file the UI sends as the request's raw body (`invoke(cmd, bytes)`).
fn pack_bytes(request: &tauri::ipc::Request<'_>) -> Result<Vec<u8>> {
    match request.body() {
        InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        InvokeBody::Json(_) => Err(CommandError::pack("send the pack file's bytes")),
    }
}

/// Verifies a pack file and says what it holds, to ask the user before installing it.
#[tauri::command]
async fn inspect_pack(
    host: State<'_, Host>,
    request: tauri::ipc::Request<'_>,
) -> Result<PackSummary> {
    let bytes = pack_bytes(&request)?;
    host.inspect(&bytes).map_err(CommandError::pack)
}

/// Verifies and installs a pack file; the new guide is used from now on (its search index is
/// prepared in the background; until then searches answer "preparing").
#[tauri::command]
async fn install_pack(
    app: tauri::AppHandle,
    host: State<'_, Host>,
    request: tauri::ipc::Request<'_>,
) -> Result<GuideStatus> {
    let bytes = pack_bytes(&request)?;
    let status = host
        .install(&bytes, Date::today())
        .map_err(CommandError::pack)?;
    warm_search(&app);
    Ok(status)
}

/// Goes back to the previous guide (the previous update, or the built-in guide).
#[tauri::command]
async fn roll_back_guide(app: tauri::AppHandle, host: State<'_, Host>) -> Result<GuideStatus> {
    let status = host.roll_back().map_err(CommandError::pack)?;
    warm_search(&app);
    Ok(status)
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

/// The search index of the built-in guide, built when the app was built (`build.rs`): one folder
/// `search-<key>/` with its files.
static PREBUILT_INDEX: include_dir::Dir<'_> = include_dir::include_dir!("$OUT_DIR/prebuilt-index");

/// The index compiled into the app ([`PREBUILT_INDEX`]), as the library takes it.
fn prebuilt_index() -> Option<Prebuilt<'static>> {
    static FILES: std::sync::OnceLock<Vec<(&'static str, &'static [u8])>> =
        std::sync::OnceLock::new();
    let dir = PREBUILT_INDEX.dirs().next()?;
    let key = dir.path().file_name()?.to_str()?.strip_prefix("search-")?;
    let files = FILES.get_or_init(|| {
        dir.files()
            .filter_map(|f| Some((f.path().file_name()?.to_str()?, f.contents())))
            .collect()
    });
    Some(Prebuilt { key, files })
}

/// Prepares the search index off the main thread: opened from the app's cache folder (see
/// `fieldguide::search`'s cache: keyed by the guide's content, rebuilt when damaged); when the
/// cache has none for the guide in use, copied there from the index built with the app if it is
/// of this guide (the built-in one), else built and cached; built in memory when there is no
/// cache folder. Says on stderr which it was and how long it took. `FIELDGUIDE_INDEX_CACHE=off`
/// always builds in memory (for measuring both ways). Until it is ready, searches answer
/// "preparing".
fn prepare_search(guide: &Guide, handle: &tauri::AppHandle) {
    let cache = match std::env::var("FIELDGUIDE_INDEX_CACHE").as_deref() {
        Ok("off") => None,
        _ => handle.path().app_cache_dir().ok(),
    };
    let started = std::time::Instant::now();
    let outcome = guide.prepare_search_from(cache.as_deref(), prebuilt_index());
    let ms = started.elapsed().as_millis();
    match outcome {
        Ok(Some(CacheOutcome::Opened)) => {
            eprintln!("search index: opened the cached one ({ms} ms)")
        }
        Ok(Some(CacheOutcome::Prebuilt)) => {
            eprintln!("search index: opened the one built with the app ({ms} ms)")
        }
        Ok(Some(CacheOutcome::Built)) => eprintln!("search index: built and cached it ({ms} ms)"),
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

/// Prepares the search index of the guide in use, on a background thread.
fn warm_search(app: &tauri::AppHandle) {
    let handle = app.clone();
    std::thread::spawn(move || {
        let guide = handle.state::<Host>().guide();
        prepare_search(&guide, &handle);
    });
}

/// The guide compiled into the binary. In the end-to-end tests' build only (cargo feature
/// `test-keys`, never a release), `--test-guide <folder>` shows the guide of that folder instead,
/// without the content gate a pack must pass: the XSS corpus uses it to put hostile content in
/// front of the real window's sanitizer and CSP.
fn built_in_guide() -> Guide {
    #[cfg(feature = "test-keys")]
    if let Some(dir) = argument_after("--test-guide") {
        match Guide::load(&dir) {
            Ok(guide) => return guide,
            Err(e) => eprintln!(
                "--test-guide {}: {e}; showing the built-in guide",
                dir.display()
            ),
        }
    }
    Guide::load_embedded().expect("the guide compiled into this binary loads")
}

/// The path after the command-line option `option`, if the app was started with one.
fn argument_after(option: &str) -> Option<std::path::PathBuf> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == option)
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from)
}

fn main() {
    tauri::Builder::default()
        // The shell's commands. `build.rs` and `capabilities/main.json` name the same ones:
        // `tests/testsuite/shells.rs` fails when they drift apart.
        .invoke_handler(tauri::generate_handler![
            call,
            guide_status,
            inspect_pack,
            install_pack,
            roll_back_guide,
            open_presenter
        ])
        .setup(|app| {
            let dir = app.path().app_data_dir()?.join("guides");
            let host = Host::open(dir, Trust::compiled_in(), built_in_guide);
            if let Some(file) = argument_after("--install") {
                let result = std::fs::read(&file)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        host.install(&bytes, Date::today())
                            .map_err(|e| e.to_string())
                    });
                match result {
                    Ok(status) => {
                        eprintln!("installed guide {} from {}", status.version, file.display())
                    }
                    Err(e) => {
                        eprintln!("not installed: {}: {e}", file.display());
                        host.refused_at_start(format!("{}: {e}", file.display()));
                    }
                }
            }
            app.manage(host);
            // Prepare the search index off the UI thread at once: opened from the cache of an
            // earlier start, else built (and cached).
            warm_search(app.handle());
            open_main_window(app)
        })
        .run(tauri::generate_context!())
        .expect("error while running the TRM Field Guide");
}
