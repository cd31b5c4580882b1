// The peer users know: textlint + textlint-rule-prh given the same terms, run as a whole process.
// Installed once into a cache folder outside the repository (never into the project).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { timeProcess } from '../lib/process-timer';
import { repeatProcess } from '../lib/repeat-process';
import type { Timing } from '../lib/stats';

export interface TextlintInstall {
  bin?: string;
  modules?: string;
  version?: string;
  problem?: string;
}

export function cacheDir(): string {
  return process.env.CAVEAT_BENCH_CACHE ?? join(homedir(), '.cache', 'caveat-bench');
}

export function ensureTextlint(): TextlintInstall {
  const dir = cacheDir();
  const modules = join(dir, 'node_modules');
  const bin = join(modules, 'textlint', 'bin', 'textlint.js');
  try {
    if (!existsSync(bin) || !existsSync(join(modules, 'textlint-rule-prh'))) {
      mkdirSync(dir, { recursive: true });
      process.stderr.write(`bench: installing textlint@15 textlint-rule-prh@6 into ${dir} (once)\n`);
      execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', 'textlint@15', 'textlint-rule-prh@6'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 300_000,
      });
    }
    const version = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim();
    return { bin, modules, version };
  } catch (e) {
    return { problem: `textlint + textlint-rule-prh could not be installed in ${dir}: ${(e as Error).message.split('\n')[0]}` };
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A prh rule per term: a word-bounded pattern and an `expected` text that differs from the term, so
 * every occurrence is reported. Patterns are case-sensitive, which is easier for textlint: with the
 * `i` flag prh took 3.8x the CPU (18.2 vs 4.8 s on 100 KB with 5,000 names). prh's own wordBoundary
 * option escapes `-` as `\-`, which its `u` flag rejects.
 */
export function writePrhConfig(dir: string, name: string, terms: string[]): string {
  const lines = ['version: 1', 'rules:'];
  for (const t of terms) {
    lines.push(`  - expected: ${JSON.stringify(`[caveat] ${t}`)}`);
    lines.push(`    pattern: ${JSON.stringify(`/\\b${escapeRegExp(t)}\\b/`)}`);
  }
  const prh = join(dir, `${name}.prh.yml`);
  writeFileSync(prh, `${lines.join('\n')}\n`);
  const rc = join(dir, `${name}.textlintrc.json`);
  writeFileSync(rc, JSON.stringify({ rules: { prh: { rulePaths: [prh] } } }));
  return rc;
}

export interface TextlintRun {
  timing: Timing;
  peakRssMB?: number;
  findings: number;
}

/** Whole-process runs of textlint on one draft; findings counted from its JSON report. */
export function runTextlint(
  install: TextlintInstall,
  rc: string,
  draft: string,
  runs: number,
  budgetMs = Number.POSITIVE_INFINITY,
): TextlintRun {
  const args = [install.bin as string, '--config', rc, '--rules-base-directory', install.modules as string, '--format', 'json', draft];
  const { timing, peakRssMB, last } = repeatProcess(() => timeProcess(process.execPath, args, cacheDir()), runs, budgetMs);
  if (last.status !== 0 && last.status !== 1) throw new Error(`textlint failed (${last.status}): ${last.stderr.slice(-500)}`);
  const report = JSON.parse(last.stdout) as { messages: unknown[] }[];
  return { timing, peakRssMB, findings: report.reduce((n, f) => n + f.messages.length, 0) };
}
