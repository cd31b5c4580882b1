// Times the RegExp reference with different term sets on one draft, to see which terms make V8's
// alternation slow. Usage: npx tsx bench/profile/regex-variants.ts DRAFT [PACK]
import { readFileSync } from 'node:fs';
import { buildAlternation, countMatches } from '../lib/references';
import { loadRuleSet } from '../lib/rule-sets';
import { anchorPhrases } from '../lib/rule-terms';

const [draft, pack] = process.argv.slice(2);
const text = readFileSync(draft, 'utf8');
const bundled = anchorPhrases(loadRuleSet({ bundled: true, packFiles: [] }));
const names = pack ? anchorPhrases(loadRuleSet({ bundled: false, packFiles: [pack] })) : [];
const ascii = (list: string[]) => list.filter((p) => /^[\x20-\x7e]+$/.test(p));
const wordEdged = (list: string[]) => list.filter((p) => /^\w.*\w$|^\w$/.test(p));
const sets: [string, string[]][] = [
  ['bundled', bundled],
  ['bundled, ASCII only', ascii(bundled)],
  ['bundled, ASCII, word chars at both ends', wordEdged(ascii(bundled))],
  ['names', names],
  ['bundled + names', [...bundled, ...names]],
];
for (const [label, phrases] of sets) {
  if (phrases.length === 0) continue;
  const re = buildAlternation(phrases);
  let t = performance.now();
  const hits = countMatches(re, text);
  const first = performance.now() - t;
  t = performance.now();
  countMatches(re, text);
  console.log(
    `${label}: ${phrases.length} phrases, ${hits} hits, first ${first.toFixed(0)} ms, warm ${(performance.now() - t).toFixed(0)} ms`,
  );
}
