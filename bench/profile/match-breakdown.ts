// Splits the matching stage into its layers on one draft's extracted prose, each the median CPU time
// of 5 runs: tokenize alone, + vocabulary lookups, + automaton steps, the whole findMatches; beside the
// floor. Usage: npx tsx bench/profile/match-breakdown.ts DRAFT [PACK...]
import { readFileSync } from 'node:fs';
import { compileRules } from '../../server/src/engine';
import { extractProse } from '../../server/src/engine/extract';
import { findMatches } from '../../server/src/engine/match';
import { tokenize } from '../../server/src/engine/tokenize';
import { floorPass } from '../lib/references';
import { loadRuleSet } from '../lib/rule-sets';
import { cpuMs, median } from '../lib/stats';

const [draft, ...packFiles] = process.argv.slice(2);
const compiled = compileRules(loadRuleSet({ bundled: true, packFiles }));
const masked = extractProse(readFileSync(draft, 'utf8'), 'markdown').masked;
const { automaton, vocabulary } = compiled;

function time(label: string, fn: () => number): void {
  fn();
  const samples: number[] = [];
  let out = 0;
  for (let i = 0; i < 5; i++) {
    const c0 = cpuMs();
    out = fn();
    samples.push(cpuMs() - c0);
  }
  console.log(`${label.padEnd(44)} ${median(samples).toFixed(1).padStart(8)} ms CPU  (${out})`);
}

console.log(`${(masked.length / 2 ** 20).toFixed(2)} M chars of masked prose, ${compiled.stats.rules} rules`);
time('floor: lower-case + sum of char codes', () => floorPass(masked));
// What word splitting costs without the engine: ASCII word spans with a hash computed in the loop,
// then the same spans sliced and lower-cased (one or two strings per word, as a string key needs).
const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
function wordSpans(onWord: (start: number, end: number, hash: number) => void): void {
  const n = masked.length;
  let i = 0;
  while (i < n) {
    if (!isWord(masked.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    for (let c = masked.charCodeAt(i); i < n && isWord(c); c = masked.charCodeAt(++i)) hash = (Math.imul(hash, 31) + (c | 32)) | 0;
    onWord(start, i, hash);
  }
}
time('sketch: ASCII word spans + hash, no strings', () => {
  let sum = 0;
  wordSpans((_s, _e, h) => {
    sum = (sum + h) | 0;
  });
  return sum;
});
time('sketch: ASCII word spans + slice + toLowerCase', () => {
  let length = 0;
  wordSpans((s, e) => {
    length += masked.slice(s, e).toLowerCase().length;
  });
  return length;
});
time('tokenize, no-op sink', () => {
  let n = 0;
  tokenize(masked, () => {
    n++;
  });
  return n;
});
time('tokenize + vocabulary.get(key)', () => {
  let known = 0;
  tokenize(masked, (_s, _e, key) => {
    if (vocabulary.get(key) !== undefined) known++;
  });
  return known;
});
time('tokenize + lookup + automaton.step', () => {
  let state = 0;
  let outputs = 0;
  tokenize(masked, (_s, _e, key) => {
    const id = vocabulary.get(key);
    state = automaton.step(state, id === undefined ? -1 : id);
    if (state !== 0 && automaton.hasOutput(state)) outputs++;
  });
  return outputs;
});
time('findMatches (all of the above + hyphen joins, abbreviations)', () => findMatches(masked, compiled).matches.length);
