import { directivePatterns } from './directive-patterns';
import { GENERATED_NOTE, type TextMateGrammar } from './textmate-grammar';

// The injection grammar that marks Caveat directives inside the comments the engine reads them
// from: HTML comments in Markdown (comment.block.html) and % comments in TeX and LaTeX
// (comment.line.percentage.tex). Plain-text directive lines are marked by the plain-text grammar.

export const DIRECTIVES_SCOPE_NAME = 'caveat.injection.directives';

// `-meta.directive.caveat`: the rule list of a directive is tokenized again with the injections
// active; the directive patterns have no business there.
export const DIRECTIVES_INJECTION_SELECTOR = [
  'L:text.html.markdown comment.block.html -meta.directive.caveat',
  'L:text.tex comment.line.percentage -meta.directive.caveat',
].join(', ');

export function buildDirectivesGrammar(): TextMateGrammar {
  return {
    information_for_contributors: GENERATED_NOTE,
    name: 'Caveat directives',
    scopeName: DIRECTIVES_SCOPE_NAME,
    injectionSelector: DIRECTIVES_INJECTION_SELECTOR,
    patterns: directivePatterns('comment'),
  };
}
