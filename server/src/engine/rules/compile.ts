// Compiles loaded rules into one word automaton plus the small tables the context rules need.
// Compilation runs once per rule set; scanning reuses the result for every document.
import { RE2JS } from 're2js';
import type { WordAutomaton } from '../automaton';
import { PhraseAutomatonBuilder } from '../phrase-automaton';
import { AsciiRawTable, AsciiWordTable } from '../word-table';
import { type ExactWords, exactWordsOf } from './exact-words';
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
  patternExact: ExactWords;
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
  // Every phrase with what it means (rule, and role, group and inflection packed in one integer),
  // read by the builder in one go.
  const phrases: string[] = [];
  let phraseRule: Int32Array = new Int32Array(4096);
  let phraseMeaning: Int32Array = new Int32Array(4096);
  const add = (list: readonly string[] | undefined, rule: number, role: Role, group: number, inflect: boolean) => {
    if (!list) return;
    const meaning = (group << 4) | (role << 1) | (inflect ? 1 : 0);
    if (phrases.length + list.length > phraseRule.length) {
      const length = Math.max(phraseRule.length * 2, phrases.length + list.length);
      phraseRule = grown(phraseRule, length);
      phraseMeaning = grown(phraseMeaning, length);
    }
    for (let i = 0; i < list.length; i++) {
      phraseRule[phrases.length] = rule;
      phraseMeaning[phrases.length] = meaning;
      phrases.push(list[i]);
    }
  };

  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    const m = rule.match;
    add(m.phrases, r, Role.Anchor, 0, true);
    add(m.exact_phrases, r, Role.Anchor, 0, false);
    add(m.not_within, r, Role.NotWithin, 0, false);
    const groups = m.with;
    if (groups) {
      for (let g = 0; g < groups.length; g++) add(groups[g], r, Role.With, g, true);
      withGroupCount[r] = groups.length;
    }
    add(rule.unless?.phrases, r, Role.Mitigation, 0, true);
    if (m.context?.length) {
      hasOwnContext[r] = 1;
      add(m.context, r, Role.Context, 0, true);
    }
    const abbreviated = m.abbreviations;
    if (abbreviated) {
      for (let i = 0; i < abbreviated.length; i++) {
        const list = abbreviations.get(abbreviated[i]);
        if (list) list.push(r);
        else abbreviations.set(abbreviated[i], [r]);
      }
    }
  }
  const inflect = new Uint8Array(phrases.length);
  for (let i = 0; i < phrases.length; i++) inflect[i] = phraseMeaning[i] & 1;
  const counts = builder.addAll(phrases, inflect);
  const patternCount = builder.patternCount;
  const patternRule = new Int32Array(patternCount);
  const patternRole = new Int8Array(patternCount);
  const patternGroup = new Int16Array(patternCount);
  for (let i = 0, p = 0; i < phrases.length; i++) {
    for (let n = counts[i]; n > 0; n--, p++) {
      patternRule[p] = phraseRule[i];
      patternRole[p] = (phraseMeaning[i] >> 1) & 7;
      patternGroup[p] = phraseMeaning[i] >> 4;
    }
  }
  const patterns = compilePatterns(rules);

  const { automaton, vocabulary, exactWords } = builder.build();
  let longestPattern = 1;
  for (const length of automaton.patternLength) if (length > longestPattern) longestPattern = length;
  const compiled: CompiledRules = {
    rules,
    automaton,
    vocabulary,
    wordTable: new AsciiWordTable(vocabulary),
    patternRule,
    patternRole,
    patternGroup,
    patternExact: exactWordsOf(exactWords),
    abbreviations,
    abbreviationTable: new AsciiRawTable(abbreviations),
    regexes: patterns.regexes,
    hasOwnContext,
    withGroupCount,
    problems: patterns.problems,
    stats: {
      rules: rules.length,
      patterns: patternCount,
      words: vocabulary.size,
      nodes: automaton.nodeCount,
      longestPattern,
      compileMs: 0,
    },
  };
  compiled.stats.compileMs = performance.now() - started;
  return compiled;
}

function grown(array: Int32Array, length: number): Int32Array {
  const to = new Int32Array(length);
  to.set(array);
  return to;
}
