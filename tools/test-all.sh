#!/usr/bin/env bash
# `npm test`: every check CI runs, cheapest first. Uses TEST_DATABASE_URL when set, otherwise a throwaway
# embedded PostgreSQL; the browser tests need Debian's Chromium (/usr/bin/chromium or CHROMIUM_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_TUI=false

started=$SECONDS
step() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$1" "$((SECONDS - started))"; }

step "lint (ESLint with module boundaries, Prettier)"
npm run --silent lint
step "typecheck"
npm run --silent typecheck
step "build (web app and server)"
npm run --silent build
step "GraphQL schema and client types are up to date"
npm run --silent schema:check
npm run --silent codegen:check
step "unit tests (API, libraries, tools)"
npx jest --selectProjects unit
step "unit tests (web)"
npx vitest run
step "integration and API end-to-end tests (real PostgreSQL, HTTP, WebSocket)"
npm run --silent test:int
step "browser tests (Playwright in Chromium, axe)"
npm run --silent test:e2e
step "all checks passed"
