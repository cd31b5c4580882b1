// The scorer's matching rules, checked on hand-made findings so the corpus figures can be trusted.
import { strict as assert } from 'node:assert';
import type { Finding } from '../../server/src/engine/types';
import { resolveAnnotations } from './annotations';
import { judgeDocument } from './match-findings';
import { computeFigures } from './metrics';

const SOURCE = 'We work with NUDT on quantum sensing. This is a quantum leap. NUDT again.';

function finding(text: string, category: Finding['category'], extra: Partial<Finding> = {}, occurrence = 1): Finding {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = SOURCE.indexOf(text, start + 1);
  return {
    ruleId: 'test.rule',
    category,
    risk: 'red',
    start,
    end: start + text.length,
    text,
    message: '',
    guidance: 'g',
    laws: [],
    ...extra,
  };
}

const annotations = resolveAnnotations(SOURCE, {
  expected: [
    { text: 'NUDT', category: 'military-linked-partner', occurrence: 'all' },
    { text: 'quantum sensing', category: 'dual-use-tech' },
  ],
  must_not: [{ text: 'quantum leap' }],
  ignore: [],
});

describe('corpus scorer matching', () => {
  it('resolves occurrence "all" to one span per mention', () => {
    assert.equal(annotations.expected.length, 3);
    assert.deepEqual(annotations.problems, []);
  });

  it('counts overlapping same-category findings once and the rest as misses', () => {
    const j = judgeDocument(
      [finding('quantum sensing', 'dual-use-tech'), finding('sensing', 'dual-use-tech'), finding('NUDT', 'military-linked-partner')],
      annotations,
    );
    assert.equal(j.matched.length, 2);
    assert.equal(j.duplicates.length, 1);
    assert.equal(j.misses.length, 1);
    assert.equal(j.falsePositives.length, 0);
  });

  it('treats look-alikes and wrong categories as false positives', () => {
    const j = judgeDocument([finding('quantum leap', 'dual-use-tech'), finding('quantum sensing', 'sanctions-law')], annotations);
    assert.deepEqual(
      j.falsePositives.map((x) => x.kind),
      ['wrong-category', 'look-alike'],
    );
  });

  it('does not count green hints, accepted findings or directive warnings', () => {
    const j = judgeDocument(
      [
        finding('quantum leap', 'dual-use-tech', { risk: 'green' }),
        finding('NUDT', 'military-linked-partner', { accepted: { reason: 'cleared' } }),
        finding('NUDT', 'directive', {}, 2),
      ],
      annotations,
    );
    assert.deepEqual(j.excluded, { green: 1, accepted: 1, directive: 1 });
    assert.equal(j.falsePositives.length, 0);
    assert.equal(j.misses.length, 3);
  });

  it('computes precision, recall and F1', () => {
    const j = judgeDocument([finding('quantum sensing', 'dual-use-tech'), finding('quantum leap', 'dual-use-tech')], annotations);
    const { overall } = computeFigures([j]);
    assert.equal(overall.tp, 1);
    assert.equal(overall.fp, 1);
    assert.equal(overall.fn, 2);
    assert.equal(overall.precision, 0.5);
    assert.equal(overall.recall, 1 / 3);
  });
});
