// Counts for the summary of review reports: findings per category and risk, accepted, unreadable files.
import { CATEGORIES, RISKS, type Risk } from '../../engine';
import type { FileReport } from '../report';

export interface RiskCounts {
  red: number;
  orange: number;
  green: number;
}

export interface Summary {
  /** Rows in the fixed category order, then 'directive' when Caveat's own directives had problems. */
  byCategory: { category: string; counts: RiskCounts; total: number }[];
  totals: RiskCounts;
  accepted: number;
  files: number;
  unreadable: number;
}

export function summarize(reports: FileReport[]): Summary {
  const rows = new Map<string, RiskCounts>(CATEGORIES.map((c) => [c, { red: 0, orange: 0, green: 0 }]));
  const totals: RiskCounts = { red: 0, orange: 0, green: 0 };
  let accepted = 0;
  for (const r of reports) {
    accepted += r.accepted.length;
    for (const f of r.findings) {
      let row = rows.get(f.category);
      if (!row) {
        row = { red: 0, orange: 0, green: 0 };
        rows.set(f.category, row);
      }
      row[f.risk]++;
      totals[f.risk]++;
    }
  }
  return {
    byCategory: [...rows].map(([category, counts]) => ({ category, counts, total: RISKS.reduce((n, k: Risk) => n + counts[k], 0) })),
    totals,
    accepted,
    files: reports.filter((r) => !r.error).length,
    unreadable: reports.filter((r) => r.error).length,
  };
}
