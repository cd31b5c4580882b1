// Prints the tables of a stored run (default bench/results/latest.json), e.g. for docs/performance.md.
// Usage: npx tsx bench/report/print.ts [RESULTS.json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/repo';
import type { BenchResults } from '../lib/results';
import { allTables } from './tables';

const file = process.argv[2] ?? join(repoRoot(), 'bench', 'results', 'latest.json');
const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
const m = results.machine;
process.stdout.write(`Run of ${results.date} (${results.mode}): ${m.nproc} cores, ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}, `);
process.stdout.write(
  `commit ${m.commit}${m.dirty ? ' + uncommitted server changes' : ''}, load average ${results.loadAverage.map((l) => l.toFixed(1)).join(' → ')}\n\n`,
);
process.stdout.write(`${allTables(results)}\n`);
for (const n of results.notes) process.stdout.write(`\nNote: ${n}\n`);
