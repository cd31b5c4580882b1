// The one-pass reader of plain phrases against the tokenizer it stands in for, and the builder's word
// classes against the plain Map they replace.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseAutomatonBuilder } from '../../../server/src/engine/phrase-automaton';
import { plainPhraseTokens, SPACED } from '../../../server/src/engine/phrase-tokens';
import { foldSpaces } from '../../../server/src/engine/rules/phrase-expand';
import { WordClasses } from '../../../server/src/engine/rules/word-classes';
import { tokenizeHashed } from '../../../server/src/engine/tokenize';

function viaTokenizer(text: string): number[] {
  const out: number[] = [];
  tokenizeHashed(text, (start, end, hash) => out.push(start, end, hash));
  return out;
}

function viaPlain(text: string): { tokens: number[]; spaced: boolean } | undefined {
  const out = new Int32Array(3 * 256);
  const n = plainPhraseTokens(text, out);
  if (n < 0) return undefined;
  const count = n & ~SPACED;
  return { tokens: [...out.subarray(0, count * 3)], spaced: (n & SPACED) !== 0 };
}

// Letters, digits, separators and the characters the tokenizer treats apart (apostrophes, hyphens,
// line breaks, braces, a non-ASCII letter and a typographic apostrophe).
const phraseChar = fc.constantFrom(..."aAbsSz09 .-'\n\t{}|,é\u2019");

describe('plain phrase tokens', () => {
  it('reads a plain ASCII phrase as the tokenizer does, and declines any other', () => {
    fc.assert(
      fc.property(fc.array(phraseChar, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const plain = viaPlain(text);
        const ascii = [...text].every((c) => c.charCodeAt(0) < 128) && !text.includes('{');
        if (plain === undefined) {
          assert.ok(!ascii, `declined ${JSON.stringify(text)}`);
          return;
        }
        assert.ok(ascii, `accepted ${JSON.stringify(text)}`);
        const tokens = viaTokenizer(text);
        assert.deepEqual(plain.tokens, tokens, JSON.stringify(text));
        const words: string[] = [];
        for (let t = 0; t < tokens.length; t += 3) words.push(text.slice(tokens[t], tokens[t + 1]).toLowerCase());
        assert.equal(plain.spaced, words.length > 0 && words.join(' ') === text.toLowerCase(), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads possessives and names as the tokenizer does', () => {
    for (const text of ["China's Academy", 'Wenfimvor Corporation of Applied Optics', 'Laboratory No. 27', "the s's", "x's", "it'sa"]) {
      assert.deepEqual(viaPlain(text)?.tokens, viaTokenizer(text), text);
    }
    assert.equal(viaPlain('Wenfimvor Corporation of Applied Optics')?.spaced, true);
    assert.equal(viaPlain('Laboratory No. 27')?.spaced, false);
    assert.equal(viaPlain('Beijing {Institute|University}'), undefined);
    assert.equal(viaPlain('Zürich Instruments'), undefined);
  });
});

describe('word classes', () => {
  it('gives a plain word the same index found by hash or by its string', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9]{1,6}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.boolean()), { maxLength: 200 }), (entries) => {
        const classes = new WordClasses();
        const expected = new Map<string, number>();
        for (const [w, byHash] of entries) {
          const key = w.toLowerCase();
          let hash = 0;
          for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
          const index = byHash ? classes.addAscii(` ${w} `, 1, w.length + 1, hash) : classes.add(key);
          if (!expected.has(key)) expected.set(key, expected.size);
          assert.equal(index, expected.get(key));
          assert.equal(classes.word(index), key);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('phrase automaton builder', () => {
  it('numbers words, patterns and exact words the same whichever way a phrase is read', () => {
    const built = (phrases: [string, boolean][]) => {
      const builder = new PhraseAutomatonBuilder<number>();
      for (const [i, [p, inflect]] of phrases.entries()) builder.add(p, i, inflect);
      const { vocabulary, exactWords, automaton } = builder.build();
      return { vocabulary: [...vocabulary], exactWords, payloads: builder.payloads, parts: automaton.parts() };
    };
    // The same phrases, once plain and once with a non-ASCII space that sends them the slow way.
    const phrases: [string, boolean][] = [
      ['Quantum sensors', true],
      ["China's Academy of Sensing", false],
      ['Laboratory No. 27', false],
      ['sensor array', true],
      ['Thousand Talents', false],
      ['{talent|talented} programme', true],
    ];
    const slow = phrases.map(([p, inflect]): [string, boolean] => [p.replace(/ /g, '\u00a0'), inflect]);
    assert.deepEqual(built(slow), built(phrases));
    assert.deepEqual(built(phrases).exactWords, [
      undefined,
      'china academy of sensing',
      'laboratory no 27',
      undefined,
      'thousand talents',
      undefined,
      undefined,
    ]);
  });
});

describe('phrase expansion', () => {
  it('folds white space as the regular expression it replaces does', () => {
    const char = fc.constantFrom(
      ...'ab {}|',
      '\t',
      '\n',
      '\r',
      '\u000b',
      '\u000c',
      '\u00a0',
      '\u1680',
      '\u180e',
      '\u2000',
      '\u200a',
      '\u200b',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      'é',
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 20 }), (chars) => {
        const text = chars.join('');
        assert.equal(foldSpaces(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
