import { readFileSync } from 'node:fs';

// The abbreviations that collide with everyday or technical vocabulary (DSL: digital subscriber
// line; ECL: enhanced chemiluminescence) are listed in the "Abbreviations and collisions" table of
// docs/laws.md. Reading them from there keeps the grammar and the documentation in step.

const SECTION = /^## Abbreviations and collisions\s*$/m;

export function readAmbiguousAbbreviations(lawsDocPath: string): Set<string> {
  const text = readFileSync(lawsDocPath, 'utf8');
  const start = text.search(SECTION);
  if (start < 0) throw new Error(`${lawsDocPath}: no "## Abbreviations and collisions" section to read the ambiguous abbreviations from`);
  const rest = text.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const section = end < 0 ? rest : rest.slice(0, end);
  const found = new Set<string>();
  for (const line of section) {
    const cell = /^\|\s*([^|]+?)\s*\|/.exec(line)?.[1];
    if (cell && /^[A-Z][A-Z0-9&-]+$/.test(cell)) found.add(cell);
  }
  if (!found.size) throw new Error(`${lawsDocPath}: the "Abbreviations and collisions" table lists no abbreviation`);
  return found;
}
