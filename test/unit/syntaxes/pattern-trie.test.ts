// The trie that joins the law names into one regular expression matches exactly the phrases it was
// given, and the longest one where several start at the same place.
import { strict as assert } from 'node:assert';
import { trieAlternation } from '../../../scripts/syntaxes/pattern-trie';

const PHRASES = ['data security law', 'data security law of the prc', 'data protection', 'export control law', 'x'];

function trieRegExp(phrases: string[]): RegExp {
  return new RegExp(`^${trieAlternation(phrases.map((p) => [...p]))}`);
}

describe('syntaxes: pattern trie', () => {
  const pattern = trieRegExp(PHRASES);

  it('matches every phrase in full', () => {
    for (const phrase of PHRASES) assert.equal(pattern.exec(`${phrase}!`)?.[0], phrase);
  });

  it('prefers the longest phrase that starts at a place', () => {
    assert.equal(pattern.exec('data security law of the prc applies')?.[0], 'data security law of the prc');
    assert.equal(pattern.exec('data security law of the eu')?.[0], 'data security law');
  });

  it('matches nothing else', () => {
    for (const text of ['data', 'data security', 'export law', 'y']) assert.equal(pattern.exec(text), null, text);
  });

  it('shares common beginnings', () => {
    assert.equal(
      trieAlternation([
        ['a', 'b'],
        ['a', 'c'],
      ]),
      '(?:a(?:b|c))',
    );
    assert.equal(
      trieAlternation([
        ['a', 'b'],
        ['a', 'b', 'c'],
      ]),
      '(?:abc?)',
    );
  });
});
