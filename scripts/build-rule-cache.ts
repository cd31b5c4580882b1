// Validates the bundled rule packs once at build time and writes them, keyed by the hash of their
// text, to dist/rule-cache.json; the CLI and the server then skip YAML parsing for unchanged packs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledRulesDir, prevalidatedPacksFile } from '../server/src/engine';
import { listPackFiles, loadRulePacks } from '../server/src/engine/rules/load';
import { serializePrevalidated, textHash } from '../server/src/engine/rules/prevalidated';

const files = listPackFiles(join(bundledRulesDir(), 'packs'));
const entries: { sha1: string; pack: ReturnType<typeof loadRulePacks>['packs'][number] }[] = [];
for (const file of files) {
  const loaded = loadRulePacks([file]);
  // Only packs without any problem are cached: a broken pack is reported again at every load.
  if (loaded.problems.length || loaded.packs.length !== 1) continue;
  const { file: _file, ...pack } = loaded.packs[0];
  entries.push({ sha1: textHash(readFileSync(file, 'utf8')), pack });
}
writeFileSync(prevalidatedPacksFile(), serializePrevalidated(entries));
console.log(`cached ${entries.length} of ${files.length} bundled packs in dist/rule-cache.json`);
