#!/usr/bin/env bash
# ./quorum bench packet: a 1,000-page packet from 60 generated PDFs, built by Quorum's PacketBuilder and merged by
# qpdf (the peer) from the same files in the same run. Ends with
#   packet: ours_s=… qpdf_s=… ratio=… heap_mb=… pages=…
set -euo pipefail
cd "$ROOT"
command -v qpdf >/dev/null || { echo "bench packet: qpdf is needed (apt-get install qpdf)" >&2; exit 2; }
work="$ROOT/target/bench-packet"
rm -rf "$work"; mkdir -p "$work"
mvn -B -q -pl ejb -am install -DskipTests >/dev/null
mvn -B -q -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
cp="$ROOT/ejb/target/classes:$(cat "$work/classpath.txt")"
heap="${BENCH_XMX:-256m}"
"$JAVA_HOME/bin/java" -cp "$cp" ca.quorum.documents.infrastructure.PacketBenchMain generate "$work/in"
echo "inputs: $(ls "$work/in" | wc -l) files, $(du -sh "$work/in" | cut -f1)"

# the server builds packets in a warm JVM: three builds warm it up, then the median of three is measured
# (cold_s is the very first build, class loading and all)
ours=$("$JAVA_HOME/bin/java" -Xmx"$heap" -Dbench.warmups="${BENCH_WARMUPS:-3}" -cp "$cp" \
  ca.quorum.documents.infrastructure.PacketBenchMain build "$work/in" 2>/dev/null)
echo "ours (-Xmx$heap): $ours"

files=("$work"/in/attachment-*.pdf)
# qpdf: the median of three runs, like ours
times=()
for run in 1 2 3; do
  start=$(date +%s.%N)
  qpdf --empty --pages "${files[@]}" -- "$work/packet-qpdf.pdf"
  end=$(date +%s.%N)
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
done
qpdf_s=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
qpdf --check "$work/in/packet-ours.pdf" >/dev/null && echo "qpdf --check of our packet: OK"

ours_s=$(sed -E 's/.*ours_s=([0-9.]+).*/\1/' <<<"$ours")
heap_mb=$(sed -E 's/.*heap_mb=([0-9]+).*/\1/' <<<"$ours")
pages=$(sed -E 's/.*pages=([0-9]+).*/\1/' <<<"$ours")
cold_s=$(sed -E 's/.*cold_s=([0-9.]+).*/\1/' <<<"$ours")
ratio=$(awk -v a="$ours_s" -v b="$qpdf_s" 'BEGIN { printf "%.3f", a / b }')
printf 'packet: ours_s=%.2f qpdf_s=%.2f ratio=%.2f heap_mb=%s cold_s=%.2f pages=%s qpdf_pages=%s\n' "$ours_s" \
  "$qpdf_s" "$ratio" "$heap_mb" "$cold_s" "$pages" "$(qpdf --show-npages "$work/packet-qpdf.pdf")"
