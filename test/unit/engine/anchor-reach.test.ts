// A whole-document scan keeps other roles' matches only within CONTEXT_REACH of an anchor of their rule
// (see anchor-reach.ts). The findings must be those of the scan that keeps every match, also where
// "with" words, look-alikes and mitigations sit near the edge of an anchor's reach.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Language, scanDocument } from '../../../server/src/engine';
import { AnchorReach, CONTEXT_REACH } from '../../../server/src/engine/anchor-reach';
import { applyContext } from '../../../server/src/engine/context';
import { applyDirectives } from '../../../server/src/engine/directives';
import { extractProse } from '../../../server/src/engine/extract';
import { findMatches, type RawMatch } from '../../../server/src/engine/match';
import { Role } from '../../../server/src/engine/rules/compile';
import { MAX_REACH } from '../../../server/src/engine/sentences';
import { testRules } from './engine-fixture';

const knownRuleIds = new Set(testRules.rules.map((r) => r.id));

/** The findings with every raw match kept. */
function keepingEveryMatch(text: string, language: Language) {
  const extracted = extractProse(text, language);
  const { matches } = findMatches(extracted.masked, testRules);
  return applyDirectives(text, applyContext(text, extracted.masked, extracted.breaks, matches, testRules), extracted.directives, {
    knownRuleIds,
  });
}

function anchor(rule: number, start: number, end: number): RawMatch {
  return { rule, role: Role.Anchor, group: 0, start, end, abbreviation: false };
}

describe('AnchorReach', () => {
  it('covers a start within CONTEXT_REACH of an anchor of the same rule, and nothing else', () => {
    const reach = new AnchorReach([anchor(3, 5000, 5010), anchor(1, 100, 110), anchor(3, 9000, 9020)]);
    assert.equal(reach.covers(3, 5000 - CONTEXT_REACH), true);
    assert.equal(reach.covers(3, 5000 - CONTEXT_REACH - 1), false);
    assert.equal(reach.covers(3, 5010 + CONTEXT_REACH), true);
    assert.equal(reach.covers(3, 5010 + CONTEXT_REACH + 1), false);
    assert.equal(reach.covers(3, 9020 + CONTEXT_REACH), true);
    assert.equal(reach.covers(3, 9020 + CONTEXT_REACH + 1), false);
    assert.equal(reach.covers(1, 0), true);
    assert.equal(reach.covers(2, 5000), false);
    assert.equal(new AnchorReach([]).covers(0, 0), false);
  });

  it('reaches past a long anchor that starts before a shorter one', () => {
    const reach = new AnchorReach([anchor(0, 100, 8000), anchor(0, 200, 210)]);
    assert.equal(reach.covers(0, 8000 + CONTEXT_REACH), true);
  });

  it('reaches at least as far as a sentence and a look-alike before it', () => {
    assert.ok(CONTEXT_REACH >= MAX_REACH + 400);
  });
});

describe('whole-document scans keep other matches only near an anchor', () => {
  // Pieces of the test pack's rules: anchors, "with" words of both groups, a look-alike, a mitigation,
  // an abbreviation and its context, and filler that makes one long sentence (no full stops).
  const pieces = [
    'genetic data',
    'transfer',
    'share',
    'China',
    'China clay',
    'Shenzhen',
    'quantum sensing',
    'quantum sensing of damages',
    'export licence',
    'NUDT',
    'National University of Defense Technology',
    'university',
    'and',
  ];
  const filler = (words: number) => 'lorem ipsum '.repeat(words);

  it('find what keeping every match finds, with pieces near the edge of a sentence’s reach', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 0, max: 320 })), { minLength: 2, maxLength: 10 }),
        fc.constantFrom<Language>('plaintext', 'markdown'),
        (parts, language) => {
          const text = parts.map(([piece, gap]) => `${filler(gap)}${piece} `).join('');
          assert.deepEqual(scanDocument(text, language, testRules).findings, keepingEveryMatch(text, language));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('find a combination whose "with" words sit just inside the sentence, and not one just outside', () => {
    for (const gap of [120, 124, 125, 126, 130]) {
      const text = `genetic data ${filler(gap)} transfer to China`;
      const expected = keepingEveryMatch(text, 'plaintext');
      assert.deepEqual(scanDocument(text, 'plaintext', testRules).findings, expected, `gap ${gap}`);
    }
    const near = `genetic data ${filler(10)} transfer to China`;
    assert.equal(scanDocument(near, 'plaintext', testRules).findings.length, 1);
    const far = `genetic data ${filler(200)} transfer to China`;
    assert.equal(scanDocument(far, 'plaintext', testRules).findings.length, 0);
  });
});
