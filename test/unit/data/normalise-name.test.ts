import { strict as assert } from 'node:assert';
import { cleanName, mergeKey, slugify, stripLegalForm, titleCaseIfShouting, tokenKey, tokens } from '../../../scripts/data/normalise-name';

describe('data: name normalisation', () => {
  it('tokenises English words and every Han character', () => {
    assert.deepEqual(tokens("Xi'an Jiaotong University"), ['xi', 'an', 'jiaotong', 'university']);
    assert.deepEqual(tokens('国防科技大学'), ['国', '防', '科', '技', '大', '学']);
    // As in the engine, "&" and apostrophes separate tokens.
    assert.equal(tokenKey('R&D Centre'), 'r d centre');
    assert.equal(tokenKey('Schmidt &'), 'schmidt');
  });

  it('gives names that differ only in legal form, case or punctuation the same merge key', () => {
    assert.equal(mergeKey('Huawei Technologies Co., Ltd.'), mergeKey('HUAWEI TECHNOLOGIES CO LTD'));
    assert.equal(mergeKey('The Aero Engine Corporation of China'), 'aero engine corporation of china');
    assert.notEqual(mergeKey('Huawei Investment & Holding Co., Ltd.'), mergeKey('Huawei Technologies Co., Ltd.'));
  });

  it('does not let callers corrupt cached tokens', () => {
    mergeKey('The Example Company Limited');
    assert.deepEqual(tokens('The Example Company Limited'), ['the', 'example', 'company', 'limited']);
  });

  it('strips trailing legal forms only', () => {
    assert.equal(stripLegalForm('Huawei Technologies Co., Ltd.'), 'Huawei Technologies');
    assert.equal(stripLegalForm('China Electronics Technology Group Corporation'), 'China Electronics Technology Group');
    assert.equal(stripLegalForm('Harbin Engineering University'), 'Harbin Engineering University');
    assert.equal(stripLegalForm('Schmidt & Co., Ltd.'), 'Schmidt');
  });

  it('cleans parser artefacts', () => {
    assert.equal(cleanName(' —HPSTAR; and'), 'HPSTAR');
    assert.equal(cleanName('Beijing Institute of Technology.'), 'Beijing Institute of Technology');
    assert.equal(cleanName('Huawei Technologies Co., Ltd.'), 'Huawei Technologies Co., Ltd.');
    assert.equal(cleanName('Xi\u2019an'), "Xi'an");
  });

  it('title-cases OFAC capitals but keeps abbreviations', () => {
    assert.equal(titleCaseIfShouting('AERO ENGINE CORPORATION OF CHINA'), 'Aero Engine Corporation of China');
    assert.equal(titleCaseIfShouting('AVIC'), 'AVIC');
    assert.equal(titleCaseIfShouting('ZTE CORPORATION'), 'ZTE Corporation');
    assert.equal(titleCaseIfShouting('HUAWEI TECHNOLOGIES CO., LTD.'), 'Huawei Technologies Co., Ltd.');
    assert.equal(titleCaseIfShouting('Already Mixed Case'), 'Already Mixed Case');
  });

  it('makes short ASCII slugs without legal forms', () => {
    assert.equal(slugify("Xi'an Jiaotong University"), 'xian-jiaotong-university');
    assert.equal(slugify('Huawei Technologies Co., Ltd.'), 'huawei-technologies');
    assert.ok(slugify('China Aerospace Science and Technology Corporation (CASC) 9th Academy 771 Research Institute').length <= 72);
    assert.equal(
      slugify('China Electronics Technology Group Corporation 13th Research Institute (CETC 13) subordinate institution: MT Microsystems'),
      'china-electronics-technology-13-subordinate-institution-mt-microsystems',
    );
  });
});
