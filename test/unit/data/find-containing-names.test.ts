import { strict as assert } from 'node:assert';
import { findContainingNames, ofExtension } from '../../../scripts/data/find-containing-names';

describe('data: names inside longer names', () => {
  it('records a longer name of a lower-risk entity, not of a higher-risk one', () => {
    const result = findContainingNames([
      { names: ['Nanjing University'], riskRank: 0 },
      { names: ['Nanjing University of Aeronautics and Astronautics'], riskRank: 2 },
      { names: ['Harbin Institute of Technology'], riskRank: 2 },
      { names: ['Harbin Institute of Technology Alumni Club'], riskRank: 0 },
    ]);
    assert.deepEqual(result[0], []);
    assert.deepEqual(result[2], ['Harbin Institute of Technology Alumni Club']);
  });

  it('handles Chinese names character by character', () => {
    const result = findContainingNames([
      { names: ['南京大学'], riskRank: 2 },
      { names: ['南京大学出版社'], riskRank: 0 },
    ]);
    assert.deepEqual(result[0], ['南京大学出版社']);
  });

  it('extends "<place> University" with "of" to guard unlisted longer names', () => {
    assert.equal(ofExtension('Nanjing University'), 'Nanjing University of');
    assert.equal(ofExtension('Beijing Institute of Technology'), undefined);
  });
});
