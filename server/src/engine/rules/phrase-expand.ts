// Expands the small phrase syntax of rule files: {a|b} alternates, {a|} makes a part optional.

const MAX_EXPANSIONS = 512;

export function expandPhrase(phrase: string): string[] {
  return expandParts(phrase)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
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
