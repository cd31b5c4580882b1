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

/**
 * Runs the built CLI on one draft; the editors must show the same findings. With `showAccepted`, findings
 * accepted by a directive are listed too (editors show them as hints).
 */
export function scanWithCli(file: string, { showAccepted = false } = {}): CliFinding[] {
  const args = [cliPath, 'scan', '--format', 'json', '--fail-on', 'never', ...(showAccepted ? ['--show-accepted'] : [])];
  const output = execFileSync(process.execPath, [...args, file], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return JSON.parse(output) as CliFinding[];
}
