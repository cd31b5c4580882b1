// Picks the report format of `caveat scan --format`.
import type { ScanRun } from '../scan-run';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(format: ReportFormat, run: ScanRun, style: { color: boolean }): string {
  switch (format) {
    case 'json':
      return formatJson(run.reports, run.showAccepted);
    case 'sarif':
      return formatSarif(run);
    case 'markdown':
      return formatMarkdown(run);
    case 'html':
      return formatHtml(run);
    default:
      // Unreadable files are reported on stderr, one line each; the text report lists the scanned ones.
      return formatText(
        run.reports.filter((r) => !r.error),
        run.showAccepted,
        style,
      );
  }
}
