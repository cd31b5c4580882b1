import { strict as assert } from 'node:assert';
import { plaChineseShortForms, plaEnglishForms, universityShortName } from '../../../scripts/data/derived-names';
import { placesIn } from '../../../scripts/data/find-places';

describe('data: derived name forms', () => {
  it('adds "PLA" forms for bodies whose Chinese name says PLA', () => {
    assert.deepEqual(plaEnglishForms('National Defense University', ['中国人民解放军国防大学']), ['PLA National Defense University']);
    assert.deepEqual(plaEnglishForms('PLA Navy Command College', ['中国人民解放军海军指挥学院']), []);
    assert.deepEqual(plaEnglishForms('Tsinghua University', ['清华大学']), []);
    assert.deepEqual(plaChineseShortForms(['中国人民解放军国防科技大学']), ['国防科技大学']);
  });

  it('derives the distinctive short name of "<Word> University" only', () => {
    assert.equal(universityShortName('Beihang University'), 'Beihang');
    assert.equal(universityShortName('Tsinghua University'), 'Tsinghua');
    assert.equal(universityShortName('Nanjing University'), undefined);
    assert.equal(universityShortName('Peking University'), undefined);
    assert.equal(universityShortName('Renmin University'), undefined);
    assert.equal(universityShortName('Southeast University'), undefined);
    assert.equal(universityShortName('Soochow University'), undefined);
    assert.equal(universityShortName('Harbin Engineering University'), undefined);
  });

  it('finds the cities named in institution names', () => {
    assert.deepEqual(placesIn(['Harbin Institute of Technology']), ['Harbin']);
    assert.deepEqual(placesIn(["Xi'an Jiaotong University", 'Hong Kong Office']), ["Xi'an", 'Hong Kong']);
  });
});
