// The word automaton against the plainest matcher there is: every pattern tried at every position.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordAutomaton } from '../../../server/src/engine/automaton';

function naive(patterns: number[][], words: number[]): string[] {
  const out: string[] = [];
  for (let end = 0; end < words.length; end++) {
    patterns.forEach((p, i) => {
      const start = end - p.length + 1;
      if (p.length > 0 && start >= 0 && p.every((w, k) => words[start + k] === w)) out.push(`${i}@${end}`);
    });
  }
  return out.sort();
}

function viaAutomaton(patterns: number[][], words: number[]): string[] {
  const automaton = new WordAutomaton(patterns);
  const out: string[] = [];
  let state = 0;
  words.forEach((w, end) => {
    state = automaton.step(state, w);
    if (automaton.hasOutput(state)) automaton.forEachOutput(state, (p) => out.push(`${p}@${end}`));
  });
  return out.sort();
}

describe('word automaton', () => {
  it('finds every occurrence of every pattern, overlapping, repeated and nested', () => {
    // A small alphabet makes shared prefixes, suffixes and failure chains common.
    const word = fc.integer({ min: -1, max: 5 });
    const pattern = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 30 }), fc.array(word, { maxLength: 80 }), (patterns, words) => {
        assert.deepEqual(viaAutomaton(patterns, words), naive(patterns, words));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the patterns below a node with many children, and gives the same automaton from one array', () => {
    // Word 0 then any of 100 words: the builder looks such a node's children up in a map.
    const patterns: number[][] = [];
    for (let w = 1; w <= 100; w++) patterns.push([0, w], [0, w, 0, w % 7]);
    patterns.push([3, 0, 5], [0], []);
    const words = [0, 50, 0, 1, 3, 0, 5, 0, 99, 0, 1, 2];
    assert.deepEqual(viaAutomaton(patterns, words), naive(patterns, words));
    const flat = { words: Int32Array.from(patterns.flat()), ends: new Int32Array(patterns.length) };
    let at = 0;
    patterns.forEach((p, i) => {
      at += p.length;
      flat.ends[i] = at;
    });
    assert.deepEqual(new WordAutomaton(flat).parts(), new WordAutomaton(patterns).parts());
  });

  it('reports two patterns with the same words, and word ids far beyond the root table', () => {
    const patterns = [[7, 100000], [7, 100000], [100000], []];
    assert.deepEqual(viaAutomaton(patterns, [7, 100000, 3, 100000]), ['0@1', '1@1', '2@1', '2@3']);
  });
});
