// Loads the engine test pack once for the engine tests.
import { join } from 'node:path';
import { compileRules, type Finding, type Language, loadRulePacks, scan } from '../../../server/src/engine';

const loaded = loadRulePacks([join(__dirname, 'fixtures', 'engine-test-pack.yaml')]);
if (loaded.problems.length) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
export const testRules = compileRules(loaded.rules);

/** Findings as "ruleId:text" (with the risk where it was lowered), for compact assertions. */
export function findingsOf(text: string, language: Language = 'plaintext'): string[] {
  return scan(text, language, testRules).map(describe);
}

export function describe(f: Finding): string {
  return `${f.ruleId}:${f.text}${f.mitigation ? `~${f.risk}` : ''}${f.accepted ? '#accepted' : ''}`;
}
