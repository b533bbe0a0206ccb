//! The lists the shells keep must agree: the desktop app's commands in `main.rs`, `build.rs`
//! and its capabilities; the guide API's commands and what `ui/api.js` calls; the two CSPs. Each
//! list has one source; a copy that drifts fails here.

use std::collections::BTreeSet;
use std::path::Path;

use fieldguide::api::{COMMANDS, CSP_DESKTOP, CSP_SERVE};
use regex::Regex;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn set<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    items.into_iter().map(str::to_owned).collect()
}

/// The idents inside the one `generate_handler![…]` of the desktop app.
fn handler_commands() -> BTreeSet<String> {
    let main = read("src-tauri/src/main.rs");
    let re = Regex::new(r"generate_handler!\[([^\]]*)\]").unwrap();
    let caps: Vec<_> = re.captures_iter(&main).collect();
    assert_eq!(
        caps.len(),
        1,
        "one generate_handler! in src-tauri/src/main.rs"
    );
    set(caps[0][1]
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty()))
}

#[test]
fn the_desktop_commands_are_the_same_in_main_build_and_capabilities() {
    let handlers = handler_commands();
    let build = read("src-tauri/build.rs");
    let re = Regex::new(r#"commands\(&\[([^\]]*)\]\)"#).unwrap();
    let manifest = set(re.captures(&build).expect("build.rs lists the commands")[1]
        .split(',')
        .map(|s| s.trim().trim_matches('"'))
        .filter(|s| !s.is_empty()));
    assert_eq!(manifest, handlers, "build.rs and main.rs");
    let granted = |file: &str, window: &str| -> BTreeSet<String> {
        let caps: serde_json::Value =
            serde_json::from_str(&read(&format!("src-tauri/capabilities/{file}"))).unwrap();
        assert_eq!(
            caps["windows"],
            serde_json::json!([window]),
            "{file}: one window"
        );
        caps["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect()
    };
    let main = granted("main.json", "main");
    let wanted: BTreeSet<String> = handlers
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(
        main, wanted,
        "capabilities/main.json grants the main window exactly the commands"
    );
    // The presenter window shows slides: it may read the guide, nothing more.
    assert_eq!(
        granted("presenter.json", "presenter"),
        set(["allow-call"]),
        "capabilities/presenter.json"
    );
    let files = std::fs::read_dir(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities"),
    )
    .unwrap()
    .count();
    assert_eq!(files, 2, "no other capability file");
    assert!(
        !main.iter().any(|p| p.starts_with("core:")),
        "no core permissions"
    );
}

#[test]
fn the_ui_calls_exactly_the_commands_of_the_guide_api() {
    let api_js = read("ui/api.js");
    let re = Regex::new(r"call\('([a-z-]+)'").unwrap();
    let called = set(re
        .captures_iter(&api_js)
        .map(|c| c.get(1).unwrap().as_str()));
    assert_eq!(
        called,
        set(COMMANDS.iter().copied()),
        "ui/api.js and fieldguide::api::COMMANDS"
    );
    // The only IPC commands the UI invokes are the shell's.
    let invoke = Regex::new(r"invoke\('([a-z_]+)'").unwrap();
    let invoked = set(invoke
        .captures_iter(&api_js)
        .map(|c| c.get(1).unwrap().as_str()));
    assert_eq!(
        invoked,
        handler_commands(),
        "ui/api.js invokes and main.rs handles"
    );
}

#[test]
fn the_two_content_security_policies_differ_only_in_where_the_page_connects() {
    let conf: serde_json::Value = serde_json::from_str(&read("src-tauri/tauri.conf.json")).unwrap();
    assert_eq!(
        conf["app"]["security"]["csp"], CSP_DESKTOP,
        "tauri.conf.json"
    );
    let without_connect = |csp: &str| -> Vec<String> {
        csp.split(';')
            .map(str::trim)
            .filter(|d| !d.starts_with("connect-src"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(without_connect(CSP_DESKTOP), without_connect(CSP_SERVE));
    assert!(CSP_SERVE.contains("connect-src 'self'"));
    assert!(!CSP_DESKTOP.contains("unsafe") && !CSP_SERVE.contains("unsafe"));
}
