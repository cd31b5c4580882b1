// `caveat scan`: files and folders in, a report out, and an exit code a CI can act on.
import { type Category, compileRules, type Language, loadBundledRules, RISK_RANK, type Risk, scanDocument } from '../engine';
import { formatJson } from './formats/json';
import { formatText } from './formats/text';
import { collectDrafts, InputError, languageOf, readDraft } from './input';
import { writeFileAtomic } from './output';
import { type FileReport, locateFindings } from './report';

export interface ScanCommandOptions {
  paths: string[];
  format: 'text' | 'json';
  failOn: Risk | 'never';
  minRisk?: Risk;
  categories?: Category[];
  rules: string[];
  showAccepted: boolean;
  output?: string;
  quiet: boolean;
  maxBytes: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INPUT = 2;

export function runScan(options: ScanCommandOptions, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): number {
  const loaded = loadBundledRules(options.rules);
  for (const p of loaded.problems) stderr.write(`caveat: ${p.file}:${p.line}:${p.column}: ${p.message}\n`);
  const compiled = compileRules(loaded.rules);
  for (const p of compiled.problems) stderr.write(`caveat: ${p.file}: ${p.message}\n`);
  const ruleErrors = loaded.problems.length + compiled.problems.length;

  const { files, errors } = collectDrafts(options.paths);
  const reports: FileReport[] = errors.map((e) => ({ file: e.file, findings: [], accepted: [], lines: new Map(), error: e.message }));
  for (const file of files) {
    try {
      const text = readDraft(file, options.maxBytes);
      const language: Language = languageOf(file) ?? 'plaintext';
      const result = scanDocument(text, language, compiled, { minRisk: options.minRisk, categories: options.categories });
      const report = locateFindings(file, text, result.findings);
      if (result.fallback) report.note = result.fallback;
      reports.push(report);
    } catch (e) {
      const message = e instanceof InputError ? e.message : `could not be scanned: ${(e as Error).message}`;
      reports.push({ file, findings: [], accepted: [], lines: new Map(), error: message });
    }
  }
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const inputErrors = reports.filter((r) => r.error);
  for (const r of inputErrors) stderr.write(`caveat: ${r.file}: ${r.error}\n`);
  if (files.length === 0 && errors.length === 0) stderr.write('caveat: no Markdown, LaTeX or text drafts found in the given paths\n');

  const rendered =
    options.format === 'json'
      ? formatJson(reports, options.showAccepted)
      : formatText(
          reports.filter((r) => !r.error),
          options.showAccepted,
          { color: !options.output && (stdout as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR },
        );
  if (options.output) writeFileAtomic(options.output, rendered);
  else if (!options.quiet || options.format === 'json') stdout.write(rendered);

  if (inputErrors.length || ruleErrors) return EXIT_USAGE_OR_INPUT;
  if (options.failOn === 'never') return EXIT_OK;
  const threshold = RISK_RANK[options.failOn];
  const failing = reports.some((r) => r.findings.some((f) => f.category !== 'directive' && RISK_RANK[f.risk] >= threshold));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}
