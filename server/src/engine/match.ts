// The one pass over a draft's prose: tokens → word ids → automaton, plus case-sensitive
// abbreviations and the (rare) regular-expression patterns of workspace packs.
import { type CompiledRules, Role } from './rules/compile';
import { tokenize } from './tokenize';

/** A raw match before context rules: offsets in the source and token positions for distances. */
export interface RawMatch {
  rule: number;
  role: Role;
  group: number;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** True for a case-sensitive abbreviation (needs context). */
  abbreviation: boolean;
}

export interface MatchResult {
  matches: RawMatch[];
  tokenStarts: Int32Array;
  tokenCount: number;
}

export function findMatches(masked: string, compiled: CompiledRules): MatchResult {
  const { automaton, vocabulary, patternRule, patternRole, patternGroup, abbreviations } = compiled;
  const matches: RawMatch[] = [];
  let starts = new Int32Array(1024);
  let count = 0;
  let state = 0;
  const hasAbbreviations = abbreviations.size > 0;
  const joinTest = (key: string) => vocabulary.has(key);

  tokenize(
    masked,
    (start, end, key, raw) => {
      if (count === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      const index = count++;
      starts[index] = start;
      const id = vocabulary.get(key);
      state = automaton.step(state, id === undefined ? -1 : id);
      if (state !== 0 && automaton.hasOutput(state)) {
        automaton.forEachOutput(state, (p) => {
          const first = index - automaton.patternLength[p] + 1;
          matches.push({
            rule: patternRule[p],
            role: patternRole[p] as Role,
            group: patternGroup[p],
            start: starts[first],
            end,
            firstToken: first,
            lastToken: index,
            abbreviation: false,
          });
        });
      }
      if (hasAbbreviations && raw !== undefined) {
        const rules = abbreviations.get(raw.normalize('NFKC'));
        if (rules) {
          for (const rule of rules) {
            matches.push({ rule, role: Role.Anchor, group: 0, start, end, firstToken: index, lastToken: index, abbreviation: true });
          }
        }
      }
    },
    joinTest,
  );

  for (const { re, rule } of compiled.regexes) {
    const m = re.matcher(masked);
    while (m.find()) {
      const start = m.start();
      const end = m.end();
      if (end <= start) break;
      const first = tokenIndexAt(starts, count, start);
      matches.push({
        rule,
        role: Role.Anchor,
        group: 0,
        start,
        end,
        firstToken: first,
        lastToken: tokenIndexAt(starts, count, end - 1),
        abbreviation: false,
      });
    }
  }
  return { matches, tokenStarts: starts, tokenCount: count };
}

/** Index of the last token starting at or before offset. */
function tokenIndexAt(starts: Int32Array, count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
