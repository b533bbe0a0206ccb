//! `fieldguide serve` under hostile and heavy use: long URIs, a client that trickles its request
//! head, many clients at once. On the good fixture, on loopback, with real TCP connections.
#![cfg(feature = "serve")]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use fieldguide::serve;

use crate::fixture::GuideTest;

/// A server on a free loopback port, running on its own runtime thread.
fn server() -> SocketAddr {
    let guide = GuideTest::good().load();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            serve::accept(listener, serve::router(guide)).await;
        });
    });
    rx.recv().unwrap()
}

/// The status code of `GET target`.
fn get(addr: SocketAddr, target: &str) -> u16 {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        s,
        "GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut head = [0u8; 12];
    s.read_exact(&mut head).unwrap();
    std::str::from_utf8(&head[9..12]).unwrap().parse().unwrap()
}

#[test]
fn a_uri_over_the_limit_is_refused_and_an_ordinary_request_answered() {
    let addr = server();
    assert_eq!(get(addr, "/api/info"), 200);
    let long = format!("/api/search?lang=en&q={}", "a".repeat(serve::MAX_URI_BYTES));
    assert_eq!(get(addr, &long), 414);
    assert_eq!(get(addr, "/api/search?lang=en&q=reflection"), 200);
}

#[test]
fn a_client_that_trickles_its_request_head_is_cut_off_and_others_are_served() {
    let addr = server();
    let mut slow = TcpStream::connect(addr).unwrap();
    slow.write_all(b"GET /api/info HTTP/1.1\r\nHost: localhost\r\n")
        .unwrap();
    let started = Instant::now();
    // Meanwhile the server answers others.
    assert_eq!(get(addr, "/api/info"), 200);
    // The slow client never finishes its head: the server closes the connection after the
    // deadline (a read returns end of file or an error, not a hang).
    slow.set_read_timeout(Some(serve::HEADER_READ_TIMEOUT + Duration::from_secs(10)))
        .unwrap();
    let mut buf = [0u8; 256];
    let closed = match slow.read(&mut buf) {
        Ok(n) => n == 0 || std::str::from_utf8(&buf[..n]).unwrap_or("").contains("408"),
        Err(e) => {
            e.kind() != std::io::ErrorKind::WouldBlock && e.kind() != std::io::ErrorKind::TimedOut
        }
    };
    assert!(closed, "the slow connection was closed");
    let took = started.elapsed();
    assert!(
        took >= serve::HEADER_READ_TIMEOUT - Duration::from_millis(500)
            && took < serve::HEADER_READ_TIMEOUT + Duration::from_secs(10),
        "closed after {took:?}"
    );
}

#[test]
fn many_clients_at_once_are_all_answered() {
    let addr = server();
    let clients: Vec<_> = (0..2 * serve::MAX_REQUESTS_IN_FLIGHT)
        .map(|i| {
            std::thread::spawn(move || {
                let q = ["reflection", "interpreter", "shelter", "betänketid"][i % 4];
                get(addr, &format!("/api/search?lang=en&q={q}"))
            })
        })
        .collect();
    let statuses: Vec<u16> = clients.into_iter().map(|c| c.join().unwrap()).collect();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
}

/// `serve --guides` on a folder with no installed guide says so and how to install one, and
/// starts no server.
#[test]
fn serving_an_empty_folder_of_guides_says_how_to_install_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fieldguide"))
        .args(["serve", "--guides"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(stderr.contains("no installed guide in"), "{stderr}");
    assert!(stderr.contains("fieldguide pack install --dir"), "{stderr}");
}
