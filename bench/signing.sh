#!/usr/bin/env bash
# ./quorum bench signing: a 100-page minutes PDF signed by Quorum's PadesSigner (PAdES B-B, incremental update, as
# the application signs) and, in the same run, the same file's bytes signed by `openssl cms -sign` (the peer) with the
# same key and certificate. Ends with
#   signing: ours_ms=… openssl_ms=… ratio=… signed=PATH
set -euo pipefail
cd "$ROOT"
command -v openssl >/dev/null || { echo "bench signing: openssl is needed (apt-get install openssl)" >&2; exit 2; }
work="$ROOT/target/bench-signing"
rm -rf "$work"; mkdir -p "$work"
mvn -B -q -pl ejb -am install -DskipTests >/dev/null
mvn -B -q -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
cp="$ROOT/ejb/target/classes:$(cat "$work/classpath.txt")"
"$JAVA_HOME/bin/java" -cp "$cp" ca.quorum.documents.infrastructure.SigningBenchMain generate "$work"

# the server signs in a warm JVM: warm-up signatures first, then the median of 15 (cold_ms is the very first)
ours=$("$JAVA_HOME/bin/java" -Dbench.warmups="${BENCH_WARMUPS:-20}" -cp "$cp" \
  ca.quorum.documents.infrastructure.SigningBenchMain sign "$work" 2>/dev/null)
echo "ours: $ours"

# openssl: a detached CMS (SHA-256, RSA-2048, certificate embedded) over the same bytes; the median of 15 runs
times=()
for run in $(seq 1 15); do
  start=$(date +%s%N)
  openssl cms -sign -binary -md sha256 -nosmimecap -in "$work/minutes.pdf" -signer "$work/cert.pem" \
    -inkey "$work/key.pem" -outform DER -out "$work/minutes.p7s"
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000 ))")
done
openssl_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 8p | awk '{ printf "%.2f", $1 / 1000 }')
openssl cms -verify -binary -inform DER -in "$work/minutes.p7s" -content "$work/minutes.pdf" -noverify \
  -out /dev/null 2>/dev/null && echo "openssl's signature verifies"
if command -v pdfsig >/dev/null; then
  pdfsig -nocert "$work/minutes-signed.pdf" | grep -q "Signature is Valid" && echo "pdfsig: our signature is valid"
fi

ours_ms=$(sed -E 's/.*ours_ms=([0-9.]+).*/\1/' <<<"$ours")
ratio=$(awk -v a="$ours_ms" -v b="$openssl_ms" 'BEGIN { printf "%.2f", a / b }')
echo "signing: ours_ms=$ours_ms openssl_ms=$openssl_ms ratio=$ratio signed=$work/minutes-signed.pdf"
