// The clauses the "insert a mitigation clause" quick fix writes must not raise findings themselves, in
// any format: a fix that adds warnings is no fix.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import {
  bundledRulesDir,
  compileRules,
  type Language,
  loadBundledRules,
  loadMitigationClauses,
  renderClause,
  scan,
} from '../../../server/src/engine';

const compiled = compileRules(loadBundledRules().rules);
const { clauses, problems } = loadMitigationClauses(join(bundledRulesDir(), 'mitigations.yaml'));

describe('mitigation clauses', () => {
  it('load without problems, one for each category', () => {
    assert.deepEqual(problems, []);
    const covered = new Set(clauses.flatMap((c) => c.applies_to));
    for (const category of [
      'dual-use-tech',
      'data-export',
      'military-linked-partner',
      'talent-programme',
      'contract-clause',
      'sanctions-law',
    ]) {
      assert.ok(covered.has(category), `no clause for ${category}`);
    }
  });

  for (const clause of clauses) {
    for (const language of ['markdown', 'latex', 'plaintext'] as Language[]) {
      it(`${clause.id} raises no finding of its own (${language})`, () => {
        const found = scan(renderClause(clause, language), language, compiled).map((f) => `${f.ruleId}: ${f.text}`);
        assert.deepEqual(found, []);
      });
    }
  }
});
