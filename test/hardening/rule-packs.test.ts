// Hostile rule packs. Engine: RE2 rejects backreferences and look-arounds with a problem that names
// the rule; catastrophic-backtracking patterns that RE2 accepts run in linear work on 1 MB of
// adversarial input. Server: a pack with a syntax or schema error is reported as diagnostics on that
// file, at the line and column of the error, and the last good rules stay active.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { compileRules, IncrementalScanner, loadRulePacks, scan, scanDocument } from '../../server/src/engine';
import { TestLspClient } from '../lsp/lsp-client';
import { count } from './support/op-counter';
import { lineOf, packYaml, writePack } from './support/packs';

const REJECTED: [string, string][] = [
  ['backreference', '(a)\\1'],
  ['named backreference', '(?P<x>a)(?P=x)'],
  ['look-ahead', 'data(?=\\s+china)'],
  ['negative look-ahead', '(?!safe)data'],
  ['look-behind', '(?<=china\\s)data'],
  ['negative look-behind', '(?<!no\\s)data'],
  ['atomic group', '(?>a+)b'],
  ['possessive quantifier', 'a++b'],
  ['a pattern that matches the empty string', 'a*'],
];

const CATASTROPHIC = ['(a+)+$', '(.*a){20}', '(a|aa)+$', '(a*)*b', '(x+x+)+y', '^(\\w+\\s?)+$', '(a|a?)+b'];

describe('hardening: hostile rule packs (engine)', function () {
  this.timeout(120000);

  it('rejects backreferences, look-arounds and empty matches with a problem naming the rule, at the pattern in the pack file; the other rules still run', () => {
    const rules = REJECTED.map(([, p], i) => ({ id: `hostile.rejected-${i}`, patterns: [p] }));
    const text = packYaml('hostile', [...rules, { id: 'hostile.good', patterns: ['genetic data'] }]);
    const file = writePack('hostile.yaml', text);
    const loaded = loadRulePacks([file]);
    const compiled = compileRules(loaded.rules);
    const problems = [...loaded.problems, ...compiled.problems];
    REJECTED.forEach(([kind, pattern], i) => {
      const problem = problems.find((p) => p.message.includes(`hostile.rejected-${i}:`));
      assert.ok(problem, `${kind} /${pattern}/ was not rejected: ${JSON.stringify(problems)}`);
      assert.equal(problem.severity, 'error');
      assert.equal(problem.file, file, 'the pack file');
      const ruleLine = lineOf(text, `id: hostile.rejected-${i}\n`);
      assert.equal(problem.line, ruleLine + 8, `the line of the pattern of ${kind}`);
    });
    assert.equal(problems.length, REJECTED.length, JSON.stringify(problems));
    assert.deepEqual(
      scan('Genetic data goes abroad.', 'plaintext', compiled).map((f) => f.ruleId),
      ['hostile.good'],
    );
  });

  it('runs catastrophic-backtracking patterns over 1 MB of adversarial input, in linear work', () => {
    const file = writePack(
      'catastrophic.yaml',
      packYaml(
        'catastrophic',
        CATASTROPHIC.map((p, i) => ({ id: `hostile.catastrophic-${i}`, patterns: [p] })),
      ),
    );
    const loaded = loadRulePacks([file]);
    assert.deepEqual(loaded.problems, []);
    const compiled = compileRules(loaded.rules);
    assert.deepEqual(compiled.problems, [], 'RE2 accepts these: they are linear in RE2');
    const adversarial = (n: number) => `${'a'.repeat(n / 2)}!\n${'x'.repeat(n / 4)}\n${'aa '.repeat(n / 12)}`;
    // 1 MB for the two patterns the issue names (RE2JS reads about 1 MB/s per pattern here).
    const named = compileRules(loaded.rules.slice(0, 2));
    const big = adversarial(1 << 20);
    const started = performance.now();
    const findings = scan(big, 'plaintext', named);
    const ms = performance.now() - started;
    for (const f of findings) assert.equal(big.slice(f.start, f.end), f.text);
    // All the patterns, for linear work.
    const small = count(() => scan(adversarial(16_000), 'plaintext', compiled)).ops.total;
    const large = count(() => scan(adversarial(64_000), 'plaintext', compiled)).ops.total;
    assert.ok(large / small <= 6, `work ${small} -> ${large} (x${(large / small).toFixed(2)}) for 4x the input`);
    console.log(
      `      ${(big.length / 1e6).toFixed(2)} M chars of adversarial input, /${CATASTROPHIC[0]}/ and /${CATASTROPHIC[1]}/: ${ms.toFixed(0)} ms, ${findings.length} findings`,
    );
  });
});

