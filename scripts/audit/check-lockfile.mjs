// The lockfile pins everything: `npm ci` installs exactly what package-lock.json names. Checked here:
// lockfileVersion 2 or 3; the root entry lists exactly package.json's dependencies and ranges (else
// `npm ci` refuses); every installed package has an exact version and an integrity hash, and comes from
// the registry (no git, file or http dependencies that could change under the same name). This
// lockfile is written without `resolved` URLs (npm's omit-lockfile-registry-resolved): npm then fetches
// name@version from the configured registry and checks the tarball against the integrity hash.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const problems = [];

if (!(lock.lockfileVersion >= 2)) problems.push(`lockfileVersion ${lock.lockfileVersion}: npm 7 or later lockfile expected`);
const root = lock.packages?.[''] ?? {};
for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
  const want = pkg[field] ?? {};
  const have = root[field] ?? {};
  for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) {
    if (want[name] !== have[name]) problems.push(`${field}.${name}: package.json says ${want[name]}, the lockfile ${have[name]}`);
  }
}
let pinned = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (path === '' || entry.link) continue;
  if (!/^\d+\.\d+\.\d+/.test(entry.version ?? '')) problems.push(`${path}: no exact version (${entry.version})`);
  else if (entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/'))
    problems.push(`${path}: resolved from ${entry.resolved}, not the registry`);
  else if (!/^sha(256|384|512)-/.test(entry.integrity ?? '')) problems.push(`${path}: no integrity hash`);
  else pinned++;
}
if (problems.length) {
  console.error(`check-lockfile: the lockfile does not pin everything (${problems.length} problems):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`check-lockfile: ${pinned} packages pinned by exact version and integrity hash; root entry matches package.json`);
