// Matches of the regular-expression patterns of workspace packs (RE2: linear time), a paragraph at a
// time. A paragraph is a run of lines of the masked prose with text on them; an empty line (spaces
// only, once non-prose is blanked) ends it, and no match crosses one. Because each paragraph is read on
// its own, an edit changes the matches of its own paragraphs only, and an editor re-reads just those
// (incremental-draft.ts); over windows of the whole text, every insertion moved every later window.
//
// Inside a paragraph, patterns run over overlapping windows counted from its start: RE2 is linear per
// search, but a pattern whose longer alternative keeps the search alive makes each of many matches cost
// the rest of the text; in windows a match costs at most the window. A match is at most PATTERN_OVERLAP
// characters long. A pattern stops after MAX_PATTERN_MATCHES matches in a document (one that matches
// nearly every word would bury the real findings); the scan then says so.
import type { RawMatch } from './match';
import { type CompiledRules, Role } from './rules/compile';

const PATTERN_WINDOW = 1024;
const PATTERN_OVERLAP = 256;
export const MAX_PATTERN_MATCHES = 10_000;

export interface PatternMatches {
  matches: RawMatch[];
  /** Rules whose pattern reached MAX_PATTERN_MATCHES: later matches in the document were not read. */
  truncated: number[];
}

/** Spaces, tabs and the like: what an empty line of masked prose holds (line breaks aside). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/**
 * The paragraphs of text as [start, end) pairs, end at the end of the paragraph's last line (before
 * its line break). The text starts at a line start after an empty line, or at the draft's start.
 */
function paragraphsOf(text: string): number[] {
  const out: number[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i < text.length; ) {
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = text.length;
    let k = i;
    while (k < lineEnd && isBlank(text.charCodeAt(k))) k++;
    if (k < lineEnd) {
      if (start < 0) start = i;
      end = lineEnd;
    } else if (start >= 0) {
      out.push(start, end);
      start = -1;
    }
    i = lineEnd + 1;
  }
  if (start >= 0) out.push(start, end);
  return out;
}

function blankLine(codes: Uint16Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isBlank(codes[k])) return false;
  return true;
}

/**
 * A paragraph bound at or before pos in masked prose: the start of a line after an empty line that
 * lies wholly before pos's line, or 0. What precedes it reads the same whatever changes from pos on.
 */
export function paragraphBoundBefore(codes: Uint16Array, pos: number): number {
  let i = Math.max(0, pos);
  while (i > 0 && codes[i - 1] !== 10) i--;
  while (i > 0) {
    let j = i - 1;
    while (j > 0 && codes[j - 1] !== 10) j--;
    if (blankLine(codes, j, i - 1)) return i;
    i = j;
  }
  return 0;
}

/**
 * A paragraph bound after pos: the start of the first empty line that starts after pos's line, or the
 * length. What follows it reads the same whatever changed before pos.
 */
export function paragraphBoundAfter(codes: Uint16Array, length: number, pos: number): number {
  let i = Math.max(0, pos);
  while (i < length && codes[i] !== 10) i++;
  i++;
  while (i < length) {
    let k = i;
    while (k < length && codes[k] !== 10) k++;
    if (blankLine(codes, i, k)) return i;
    i = k + 1;
  }
  return length;
}

/**
 * The matches of every pattern in the paragraphs of text, at offsets plus `base` (where the text lies
 * in the draft: from paragraphBoundBefore to paragraphBoundAfter), with the matches each rule already
 * has elsewhere (`counts`, by rule) counted towards MAX_PATTERN_MATCHES.
 */
export function findPatternMatches(text: string, compiled: CompiledRules, base = 0, counts?: Int32Array): PatternMatches {
  const matches: RawMatch[] = [];
  const truncated: number[] = [];
  if (!compiled.regexes.length) return { matches, truncated };
  const paragraphs = paragraphsOf(text);
  const found = new Map<number, number>();
  for (const { re, rule } of compiled.regexes) {
    let count = found.get(rule) ?? counts?.[rule] ?? 0;
    let more = false;
    for (let p = 0; p < paragraphs.length && !more; p += 2) {
      const paragraphEnd = paragraphs[p + 1];
      let lastStart = -1;
      for (let from = paragraphs[p]; !more; from += PATTERN_WINDOW - PATTERN_OVERLAP) {
        const to = Math.min(paragraphEnd, from + PATTERN_WINDOW);
        const m = re.matcher(text.slice(from, to));
        while (m.find()) {
          if (m.end() <= m.start()) break;
          const start = from + m.start();
          const end = from + m.end();
          // A match running into the window's end may be cut short: the next window sees it whole.
          if (end >= to && to < paragraphEnd) continue;
          // Windows overlap: a match the previous one reported is found again.
          if (start <= lastStart) continue;
          if (count === MAX_PATTERN_MATCHES) {
            more = true;
            break;
          }
          lastStart = start;
          count++;
          matches.push({ rule, role: Role.Anchor, group: 0, start: start + base, end: end + base, abbreviation: false });
        }
        if (to >= paragraphEnd) break;
      }
    }
    found.set(rule, count);
    if (more) truncated.push(rule);
  }
  return { matches, truncated };
}
