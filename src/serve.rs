//! `fieldguide serve`: the app's UI and a read-only JSON API over HTTP (cargo feature `serve`).
//!
//! Owns the HTTP layer only: routes, query parameters, content types and the embedded `ui/`
//! folder. Every answer is one call into [`Guide`]; nothing here knows about Markdown, Fluent or
//! the index. The same `ui/` runs in the desktop app, where `api.js` uses Tauri's `invoke`
//! instead of `fetch('/api/…')`. Binds to loopback unless told otherwise; there is no write
//! endpoint, no state per user and nothing is logged about queries.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use crate::search::SearchOptions;
use crate::Guide;

/// The web UI, compiled into the binary from `ui/`.
static UI: include_dir::Dir<'_> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/ui");

/// The Content-Security-Policy of every UI page: the same as the desktop app's, with `'self'`
/// for `fetch`. No inline script, nothing from another origin.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
                   form-action 'none'; frame-ancestors 'none'";

type Shared = Arc<Guide>;

/// The router: `/api/…` (JSON, GET only) and the UI (every other path that names a file in
/// `ui/`; `/` is `index.html`). Anything else is 404.
pub fn router(guide: Guide) -> Router {
    routes(Arc::new(guide))
}

fn routes(guide: Shared) -> Router {
    let api = Router::new()
        .route("/languages", get(languages))
        .route("/toc", get(toc))
        .route("/section", get(section))
        .route("/slides", get(slides))
        .route("/country", get(country))
        .route("/countries", get(countries))
        .route("/referral", get(referral))
        .route("/glossary", get(glossary))
        .route("/messages", get(messages))
        .route("/format", get(format))
        .route("/search", get(search))
        .route("/negotiate", get(negotiate))
        .route("/version", get(version))
        .fallback(api_not_found);
    Router::new()
        .nest("/api", api)
        .fallback(get(static_file))
        .with_state(guide)
}

/// Serves `guide` on `addr` until Ctrl+C. The search index is built in the background at once,
/// so the first query does not wait for it.
pub async fn run(guide: Guide, addr: SocketAddr) -> std::io::Result<()> {
    let guide = Arc::new(guide);
    let warm = Arc::clone(&guide);
    std::thread::spawn(move || warm.search_index().is_some());
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, routes(guide))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// An API error: `{ "kind": "...", "message": "..." }`, like the desktop app's `CommandError`.
#[derive(Serialize)]
struct ApiError {
    kind: &'static str,
    message: String,
}

fn error(status: StatusCode, kind: &'static str, message: String) -> Response {
    (status, Json(ApiError { kind, message })).into_response()
}

fn found<T: Serialize>(value: Option<T>, what: &str, id: &str) -> Response {
    match value {
        Some(v) => Json(v).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "not-found",
            format!("no {what} '{id}' in this guide"),
        ),
    }
}

async fn api_not_found(uri: Uri) -> Response {
    error(
        StatusCode::NOT_FOUND,
        "not-found",
        format!("no API endpoint '{}'", uri.path()),
    )
}

/// `?lang=` (default `en`).
#[derive(Deserialize)]
struct LangQuery {
    #[serde(default = "en")]
    lang: String,
}

/// `?lang=&id=`.
#[derive(Deserialize)]
struct SectionQuery {
    #[serde(default = "en")]
    lang: String,
    id: String,
}

/// `?cc=&lang=`.
#[derive(Deserialize)]
struct CountryQuery {
    cc: String,
    #[serde(default = "en")]
    lang: String,
}

/// `?lang=&here=&origin=`; no `origin` (or an empty one): a country the guide does not cover.
#[derive(Deserialize)]
struct ReferralQuery {
    #[serde(default = "en")]
    lang: String,
    here: Option<String>,
    origin: Option<String>,
}

/// `?q=&lang=&limit=&all=`.
#[derive(Deserialize)]
struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default = "en")]
    lang: String,
    limit: Option<usize>,
    #[serde(default)]
    all: Option<String>,
}

