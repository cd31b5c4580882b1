// Reads a corpus document's NAME.ann.yaml and turns every annotated substring into source offsets.
// Annotations name text, not offsets, so they survive edits elsewhere in the document and stay readable.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CATEGORIES, type Category } from '../../server/src/engine/types';

/** 'all' expands to one span per occurrence: used for a partner abbreviation repeated in prose. */
export type Occurrence = number | 'all';

interface RawExpected {
  text: string;
  category: Category;
  /** A span that fits two categories equally (a data-localisation clause) may be matched by either. */
  category_alternatives?: Category[];
  occurrence?: Occurrence;
  note?: string;
}

interface RawPlain {
  text: string;
  occurrence?: Occurrence;
  note?: string;
}

export interface AnnotationFile {
  expected: RawExpected[];
  /** Look-alikes: any counted finding overlapping one is a false positive. */
  must_not: RawPlain[];
  /** Out of scoring: directive-accepted lines and borderline spans where a finding is neither right nor wrong. */
  ignore: RawPlain[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
  note?: string;
}

export interface ExpectedSpan extends Span {
  /** The category the span is reported under in the per-category table. */
  category: Category;
  /** Every category whose finding may match the span (includes `category`). */
  accepts: Category[];
}

export interface ResolvedAnnotations {
  expected: ExpectedSpan[];
  mustNot: Span[];
  ignore: Span[];
  /** Problems such as text not found; a stale annotation must fail loudly, not be skipped. */
  problems: string[];
}

export function readAnnotationFile(path: string): AnnotationFile {
  const raw = (parse(readFileSync(path, 'utf8')) ?? {}) as Partial<AnnotationFile>;
  return { expected: raw.expected ?? [], must_not: raw.must_not ?? [], ignore: raw.ignore ?? [] };
}

/** Offsets of every occurrence of `needle` in `haystack` (non-overlapping, left to right). */
export function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

function locate(source: string, entry: RawPlain, label: string, problems: string[]): Span[] {
  if (typeof entry.text !== 'string' || entry.text === '') {
    problems.push(`${label}: missing text`);
    return [];
  }
  const all = occurrencesOf(source, entry.text);
  const occurrence = entry.occurrence ?? 1;
  const chosen = occurrence === 'all' ? all : [all[occurrence - 1]].filter((o): o is number => o !== undefined);
  if (chosen.length === 0) {
    problems.push(`${label}: ${JSON.stringify(entry.text)} (occurrence ${occurrence}) not found; it occurs ${all.length} time(s)`);
  }
  return chosen.map((start) => ({ start, end: start + entry.text.length, text: entry.text, note: entry.note }));
}

const KNOWN = new Set<string>(CATEGORIES);

export function resolveAnnotations(source: string, file: AnnotationFile): ResolvedAnnotations {
  const problems: string[] = [];
  const expected: ExpectedSpan[] = [];
  file.expected.forEach((entry, i) => {
    const label = `expected[${i}]`;
    const accepts = [entry.category, ...(entry.category_alternatives ?? [])];
    const unknown = accepts.filter((c) => !KNOWN.has(c));
    if (unknown.length > 0) problems.push(`${label}: unknown category ${unknown.join(', ')}`);
    for (const span of locate(source, entry, label, problems)) expected.push({ ...span, category: entry.category, accepts });
  });
  const mustNot = file.must_not.flatMap((entry, i) => locate(source, entry, `must_not[${i}]`, problems));
  const ignore = file.ignore.flatMap((entry, i) => locate(source, entry, `ignore[${i}]`, problems));
  for (const m of mustNot) {
    const clash = expected.find((e) => overlaps(e, m));
    if (clash) problems.push(`must_not ${JSON.stringify(m.text)} overlaps expected ${JSON.stringify(clash.text)}`);
  }
  return { expected, mustNot, ignore, problems };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
