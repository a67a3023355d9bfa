#!/usr/bin/env bash
# ./quorum bench tokens: the cost of a request's credentials. The demo application answers the same read
# (GET /api/m/lakeview-harbour, the municipality) anonymously, with a personal API token (Authorization: Bearer:
# verified, its last use noted) and, in the same run, with HTTP Basic (a PBKDF2 password check on every request), one
# request at a time. The token's cost is bearer minus anonymous. Ends with
#   tokens: anon_p50_ms=… bearer_p50_ms=… bearer_p99_ms=… basic_p50_ms=… basic_p99_ms=… token_cost_ms=… ratio=…
set -euo pipefail
cd "$ROOT"
work="$ROOT/target/bench-tokens"
rm -rf "$work"; mkdir -p "$work"
port="${BENCH_HTTP_PORT:-8390}"
QUORUM_DATA="$work/data" QUORUM_HTTP_PORT="$port" QUORUM_HTTPS_PORT="${BENCH_HTTPS_PORT:-8453}" \
  QUORUM_DB_PORT="${BENCH_DB_PORT:-15452}" QUORUM_ES_PORT="${BENCH_ES_PORT:-19220}" ./quorum run >"$work/run.log" 2>&1 &
app=$!
trap 'kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for ((i = 0; i < 1800; i++)); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || { tail -20 "$work/run.log"; echo "bench tokens: the application did not start" >&2; exit 1; }
  sleep 0.5
done
api="http://127.0.0.1:$port/api/m/lakeview-harbour"
basic="admin:${QUORUM_DEMO_PASSWORD:-council-demo-2026}"
secret=$(curl -fsS -u "$basic" -H 'Content-Type: application/json' -d '{"name":"bench","scope":"read","days":1}' \
  "$api/tokens" | sed -n 's/.*"secret":"\(qrm_[A-Za-z0-9_-]*\)".*/\1/p')
[ -n "$secret" ] || { echo "bench tokens: no token made" >&2; exit 1; }
measure() { # count, curl credential arguments…: one request time per line, in ms
  local n="$1"; shift
  for ((i = 0; i < n; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' "$@" "$api"
  done | awk '{ printf "%.3f\n", $1 * 1000 }' | sort -n
}
measure 50 -H "Authorization: Bearer $secret" >/dev/null # warm-up
measure 50 >/dev/null
measure 20 -u "$basic" >/dev/null
anon=$(measure "${BENCH_REQUESTS:-400}")
bearer=$(measure "${BENCH_REQUESTS:-400}" -H "Authorization: Bearer $secret")
basicms=$(measure "${BENCH_BASIC_REQUESTS:-100}" -u "$basic")
pct() { awk -v p="$1" '{ a[NR] = $1 } END { i = int(NR * p / 100 + 0.5); if (i < 1) i = 1; if (i > NR) i = NR; print a[i] }'; }
a50=$(pct 50 <<<"$anon"); b50=$(pct 50 <<<"$bearer"); b99=$(pct 99 <<<"$bearer")
s50=$(pct 50 <<<"$basicms"); s99=$(pct 99 <<<"$basicms")
echo "tokens: anon_p50_ms=$a50 bearer_p50_ms=$b50 bearer_p99_ms=$b99 basic_p50_ms=$s50 basic_p99_ms=$s99" \
  "token_cost_ms=$(awk -v b="$b50" -v a="$a50" 'BEGIN { printf "%.2f", b - a }')" \
  "ratio=$(awk -v s="$s50" -v b="$b50" 'BEGIN { printf "%.1f", s / b }')"
