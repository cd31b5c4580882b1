// Terms taken from loaded rules: the example sentences that must give a finding (placed in drafts as
// risk sentences) and the anchor phrases, expanded, for the RegExp and textlint references.
import type { Rule } from '../../server/src/engine';
import { expandPhrase } from '../../server/src/engine/rules/phrase-expand';

/** Every example sentence of the rules: each is known to give a finding of its rule. */
export function exampleSentences(rules: Rule[]): string[] {
  return rules.flatMap((r) => r.examples.map((e) => e.trim()).filter((e) => e.length > 0));
}

/** Anchor phrases of the rules with {a|b} expanded: phrases and exact_phrases (not abbreviations). */
export function anchorPhrases(rules: Rule[]): string[] {
  const out = new Set<string>();
  for (const r of rules) {
    for (const p of r.match.phrases ?? []) for (const v of expandPhrase(p)) out.add(v);
    for (const p of r.match.exact_phrases ?? []) for (const v of expandPhrase(p)) out.add(v);
  }
  return [...out];
}

/** The rules that are not partner name lists: technology areas, talent programmes, clauses. */
export function isPhraseRule(rule: Rule): boolean {
  return rule.category !== 'military-linked-partner';
}
