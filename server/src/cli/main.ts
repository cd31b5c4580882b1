// The `caveat` command line: scan drafts, list rules, or run the language server over stdio.
import { parseArgs } from 'node:util';
import { CATEGORIES, type Category, RISKS, type Risk } from '../engine';
import { runRulesList } from './rules-command';
import { EXIT_USAGE_OR_INPUT, runScan } from './scan-command';

const USAGE = `Usage:
  caveat scan [options] PATHS...   scan Markdown, LaTeX and text drafts (files or folders)
  caveat rules list [--format text|json] [--rules PACK]
  caveat lsp --stdio                start the language server for any LSP editor
  caveat --version

Scan options:
  --format text|json        report format (default text)
  --fail-on red|orange|green|never
                            exit 1 when a finding at or above this risk is found (default red)
  --min-risk red|orange|green
                            leave out findings below this risk
  --category CATEGORY       only this category (repeatable): ${CATEGORIES.join(', ')}
  --rules PATH              extra rule pack file or folder (repeatable)
  --show-accepted           also list findings accepted by an inline directive, with the reason
  --output FILE             write the report to FILE (atomically) instead of stdout
  --quiet                   print nothing but errors (text format)
  --max-size MB             skip drafts larger than this (default 32)

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage, rule-pack or input error.
Nothing Caveat reads leaves this machine.
`;

class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}

export function main(
  argv: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): number | 'server' {
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
    if (command === 'lsp') {
      return 'server';
    }
    if (command === 'rules') {
      const [sub, ...args] = rest;
      const { values } = parseArgs({
        args,
        options: { format: { type: 'string' }, rules: { type: 'string', multiple: true } },
        strict: true,
      });
      if (sub !== 'list') throw new UsageError(`unknown rules command '${sub ?? ''}' (try: caveat rules list)`);
      return runRulesList(oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text', values.rules ?? [], stdout);
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
          'show-accepted': { type: 'boolean' },
          output: { type: 'string' },
          quiet: { type: 'boolean' },
          'max-size': { type: 'string' },
        },
      });
      if (!positionals.length) throw new UsageError('scan needs at least one file or folder');
      const categories = values.category?.map((c) => oneOf(c, CATEGORIES, '--category') as Category);
      const maxMb = values['max-size'] === undefined ? 32 : Number(values['max-size']);
      if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError('--max-size takes a positive number of megabytes');
      return runScan(
        {
          paths: positionals,
          format: oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text',
          failOn: oneOf(values['fail-on'], [...RISKS, 'never'] as const, '--fail-on') ?? 'red',
          minRisk: oneOf(values['min-risk'], RISKS, '--min-risk') as Risk | undefined,
          categories,
          rules: values.rules ?? [],
          showAccepted: values['show-accepted'] ?? false,
          output: values.output,
          quiet: values.quiet ?? false,
          maxBytes: maxMb * 1024 * 1024,
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

declare const CAVEAT_VERSION: string | undefined;
const VERSION = typeof CAVEAT_VERSION === 'string' ? CAVEAT_VERSION : '0.0.0-dev';
