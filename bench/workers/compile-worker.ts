// Rule compilation in a fresh process: load the packs, compile once cold, then again warm. With a
// cache folder the cold compile goes through the compiled-rules cache instead (a hit when an earlier
// process wrote the entry). With a snapshot folder, loading and compiling together go through a
// rule-set snapshot, as the server and the CLI do (a hit reads no pack).
import {
  bundledRuleSources,
  compileRules,
  compileRulesCached,
  loadBundledRules,
  loadRulePacks,
  readRuleSetSnapshot,
  ruleSetSnapshotKey,
  writeRuleSetSnapshot,
} from '../../server/src/engine';
import { loadRuleSet, type RuleSetSpec } from '../lib/rule-sets';
import { cpuMs, summarize, type Timing } from '../lib/stats';
import { sendResult, workerConfig } from '../lib/worker-io';

export interface CompileWorkerConfig extends RuleSetSpec {
  warmRuns: number;
  /** Compile through the compiled-rules cache in this folder. */
  cacheDir?: string;
  /** Load and compile through a rule-set snapshot in this folder (then loadMs is both, and no warm runs). */
  snapshotDir?: string;
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
if (c.snapshotDir) viaSnapshot(c.snapshotDir);
else viaPacks();

function viaSnapshot(dir: string): void {
  const t0 = performance.now();
  const c0 = cpuMs();
  const key = ruleSetSnapshotKey(c.bundled ? bundledRuleSources(c.packFiles) : c.packFiles, `bench bundled=${c.bundled}`, 'bench');
  const { snapshot, problem } = readRuleSetSnapshot(dir, key);
  if (problem) throw new Error(problem);
  let compiled = snapshot?.compiled;
  if (!compiled) {
    const loaded = c.bundled ? loadBundledRules(c.packFiles) : loadRulePacks(c.packFiles);
    compiled = compileRules(loaded.rules);
    const written = writeRuleSetSnapshot(dir, key, loaded, compiled);
    if (written) throw new Error(written);
  }
  const ms = performance.now() - t0;
  sendResult({
    rules: compiled.stats.rules,
    patterns: compiled.stats.patterns,
    nodes: compiled.stats.nodes,
    loadMs: ms,
    coldCompileMs: ms,
    coldCompileCpuMs: cpuMs() - c0,
    warmCompile: summarize([]),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    cacheHit: snapshot !== undefined,
  } satisfies CompileWorkerResult);
}

function viaPacks(): void {
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
}
