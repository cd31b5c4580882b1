// Loads the law cards of a folder, validated against the law-card schema; a broken card is reported
// with file and line and the others still load.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWithPositions } from '../rules/source-position';
import type { RuleProblem } from '../rules/types';
import { validateLawCard } from '../rules/validate';
import type { LawCard } from './types';

export function loadLawCards(dir: string): { cards: LawCard[]; problems: RuleProblem[] } {
  const cards: LawCard[] = [];
  const problems: RuleProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort();
  } catch (e) {
    return {
      cards,
      problems: [{ file: dir, line: 1, column: 1, severity: 'error', message: `cannot read law cards: ${(e as Error).message}` }],
    };
  }
  for (const name of files) {
    const file = join(dir, name);
    const parsed = parseWithPositions(readFileSync(file, 'utf8'));
    for (const e of parsed.syntaxErrors)
      problems.push({ file, line: e.line, column: e.column, severity: 'error', message: `YAML syntax error: ${e.message}` });
    if (parsed.syntaxErrors.length) continue;
    const errors = validateLawCard(parsed.value);
    for (const e of errors) {
      const pos = parsed.positionOf(e.path);
      problems.push({ file, line: pos.line, column: pos.column, severity: 'error', message: `law card: ${e.message}` });
    }
    if (!errors.length) cards.push(parsed.value as LawCard);
  }
  return { cards, problems };
}
