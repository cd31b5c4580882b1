// Caveat's benchmark. Bundles a snapshot of the bench and the engine, then runs it in a fresh Node
// process (see main.ts for what is measured).
// Usage: npx tsx bench/run.ts [--quick] [--keep] [--no-textlint]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './lib/repo';
import { bundleSnapshot } from './lib/snapshot-build';

const repo = repoRoot();
const outDir = join(repo, 'bench', '.cache', 'build');
bundleSnapshot(repo, outDir);
const child = spawnSync(process.execPath, [join(outDir, 'main.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(child.status ?? 1);
