import path from 'node:path';
import { buildDirectivesGrammar, DIRECTIVES_SCOPE_NAME } from './directives-grammar';
import { GRAMMAR_CONTRIBUTIONS } from './grammar-contributions';
import { buildLawPatterns } from './law-patterns';
import { buildLawsGrammar, LAWS_SCOPE_NAME } from './laws-grammar';
import { buildPlaintextGrammar, PLAINTEXT_SCOPE_NAME } from './plaintext-grammar';
import { readAmbiguousAbbreviations } from './read-ambiguous-abbreviations';
import { readLawNames } from './read-law-names';
import { lawCardsDir, lawsDoc, repoRoot } from './syntax-paths';
import type { TextMateGrammar } from './textmate-grammar';

// Builds every grammar of syntaxes/ from its sources, with the file it belongs in.

export interface GeneratedGrammar {
  file: string;
  grammar: TextMateGrammar;
}

export function generateGrammars(): GeneratedGrammar[] {
  const lawPatterns = buildLawPatterns(readLawNames(lawCardsDir), readAmbiguousAbbreviations(lawsDoc));
  const builders: Record<string, () => TextMateGrammar> = {
    [DIRECTIVES_SCOPE_NAME]: buildDirectivesGrammar,
    [LAWS_SCOPE_NAME]: () => buildLawsGrammar(lawPatterns),
    [PLAINTEXT_SCOPE_NAME]: buildPlaintextGrammar,
  };
  return GRAMMAR_CONTRIBUTIONS.map((c) => ({ file: path.join(repoRoot, c.path), grammar: builders[c.scopeName]() }));
}

/** The JSON text of a grammar as written (Biome then formats it; the tests compare parsed JSON). */
export function grammarJson(grammar: TextMateGrammar): string {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
