// Incremental scans must give exactly the findings of a full scan, after any sequence of edits.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileRules, IncrementalScanner, type Language, loadBundledRules, scanDocument } from '../../../server/src/engine';
import { commonEnds } from '../../../server/src/engine/incremental';

const REPO = join(__dirname, '..', '..', '..');
const compiled = compileRules(loadBundledRules().rules);
const drafts: [string, Language][] = [
  [readFileSync(join(REPO, 'examples', 'proposal.md'), 'utf8'), 'markdown'],
  [readFileSync(join(REPO, 'examples', 'proposal.tex'), 'utf8'), 'latex'],
  [readFileSync(join(REPO, 'examples', 'mou.txt'), 'utf8'), 'plaintext'],
];
const snippets = [
  'quantum sensors',
  ' ',
  '\n',
  '\n\n',
  '-',
  'sen-\nsors',
  'genetic data will be transferred to China',
  'NUDT',
  'university',
  'not ',
  '.',
  '国防科技大学',
  '`',
  '<!-- x -->',
  '%',
  'the',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('incremental scanning', function () {
  this.timeout(120000);

  for (const [draft, language] of drafts) {
    it(`equals a full scan after random edits (${language})`, () => {
      const edit = fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        remove: fc.nat({ max: 30 }),
        insert: fc.constantFrom(...snippets),
      });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          const scanner = new IncrementalScanner();
          let text = draft;
          scanner.scan(text, language, compiled);
          for (const e of edits) {
            text = apply(text, e);
            const incremental = scanner.scan(text, language, compiled).findings;
            const full = scanDocument(text, language, compiled).findings;
            assert.deepEqual(incremental, full);
          }
        }),
        { numRuns: 40, seed: 42 },
      );
    });
  }

  it('reads only the tokens around a one-character edit of a large draft', () => {
    const big = `${drafts[0][0]}\n\n`.repeat(200);
    const scanner = new IncrementalScanner();
    scanner.scan(big, 'markdown', compiled);
    const middle = Math.floor(big.length / 2);
    scanner.scan(`${big.slice(0, middle)}x${big.slice(middle)}`, 'markdown', compiled);
    assert.equal(scanner.stats.incrementalScans, 1);
    assert.ok(scanner.stats.rescannedChars < 2000, `rescanned ${scanner.stats.rescannedChars} of ${big.length} characters`);
  });
});

describe('common prefix and suffix of two versions', () => {
  it('equal a character-by-character comparison, across chunk edges', () => {
    // Long, repetitive texts: edits land on and across 1,024-character chunk edges.
    const base = fc.tuple(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 300 })).map(([s, n]) => s.repeat(n));
    fc.assert(
      fc.property(base, fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), (a, at, cut, insert) => {
        const from = a.length ? at % (a.length + 1) : 0;
        const to = Math.min(a.length, from + (cut % 7));
        const b = a.slice(0, from) + insert + a.slice(to);
        const shortest = Math.min(a.length, b.length);
        let prefix = 0;
        while (prefix < shortest && a[prefix] === b[prefix]) prefix++;
        let suffix = 0;
        while (suffix < shortest - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
        assert.deepEqual(commonEnds(a, b, shortest), [prefix, suffix]);
      }),
      { numRuns: 2000 },
    );
  });
});
