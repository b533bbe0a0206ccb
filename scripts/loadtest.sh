#!/usr/bin/env bash
# The load test of `fieldguide serve` (make loadtest; not part of make test): on loopback only,
# ending by itself. 1,000 concurrent clients search for 60 s (oha, a well-kept HTTP load
# generator), while 200 slow clients trickle their request heads; reports throughput, latency,
# errors (must be 0), how long the slow clients were kept, and the server's peak memory.
# Figures to tests/e2e/artifacts/load.json; the last ones are in docs/security.md.
# Env: CLIENTS (1000), DURATION (60s), SLOW (200), PORT (18780).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
clients="${CLIENTS:-1000}"
duration="${DURATION:-60s}"
slow="${SLOW:-200}"
port="${PORT:-18780}"
out="$root/tests/e2e/artifacts"
mkdir -p "$out"

command -v oha >/dev/null || cargo install oha --locked
(cd "$root" && cargo build --release --features serve)
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

"$root/target/release/fieldguide" serve --addr "127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  status=$(curl -sf "http://127.0.0.1:$port/api/search?q=x&lang=en" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' 2>/dev/null || true)
  [ "$status" = ready ] && break
  sleep 0.1
done

# Slow clients: each sends half a request head, then a byte a second; record how long the server
# keeps each one.
python3 - "$port" "$slow" > "$out/slow-clients.json" <<'PY' &
import json, socket, sys, threading, time
port, n = int(sys.argv[1]), int(sys.argv[2])
kept = []
def client():
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /api/info HTTP/1.1\r\nHost: x\r\n")
    start = time.time()
    try:
        while time.time() - start < 30:
            s.sendall(b"X")
            time.sleep(1)
            s.settimeout(0.01)
            try:
                if s.recv(1) == b"":
                    break
            except socket.timeout:
                pass
    except OSError:
        pass
    kept.append(time.time() - start)
threads = [threading.Thread(target=client) for _ in range(n)]
for t in threads: t.start()
for t in threads: t.join()
kept.sort()
print(json.dumps({"slow_clients": n, "kept_s_median": round(kept[len(kept)//2], 1), "kept_s_max": round(kept[-1], 1)}))
PY
slowpid=$!

oha --no-tui --output-format json -c "$clients" -z "$duration" -w \
  --rand-regex-url "http://127[.]0[.]0[.]1:$port/api/search[?]lang=(en|sv|de|uk)&q=(shelter|interpreter|reflection|betanketid|zhertva|Dolmetscher)" \
  > "$out/oha.json"
wait "$slowpid"
peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")

python3 - "$out" "$peak" "$clients" "$duration" <<'PY'
import json, sys
out, peak, clients, duration = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
o = json.load(open(f"{out}/oha.json"))
slow = json.load(open(f"{out}/slow-clients.json"))
s = o["summary"]
codes = o.get("statusCodeDistribution", {})
errors = sum(o.get("errorDistribution", {}).values()) + sum(v for k, v in codes.items() if k != "200")
lat = o.get("latencyPercentiles", {})
result = {
    "clients": clients, "duration": duration,
    "requests_per_s": round(s["requestsPerSec"], 1),
    "p50_ms": round(lat.get("p50", 0) * 1000, 2), "p99_ms": round(lat.get("p99", 0) * 1000, 2),
    "status_codes": codes, "errors": errors,
    "server_peak_rss_mb": round(peak / 1024, 1), **slow,
}
json.dump(result, open(f"{out}/load.json", "w"), indent=2)
print(json.dumps(result, indent=2))
sys.exit(1 if errors else 0)
PY
