// Small helpers that turn literal phrases into Oniguruma (TextMate) regular expressions.

/** A letter, digit or underscore of a Latin-script word: what a whole-word match must not touch. */
export const WORD_CHAR = '[\\p{Latin}\\p{N}_]';

/** Before a whole word: no word character immediately before. */
export const WORD_START = `(?<!${WORD_CHAR})`;

/** After a whole word: no word character immediately after. */
export const WORD_END = `(?!${WORD_CHAR})`;

/** Between two words of a name: spaces, hyphens or dashes ("Dual-Use", "Dual Use", "Dual – Use"). */
export const WORD_SEPARATOR = '[\\s\\-\\x{2010}-\\x{2015}]+';

/** Escapes the characters Oniguruma treats as syntax. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/**
 * A phrase as regular-expression units (see pattern-trie.ts) that ignore case: words joined by any
 * WORD_SEPARATOR (so "Dual-Use", "Dual Use" and "Dual – Use" are the same), either apostrophe.
 * Letters become classes ([Dd]) rather than using (?i): with Oniguruma's Unicode case folding a few
 * hundred names take a second or more to compile, with classes a few tens of milliseconds.
 */
export function phraseUnits(phrase: string): string[] {
  const units: string[] = [];
  phrase
    .trim()
    .split(/[\s\-\u2010-\u2015]+/)
    .forEach((word, i) => {
      if (i > 0) units.push(WORD_SEPARATOR);
      units.push(...[...word].map(caselessChar));
    });
  return units;
}

function caselessChar(char: string): string {
  if (char === "'" || char === '\u2019') return "['\\x{2019}]";
  const upper = char.toUpperCase();
  const lower = char.toLowerCase();
  if (upper === lower || upper.length !== 1 || lower.length !== 1) return escapeRegex(char);
  return `[${upper}${lower}]`;
}

/**
 * Alternatives, longest first: Oniguruma takes the first alternative that matches, so the longest
 * name at a position must come first ("Data Security Law of the People's Republic of China"
 * before "Data Security Law").
 */
export function alternation(patterns: string[]): string {
  const sorted = [...new Set(patterns)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${sorted.join('|')})`;
}

/** True when the text contains a Han character (a Chinese name needs no word boundaries). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
