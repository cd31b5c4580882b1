// Reads `npm audit --json` output and fails on any advisory that the "Accepted advisories" section of
// docs/reliability.md does not list with an explanation, as a line:
//   - GHSA-xxxx-xxxx-xxxx (package): why it does not affect Caveat, and until when
// When npm could not ask the registry's audit endpoint, says so and exits 0 without claiming a pass.
import { readFileSync } from 'node:fs';

const [auditFile, docFile] = process.argv.slice(2);
let audit;
try {
  audit = JSON.parse(readFileSync(auditFile, 'utf8'));
} catch {
  audit = undefined;
}
if (!audit || typeof audit.vulnerabilities !== 'object' || audit.vulnerabilities === null) {
  const why = audit?.message ?? audit?.error?.summary ?? 'no JSON report';
  console.log(`check-audit: NOT CHECKED. npm audit could not get advisories from the registry's audit endpoint (${why}).`);
  console.log('check-audit: this is not a pass; run scripts/audit/check-audit.sh where the endpoint can be reached.');
  process.exit(0);
}

const doc = readFileSync(docFile, 'utf8');
const section = /^## Accepted advisories\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1] ?? '';
const accepted = new Map();
for (const m of section.matchAll(/^- (GHSA-[\w-]+) \(([^)]+)\): (.+)$/gm)) {
  if (m[3].trim().length >= 20) accepted.set(m[1], m[3].trim());
}

const found = new Map();
for (const [name, v] of Object.entries(audit.vulnerabilities)) {
  for (const via of v.via ?? []) {
    if (typeof via !== 'object') continue; // a dependency path; the advisory is listed under its package
    const id = /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? `npm-${via.source}`;
    found.set(id, { name, title: via.title, severity: via.severity, url: via.url });
  }
}
const unlisted = [...found].filter(([id]) => !accepted.has(id));
for (const [id, a] of found) {
  console.log(`check-audit: ${accepted.has(id) ? 'accepted' : 'UNLISTED'} ${id} ${a.name} (${a.severity}): ${a.title}`);
}
if (unlisted.length) {
  console.error(
    `check-audit: ${unlisted.length} advisory(ies) not listed with an explanation under "## Accepted advisories" in ${docFile}`,
  );
  process.exit(1);
}
console.log(`check-audit: pass. ${found.size} advisory(ies) in production dependencies, all listed with an explanation.`);
