import { strict as assert } from 'node:assert';
import { isPlaceholder, looksLikePerson } from '../../../scripts/data/entry-filters';

describe('data: entry filters', () => {
  it('recognises individuals on the Entity List', () => {
    assert.ok(looksLikePerson('Wang Wei'));
    assert.ok(looksLikePerson('Cho-Man Wong'));
    assert.ok(!looksLikePerson('Tsinghua University'));
    assert.ok(!looksLikePerson('Beijing Tianhua'));
    assert.ok(!looksLikePerson('Panda Semiconductor'));
    assert.ok(!looksLikePerson('DJI'));
  });

  it('recognises parser placeholders', () => {
    assert.ok(isPlaceholder('Address 07'));
    assert.ok(!isPlaceholder('Addressable Systems Ltd.'));
  });
});
