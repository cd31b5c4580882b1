// Applies inline directives to findings: an accepted finding keeps its place and carries the reason,
// so reviewers can audit it; a directive without a reason, or naming no known rule, is itself reported.
import type { Directive } from './extract/types';
import { CATEGORIES, type Finding } from './types';

export interface DirectiveContext {
  knownRuleIds: { has(id: string): boolean };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function targets(d: Directive, f: Finding): boolean {
  return d.targets.some((t) => t === '*' || t === f.ruleId || t === f.category || (t.endsWith('*') && f.ruleId.startsWith(t.slice(0, -1))));
}

/** The line a directive applies to: its own line, or the next line with any text on it. */
function targetLine(d: Directive, text: string, starts: number[]): number {
  const own = lineOf(starts, d.start);
  if (d.kind === 'disable-line') return own;
  let line = lineOf(starts, d.end) + 1;
  while (line < starts.length) {
    const end = line + 1 < starts.length ? starts[line + 1] : text.length;
    if (text.slice(starts[line], end).trim()) break;
    line++;
  }
  return line;
}

export function applyDirectives(text: string, findings: Finding[], directives: Directive[], ctx: DirectiveContext): Finding[] {
  if (!directives.length) return findings;
  const starts = lineStarts(text);
  const problems: Finding[] = [];
  // Findings by line, so each directive looks only at the findings of its line.
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) {
    const line = lineOf(starts, f.start);
    const list = byLine.get(line);
    if (list) list.push(f);
    else byLine.set(line, [f]);
  }
  for (const d of directives) {
    const line = targetLine(d, text, starts);
    const dirText = text.slice(d.start, d.end);
    for (const f of byLine.get(line) ?? []) {
      if (!f.accepted && targets(d, f)) f.accepted = { reason: d.reason || '(no reason given)' };
    }
    if (!d.reason) {
      problems.push(
        directiveFinding(
          d,
          dirText,
          'caveat.directive-without-reason',
          'This Caveat directive gives no reason. Say why the finding is acceptable (after a colon, or after "because") so that a reviewer can audit it.',
        ),
      );
    }
    const unknown = d.targets.filter((t) => t !== '*' && !t.endsWith('*') && !ctx.knownRuleIds.has(t) && !CATEGORY_NAMES.has(t));
    if (unknown.length) {
      problems.push(
        directiveFinding(
          d,
          dirText,
          'caveat.directive-unknown-rule',
          `This Caveat directive names no known rule or category: ${unknown.join(', ')}. Check the rule id (it is the code shown with the finding).`,
        ),
      );
    }
  }
  return problems.length ? [...findings, ...problems].sort((a, b) => a.start - b.start) : findings;
}

const CATEGORY_NAMES = new Set<string>(CATEGORIES);

function directiveFinding(d: Directive, text: string, ruleId: string, message: string): Finding {
  return { ruleId, category: 'directive', risk: 'orange', start: d.start, end: d.end, text, message, guidance: 'directives', laws: [] };
}
