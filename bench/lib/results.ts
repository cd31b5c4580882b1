// The shape of bench/results/latest.json.
import type { CliRun } from '../measure/cli';
import type { ServerResult } from '../measure/server';
import type { TextlintRun } from '../measure/textlint';
import type { CompileWorkerResult } from '../workers/compile-worker';
import type { ScanWorkerResult } from '../workers/scan-worker';
import type { MachineInfo } from './machine';

export interface LabelledScan {
  label: string;
  entities: number;
  result: ScanWorkerResult;
  draftLabels: string[];
  riskSentencesPlaced: number[];
}

export interface WholeProcessRow {
  tool: string;
  draft: string;
  terms: string;
  run: CliRun | TextlintRun;
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | undefined;
  /** How far from the target: >1 means that many times over (missed) or under (met) the limit. */
  factor?: number;
  note?: string;
}

export interface BenchResults {
  date: string;
  mode: string;
  machine: MachineInfo;
  build: string;
  /** Rules in rules/packs when the run started. */
  bundledRules?: number;
  scans: LabelledScan[];
  compileNamesOnly?: CompileWorkerResult;
  /**
   * More cold compiles, each in a fresh process: of bundled + the largest list (beside the in-process
   * scan's), and of the list alone (beside compileNamesOnly). The targets take the median of three.
   */
  coldCompileRepeats?: { bundledAndNames: number[]; namesOnly: number[] };
  /** Bundled + the largest list through the compiled-rules cache, in a fresh process after one that wrote it. */
  compileCached?: CompileWorkerResult;
  /** Bundled + the largest list loaded and compiled from a rule-set snapshot by a fresh process. */
  compileSnapshot?: CompileWorkerResult;
  server: { label: string; result: ServerResult }[];
  cliCorpus?: { files: number; bytesEach: number; run: CliRun };
  wholeProcess: WholeProcessRow[];
  textlint: { version?: string; problem?: string };
  targets: TargetCheck[];
  notes: string[];
  /** 1-minute load average at the start and the end: above the core count, wall times are inflated. */
  loadAverage: number[];
}
