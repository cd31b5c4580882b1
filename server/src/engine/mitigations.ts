// Mitigation clauses for the quick fix: which clause fits a finding, how it reads in the draft's
// format, and where it goes (after the paragraph that raised the finding).
import { readFileSync } from 'node:fs';
import { parseWithPositions } from './rules/source-position';
import type { RuleProblem } from './rules/types';
import { validateMitigations } from './rules/validate';
import type { Language } from './types';

export interface MitigationClause {
  id: string;
  applies_to: string[];
  title: string;
  text: string;
}

export function loadMitigationClauses(file: string): { clauses: MitigationClause[]; problems: RuleProblem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { clauses: [], problems: [{ file, line: 1, column: 1, severity: 'error', message: `cannot read: ${(e as Error).message}` }] };
  }
  const parsed = parseWithPositions(text);
  const problems: RuleProblem[] = parsed.syntaxErrors.map((e) => ({
    file,
    line: e.line,
    column: e.column,
    severity: 'error',
    message: e.message,
  }));
  if (problems.length) return { clauses: [], problems };
  for (const e of validateMitigations(parsed.value)) {
    const pos = parsed.positionOf(e.path);
    problems.push({ file, line: pos.line, column: pos.column, severity: 'error', message: e.message });
  }
  if (problems.length) return { clauses: [], problems };
  return { clauses: (parsed.value as { clauses: MitigationClause[] }).clauses, problems };
}

/** The clause for a finding: one naming a prefix of its rule id wins over one naming its category. */
export function clauseFor(clauses: MitigationClause[], ruleId: string, category: string): MitigationClause | undefined {
  return (
    clauses.find((c) => c.applies_to.some((a) => a.includes('.') && ruleId.startsWith(a))) ??
    clauses.find((c) => c.applies_to.includes(category))
  );
}

/** The clause as a paragraph of the draft's format, with blank lines around it. */
export function renderClause(clause: MitigationClause, language: Language): string {
  const text = clause.text.trim();
  switch (language) {
    case 'markdown':
      return `\n\n> **Mitigation: ${clause.title}.** ${text}\n`;
    case 'latex':
      return `\n\n\\paragraph{Mitigation: ${escapeLatex(clause.title)}.} ${escapeLatex(text)}\n`;
    default:
      return `\n\nMitigation (${clause.title}): ${text}\n`;
  }
}

function escapeLatex(s: string): string {
  return s.replace(/([%&#_$])/g, '\\$1');
}

/** Where a clause goes: the end of the paragraph (the next blank line, or the end of the text). */
export function paragraphEnd(text: string, offset: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = offset;
  const m = blank.exec(text);
  if (!m) return text.replace(/\s+$/, '').length;
  return m.index;
}
