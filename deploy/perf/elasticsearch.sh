#!/usr/bin/env bash
# Starts a single-node Elasticsearch for benchmarks from the distribution the search-index build
# unpacks (./mvnw -pl search-index test-compile), on 127.0.0.1:${ES_PORT:-19200}, with a fresh data
# directory. Elasticsearch refuses to run as root: as root it runs as the user waibao-es (the
# tests create it). Prints the PID; stop it with `kill <pid>`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
home="${ES_HOME:-$repo/search-index/target/elasticsearch/elasticsearch-9.2.8}"
port="${ES_PORT:-19200}"
heap="${ES_HEAP:-1g}"
work="$(mktemp -d /tmp/waibao-bench-es.XXXXXX)"
cp -r "$home/config" "$work/config"
mkdir -p "$work/data" "$work/logs" "$work/tmp"
run=()
if [ "$(id -u)" = 0 ]; then
  chown -R waibao-es:waibao-es "$work"
  chmod 755 "$work"
  run=(setpriv --reuid=waibao-es --regid=waibao-es --init-groups --)
fi
env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 \
  ES_JAVA_HOME="${ES_JAVA_HOME:-${JAVA_HOME:?set JAVA_HOME}}" \
  ES_PATH_CONF="$work/config" ES_TMPDIR="$work/tmp" \
  ES_JAVA_OPTS="-Xms$heap -Xmx$heap -XX:-UsePerfData" \
  "${run[@]}" "$home/bin/elasticsearch" \
  -Ecluster.name=waibao-bench -Enode.name=waibao-bench -Ediscovery.type=single-node \
  -Enetwork.host=127.0.0.1 -Ehttp.port="$port" -Etransport.port=$((port + 100)) \
  -Expack.security.enabled=false -Epath.data="$work/data" -Epath.logs="$work/logs" \
  -Ecluster.routing.allocation.disk.threshold_enabled=false \
  >"$work/console.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
    echo "$pid"
    exit 0
  fi
  sleep 0.5
done
echo "Elasticsearch did not start; see $work/console.log" >&2
kill "$pid" 2>/dev/null || true
exit 1
