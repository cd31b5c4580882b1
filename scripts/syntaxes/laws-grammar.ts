import { LAW_SCOPES } from './caveat-scopes';
import type { LawPatterns } from './law-patterns';
import { WORD_START } from './oniguruma-text';
import { GENERATED_NOTE, type TextMateGrammar } from './textmate-grammar';

// The injection grammar that marks law citations in the prose of Markdown, LaTeX and plain text:
// the law (name, alias, Chinese name, abbreviation, numbered EU act) and the article cited next to it.
// Code, math, comments and verbatim text are left alone, as the engine does.

export const LAWS_SCOPE_NAME = 'caveat.injection.laws';

// No L: priority: where a rule of the host grammar starts at the same place (a citation key, a
// reference), the host wins. `-meta.citation` keeps the injection out of LaTeX citations and out of
// its own citations, whose captures are tokenized again with the injections active (which would
// otherwise recurse for ever). Links and URLs (markup.underline.link) are addresses, not prose.
const NOT_PROSE_ANYWHERE = '-meta.citation -meta.reference -markup.underline.link';

export const LAWS_INJECTION_SELECTOR = [
  'text.html.markdown -comment -markup.fenced_code -markup.raw -markup.inline.raw -meta.embedded',
  'text.tex -comment -meta.math -string.other.math -support.class.math -markup.raw -meta.embedded -constant.other.reference',
  'text.plain -meta.directive',
]
  .map((selector) => `${selector} ${NOT_PROSE_ANYWHERE}`)
  .join(', ');

export function buildLawsGrammar(p: LawPatterns): TextMateGrammar {
  const plainLaw = `(?:${p.name}|${p.euAct}|${p.countryAbbreviation}|${p.plainAbbreviation})`;
  const anyLaw = `(?:${plainLaw}|${p.ambiguousAbbreviation})`;
  const lawParts = { patterns: [{ include: '#law-parts' }] };
  const article = { name: LAW_SCOPES.article };
  return {
    information_for_contributors: [...GENERATED_NOTE, 'Law names come from rules/laws/*.yaml; ambiguous abbreviations from docs/laws.md.'],
    name: 'Caveat law citations',
    scopeName: LAWS_SCOPE_NAME,
    injectionSelector: LAWS_INJECTION_SELECTOR,
    patterns: [
      {
        comment: 'An article before the law: "Article 36 of the DSL", "Art. 38 PIPL".',
        name: LAW_SCOPES.citation,
        match: `${WORD_START}(${p.articleBefore})\\s+(?:(?i:of)\\s+(?:(?i:the)\\s+)?)?(${anyLaw})`,
        captures: { '1': article, '2': lawParts },
      },
      {
        comment: [
          'A law with or without the article after it ("PIPL", "PIPL, Article 38", "《数据安全法》第三十六条");',
          'an ambiguous abbreviation (DSL, CSL, ECL, NSIA) only with the article ("DSL Art. 21").',
        ].join(' '),
        name: LAW_SCOPES.citation,
        match: `${WORD_START}(?:(${plainLaw})(?:${p.betweenLawAndArticle}(${p.article}))?|(${p.ambiguousAbbreviation})${p.betweenLawAndArticle}(${p.article}))`,
        captures: { '1': lawParts, '2': article, '3': lawParts, '4': article },
      },
    ],
    repository: {
      'law-parts': {
        comment: 'The parts of a law once the citation is found: its name, its abbreviation, a numbered EU act.',
        patterns: [
          { name: LAW_SCOPES.name, match: WORD_START + p.nameOnly },
          { name: LAW_SCOPES.euAct, match: WORD_START + p.euAct },
          { name: LAW_SCOPES.abbreviation, match: `${WORD_START}${p.country}(?=\\s+${p.anyAbbreviation})` },
          { name: LAW_SCOPES.abbreviation, match: WORD_START + p.anyAbbreviation },
        ],
      },
    },
  };
}
