import { tokens } from './normalise-name';
import { addTo } from './multimap';

// A deliberately simple model of how the engine matches a partner rule (rule-format.md):
// exact phrases as whole-token runs, case-insensitive; abbreviations as case-sensitive tokens
// with an organisation word in the sentence; not_within cancels a match inside a longer phrase.
// The generator uses it to check its own examples and near-misses before writing a pack, so a
// bad sentence is caught here rather than in the engine's tests.

export const DEFAULT_CONTEXT = ['university', 'institute', 'academy', 'college', 'laboratory', 'partner', 'company', 'corporation', 'group', 'consortium', 'collaborator'];
const CONTEXT_TOKENS = new Set(DEFAULT_CONTEXT.flatMap((w) => [w, `${w}s`]).concat(['universities', 'laboratories', 'academies', 'companies']));

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

function runsAt(hay: readonly string[], needle: readonly string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    out.push(i);
  }
  return out;
}

function matchesCompiled(hay: readonly string[], words: string[], rule: CompiledRule): boolean {
  for (const toks of rule.phrases) {
    const cancelled = (start: number) =>
      rule.notWithin.some((nw) => runsAt(hay, nw).some((s) => s <= start && s + nw.length >= start + toks.length));
    if (runsAt(hay, toks).some((s) => !cancelled(s))) return true;
  }
  const confirmed = rule.context ? rule.context.some((c) => runsAt(hay, c).length > 0) : hay.some((t) => CONTEXT_TOKENS.has(t));
  if (rule.abbreviations.size && confirmed) {
    if (words.some((w) => rule.abbreviations.has(w))) return true;
  }
  return false;
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
  private byToken = new Map<string, Set<number>>();
  private byAbbreviation = new Map<string, number[]>();

  constructor(rules: MatchableRule[]) {
    this.compiled = rules.map(compile);
    this.compiled.forEach((rule, idx) => {
      for (const toks of rule.phrases) {
        const set = this.byToken.get(toks[0]) ?? new Set<number>();
        set.add(idx);
        this.byToken.set(toks[0], set);
      }
      for (const abbr of rule.abbreviations) addTo(this.byAbbreviation, abbr, idx);
    });
  }

  /** Indices of the rules that match the sentence. */
  matching(sentence: string): number[] {
    const hay = tokens(sentence);
    const words = rawWords(sentence);
    const candidates = new Set<number>();
    for (const t of new Set(hay)) for (const idx of this.byToken.get(t) ?? []) candidates.add(idx);
    for (const w of words) for (const idx of this.byAbbreviation.get(w) ?? []) candidates.add(idx);
    return [...candidates].filter((idx) => matchesCompiled(hay, words, this.compiled[idx])).sort((a, b) => a - b);
  }
}
