import { strict as assert } from 'node:assert';
import { exampleSentences, nearMissCandidates } from '../../../scripts/data/example-sentences';
import { matchesRule, RuleSetMatcher } from '../../../scripts/data/mini-matcher';
import type { EntityNames } from '../../../scripts/data/resolve-names';

const hit: EntityNames = {
  display: 'Harbin Institute of Technology',
  exact: ['Harbin Institute of Technology'],
  chinese: ['哈尔滨工业大学'],
  abbreviations: ['HIT'],
  context: ['Harbin', '哈尔滨'],
  lookAlikes: [],
};
const rule = { exact_phrases: [...hit.exact, ...hit.chinese], abbreviations: hit.abbreviations, context: hit.context };

describe('data: example sentences and near-misses', () => {
  it('writes examples that match the rule', () => {
    const examples = exampleSentences(hit);
    assert.deepEqual(examples, ['We will collaborate with Harbin Institute of Technology on this project.', '合作单位：哈尔滨工业大学。']);
    for (const s of examples) assert.ok(matchesRule(s, rule), s);
    assert.match(exampleSentences(hit, true)[0], /^The co-applicant was selected for the /);
  });

  it('writes near-misses that do not match the rule', () => {
    const nearMisses = nearMissCandidates(hit);
    assert.ok(nearMisses.includes('The HIT laboratory results were reported.'));
    assert.ok(nearMisses.includes('The workshop will be held in Harbin next spring.'));
    for (const s of nearMisses) assert.ok(!matchesRule(s, rule), s);
  });

  it('models the engine: abbreviation needs its context, not_within cancels', () => {
    assert.ok(matchesRule('HIT hosts the Harbin meeting.', rule));
    assert.ok(!matchesRule('HIT hosts the university meeting.', rule));
    assert.ok(matchesRule('NUDT is a university.', { abbreviations: ['NUDT'] }));
    assert.ok(!matchesRule('nudt is a university.', { abbreviations: ['NUDT'] }));
    assert.ok(
      !matchesRule('Nanjing University of Chinese Medicine', {
        exact_phrases: ['Nanjing University'],
        not_within: ['Nanjing University of'],
      }),
    );
    const matcher = new RuleSetMatcher([rule, { exact_phrases: ['Nanjing University'] }]);
    assert.deepEqual(matcher.matching('Harbin Institute of Technology and Nanjing University'), [0, 1]);
  });
});
