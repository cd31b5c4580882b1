// The one pass over a draft's prose: tokens → word ids → automaton, plus case-sensitive
// abbreviations and the (rare) regular-expression patterns of workspace packs.

import { AnchorReach } from './anchor-reach';
import { findPatternMatches } from './pattern-matches';
import { matchesExactly } from './phrase-automaton';
import { type CompiledRules, Role } from './rules/compile';
import { tokenizeDocument } from './tokenize';

/** A raw match before context rules, at offsets in the source. */
export interface RawMatch {
  rule: number;
  role: Role;
  group: number;
  start: number;
  end: number;
  /** True for a case-sensitive abbreviation (needs context). */
  abbreviation: boolean;
}

/**
 * Finds every match whose tokens start in [from, to) of the masked prose (the whole text by default).
 * The automaton starts fresh at `from`, so callers that scan a window start it at a token boundary
 * and keep a margin of the longest phrase.
 */
export interface MatchResult {
  matches: RawMatch[];
  /** Tokens read: a measure of work that tests use to check the scan stays linear. */
  tokenCount: number;
  /** Rules whose pattern stopped at MAX_PATTERN_MATCHES in this text. */
  truncated: number[];
}

export interface MatchOptions {
  /**
   * Keep the matches of other roles ("with" words, context, look-alikes, mitigations) only near an
   * anchor of their rule (see AnchorReach): the context rules look at no others, and common "with"
   * words are most of the matches of a draft. Only for a whole-document scan: a window of an
   * incremental scan cannot know the anchors outside it.
   */
  anchoredOnly?: boolean;
}

export function findMatches(
  masked: string,
  compiled: CompiledRules,
  from = 0,
  to = masked.length,
  options: MatchOptions = {},
): MatchResult {
  const { automaton, vocabulary, wordTable, abbreviationTable, patternRule, patternRole, patternGroup, patternExact, abbreviations } =
    compiled;
  const matches: RawMatch[] = [];
  const anchoredOnly = options.anchoredOnly === true;
  // With anchoredOnly: other roles' outputs, three integers each (pattern, start, end), kept until the
  // anchors are known.
  let deferred = new Int32Array(anchoredOnly ? 3 * 1024 : 0);
  let deferredCount = 0;
  // Start offsets of recent tokens, in a ring at least as long as the longest pattern (a power of two,
  // so that a position in it is a mask rather than a division).
  let ringSize = 1;
  while (ringSize < compiled.stats.longestPattern) ringSize *= 2;
  const ring = new Int32Array(ringSize);
  const mask = ringSize - 1;
  let count = 0;
  let state = 0;
  const hasAbbreviations = abbreviations.size > 0;
  const joinTest = (key: string) => vocabulary.has(key);
  const push = (p: number, start: number, end: number) => {
    const exact = patternExact.get(p);
    if (exact && !matchesExactly(masked, start, end, exact)) return;
    matches.push({ rule: patternRule[p], role: patternRole[p] as Role, group: patternGroup[p], start, end, abbreviation: false });
  };

  // The pattern p ending at the token `index` that ends at `end`: one function for every output, not one
  // made for each state with outputs, so these two say which token it is.
  let outputIndex = 0;
  let outputEnd = 0;
  const output = (p: number) => {
    const matchStart = ring[(outputIndex - automaton.patternLength[p] + 1) & mask];
    if (!anchoredOnly || patternRole[p] === Role.Anchor) {
      push(p, matchStart, outputEnd);
      return;
    }
    if (deferredCount + 3 > deferred.length) {
      const grown = new Int32Array(deferred.length * 2);
      grown.set(deferred);
      deferred = grown;
    }
    deferred[deferredCount++] = p;
    deferred[deferredCount++] = matchStart;
    deferred[deferredCount++] = outputEnd;
  };

  tokenizeDocument(
    masked,
    (start, end, hash, rawHash, upper, key, raw) => {
      ring[count & mask] = start;
      const index = count++;
      const id = key === undefined ? wordTable.get(masked, start, end, hash) : (vocabulary.get(key) ?? -1);
      state = automaton.step(state, id);
      if (state !== 0 && automaton.hasOutput(state)) {
        outputIndex = index;
        outputEnd = end;
        automaton.forEachOutput(state, output);
      }
      if (hasAbbreviations && upper) {
        const rules =
          key === undefined
            ? abbreviationTable.get(masked, start, end, rawHash)
            : raw !== undefined
              ? abbreviations.get(raw.normalize('NFKC'))
              : undefined;
        if (rules) for (const rule of rules) matches.push({ rule, role: Role.Anchor, group: 0, start, end, abbreviation: true });
      }
    },
    joinTest,
    from,
    to,
  );

  let truncated: number[] = [];
  if (compiled.regexes.length) {
    const patterns = findPatternMatches(masked, compiled);
    for (const m of patterns.matches) matches.push(m);
    truncated = patterns.truncated;
  }
  if (deferredCount > 0) {
    // Every match so far is an anchor (a phrase, an abbreviation or a pattern).
    const reach = new AnchorReach(matches);
    for (let k = 0; k < deferredCount; k += 3) {
      const p = deferred[k];
      if (reach.covers(patternRule[p], deferred[k + 1])) push(p, deferred[k + 1], deferred[k + 2]);
    }
  }
  return { matches, tokenCount: count, truncated };
}

export { findPatternMatches, MAX_PATTERN_MATCHES, type PatternMatches } from './pattern-matches';
