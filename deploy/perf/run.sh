#!/usr/bin/env bash
# Runs Waibao's benchmarks (issue #9), each beside its baseline in the same run; see PERFORMANCE.md.
#   deploy/perf/run.sh [TENDERS] [VENDORS] [BIDS]      (defaults: 100000 10000 300000)
# Needs: the packaged app (./mvnw -B -DskipTests package), the search-index test classes and the
# unpacked Elasticsearch (./mvnw -B -pl search-index test-compile), pgbench, curl, gzip.
# Writes everything under $OUT (default /tmp/waibao-perf) and prints the results to stdout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}/bin/java"
tenders="${1:-100000}"
vendors="${2:-10000}"
bids="${3:-300000}"
out="${OUT:-/tmp/waibao-perf}"
rates="${RATES:-50 100 200}"
seconds="${SECONDS_PER_RUN:-30}"
jar="$repo/backend/target/waibao.jar"
bench=("$java" "$here/Bench.java")
rm -rf "$out" && mkdir -p "$out"
export WAIBAO_DATA_DIR="$out/data" WAIBAO_DEMO=false WAIBAO_JWT_SECRET="benchmark-signing-secret-0123456789abcdef"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== generate: $tenders tenders, $vendors vendors, $bids bids (Lucene index)"
/usr/bin/time -v "$java" -Xmx1g -jar "$jar" generate --tenders "$tenders" --vendors "$vendors" \
  --bids "$bids" --bench-vendors "$(( vendors < 20000 ? vendors : 20000 ))" --bench-tenders 20 --out "$out/bench.tsv" \
  >"$out/generate.log" 2>&1
grep -E "Generated|Took|Indexed|Maximum resident" "$out/generate.log"

# Starts the app (-Xmx1g) with the given engine, prints the time to the first served page.
start_app() {
  local started=$(date +%s%N)
  SEARCH_ENGINE="$1" "$java" -Xmx1g -XX:+UseSerialGC -jar "$jar" >"$out/app-$1.log" 2>&1 &
  app=$!
  pids+=("$app")
  until curl -fs -o /dev/null http://localhost:8080/; do sleep 0.05; done
  echo "cold start to first page ($1): $(( ($(date +%s%N) - started) / 1000000 )) ms"
}
memory() {
  echo "memory ($1): RSS $(awk '/VmRSS/{print $2/1024 " MB"}' /proc/$app/status);" \
    "heap $(jcmd "$app" GC.heap_info 2>/dev/null | grep -Eo 'total [0-9]+K, used [0-9]+K' | head -1)"
}
search_url="http://localhost:8080/api/search/tenders?q=%E6%95%B0%E6%8D%AE%20platform&city=harbin&status=AWARDED&deliveryMode=ONSHORE"

echo "== Lucene"
start_app lucene
"${bench[@]}" rate "$search_url" 50 30 >/dev/null   # warm-up: lets the JIT compile the search path
for rate in $rates; do
  echo "search API on Lucene at $rate/s: $("${bench[@]}" rate "$search_url" "$rate" "$seconds")"
done
echo "publish (Lucene): $("${bench[@]}" publish http://localhost:8080 "$out/bench.tsv" 50)"
echo "bids: $("${bench[@]}" bids http://localhost:8080 "$out/bench.tsv" "$seconds" 16)"
echo "bids: $("${bench[@]}" bids http://localhost:8080 "$out/bench.tsv" "$seconds" 16 hot)"
memory lucene
port=$(grep -Eo 'Embedded PostgreSQL on port [0-9]+' "$out/app-lucene.log" | grep -Eo '[0-9]+$')
psql_opts=(-h 127.0.0.1 -p "$port" -U postgres)
psql "${psql_opts[@]}" -qc "CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, tender uuid, vendor uuid, price numeric(15,2), at timestamptz)" postgres
echo "INSERT INTO bench_insert (tender, vendor, price, at) VALUES (gen_random_uuid(), gen_random_uuid(), 100000, now());" >"$out/insert.sql"
echo "pgbench single-row INSERT, 16 clients, same server (durable commits, as the app's): $(pgbench "${psql_opts[@]}" -n -c 16 -j 2 -T "$seconds" -f "$out/insert.sql" postgres 2>/dev/null | grep -E 'tps|latency average' | tr '\n' ' ')"
kill "$app"; wait "$app" 2>/dev/null || true

echo "== Elasticsearch"
es=$("$here/elasticsearch.sh")
pids+=("$es")
export ELASTICSEARCH_URL=http://127.0.0.1:19200
SEARCH_ENGINE=elasticsearch "$java" -Xmx1g -jar "$jar" generate --index-only >"$out/index-es.log" 2>&1
grep -E "Generated|Took" "$out/index-es.log"
start_app elasticsearch
cp="$repo/search-index/target/test-classes:$repo/search-index/target/classes:$(cat "$out/cp.txt" 2>/dev/null || (cd "$repo" && ./mvnw -B -q dependency:build-classpath -pl search-index -Dmdep.includeScope=test -Dmdep.outputFile="$out/cp.txt" >/dev/null && cat "$out/cp.txt"))"
"$java" -cp "$cp" dev.waibao.searchindex.elasticsearch.BenchmarkQueryBody "数据 platform" harbin AWARDED ONSHORE 2>/dev/null >"$out/query.json"
"${bench[@]}" rate "$search_url" 50 30 >/dev/null
"${bench[@]}" rate "$ELASTICSEARCH_URL/tenders/_search" 50 30 "$out/query.json" >/dev/null
for rate in $rates; do
  echo "search API on ES at $rate/s: $("${bench[@]}" rate "$search_url" "$rate" "$seconds")"
  echo "raw ES, same body, at $rate/s: $("${bench[@]}" rate "$ELASTICSEARCH_URL/tenders/_search" "$rate" "$seconds" "$out/query.json")"
done
echo "publish (ES): $("${bench[@]}" publish http://localhost:8080 "$out/bench.tsv" 50)"
memory elasticsearch
kill "$app"; wait "$app" 2>/dev/null || true

echo "== full reindex throughput (engine level, 50,000 generated tenders, batches of 5,000)"
"$java" --enable-native-access=ALL-UNNAMED -cp "$cp" dev.waibao.searchindex.perf.IndexingThroughput lucene 50000 5000 5 2>/dev/null | tail -3
"$java" --enable-native-access=ALL-UNNAMED -cp "$cp" dev.waibao.searchindex.perf.IndexingThroughput "$ELASTICSEARCH_URL" 50000 5000 5 2>/dev/null | tail -3

echo "== first-load JavaScript (gzip)"
"$here/first-load-js.sh"
