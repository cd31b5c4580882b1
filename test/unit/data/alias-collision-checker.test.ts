import { strict as assert } from 'node:assert';
import {
  checkAbbreviation,
  checkChineseName,
  checkEnglishName,
  isBarePlace,
  isGenericPhrase,
  isOrdinaryPhrase,
} from '../../../scripts/data/alias-collision-checker';

describe('data: alias-collision checker', () => {
  it('drops abbreviations that are words or too general', () => {
    for (const abbr of ['PLA', 'CAS', 'JUST', 'BEST', 'AI', 'IT', 'US']) {
      assert.equal(checkAbbreviation(abbr).as, 'drop', abbr);
    }
  });

  it("binds common technical acronyms to the institution's city", () => {
    for (const abbr of ['HIT', 'BIT', 'NPU', 'HEU', 'SEU', 'AMS', 'CSIC', 'USC']) {
      assert.equal(checkAbbreviation(abbr).as, 'place-bound abbreviation', abbr);
    }
  });

  it('keeps distinctive abbreviations, case-sensitive and context-bound', () => {
    for (const abbr of ['NUDT', 'BUAA', 'NWPU', 'NUAA', 'NJUST', 'CETC', 'AVIC', 'CASC', 'CASIC', 'USTC', 'CETC28']) {
      assert.deepEqual(checkAbbreviation(abbr), { as: 'abbreviation' }, abbr);
    }
  });

  it('drops bare places, generic phrases and short words', () => {
    assert.equal(checkEnglishName('Harbin').as, 'drop');
    assert.equal(checkEnglishName("Xi'an").as, 'drop');
    assert.ok(isBarePlace('Hong Kong'));
    assert.ok(isGenericPhrase('Research Institute'));
    assert.ok(isGenericPhrase('Institute 1'));
    assert.ok(isGenericPhrase('Ninth Academy'));
    assert.ok(isGenericPhrase('Nanjing Research Institute'));
    assert.ok(!isGenericPhrase('Nanjing University'));
    assert.ok(!isGenericPhrase('Beijing Institute of Technology'));
    assert.ok(!isGenericPhrase('54th Research Institute of China'));
    assert.equal(checkEnglishName('Cherry').as, 'drop');
    assert.equal(checkEnglishName('Zhiyuan').as, 'drop');
  });

  it('keeps a generic-looking own name but not the same words as an alias', () => {
    assert.equal(checkEnglishName('University of Science and Technology of China', true).as, 'exact');
    assert.equal(checkEnglishName('Naval Academy').as, 'drop');
    assert.equal(checkEnglishName('National Defense University', true).as, 'drop');
  });

  it('keeps distinctive names as exact phrases', () => {
    assert.equal(checkEnglishName('Harbin Engineering University').as, 'exact');
    assert.equal(checkEnglishName('Hikvision').as, 'exact');
    assert.equal(checkEnglishName('Norinco').as, 'exact');
  });

  it('treats a single capitalised token given as a name as an abbreviation', () => {
    assert.equal(checkEnglishName('NUDT').as, 'abbreviation');
  });

  it('drops short or generic Chinese names', () => {
    assert.equal(checkChineseName('北大').as, 'drop');
    assert.equal(checkChineseName('中国航天').as, 'drop');
    assert.equal(checkChineseName('哈尔滨工程大学').as, 'exact');
  });
});

describe('data: ordinary phrases among aliases', () => {
  it('drops one to three ordinary English words, but not a name with its legal form', () => {
    assert.ok(isOrdinaryPhrase('Silk Road'));
    assert.ok(isOrdinaryPhrase('Red Technology'));
    assert.ok(!isOrdinaryPhrase('Red Technology Co., Ltd.'));
    assert.ok(!isOrdinaryPhrase('Shanghai Avionics'));
    assert.ok(!isOrdinaryPhrase('Hikvision'));
    assert.equal(checkEnglishName('Silk Road').as, 'drop');
  });

  it("keeps the first words of the entity's own list name as its trade name", () => {
    assert.equal(checkEnglishName('Origin Quantum', false, true).as, 'exact');
    assert.equal(checkEnglishName('Origin Quantum', false, false).as, 'drop');
  });
});

describe('data: which own names are exempt from the ordinary-word test', () => {
  it('keeps the list spelling and capitalised brands, not a stripped two-word remainder', () => {
    assert.equal(checkEnglishName('Most Technology', true, false, false).as, 'drop');
    assert.equal(checkEnglishName('Planet Technology', true, false, true).as, 'exact');
    assert.equal(checkEnglishName('EVE Energy', true, false, false).as, 'exact');
    assert.equal(checkEnglishName('Army Medical University', true, false, false).as, 'exact');
  });
});
