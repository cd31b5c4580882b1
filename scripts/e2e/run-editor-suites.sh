#!/usr/bin/env bash
# The real-editor suites, one after the other: VS Code (@vscode/test-electron, skips itself where no
# VS Code build can be had), Neovim's LSP client, and VS Code's workbench in code-server + Chromium.
# Installs the toolchain first (idempotent, cached outside the repo). Builds once; every suite still
# runs when an earlier one failed, and the exit code is non-zero when any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."

bash scripts/e2e/setup-code-server.sh || exit 1
npm run --silent build || exit 1
export CAVEAT_E2E_SKIP_BUILD=1

status=0
for suite in vscode/run-vscode-tests.ts nvim/run-nvim-tests.ts browser/run-browser-tests.ts; do
  printf '\n== e2e: %s\n' "$suite"
  started=$SECONDS
  npx tsx "test/e2e/$suite" || status=1
  printf '== e2e: %s took %ss\n' "$suite" "$((SECONDS - started))"
done
exit "$status"
