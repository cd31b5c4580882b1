// Name normalisation: one key per spelling so the same institution on different lists can be
// merged, and a token form that mirrors how the engine compares exact phrases.

import { ENGLISH_WORDS_IN_LISTS } from './english-words-in-lists';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Legal-form words that lists add or drop freely ("Co., Ltd.", "Corporation", "Inc."). */
const LEGAL_FORM_TOKENS = new Set(['co', 'company', 'corp', 'corporation', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'plc']);

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** True when the text is a Chinese-script name (Han characters, maybe with brackets or digits). */
export function isChineseName(text: string): boolean {
  return hasHan(text) && !/[A-Za-z]{2,}/.test(text);
}

/** Tidy a raw list string: list parsers leave dashes, trailing dots, "; and", curly quotes. */
export function cleanName(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-:;,.]+/, '')
    .replace(/[;,]\s*and$/i, '')
    .replace(/[\s;,:]+$/, '')
    .replace(/\.$/, (dot, _offset, whole: string) => (/\b(co|ltd|inc|corp|no)\.$/i.test(whole) ? dot : ''))
    .trim();
}

/**
 * Tokens as the engine sees them (server/src/engine/normalize.ts): lower case, NFKC, runs of
 * letters and digits, every CJK character its own token; everything else, "&" and apostrophes
 * included, separates tokens ("Xi'an" is "xi an", "Schmidt &" is just "schmidt").
 */
const tokenCache = new Map<string, string[]>();

/** Cached: callers must not change the returned array. */
export function tokens(text: string): readonly string[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const out = tokenise(text);
  if (tokenCache.size > 200_000) tokenCache.clear();
  tokenCache.set(text, out);
  return out;
}

function tokenise(text: string): string[] {
  const out: string[] = [];
  const lowered = text.normalize('NFKC').toLowerCase();
  for (const m of lowered.matchAll(
    /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]|(?:(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af])[\p{L}\p{M}\p{N}])+/gu,
  )) {
    out.push(m[0]);
  }
  return out;
}

/** Space-joined tokens: equal keys mean the engine would match the two phrases alike. */
export function tokenKey(text: string): string {
  return tokens(text).join(' ');
}

/** Drop trailing legal-form tokens ("Huawei Technologies Co., Ltd." -> "Huawei Technologies"). */
export function stripLegalForm(name: string): string {
  let rest = name.trim();
  for (;;) {
    const m = /^(.*?)[\s,.]+([A-Za-z]+)\.?$/.exec(rest);
    if (!m || !LEGAL_FORM_TOKENS.has(m[2].toLowerCase())) return rest.replace(/[\s,.&]+$/, '');
    rest = m[1];
  }
}

/**
 * Merge key: tokens without a leading "the", without legal forms, with "&" read as "and".
 * Spellings that differ only in punctuation, case or legal form share a key.
 */
export function mergeKey(name: string): string {
  const toks = [...tokens(name.replace(/&/g, ' and ').replace(/'/g, ''))];
  if (toks[0] === 'the') toks.shift();
  while (toks.length > 1 && LEGAL_FORM_TOKENS.has(toks[toks.length - 1])) toks.pop();
  return toks.join(' ');
}

/**
 * OFAC writes names in capitals; show multi-word names in title case. A single token stays as
 * it is ("AVIC", "SMIC"): it is an abbreviation, and its case matters for matching.
 */
export function titleCaseIfShouting(name: string): string {
  if (/[a-z]/.test(name) || !/\s/.test(name.trim())) return name;
  const small = new Set(['of', 'and', 'the', 'for']);
  return name
    .split(/(\s+)/)
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && small.has(lower)) return lower;
      const letters = word.replace(/[^A-Za-z]/g, '');
      // Short words and words without vowels are abbreviations ("ZTE", "CNPC"); legal forms and
      // English words ("OIL", "GAS") are not.
      const legal = ['CO', 'LTD', 'INC', 'CORP', 'LLC', 'PLC'].includes(letters);
      const english = ENGLISH_WORDS_IN_LISTS.has(letters.toLowerCase());
      if (!legal && !english && letters && (letters.length <= 3 || !/[AEIOUY]/.test(letters))) return word;
      return word.replace(/[A-Za-z][A-Za-z']*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
    })
    .join('');
}

/**
 * Slug for rule ids: ASCII, lower case, dashes. A long name keeps its head and its tail
 * ("china-electronics-technology-group-…-mt-microsystems") so that sub-units of one parent,
 * which differ only at the end, still get different, readable ids.
 */
export function slugify(name: string, max = 72): string {
  const ascii = stripLegalForm(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= max) return ascii;
  const words = ascii.split('-');
  const head: string[] = [];
  const tail: string[] = [];
  const length = (parts: string[]) => parts.join('-').length;
  for (let i = 0, j = words.length - 1; i <= j; ) {
    if (length(head) <= length(tail) && length([...head, words[i], ...tail]) < max) head.push(words[i++]);
    else if (length([...head, words[j], ...tail]) < max) tail.unshift(words[j--]);
    else break;
  }
  return [...head, ...tail].join('-');
}
