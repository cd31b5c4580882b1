// Rule compilation in a fresh process: load the packs, compile once cold, then again warm. With a
// cache folder the cold compile goes through the compiled-rules cache instead (a hit when an earlier
// process wrote the entry).
import { bundledRuleSources, compileRules, compileRulesCached } from '../../server/src/engine';
import { loadRuleSet, type RuleSetSpec } from '../lib/rule-sets';
import { cpuMs, summarize, type Timing } from '../lib/stats';
import { sendResult, workerConfig } from '../lib/worker-io';

export interface CompileWorkerConfig extends RuleSetSpec {
  warmRuns: number;
  /** Compile through the compiled-rules cache in this folder. */
  cacheDir?: string;
}

export interface CompileWorkerResult {
  rules: number;
  patterns: number;
  nodes: number;
  loadMs: number;
  coldCompileMs: number;
  coldCompileCpuMs: number;
  warmCompile: Timing;
  peakRssMB: number;
  /** Set with cacheDir: whether the cold compile was read from the cache. */
  cacheHit?: boolean;
}

const c = workerConfig<CompileWorkerConfig>();
const t0 = performance.now();
const rules = loadRuleSet(c);
const loadMs = performance.now() - t0;
const c0 = cpuMs();
const sources = c.bundled ? bundledRuleSources(c.packFiles) : c.packFiles;
const cached = c.cacheDir ? compileRulesCached(rules, { dir: c.cacheDir, sources }) : undefined;
if (cached?.cacheProblem) throw new Error(cached.cacheProblem);
const cold = cached?.compiled ?? compileRules(rules);
const coldCompileCpuMs = cpuMs() - c0;
const samples: number[] = [];
for (let i = 0; i < c.warmRuns; i++) samples.push(compileRules(rules).stats.compileMs);
const result: CompileWorkerResult = {
  rules: rules.length,
  patterns: cold.stats.patterns,
  nodes: cold.stats.nodes,
  loadMs,
  coldCompileMs: cold.stats.compileMs,
  coldCompileCpuMs,
  warmCompile: summarize(samples),
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  ...(cached ? { cacheHit: cached.hit } : {}),
};
sendResult(result);
