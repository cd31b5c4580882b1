import { checkEnglishName } from './alias-collision-checker';
import { CHINESE_GIVEN_NAMES, CHINESE_PLACE_NAMES, COMMON_ENGLISH_WORDS, NOT_SHORT_NAMES } from './common-vocabulary';

// Name forms that drafts use but lists do not spell out, derived by fixed rules from names the
// lists do give (never typed by hand):
// - "PLA <name>" and the Chinese name without 中国人民解放军 for bodies whose Chinese name says
//   they belong to the PLA;
// - the distinctive first word of "<Word> University" ("Beihang", "Tsinghua", "Xidian"), unless
//   that word is a place, an English word, a given name or otherwise in everyday use.

const PLA_PREFIX = '中国人民解放军';
const PLACES = new Set(CHINESE_PLACE_NAMES.map((p) => p.toLowerCase()));

export function plaEnglishForms(display: string, chineseNames: string[]): string[] {
  const isPla = chineseNames.some((zh) => zh.startsWith(PLA_PREFIX));
  if (!isPla || /^(PLA|People's Liberation Army)\b/.test(display)) return [];
  return [`PLA ${display}`];
}

export function plaChineseShortForms(chineseNames: string[]): string[] {
  return chineseNames
    .filter((zh) => zh.startsWith(PLA_PREFIX) && zh.length - PLA_PREFIX.length >= 4)
    .map((zh) => zh.slice(PLA_PREFIX.length));
}

/** "Beihang University" -> "Beihang". */
export function universityShortName(name: string): string | undefined {
  const m = /^([A-Z][a-z]{4,})\s+University$/.exec(name.trim());
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  if (PLACES.has(word) || COMMON_ENGLISH_WORDS.has(word) || CHINESE_GIVEN_NAMES.has(word) || NOT_SHORT_NAMES.has(word)) return undefined;
  if (checkEnglishName(name, true).as !== 'exact') return undefined;
  return m[1];
}
