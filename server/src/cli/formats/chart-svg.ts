// An inline SVG bar chart of findings by category, each bar split by risk: readable in print and in a
// browser without scripts or external files.
import type { Summary } from './summary';

export const RISK_COLOURS = { red: '#c62828', orange: '#ef6c00', green: '#2e7d32' } as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function findingsChartSvg(summary: Summary): string {
  const rows = summary.byCategory;
  const labelWidth = 190;
  const barWidth = 380;
  const rowHeight = 26;
  const top = 28;
  const height = top + rows.length * rowHeight + 10;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>Findings by category and risk</title>`,
  ];
  // Legend
  let x = labelWidth;
  for (const risk of ['red', 'orange', 'green'] as const) {
    parts.push(`<rect x="${x}" y="6" width="12" height="12" fill="${RISK_COLOURS[risk]}"/><text x="${x + 16}" y="16">${risk}</text>`);
    x += 70;
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    parts.push(`<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeXml(row.category)}</text>`);
    let offset = labelWidth;
    for (const risk of ['red', 'orange', 'green'] as const) {
      const n = row.counts[risk];
      if (!n) continue;
      const w = Math.max(2, Math.round((n / max) * barWidth));
      parts.push(
        `<rect x="${offset}" y="${y + 3}" width="${w}" height="18" fill="${RISK_COLOURS[risk]}"><title>${escapeXml(row.category)}: ${n} ${risk}</title></rect>`,
      );
      offset += w;
    }
    parts.push(`<text x="${offset + 6}" y="${y + 15}">${row.total}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
