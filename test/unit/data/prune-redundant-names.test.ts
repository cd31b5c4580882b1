import { strict as assert } from 'node:assert';
import { pruneRedundantNames } from '../../../scripts/data/prune-redundant-names';

describe('data: pruning redundant names', () => {
  it('drops a longer phrase that already contains a shorter one of the same rule', () => {
    assert.deepEqual(
      pruneRedundantNames(
        ['Harbin Institute of Technology', 'Harbin Institute of Technology, Shenzhen Research Institute', 'HIT Weihai'],
        [],
      ),
      ['Harbin Institute of Technology', 'HIT Weihai'],
    );
  });

  it('keeps the longer phrase when not_within would cancel the shorter one inside it', () => {
    assert.deepEqual(pruneRedundantNames(['Nanjing University', 'Nanjing University of Information Science'], ['Nanjing University of']), [
      'Nanjing University',
      'Nanjing University of Information Science',
    ]);
  });
});

describe('data: pruning keeps own names', () => {
  it('keeps the list name even when a derived short form covers it', () => {
    assert.deepEqual(pruneRedundantNames(['Fudan University', 'Fudan'], [], new Set(['Fudan University'])), ['Fudan University', 'Fudan']);
  });
});
