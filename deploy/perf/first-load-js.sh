#!/usr/bin/env bash
# Gzip size of the JavaScript a first visit loads: the entry script and the modules index.html
# preloads (lazy route chunks excluded), from the built frontend (./mvnw -pl frontend package).
set -euo pipefail
dist="$(cd "$(dirname "$0")/../.." && pwd)/frontend/target/classes/public"
total=0
for js in $(grep -Eo '(src|href)="/assets/[^"]+\.js"' "$dist/index.html" | sed -E 's/.*="\/(.*)"/\1/' | sort -u); do
  size=$(gzip -9 -c "$dist/$js" | wc -c)
  total=$((total + size))
  echo "  $js $size bytes gzip"
done
echo "first-load JavaScript: $total bytes gzip ($((total / 1024)) KB)"
