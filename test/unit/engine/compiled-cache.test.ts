// The compiled-rules cache must never change a finding: an entry read back scans like a fresh
// compile; a changed pack, a damaged entry or an unwritable folder compiles afresh.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledRuleSources, compileRules, type Language, loadBundledRules, loadRulePacks, scan } from '../../../server/src/engine';
import { compileRulesCached } from '../../../server/src/engine/rules/compiled-cache';

const examples: [string, Language][] = [
  ['examples/proposal.md', 'markdown'],
  ['examples/proposal.tex', 'latex'],
  ['examples/mou.txt', 'plaintext'],
];

function packText(phrase: string): string {
  return `pack: cache-test
version: 1.0.0
title: Cache test
rules:
  - id: cache.test
    category: dual-use-tech
    risk: orange
    title: Cache test
    message: A test rule.
    guidance: dual-use
    source: { document: test }
    match:
      phrases: ['${phrase}']
      abbreviations: ['ZQX']
      patterns: ['zeta-\\d+']
    examples: ['we study ${phrase}']
    near_misses: ['nothing here']
`;
}

describe('compiled-rules cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caveat-cache-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back rules that scan exactly like a fresh compile', () => {
    const rules = loadBundledRules().rules;
    const sources = bundledRuleSources();
    const first = compileRulesCached(rules, { dir: join(dir, 'c'), sources });
    const second = compileRulesCached(rules, { dir: join(dir, 'c'), sources });
    assert.equal(first.hit, false);
    assert.equal(second.hit, true, second.cacheProblem);
    const fresh = compileRules(rules);
    assert.deepEqual(second.compiled.stats.nodes, fresh.stats.nodes);
    for (const [file, language] of examples) {
      const text = readFileSync(file, 'utf8');
      const expected = scan(text, language, fresh);
      assert.ok(expected.length > 5, `${file} has findings`);
      assert.deepEqual(scan(text, language, second.compiled), expected, file);
    }
  });

  it('compiles afresh when a pack file changes, and keeps patterns and abbreviations', () => {
    const pack = join(dir, 'pack.yaml');
    const cache = join(dir, 'c');
    writeFileSync(pack, packText('gravity sensor'));
    const load = () => {
      const loaded = loadRulePacks([pack]);
      assert.deepEqual(loaded.problems, []);
      return loaded.rules;
    };
    compileRulesCached(load(), { dir: cache, sources: [pack] });
    const hit = compileRulesCached(load(), { dir: cache, sources: [pack] });
    assert.equal(hit.hit, true);
    const found = (c: typeof hit) =>
      scan('The ZQX unit studies gravity sensors and zeta-42 and magnetic domains.', 'plaintext', c.compiled).map((f) => f.text);
    assert.deepEqual(found(hit), ['ZQX', 'gravity sensors', 'zeta-42']);
    writeFileSync(pack, packText('magnetic domain'));
    const changed = compileRulesCached(load(), { dir: cache, sources: [pack] });
    assert.equal(changed.hit, false);
    assert.deepEqual(found(changed), ['ZQX', 'zeta-42', 'magnetic domains']);
  });

  it('replaces a damaged entry and says so', () => {
    const rules = loadBundledRules().rules;
    const sources = bundledRuleSources();
    const cache = join(dir, 'c');
    compileRulesCached(rules, { dir: cache, sources });
    const [entry] = readdirSync(cache);
    const bytes = readFileSync(join(cache, entry));
    writeFileSync(join(cache, entry), bytes.subarray(0, bytes.length >> 1));
    const damaged = compileRulesCached(rules, { dir: cache, sources });
    assert.equal(damaged.hit, false);
    assert.match(damaged.cacheProblem ?? '', /unusable \(truncated\)/);
    assert.equal(compileRulesCached(rules, { dir: cache, sources }).hit, true);
    // A flipped byte inside a table (the file's length unchanged) is caught by its checksum, never
    // scanned: a damaged fail link could send the automaton round in circles.
    const whole = readFileSync(join(cache, entry));
    whole[whole.length - 9] ^= 0xff;
    writeFileSync(join(cache, entry), whole);
    const flipped = compileRulesCached(rules, { dir: cache, sources });
    assert.equal(flipped.hit, false);
    assert.match(flipped.cacheProblem ?? '', /unusable \(table \w+ is damaged \(checksum\)\)/);
  });

  it('still compiles when the cache folder cannot be written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const result = compileRulesCached(loadBundledRules().rules, { dir: join(blocker, 'cache'), sources: bundledRuleSources() });
    assert.equal(result.hit, false);
    assert.match(result.cacheProblem ?? '', /could not write the compiled-rules cache/);
    assert.ok(result.compiled.stats.rules > 1000);
  });

  it('only reads, never writes, with write: false', () => {
    const rules = loadBundledRules().rules;
    const sources = bundledRuleSources();
    const cache = join(dir, 'c');
    const readOnly = compileRulesCached(rules, { dir: cache, sources, write: false });
    assert.equal(readOnly.hit, false);
    assert.equal(existsSync(cache), false);
    compileRulesCached(rules, { dir: cache, sources });
    assert.equal(compileRulesCached(rules, { dir: cache, sources, write: false }).hit, true);
  });

  it('keeps only the six most recently used entries', () => {
    const pack = join(dir, 'pack.yaml');
    const cache = join(dir, 'c');
    for (let i = 0; i < 9; i++) {
      writeFileSync(pack, packText(`phrase number ${'x'.repeat(i + 1)}`));
      compileRulesCached(loadRulePacks([pack]).rules, { dir: cache, sources: [pack] });
    }
    assert.equal(readdirSync(cache).length, 6);
  });
});
