import { strict as assert } from 'node:assert';
import { scan } from '../../../server/src/engine';
import { findingsOf, testRules } from './engine-fixture';

describe('phrase matching', () => {
  it('folds case, hyphens, dashes, line breaks and inflections', () => {
    assert.deepEqual(findingsOf('Quantum-Sensors; quantum\nsensing; QUANTUM – SENSOR; quantum gravimeters.'), [
      'test.quantum-sensing:Quantum-Sensors',
      'test.quantum-sensing:quantum\nsensing',
      'test.quantum-sensing:QUANTUM – SENSOR',
      'test.quantum-sensing:quantum gravimeters',
    ]);
  });

  it('joins a word hyphenated across a line break', () => {
    assert.deepEqual(findingsOf('We build quantum sen-\n  sors here.'), ['test.quantum-sensing:quantum sen-\n  sors']);
  });

  it('folds full-width letters and soft hyphens (NFKC)', () => {
    assert.deepEqual(findingsOf('ｑｕａｎｔｕｍ sen\u00adsors'), ['test.quantum-sensing:ｑｕａｎｔｕｍ sen\u00adsors']);
  });

  it('matches whole words only', () => {
    assert.deepEqual(findingsOf('subquantum sensorsx and quantumsensing'), []);
  });

  it('does not read a single word of a phrase as the phrase', () => {
    assert.deepEqual(findingsOf('The quantum of damages and a sensor.'), []);
  });

  it('gives exact source offsets', () => {
    const text = 'Intro.\n\nThe lab uses quantum sensors daily.';
    const [f] = scan(text, 'plaintext', testRules);
    assert.equal(text.slice(f.start, f.end), 'quantum sensors');
    assert.equal(f.start, text.indexOf('quantum'));
  });

  it('matches Chinese names inside Chinese text without spaces', () => {
    assert.deepEqual(findingsOf('本项目与国防科技大学合作。'), ['test.nudt:国防科技大学']);
  });

  it('cancels a match inside a longer look-alike (not_within)', () => {
    assert.deepEqual(findingsOf('The quantum sensing of damages is a legal term here.'), []);
  });

  it('drops a shorter name inside a longer entity name', () => {
    assert.deepEqual(findingsOf('We visit Harbin Institute of Technology.'), ['test.hit:Harbin Institute of Technology']);
    assert.deepEqual(findingsOf('We visit Harbin Institute.'), ['test.harbin-institute:Harbin Institute']);
  });

  it('runs RE2 patterns of a pack', () => {
    assert.deepEqual(findingsOf('All intellectual property arising shall vest solely in Party B.'), [
      'test.ip-vesting:intellectual property arising shall vest solely in Party B',
    ]);
  });
});

describe('abbreviations', () => {
  it('need an organisation word in the same sentence', () => {
    assert.deepEqual(findingsOf('Researchers from NUDT will join.'), ['test.nudt:NUDT']);
    assert.deepEqual(findingsOf('The NUDT value was high.'), []);
  });

  it('are case-sensitive', () => {
    assert.deepEqual(findingsOf('Researchers from nudt will join.'), []);
  });

  it('count anywhere once the full name is in the document', () => {
    assert.deepEqual(findingsOf('The National University of Defense Technology is a partner. The NUDT value was high.'), [
      'test.nudt:National University of Defense Technology',
      'test.nudt:NUDT',
    ]);
  });
});

describe('combinations', () => {
  it('need every group in the same sentence', () => {
    assert.deepEqual(findingsOf('Genetic data will be transferred to our Chinese partner.'), ['test.genetic-data:Genetic data']);
    assert.deepEqual(findingsOf('Genetic data will be collected. We will transfer funds to China.'), []);
  });

  it('read numbered clauses as separate sentences', () => {
    assert.deepEqual(findingsOf('3.1 Genetic data is collected in Leiden\n3.2 Reports are sent to China'), []);
  });

  it('do not take a look-alike destination', () => {
    assert.deepEqual(findingsOf('Genetic data on China clay deposits will be shared.'), []);
  });

  it('work in Chinese', () => {
    assert.deepEqual(findingsOf('human genetic resources will be transferred to 中国 for sequencing.'), [
      'test.genetic-data:human genetic resources',
    ]);
  });
});

describe('negation and mitigation', () => {
  it('lowers a finding to a hint on a negation, naming it', () => {
    const [f] = scan('No genetic data will leave the EU for China.', 'plaintext', testRules);
    assert.equal(f.risk, 'green');
    assert.equal(f.mitigation?.kind, 'negation');
    assert.equal(f.mitigation?.text, 'No');
    assert.match(f.message, /lowered from red/);
  });

  it('lowers on a stated mitigation phrase', () => {
    assert.deepEqual(findingsOf('Quantum sensors are shipped under an export licence.'), ['test.quantum-sensing:Quantum sensors~green']);
  });

  it('reads "we exclude quantum sensing" as a negation', () => {
    assert.deepEqual(findingsOf('We exclude quantum sensing from the work plan.'), ['test.quantum-sensing:quantum sensing~green']);
  });

  it('never hides or lowers a partner name', () => {
    const [f] = scan('We will not work with the National University of Defense Technology.', 'plaintext', testRules);
    assert.equal(f.risk, 'red');
    assert.equal(f.mitigation?.kind, 'negation');
  });

  it('does not apply a negation from another sentence', () => {
    assert.deepEqual(findingsOf('This is not all. Quantum sensors are central.'), ['test.quantum-sensing:Quantum sensors']);
  });
});

describe('phrase syntax', () => {
  it('keeps the space between two alternation groups', () => {
    const { expandPhrase } =
      require('../../../server/src/engine/rules/phrase-expand') as typeof import('../../../server/src/engine/rules/phrase-expand');
    assert.deepEqual(expandPhrase('{FASTQ|BAM} {file|files}'), ['FASTQ file', 'FASTQ files', 'BAM file', 'BAM files']);
    assert.deepEqual(expandPhrase('quantum {sensor|} array'), ['quantum sensor array', 'quantum array']);
  });
});

describe('exact phrases', () => {
  it('match only their own words, even when another rule inflects the same words', () => {
    const { compileRules, scan } = require('../../../server/src/engine') as typeof import('../../../server/src/engine');
    const base = {
      category: 'talent-programme' as const,
      risk: 'red' as const,
      title: 't',
      message: 'm',
      guidance: 'talent-programmes',
      source: { document: 'd' },
      examples: ['x'],
      near_misses: ['y'],
    };
    const compiled = compileRules([
      { ...base, id: 'x.exact', match: { exact_phrases: ['Thousand Talents'] } },
      { ...base, id: 'x.inflected', match: { phrases: ['talent show'] } },
    ]);
    const ids = (text: string) => scan(text, 'plaintext', compiled).map((f) => `${f.ruleId}:${f.text}`);
    assert.deepEqual(ids('a thousand talented people'), []);
    assert.deepEqual(ids('the Thousand Talents scheme'), ['x.exact:Thousand Talents']);
    assert.deepEqual(ids('two talent shows'), ['x.inflected:talent shows']);
  });
});
