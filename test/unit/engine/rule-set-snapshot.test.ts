// A rule-set snapshot must never change a finding, a report or a hover: rules read back lazily scan
// like the packs they came from; a changed pack, a damaged file or a load with problems is loaded
// from the packs again; and the editor's last-good rules still work after a start from a snapshot.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bundledRuleSources,
  compileRules,
  isLazyRuleList,
  type Language,
  lazyRuleList,
  loadBundledRules,
  type Rule,
  readRuleSetSnapshot,
  ruleIdsOf,
  ruleLookup,
  ruleSetSnapshotKey,
  scan,
  writeRuleSetSnapshot,
} from '../../../server/src/engine';
import { RuleSetCache } from '../../../server/src/lsp/rule-set';

const examples: [string, Language][] = [
  ['examples/proposal.md', 'markdown'],
  ['examples/proposal.tex', 'latex'],
  ['examples/mou.txt', 'plaintext'],
];

function packText(phrase: string, extraRule = ''): string {
  return `pack: snapshot-test
version: 1.2.0
title: Snapshot test
rules:
  - id: snap.test
    category: dual-use-tech
    risk: orange
    title: Snapshot test
    message: A test rule.
    guidance: dual-use
    source: { document: test }
    match:
      phrases: ['${phrase}']
      patterns: ['zeta-\\d+']
    examples: ['we study ${phrase}']
    near_misses: ['nothing here']
${extraRule}`;
}

/** The pack breaks mid-edit (newer on disk): it is loaded from the packs, its last good rules kept. */
function assertLastGoodKeptWhenBroken(editor: RuleSetCache, pack: string): void {
  writeFileSync(pack, `${packText('zeta waves')}  - id: [oops\n`);
  const later = new Date(statSync(pack).mtimeMs + 5_000);
  utimesSync(pack, later, later);
  const broken = editor.get([pack]);
  assert.equal(broken.compile.from, 'packs');
  assert.deepEqual(broken.stale, [pack]);
  assert.ok(broken.problems.some((p) => p.file === pack));
  const found = scan('We study zeta waves.', 'plaintext', broken.compiled).map((f) => f.ruleId);
  assert.ok(found.includes('snap.test'), JSON.stringify(found));
}

