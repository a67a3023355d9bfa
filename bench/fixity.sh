#!/usr/bin/env bash
# ./quorum bench fixity: the fixity job re-hashes every stored file of a municipality (10,000 files of random bytes,
# 150 to 270 KB each, about 2.1 GB, loaded into the demo's file store as the application stores them) through the
# running application (POST …/records/fixity as the records manager), and sha256sum hashes the same bytes exported to
# disk, in the same run. Also times ./quorum backup and verify-backup of that database. Ends with
#   fixity: ours_s=… sha256sum_s=… ratio=… files=… bytes=… backup_s=… verify_backup_s=…
set -euo pipefail
cd "$ROOT"
work="$ROOT/target/bench-fixity"
rm -rf "$work"; mkdir -p "$work"
port="${BENCH_HTTP_PORT:-8391}" dbport="${BENCH_DB_PORT:-15453}"
count="${BENCH_FILES:-10000}"
QUORUM_DATA="$work/data" QUORUM_HTTP_PORT="$port" QUORUM_HTTPS_PORT="${BENCH_HTTPS_PORT:-8454}" \
  QUORUM_DB_PORT="$dbport" QUORUM_ES_PORT="${BENCH_ES_PORT:-19221}" ./quorum run >"$work/run.log" 2>&1 &
app=$!
trap 'kill -TERM "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for ((i = 0; i < 1800; i++)); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null && break
  kill -0 "$app" 2>/dev/null || { tail -20 "$work/run.log"; echo "bench fixity: the application did not start" >&2; exit 1; }
  sleep 0.5
done
url="jdbc:postgresql://127.0.0.1:$dbport/quorum"
cp="$ROOT/stack/target/classes:$(cat "$ROOT/stack/target/classpath.txt")"
"$JAVA_HOME/bin/java" -cp "$cp" ca.quorum.stack.FixityBenchLoad "$url" postgres postgres lakeview-harbour "$count" \
  "$work/files" >&2
api="http://127.0.0.1:$port/api/m/lakeview-harbour/records/fixity"
basic="records:${QUORUM_DEMO_PASSWORD:-council-demo-2026}"
curl -fsS -u "$basic" -H 'Content-Type: application/json' -X POST "$api" >/dev/null # warm-up: caches as sha256sum's
start=$(date +%s.%N)
answer=$(curl -fsS -u "$basic" -H 'Content-Type: application/json' -X POST "$api")
ours=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
files=$(sed -n 's/.*"files":\([0-9]*\).*/\1/p' <<<"$answer")
bytes=$(sed -n 's/.*"bytes":\([0-9]*\).*/\1/p' <<<"$answer")
mismatches=$(sed -n 's/.*"mismatches":\([0-9]*\).*/\1/p' <<<"$answer")
[ "$mismatches" = 0 ] || { echo "bench fixity: $mismatches mismatches: $answer" >&2; exit 1; }
[ "$files" -ge "$count" ] || { echo "bench fixity: only $files files checked" >&2; exit 1; }
(cd "$work/files" && find . -type f -print0 | xargs -0 cat >/dev/null) # warm the page cache, as PostgreSQL's is
start=$(date +%s.%N)
(cd "$work/files" && find . -type f -print0 | xargs -0 sha256sum >"$work/sha256sum.txt")
theirs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
[ "$(wc -l <"$work/sha256sum.txt")" -eq "$count" ] || { echo "bench fixity: sha256sum missed files" >&2; exit 1; }
start=$(date +%s.%N)
QUORUM_DB_URL="$url" ./quorum backup "$work/backup" >&2
backup=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
start=$(date +%s.%N)
./quorum verify-backup "$work/backup" >&2
verify=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
echo "fixity: ours_s=$ours sha256sum_s=$theirs ratio=$(awk -v o="$ours" -v t="$theirs" 'BEGIN { printf "%.2f", o / t }')" \
  "files=$files bytes=$bytes backup_s=$backup verify_backup_s=$verify"
