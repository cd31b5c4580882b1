import { strict as assert } from 'node:assert';
import { abbreviates, looksLikeAbbreviation, nameForms } from '../../../scripts/data/name-forms';

describe('data: name forms', () => {
  it('splits a trailing abbreviation that abbreviates the name', () => {
    const forms = nameForms('Academy of Aerospace Solid Propulsion Technology (AASPT)');
    assert.deepEqual(forms.english, ['Academy of Aerospace Solid Propulsion Technology']);
    assert.deepEqual(forms.shortForms, ['AASPT']);
  });

  it('keeps a place qualifier with the name and also the bare name', () => {
    const forms = nameForms('China University of Geosciences (Wuhan)');
    assert.deepEqual(forms.english, ['China University of Geosciences (Wuhan)', 'China University of Geosciences']);
  });

  it('takes an a.k.a. name out of brackets', () => {
    const forms = nameForms('China Haiying Electromechanical Technology Academy (a.k.a., China Haiying Science & Technology Corporation)');
    assert.ok(forms.english.includes('China Haiying Science & Technology Corporation'));
    assert.ok(forms.english.includes('China Haiying Electromechanical Technology Academy'));
  });

  it('recognises Chinese names and abbreviations', () => {
    assert.deepEqual(nameForms('中国人民解放军国防科技大学').chinese, ['中国人民解放军国防科技大学']);
    assert.deepEqual(nameForms('NUDT').shortForms, ['NUDT']);
    assert.ok(looksLikeAbbreviation('CETC28'));
    assert.ok(looksLikeAbbreviation('NJTech'));
    assert.ok(!looksLikeAbbreviation('Hikvision'));
    assert.ok(!looksLikeAbbreviation('FiberHome'));
  });

  it('adds the name without its legal form when two or more words remain', () => {
    assert.ok(nameForms('Huawei Technologies Co., Ltd.').english.includes('Huawei Technologies'));
    assert.deepEqual(nameForms('Aerosun Corporation').english, ['Aerosun Corporation']);
  });

  it('drops a parent abbreviation written inside the name', () => {
    const forms = nameForms('China State Shipbuilding Corporation, Limited (CSSC) 7th Research Academy');
    assert.ok(forms.english.includes('China State Shipbuilding Corporation, Limited 7th Research Academy'));
    assert.deepEqual(forms.shortForms, []);
  });

  it('checks initials before accepting an abbreviation', () => {
    assert.ok(abbreviates('CETC', 'China Electronics Technology Group Corporation'));
    assert.ok(!abbreviates('CETC', 'Southwest Research Institute of Electronics Technology'));
  });
});
