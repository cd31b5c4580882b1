// The CLI's report model: one entry per file, findings located by line and column. The JSON form of
// ReportFinding is a stable contract that other tools read.
import type { Finding, Risk } from '../engine';
import { LineIndex } from './locate';

export type Severity = 'error' | 'warning' | 'information';
export const SEVERITY_OF: Record<Risk, Severity> = { red: 'error', orange: 'warning', green: 'information' };

export interface ReportFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  ruleId: string;
  category: string;
  risk: Risk;
  severity: Severity;
  message: string;
  guidance: string;
  laws: string[];
  mitigation?: { kind: string; text: string; originalRisk: Risk };
  accepted?: { reason: string };
}

export interface FileReport {
  file: string;
  findings: ReportFinding[];
  /** Findings an inline directive accepted, with their reasons. */
  accepted: ReportFinding[];
  /** The full line of each finding, for text and review reports. */
  lines: Map<number, string>;
  error?: string;
  note?: string;
}

export function locateFindings(file: string, text: string, findings: Finding[]): FileReport {
  const index = new LineIndex(text);
  const lines = new Map<number, string>();
  const report: FileReport = { file, findings: [], accepted: [], lines };
  for (const f of findings) {
    const start = index.position(f.start);
    const end = index.position(f.end);
    lines.set(start.line, index.lineText(start.line));
    const located: ReportFinding = {
      file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      text: f.text,
      ruleId: f.ruleId,
      category: f.category,
      risk: f.risk,
      severity: SEVERITY_OF[f.risk],
      message: f.message,
      guidance: f.guidance,
      laws: f.laws,
      ...(f.mitigation ? { mitigation: f.mitigation } : {}),
      ...(f.accepted ? { accepted: f.accepted } : {}),
    };
    (f.accepted ? report.accepted : report.findings).push(located);
  }
  return report;
}
