// Compiles loaded rules into one word automaton plus the small tables the context rules need.
// Compilation runs once per rule set; scanning reuses the result for every document.
import { RE2JS } from 're2js';
import type { WordAutomaton } from '../automaton';
import { PhraseAutomatonBuilder } from '../phrase-automaton';
import { AsciiRawTable, AsciiWordTable } from '../word-table';
import type { Rule, RuleProblem } from './types';

/** What a matched phrase means for its rule. */
export enum Role {
  Anchor = 0,
  With = 1,
  NotWithin = 2,
  Mitigation = 3,
  Context = 4,
}

export interface CompiledPattern {
  re: RE2JS;
  rule: number;
}

export interface CompiledRules {
  rules: Rule[];
  automaton: WordAutomaton;
  vocabulary: Map<string, number>;
  /** The vocabulary's ASCII words by token hash: the scanner's look-up for plain words. */
  wordTable: AsciiWordTable;
  /** Per automaton pattern: rule index (-1 for global words), role, and the `with` group. */
  patternRule: Int32Array;
  patternRole: Int8Array;
  patternGroup: Int16Array;
  /** Per pattern: the exact words of a phrase without inflection (see PhraseAutomaton.exactWords). */
  patternExact: (string | undefined)[];
  /** Case-sensitive abbreviations: raw token → rule indexes. */
  abbreviations: Map<string, number[]>;
  /** The ASCII abbreviations by raw token hash. */
  abbreviationTable: AsciiRawTable<number[]>;
  regexes: CompiledPattern[];
  /** Rules that declare their own abbreviation context. */
  hasOwnContext: Uint8Array;
  withGroupCount: Int16Array;
  problems: RuleProblem[];
  stats: { rules: number; patterns: number; words: number; nodes: number; longestPattern: number; compileMs: number };
}

/** Rejects patterns that RE2 cannot run in linear time or that match the empty string. */
export function compileRegex(source: string): RE2JS {
  const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE | RE2JS.MULTILINE);
  if (re.matches('')) throw new Error('pattern matches the empty string');
  return re;
}

/** The regular-expression patterns of workspace packs, each compiled for RE2 or reported. */
export function compilePatterns(rules: Rule[]): { regexes: CompiledPattern[]; problems: RuleProblem[] } {
  const regexes: CompiledPattern[] = [];
  const problems: RuleProblem[] = [];
  rules.forEach((rule, r) => {
    for (const source of rule.match.patterns ?? []) {
      try {
        regexes.push({ re: compileRegex(source), rule: r });
      } catch (e) {
        problems.push({
          file: rule.file ?? rule.pack ?? '(rules)',
          line: 1,
          column: 1,
          severity: 'error',
          message: `rule ${rule.id}: pattern /${source}/ rejected: ${(e as Error).message}`,
        });
      }
    }
  });
  return { regexes, problems };
}

export function compileRules(rules: Rule[]): CompiledRules {
  const started = performance.now();
  const builder = new PhraseAutomatonBuilder<never>();
  const abbreviations = new Map<string, number[]>();
  const hasOwnContext = new Uint8Array(rules.length);
  const withGroupCount = new Int16Array(rules.length);
  // Per pattern, in the order the builder numbers them.
  const patternRule: number[] = [];
  const patternRole: number[] = [];
  const patternGroup: number[] = [];

  const add = (phrase: string, rule: number, role: Role, group: number, inflect: boolean) => {
    for (let n = builder.addPatterns(phrase, inflect); n > 0; n--) {
      patternRule.push(rule);
      patternRole.push(role);
      patternGroup.push(group);
    }
  };

  rules.forEach((rule, r) => {
    const m = rule.match;
    for (const p of m.phrases ?? []) add(p, r, Role.Anchor, 0, true);
    for (const p of m.exact_phrases ?? []) add(p, r, Role.Anchor, 0, false);
    for (const p of m.not_within ?? []) add(p, r, Role.NotWithin, 0, false);
    (m.with ?? []).forEach((group, g) => {
      for (const p of group) add(p, r, Role.With, g, true);
    });
    withGroupCount[r] = m.with?.length ?? 0;
    for (const p of rule.unless?.phrases ?? []) add(p, r, Role.Mitigation, 0, true);
    if (m.context?.length) {
      hasOwnContext[r] = 1;
      for (const p of m.context) add(p, r, Role.Context, 0, true);
    }
    for (const a of m.abbreviations ?? []) {
      const list = abbreviations.get(a);
      if (list) list.push(r);
      else abbreviations.set(a, [r]);
    }
  });
  const patterns = compilePatterns(rules);

  const { automaton, vocabulary, exactWords } = builder.build();
  let longestPattern = 1;
  for (const length of automaton.patternLength) if (length > longestPattern) longestPattern = length;
  const compiled: CompiledRules = {
    rules,
    automaton,
    vocabulary,
    wordTable: new AsciiWordTable(vocabulary),
    patternRule: new Int32Array(patternRule),
    patternRole: new Int8Array(patternRole),
    patternGroup: new Int16Array(patternGroup),
    patternExact: exactWords,
    abbreviations,
    abbreviationTable: new AsciiRawTable(abbreviations),
    regexes: patterns.regexes,
    hasOwnContext,
    withGroupCount,
    problems: patterns.problems,
    stats: {
      rules: rules.length,
      patterns: patternRule.length,
      words: vocabulary.size,
      nodes: automaton.nodeCount,
      longestPattern,
      compileMs: 0,
    },
  };
  compiled.stats.compileMs = performance.now() - started;
  return compiled;
}
