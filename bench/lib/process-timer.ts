// Times a whole process: wall time, and through /usr/bin/time (when present) its CPU time and peak
// RSS, which say more than wall time on a machine shared with other work.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessRun {
  wallMs: number;
  cpuMs?: number;
  peakRssMB?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

export function timeProcess(command: string, args: string[], cwd: string): ProcessRun {
  const withTime = existsSync(TIME);
  const dir = withTime ? mkdtempSync(join(tmpdir(), 'caveat-bench-time-')) : '';
  const out = join(dir, 'time.txt');
  const [cmd, argv] = withTime ? [TIME, ['-f', '%U %S %M', '-o', out, command, ...args]] : [command, args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  const run: ProcessRun = { wallMs, status: r.status, stdout: r.stdout, stderr: r.stderr };
  if (withTime) {
    try {
      const line = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
      const [user, sys, maxKb] = line.split(/\s+/).map(Number);
      if (!Number.isNaN(user + sys)) run.cpuMs = (user + sys) * 1000;
      if (!Number.isNaN(maxKb)) run.peakRssMB = maxKb / 1024;
    } catch {
      // no figures from time(1): keep the wall time
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return run;
}
