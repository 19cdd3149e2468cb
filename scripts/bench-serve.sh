#!/usr/bin/env bash
# `make bench`, second part: `repsheet serve`'s preview time on the server, and that `repsheet`
# itself links no SwiftNIO (its start-up, which the render numbers above measure, stays as it was).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/repsheet}
SERVE_BIN=${SERVE_BIN:-.build/release/repsheet-serve}
REQUESTS=${REQUESTS:-200}
LIMIT_MS=${LIMIT_MS:-50}
WORK=$(mktemp -d)
"$SERVE_BIN" --port 0 > "$WORK/address" 2>"$WORK/log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do grep -q http "$WORK/address" 2>/dev/null && break; sleep 0.1; done
PORT=$(grep -o '127.0.0.1:[0-9]*' "$WORK/address" | cut -d: -f2)

# Preview of the back-stretches example (every page as SVG), $REQUESTS requests one after another
# on one connection; the server's own time from its Server-Timing header, and the time seen here.
/usr/bin/python3 - "$PORT" "$REQUESTS" "$LIMIT_MS" <<'PY'
import http.client, re, sys, time
port, count, limit = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
body = open("examples/back-stretches.yaml", "rb").read()
connection = http.client.HTTPConnection("127.0.0.1", port)
server, seen = [], []
for index in range(count + 10):
    start = time.perf_counter()
    connection.request("POST", "/api/preview", body, {"X-RepSheet": "1", "Content-Type": "application/yaml"})
    response = connection.getresponse()
    data = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status == 200 and b'"ok":true' in data, data[:200]
    if index >= 10:  # the first requests warm the caches
        server.append(float(re.search(r"dur=([\d.]+)", response.getheader("Server-Timing")).group(1)))
        seen.append(elapsed)
def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
row = "%-52s %s"
print(row % (f"serve: preview, server time p50 / p95 ({count} requests)",
             f"{percentile(server, 50):.1f} / {percentile(server, 95):.1f} ms (p95 limit {limit:.0f} ms)"))
print(row % ("serve: preview, round trip p50 / p95", f"{percentile(seen, 50):.1f} / {percentile(seen, 95):.1f} ms"))
if percentile(server, 95) > limit:
    print(f"serve: preview p95 is over {limit:.0f} ms", file=sys.stderr)
    sys.exit(1)
PY

printf '%-52s %s MB (repsheet-serve, stripped: %s MB)\n' "serve: binary size" \
  "$(du -m --apparent-size "$SERVE_BIN" | cut -f1)" "$(strip -o "$WORK/serve-stripped" "$SERVE_BIN" && du -m --apparent-size "$WORK/serve-stripped" | cut -f1)"
nio=$(nm -C "$BIN" 2>/dev/null | grep -c 'NIOCore\|NIOPosix\|Hummingbird' || true)
printf '%-52s %s\n' "serve: SwiftNIO/Hummingbird symbols in repsheet" "$nio"
[ "$nio" = 0 ] || { echo "repsheet links SwiftNIO: its start-up would grow" >&2; exit 1; }
