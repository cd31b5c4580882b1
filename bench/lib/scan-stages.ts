// Times each stage of the engine's scan pipeline on one draft (mirrors scanDocument in
// server/src/engine/scan.ts): prose extraction, word matching, context rules, directives.
import type { CompiledRules, Language } from '../../server/src/engine';
import { applyContext } from '../../server/src/engine/context';
import { applyDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/extract';
import { findMatches } from '../../server/src/engine/match';

export interface StageTimes {
  extractMs: number;
  matchMs: number;
  contextMs: number;
  directivesMs: number;
  rawMatches: number;
}

const knownIds = new WeakMap<CompiledRules, Set<string>>();

export function timeStages(text: string, language: Language, compiled: CompiledRules): StageTimes {
  let ids = knownIds.get(compiled);
  if (!ids) {
    ids = new Set(compiled.rules.map((r) => r.id));
    knownIds.set(compiled, ids);
  }
  const t0 = performance.now();
  const extracted = extractProse(text, language);
  const t1 = performance.now();
  const { matches } = findMatches(extracted.masked, compiled);
  const t2 = performance.now();
  const findings = applyContext(text, extracted.masked, extracted.breaks, matches, compiled);
  const t3 = performance.now();
  applyDirectives(text, findings, extracted.directives, { knownRuleIds: ids });
  const t4 = performance.now();
  return { extractMs: t1 - t0, matchMs: t2 - t1, contextMs: t3 - t2, directivesMs: t4 - t3, rawMatches: matches.length };
}
