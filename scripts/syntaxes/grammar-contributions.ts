import { DIRECTIVES_SCOPE_NAME } from './directives-grammar';
import { LAWS_SCOPE_NAME } from './laws-grammar';
import { PLAINTEXT_SCOPE_NAME } from './plaintext-grammar';

// The `contributes.grammars` entries of package.json for the grammars in syntaxes/. The tests load
// the grammars as VS Code does from these entries (injectTo decides which host grammars receive
// an injection) and check that package.json, once it declares grammars, declares these.

export interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}

/** Host scopes of VS Code's built-in Markdown, LaTeX and TeX grammars. */
const DOCUMENT_HOSTS = ['text.html.markdown', 'text.tex.latex', 'text.tex'];

export const GRAMMAR_CONTRIBUTIONS: GrammarContribution[] = [
  {
    scopeName: DIRECTIVES_SCOPE_NAME,
    path: './syntaxes/caveat-directives.injection.tmLanguage.json',
    injectTo: DOCUMENT_HOSTS,
  },
  {
    scopeName: LAWS_SCOPE_NAME,
    path: './syntaxes/caveat-laws.injection.tmLanguage.json',
    injectTo: [...DOCUMENT_HOSTS, 'text.plain', PLAINTEXT_SCOPE_NAME],
  },
  {
    language: 'plaintext',
    scopeName: PLAINTEXT_SCOPE_NAME,
    path: './syntaxes/caveat-plaintext.tmLanguage.json',
  },
];
