// The `caveat` command line: scan drafts, write a starter config, list, test and explain rules, or run
// the language server over stdio.
import { parseArgs } from 'node:util';
import { JURISDICTIONS } from '../config/config-types';
import { CATEGORIES, type Category, RISKS, type Risk } from '../engine';
import { runExplain } from './explain-command';
import { REPORT_FORMATS } from './formats/render';
import { runInit } from './init-command';
import { runRulesList } from './rules-command';
import { runRulesTest } from './rules-test-command';
import { EXIT_USAGE_OR_INPUT, runScan } from './scan-command';
import { VERSION } from './version';

const USAGE = `Usage:
  caveat scan [options] PATHS...   scan drafts: files, folders or globs ("docs/**/*.md")
  caveat init [FOLDER]              write a commented starter .caveat.yaml (never overwrites)
  caveat rules list [--format text|json] [--rules PACK]
  caveat rules test [PACKS...]      run rule packs' examples and near-misses (default: bundled packs)
  caveat explain RULE|LAW           print a rule card or a law card
  caveat lsp --stdio                start the language server for any LSP editor
  caveat --version

Drafts: Markdown (.md), LaTeX (.tex, following \\input and \\include), text (.txt), Word (.docx: lines
are paragraphs), PDF (.pdf: lines are pages).

Scan options:
  --format text|json|sarif|markdown|html
                            report format (default text)
  --fail-on red|orange|green|never
                            exit 1 when a finding at or above this risk is found (default red)
  --min-risk red|orange|green
                            leave out findings below this risk
  --category CATEGORY       only this category (repeatable): ${CATEGORIES.join(', ')}
  --rules PATH              extra rule pack file or folder (repeatable)
  --config FILE             use this configuration instead of the .caveat.yaml found upward
  --jurisdiction ${JURISDICTIONS.join('|')}
                            list the laws of this jurisdiction first in reports
  --show-accepted           also list findings accepted by a directive or the reviewed-partner list
  --baseline FILE           report only findings that are not in this baseline
  --write-baseline FILE     record the current findings as the baseline (exit 0 unless input errors)
  --output FILE             write the report to FILE (atomically) instead of stdout
  --quiet                   no report on stdout for --format text, no progress bar; errors still shown
  --max-size MB             skip drafts larger than this (default 32)
  --jobs N                  scan on N threads (1: in one thread; default: one per CPU from 32 MB of drafts)

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage, configuration, rule-pack or
input error (the other drafts are still scanned and reported).
Nothing Caveat reads leaves this machine.
`;

class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}

export async function main(
  argv: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number | 'server'> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      stdout.write(USAGE);
      return command ? 0 : EXIT_USAGE_OR_INPUT;
    }
    if (command === '--version' || command === '-v') {
      stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'lsp') return 'server';
    if (command === 'init') {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: {} });
      if (positionals.length > 1) throw new UsageError('init takes at most one folder');
      return await runInit(positionals[0] ?? '.', stdout, stderr);
    }
    if (command === 'explain') {
      const { positionals, values } = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { rules: { type: 'string', multiple: true } },
      });
      if (positionals.length !== 1) throw new UsageError('explain takes one rule id or law id');
      return runExplain(positionals[0], values.rules ?? [], stdout, stderr);
    }
    if (command === 'rules') {
      const [sub, ...args] = rest;
      if (sub === 'test') {
        const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
        return runRulesTest(positionals, stdout, stderr);
      }
      if (sub !== 'list') throw new UsageError(`unknown rules command '${sub ?? ''}' (try: caveat rules list, caveat rules test)`);
      const { values } = parseArgs({
        args,
        options: { format: { type: 'string' }, rules: { type: 'string', multiple: true } },
        strict: true,
      });
      return runRulesList(oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text', values.rules ?? [], stdout, stderr);
    }
    if (command === 'scan') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: {
          format: { type: 'string' },
          'fail-on': { type: 'string' },
          'min-risk': { type: 'string' },
          category: { type: 'string', multiple: true },
          rules: { type: 'string', multiple: true },
          config: { type: 'string' },
          jurisdiction: { type: 'string' },
          'show-accepted': { type: 'boolean' },
          baseline: { type: 'string' },
          'write-baseline': { type: 'string' },
          output: { type: 'string' },
          quiet: { type: 'boolean' },
          'max-size': { type: 'string' },
          jobs: { type: 'string' },
        },
      });
      if (!positionals.length) throw new UsageError('scan needs at least one file, folder or glob');
      const categories = values.category?.map((c) => oneOf(c, CATEGORIES, '--category') as Category);
      const maxMb = values['max-size'] === undefined ? 32 : Number(values['max-size']);
      if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError('--max-size takes a positive number of megabytes');
      const jobs = values.jobs === undefined ? undefined : /^\d+$/.test(values.jobs) ? Number(values.jobs) : Number.NaN;
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256))
        throw new UsageError('--jobs takes a whole number of threads from 1 to 256');
      if (values.baseline && values['write-baseline']) throw new UsageError('--baseline and --write-baseline cannot be used together');
      return await runScan(
        {
          paths: positionals,
          format: oneOf(values.format, REPORT_FORMATS, '--format') ?? 'text',
          failOn: oneOf(values['fail-on'], [...RISKS, 'never'] as const, '--fail-on') ?? 'red',
          minRisk: oneOf(values['min-risk'], RISKS, '--min-risk') as Risk | undefined,
          categories,
          rules: values.rules ?? [],
          config: values.config,
          jurisdiction: oneOf(values.jurisdiction, JURISDICTIONS, '--jurisdiction'),
          showAccepted: values['show-accepted'] ?? false,
          baseline: values.baseline,
          writeBaseline: values['write-baseline'],
          output: values.output,
          quiet: values.quiet ?? false,
          maxBytes: maxMb * 1024 * 1024,
          jobs,
        },
        stdout,
        stderr,
      );
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      stderr.write(`caveat: ${(e as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE_OR_INPUT;
    }
    stderr.write(`caveat: ${(e as Error).message}\n`);
    return EXIT_USAGE_OR_INPUT;
  }
}
