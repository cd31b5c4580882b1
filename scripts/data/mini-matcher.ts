import { addTo } from './multimap';
import { tokens } from './normalise-name';

// A deliberately simple model of how the engine matches a partner rule (rule-format.md):
// exact phrases as whole-token runs, case-insensitive; abbreviations as case-sensitive tokens
// with an organisation word in the sentence; not_within cancels a match inside a longer phrase.
// The generator uses it to check its own examples and near-misses before writing a pack, so a
// bad sentence is caught here rather than in the engine's tests.

export const DEFAULT_CONTEXT = [
  'university',
  'institute',
  'academy',
  'college',
  'laboratory',
  'partner',
  'company',
  'corporation',
  'group',
  'consortium',
  'collaborator',
];
const CONTEXT_TOKENS = new Set(
  DEFAULT_CONTEXT.flatMap((w) => [w, `${w}s`]).concat(['universities', 'laboratories', 'academies', 'companies']),
);

export interface MatchableRule {
  exact_phrases?: string[];
  abbreviations?: string[];
  /** Own confirming phrases; replace the default organisation words. */
  context?: string[];
  not_within?: string[];
}

interface CompiledRule {
  phrases: (readonly string[])[];
  abbreviations: Set<string>;
  context?: (readonly string[])[];
  notWithin: (readonly string[])[];
}

function compile(rule: MatchableRule): CompiledRule {
  return {
    phrases: (rule.exact_phrases ?? []).map(tokens).filter((t) => t.length > 0),
    abbreviations: new Set(rule.abbreviations ?? []),
    context: rule.context?.length ? rule.context.map(tokens) : undefined,
    notWithin: (rule.not_within ?? []).map(tokens),
  };
}

function runAt(hay: readonly string[], start: number, needle: readonly string[]): boolean {
  if (start + needle.length > hay.length) return false;
  for (let j = 0; j < needle.length; j++) if (hay[start + j] !== needle[j]) return false;
  return true;
}

/** A not_within phrase covers the span [start, start + length) of the sentence. */
function cancelledAt(hay: readonly string[], start: number, length: number, notWithin: (readonly string[])[]): boolean {
  for (const nw of notWithin) {
    for (let s = Math.max(0, start + length - nw.length); s <= start; s++) if (runAt(hay, s, nw)) return true;
  }
  return false;
}

function phraseMatches(hay: readonly string[], toks: readonly string[], notWithin: (readonly string[])[]): boolean {
  for (let i = 0; i + toks.length <= hay.length; i++) {
    if (runAt(hay, i, toks) && !cancelledAt(hay, i, toks.length, notWithin)) return true;
  }
  return false;
}

function confirmed(hay: readonly string[], rule: CompiledRule): boolean {
  if (!rule.context) return hay.some((t) => CONTEXT_TOKENS.has(t));
  return rule.context.some((c) => hay.some((_, i) => runAt(hay, i, c)));
}

function matchesCompiled(hay: readonly string[], words: string[], rule: CompiledRule): boolean {
  for (const toks of rule.phrases) if (phraseMatches(hay, toks, rule.notWithin)) return true;
  return rule.abbreviations.size > 0 && words.some((w) => rule.abbreviations.has(w)) && confirmed(hay, rule);
}

function rawWords(sentence: string): string[] {
  return sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function matchesRule(sentence: string, rule: MatchableRule): boolean {
  return matchesCompiled(tokens(sentence), rawWords(sentence), compile(rule));
}

/** Matches a sentence against many rules at once, for checking near-misses against every rule. */
export class RuleSetMatcher {
  private compiled: CompiledRule[];
  private byToken = new Map<string, { rule: number; toks: readonly string[] }[]>();
  private byAbbreviation = new Map<string, number[]>();

  constructor(rules: MatchableRule[]) {
    this.compiled = rules.map(compile);
    this.compiled.forEach((rule, idx) => {
      for (const toks of rule.phrases) addTo(this.byToken, toks[0], { rule: idx, toks });
      for (const abbr of rule.abbreviations) addTo(this.byAbbreviation, abbr, idx);
    });
  }

  /** Indices of the rules that match the sentence. */
  matching(sentence: string): number[] {
    const hay = tokens(sentence);
    const words = rawWords(sentence);
    const found = new Set<number>();
    hay.forEach((t, i) => {
      for (const { rule, toks } of this.byToken.get(t) ?? []) {
        if (!found.has(rule) && runAt(hay, i, toks) && !cancelledAt(hay, i, toks.length, this.compiled[rule].notWithin)) found.add(rule);
      }
    });
    for (const w of words) {
      for (const rule of this.byAbbreviation.get(w) ?? []) if (!found.has(rule) && confirmed(hay, this.compiled[rule])) found.add(rule);
    }
    return [...found].sort((a, b) => a - b);
  }
}
