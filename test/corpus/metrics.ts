// Precision, recall and F1 per category and overall, from per-document judgements.
import { CATEGORIES, type Category } from '../../server/src/engine/types';
import type { DocumentJudgement } from './match-findings';

export interface Figures {
  label: Category | 'overall';
  /** Annotated spans (under their primary category). */
  expected: number;
  /** Counted findings (not green, not accepted) of this category. */
  found: number;
  tp: number;
  fp: number;
  fn: number;
  duplicates: number;
  ignored: number;
  precision: number;
  recall: number;
  f1: number;
}

/** An empty denominator means nothing could go wrong: report 1 so floors are not failed vacuously. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function figures(label: Figures['label'], judgements: DocumentJudgement[], inCategory: (c: string) => boolean): Figures {
  let expected = 0;
  let found = 0;
  let tp = 0;
  let fp = 0;
  let duplicates = 0;
  let ignored = 0;
  for (const j of judgements) {
    tp += j.matched.filter((s) => inCategory(s.category)).length;
    expected += j.matched.filter((s) => inCategory(s.category)).length + j.misses.filter((m) => inCategory(m.span.category)).length;
    found += j.counted.filter((f) => inCategory(f.category)).length;
    fp += j.falsePositives.filter((x) => inCategory(x.finding.category)).length;
    duplicates += j.duplicates.filter((f) => inCategory(f.category)).length;
    ignored += j.ignored.filter((f) => inCategory(f.category)).length;
  }
  const fn = expected - tp;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, expected);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, expected, found, tp, fp, fn, duplicates, ignored, precision, recall, f1 };
}

export function computeFigures(judgements: DocumentJudgement[]): { rows: Figures[]; overall: Figures } {
  const rows = CATEGORIES.map((c) => figures(c, judgements, (x) => x === c));
  return { rows, overall: figures('overall', judgements, () => true) };
}
