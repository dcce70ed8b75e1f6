#!/usr/bin/env bash
# Packs this machine's own Node.js and its global npm into frontend/.node-dist/, laid out like the
# official download site (vX/node-vX-linux-ARCH.tar.gz + SHASUMS256.txt), for networks that cannot
# reach nodejs.org. While .node-dist/ exists, the `local-node-mirror` profile in frontend/pom.xml makes
# frontend-maven-plugin install Node from there. The version is pom.xml's node.version; the machine's
# `node -v` must equal it. Running it again is cheap: an existing, intact archive is kept.
set -euo pipefail

frontend_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pom="$frontend_dir/pom.xml"

fail() {
  echo "pack-local-node: $*" >&2
  exit 1
}

version="$(sed -n 's:.*<node\.version>\(v[0-9][0-9.]*\)</node\.version>.*:\1:p' "$pom" | head -n 1)"
[[ -n "$version" ]] || fail "no <node.version>vX.Y.Z</node.version> found in $pom"

command -v node >/dev/null || fail "no 'node' on PATH; install Node.js $version first"
command -v npm >/dev/null || fail "no 'npm' on PATH; install the npm that comes with Node.js $version"
actual="$(node -v)"
if [[ "$actual" != "$version" ]]; then
  fail "this machine's node is $actual but frontend/pom.xml wants $version:" \
    "install Node.js $version, or change node.version in frontend/pom.xml to $actual"
fi

case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) fail "unsupported CPU architecture $(uname -m)" ;;
esac

name="node-$version-linux-$arch"
dist_dir="$frontend_dir/.node-dist/$version"
archive="$dist_dir/$name.tar.gz"
sums="$dist_dir/SHASUMS256.txt"

if [[ -f "$archive" && -f "$sums" ]] && (cd "$dist_dir" && sha256sum --check --status --strict "$(basename "$sums")"); then
  echo "pack-local-node: $archive already packed and intact"
  exit 0
fi

node_bin="$(readlink -f "$(command -v node)")"
npm_dir="$(npm root -g)/npm"
[[ -f "$npm_dir/bin/npm-cli.js" ]] || fail "no npm at $npm_dir (expected bin/npm-cli.js there)"
npm_version="$(node -p "require('$npm_dir/package.json').version")"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
top="$staging/$name"
mkdir -p "$top/bin" "$top/lib/node_modules"
cp "$node_bin" "$top/bin/node"
chmod 755 "$top/bin/node"
cp -R "$npm_dir" "$top/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$top/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$top/bin/npx"

"$top/bin/node" "$top/bin/npm" --version >/dev/null || fail "the packed npm does not run"

mkdir -p "$dist_dir"
tar --create --gzip --file "$staging/$name.tar.gz" --owner=0 --group=0 --numeric-owner \
  --directory "$staging" "$name"
mv "$staging/$name.tar.gz" "$archive"
(cd "$dist_dir" && sha256sum "$name.tar.gz" >SHASUMS256.txt)

echo "pack-local-node: packed node $version with npm $npm_version into $archive"
