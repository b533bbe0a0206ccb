//! TRM Field Guide, the desktop app: a Tauri 2 shell over the `fieldguide` library.
//!
//! Owns the window, the IPC commands and nothing else. Each command is a thin adapter that calls
//! [`fieldguide::Guide`] and returns its view, or a [`CommandError`] the UI can show; there is no
//! guide logic here. The guide is compiled into the binary (`Guide::load_embedded`).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::collections::BTreeMap;

use fieldguide::search::{CacheOutcome, SearchOptions, SearchResults};
use fieldguide::{CountryView, Guide, SectionView, SlideDeck, Term, TocEntry};
use serde::Serialize;
use tauri::{Manager, State};

/// What a command returns to the UI when it fails: `{ "kind": "...", "message": "..." }`.
#[derive(Debug, thiserror::Error, Serialize)]
#[serde(tag = "kind", content = "message", rename_all = "kebab-case")]
enum CommandError {
    /// No section, deck or country with that id.
    #[error("{0}")]
    NotFound(String),
    /// A message id the locales do not have.
    #[error("{0}")]
    UnknownMessage(String),
    /// A window could not be opened.
    #[error("{0}")]
    Window(String),
}

fn not_found(what: &str, id: &str) -> CommandError {
    CommandError::NotFound(format!("no {what} '{id}' in this guide"))
}

type Result<T> = std::result::Result<T, CommandError>;

#[tauri::command]
fn version(guide: State<'_, Guide>) -> String {
    guide.version().to_owned()
}

#[tauri::command]
fn languages(guide: State<'_, Guide>) -> Vec<fieldguide::content::Language> {
    guide.languages().to_vec()
}

#[tauri::command]
fn toc(guide: State<'_, Guide>, lang: String) -> Vec<TocEntry> {
    guide.toc(&lang)
}

#[tauri::command]
fn section(guide: State<'_, Guide>, lang: String, id: String) -> Result<SectionView> {
    guide
        .section(&lang, &id)
        .ok_or_else(|| not_found("section", &id))
}

#[tauri::command]
fn slides(guide: State<'_, Guide>, lang: String, id: String) -> Result<SlideDeck> {
    guide
        .slides(&lang, &id)
        .ok_or_else(|| not_found("section", &id))
}

#[tauri::command]
fn country(guide: State<'_, Guide>, cc: String, lang: String) -> Result<CountryView> {
    guide
        .country(&cc, &lang)
        .ok_or_else(|| not_found("country", &cc))
}

#[tauri::command]
fn countries(guide: State<'_, Guide>, lang: String) -> Vec<fieldguide::CountryRef> {
    guide.countries(&lang)
}

/// `origin: None` is a country the guide does not cover.
#[tauri::command]
fn referral(
    guide: State<'_, Guide>,
    lang: String,
    here: String,
    origin: Option<String>,
) -> Result<fieldguide::Referral> {
    guide
        .referral(&lang, &here, origin.as_deref())
        .map_err(|e| CommandError::NotFound(e.to_string()))
}

#[tauri::command]
fn glossary(guide: State<'_, Guide>, lang: String) -> Vec<Term> {
    guide.glossary(&lang)
}

#[tauri::command]
fn messages(guide: State<'_, Guide>, lang: String) -> fieldguide::i18n::Messages {
    guide.messages(&lang)
}

#[tauri::command]
fn format(
    guide: State<'_, Guide>,
    lang: String,
    id: String,
    args: BTreeMap<String, String>,
) -> Result<String> {
    guide
        .format_message(&lang, &id, &args)
        .ok_or_else(|| CommandError::UnknownMessage(format!("no message '{id}'")))
}

#[tauri::command]
fn search(
    guide: State<'_, Guide>,
    q: String,
    lang: String,
    limit: usize,
    all: bool,
) -> SearchResults {
    guide.search(
        &q,
        &SearchOptions {
            lang,
            all_languages: all,
            limit,
        },
    )
}

/// Opens (or brings forward) the presenter window: speaker notes and a timer, beside the
/// audience window. Shell work, not guide logic, so it lives here.
#[tauri::command]
fn open_presenter(app: tauri::AppHandle) -> Result<()> {
    if let Some(window) = app.get_webview_window("presenter") {
        return window
            .set_focus()
            .map_err(|e| CommandError::Window(e.to_string()));
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
    .map_err(|e| CommandError::Window(e.to_string()))
}

#[tauri::command]
fn negotiate(guide: State<'_, Guide>, requested: Vec<String>) -> String {
    guide.negotiate(&requested)
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

/// Loads the search index from the app's cache folder (see `fieldguide::search`'s cache: keyed by
/// the guide's content, rebuilt when damaged), or builds it in memory when there is no such
/// folder. `FIELDGUIDE_INDEX_CACHE=off` always builds in memory (for measuring both ways).
fn load_search_index(handle: &tauri::AppHandle) {
    let guide = handle.state::<Guide>();
    let cache = match std::env::var("FIELDGUIDE_INDEX_CACHE").as_deref() {
        Ok("off") => None,
        _ => handle.path().app_cache_dir().ok(),
    };
    let Some(dir) = cache else {
        guide.search_index();
        return;
    };
    match guide.search_index_cached(&dir).1 {
        Some(Ok(CacheOutcome::Rebuilt(reason))) => {
            eprintln!("search index: the cached one was unusable ({reason}); rebuilt it")
        }
        Some(Ok(CacheOutcome::InMemory(reason))) => {
            eprintln!("search index: cannot cache it ({reason}); built it in memory")
        }
        Some(Err(e)) => eprintln!("search index: {e}"),
        _ => {}
    }
}

fn main() {
    let guide = Guide::load_embedded().expect("the guide compiled into this binary loads");
    tauri::Builder::default()
        .manage(guide)
        .invoke_handler(tauri::generate_handler![
            version,
            languages,
            toc,
            section,
            slides,
            country,
            countries,
            referral,
            glossary,
            messages,
            format,
            search,
            negotiate,
            open_presenter
        ])
        .setup(|app| {
            // Have the search index ready off the UI thread at once, so the first query is
            // fast: opened from the cache of an earlier start, else built (and cached).
            let handle = app.handle().clone();
            std::thread::spawn(move || load_search_index(&handle));
            open_main_window(app)
        })
        .run(tauri::generate_context!())
        .expect("error while running the TRM Field Guide");
}
