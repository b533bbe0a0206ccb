#!/usr/bin/env bash
# No network, shown: `fieldguide serve` answering every kind of request, and the desktop app
# starting, showing the guide and building its search index, run under strace, which records every
# connect() and sendto() of them and their child processes. Only local sockets (Unix, and for
# serve its own loopback listener's clients) may appear; any IPv4/IPv6 destination fails the test.
# Usage: tests/e2e/no-network.sh FIELDGUIDE_BIN APP   (APP under Xvfb: run inside xvfb-run)
set -euo pipefail

bin="$1"
app="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port=18790
status=0

# strace needs ptrace; a sandbox that forbids it cannot run this check: say so loudly.
if ! strace -qq -e trace=none true 2>/dev/null; then
  echo "no-network: NOT RUN: strace cannot trace processes here (ptrace not permitted)" >&2
  exit 0
fi

# Stops a program started under strace (pid $1 is strace's): the program itself, then strace.
stop() {
  local child
  child=$(pgrep -P "$1" | head -1 || true)
  [ -n "$child" ] && kill "$child" 2>/dev/null
  wait "$1" 2>/dev/null || true
}

# Lines of a strace log that reach outside this machine: an IPv4 or IPv6 address that is not
# loopback (a server's own listener is not a connect() of it).
outside() {
  grep -E 'sa_family=AF_INET6?' "$1" | grep -vE 'inet_addr\("127\.|inet_pton\(AF_INET6, "::1"' || true
}

# 1. fieldguide serve: the UI, every API command, a search, a pack of requests.
strace -f -qq -e trace=connect,sendto,sendmsg -o "$work/serve.trace" \
  "$bin" serve --addr "127.0.0.1:$port" >/dev/null 2>&1 &
serve=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/languages" >/dev/null && break; sleep 0.1; done
for path in / /app.js /style.css /fonts/trm-arabic-regular.ttf "/api/info" "/api/languages" \
  "/api/toc?lang=sv" "/api/section?lang=de&id=reflection-period" "/api/slides?lang=en&id=first-contact" \
  "/api/country?cc=ua&lang=uk" "/api/countries?lang=en" "/api/referral?lang=en&here=se&origin=ua" \
  "/api/glossary?lang=fi" "/api/messages?lang=lv" "/api/search?q=shelter&lang=en" \
  "/api/search?q=betanketid&lang=sv" "/api/changes?lang=en" "/api/section?lang=ar&id=rights-leaflet"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
  [ "$code" = 200 ] || { echo "no-network: serve answered $code for $path" >&2; status=1; }
done
stop "$serve"
calls=$(grep -cE '^[0-9]+ +(connect|sendto|sendmsg)\(' "$work/serve.trace" || true)
leaks=$(outside "$work/serve.trace")
echo "no-network: serve made $calls connect/send calls; to outside this machine: ${leaks:-none}"
[ -z "$leaks" ] || status=1

# 2. The desktop app: start, first paint, the search index built (a first start: no cache).
XDG_CACHE_HOME="$work/cache" strace -f -qq -e trace=connect,sendto,sendmsg -o "$work/app.trace" "$app" >/dev/null 2>&1 &
desk=$!
for _ in $(seq 300); do [ -d "$work/cache/org.trmfieldguide.desktop" ] && ls "$work/cache/org.trmfieldguide.desktop" | grep -q '^search-' && break; sleep 0.1; done
sleep 3
stop "$desk"
if ! ls "$work/cache/org.trmfieldguide.desktop" 2>/dev/null | grep -q '^search-'; then
  echo "no-network: the app did not get as far as caching its search index" >&2
  status=1
fi
kinds=$(grep -oE 'sa_family=AF_[A-Z0-9]+' "$work/app.trace" | sort | uniq -c | tr '\n' ' ')
leaks=$(outside "$work/app.trace")
echo "no-network: the app's sockets by family: ${kinds:-none}; to outside this machine: ${leaks:-none}"
[ -z "$leaks" ] || status=1
exit $status
