// What a review report says about each finding: where, the words around it, the rule's title, the
// guidance page and the laws concerned (by name, the reader's jurisdiction first).

import { lawCards, orderLaws } from '../../engine';
import { type GuidancePage, guidancePage } from '../guidance-pages';
import { contextOf, type ReportFinding } from '../report';
import type { ScanRun } from '../scan-run';

export interface ReviewLaw {
  id: string;
  name: string;
  jurisdiction?: string;
}

export interface ReviewItem {
  finding: ReportFinding;
  title: string;
  context: string;
  guidance: GuidancePage;
  laws: ReviewLaw[];
}

export interface ReviewContent {
  findings: ReviewItem[];
  accepted: ReviewItem[];
  notes: { file: string; note: string }[];
  errors: { file: string; error: string }[];
  /** Each guidance page the findings refer to, once, in order of first use. */
  guidance: GuidancePage[];
}

export function reviewContent(run: ScanRun): ReviewContent {
  const cards = lawCards();
  const item = (finding: ReportFinding, context: string): ReviewItem => ({
    finding,
    title: run.rules.get(finding.ruleId)?.title ?? finding.ruleId,
    context,
    guidance: guidancePage(finding.guidance),
    laws: orderLaws(finding.laws, run.jurisdiction).map((id) => {
      const card = cards.get(id);
      return { id, name: card?.name ?? id, jurisdiction: card?.jurisdiction };
    }),
  });
  const content: ReviewContent = { findings: [], accepted: [], notes: [], errors: [], guidance: [] };
  for (const r of run.reports) {
    if (r.error) {
      content.errors.push({ file: r.file, error: r.error });
      continue;
    }
    if (r.note) content.notes.push({ file: r.file, note: r.note });
    for (const f of r.findings) content.findings.push(item(f, contextOf(r, f)));
    for (const f of r.accepted) content.accepted.push(item(f, contextOf(r, f)));
  }
  // Most serious first, then by file and position, so a reviewer reads the red findings first.
  const rank = { red: 0, orange: 1, green: 2 } as const;
  content.findings.sort(
    (a, b) =>
      rank[a.finding.risk] - rank[b.finding.risk] ||
      (a.finding.file < b.finding.file ? -1 : a.finding.file > b.finding.file ? 1 : 0) ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column,
  );
  const pages = new Map<string, GuidancePage>();
  for (const i of [...content.findings, ...content.accepted]) if (!pages.has(i.guidance.id)) pages.set(i.guidance.id, i.guidance);
  content.guidance = [...pages.values()];
  return content;
}

/** The anchor of a guidance page's section in a review report. */
export const guidanceAnchor = (id: string) => `guidance-${id.replace(/[^a-z0-9-]/gi, '-')}`;

/** "page", "paragraph" or "line", from the note a Word or PDF report carries. */
export function lineWord(note: string | undefined): string {
  if (note?.startsWith('PDF')) return 'page';
  if (note?.startsWith('Word')) return 'paragraph';
  return 'line';
}
