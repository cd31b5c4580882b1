// Entry of dist/rule-set-child.js: loads and compiles a large rule set in a process of its own, which
// leaves it as a rule-set snapshot and exits. Parsing a pack of 50,000 names and compiling it takes a
// few hundred MB for a moment; in the language server that memory stays with the process for its
// whole life (V8 keeps what it grew), while the server only needs the 130 MB of the snapshot it then
// reads. Usage: rule-set-child.js CACHE_ROOT USE_BUNDLED(true|false) [PACK...]; prints one JSON line.
import { RuleSetCache } from './rule-set';

const [cacheRoot, useBundled, ...packs] = process.argv.slice(2);
try {
  const set = new RuleSetCache(cacheRoot, { childFromBytes: false }).get(packs, useBundled === 'true');
  process.stdout.write(`${JSON.stringify({ from: set.compile.from, problems: set.problems.length, ms: Math.round(set.compile.ms) })}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
}
