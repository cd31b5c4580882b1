import { alternation, escapeRegex, hasHan, phraseUnits, WORD_END } from './oniguruma-text';
import { trieAlternation } from './pattern-trie';
import type { LawNames } from './read-law-names';

// The regular expressions of a law citation, built from the law cards:
//   names      every `name`, `name_zh` and alias, whatever the case, as whole words (Chinese names
//              match inside Chinese text, which has no spaces)
//   abbreviations  every abbreviation, case-sensitive, as a whole word
//   euAct      any numbered EU act: "Regulation (EU) 2021/821", "Council Regulation (EC) No 428/2009",
//              "Directive 95/46/EC", whether or not a card names it
//   article    "Article 36", "Art. 38(1)", "Articles 44-50"; "第三十六条", "第三十八条第一款"
//
// An abbreviation that collides with everyday or technical words (DSL: digital subscriber line,
// domain-specific language) counts only where the text makes it a law: an article cited next to it
// ("Article 36 of the DSL", "DSL Art. 21"), a country before it ("PRC DSL", "China's CSL"), or in
// brackets after the full name ("Data Security Law (DSL)"). "DSL modem" and "the DSL compiler" stay
// plain. The other abbreviations (PIPL, GDPR, ...) count on their own.
//
// The pieces check the character after them (a whole word ends there) but not the one before: the
// grammar puts one WORD_START at the start of each pattern. One look-behind there lets Oniguruma
// reject the middle of every word at once, which makes the patterns about three times faster than
// a look-behind on each alternative. (So a Chinese name right after a Latin letter or a digit, as in
// "PRC数据安全法", is not matched.)

export interface LawPatterns {
  /** Any name of a card, optionally followed by its abbreviation in brackets. */
  name: string;
  /** Names only (no bracketed abbreviation), for scoping the parts of a citation. */
  nameOnly: string;
  /** Every abbreviation. */
  anyAbbreviation: string;
  /** The abbreviations that count without context. */
  plainAbbreviation: string;
  /** The abbreviations that count only next to an article (DSL, CSL, ...). */
  ambiguousAbbreviation: string;
  /** A country that makes the abbreviation after it a law ("PRC", "China's"). */
  country: string;
  /** A country and an abbreviation ("PRC DSL"). */
  countryAbbreviation: string;
  /** A numbered EU act. */
  euAct: string;
  /** An article reference in English or Chinese. */
  article: string;
  /** An English article reference that may stand before the law ("Article 36 of the"). */
  articleBefore: string;
  /** What may stand between a law and the article after it ("DSL, Art. 21", "《数据安全法》第三十六条"). */
  betweenLawAndArticle: string;
}

const ARTICLE_NUMBER = '\\d+[a-z]?(?:\\s*\\(\\d+\\))*';
const ENGLISH_ARTICLE = `(?i:(?:Articles?|Arts?\\.?)\\s*${ARTICLE_NUMBER}(?:\\s*(?:[-\\x{2013}\\x{2014},&]|and|to)\\s*${ARTICLE_NUMBER})*)`;
const CHINESE_NUMERAL = '[一二三四五六七八九十百千零〇两\\d\\x{FF10}-\\x{FF19}]+';
const CHINESE_ARTICLE = `第${CHINESE_NUMERAL}条(?:第${CHINESE_NUMERAL}款)?(?:第${CHINESE_NUMERAL}项)?`;
const COUNTRY = "(?:PRC|China['\\x{2019}]s|Chinese|China)";
const EU_ACT = [
  '(?:(?:Council|Commission)(?:\\s+(?:Implementing|Delegated))?\\s+)?',
  '(?:Regulation|Directive|Decision|Recommendation)\\s*',
  '(?:\\((?:EU|EC|EEC|Euratom|CFSP)\\)\\s*(?:No\\.?\\s*)?\\d{2,4}/\\d{1,4}|(?:No\\.?\\s*)?\\d{2,4}/\\d{1,4}(?:/(?:EU|EC|EEC|CFSP))?)',
].join('');

export function buildLawPatterns(cards: LawNames[], ambiguous: Set<string>): LawPatterns {
  const names = cards.flatMap((c) => c.names);
  const latin = trieAlternation(names.filter((n) => !hasHan(n)).map(phraseUnits));
  const han = trieAlternation(names.filter(hasHan).map((n) => [...n].map(escapeRegex)));
  const nameOnly = `(?:${latin}${WORD_END}|${han})`;

  const abbreviations = [...new Set(cards.flatMap((c) => c.abbreviations))];
  const plain = abbreviations.filter((a) => !ambiguous.has(a));
  const wholeWord = (list: string[]) => `${alternation(list.map(escapeRegex))}${WORD_END}`;
  const anyAbbreviation = wholeWord(abbreviations);
  const ambiguousOnes = abbreviations.filter((a) => ambiguous.has(a));
  const plainAbbreviation = plain.length ? wholeWord(plain) : '(?!)';
  const ambiguousAbbreviation = ambiguousOnes.length ? wholeWord(ambiguousOnes) : '(?!)';

  return {
    name: `${nameOnly}(?:\\s*[(\\x{FF08}]\\s*${anyAbbreviation}\\s*[)\\x{FF09}])?`,
    nameOnly,
    anyAbbreviation,
    plainAbbreviation,
    ambiguousAbbreviation,
    country: COUNTRY,
    countryAbbreviation: `${COUNTRY}\\s+${anyAbbreviation}`,
    euAct: `(?i:${EU_ACT})${WORD_END}`,
    article: `(?:${ENGLISH_ARTICLE}${WORD_END}|${CHINESE_ARTICLE})`,
    articleBefore: ENGLISH_ARTICLE,
    betweenLawAndArticle: '[\\s,(\\x{FF08}\\x{FF0C}\\x{3001}\\x{300B}\\x{300D}\\x{FF09})]*',
  };
}
