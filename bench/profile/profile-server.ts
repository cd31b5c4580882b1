// Profiles the language server through the keystroke scenario of the bench (start, open the draft,
// one-character edits) and prints where the server's time goes.
// Usage: npx tsx bench/profile/profile-server.ts DRAFT [KEYSTROKES] [PACK...]
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/repo';
import { measureServer } from '../measure/server';

const [draftFile, keystrokes = '20', ...rulePacks] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'caveat-server-profile-'));
measureServer({
  serverJs: join(repoRoot(), 'dist', 'server.js'),
  draftFile,
  rulePacks,
  keystrokes: Number(keystrokes),
  timeoutMs: 300_000,
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
}).then((r) => {
  console.log(JSON.stringify(r));
  for (const f of readdirSync(dir)) console.log(`profile: ${join(dir, f)} (npx tsx bench/profile/summarize-cpuprofile.ts FILE)`);
});
