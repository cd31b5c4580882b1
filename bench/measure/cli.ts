// The command line as a user runs it: `node bin/caveat.js scan --format json PATHS`, whole process.
import { join } from 'node:path';
import { timeProcess } from '../lib/process-timer';
import { repeatProcess } from '../lib/repeat-process';
import type { Timing } from '../lib/stats';

export interface CliRun {
  timing: Timing;
  peakRssMB?: number;
  findings: number;
  exitCode: number | null;
}

export function runCliScan(repo: string, paths: string[], rulePacks: string[], runs: number, budgetMs = Number.POSITIVE_INFINITY): CliRun {
  const args = [join(repo, 'bin', 'caveat.js'), 'scan', '--format', 'json', '--fail-on', 'never'];
  for (const p of rulePacks) args.push('--rules', p);
  args.push(...paths);
  const { timing, peakRssMB, last } = repeatProcess(() => timeProcess(process.execPath, args, repo), runs, budgetMs);
  if (last.status !== 0) throw new Error(`caveat scan exited ${last.status}: ${last.stderr.slice(-1000)}`);
  return { timing, peakRssMB, findings: (JSON.parse(last.stdout) as unknown[]).length, exitCode: last.status };
}