describe('hardening: hostile rule packs, patterns whose matches each kept the search alive', function () {
  this.timeout(120000);
  // Until b47849e, m.find() ran again after every match and the longer alternative kept each search
  // alive to the end of the text: O(n) per match, O(n^2) in all (8,000 characters took ~5 s).
  for (const pattern of ['a[^z]*z|a', '\\w+@|\\w']) {
    it(`/${pattern}/ on "aaa...": 4x the input costs at most 6x the work`, () => {
      const file = writePack('team.yaml', packYaml('team', [{ id: 'team.alternation', patterns: [pattern] }]));
      const compiled = compileRules(loadRulePacks([file]).rules);
      assert.deepEqual(compiled.problems, []);
      const small = count(() => scan('a'.repeat(1000), 'plaintext', compiled)).ops.total;
      const large = count(() => scan('a'.repeat(4000), 'plaintext', compiled)).ops.total;
      assert.ok(large / small <= 6, `work ${small} -> ${large} (x${(large / small).toFixed(2)})`);
    });
  }
});

describe('hardening: a workspace pattern that matches very often', function () {
  this.timeout(120000);

  it('reports every occurrence of a pattern up to 10,000 in a document (3,000 occurrences)', () => {
    const file = writePack('team.yaml', packYaml('team', [{ id: 'team.many', patterns: ['xyzzy'] }]));
    const compiled = compileRules(loadRulePacks([file]).rules);
    const report = scanDocument('xyzzy. '.repeat(3000), 'plaintext', compiled);
    assert.equal(report.findings.length, 3000);
    assert.equal(report.notices, undefined);
  });

  it('stops a pattern at 10,000 matches and says so, naming the rule', () => {
    const file = writePack('team.yaml', packYaml('team', [{ id: 'team.everywhere', patterns: ['xyzzy'] }]));
    const compiled = compileRules(loadRulePacks([file]).rules);
    const report = scanDocument('xyzzy. '.repeat(12000), 'plaintext', compiled);
    assert.equal(report.findings.length, 10000);
    assert.equal(report.notices?.length, 1);
    assert.match(report.notices?.[0] ?? '', /team\.everywhere.*10,000 times.*later matches are not reported/);
    const incremental = new IncrementalScanner().scan('xyzzy. '.repeat(12000), 'plaintext', compiled);
    assert.deepEqual(incremental.notices, report.notices);
  });
});

