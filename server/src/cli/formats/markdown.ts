// --format markdown: a review report for a contract office, readable as plain text and rendered on
// GitHub/GitLab: summary table, every finding with its context, guidance and laws, accepted findings
// with their reasons, the rule-pack versions and the date.
import type { ScanRun } from '../scan-run';
import { guidanceAnchor, lineWord, type ReviewItem, reviewContent } from './review-items';
import { summarize } from './summary';

/** Escapes the characters that would turn draft text into Markdown markup. */
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

function fileWords(run: ScanRun): Map<string, string> {
  return new Map(run.reports.map((r) => [r.file, lineWord(r.note)]));
}

function findingBlock(i: ReviewItem, unit: string, accepted: boolean): string[] {
  const f = i.finding;
  const where =
    unit === 'page'
      ? `page ${f.line}`
      : unit === 'paragraph'
        ? `paragraph ${f.line}, column ${f.column}`
        : `line ${f.line}, column ${f.column}`;
  const lines = [
    `### ${f.risk.toUpperCase()} · ${md(i.title)}`,
    '',
    `- **Where**: \`${f.file}\`, ${where}`,
    `- **Category**: ${f.category} · **Rule**: \`${f.ruleId}\``,
    `- **Found**: “${md(f.text)}”`,
  ];
  if (i.context.trim()) lines.push(`- **Context**: ${md(i.context.trim())}`);
  lines.push(`- **Why it matters**: ${md(f.message)}`);
  if (f.mitigation) lines.push(`- **Mitigation stated**: “${md(f.mitigation.text)}” (was ${f.mitigation.originalRisk})`);
  if (accepted && f.accepted) lines.push(`- **Accepted**: ${md(f.accepted.reason)}`);
  lines.push(`- **Guidance**: [${md(i.guidance.title ?? i.guidance.id)}](#${guidanceAnchor(i.guidance.id)}) (${i.guidance.path})`);
  if (i.laws.length)
    lines.push(`- **Laws concerned**: ${i.laws.map((l) => `${md(l.name)}${l.jurisdiction ? ` (${l.jurisdiction})` : ''}`).join('; ')}`);
  lines.push('');
  return lines;
}

export function formatMarkdown(run: ScanRun): string {
  const summary = summarize(run.reports);
  const content = reviewContent(run);
  const units = fileWords(run);
  const out: string[] = [
    '# Caveat research-security review',
    '',
    `Date: ${run.date.toISOString().slice(0, 10)} · Caveat ${run.toolVersion}${run.jurisdiction ? ` · laws of ${run.jurisdiction} listed first` : ''}`,
    '',
    '## Summary',
    '',
    `${summary.totals.red} red, ${summary.totals.orange} orange, ${summary.totals.green} green finding(s) in ${summary.files} file(s); ${summary.accepted} accepted${summary.unreadable ? `; ${summary.unreadable} file(s) could not be read` : ''}.`,
    '',
    '| Category | Red | Orange | Green | Total |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...summary.byCategory.map((r) => `| ${r.category} | ${r.counts.red} | ${r.counts.orange} | ${r.counts.green} | ${r.total} |`),
    `| **All** | **${summary.totals.red}** | **${summary.totals.orange}** | **${summary.totals.green}** | **${summary.totals.red + summary.totals.orange + summary.totals.green}** |`,
    '',
  ];
  if (run.baseline) out.push(`${run.baseline.known} finding(s) already in the baseline ${md(run.baseline.file)} are not listed.`, '');
  out.push('## Findings', '');
  if (!content.findings.length) out.push('No findings.', '');
  for (const i of content.findings) out.push(...findingBlock(i, units.get(i.finding.file) ?? 'line', false));
  out.push('## Accepted findings', '');
  if (!content.accepted.length) out.push('None.', '');
  for (const i of content.accepted) out.push(...findingBlock(i, units.get(i.finding.file) ?? 'line', true));
  if (content.guidance.length) {
    out.push('## Guidance', '');
    for (const g of content.guidance) {
      // Guidance pages are Caveat's own Markdown: kept as written.
      out.push(`<a id="${guidanceAnchor(g.id)}"></a>`, '', `### ${g.title ?? g.id}`, '', `Full page: ${g.path}`, '');
      if (g.summary) out.push(g.summary, '');
    }
  }
  if (content.notes.length || content.errors.length) {
    out.push('## Notes on the files', '');
    for (const n of content.notes) out.push(`- \`${n.file}\`: ${md(n.note)}`);
    for (const e of content.errors) out.push(`- \`${e.file}\`: **not scanned**: ${md(e.error)}`);
    out.push('');
  }
  out.push('## Rule packs', '', '| Pack | Version | Title |', '| --- | --- | --- |');
  for (const p of run.packs) out.push(`| ${p.pack} | ${p.version} | ${md(p.title)} |`);
  out.push(
    '',
    '---',
    '',
    'Caveat flags passages for review; it does not give legal advice. Check each finding against the law card and the official publication before acting on it.',
    '',
  );
  return out.join('\n');
}
