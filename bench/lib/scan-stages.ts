// Times each stage of the engine's scan pipeline on one draft (mirrors scanDocument in
// server/src/engine/scan.ts): prose extraction, word matching, context rules, directives. Each stage's
// figure is the median CPU time over a few runs (single wall times are noise on a shared machine).
import type { CompiledRules, Language } from '../../server/src/engine';
import { applyContext } from '../../server/src/engine/context';
import { applyDirectives } from '../../server/src/engine/directives';
import { extractProse } from '../../server/src/engine/extract';
import { findMatches } from '../../server/src/engine/match';
import { cpuMs, median } from './stats';

export interface StageTimes {
  runs: number;
  extractMs: number;
  matchMs: number;
  contextMs: number;
  directivesMs: number;
  rawMatches: number;
}

const knownIds = new WeakMap<CompiledRules, Set<string>>();

function idsOf(compiled: CompiledRules): Set<string> {
  let ids = knownIds.get(compiled);
  if (!ids) {
    ids = new Set(compiled.rules.map((r) => r.id));
    knownIds.set(compiled, ids);
  }
  return ids;
}

export function timeStages(text: string, language: Language, compiled: CompiledRules, runs = 3): StageTimes {
  const samples: number[][] = [[], [], [], []];
  const knownRuleIds = idsOf(compiled); // built once, outside the timed stages (the engine caches it too)
  let rawMatches = 0;
  for (let run = 0; run < runs; run++) {
    const c0 = cpuMs();
    const extracted = extractProse(text, language);
    const c1 = cpuMs();
    const { matches } = findMatches(extracted.masked, compiled, 0, extracted.masked.length, { anchoredOnly: true });
    const c2 = cpuMs();
    const findings = applyContext(text, extracted.masked, extracted.breaks, matches, compiled);
    const c3 = cpuMs();
    applyDirectives(text, findings, extracted.directives, { knownRuleIds });
    const c4 = cpuMs();
    [c1 - c0, c2 - c1, c3 - c2, c4 - c3].forEach((ms, i) => {
      samples[i].push(ms);
    });
    rawMatches = matches.length;
  }
  const [extractMs, matchMs, contextMs, directivesMs] = samples.map(median);
  return { runs, extractMs, matchMs, contextMs, directivesMs, rawMatches };
}
