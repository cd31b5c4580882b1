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
  /** Findings an inline directive (or the reviewed-partner list) accepted, with their reasons. */
  accepted: ReportFinding[];
  /** The full line of each finding, for text and review reports. */
  lines: Map<number, string>;
  /** For PDF pages, where a line is a whole page: the words around each finding. */
  excerpts?: Map<ReportFinding, string>;
  error?: string;
  note?: string;
}

/** How a draft's lines are counted: text lines, Word paragraphs, or PDF pages (reported at column 1). */
export type LineUnit = 'line' | 'paragraph' | 'page';

const EXCERPT_RADIUS = 80;

export function locateFindings(file: string, text: string, findings: Finding[], unit: LineUnit = 'line'): FileReport {
  const index = new LineIndex(text);
  const lines = new Map<number, string>();
  const report: FileReport = { file, findings: [], accepted: [], lines };
  if (unit === 'page') report.excerpts = new Map();
  for (const f of findings) {
    const start = index.position(f.start);
    const end = index.position(f.end);
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
    if (unit === 'page') {
      // A page is one "line": report the page at column 1 and keep the words around the match.
      // The excerpt stays on the finding's own page.
      const pageStart = text.lastIndexOf('\n', f.start - 1) + 1;
      const newline = text.indexOf('\n', f.end);
      const pageEnd = newline < 0 ? text.length : newline;
      const from = Math.max(pageStart, f.start - EXCERPT_RADIUS);
      const to = Math.min(pageEnd, f.end + EXCERPT_RADIUS);
      const excerpt = `${from > pageStart ? '…' : ''}${text.slice(from, to).split('\n').join(' ')}${to < pageEnd ? '…' : ''}`;
      report.excerpts?.set(located, excerpt);
      located.column = 1;
      located.endLine = located.line;
      located.endColumn = 1;
    } else lines.set(start.line, index.lineText(start.line));
    (f.accepted ? report.accepted : report.findings).push(located);
  }
  return report;
}

/** The context to show with a finding: its line, or the words around it on a PDF page. */
export function contextOf(report: FileReport, f: ReportFinding): string {
  return report.excerpts?.get(f) ?? report.lines.get(f.line) ?? '';
}