describe('hardening: hostile rule packs (language server)', function () {
  this.timeout(60000);
  let client: TestLspClient | undefined;
  afterEach(async () => {
    if (client && client.process.exitCode === null) await client.shutdown();
    client = undefined;
  });

  const start = async (packs: string[]) => {
    client = new TestLspClient(undefined, { rulePacks: packs, useBundledRules: false, debounceMs: 0, reviewedPartnersFile: '' });
    await client.initialize();
    return client;
  };

  it('reports a schema error at its line and column in the pack, and keeps the pack’s valid rules', async () => {
    const text = packYaml('team', [
      { id: 'team.good', phrases: ['genetic data'] },
      { id: 'team.bad-risk', phrases: ['quantum sensors'], risk: 'purple' },
    ]);
    const pack = writePack('team.yaml', text);
    const c = await start([pack]);
    const uri = 'file:///tmp/caveat-hardening/schema.md';
    await c.open(uri, 'markdown', 'Genetic data and quantum sensors.\n');
    const doc = await c.waitFor(uri, (d) => d.diagnostics.length > 0);
    assert.deepEqual(
      doc.diagnostics.map((d) => d.code),
      ['team.good'],
    );
    const problems = await c.waitFor(pathToFileURL(pack).toString(), (d) => d.diagnostics.length > 0);
    const [p] = problems.diagnostics;
    assert.match(String(p.message), /team\.bad-risk/);
    assert.equal(p.range.start.line, lineOf(text, 'risk: purple') - 1, 'line of the bad value');
    assert.equal(p.range.start.character, '    risk: '.length, 'column of the bad value');
  });

  it('reports a JSON syntax error with line and column', async () => {
    const pack = writePack('team.json', '{\n  "pack": "team",\n  "version": "1",\n  "rules": [\n    {"id": "x",}\n  ]\n}\n');
    const c = await start([pack]);
    const uri = 'file:///tmp/caveat-hardening/json.md';
    await c.open(uri, 'markdown', 'Text.\n');
    await c.waitFor(uri, () => true);
    const problems = await c.waitFor(pathToFileURL(pack).toString(), (d) => d.diagnostics.length > 0);
    const [p] = problems.diagnostics;
    assert.match(String(p.message), /invalid JSON/);
    assert.equal(p.range.start.line, 4, 'the line of the trailing comma');
    assert.ok(p.range.start.character > 0, 'a column on that line');
  });

  it('shows a rejected pattern as a diagnostic on the pack file, naming the rule', async () => {
    const file = writePack('team.yaml', packYaml('team', [{ id: 'team.backref', patterns: ['(a)\\1'] }]));
    const c = await start([file]);
    const uri = 'file:///tmp/caveat-hardening/backref.md';
    await c.open(uri, 'markdown', 'aa\n');
    await c.waitFor(uri, () => true); // the rule problems are published before the first scan
    const problems = c.diagnostics(pathToFileURL(file).toString()) ?? [];
    assert.ok(
      problems.some((d) => /team\.backref/.test(String(d.message))),
      JSON.stringify(problems),
    );
  });

  it('shows a pattern stopped at 10,000 matches as one notice at the top of the document', async () => {
    const file = writePack('team.yaml', packYaml('team', [{ id: 'team.everywhere', patterns: ['xyzzy'] }]));
    const c = await start([file]);
    const uri = 'file:///tmp/caveat-hardening/everywhere.md';
    await c.open(uri, 'markdown', 'xyzzy. '.repeat(10001));
    const doc = await c.waitFor(uri, (d) => d.diagnostics.length > 0);
    const notices = doc.diagnostics.filter((d) => d.code === 'caveat.scan-notice');
    assert.equal(notices.length, 1);
    assert.match(String(notices[0].message), /team\.everywhere/);
    assert.equal(notices[0].range.start.line, 0);
    assert.equal(doc.diagnostics.length, 10001);
  });

  it('reports a JSON pack with an unexpected token at the line of the token', () => {
    const file = writePack('team.json', '{\n  "pack": "team",\n  "version": "1",\n  "rules": [\n    {"id": }\n  ]\n}\n');
    const { problems } = loadRulePacks([file]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 5, `${problems[0].line}:${problems[0].column} ${problems[0].message}`);
  });

  it('keeps the last good version of a rule while an edit breaks its schema', async () => {
    const good = packYaml('team', [{ id: 'team.quantum', phrases: ['quantum sensors'], risk: 'red' }]);
    const file = writePack('team.yaml', good);
    const c = await start([file]);
    const uri = 'file:///tmp/caveat-hardening/half-typed.md';
    await c.open(uri, 'markdown', 'We build quantum sensors.\n');
    await c.waitFor(uri, (d) => d.diagnostics.length === 1);
    writeFileSync(file, good.replace('risk: red', 'risk: re'));
    await c.connection.sendNotification('caveat/rescan');
    await c.waitFor(pathToFileURL(file).toString(), (d) => d.diagnostics.length > 0);
    // A new version of the draft, so the diagnostics waited for come from a scan with the broken pack.
    await c.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }],
    });
    const doc = await c.waitFor(uri, (d) => d.version === 2);
    assert.deepEqual(
      doc.diagnostics.map((d) => d.code),
      ['team.quantum'],
    );
  });

  it('keeps the last good rules when the whole pack breaks its schema, and drops the problems once fixed', async () => {
    const good = packYaml('team', [{ id: 'team.quantum', phrases: ['quantum sensors'] }]);
    const pack = writePack('team.yaml', good);
    const c = await start([pack]);
    const uri = 'file:///tmp/caveat-hardening/last-good.md';
    await c.open(uri, 'markdown', 'We build quantum sensors.\n');
    await c.waitFor(uri, (d) => d.diagnostics.length === 1);
    const packUri = pathToFileURL(pack).toString();
    for (const broken of ['pack: team\nversion: "1"\ntitle: t\nrules: 5\n', '- just\n- a list\n', 'pack: team\nrules: [\n']) {
      writeFileSync(pack, broken);
      await c.connection.sendNotification('caveat/rescan');
      await c.waitFor(packUri, (d) => d.diagnostics.length > 0);
      const doc = await c.waitFor(uri, (d) => d.diagnostics.length === 1);
      assert.equal(doc.diagnostics[0].code, 'team.quantum', `still active after: ${JSON.stringify(broken)}`);
    }
    writeFileSync(pack, good.replace('quantum sensors', 'genetic data'));
    await c.connection.sendNotification('caveat/rescan');
    await c.waitFor(packUri, (d) => d.diagnostics.length === 0);
    await c.waitFor(uri, (d) => d.diagnostics.length === 0);
  });
});
