// Profiles loading and compiling rule packs in this (fresh) process and prints where the time goes.
// Usage: npx tsx bench/profile/profile-compile.ts [--no-bundled] PACK...
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules } from '../../server/src/engine';
import { loadRuleSet } from '../lib/rule-sets';

const args = process.argv.slice(2);
const bundled = !args.includes('--no-bundled');
const packFiles = args.filter((a) => !a.startsWith('--'));
const session = new Session();
session.connect();
session.post('Profiler.enable', () =>
  // The work runs outside the inspector's callback, or the profile charts it under `dispatch`.
  session.post('Profiler.start', () =>
    setImmediate(() => {
      let t = performance.now();
      const rules = loadRuleSet({ bundled, packFiles });
      console.log(`load ${rules.length} rules: ${(performance.now() - t).toFixed(0)} ms`);
      t = performance.now();
      const compiled = compileRules(rules);
      console.log(`compile: ${(performance.now() - t).toFixed(0)} ms`, compiled.stats);
      session.post('Profiler.stop', (_e, r) => {
        const file = join(tmpdir(), 'caveat-compile.cpuprofile');
        writeFileSync(file, JSON.stringify(r.profile));
        console.log(`profile: ${file} (npx tsx bench/profile/summarize-cpuprofile.ts ${file})`);
      });
    }),
  ),
);
