import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules, loadRulePacks, parsePackText } from '../../../server/src/engine';

const goodRule = `
  - id: x.good
    category: dual-use-tech
    risk: red
    title: Good
    message: m
    guidance: dual-use
    source: { document: d }
    match: { phrases: [quantum sensing] }
    examples: [quantum sensing]
    near_misses: [quantum]`;

describe('rule pack loading', () => {
  it('reports a YAML syntax error with line and column and loads nothing from that file', () => {
    const { pack, problems } = parsePackText('pack: p\nversion: "1\ntitle: t\n', 'bad.yaml');
    assert.equal(pack, undefined);
    assert.equal(problems.length > 0, true);
    assert.match(problems[0].message, /YAML syntax error/);
    assert.equal(problems[0].file, 'bad.yaml');
    assert.ok(problems[0].line >= 2);
  });

  it('skips an invalid rule, names its line and property, and keeps the valid ones', () => {
    const text = `pack: p\nversion: '1'\ntitle: t\nrules:${goodRule}\n  - id: x.bad\n    category: weapons\n    risk: red\n`;
    const { pack, problems } = parsePackText(text, 'p.yaml');
    assert.deepEqual(
      pack?.rules.map((r) => r.id),
      ['x.good'],
    );
    const category = problems.find((p) => p.message.includes('category'));
    assert.ok(category, JSON.stringify(problems));
    assert.equal(category.line, 16);
    assert.ok(problems.some((p) => /must have required property 'examples'/.test(p.message)));
  });

  it('keeps loading other packs when one is broken, and reports duplicates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caveat-packs-'));
    writeFileSync(join(dir, 'a.yaml'), `pack: a\nversion: '1'\ntitle: a\nrules:${goodRule}\n`);
    writeFileSync(join(dir, 'b.yaml'), 'pack: [unclosed\n');
    writeFileSync(join(dir, 'c.yaml'), `pack: c\nversion: '1'\ntitle: c\nrules:${goodRule}\n`);
    const loaded = loadRulePacks([dir, join(dir, 'missing.yaml')]);
    assert.deepEqual(
      loaded.rules.map((r) => r.id),
      ['x.good'],
    );
    const files = loaded.problems.map((p) => p.file.split('/').pop());
    assert.deepEqual(files, ['b.yaml', 'c.yaml', 'missing.yaml']);
  });

  it('rejects a regular expression RE2 cannot run in linear time, at its line, and skips the rule', () => {
    const text = `pack: p\nversion: '1'\ntitle: t\nrules:${goodRule.replace('match: { phrases: [quantum sensing] }', "match:\n      patterns:\n        - '(?=quantum)q'\n        - '(a+)+\\1'")}\n`;
    const { pack, problems } = parsePackText(text, 'p.yaml');
    assert.deepEqual(pack?.rules, []);
    assert.equal(problems.length, 2, JSON.stringify(problems));
    assert.match(problems[0].message, /rule x\.good: pattern rejected \(RE2 runs only linear-time patterns/);
    const lines = text.split('\n');
    assert.equal(problems[0].line, lines.findIndex((l) => l.includes('(?=quantum)q')) + 1);
    assert.equal(problems[1].line, lines.findIndex((l) => l.includes('(a+)+')) + 1);
  });

  it("reports a JSON pack's syntax error at its line", () => {
    const { problems } = parsePackText('{\n  "pack": "team",\n  "rules": [\n    {"id": }\n  ]\n}\n', 'team.json');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 4);
    assert.match(problems[0].message, /invalid JSON/);
  });

  it('names the pack file in problems found when compiling', () => {
    const text = `pack: p\nversion: '1'\ntitle: t\nrules:${goodRule}\n`;
    const { pack } = parsePackText(text, '/packs/p.yaml');
    const compiled = compileRules([{ ...pack!.rules[0], match: { patterns: ['(?=x)y'] } }]);
    assert.equal(compiled.problems[0].file, '/packs/p.yaml');
  });
});
