// A workspace pack with regular-expression patterns, as a contract office might write one (clause
// wording, grant numbers, retention periods). Patterns are matched over the whole document at every
// keystroke (match.ts, findPatternMatches), so the bench shows what they cost in the editor.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

function patternRule(id: string, pattern: string, example: string, nearMiss: string): Record<string, unknown> {
  return {
    id: `bench.${id}`,
    category: 'contract-clause',
    risk: 'orange',
    title: `Benchmark pattern ${id}`,
    message: `A synthetic benchmark pattern (${id}).`,
    guidance: 'contract-clauses',
    laws: [],
    source: { document: 'caveat-bench' },
    match: { patterns: [pattern] },
    examples: [example],
    near_misses: [nearMiss],
  };
}

/** Writes the three-pattern pack; returns its path. */
export function writePatternPack(dir: string): string {
  const pack = {
    pack: 'bench-patterns',
    version: '1.0.0',
    title: 'Benchmark: three workspace patterns',
    generated_by: 'bench/lib/pattern-pack.ts',
    rules: [
      patternRule(
        'ip-vesting',
        'intellectual property[^.]{0,60}vest[a-z]* (?:solely|exclusively) in party b',
        'All intellectual property shall vest solely in Party B.',
        'Intellectual property vests jointly in both parties.',
      ),
      patternRule(
        'grant-number',
        'grant (?:no\\.?|number) [A-Z]{2}-\\d{4,}',
        'This work is funded under grant number AB-12345.',
        'They hold a grant of land.',
      ),
      patternRule(
        'retention',
        'data (?:are|is) (?:kept|stored) for \\d+ days',
        'Interview data are kept for 30 days.',
        'Interview data are kept safe.',
      ),
    ],
  };
  const file = join(dir, 'workspace-patterns.json');
  writeFileSync(file, JSON.stringify(pack));
  return file;
}
