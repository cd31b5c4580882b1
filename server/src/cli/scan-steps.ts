// Runs the steps of a scan plan, in this thread or on a pool of scan workers, and returns each step's
// reports in step order: the report is the same whichever way the drafts were scanned.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Progress } from './progress';
import type { FileReport } from './report';
import type { RuleSets } from './rule-sets';
import { scanDraft } from './scan-drafts';
import type { ScanStep } from './scan-plan';
import { scanInWorkers, workersAvailable } from './scan-pool';

/**
 * Below this much text a worker costs more than it saves: it loads the bundle and the rules and warms
 * up on its own (~0.3 s of CPU), and two threads on the 2-CPU development machine scan only ~1.45x as
 * fast as one. Measured there (Markdown, --jobs 1 vs 2): 10 MB 0.9 vs 1.1 s, 26 MB 1.8 vs 1.7 s,
 * 104 MB 6.4 vs 4.2 s.
 */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

export interface StepRunOptions {
  /** Scan threads: 1 scans in this thread; undefined picks by the amount of text and the CPU count. */
  jobs?: number;
  ruleSets: RuleSets;
  texts: Map<string, string>;
  progress: Progress;
}

export async function runScanSteps(steps: ScanStep[], options: StepRunOptions): Promise<FileReport[][]> {
  const { ruleSets, texts, progress } = options;
  const scanHere = (step: ScanStep) => scanDraft(step.file, ruleSets.forPacks(step.configPacks), step.settings, texts);
  const threads = threadCount(steps, options.jobs);
  if (threads > 1) return scanInWorkers(steps, threads - 1, ruleSets, scanHere, (step) => progress.tick(step.file, step.drafts));
  const results: FileReport[][] = [];
  for (const step of steps) {
    results.push(await scanHere(step));
    progress.tick(step.file, step.drafts);
  }
  return results;
}

/** Threads to scan on, this one included. */
function threadCount(steps: ScanStep[], jobs: number | undefined): number {
  if (steps.length < 2 || jobs === 1 || !workersAvailable()) return 1;
  if (jobs !== undefined) return Math.min(jobs, steps.length);
  const cores = availableParallelism();
  if (cores < 2) return 1;
  let bytes = 0;
  for (const step of steps) {
    try {
      bytes += statSync(step.file).size;
    } catch {
      // reported when the step runs
    }
    if (bytes >= PARALLEL_MIN_BYTES) return Math.min(cores, steps.length);
  }
  return 1;
}
