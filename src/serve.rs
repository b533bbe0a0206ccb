//! `fieldguide serve`: the app's UI and a read-only JSON API over HTTP (cargo feature `serve`).
//!
//! Owns the HTTP layer only: routes, query parameters, content types and the embedded `ui/`
//! folder. Every answer is one call into [`Guide`]; nothing here knows about Markdown, Fluent or
//! the index. The same `ui/` runs in the desktop app, where `api.js` uses Tauri's `invoke`
//! instead of `fetch('/api/…')`. Binds to loopback unless told otherwise; there is no write
//! endpoint, no state per user and nothing is logged about queries.
//!
//! It holds under load and against slow or hostile clients: a client has [`HEADER_READ_TIMEOUT`]
//! to send its request head and every request [`REQUEST_TIMEOUT`] to be answered; at most
//! [`MAX_CONNECTIONS`] connections are open and [`MAX_REQUESTS_IN_FLIGHT`] requests answered at
//! once (the others wait); a URI longer than [`MAX_URI_BYTES`] is refused with 414; a panic in a
//! handler is a 500, never a dropped server.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, Query, Request as HttpRequest, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;

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

/// Longest request URI (path and query) answered; a longer one gets 414.
pub const MAX_URI_BYTES: usize = 4096;
/// Longest time a request may take to be answered (408 after it).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest time a client may take to send its request head; then the connection is closed
/// (a slow client trickling headers holds a connection no longer than this).
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Most connections open at once; more wait to be accepted.
pub const MAX_CONNECTIONS: usize = 2048;
/// Most requests answered at once; more wait their turn.
pub const MAX_REQUESTS_IN_FLIGHT: usize = 256;

fn routes(guide: Shared) -> Router {
    Router::new()
        .route("/api/{command}", get(api_call))
        .route("/api/", get(api_missing))
        .route("/api/{command}/{*rest}", get(api_missing))
        .fallback(get(static_file))
        .with_state(guide)
        .layer(middleware::from_fn(limit_uri))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(CatchPanicLayer::new())
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(
            MAX_REQUESTS_IN_FLIGHT,
        ))
}

/// Refuses a URI longer than [`MAX_URI_BYTES`] before anything reads it.
async fn limit_uri(request: HttpRequest, next: Next) -> Response {
    let len = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if len > MAX_URI_BYTES {
        return (
            StatusCode::URI_TOO_LONG,
            Json(api::Error::BadRequest(format!(
                "the request is {len} bytes long; at most {MAX_URI_BYTES} are answered: shorten the search words or the address"
            ))),
        )
            .into_response();
    }
    next.run(request).await
}

/// Serves `guide` on `addr` until Ctrl+C. The search index is prepared in the background at
/// once; a search before it is ready answers "preparing" instead of waiting.
pub async fn run(guide: Guide, addr: SocketAddr) -> std::io::Result<()> {
    let guide = Arc::new(guide);
    let warm = Arc::clone(&guide);
    std::thread::spawn(move || warm.prepare_search(None).is_ok());
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let shutdown = tokio::signal::ctrl_c();
    tokio::select! {
        () = accept(listener, routes(guide)) => Ok(()),
        _ = shutdown => Ok(()),
    }
}

/// Accepts connections on `listener` and serves `app` on each, with [`HEADER_READ_TIMEOUT`] and
/// at most [`MAX_CONNECTIONS`] open.
pub async fn accept(listener: tokio::net::TcpListener, app: Router) {
    let open = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = Arc::clone(&open).acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors or a connection reset before it was accepted: wait a
            // moment instead of spinning, then go on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let _permit = permit;
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT);
            // A connection that ends in an error (a client gone, a head too slow) ends; the
            // server goes on.
            let _ = http
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
    }
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
