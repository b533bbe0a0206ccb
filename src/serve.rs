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

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};

use crate::api::{self, Request};
use crate::Guide;

/// The web UI, compiled into the binary from `ui/`.
static UI: include_dir::Dir<'_> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/ui");

type Shared = Arc<Guide>;

/// The router: `/api/<command>` (JSON, GET only, see [`crate::api`]) and the UI (every other
/// path that names a file in `ui/`; `/` is `index.html`). Anything else is 404.
pub fn router(guide: Guide) -> Router {
    routes(Arc::new(guide))
}

fn routes(guide: Shared) -> Router {
    Router::new()
        .route("/api/{command}", get(api_call))
        .route("/api/", get(api_missing))
        .route("/api/{command}/{*rest}", get(api_missing))
        .fallback(get(static_file))
        .with_state(guide)
}

/// Serves `guide` on `addr` until Ctrl+C. The search index is prepared in the background at
/// once; a search before it is ready answers "preparing" instead of waiting.
pub async fn run(guide: Guide, addr: SocketAddr) -> std::io::Result<()> {
    let guide = Arc::new(guide);
    let warm = Arc::clone(&guide);
    std::thread::spawn(move || warm.prepare_search(None).is_ok());
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, routes(guide))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

fn error_response(e: api::Error) -> Response {
    let status = match e {
        api::Error::NotFound(_) => StatusCode::NOT_FOUND,
        api::Error::BadRequest(_) => StatusCode::BAD_REQUEST,
    };
    (status, Json(e)).into_response()
}

/// `/api/<command>?<params>`: one [`Request`], answered by [`api::answer`].
async fn api_call(
    State(guide): State<Shared>,
    Path(command): Path<String>,
    Query(params): Query<BTreeMap<String, String>>,
) -> Response {
    match Request::from_query(&command, params).and_then(|r| api::answer(&guide, r)) {
        Ok(value) => Json(value).into_response(),
        Err(e) => error_response(e),
    }
}

async fn api_missing(uri: Uri) -> Response {
    error_response(api::Error::NotFound(format!(
        "no API endpoint '{}'",
        uri.path()
    )))
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
        HeaderValue::from_static(crate::api::CSP_SERVE),
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
        "ttf" => "font/ttf",
        "toml" => "text/plain; charset=utf-8",
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
        assert_eq!(content_type("fonts/trm-thai-regular.ttf"), "font/ttf");
        assert_eq!(content_type("x.bin"), "application/octet-stream");
    }

    #[test]
    fn the_ui_is_embedded() {
        assert!(UI.get_file("index.html").is_some());
        assert!(UI.get_file("api.js").is_some());
    }
}
