#!/usr/bin/env bash
# ./quorum bench voting: 500 displays watch the demo council meeting while the clerk records 9 members' ballots in
# 5 votes; every display measures each ballot's commit-to-receipt time. In the same run the same fan-out goes
# through a bare WebSocket broadcast endpoint. Ends with
#   voting: p50_ms=… p99_ms=… bare_p99_ms=… ratio=…
set -euo pipefail
cd "$ROOT"
work="$ROOT/target/bench-voting"
rm -rf "$work"; mkdir -p "$work"
port="${BENCH_HTTP_PORT:-8380}"
# the application with everything it needs, on its own ports and throw-away data; benchmark endpoints on
QUORUM_BENCH=1 QUORUM_DATA="$work/data" QUORUM_HTTP_PORT="$port" QUORUM_DB_PORT="${BENCH_DB_PORT:-15442}" \
  QUORUM_ES_PORT="${BENCH_ES_PORT:-19210}" ./quorum run >"$work/run.log" 2>&1 &
app=$!
trap 'kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for ((i = 0; i < 1800; i++)); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || { tail -20 "$work/run.log"; echo "bench voting: the application did not start" >&2; exit 1; }
  sleep 0.5
done
ulimit -n 4096 2>/dev/null || true
"$JAVA_HOME/bin/java" -Xmx512m -cp "$ROOT/stack/target/classes:$(cat "$ROOT/stack/target/classpath.txt")" \
  ca.quorum.stack.VotingBenchClient "http://127.0.0.1:$port" "${BENCH_DISPLAYS:-500}" "${BENCH_VOTES:-5}"
