// Where the memory goes: heap and RSS after each step (load the rules, compile them, scan a draft),
// each measured after a full GC. Usage: npx tsx --expose-gc bench/profile/memory-breakdown.ts DRAFT [PACK...]
import { readFileSync } from 'node:fs';
import { compileRules, scan } from '../../server/src/engine';
import { loadRuleSet } from '../lib/rule-sets';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npx tsx --expose-gc ...)');
const [draft, ...packFiles] = process.argv.slice(2);
let previous = { heap: 0, rss: 0 };

function step(label: string): void {
  gc?.();
  const m = process.memoryUsage();
  const now = { heap: m.heapUsed / 2 ** 20, rss: m.rss / 2 ** 20 };
  const delta = `+${(now.heap - previous.heap).toFixed(0)} MB heap, +${(now.rss - previous.rss).toFixed(0)} MB RSS`;
  console.log(`${label.padEnd(34)} heap ${now.heap.toFixed(0).padStart(5)} MB  RSS ${now.rss.toFixed(0).padStart(5)} MB  (${delta})`);
  previous = now;
}

step('start (engine modules loaded)');
let rules: ReturnType<typeof loadRuleSet> | undefined = loadRuleSet({ bundled: true, packFiles });
step(`rules loaded (${rules.length})`);
const compiled = compileRules(rules);
step('rules compiled');
const text = readFileSync(draft, 'utf8');
step(`draft read (${(text.length / 2 ** 20).toFixed(1)} M chars)`);
const findings = scan(text, 'markdown', compiled);
step(`scanned (${findings.length} findings)`);
rules = undefined;
step('loaded rule list dropped (compiled kept)');
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
