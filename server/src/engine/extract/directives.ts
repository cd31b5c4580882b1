// Parses Caveat directives: the same words in every format, found in that format's comments.
//   caveat-disable-next-line RULE[, RULE]: reason
//   caveat-disable-line RULE: reason
//   caveat: accept RULE because reason     (or  caveat: accept RULE: reason)
import type { Directive } from './types';

const DISABLE = /caveat-disable-(next-line|line)\s+([^\s:]+(?:\s*,\s*[^\s:,]+)*)\s*(?::\s*(.*))?$/i;
const ACCEPT = /caveat:\s*accept\s+([^\s:]+(?:\s*,\s*[^\s:,]+)*)\s*(?:(?:because|:)\s*(.*))?$/i;

/** Reads a directive from the text of one comment (or line); undefined when it holds none. */
export function parseDirective(comment: string, start: number, end: number): Directive | undefined {
  const text = comment.trim();
  const d = DISABLE.exec(text);
  if (d) {
    return {
      kind: d[1].toLowerCase() === 'line' ? 'disable-line' : 'disable-next-line',
      targets: splitTargets(d[2]),
      reason: (d[3] ?? '').trim(),
      start,
      end,
    };
  }
  const a = ACCEPT.exec(text);
  if (a) return { kind: 'accept', targets: splitTargets(a[1]), reason: (a[2] ?? '').trim(), start, end };
  return undefined;
}

function splitTargets(list: string): string[] {
  return list
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Replaces everything but line breaks in source[start, end) with spaces. */
export function blankOut(source: string, start: number, end: number): string {
  return source.slice(start, end).replace(/[^\n]/g, ' ');
}

/** Builds the masked text from the source and the sorted, non-overlapping prose ranges. */
export function maskOutside(source: string, keep: [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of keep) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) parts.push(blankOut(source, at, from));
    parts.push(source.slice(from, e));
    at = e;
  }
  if (at < source.length) parts.push(blankOut(source, at, source.length));
  return parts.join('');
}
