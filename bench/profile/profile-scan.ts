// Profiles warm scans of one draft and prints where the time goes.
// Usage: npx tsx bench/profile/profile-scan.ts DRAFT [--language markdown|latex|plaintext] [--no-bundled] [PACK...]
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules, type Language, scan } from '../../server/src/engine';
import { loadRuleSet } from '../lib/rule-sets';
import { timeStages } from '../lib/scan-stages';

const args = process.argv.slice(2);
const languageAt = args.indexOf('--language');
const language = (languageAt >= 0 ? args[languageAt + 1] : 'markdown') as Language;
const positional = args.filter((a, i) => !a.startsWith('--') && (languageAt < 0 || i !== languageAt + 1));
const [draft, ...packFiles] = positional;
const text = readFileSync(draft, 'utf8');
const compiled = compileRules(loadRuleSet({ bundled: !args.includes('--no-bundled'), packFiles }));
scan(text, language, compiled);
console.log('stages (warm, wall ms):', timeStages(text, language, compiled));
const session = new Session();
session.connect();
session.post('Profiler.enable', () =>
  // The work runs outside the inspector's callback, or the profile charts it under `dispatch`.
  session.post('Profiler.start', () =>
    setImmediate(() => {
      const t = performance.now();
      for (let i = 0; i < 3; i++) scan(text, language, compiled);
      console.log(`3 scans: ${(performance.now() - t).toFixed(0)} ms`);
      session.post('Profiler.stop', (_e, r) => {
        const file = join(tmpdir(), 'caveat-scan.cpuprofile');
        writeFileSync(file, JSON.stringify(r.profile));
        console.log(`profile: ${file} (npx tsx bench/profile/summarize-cpuprofile.ts ${file})`);
      });
    }),
  ),
);
