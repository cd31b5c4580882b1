import {
  AMBIGUOUS_NAMES,
  CHINESE_GIVEN_NAMES,
  CHINESE_PLACE_NAMES,
  COMMON_ACRONYMS,
  COMMON_ENGLISH_WORDS,
  GENERIC_CHINESE_TERMS,
  GENERIC_NAME_WORDS,
  WORD_ACRONYMS,
} from './common-vocabulary';
import { ENGLISH_WORDS_IN_LISTS } from './english-words-in-lists';
import { looksLikeAbbreviation } from './name-forms';
import { tokenKey, tokens } from './normalise-name';

// Decides, for one candidate name of one entity, whether a rule may match it and how:
// as an exact phrase (case-insensitive, whole words), as an abbreviation (case-sensitive,
// needs context) or not at all. Cross-entity clashes are handled by the merger; this module
// only looks at the name itself.

export type AliasDecision =
  | { as: 'exact' | 'abbreviation' }
  /** Kept only with the institution's city in the sentence or its full name in the document. */
  | { as: 'place-bound abbreviation'; reason: string }
  | { as: 'drop'; reason: string };

const PLACE_KEYS = new Set(CHINESE_PLACE_NAMES.map(tokenKey));

/** A bare place name ("Harbin", "Hong Kong", "Xi'an"). */
export function isBarePlace(name: string): boolean {
  return PLACE_KEYS.has(tokenKey(name));
}

const NUMBER = /^\d+(st|nd|rd|th)?$/;

/**
 * Only type words, filler, numbers and places: names no institution in particular. A number
 * with three or more other words ("54th Research Institute of China") is specific enough.
 */
export function isGenericPhrase(name: string): boolean {
  const toks = tokens(name);
  if (toks.length === 0) return true;
  const numbers = toks.filter((t) => NUMBER.test(t)).length;
  if (toks.every((t) => GENERIC_NAME_WORDS.has(t) || NUMBER.test(t))) return numbers === 0 || toks.length - numbers < 3;
  // A place plus type words ("Nanjing Research Institute") is generic too, but a place plus
  // "University"/"College" is how most Chinese universities are named, and "X Institute of Y"
  // or a number ("Nanjing 841 Institute") makes the name specific.
  return (
    toks.every((t) => GENERIC_NAME_WORDS.has(t) || PLACE_KEYS.has(t)) &&
    !toks.some((t) => t === 'university' || t === 'college' || t === 'of')
  );
}

const LEGAL_FORMS = new Set(['co', 'company', 'corp', 'corporation', 'ltd', 'limited', 'inc', 'llc', 'plc']);

/**
 * One to three ordinary English words ("Silk Road", "Red Technology", "Costar"): in a draft they
 * are ordinary text, not a name. Legal forms do not count, so "Red Technology Co., Ltd." as a
 * list writes it stays a name.
 */
export function isOrdinaryPhrase(name: string): boolean {
  const toks = tokens(name);
  if (toks.some((t) => LEGAL_FORMS.has(t))) return false;
  // A word the list writes in capitals ("EVE Energy", "HEAD Aerospace") marks a brand.
  if (/\b[A-Z]{2,}\b/.test(name)) return false;
  const ordinary = (t: string) =>
    ENGLISH_WORDS_IN_LISTS.has(t) || COMMON_ENGLISH_WORDS.has(t) || GENERIC_NAME_WORDS.has(t) || /^\d+$/.test(t);
  return toks.length <= 3 && toks.some((t) => t.length >= 4) && toks.every(ordinary);
}

export function checkAbbreviation(abbr: string): AliasDecision {
  if (abbr.length < 3) return { as: 'drop', reason: 'shorter than 3 characters' };
  const word = WORD_ACRONYMS.get(abbr);
  if (word) return { as: 'drop', reason: `common acronym: ${word}` };
  const acronym = COMMON_ACRONYMS.get(abbr);
  if (acronym) return { as: 'place-bound abbreviation', reason: `common acronym: ${acronym}` };
  if (COMMON_ENGLISH_WORDS.has(abbr.toLowerCase())) return { as: 'drop', reason: 'common word, or a name used by unrelated organisations' };
  if (!/^[A-Za-z0-9]+$/.test(abbr)) return { as: 'drop', reason: 'not a single token' };
  return { as: 'abbreviation' };
}

export function checkChineseName(name: string): AliasDecision {
  const han = name.replace(/[^\u3400-\u9fff\uf900-\ufaff]/g, '');
  if (han.length < 4) return { as: 'drop', reason: 'fewer than 4 Han characters: matches inside other Chinese words' };
  if (GENERIC_CHINESE_TERMS.has(han)) return { as: 'drop', reason: 'generic Chinese term' };
  return { as: 'exact' };
}

/**
 * `isOwnName`: the entity's own name on a list (not an alias). A list's own name made of
 * generic words ("University of Science and Technology of China") is still that body's name,
 * so only short generic own names are dropped. `headsOwnName`: the name is the first words of the
 * entity's own list name. `isListName`: the name exactly as a list writes it for this entity.
 */
export function checkEnglishName(name: string, isOwnName = false, headsOwnName = false, isListName = isOwnName): AliasDecision {
  const key = tokenKey(name);
  const toks = tokens(name);
  if (key.replace(/ /g, '').length < 3) return { as: 'drop', reason: 'shorter than 3 characters' };
  const ambiguous = AMBIGUOUS_NAMES.get(key);
  if (ambiguous) return { as: 'drop', reason: `ambiguous name: ${ambiguous}` };
  if (isBarePlace(name)) return { as: 'drop', reason: 'bare place name' };
  if (isGenericPhrase(name) && (!isOwnName || toks.length <= 3)) return { as: 'drop', reason: 'generic phrase' };
  // Exempt: a list's own spelling of the name, a trade name heading it ("Origin Quantum"), a
  // derived own form of three words or more ("Army Medical University"). Not exempt: "Most
  // Technology", what is left of "Most Technology Limited" without its legal form.
  const exempt = isListName || (headsOwnName && toks.length >= 2) || (isOwnName && toks.length >= 3);
  if (!exempt && isOrdinaryPhrase(name)) return { as: 'drop', reason: 'ordinary English words, not a name in running text' };
  if (toks.length === 1) {
    const word = toks[0];
    if (looksLikeAbbreviation(name.trim())) return checkAbbreviation(name.trim());
    if (COMMON_ENGLISH_WORDS.has(word)) return { as: 'drop', reason: 'common word, or a name used by unrelated organisations' };
    if (CHINESE_GIVEN_NAMES.has(word)) return { as: 'drop', reason: 'also a Chinese given name (author lists)' };
    const upper = name.trim().toUpperCase();
    const acronym = WORD_ACRONYMS.get(upper) ?? COMMON_ACRONYMS.get(upper);
    if (acronym) return { as: 'drop', reason: `common acronym: ${acronym}` };
    if (word.length < 4) return { as: 'drop', reason: 'single short word' };
  }
  return { as: 'exact' };
}
