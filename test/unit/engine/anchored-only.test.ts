// A whole-document scan keeps other roles' matches only for rules with an anchor in the text
// (findMatches anchoredOnly). The findings must be those of the scan that keeps every match.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileRules, type Language, loadBundledRules, scanDocument } from '../../../server/src/engine';
import { applyContext } from '../../../server/src/engine/context';
import { applyDirectives } from '../../../server/src/engine/directives';
import { extractProse } from '../../../server/src/engine/extract';
import { findMatches } from '../../../server/src/engine/match';

const REPO = join(__dirname, '..', '..', '..');
const compiled = compileRules(loadBundledRules().rules);
const knownRuleIds = new Set(compiled.rules.map((r) => r.id));

/** The findings with every raw match kept. */
function keepingEveryMatch(text: string, language: Language) {
  const extracted = extractProse(text, language);
  const { matches } = findMatches(extracted.masked, compiled);
  return applyDirectives(text, applyContext(text, extracted.masked, extracted.breaks, matches, compiled), extracted.directives, {
    knownRuleIds,
  });
}

const drafts: [string, Language][] = [
  ['examples/proposal.md', 'markdown'],
  ['examples/proposal.tex', 'latex'],
  ['examples/mou.txt', 'plaintext'],
];

describe('whole-document scans keep only anchored rules’ other matches', () => {
  it('find what keeping every match finds, on the examples', () => {
    for (const [file, language] of drafts) {
      const text = readFileSync(join(REPO, file), 'utf8');
      const expected = keepingEveryMatch(text, language);
      assert.ok(expected.length > 5);
      assert.deepEqual(scanDocument(text, language, compiled).findings, expected, file);
    }
  });

  it('find what keeping every match finds, on sentences mixed from the rules’ own examples', () => {
    const sentences = compiled.rules.flatMap((r) => [...r.examples, ...r.near_misses]).slice(0, 3000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }), fc.boolean(), (picked, oneSentence) => {
        const text = picked.join(oneSentence ? ' and ' : '\n\n');
        assert.deepEqual(scanDocument(text, 'plaintext', compiled).findings, keepingEveryMatch(text, 'plaintext'));
      }),
      { numRuns: 400 },
    );
  });
});
