// The two in-process references, on the same text and terms as Caveat: the floor (lower-case the
// text and sum its char codes, one pass) and one V8 RegExp alternation of every phrase, `gi`,
// word-bounded (as in /work/shared/performance-anchors.md).

export function floorPass(text: string): number {
  const lower = text.toLowerCase();
  let sum = 0;
  for (let i = 0; i < lower.length; i++) sum = (sum + lower.charCodeAt(i)) | 0;
  return sum;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The phrases a word-bounded RegExp can match: `\b` never bounds Han text, and Han alternatives made
 * V8's alternation 6x slower on 1 MB (1,327 vs 212 ms) without a single extra hit. */
export function regexPhrases(phrases: string[]): string[] {
  return phrases.filter((p) => /^[\x20-\x7e]+$/.test(p));
}

/**
 * One alternation of all phrases, longest first, spaces literal. (Writing spaces as `\s+` makes V8
 * give up its quick checks: 3.4 s instead of 1.5 ms on 10 KB with the bundled phrases.)
 */
export function buildAlternation(phrases: string[]): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => escapeRegExp(p.trim())).join('|');
  return new RegExp(`\\b(?:${body})\\b`, 'gi');
}

export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}
