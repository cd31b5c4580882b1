// --format json: one JSON array of findings (the stable contract); accepted ones only with --show-accepted.
import type { FileReport, ReportFinding } from '../report';

export function formatJson(reports: FileReport[], showAccepted: boolean): string {
  const all: ReportFinding[] = [];
  for (const r of reports) {
    all.push(...r.findings);
    if (showAccepted) all.push(...r.accepted);
  }
  all.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
  return `${JSON.stringify(all, null, 2)}\n`;
}
