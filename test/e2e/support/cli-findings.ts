import { execFileSync } from 'node:child_process';
import { cliPath, repoRoot } from './repo-paths';

/** One finding of `caveat scan --format json` (1-based lines and columns). */
export interface CliFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  risk: string;
  message: string;
}

/** Runs the built CLI on one draft; the editors must show the same findings. */
export function scanWithCli(file: string): CliFinding[] {
  const output = execFileSync(process.execPath, [cliPath, 'scan', '--format', 'json', '--fail-on', 'never', file], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return JSON.parse(output) as CliFinding[];
}
