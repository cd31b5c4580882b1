// A parallel `caveat scan`: the main thread and worker threads (scan-worker.ts) take the plan's steps
// from one queue, a few at a time, so a large draft does not hold up the others, and the reports are
// put back in step order. The main thread scans too: it is started and its rules are ready while a
// worker still loads. Each worker loads and compiles the rules once. Nothing here handles signals:
// Ctrl-C ends the process, workers included, before any report is written.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { builtModulePath, SCAN_WORKER, workerExecArgv } from './built-modules';
import type { FileReport } from './report';
import type { RuleSets } from './rule-sets';
import { type DraftScanSettings, errorReport } from './scan-drafts';
import type { ScanStep } from './scan-plan';
import type { ScanAnswer, ScanRequest, ScanWorkerData } from './scan-worker';

export function workersAvailable(): boolean {
  return existsSync(builtModulePath(SCAN_WORKER));
}

/**
 * Each worker has this many steps sent ahead, so it never waits for the next one after an answer (a
 * round trip costs about a millisecond, as much as scanning a small draft).
 */
const STEPS_IN_FLIGHT = 2;

/**
 * Scans every step in this thread (`scanHere`) and on `count` workers; `onStep` is called as each step
 * is done (in any order).
 */
export function scanInWorkers(
  steps: ScanStep[],
  count: number,
  ruleSets: RuleSets,
  scanHere: (step: ScanStep) => Promise<FileReport[]>,
  onStep: (step: ScanStep) => void,
): Promise<FileReport[][]> {
  const results: FileReport[][] = new Array(steps.length);
  const settingsIds = new Map<DraftScanSettings, number>();
  /** Steps of a worker that died before it reached them: sent again before the rest. */
  const again: number[] = [];
  let next = 0;
  let finished = 0;
  const nextIndex = () => (again.length ? again.shift() : next < steps.length ? next++ : undefined);

  return new Promise((resolve, reject) => {
    if (steps.length === 0) resolve(results);
    const finish = (index: number, reports: FileReport[]) => {
      results[index] = reports;
      onStep(steps[index]);
      if (++finished === steps.length) resolve(results);
    };

    const startWorker = () => {
      // This thread writes the compiled-rules cache; workers only read it (see CompileCacheUse).
      const workerData: ScanWorkerData = { commandLinePacks: ruleSets.packsFor([]), compileCache: 'read' };
      const worker = new Worker(builtModulePath(SCAN_WORKER), { workerData, execArgv: workerExecArgv() });
      const sentSettings = new Set<number>();
      /** Steps sent and not answered, oldest (the one being scanned) first. */
      const inFlight: number[] = [];
      let failure: Error | undefined;

      const send = () => {
        while (inFlight.length < STEPS_IN_FLIGHT) {
          const index = nextIndex();
          if (index === undefined) break;
          inFlight.push(index);
          const step = steps[index];
          let settingsId = settingsIds.get(step.settings);
          if (settingsId === undefined) {
            settingsId = settingsIds.size;
            settingsIds.set(step.settings, settingsId);
          }
          const request: ScanRequest = { index, file: step.file, configPacks: step.configPacks, settingsId };
          if (!sentSettings.has(settingsId)) {
            sentSettings.add(settingsId);
            request.settings = step.settings;
          }
          worker.postMessage(request);
        }
        if (inFlight.length === 0) void worker.terminate();
      };

      worker.on('message', (answer: ScanAnswer) => {
        if (answer.compileProblems) ruleSets.noteCompileProblems(steps[answer.index].configPacks, answer.compileProblems);
        inFlight.splice(inFlight.indexOf(answer.index), 1);
        finish(answer.index, answer.reports);
        send();
      });
      worker.on('error', (e) => {
        failure = e;
      });
      // A worker that dies (out of memory, a crash) fails the draft it was scanning; the drafts sent
      // after it go to a new worker.
      worker.on('exit', (code) => {
        const [index, ...waiting] = inFlight.splice(0);
        if (index === undefined) return;
        again.push(...waiting);
        const why = failure?.message ?? `the scan worker stopped (exit code ${code})`;
        finish(index, [errorReport(steps[index].file, `could not be scanned: ${why}`)]);
        if (finished < steps.length) startWorker();
      });
      send();
    };

    for (let i = 0; i < Math.min(count, steps.length - 1); i++) startWorker();
    void (async () => {
      for (let index = nextIndex(); index !== undefined; index = nextIndex()) {
        finish(index, await scanHere(steps[index]));
        // Between two drafts: the workers' answers come in, and they are sent more.
        await new Promise((next) => setImmediate(next));
      }
    })().catch(reject);
  });
}
