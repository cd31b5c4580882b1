import { directivePatterns } from './directive-patterns';
import { GENERATED_NOTE, type TextMateGrammar } from './textmate-grammar';

// VS Code ships no TextMate grammar for plain text (the `plaintext` language is not tokenized), so
// an injection has nothing to inject into. This small host grammar gives plain text a scope that
// Caveat's injections target and marks directive lines (`caveat: accept RULE because reason`)
// itself. Its scope name extends `text.plain`, so selectors written for `text.plain` match it, without
// taking the name from another extension that registers `text.plain`.

export const PLAINTEXT_SCOPE_NAME = 'text.plain.caveat';

export function buildPlaintextGrammar(): TextMateGrammar {
  return {
    information_for_contributors: GENERATED_NOTE,
    name: 'Plain Text (Caveat)',
    scopeName: PLAINTEXT_SCOPE_NAME,
    patterns: directivePatterns('line'),
  };
}
