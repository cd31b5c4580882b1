// Every bundled rule proves itself: its examples must give a finding of that rule, its near-misses
// must not, and it must name a source, an existing guidance page and existing law cards.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledRulesDir, compileRules, loadBundledRules, scan } from '../../../server/src/engine';

const loaded = loadBundledRules();
const compiled = compileRules(loaded.rules);
const rulesDir = bundledRulesDir();
const lawIds = new Set(
  existsSync(join(rulesDir, 'laws'))
    ? readdirSync(join(rulesDir, 'laws'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.replace(/\.yaml$/, ''))
    : [],
);

describe('bundled rule packs', () => {
  it('load without problems', () => {
    assert.deepEqual(
      loaded.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`),
      [],
    );
    assert.ok(loaded.rules.length > 0, 'no rules loaded');
  });

  it('compile without problems', () => {
    assert.deepEqual(compiled.problems, []);
  });

  it('every rule has a source, a guidance page and known law cards', () => {
    const missing: string[] = [];
    for (const rule of loaded.rules) {
      if (!rule.source.document) missing.push(`${rule.id}: no source`);
      if (!existsSync(join(rulesDir, 'guidance', `${rule.guidance}.md`))) missing.push(`${rule.id}: no guidance page ${rule.guidance}.md`);
      for (const law of rule.laws ?? []) if (!lawIds.has(law)) missing.push(`${rule.id}: no law card ${law}`);
      if (!rule.examples.length || !rule.near_misses.length) missing.push(`${rule.id}: examples and near_misses are both required`);
    }
    assert.deepEqual(missing, []);
  });

  for (const rule of loaded.rules) {
    describe(rule.id, () => {
      rule.examples.forEach((example, i) => {
        it(`example ${i + 1} matches`, () => {
          const found = scan(example, 'plaintext', compiled).filter((f) => f.ruleId === rule.id);
          assert.ok(found.length > 0, `"${example}" gave no finding of ${rule.id}`);
        });
      });
      rule.near_misses.forEach((nearMiss, i) => {
        it(`near-miss ${i + 1} does not match`, () => {
          const found = scan(nearMiss, 'plaintext', compiled).filter((f) => f.ruleId === rule.id && !f.mitigation);
          assert.deepEqual(
            found.map((f) => f.text),
            [],
            `"${nearMiss}" gave a finding of ${rule.id}`,
          );
        });
      });
    });
  }
});
