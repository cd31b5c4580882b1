// Packages the extension and checks that the .vsix holds exactly what .vscodeignore allows: the
// bundled client and server, the rules, the grammar, the manifest and the docs; no sources, tests,
// source maps or node_modules. Prints `N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');
const out = join(mkdtempSync(join(tmpdir(), 'caveat-vsix-')), 'caveat.vsix');
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out], {
  cwd: repo,
  stdio: ['ignore', 'ignore', 'inherit'],
});
// `vsce ls` lists the files vsce puts into the package, by the same rules as `vsce package`.
const listing = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: repo, encoding: 'utf8' })
  .split('\n')
  .map((f) => f.trim())
  .filter(Boolean);

const allowed = [
  /^dist\/(client|server|rule-set-child)\.js$/,
  /^dist\/rule-cache\.json$/,
  /^rules\//,
  /^syntaxes\//,
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^images\//,
  /^media\//,
];
const checks: [string, boolean][] = [
  ['every file is allowed by .vscodeignore', listing.every((f) => allowed.some((re) => re.test(f)))],
  ['holds the bundled client', listing.includes('dist/client.js')],
  ['holds the bundled server', listing.includes('dist/server.js')],
  ['holds the rule schema', listing.includes('rules/schema/rule-pack.schema.json')],
  ['holds rule packs', listing.some((f) => f.startsWith('rules/packs/'))],
  [
    'holds no source maps, sources, tests or node_modules',
    !listing.some((f) => /\.map$|\.ts$|^test\/|node_modules|^server\/|^client\//.test(f)),
  ],
  ['the vsix is built and under 10 MB', existsSync(out) && statSync(out).size < 10 * 1024 * 1024],
];
let failed = 0;
for (const [name, ok] of checks) {
  console.log(`${ok ? '  ✔' : '  ✘'} ${name}`);
  if (!ok) failed++;
}
if (failed) console.log(`files in the vsix:\n${listing.join('\n')}`);
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