/// `?accept=sv,en` (comma-separated preferences, best first).
#[derive(Deserialize)]
struct NegotiateQuery {
    #[serde(default)]
    accept: String,
}

fn en() -> String {
    "en".to_owned()
}

async fn version(State(guide): State<Shared>) -> Response {
    Json(guide.version()).into_response()
}

async fn languages(State(guide): State<Shared>) -> Response {
    Json(guide.languages()).into_response()
}

async fn toc(State(guide): State<Shared>, Query(q): Query<LangQuery>) -> Response {
    Json(guide.toc(&q.lang)).into_response()
}

async fn section(State(guide): State<Shared>, Query(q): Query<SectionQuery>) -> Response {
    found(guide.section(&q.lang, &q.id), "section", &q.id)
}

async fn slides(State(guide): State<Shared>, Query(q): Query<SectionQuery>) -> Response {
    found(guide.slides(&q.lang, &q.id), "section", &q.id)
}

async fn country(State(guide): State<Shared>, Query(q): Query<CountryQuery>) -> Response {
    found(guide.country(&q.cc, &q.lang), "country", &q.cc)
}

async fn countries(State(guide): State<Shared>, Query(q): Query<LangQuery>) -> Response {
    Json(guide.countries(&q.lang)).into_response()
}

async fn referral(State(guide): State<Shared>, Query(q): Query<ReferralQuery>) -> Response {
    let Some(here) = q.here.filter(|h| !h.trim().is_empty()) else {
        return error(
            StatusCode::BAD_REQUEST,
            "bad-request",
            "missing parameter 'here' (the country where the person is, e.g. ?here=se&origin=ro)"
                .to_owned(),
        );
    };
    let origin = q.origin.filter(|o| !o.trim().is_empty());
    match guide.referral(&q.lang, &here, origin.as_deref()) {
        Ok(view) => Json(view).into_response(),
        Err(e) => error(StatusCode::NOT_FOUND, "not-found", e.to_string()),
    }
}

async fn glossary(State(guide): State<Shared>, Query(q): Query<LangQuery>) -> Response {
    Json(guide.glossary(&q.lang)).into_response()
}

async fn messages(State(guide): State<Shared>, Query(q): Query<LangQuery>) -> Response {
    Json(guide.messages(&q.lang)).into_response()
}

/// `?lang=&id=&<name>=<value>…`: every parameter other than `lang` and `id` is a message argument.
async fn format(
    State(guide): State<Shared>,
    Query(mut args): Query<BTreeMap<String, String>>,
) -> Response {
    let lang = args.remove("lang").unwrap_or_else(en);
    let Some(id) = args.remove("id") else {
        return error(
            StatusCode::BAD_REQUEST,
            "bad-request",
            "missing parameter 'id' (the message id, e.g. ?id=app-title)".to_owned(),
        );
    };
    found(guide.format_message(&lang, &id, &args), "message", &id)
}

async fn search(State(guide): State<Shared>, Query(q): Query<SearchQuery>) -> Response {
    let defaults = SearchOptions::default();
    let opts = SearchOptions {
        lang: q.lang,
        all_languages: matches!(q.all.as_deref(), Some("1" | "true" | "yes" | "")),
        limit: q.limit.unwrap_or(defaults.limit),
    };
    Json(guide.search(&q.q, &opts)).into_response()
}

async fn negotiate(State(guide): State<Shared>, Query(q): Query<NegotiateQuery>) -> Response {
    let requested: Vec<String> = q
        .accept
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    Json(guide.negotiate(&requested)).into_response()
}

/// A file of `ui/`, with its content type and the CSP; `/` is `index.html`.
async fn static_file(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    let Some(file) = UI.get_file(path) else {
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "not found",
        )
            .into_response();
    };
    let mut response = file.contents().into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(path)),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_are_specific() {
        assert_eq!(content_type("app.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("print.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("x.bin"), "application/octet-stream");
    }

    #[test]
    fn the_ui_is_embedded() {
        assert!(UI.get_file("index.html").is_some());
        assert!(UI.get_file("api.js").is_some());
    }
}
