// `caveat scan`: files, folders and globs in, a report out, and an exit code a CI can act on.
import { resolve } from 'node:path';
import { type Adjustments, reviewedIndex } from '../config/apply-config';
import type { Jurisdiction } from '../config/config-types';
import { type ConfigLookup, ConfigResolver } from '../config/find-config';
import { loadReviewedPartners } from '../config/reviewed-partners';
import { type Category, RISK_RANK, type Risk } from '../engine';
import { applyBaseline, readBaseline, writeBaseline } from './baseline';
import { collectInputs } from './collect-inputs';
import { type ReportFormat, renderReport } from './formats/render';
import { writeFileAtomic } from './output';
import { createProgress } from './progress';
import type { FileReport } from './report';
import { RuleSets } from './rule-sets';
import { type DraftScanSettings, displayPath, errorReport } from './scan-drafts';
import { planScan } from './scan-plan';
import { describeRun } from './scan-run';
import { runScanSteps } from './scan-steps';

export interface ScanCommandOptions {
  paths: string[];
  format: ReportFormat;
  failOn: Risk | 'never';
  minRisk?: Risk;
  categories?: Category[];
  rules: string[];
  config?: string;
  jurisdiction?: Jurisdiction;
  showAccepted: boolean;
  output?: string;
  quiet: boolean;
  maxBytes: number;
  baseline?: string;
  writeBaseline?: string;
  /** Scan threads (--jobs); undefined: as many as the CPUs when there is enough text to share out. */
  jobs?: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INPUT = 2;

export async function runScan(options: ScanCommandOptions, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const known = options.baseline ? readBaseline(options.baseline) : undefined;
  const configs = new ConfigResolver(options.config);
  const configProblems = new Set<string>();
  const noteConfig = (lookup: ConfigLookup) => {
    for (const p of lookup.problems) configProblems.add(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    return lookup;
  };
  if (options.config) noteConfig(configs.forDirectory('.'));

  const { files, errors } = collectInputs(options.paths, configs);
  const ruleSets = new RuleSets(options.rules);
  const reviewedLists = new Map<string, Adjustments['reviewed']>();
  const adjustmentsFor = (lookup: ConfigLookup): Adjustments => {
    const { config } = lookup;
    let reviewed: Adjustments['reviewed'];
    if (config.reviewedPartners) {
      reviewed = reviewedLists.get(config.reviewedPartners);
      if (!reviewed) {
        const loaded = loadReviewedPartners(config.reviewedPartners);
        for (const p of loaded.problems) configProblems.add(`${p.file}:${p.line}:${p.column}: ${p.message}`);
        reviewed = { list: displayPath(config.reviewedPartners), partners: reviewedIndex(loaded.partners) };
        reviewedLists.set(config.reviewedPartners, reviewed);
      }
    }
    return {
      severity: config.severity,
      minRisk: options.minRisk ?? config.minRisk,
      categories: options.categories ?? config.categories,
      reviewed,
    };
  };

  const texts = new Map<string, string>();
  const settingsByConfig = new Map<ConfigLookup, DraftScanSettings>();
  let jurisdiction = options.jurisdiction;
  const steps = planScan(files, options.maxBytes, texts, (file) => {
    const lookup = noteConfig(configs.forFile(file));
    jurisdiction ??= lookup.config.jurisdiction;
    ruleSets.loadedFor(lookup.config.rulePacks);
    let settings = settingsByConfig.get(lookup);
    if (!settings) {
      const adjust = adjustmentsFor(lookup);
      settings = { maxBytes: options.maxBytes, categories: adjust.categories, adjust };
      settingsByConfig.set(lookup, settings);
    }
    return { configPacks: lookup.config.rulePacks, settings };
  });
  const progress = createProgress(stderr, files.length, options.quiet);
  const scanned = await runScanSteps(steps, { jobs: options.jobs, ruleSets, texts, progress });
  progress.done();

  const reports: FileReport[] = [...errors.map((e) => errorReport(e.file, e.message)), ...scanned.flat()];
  const merged = mergeReports(reports);
  for (const problem of configProblems) stderr.write(`caveat: ${problem}\n`);
  for (const problem of ruleSets.problems) stderr.write(`caveat: ${problem}\n`);
  const inputErrors = merged.filter((r) => r.error);
  for (const r of inputErrors) stderr.write(`caveat: ${r.file}: ${r.error}\n`);
  if (files.length === 0 && errors.length === 0) stderr.write('caveat: no drafts found in the given paths\n');

  if (options.writeBaseline) {
    const count = await writeBaseline(options.writeBaseline, merged);
    if (!options.quiet) stderr.write(`caveat: wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${options.writeBaseline}\n`);
  }
  const run = describeRun(merged, ruleSets, { showAccepted: options.showAccepted, jurisdiction });
  if (known) run.baseline = { file: options.baseline ?? '', known: applyBaseline(merged, known) };

  const rendered = renderReport(options.format, run, {
    color: !options.output && (stdout as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR,
  });
  if (options.output) await writeFileAtomic(options.output, rendered);
  else if (!options.quiet || options.format !== 'text') stdout.write(rendered);

  if (inputErrors.length || ruleSets.problems.length || configProblems.size) return EXIT_USAGE_OR_INPUT;
  if (options.failOn === 'never' || options.writeBaseline) return EXIT_OK;
  const threshold = RISK_RANK[options.failOn];
  const failing = merged.some((r) => r.findings.some((f) => f.category !== 'directive' && RISK_RANK[f.risk] >= threshold));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

/** One report per file: a file included by two LaTeX roots is reported once, without duplicate findings. */
function mergeReports(reports: FileReport[]): FileReport[] {
  const byFile = new Map<string, FileReport>();
  for (const r of reports) {
    const key = resolve(r.file);
    const existing = byFile.get(key);
    if (!existing) {
      byFile.set(key, r);
      continue;
    }
    if (r.error && !existing.error) existing.error = r.error;
    const seen = new Set([...existing.findings, ...existing.accepted].map(findingKey));
    for (const f of r.findings) if (!seen.has(findingKey(f))) existing.findings.push(f);
    for (const f of r.accepted) if (!seen.has(findingKey(f))) existing.accepted.push(f);
    for (const [line, text] of r.lines) existing.lines.set(line, text);
  }
  const merged = [...byFile.values()];
  for (const r of merged) {
    r.findings.sort((a, b) => a.line - b.line || a.column - b.column);
    r.accepted.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  return merged.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const findingKey = (f: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }) =>
  `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
