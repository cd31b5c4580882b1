// --format text: findings grouped by file with the line and a caret, coloured on a terminal.
import { contextOf, type FileReport, type ReportFinding } from '../report';

export interface TextStyle {
  color: boolean;
}

const CODES = { red: '31', orange: '33', green: '32', dim: '2', bold: '1' } as const;

export function formatText(reports: FileReport[], showAccepted: boolean, style: TextStyle): string {
  const paint = (code: keyof typeof CODES, s: string) => (style.color ? `\x1b[${CODES[code]}m${s}\x1b[0m` : s);
  const out: string[] = [];
  const totals = { red: 0, orange: 0, green: 0, accepted: 0, errors: 0 };
  for (const r of reports) {
    const shown = showAccepted ? [...r.findings, ...r.accepted].sort((a, b) => a.line - b.line || a.column - b.column) : r.findings;
    totals.accepted += r.accepted.length;
    if (r.error) {
      totals.errors++;
      out.push(`${paint('bold', r.file)}\n  ${paint('red', 'error')} ${r.error}\n`);
      continue;
    }
    if (!shown.length && !r.note) continue;
    out.push(paint('bold', r.file));
    if (r.note) out.push(`  ${paint('dim', `note: ${r.note}`)}`);
    for (const f of shown) {
      if (!f.accepted) totals[f.risk]++;
      out.push(r.excerpts?.has(f) ? formatExcerpt(f, contextOf(r, f), paint) : formatOne(f, r.lines.get(f.line) ?? '', paint));
    }
    out.push('');
  }
  const summary = `${totals.red} red, ${totals.orange} orange, ${totals.green} green${totals.accepted ? `, ${totals.accepted} accepted` : ''}${totals.errors ? `, ${totals.errors} file error${totals.errors > 1 ? 's' : ''}` : ''} in ${reports.length} file${reports.length === 1 ? '' : 's'}`;
  out.push(summary);
  return `${out.join('\n')}\n`;
}

function formatOne(f: ReportFinding, lineText: string, paint: (code: keyof typeof CODES, s: string) => string): string {
  const where = `${f.line}:${f.column}`.padEnd(8);
  const risk = paint(f.risk, f.risk.padEnd(6));
  const accepted = f.accepted ? ` ${paint('dim', `[accepted: ${f.accepted.reason}]`)}` : '';
  const width = f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : Math.max(1, lineText.length - f.column + 1);
  const shownLine = lineText.length > 200 ? `${lineText.slice(0, 200)}…` : lineText;
  const caret = f.column <= 200 ? `${' '.repeat(f.column - 1)}${'^'.repeat(Math.min(width, 200 - f.column + 1))}` : '';
  return [
    `  ${where} ${risk} ${f.message} ${paint('dim', `${f.ruleId}`)}${accepted}`,
    `      ${paint('dim', shownLine.replace(/\t/g, ' '))}`,
    `      ${paint(f.risk, caret)}`,
  ].join('\n');
}

/** A PDF finding: the page is the line, so show the words around the match with a caret under it. */
function formatExcerpt(f: ReportFinding, excerpt: string, paint: (code: keyof typeof CODES, s: string) => string): string {
  const at = Math.max(0, excerpt.indexOf(f.text));
  const accepted = f.accepted ? ` ${paint('dim', `[accepted: ${f.accepted.reason}]`)}` : '';
  return [
    `  ${`p. ${f.line}`.padEnd(8)} ${paint(f.risk, f.risk.padEnd(6))} ${f.message} ${paint('dim', f.ruleId)}${accepted}`,
    `      ${paint('dim', excerpt.replace(/\t/g, ' '))}`,
    `      ${paint(f.risk, `${' '.repeat(at)}${'^'.repeat(Math.max(1, f.text.length))}`)}`,
  ].join('\n');
}
