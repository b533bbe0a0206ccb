#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian 12 (or Ubuntu) machine, idempotently:
# packages already present are not installed again. Usage: scripts/setup.sh core|app|e2e ...
#   core  building and testing the fieldguide library and CLI (Rust, a C compiler)
#   app   building the Tauri desktop app (WebKitGTK and friends)
#   e2e   browser and desktop end-to-end tests (Chromium, Xvfb, WebKitWebDriver, Node.js)
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: '$*' needs root; run it as root or install sudo" >&2; exit 1; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

need_rust() {
  if ! command -v cargo >/dev/null; then
    [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
  fi
  if ! command -v cargo >/dev/null; then
    echo "setup: no Rust toolchain found. Install rustup (https://rustup.rs), then run this again." >&2
    exit 1
  fi
  for component in rustfmt clippy; do
    if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
      rustup component add "$component"
    fi
  done
}

for what in "$@"; do
  case "$what" in
    core) need_rust; apt_install build-essential pkg-config ;;
    app) need_rust; apt_install build-essential pkg-config file libssl-dev libxdo-dev librsvg2-dev \
           libwebkit2gtk-4.1-dev ;;
    e2e) # Node.js: Debian's only when none is installed (NodeSource's nodejs conflicts with
         # Debian's npm).
         command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
         apt_install chromium xvfb xauth webkit2gtk-driver xdotool curl fonts-dejavu-core fonts-noto-core \
           imagemagick strace ;; # imagemagick: screenshots of the Xvfb display, xdotool: keys typed
                                 # through the X server (tests/e2e/desktop.mjs);
                                 # strace: the no-network check (tests/e2e/no-network.sh)
    *) echo "setup: unknown part '$what' (core, app or e2e)" >&2; exit 2 ;;
  esac
done
