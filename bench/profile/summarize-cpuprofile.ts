// Prints the functions with the most self time in a V8 .cpuprofile (node --cpu-prof), with file:line.
// Usage: npx tsx bench/profile/summarize-cpuprofile.ts FILE.cpuprofile [TOP] [--after-ms N]
// (--after-ms skips the first N ms of the profile, e.g. a server's start before the keystrokes)
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

process.stdout.on('error', () => process.exit(0)); // e.g. piped into head
const argv = process.argv.slice(2);
const afterAt = argv.indexOf('--after-ms');
const afterMs = afterAt >= 0 ? Number(argv.splice(afterAt, 2)[1]) : 0;
const [file, topArg] = argv;
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<number, number>();
// timeDeltas[0] runs from the profiler's start to the first sample (set-up, not work): skipped.
let elapsedMs = 0;
let countedMs = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  elapsedMs += ms;
  if (i === 0 || elapsedMs < afterMs) return;
  countedMs += ms;
  selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
});
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const f = byId.get(id)?.callFrame;
  if (!f) continue;
  const where = f.url ? `${f.url.replace(/^.*\/(server|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
  const key = `${f.functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  const module = f.url
    ? f.url.replace(/^.*\/node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1').replace(/^.*\/server\/src\//, '')
    : f.functionName;
  byFile.set(module, (byFile.get(module) ?? 0) + ms);
}
const rows = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25));
const totalMs = countedMs;
console.log(`total ${totalMs.toFixed(0)} ms${afterMs ? ` after the first ${afterMs} ms` : ''}`);
for (const [name, ms] of rows) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${name}`);
console.log('\nself time by package or engine file');
for (const [name, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${name}`);
}
