// Formats a corpus evaluation as a table and, when asked, a list of every false positive and miss.
import type { Finding } from '../../server/src/engine/types';
import type { CorpusEvaluation, DocumentResult } from './evaluate';
import type { Figures } from './metrics';

const COLUMNS = ['category', 'expected', 'found', 'TP', 'FP', 'FN', 'dup', 'ign', 'precision', 'recall', 'F1'];

function row(f: Figures): string[] {
  const pct = (x: number) => x.toFixed(2);
  return [f.label, f.expected, f.found, f.tp, f.fp, f.fn, f.duplicates, f.ignored, pct(f.precision), pct(f.recall), pct(f.f1)].map(String);
}

export function formatTable(evaluation: CorpusEvaluation): string {
  const lines = [COLUMNS, ...evaluation.rows.map(row), row(evaluation.overall)];
  const widths = COLUMNS.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
  const render = (l: string[]) => l.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = lines.map(render);
  return [body[0], rule, ...body.slice(1, -1), rule, body.at(-1)].join('\n');
}

/** 1-based line of an offset, for file:line references an editor can open. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

const oneLine = (s: string) => JSON.stringify(s.length > 90 ? s.slice(0, 87) + '...' : s);

function describeNearby(f: Finding): string {
  const state = f.accepted ? 'accepted' : f.mitigation ? `mitigated by ${oneLine(f.mitigation.text)}` : f.risk;
  return `${f.ruleId} [${f.category}, ${state}] on ${oneLine(f.text)}`;
}

function documentDetails(d: DocumentResult): string[] {
  const out: string[] = [];
  const at = (offset: number) => `${d.document.name}:${lineOf(d.source, offset)}`;
  for (const fp of d.judgement.falsePositives) {
    const f = fp.finding;
    const why = fp.kind === 'unannotated' ? 'not annotated' : `${fp.kind} ${oneLine(fp.span?.text ?? '')}`;
    out.push(`  FP ${at(f.start)}  ${f.ruleId} [${f.category}, ${f.risk}] ${oneLine(f.text)} (${why})`);
  }
  for (const miss of d.judgement.misses) {
    const said = miss.nearby.length ? `; engine said: ${miss.nearby.map(describeNearby).join('; ')}` : '';
    out.push(`  FN ${at(miss.span.start)}  [${miss.span.accepts.join('|')}] ${oneLine(miss.span.text)}${said}`);
  }
  return out;
}

export function formatDetails(evaluation: CorpusEvaluation): string {
  const lines: string[] = [];
  for (const d of evaluation.documents) lines.push(...documentDetails(d));
  return lines.length ? lines.join('\n') : '  (no false positives or misses)';
}

export function formatSummary(evaluation: CorpusEvaluation): string {
  const e = evaluation.excluded;
  const lookAlikeHits = evaluation.documents.flatMap((d) => d.judgement.falsePositives).filter((x) => x.kind === 'look-alike').length;
  return [
    `${evaluation.documents.length} documents; not counted: ${e.green} green hints (incl. mitigated), ${e.accepted} accepted by directives, ${e.directive} directive warnings`,
    `${lookAlikeHits} of the FPs are findings on annotated look-alikes (must_not)`,
    evaluation.ruleProblems ? `rule packs reported ${evaluation.ruleProblems} error(s)` : '',
    ...evaluation.annotationProblems.map((p) => `annotation problem: ${p}`),
  ]
    .filter(Boolean)
    .join('\n');
}
