// `caveat/exportReport`: the CLI's review report (HTML or Markdown) for documents in the editor, made
// by the same formatters, so a contract office files the same report whichever tool made it.
import { basename, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReport } from '../cli/formats/render';
import { type FileReport, locateFindings } from '../cli/report';
import { reportDate } from '../cli/scan-run';
import { VERSION } from '../cli/version';
import type { Jurisdiction } from '../config/config-types';
import { type Finding, ruleLookup } from '../engine';
import type { RuleSet } from './rule-set';

export interface ReportDocument {
  uri: string;
  text: string;
  findings: Finding[];
}

export function renderReviewReport(
  documents: ReportDocument[],
  ruleSet: RuleSet,
  format: 'html' | 'markdown',
  jurisdiction: string,
  errors: { uri: string; message: string }[],
  workspaceFolders: string[] = [],
): string {
  const display = (uri: string) => (uri.startsWith('file:') ? displayPath(fileURLToPath(uri), workspaceFolders) : uri);
  const reports: FileReport[] = documents.map((d) => locateFindings(display(d.uri), d.text, d.findings));
  for (const e of errors) reports.push({ file: display(e.uri), findings: [], accepted: [], lines: new Map(), error: e.message });
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const rules = ruleLookup(ruleSet.compiled.rules);
  return renderReport(
    format,
    {
      reports,
      rules,
      packs: ruleSet.packs,
      showAccepted: true,
      jurisdiction: jurisdiction as Jurisdiction,
      date: reportDate(),
      toolVersion: VERSION,
    },
    { color: false },
  );
}

/**
 * A draft's path as the report prints it: relative to its workspace folder, as the CLI prints paths
 * relative to where it runs (the report is filed and shared; the reviewer's home folder is no one's
 * business), with the folder's name first when the workspace has several. Absolute outside them.
 */
export function displayPath(file: string, workspaceFolders: string[]): string {
  for (const folder of workspaceFolders) {
    const inside = relative(folder, file);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) continue;
    const path = inside.split(sep).join('/');
    return workspaceFolders.length > 1 ? `${basename(folder)}/${path}` : path;
  }
  return file;
}
