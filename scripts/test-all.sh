#!/usr/bin/env bash
# `npm test`: every check and every suite, in the order that fails fastest. Each step prints a
# heading; the first failure stops the run with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "build (esbuild)"
npm run --silent build

step "typecheck (tsc --noEmit, strict)"
npm run --silent typecheck

step "lint and format (biome)"
npm run --silent lint

step "editor toolchain (Chromium, Neovim, Node 24, code-server; cached, installed once per machine)"
bash scripts/e2e/setup-code-server.sh

step "unit, rule-pack, corpus and language-server protocol tests (mocha)"
npx mocha

step "real editors: VS Code (test-electron), Neovim, VS Code workbench in code-server + Chromium"
bash scripts/e2e/run-editor-suites.sh

step "vsix contents"
npx tsx test/package/check-vsix.ts
