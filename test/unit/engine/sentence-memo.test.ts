// SentenceFinder remembers stretches without a boundary between look-ups, and the negation window is
// found by reading back only as far as needed. Both must answer exactly as a fresh, whole reading.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { windowStartBefore } from '../../../server/src/engine/cues';
import { SentenceFinder } from '../../../server/src/engine/sentences';
import { tokenize } from '../../../server/src/engine/tokenize';

const piece = fc.constantFrom(
  'word',
  'China',
  "China's",
  ' ',
  ' ',
  '. ',
  '.\n',
  '\n\n',
  '? ',
  'e.g. ',
  'Dr. ',
  'no',
  ' a',
  '。',
  '-',
  'x'.repeat(40),
  ' '.repeat(30),
);
const text = fc.array(piece, { minLength: 1, maxLength: 200 }).map((a) => a.join(''));

describe('sentence look-ups that remember', () => {
  it('give the sentence a fresh finder gives, for look-ups in order and out of order', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), (t, raw, sorted) => {
        const breaks = [0, Math.floor(t.length / 3)].sort((a, b) => a - b);
        const positions = raw.map((r) => r % (t.length + 1));
        if (sorted) positions.sort((a, b) => a - b);
        const remembering = new SentenceFinder(t, breaks);
        for (const pos of positions) {
          const end = Math.min(t.length, pos + 4);
          assert.deepEqual(remembering.around(pos, end), new SentenceFinder(t, breaks).around(pos, end), `at ${pos}`);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('negation window', () => {
  it('starts where tokenizing the whole stretch says it does, within 40 characters a token', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 12 }), (t, a, b, window) => {
        const [from, start] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y);
        const starts: number[] = [];
        tokenize(t.slice(from, start), (s) => starts.push(s));
        let expected = starts.length > window ? from + starts[starts.length - window] : from;
        const reach = start - 40 * window;
        // Beyond the bound: the first token inside it (or the match itself).
        if (expected < reach) expected = from + (starts.find((s) => from + s >= reach) ?? start - from);
        assert.equal(windowStartBefore(t, from, start, window), expected);
      }),
      { numRuns: 3000 },
    );
  });
});
