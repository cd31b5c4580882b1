// --format html: the same review report as one self-contained, printable page: inline CSS and an
// inline SVG chart, no scripts, no fonts, images or links to fetch (nothing leaves the machine).
import type { ScanRun } from '../scan-run';
import { findingsChartSvg, RISK_COLOURS } from './chart-svg';
import { guidanceAnchor, lineWord, type ReviewItem, reviewContent } from './review-items';
import { summarize } from './summary';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
.meta{color:#555}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
td.n{text-align:right}.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.5rem .9rem;margin:.8rem 0;break-inside:avoid;page-break-inside:avoid}
.finding.red{border-left-color:${RISK_COLOURS.red}}.finding.orange{border-left-color:${RISK_COLOURS.orange}}.finding.green{border-left-color:${RISK_COLOURS.green}}
.finding h3{margin:.2rem 0;font-size:1rem}.risk{font-weight:bold;text-transform:uppercase}.risk.red{color:${RISK_COLOURS.red}}.risk.orange{color:${RISK_COLOURS.orange}}.risk.green{color:${RISK_COLOURS.green}}
.context{font-family:ui-monospace,Menlo,Consolas,monospace;background:#f6f6f6;padding:.3rem .5rem;white-space:pre-wrap;word-break:break-word}
mark{background:#ffe082}dl{display:grid;grid-template-columns:9rem 1fr;gap:.1rem .8rem;margin:.4rem 0}dt{color:#555}dd{margin:0}
.accepted{color:#2e7d32}.disclaimer{color:#555;font-size:.9em;margin-top:2rem}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}a{color:inherit;text-decoration:none}}
`;

/** Bold, italics and code of a guidance summary, after escaping (links are shown as text: nothing is fetched). */
function inlineMarkdown(markdown: string): string {
  return esc(markdown)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1<em>$2</em>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

function highlighted(context: string, text: string): string {
  const at = context.indexOf(text);
  if (!text || at < 0) return esc(context);
  return `${esc(context.slice(0, at))}<mark>${esc(text)}</mark>${esc(context.slice(at + text.length))}`;
}

function findingHtml(i: ReviewItem, unit: string): string {
  const f = i.finding;
  const where = unit === 'page' ? `page ${f.line}` : `${unit} ${f.line}, column ${f.column}`;
  const rows: [string, string][] = [
    ['Where', `<code>${esc(f.file)}</code>, ${where}`],
    ['Category', `${esc(f.category)} · rule <code>${esc(f.ruleId)}</code>`],
    ['Why it matters', esc(f.message)],
  ];
  if (f.mitigation) rows.push(['Mitigation stated', `“${esc(f.mitigation.text)}” (was ${esc(f.mitigation.originalRisk)})`]);
  if (f.accepted) rows.push(['Accepted', `<span class="accepted">${esc(f.accepted.reason)}</span>`]);
  rows.push([
    'Guidance',
    `<a href="#${guidanceAnchor(i.guidance.id)}">${esc(i.guidance.title ?? i.guidance.id)}</a> <code>${esc(i.guidance.path)}</code>`,
  ]);
  if (i.laws.length)
    rows.push([
      'Laws concerned',
      `<ul>${i.laws.map((l) => `<li>${esc(l.name)}${l.jurisdiction ? ` (${esc(l.jurisdiction)})` : ''}</li>`).join('')}</ul>`,
    ]);
  return [
    `<section class="finding ${f.risk}">`,
    `<h3><span class="risk ${f.risk}">${f.risk}</span> · ${esc(i.title)}</h3>`,
    i.context.trim() ? `<div class="context">${highlighted(i.context, f.text)}</div>` : '',
    `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    '</section>',
  ].join('\n');
}

export function formatHtml(run: ScanRun): string {
  const summary = summarize(run.reports);
  const content = reviewContent(run);
  const units = new Map(run.reports.map((r) => [r.file, lineWord(r.note)]));
  const unit = (i: ReviewItem) => units.get(i.finding.file) ?? 'line';
  const date = run.date.toISOString().slice(0, 10);
  const body: string[] = [
    '<h1>Caveat research-security review</h1>',
    `<p class="meta">${date} · Caveat ${esc(run.toolVersion)}${run.jurisdiction ? ` · laws of ${esc(run.jurisdiction)} listed first` : ''}</p>`,
    '<h2>Summary</h2>',
    `<p>${summary.totals.red} red, ${summary.totals.orange} orange, ${summary.totals.green} green finding(s) in ${summary.files} file(s); ${summary.accepted} accepted${summary.unreadable ? `; ${summary.unreadable} file(s) could not be read` : ''}.</p>`,
    findingsChartSvg(summary),
    '<table><thead><tr><th>Category</th><th>Red</th><th>Orange</th><th>Green</th><th>Total</th></tr></thead><tbody>',
    ...summary.byCategory.map(
      (r) =>
        `<tr><td>${esc(r.category)}</td><td class="n">${r.counts.red}</td><td class="n">${r.counts.orange}</td><td class="n">${r.counts.green}</td><td class="n">${r.total}</td></tr>`,
    ),
    `<tr><th>All</th><td class="n">${summary.totals.red}</td><td class="n">${summary.totals.orange}</td><td class="n">${summary.totals.green}</td><td class="n">${summary.totals.red + summary.totals.orange + summary.totals.green}</td></tr>`,
    '</tbody></table>',
  ];
  if (run.baseline)
    body.push(`<p>${run.baseline.known} finding(s) already in the baseline <code>${esc(run.baseline.file)}</code> are not listed.</p>`);
  body.push(
    '<h2>Findings</h2>',
    content.findings.length ? content.findings.map((i) => findingHtml(i, unit(i))).join('\n') : '<p>No findings.</p>',
  );
  body.push(
    '<h2>Accepted findings</h2>',
    content.accepted.length ? content.accepted.map((i) => findingHtml(i, unit(i))).join('\n') : '<p>None.</p>',
  );
  if (content.guidance.length) {
    body.push('<h2>Guidance</h2>');
    for (const g of content.guidance)
      body.push(
        `<section id="${guidanceAnchor(g.id)}"><h3>${esc(g.title ?? g.id)}</h3>${g.summary ? `<p>${inlineMarkdown(g.summary)}</p>` : ''}<p class="meta">Full page: <code>${esc(g.path)}</code></p></section>`,
      );
  }
  if (content.notes.length || content.errors.length) {
    body.push('<h2>Notes on the files</h2><ul>');
    for (const n of content.notes) body.push(`<li><code>${esc(n.file)}</code>: ${esc(n.note)}</li>`);
    for (const e of content.errors) body.push(`<li><code>${esc(e.file)}</code>: <strong>not scanned</strong>: ${esc(e.error)}</li>`);
    body.push('</ul>');
  }
  body.push('<h2>Rule packs</h2><table><thead><tr><th>Pack</th><th>Version</th><th>Title</th></tr></thead><tbody>');
  for (const p of run.packs) body.push(`<tr><td>${esc(p.pack)}</td><td>${esc(p.version)}</td><td>${esc(p.title)}</td></tr>`);
  body.push(
    '</tbody></table>',
    '<p class="disclaimer">Caveat flags passages for review; it does not give legal advice. Check each finding against the law card and the official publication before acting on it.</p>',
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Caveat review ${date}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
