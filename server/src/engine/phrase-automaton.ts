// Builds a word automaton from phrases: the vocabulary (with inflection classes) and the automaton.
// Shared by rule compilation and the law-name index, so both read text exactly the same way.
import { WordAutomaton } from './automaton';
import { inflections } from './normalize';
import { expandPhrase } from './rules/phrase-expand';
import { WordClasses } from './rules/word-classes';
import { tokenize } from './tokenize';

export interface PhraseAutomaton {
  automaton: WordAutomaton;
  vocabulary: Map<string, number>;
  /**
   * Per pattern, the exact folded words for a phrase added without inflection; undefined otherwise.
   * Words share inflection classes across phrases, so a match of such a pattern is checked against
   * its own words ("Thousand Talents" must not match "thousand talented").
   */
  exactWords: (string[] | undefined)[];
}

/** Collects phrases (each expanded into its variants) and builds the automaton once. */
export class PhraseAutomatonBuilder<T> {
  private readonly classes = new WordClasses();
  private readonly patterns: string[][] = [];
  private readonly exact: (string[] | undefined)[] = [];
  /** Words whose inflections are already in their class. */
  private readonly inflected = new Set<string>();
  readonly payloads: T[] = [];

  /** Adds every variant of a phrase; returns how many patterns it became. */
  add(phrase: string, payload: T, inflect: boolean): number {
    let added = 0;
    for (const variant of expandPhrase(phrase)) {
      const words: string[] = [];
      tokenize(variant, (_s, _e, key) => words.push(key));
      if (words.length === 0) continue;
      for (const w of words) {
        this.classes.add(w);
        if (inflect && !this.inflected.has(w)) {
          this.inflected.add(w);
          for (const form of inflections(w)) this.classes.union(w, form);
        }
      }
      this.patterns.push(words);
      this.exact.push(inflect ? undefined : words);
      this.payloads.push(payload);
      added++;
    }
    return added;
  }

  build(): PhraseAutomaton {
    const vocabulary = this.classes.vocabulary();
    const sequences = this.patterns.map((words) => Int32Array.from(words, (w) => vocabulary.get(w) as number));
    return { automaton: new WordAutomaton(sequences), vocabulary, exactWords: this.exact };
  }
}

export interface PhraseHit<T> {
  payload: T;
  start: number;
  end: number;
}

/** Finds every phrase of a built automaton in a text (for small texts: hovers, law names). */
export function findPhrases<T>(text: string, built: PhraseAutomaton, payloads: T[]): PhraseHit<T>[] {
  const { automaton, vocabulary } = built;
  const hits: PhraseHit<T>[] = [];
  const starts: number[] = [];
  let state = 0;
  tokenize(
    text,
    (start, end, key) => {
      const index = starts.push(start) - 1;
      const id = vocabulary.get(key);
      state = automaton.step(state, id === undefined ? -1 : id);
      if (state !== 0) {
        automaton.forEachOutput(state, (p) => {
          const start = starts[index - automaton.patternLength[p] + 1];
          if (matchesExactly(text, start, end, built.exactWords[p])) hits.push({ payload: payloads[p], start, end });
        });
      }
    },
    (joined) => vocabulary.has(joined),
  );
  return hits;
}

/** True when the phrase has no exact words, or the text in [start, end) reads as exactly those words. */
export function matchesExactly(text: string, start: number, end: number, words: string[] | undefined): boolean {
  if (!words) return true;
  let i = 0;
  let same = true;
  tokenize(
    text,
    (_s, _e, key) => {
      if (key !== words[i++]) same = false;
    },
    undefined,
    start,
    end,
  );
  if (same && i === words.length) return true;
  // A word hyphenated across a line ("sen-\nsors") is one token when joined: compare the letters.
  const joined: string[] = [];
  tokenize(
    text,
    (_s, _e, key) => joined.push(key),
    () => true,
    start,
    end,
  );
  return joined.join(' ') === words.join(' ');
}
