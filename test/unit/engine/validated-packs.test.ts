// A workspace pack that validated cleanly is not validated rule by rule again while its text is the
// same; a changed text, or one with a problem, is.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRulePacks, ValidatedPacks } from '../../../server/src/engine';

function pack(risk: string): string {
  return `pack: team
version: 1.0.0
title: Team
rules:
  - id: team.gravity
    category: dual-use-tech
    risk: ${risk}
    title: Gravity sensing
    message: A test rule.
    guidance: dual-use
    source: { document: test }
    match: { phrases: ['gravity sensor'] }
    examples: ['we build a gravity sensor']
    near_misses: ['nothing here']
`;
}

describe('validated packs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caveat-validated-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('remembers a clean pack and loads it again with the same rules', () => {
    const file = join(dir, 'team.yaml');
    writeFileSync(file, pack('red'));
    const validated = new ValidatedPacks(join(dir, 'markers'));
    const first = loadRulePacks([file], undefined, { validated });
    assert.equal(readdirSync(join(dir, 'markers')).length, 1);
    const second = loadRulePacks([file], undefined, { validated });
    assert.deepEqual(second, first);
  });

  it('validates a changed text again, and never remembers a pack with a problem', () => {
    const file = join(dir, 'team.yaml');
    const validated = new ValidatedPacks(join(dir, 'markers'));
    writeFileSync(file, pack('red'));
    loadRulePacks([file], undefined, { validated });
    writeFileSync(file, pack('purple'));
    const broken = loadRulePacks([file], undefined, { validated });
    assert.equal(broken.rules.length, 0);
    assert.match(broken.problems[0]?.message ?? '', /team\.gravity/);
    const again = loadRulePacks([file], undefined, { validated });
    assert.deepEqual(again.problems, broken.problems, 'still reported on the next load');
    assert.equal(readdirSync(join(dir, 'markers')).length, 1, 'only the clean text was remembered');
  });
});
