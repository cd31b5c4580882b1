// Entry point of dist/scan-worker.js, a worker thread of a parallel `caveat scan` (scan-pool.ts): scans
// one draft per request with the rules it compiled once for each list of packs, and answers with the
// draft's reports. Reading and scanning errors are part of the reports, as in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { RuleProblem } from '../engine';
import type { FileReport } from './report';
import { type CompileCacheUse, RuleSets } from './rule-sets';
import { type DraftScanSettings, errorReport, scanDraft } from './scan-drafts';

export interface ScanWorkerData {
  commandLinePacks: string[];
  /** 'read': the main thread writes the compiled-rules cache (see CompileCacheUse). */
  compileCache: CompileCacheUse;
}

export interface ScanRequest {
  index: number;
  file: string;
  configPacks: string[];
  settingsId: number;
  /** Sent with the first request that uses these settings; later requests name them by id. */
  settings?: DraftScanSettings;
}

export interface ScanAnswer {
  index: number;
  reports: FileReport[];
  /** With the first answer scanned with these packs: the problems found when compiling them. */
  compileProblems?: RuleProblem[];
}

const port = parentPort;
if (port) {
  const { commandLinePacks, compileCache } = workerData as ScanWorkerData;
  const ruleSets = new RuleSets(commandLinePacks, compileCache);
  const settingsById = new Map<number, DraftScanSettings>();
  const compiledPacks = new Set<string>();
  const texts = new Map<string, string>();
  // One request at a time: the pool sends the next one when this answer arrives.
  port.on('message', async (request: ScanRequest) => {
    if (request.settings) settingsById.set(request.settingsId, request.settings);
    const answer: ScanAnswer = { index: request.index, reports: [] };
    try {
      const settings = settingsById.get(request.settingsId);
      if (!settings) throw new Error('the scan settings were not sent');
      const ruleSet = ruleSets.forPacks(request.configPacks);
      const packsKey = JSON.stringify(request.configPacks);
      if (!compiledPacks.has(packsKey)) {
        compiledPacks.add(packsKey);
        answer.compileProblems = ruleSet.compiled.problems;
      }
      answer.reports = await scanDraft(request.file, ruleSet, settings, texts);
    } catch (e) {
      answer.reports = [errorReport(request.file, `could not be scanned: ${(e as Error).message}`)];
    }
    port.postMessage(answer);
  });
}
