// Repeats a whole-process run: at least once, then while runs and the time budget allow.
import type { ProcessRun } from './process-timer';
import { median, summarize, type Timing } from './stats';

export interface RepeatedProcess {
  timing: Timing;
  peakRssMB?: number;
  last: ProcessRun;
}

export function repeatProcess(runOnce: () => ProcessRun, runs: number, budgetMs: number): RepeatedProcess {
  const all: ProcessRun[] = [];
  const started = performance.now();
  while (all.length < runs && (all.length === 0 || performance.now() - started < budgetMs)) all.push(runOnce());
  const cpu = all.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
  const rss = all.flatMap((r) => (r.peakRssMB === undefined ? [] : [r.peakRssMB]));
  return {
    timing: summarize(
      all.map((r) => r.wallMs),
      cpu,
    ),
    peakRssMB: rss.length ? median(rss) : undefined,
    last: all[all.length - 1],
  };
}