function someRules(count: number): Rule[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r.${i}`,
    category: 'dual-use-tech',
    risk: 'red',
    title: `Rule ${i}`,
    message: 'm',
    guidance: 'g',
    source: { document: 'test' },
    match: { phrases: [`word${i}`] },
    examples: [],
    near_misses: [],
  }));
}

describe('lazy rule lists', () => {
  it('read like the array they stand for, and parse a rule only when it is used', () => {
    const rules = someRules(5);
    const reads: number[] = [];
    const lazy = lazyRuleList(
      rules.map((r) => r.id),
      (i) => {
        reads.push(i);
        return structuredClone(rules[i]);
      },
    );
    assert.equal(lazy.length, 5);
    assert.ok(Array.isArray(lazy));
    assert.ok(isLazyRuleList(lazy));
    assert.deepEqual(ruleIdsOf(lazy), ['r.0', 'r.1', 'r.2', 'r.3', 'r.4']);
    assert.deepEqual(reads, [], 'ids come without parsing');
    assert.equal(lazy[3].title, 'Rule 3');
    assert.equal(lazy[3], lazy[3], 'a rule is parsed once and kept');
    assert.deepEqual(reads, [3]);
    assert.equal(ruleLookup(lazy).get('r.1')?.title, 'Rule 1');
    assert.equal(ruleLookup(lazy).has('r.9'), false);
    assert.deepEqual(reads, [3, 1]);
    assert.deepEqual(
      lazy.map((r) => r.id),
      rules.map((r) => r.id),
    );
    assert.deepEqual([...lazy], rules);
    assert.deepEqual(JSON.parse(JSON.stringify(lazy)), rules);
    assert.equal(
      lazy.find((r) => r.id === 'r.4'),
      lazy[4],
    );
    assert.ok(1 in lazy);
    assert.ok(!(7 in lazy));
    assert.equal(lazy[7], undefined);
    assert.deepEqual(Object.keys(lazy), ['0', '1', '2', '3', '4']);
    assert.throws(() => {
      lazy[0] = rules[1];
    }, /read-only/);
  });

  it('give ids and look-ups of plain arrays too', () => {
    const rules = [...someRules(3), { ...someRules(1)[0], title: 'second r.0' }];
    assert.deepEqual(ruleIdsOf(rules), ['r.0', 'r.1', 'r.2', 'r.0']);
    assert.equal(ruleLookup(rules).get('r.0')?.title, 'Rule 0', 'the first rule of an id wins, as when loading');
  });
});

describe('rule-set snapshots', () => {
  let dir: string;
  let pack: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'caveat-snapshot-test-'));
    pack = join(dir, 'extra.yaml');
    writeFileSync(pack, packText('zeta waves'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const keyOf = () => ruleSetSnapshotKey(bundledRuleSources([pack]), 'bundled=true', 'test');

  function writeClean(): { rules: Rule[] } {
    const loaded = loadBundledRules([pack]);
    assert.deepEqual(loaded.problems, []);
    const compiled = compileRules(loaded.rules);
    assert.equal(writeRuleSetSnapshot(join(dir, 's'), keyOf(), loaded, compiled), undefined);
    return loaded;
  }

  it('reads back rules, packs and compiled tables that scan exactly like the packs', () => {
    const loaded = writeClean();
    const { snapshot, problem } = readRuleSetSnapshot(join(dir, 's'), keyOf());
    assert.equal(problem, undefined);
    assert.ok(snapshot);
    assert.ok(isLazyRuleList(snapshot.compiled.rules));
    assert.deepEqual(ruleIdsOf(snapshot.loaded.rules), ruleIdsOf(loaded.rules));
    assert.deepEqual(
      snapshot.loaded.packs.map((p) => [p.pack, p.version, p.file, ruleIdsOf(p.rules)]),
      loadBundledRules([pack]).packs.map((p) => [p.pack, p.version, p.file, p.rules.map((r) => r.id)]),
    );
    const fresh = compileRules(loaded.rules);
    for (const [file, language] of examples) {
      const text = readFileSync(file, 'utf8');
      const expected = scan(text, language, fresh);
      assert.ok(expected.length > 5, `${file} has findings`);
      assert.deepEqual(scan(text, language, snapshot.compiled), expected, file);
    }
    // The workspace pack's phrase and its regular expression both come back.
    const own = scan('We study zeta waves, and zeta-42.', 'plaintext', snapshot.compiled).filter((f) => f.ruleId === 'snap.test');
    assert.deepEqual(
      own.map((f) => f.text),
      ['zeta waves', 'zeta-42'],
    );
    assert.deepEqual(snapshot.loaded.rules[ruleIdsOf(snapshot.loaded.rules).indexOf('snap.test')], loaded.rules.at(-1));
  });

  it('is not used once a pack changes, and a damaged or foreign file is reported, not thrown', () => {
    writeClean();
    const before = keyOf();
    writeFileSync(pack, packText('zeta rays'));
    const later = new Date(statSync(pack).mtimeMs + 5_000);
    utimesSync(pack, later, later);
    assert.notEqual(keyOf(), before);
    assert.deepEqual(readRuleSetSnapshot(join(dir, 's'), keyOf()), {});

    const file = join(dir, 's', `${before}.snapshot`);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    assert.match(readRuleSetSnapshot(join(dir, 's'), before).problem ?? '', /unusable \(truncated\)/);
    writeFileSync(file, 'not a snapshot at all');
    assert.match(readRuleSetSnapshot(join(dir, 's'), before).problem ?? '', /not a rule-set snapshot/);
    const other = Buffer.from(bytes);
    writeFileSync(join(dir, 's', 'other.snapshot'), other);
    assert.match(readRuleSetSnapshot(join(dir, 's'), 'other').problem ?? '', /for other rules/);
  });

  it('keeps no load with problems', () => {
    writeFileSync(pack, packText('zeta waves', '  - id: snap.broken\n    category: nonsense\n'));
    const loaded = loadBundledRules([pack]);
    assert.ok(loaded.problems.length > 0);
    assert.equal(writeRuleSetSnapshot(join(dir, 's'), keyOf(), loaded, compileRules(loaded.rules)), undefined);
    assert.deepEqual(readRuleSetSnapshot(join(dir, 's'), keyOf()), {});
  });

  it('start the editor, whose broken workspace pack then keeps its last good rules', () => {
    const cacheRoot = join(dir, 'root');
    const first = new RuleSetCache(cacheRoot).get([pack]);
    assert.equal(first.compile.from, 'packs');
    assert.equal(readdirSync(join(cacheRoot, 'rule-sets')).filter((f) => f.endsWith('.snapshot')).length, 1);

    const editor = new RuleSetCache(cacheRoot);
    const started = editor.get([pack]);
    assert.equal(started.compile.from, 'snapshot');
    assert.deepEqual(started.problems, []);
    assert.deepEqual(
      started.packs.find((p) => p.pack === 'snapshot-test'),
      { pack: 'snapshot-test', version: '1.2.0', title: 'Snapshot test' },
    );

    // The pack breaks mid-edit: its rules from the snapshot stay active.
    assertLastGoodKeptWhenBroken(editor, pack);
  });

  it('have a large set loaded by a child process, and a broken one loaded here with its problems', function () {
    this.timeout(60_000);
    const cacheRoot = join(dir, 'root');
    // Every set is "large" here: the child process runs for any pack.
    const editor = new RuleSetCache(cacheRoot, { childFromBytes: 0 });
    const started = editor.get([pack]);
    assert.equal(started.compile.from, 'snapshot', started.compile.cacheProblem);
    assert.equal(started.compile.child, true);
    assert.deepEqual(started.problems, []);
    const found = scan('We study zeta waves, and zeta-42.', 'plaintext', started.compiled).filter((f) => f.ruleId === 'snap.test');
    assert.deepEqual(
      found.map((f) => f.text),
      ['zeta waves', 'zeta-42'],
    );
    // The child leaves no snapshot for a broken pack: it is loaded here, its last good rules kept.
    assertLastGoodKeptWhenBroken(editor, pack);
  });
});
