#!/usr/bin/env bash
# Supply-chain check: the lockfile pins every package, and `npm audit --omit=dev` reports no advisory
# that docs/reliability.md does not list with a written explanation.
#   bash scripts/audit/check-audit.sh
# Exit codes: 0 pass (or the audit endpoint could not be reached: said clearly, not claimed as a pass);
# 1 an unlisted advisory, or a lockfile that does not pin everything.
set -euo pipefail
cd "$(dirname "$0")/../.."

node scripts/audit/check-lockfile.mjs

audit_json="$(mktemp)"
trap 'rm -f "$audit_json"' EXIT
# npm audit exits non-zero both when it finds advisories and when it cannot ask; the JSON says which.
npm audit --omit=dev --json >"$audit_json" 2>/dev/null || true
node scripts/audit/check-advisories.mjs "$audit_json" docs/reliability.md
