// The tokens of a plain ASCII phrase (no alternatives), read in one pass for rule compilation: name
// lists are hundreds of thousands of such phrases. The same tokens, offsets and hashes as
// tokenizeHashed gives (test/unit/engine/phrase-tokens.test.ts holds the two together).

/** Per ASCII code: its folded code where it is a word character (letters, digits), else 0. */
const FOLD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) FOLD[c] = c;
for (let c = 97; c <= 122; c++) FOLD[c] = c;
for (let c = 65; c <= 90; c++) FOLD[c] = c | 32;

/** Set in plainPhraseTokens' result when the text is its tokens joined by single spaces. */
export const SPACED = 1 << 30;

/**
 * Writes start, end and folded hash of each token of text into out (three integers a token) and
 * returns the token count, with SPACED added when the text is exactly its tokens joined by single
 * spaces; returns -1 for a text that is not plain ASCII or holds a `{`, and when out is too small.
 */
export function plainPhraseTokens(text: string, out: Int32Array): number {
  const length = text.length;
  let n = 0;
  let spaced = true;
  let last = -1;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c >= 128 || c === 123) return -1;
    let f = FOLD[c];
    if (f === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    do {
      hash = (Math.imul(hash, 31) + f) | 0;
      if (++i >= length) break;
      c = text.charCodeAt(i);
      f = c < 128 ? FOLD[c] : 0;
    } while (f !== 0);
    if (c >= 128 && i < length) return -1;
    if (n + 3 > out.length) return -1;
    if (last < 0 ? start !== 0 : start !== last + 1 || text.charCodeAt(last) !== 32) spaced = false;
    out[n] = start;
    out[n + 1] = i;
    out[n + 2] = hash;
    n += 3;
    last = i;
    // A possessive 's ends the word ("China's" reads as "china").
    if (c === 39 && i + 1 < length) {
      const s = text.charCodeAt(i + 1);
      if (s === 115 || s === 83) {
        const after = i + 2 < length ? text.charCodeAt(i + 2) : 32;
        if (after >= 128) return -1;
        if (FOLD[after] === 0) i += 2;
      }
    }
  }
  if (last !== length) spaced = false;
  return n / 3 + (spaced ? SPACED : 0);
}
