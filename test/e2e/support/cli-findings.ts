import { execFileSync } from 'node:child_process';
import { cliPath, repoRoot } from './repo-paths';

/** One finding of `caveat scan --format json` (1-based lines and columns). */
export interface CliFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  category: string;
  risk: string;
  message: string;
  /** Only with --show-accepted: the reason a directive or the reviewed-partner list gave. */
  accepted?: { reason: string };
}

/**
 * Runs the built CLI on drafts (files, folders or globs); the editors must show the same findings. With `showAccepted`, findings
 * accepted by a directive are listed too (editors show them as hints).
 */
export function scanWithCli(file: string | string[], { showAccepted = false } = {}): CliFinding[] {
  const args = [cliPath, 'scan', '--format', 'json', '--fail-on', 'never', ...(showAccepted ? ['--show-accepted'] : [])];
  const output = execFileSync(process.execPath, [...args, ...(Array.isArray(file) ? file : [file])], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as CliFinding[];
}

/**
 * The CLI's Markdown review report of drafts (with accepted findings, as the editor's export has them),
 * run from `cwd` so that it names the drafts relative to it.
 */
export function reportWithCli(files: string[], { cwd, jurisdiction }: { cwd: string; jurisdiction: string }): string {
  const args = [cliPath, 'scan', '--format', 'markdown', '--fail-on', 'never', '--show-accepted', '--jurisdiction', jurisdiction];
  return execFileSync(process.execPath, [...args, ...files], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
