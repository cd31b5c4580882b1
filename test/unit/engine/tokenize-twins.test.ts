// tokenizeDocument is tokenizeHashed line for line, kept apart so the engine optimises the whole-document
// scanner's loop on its own (see tokenize.ts): both must give the same tokens, in the same order.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type HashedTokenSink, type JoinTest, tokenizeDocument, tokenizeHashed } from '../../../server/src/engine/tokenize';

type Tokenizer = (text: string, sink: HashedTokenSink, joinTest?: JoinTest, from?: number, to?: number) => void;

function tokensOf(tokenizer: Tokenizer, text: string, joinTest: JoinTest | undefined, from?: number, to?: number): unknown[] {
  const tokens: unknown[] = [];
  tokenizer(text, (...token) => tokens.push(token), joinTest, from, to);
  return tokens;
}

// Pieces that reach every branch: ASCII words in any case, digits, possessives, hyphens at line ends,
// non-ASCII letters, CJK (also beyond the BMP), lone surrogates, punctuation and spaces.
const pieces = [
  'sensor',
  'Sensor',
  'NUDT',
  'x86',
  "China's",
  'Huawei’s',
  "its'",
  'sen-\nsors',
  'Quan-\r\n  tum',
  'semi‐\nconductor',
  'well-\n\nknown',
  'end-',
  'Zürich',
  'café-\nbar',
  'Straße',
  '北京',
  '中国科学院',
  '𠀀𠀁',
  '\ud800',
  '\udc00x',
  ' ',
  '  ',
  '\n',
  '.',
  ', ',
  '-',
  '’s',
  "'S",
];

const joinTests: (JoinTest | undefined)[] = [undefined, () => true, () => false, (key) => key.length % 2 === 0];

describe('tokenizeDocument and tokenizeHashed', () => {
  it('give the same tokens for any text, window and join test', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
        fc.constantFrom(...joinTests),
        fc.nat(),
        fc.nat(),
        (parts, joinTest, a, b) => {
          const text = parts.join('');
          const from = text.length ? a % (text.length + 1) : 0;
          const to = from + (text.length ? b % (text.length + 1) : 0);
          assert.deepEqual(tokensOf(tokenizeDocument, text, joinTest), tokensOf(tokenizeHashed, text, joinTest));
          assert.deepEqual(tokensOf(tokenizeDocument, text, joinTest, from, to), tokensOf(tokenizeHashed, text, joinTest, from, to));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('are the same code but for their names', () => {
    const body = (f: Tokenizer) => f.toString().replace(/^function \w+/, 'function');
    assert.equal(body(tokenizeDocument), body(tokenizeHashed));
  });
});
