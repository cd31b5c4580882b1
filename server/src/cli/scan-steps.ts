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
 * Below this much text a worker's start (loading the bundle, compiling the rules: about half a second
 * of CPU each) costs more than it saves. Measured on 2 cores: 1 MB of Markdown scans in ~0.2 s.
 */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

export interface StepRunOptions {
  /** Scan threads: 1 scans in this thread; undefined picks by the amount of text and the CPU count. */
  jobs?: number;
  ruleSets: RuleSets;
  texts: Map<string, string>;
  progress: Progress;
}

export async function runScanSteps(steps: ScanStep[], options: StepRunOptions): Promise<FileReport[][]> {
  const { ruleSets, texts, progress } = options;
  const workers = workerCount(steps, options.jobs);
  if (workers > 1) {
    return scanInWorkers(steps, workers, ruleSets, (step) => progress.tick(step.file, step.drafts));
  }
  const results: FileReport[][] = [];
  for (const step of steps) {
    results.push(await scanDraft(step.file, ruleSets.forPacks(step.configPacks), step.settings, texts));
    progress.tick(step.file, step.drafts);
  }
  return results;
}

function workerCount(steps: ScanStep[], jobs: number | undefined): number {
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
