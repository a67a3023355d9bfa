#!/usr/bin/env bash
# ./quorum bench search: 100,000 one-page by-laws with realistic text across the two demo municipalities, indexed
# through the application's outbox and, in the same run, bulk-indexed straight into the same Elasticsearch node;
# then queries through the public search API and the same query sent to Elasticsearch directly. Ends with
#   search: p50_ms=… p95_ms=… direct_p95_ms=… ratio=… index_per_s=… raw_index_per_s=… index_ratio=…
set -euo pipefail
cd "$ROOT"
work="$ROOT/target/bench-search"
rm -rf "$work"; mkdir -p "$work"
port="${BENCH_HTTP_PORT:-8480}" db_port="${BENCH_DB_PORT:-15452}" es_port="${BENCH_ES_PORT:-19220}"
# the node gets 1 GiB of heap: with the default 256 MiB, bulk-loading 100,000 documents twice in a row trips its
# memory circuit breaker (HTTP 429) in the second load, whichever goes second
QUORUM_ES_HEAP="${BENCH_ES_HEAP:-1g}" QUORUM_DATA="$work/data" QUORUM_HTTP_PORT="$port" QUORUM_DB_PORT="$db_port" QUORUM_ES_PORT="$es_port" \
  ./quorum run >"$work/run.log" 2>&1 &
app=$!
trap 'kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for ((i = 0; i < 1800; i++)); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || { tail -20 "$work/run.log"; echo "bench search: the application did not start" >&2; exit 1; }
  sleep 0.5
done
mvn -B -q -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
"$JAVA_HOME/bin/java" -Xmx1g -cp "$ROOT/ejb/target/classes:$(cat "$work/classpath.txt")" \
  ca.quorum.discovery.infrastructure.SearchBenchMain "http://127.0.0.1:$port" \
  "jdbc:postgresql://127.0.0.1:$db_port/quorum" "http://127.0.0.1:$es_port" "${BENCH_RECORDS:-100000}" \
  2> >(grep -v -e '^WARNING' -e 'SLF4J' >&2)
