// Text folding shared by rule compilation and scanning, so that a phrase and the draft are read the
// same way: case folding, Unicode NFKC, dashes and quotes as separators, soft hyphens and zero-width
// characters ignored inside words, each CJK ideograph a token of its own.

/** Character classes of the tokenizer. */
export const SEP = 1;
export const WORD = 2;
export const CJK = 3;
/** Ignorable inside a word: soft hyphen, zero-width characters, and the extractors' join mark. */
export const JOIN = 4;

/** The character extractors write where markup joins two halves of a word (LaTeX `\-`). */
export const JOIN_MARK = '\u00ad';

const classes = new Uint8Array(65536);
const letterOrDigit = /[\p{L}\p{M}\p{N}]/u;

function classify(code: number): number {
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return JOIN;
  if (
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af)
  ) {
    return CJK;
  }
  if (code >= 0xd800 && code <= 0xdfff) return SEP; // surrogates are handled by the tokenizer
  return letterOrDigit.test(String.fromCharCode(code)) ? WORD : SEP;
}

// ASCII is filled eagerly (the hot path), the rest on first sight.
for (let c = 0; c < 128; c++) {
  classes[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : SEP;
}

export function charClass(code: number): number {
  const k = classes[code];
  if (k !== 0) return k;
  const computed = classify(code);
  classes[code] = computed;
  return computed;
}

/** True for a high surrogate of CJK Extension B and later (U+20000 to U+3FFFF). */
export function isCjkHighSurrogate(code: number): boolean {
  return code >= 0xd840 && code <= 0xd8bf;
}

/** Folds one token to the key used in the vocabulary. */
export function foldToken(raw: string, ascii: boolean): string {
  if (ascii) return raw.toLowerCase();
  return raw
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .normalize('NFKC')
    .toLowerCase();
}

/**
 * Simple English inflections of a word, used when a rule phrase is compiled: plurals, -ing, -ed, and
 * for agent nouns in -or/-er the -ing form (sensor/sensing, computer/computing). Forms that are not
 * English words are harmless: they never occur in drafts.
 */
export function inflections(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  const vowel = (c: string) => 'aeiou'.includes(c);
  const last = word[word.length - 1];
  // plural and third person
  if (/(s|x|z|ch|sh)$/.test(word)) out.add(`${word}es`);
  else if (last === 'y' && !vowel(word[word.length - 2])) out.add(`${word.slice(0, -1)}ies`);
  else out.add(`${word}s`);
  // singular of a plural written in the phrase
  if (word.endsWith('ies') && word.length > 4) out.add(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es') && /(s|x|z|ch|sh)es$/.test(word)) out.add(word.slice(0, -2));
  else if (word.endsWith('s') && word.length > 4 && !/(ss|us|is|ics)$/.test(word)) out.add(word.slice(0, -1));
  // -ing and -ed
  const stem = last === 'e' && word.length > 3 ? word.slice(0, -1) : word;
  if (last === 'y' && !vowel(word[word.length - 2])) out.add(`${word.slice(0, -1)}ied`);
  else out.add(`${stem}ed`);
  out.add(`${stem}ing`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
    out.add(`${word}${last}ing`);
    out.add(`${word}${last}ed`);
  }
  // agent nouns: sensor -> sensing, computer -> computing, detector -> detecting
  if (word.length >= 6 && /(or|er)$/.test(word)) {
    const base = word.slice(0, -2);
    out.add(`${base}ing`);
    out.add(`${base}ed`);
    if (/[^aeiou][aeiou]t$/.test(base)) out.add(`${base}e`);
  }
  // and back: sensing -> sensor (so either form in a phrase finds both)
  if (word.endsWith('ing') && word.length >= 6) {
    const base = word.slice(0, -3);
    out.add(`${base}or`);
    out.add(`${base}er`);
    out.add(`${base}ors`);
    out.add(`${base}ers`);
    out.add(`${base}e`);
    out.add(`${base}es`);
    out.add(base);
    out.add(`${base}s`);
  }
  out.delete(word);
  return [...out];
}
