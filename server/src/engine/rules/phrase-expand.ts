// Expands the small phrase syntax of rule files: {a|b} alternates, {a|} makes a part optional.

const MAX_EXPANSIONS = 512;

export function expandPhrase(phrase: string): string[] {
  const open = phrase.indexOf('{');
  if (open < 0) return [phrase];
  const close = phrase.indexOf('}', open);
  if (close < 0) return [phrase.replace(/[{}|]/g, ' ')];
  const head = phrase.slice(0, open);
  const options = phrase.slice(open + 1, close).split('|');
  const tails = expandPhrase(phrase.slice(close + 1));
  const out: string[] = [];
  for (const option of options) {
    for (const tail of tails) {
      out.push(`${head}${option}${tail}`.replace(/\s+/g, ' ').trim());
      if (out.length >= MAX_EXPANSIONS) return out;
    }
  }
  return out.filter((p) => p.length > 0);
}
