// What a run measures: the full plan (~10 minutes) or --quick (about a minute with a fast engine).
import { KB, MB } from './fixtures';

export interface BenchPlan {
  mode: 'full' | 'quick';
  sizes: number[];
  entityCounts: number[];
  /** Entity counts also scanned on the 1 MB draft (besides bundled only and the largest). */
  oneMbVariants: number[];
  scanPolicy: { maxRuns: number; minRuns: number; budgetMs: number };
  compileWarmRuns: number;
  keystrokes: number;
  cli: { files: number; bytes: number; runs: number; budgetMs: number };
  wholeProcessRuns: number;
  wholeProcessBudgetMs: number;
  textlintSizes: number[];
}

export function makePlan(quick: boolean): BenchPlan {
  if (quick) {
    return {
      mode: 'quick',
      sizes: [10 * KB, 100 * KB, MB],
      entityCounts: [50_000],
      oneMbVariants: [],
      scanPolicy: { maxRuns: 5, minRuns: 2, budgetMs: 2_000 },
      compileWarmRuns: 2,
      keystrokes: 6,
      cli: { files: 500, bytes: 50 * KB, runs: 1, budgetMs: 0 },
      wholeProcessRuns: 1,
      wholeProcessBudgetMs: 0,
      textlintSizes: [100 * KB],
    };
  }
  return {
    mode: 'full',
    sizes: [10 * KB, 100 * KB, MB, 10 * MB],
    entityCounts: [1_000, 10_000, 50_000],
    oneMbVariants: [1_000, 10_000],
    scanPolicy: { maxRuns: 30, minRuns: 3, budgetMs: 8_000 },
    compileWarmRuns: 5,
    keystrokes: 20,
    cli: { files: 500, bytes: 50 * KB, runs: 3, budgetMs: 20_000 },
    wholeProcessRuns: 3,
    wholeProcessBudgetMs: 20_000,
    textlintSizes: [100 * KB, MB],
  };
}
