// The scanner reads plain ASCII words by hash (tokenizeHashed + AsciiWordTable) instead of making a
// string per word. These tests hold it to the string path it replaced: the same tokens, the same
// keys, and the same vocabulary and abbreviation look-ups, on random text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenizeHashed } from '../../../server/src/engine/tokenize';
import { AsciiRawTable, AsciiWordTable } from '../../../server/src/engine/word-table';

const pieces = [
  'data',
  'Data',
  'DATA',
  'quantum',
  'sen-\nsors',
  'sen-\n  sing',
  "China's",
  'China’s',
  'NUDT',
  'nudt',
  'Ｄａｔａ',
  'über',
  'x1',
  '国防',
  '𠀀',
  '\u00ad',
  ' ',
  '\n',
  '-',
  "'",
  '.',
  'é',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.stringMatching(/^[A-Za-z0-9]{1,8}$/)), { maxLength: 40 })
  .map((a) => a.join(''));

const vocabulary = new Map<string, number>(
  ['data', 'quantum', 'sensors', 'sensing', 'china', 'nudt', 'x1', 'über', 'a', 'ab', 'ba'].map((w, i) => [w, i]),
);
const joinTest = (key: string) => vocabulary.has(key);

describe('hashed token look-up', () => {
  it('gives the tokens, keys and raw text of the string tokenizer', () => {
    fc.assert(
      fc.property(text, (t) => {
        const viaStrings: string[] = [];
        tokenize(t, (s, e, key, raw) => viaStrings.push(`${s}-${e}:${key}:${raw ?? ''}`), joinTest);
        const viaHashes: string[] = [];
        tokenizeHashed(
          t,
          (s, e, _h, _r, upper, key, raw) => {
            const written = t.slice(s, e);
            const k = key ?? written.toLowerCase();
            const r = key === undefined ? (upper ? written : undefined) : raw;
            viaHashes.push(`${s}-${e}:${k}:${r ?? ''}`);
          },
          joinTest,
        );
        assert.deepEqual(viaHashes, viaStrings);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a plain word in the table exactly when the Map has its folded key', () => {
    const words = fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(words, text, (keys, t) => {
        const map = new Map(keys.map((k, i) => [k, i]));
        const table = new AsciiWordTable(map);
        const probe = `${t} ${keys.join(' ')} ${keys.map((k) => k.toUpperCase()).join(' ')}`;
        tokenizeHashed(probe, (s, e, hash, _r, _u, key) => {
          if (key !== undefined) return;
          assert.equal(table.get(probe, s, e, hash), map.get(probe.slice(s, e).toLowerCase()) ?? -1, probe.slice(s, e));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart words whose hashes collide', () => {
    // 31 * 'a' + 'n' = 31 * 'c' + '0' = 3117: "an" and "c0" share a hash.
    const table = new AsciiWordTable([
      ['an', 0],
      ['c0', 1],
    ]);
    const probe = 'an c0 AN C0 bo';
    const hashes: number[] = [];
    const found: number[] = [];
    tokenizeHashed(probe, (s, e, hash) => {
      hashes.push(hash);
      found.push(table.get(probe, s, e, hash));
    });
    assert.equal(hashes[0], hashes[1]);
    assert.deepEqual(found, [0, 1, 0, 1, -1]);
  });

  it('looks abbreviations up by case as written', () => {
    const table = new AsciiRawTable<number>([
      ['NUDT', 1],
      ['BUAA', 2],
      ['C-ICT', 3],
    ]);
    const probe = 'NUDT nudt Nudt BUAA C ICT';
    const found: (number | undefined)[] = [];
    tokenizeHashed(probe, (s, e, _h, rawHash) => found.push(table.get(probe, s, e, rawHash)));
    assert.deepEqual(found, [1, undefined, undefined, 2, undefined, undefined]);
  });
});
