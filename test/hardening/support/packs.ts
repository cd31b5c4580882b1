// Writes small workspace rule packs for the hostile-pack tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PackRule {
  id: string;
  patterns?: string[];
  phrases?: string[];
  risk?: string;
}

export function ruleYaml(r: PackRule): string {
  const match = [
    r.patterns ? `      patterns: [${r.patterns.map((p) => JSON.stringify(p)).join(', ')}]` : '',
    r.phrases ? `      phrases: [${r.phrases.map((p) => JSON.stringify(p)).join(', ')}]` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return `  - id: ${r.id}
    category: contract-clause
    risk: ${r.risk ?? 'orange'}
    title: ${r.id}
    message: A hostile-pack test rule.
    guidance: contract-clauses
    source: { document: hardening-test }
    match:
${match}
    examples: ["example"]
    near_misses: ["near miss"]
`;
}

export function packYaml(name: string, rules: PackRule[]): string {
  return `pack: ${name}\nversion: "1"\ntitle: Hardening test pack\nrules:\n${rules.map(ruleYaml).join('')}`;
}

/** Writes a pack into a fresh temporary folder; returns its path. */
export function writePack(fileName: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-hardening-pack-'));
  const file = join(dir, fileName);
  writeFileSync(file, text);
  return file;
}

/** 1-based line of the first line containing needle. */
export function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}
