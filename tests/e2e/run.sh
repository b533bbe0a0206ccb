#!/usr/bin/env bash
# End-to-end tests of the TRM Field Guide UI. Installs what it needs (idempotently), then runs
#   1. the browser scenarios: `fieldguide serve` + Debian's Chromium (playwright-core, axe-core);
#   2. the desktop smoke test and measurements: the Tauri app under Xvfb via tauri-driver 2.1.0 and
#      WebKitWebDriver (screenshots to docs/screenshots/, figures to tests/e2e/artifacts/desktop.json),
#      then the no-network check of serve and the app under strace (no-network.sh).
# Usage: tests/e2e/run.sh [browser|desktop]...   (default: both)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=(browser desktop)

# Packages (Node.js, Chromium, Xvfb, WebKitWebDriver, fonts; WebKitGTK for the desktop build):
# scripts/setup.sh installs them idempotently.
"$root/scripts/setup.sh" e2e
(cd "$here" && { [ -d node_modules/playwright-core ] && [ -d node_modules/@axe-core/playwright ] || npm ci --no-audit --no-fund; })

status=0
for suite in "${suites[@]}"; do
  case "$suite" in
    browser)
      (cd "$root" && cargo build --features serve)
      (cd "$here" && FIELDGUIDE_BIN="$root/target/debug/fieldguide" node --test --test-concurrency=1 browser.test.mjs xss.test.mjs) || status=1
      ;;
    desktop)
      "$root/scripts/setup.sh" app
      if ! cargo install --list | grep -q '^tauri-driver v2\.1\.0'; then
        cargo install tauri-driver --version 2.1.0 --locked
      fi
      # test-keys: the app trusts the test key the guide update scenario signs its pack with.
      (cd "$root" && cargo build --features serve && cargo build --release -p trm-field-guide --features custom-protocol,test-keys)
      export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1
      mkdir -p "$here/artifacts"
      xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        tauri-driver --port 4444 >"$0/artifacts/tauri-driver.log" 2>&1 &
        driver=$!
        for _ in $(seq 50); do curl -sf http://127.0.0.1:4444/status >/dev/null 2>&1 && break; sleep 0.1; done
        FIELDGUIDE_BIN="$1/target/debug/fieldguide" APP="$1/target/release/trm-field-guide" RESULTS="$0/artifacts/desktop.json" node "$0/desktop.mjs"
        rc=$?
        kill "$driver" 2>/dev/null; wait "$driver" 2>/dev/null
        exit $rc' "$here" "$root" || status=1
      # No network: serve and the app under strace (every connect/send recorded).
      xvfb-run -a -s "-screen 0 1280x800x24" "$here/no-network.sh" "$root/target/debug/fieldguide" \
        "$root/target/release/trm-field-guide" || status=1
      ;;
    *) echo "e2e: unknown suite '$suite' (browser or desktop)" >&2; exit 2 ;;
  esac
done
exit $status
