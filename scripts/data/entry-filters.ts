import { CHINESE_PLACE_NAMES, GENERIC_NAME_WORDS } from './common-vocabulary';

// The Entity List names people and parser placeholders as well as organisations. Caveat's
// partner rules are about institutions and companies: a person's name ("Wang Wei") would fire on
// every author list, so individuals are left out (and counted in the alias report).

const PLACES = new Set(CHINESE_PLACE_NAMES.map((p) => p.toLowerCase()));

/** Word parts that show a short name is a company even though it looks like a person's name. */
const COMPANY_WORD =
  /electronic|semiconductor|capital|micro|tech|system|network|global|display|cloud|lab|vision|create|flight|test|establishment|trading|logistic/;

/** "Address 07": a placeholder the eCFR parser made out of an address-only row. */
export function isPlaceholder(name: string): boolean {
  return /^Address \d+$/i.test(name.trim());
}

/** A personal name: two to four capitalised words, no company word, not starting with a place. */
export function looksLikePerson(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$/.test(w))) return false;
  if (words.some((w) => COMPANY_WORD.test(w.toLowerCase()) || GENERIC_NAME_WORDS.has(w.toLowerCase()))) return false;
  return !PLACES.has(words[0].toLowerCase());
}
