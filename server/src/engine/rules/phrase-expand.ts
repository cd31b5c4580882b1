// Expands the small phrase syntax of rule files: {a|b} alternates, {a|} makes a part optional.

const MAX_EXPANSIONS = 512;

export function expandPhrase(phrase: string): string[] {
  const out: string[] = [];
  for (const part of expandParts(phrase)) {
    const folded = foldSpaces(part);
    if (folded.length > 0) out.push(folded);
  }
  return out;
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, without a regular expression and without a new string when
 * there is nothing to fold (rule compilation expands thousands of phrases).
 */
export function foldSpaces(text: string): string {
  let clean = true;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    if (text.charCodeAt(i) !== 32 || i === 0 || i === text.length - 1 || isSpace(text.charCodeAt(i + 1))) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    let j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
    out = out.length > 0 ? `${out} ${text.slice(i, j)}` : text.slice(i, j);
    i = j;
  }
  return out;
}

/** The characters of `\s`: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Expands without trimming, so the space between two groups ("{a|b} {c|d}") survives. */
function expandParts(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase];
  const close = phrase.indexOf('}', open);
  if (close < 0) return [phrase.replace(/[{}|]/g, ' ')];
  const head = phrase.slice(0, open);
  const options = phrase.slice(open + 1, close).split('|');
  const tails = expandParts(phrase.slice(close + 1));
  const out: string[] = [];
  for (const option of options) {
    for (const tail of tails) {
      out.push(`${head}${option}${tail}`);
      if (out.length >= MAX_EXPANSIONS) return out;
    }
  }
  return out;
}
