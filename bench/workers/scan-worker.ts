// In-process measurements in a fresh process: load and compile the rules (cold, then warm), then for
// each draft (smallest first, so the peak RSS after a draft is that of its size) scan it repeatedly
// (warm), time the stages, and time the two references on the same text and terms.
import { readFileSync } from 'node:fs';
import { compileRules, type Language, scan } from '../../server/src/engine';
import { buildAlternation, countMatches, floorPass, regexPhrases } from '../lib/references';
import { loadRuleSet, type RuleSetSpec } from '../lib/rule-sets';
import { anchorPhrases } from '../lib/rule-terms';
import { type StageTimes, timeStages } from '../lib/scan-stages';
import { cpuMs, summarize, type Timing } from '../lib/stats';
import { sendResult, workerConfig } from '../lib/worker-io';

export interface RepeatPolicy {
  maxRuns: number;
  minRuns: number;
  budgetMs: number;
}

export interface ScanWorkerConfig extends RuleSetSpec, RepeatPolicy {
  draftFiles: string[];
  language: Language;
  references: boolean;
}

export interface DraftScanResult {
  bytes: number;
  findings: number;
  firstScanMs: number;
  scan: Timing;
  stages: StageTimes;
  floor?: Timing;
  regex?: { firstRunMs: number; timing: Timing; matches: number };
  peakRssMB: number;
}

export interface ScanWorkerResult {
  rules: number;
  patterns: number;
  loadMs: number;
  coldCompileMs: number;
  coldCompileCpuMs: number;
  warmCompileMs: number;
  warmCompileCpuMs: number;
  regexPhrases?: number;
  regexConstructMs?: number;
  drafts: DraftScanResult[];
}

/** Warm-up before timing: V8 settles its optimised code over the first few runs of a large input. */
const WARMUP_RUNS = 5;
const WARMUP_BUDGET_MS = 2_000;

/**
 * Repeats fn after warm-up runs (WARMUP_RUNS, or fewer once WARMUP_BUDGET_MS is spent) until maxRuns
 * or the budget is spent (at least minRuns). The first, cold run is reported on its own.
 */
function repeat(fn: () => void, p: RepeatPolicy): Timing {
  const warmStarted = performance.now();
  for (let i = 0; i < WARMUP_RUNS && (i === 0 || performance.now() - warmStarted < WARMUP_BUDGET_MS); i++) fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  while (samples.length < p.maxRuns && (samples.length < p.minRuns || performance.now() - started < p.budgetMs)) {
    const c0 = cpuMs();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return summarize(samples, cpu);
}

function cpuOnce<T>(fn: () => T): [T, number] {
  const c0 = cpuMs();
  const value = fn();
  return [value, cpuMs() - c0];
}

function nearMB(draftIndex: number): number {
  return Math.abs(Math.log(result.drafts[draftIndex].bytes / (1024 * 1024)));
}

function timeOnce<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

const c = workerConfig<ScanWorkerConfig>();
const [rules, loadMs] = timeOnce(() => loadRuleSet(c));
const [compiled, coldCompileCpuMs] = cpuOnce(() => compileRules(rules));
const [warm, warmCompileCpuMs] = cpuOnce(() => compileRules(rules));
const warmCompileMs = warm.stats.compileMs;
const result: ScanWorkerResult = {
  rules: rules.length,
  patterns: compiled.stats.patterns,
  loadMs,
  coldCompileMs: compiled.stats.compileMs,
  coldCompileCpuMs,
  warmCompileMs,
  warmCompileCpuMs,
  drafts: [],
};
for (const file of c.draftFiles) {
  const text = readFileSync(file, 'utf8');
  let [findings, firstScanMs] = timeOnce(() => scan(text, c.language, compiled).length);
  const scanTiming = repeat(() => {
    findings = scan(text, c.language, compiled).length;
  }, c);
  result.drafts.push({
    bytes: Buffer.byteLength(text),
    findings,
    firstScanMs,
    scan: scanTiming,
    stages: timeStages(text, c.language, compiled),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  });
}

// The references run after every Caveat scan, so the peak RSS above is Caveat's alone. The RegExp
// compiles lazily on its first exec: the draft nearest 1 MB goes first, so its firstRunMs includes it.
if (c.references) {
  const order = c.draftFiles.map((_, i) => i).sort((a, b) => nearMB(a) - nearMB(b));
  const phrases = regexPhrases(anchorPhrases(rules));
  const [regex, constructMs] = timeOnce(() => buildAlternation(phrases));
  result.regexConstructMs = constructMs;
  result.regexPhrases = phrases.length;
  for (const i of order) {
    const text = readFileSync(c.draftFiles[i], 'utf8');
    const draft = result.drafts[i];
    draft.floor = repeat(() => void floorPass(text), { maxRuns: 50, minRuns: 5, budgetMs: c.budgetMs });
    let [matches, firstRunMs] = timeOnce(() => countMatches(regex, text));
    const timing = repeat(() => {
      matches = countMatches(regex, text);
    }, c);
    draft.regex = { firstRunMs, timing, matches };
  }
}
sendResult(result);
