// The TextMate scopes Caveat's grammars give, chosen so that common themes (Dark+/Light+, Dark
// Modern, Monokai, Solarized, GitHub, One Dark) colour them without a Caveat-specific theme, while
// the `.caveat` suffix lets users restyle them in `editor.tokenColorCustomizations`:
//
//   keyword.control.*      every theme colours keywords: the directive word stands out in a comment
//   entity.name.tag.*      coloured by every theme (HTML/XML tag names): rule ids read as names
//   string.unquoted.*      strings are coloured everywhere: the reason reads as the directive's value
//   invalid.illegal.*      red in most themes: a directive without a reason is an error to fix
//   markup.underline.link.* underlined by Dark+/Light+ (`markup.underline`) and coloured as a link by
//                          most others (the scope Markdown gives link targets): a law citation looks
//                          like something to hover, which it is (the hover shows the law card)
//   meta.*                 not coloured; they group a whole directive or citation for tools and tests

export const DIRECTIVE_SCOPES = {
  directive: 'meta.directive.caveat',
  keyword: 'keyword.control.directive.caveat',
  ruleList: 'meta.rule-list.caveat',
  ruleId: 'entity.name.tag.rule-id.caveat',
  comma: 'punctuation.separator.comma.caveat',
  reasonSeparator: 'punctuation.separator.reason.caveat',
  because: 'keyword.other.because.caveat',
  reason: 'string.unquoted.reason.caveat',
  missingReason: 'invalid.illegal.missing-reason.caveat',
  commentLeader: 'punctuation.definition.comment.caveat',
} as const;

export const LAW_SCOPES = {
  citation: 'meta.citation.law.caveat',
  name: 'markup.underline.link.law.caveat',
  abbreviation: 'markup.underline.link.law.abbreviation.caveat',
  euAct: 'markup.underline.link.law.eu-act.caveat',
  article: 'markup.underline.link.article.caveat',
} as const;
