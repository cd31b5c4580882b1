// Exact words read back from a compiled-rules entry are decoded when a pattern asks: the stored form
// must give back every pattern's words, undefined ones and non-ASCII ones included.
import assert from 'node:assert/strict';
import { exactWordsOf, packExactWords, unpackExactWords } from '../../../server/src/engine/rules/exact-words';

describe('exact words, stored and decoded on first use', () => {
  it('give back every pattern, undefined and non-ASCII ones included, in any order of asking', () => {
    const list = ['harbin institute of technology', undefined, 'müller gmbh', '国防科技大学', undefined, 'a'];
    const { starts, bytes } = packExactWords(exactWordsOf(list));
    const back = unpackExactWords(starts, bytes);
    assert.equal(back.length, list.length);
    for (const p of [3, 0, 5, 1, 2, 4, 3]) assert.equal(back.get(p), list[p], `pattern ${p}`);
  });

  it('refuse offsets that do not end where the bytes do', () => {
    const { starts, bytes } = packExactWords(exactWordsOf(['one', 'two']));
    assert.throws(() => unpackExactWords(starts, bytes.subarray(0, bytes.length - 1)), /do not match/);
  });
});
