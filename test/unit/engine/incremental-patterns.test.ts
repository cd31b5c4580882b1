// Workspace patterns are matched a paragraph at a time (pattern-matches.ts), so an incremental scan
// re-reads only the paragraphs an edit reaches: its findings must still be a full scan's, after any
// edit, with patterns that reach across lines, match often, or stop at their limit.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileRules, IncrementalScanner, type Language, loadBundledRules, scanDocument } from '../../../server/src/engine';
import { MAX_PATTERN_MATCHES } from '../../../server/src/engine/match';
import { assertFollowsLineEdits } from './line-edits';

const REPO = join(__dirname, '..', '..', '..');

function patternRule(id: string, pattern: string, example: string): string {
  return [
    `  - id: wp.${id}`,
    '    category: contract-clause',
    '    risk: orange',
    `    title: Pattern ${id}`,
    `    message: Pattern ${id}.`,
    '    guidance: contract-clauses',
    '    source: { document: test }',
    `    match: { patterns: [${JSON.stringify(pattern)}] }`,
    `    examples: [${JSON.stringify(example)}]`,
    '    near_misses: ["Nothing here."]',
  ].join('\n');
}

const pack = join(mkdtempSync(join(tmpdir(), 'caveat-patterns-')), 'patterns.yaml');
writeFileSync(
  pack,
  [
    'pack: workspace-patterns-test',
    'version: "1"',
    'title: Patterns for incremental tests',
    'rules:',
    // [^.] runs across line breaks: only an empty line stops it.
    patternRule(
      'ip-vesting',
      'intellectual property[^.]{0,60}vest[a-z]* (?:solely|exclusively) in party b',
      'IP: intellectual property shall vest solely in Party B.',
    ),
    patternRule('grant', 'grant (?:no\\.?|number) [a-z]{2}-\\d{3,}', 'under grant number AB-1234'),
    // Matches often, and at a line's start.
    patternRule('the-data', '(?m)^the data', 'The data are ours.'),
    '',
  ].join('\n'),
);
const loaded = loadBundledRules([pack]);
assert.deepEqual(loaded.problems, []);
const compiled = compileRules(loaded.rules);

const drafts: [string, Language][] = [
  [readFileSync(join(REPO, 'examples', 'proposal.md'), 'utf8'), 'markdown'],
  [readFileSync(join(REPO, 'examples', 'proposal.tex'), 'utf8'), 'latex'],
  [readFileSync(join(REPO, 'examples', 'mou.txt'), 'utf8'), 'plaintext'],
];
const inserts = [
  'intellectual property shall vest solely in party b. ',
  'intellectual property\nshall vest\nsolely in party b',
  'intellectual property\n\nshall vest solely in party b',
  'grant number AB-1234 ',
  'The data ',
  'the data\n',
  '\n',
  '\n\n',
  '  \n',
  '.',
  'vest',
  '```\n',
  '%',
  '',
];

describe('incremental scans with workspace patterns', function () {
  this.timeout(120_000);

  for (const [draft, language] of drafts) {
    it(`equal a full scan after edits that make, break, join and split pattern matches (${language})`, () => {
      const withPatterns = `${draft}\nThe data stay here.\n\nintellectual property shall vest\nsolely in party b.\n`;
      const edit = { column: fc.nat({ max: 40 }), remove: fc.nat({ max: 30 }), insert: fc.constantFrom(...inserts) };
      const followed = assertFollowsLineEdits(withPatterns, language, compiled, edit, { numRuns: 60, seed: 17 });
      assert.ok(followed > 100, `only ${followed} edits were followed incrementally`);
    });
  }

  it('re-read a whole paragraph when an edit is on a later or an earlier line of a match across lines', () => {
    const draft = 'Intro.\n\nintellectual property\nshall vest solely in party b.\n\nEnd.\n';
    const scanner = new IncrementalScanner();
    scanner.scan(draft, 'plaintext', compiled);
    const ids = (text: string) => scanner.scan(text, 'plaintext', compiled).findings.map((f) => f.ruleId);
    assert.ok(ids(draft).includes('wp.ip-vesting'));
    for (const edited of [
      draft.replace('shall vest', 'shall go'), // breaks the match from its second line
      draft, // and mends it
      draft.replace('intellectual property', 'Also intellectual property'), // its first line, the match runs on
      draft.replace('solely in', 'only in'), // its last line
      draft,
    ]) {
      assert.deepEqual(scanner.scan(edited, 'plaintext', compiled), scanDocument(edited, 'plaintext', compiled), JSON.stringify(edited));
    }
    assert.ok(scanner.stats.incrementalScans >= 4);
  });

  it('re-read only the paragraphs around a one-character edit of a large draft', () => {
    const big = `${drafts[0][0]}\n\nThe data stay here, under grant number AB-1234.\n\n`.repeat(200);
    const scanner = new IncrementalScanner();
    scanner.scan(big, 'markdown', compiled);
    assert.equal(scanner.stats.patternChars > big.length / 2, true);
    const at = big.indexOf('\nOur approach', Math.floor(big.length / 2)) + 1;
    const edited = `${big.slice(0, at)}x${big.slice(at)}`;
    assert.deepEqual(scanner.scan(edited, 'markdown', compiled), scanDocument(edited, 'markdown', compiled));
    assert.equal(scanner.stats.incrementalScans, 1);
    assert.ok(scanner.stats.patternChars < 2000, `patterns re-read ${scanner.stats.patternChars} of ${big.length} characters`);
    assert.ok(scanner.stats.rereadChars < 1000, `re-read ${scanner.stats.rereadChars} of ${big.length} characters`);
  });

  it('say, as a full scan does, when an edit takes a pattern past its limit, and when it comes back', () => {
    const line = 'The data are here.\n';
    const full = line.repeat(MAX_PATTERN_MATCHES);
    const scanner = new IncrementalScanner();
    const first = scanner.scan(full, 'plaintext', compiled);
    assert.deepEqual(first, scanDocument(full, 'plaintext', compiled));
    assert.equal(first.notices, undefined);
    const over = `${full}${line}`;
    const past = scanner.scan(over, 'plaintext', compiled);
    assert.deepEqual(past, scanDocument(over, 'plaintext', compiled));
    assert.equal(past.notices?.length, 1);
    const back = scanner.scan(full, 'plaintext', compiled);
    assert.deepEqual(back, scanDocument(full, 'plaintext', compiled));
    assert.equal(back.notices, undefined);
  });
});
