// Builds a word automaton from phrases: the vocabulary (with inflection classes) and the automaton.
// Shared by rule compilation and the law-name index, so both read text exactly the same way.
import { WordAutomaton } from './automaton';
import { inflections } from './normalize';
import { expandPhrase } from './rules/phrase-expand';
import { WordClasses } from './rules/word-classes';
import { type JoinTest, tokenize } from './tokenize';

export interface PhraseAutomaton {
  automaton: WordAutomaton;
  vocabulary: Map<string, number>;
  /**
   * Per pattern, the exact folded words (joined by one space) for a phrase added without inflection;
   * undefined otherwise. Words share inflection classes across phrases, so a match of such a pattern
   * is checked against its own words ("Thousand Talents" must not match "thousand talented").
   */
  exactWords: (string | undefined)[];
}

/** Collects phrases (each expanded into its variants) and builds the automaton once. */
export class PhraseAutomatonBuilder<T> {
  private readonly classes = new WordClasses();
  /** Per pattern, its words as WordClasses indexes (mapped to class ids once all words are known). */
  private readonly patterns: Int32Array[] = [];
  private readonly exact: (string | undefined)[] = [];
  /** Words whose inflections are already in their class. */
  private readonly inflected = new Set<string>();
  readonly payloads: T[] = [];

  /** Adds every variant of a phrase; returns how many patterns it became. */
  add(phrase: string, payload: T, inflect: boolean): number {
    let added = 0;
    const words: string[] = [];
    for (const variant of expandPhrase(phrase)) {
      words.length = 0;
      tokenize(variant, (_s, _e, key) => words.push(key));
      if (words.length === 0) continue;
      const indexes = new Int32Array(words.length);
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        indexes[i] = this.classes.add(w);
        if (inflect && !this.inflected.has(w)) {
          this.inflected.add(w);
          for (const form of inflections(w)) this.classes.union(w, form);
        }
      }
      this.patterns.push(indexes);
      this.exact.push(inflect ? undefined : words.join(' '));
      this.payloads.push(payload);
      added++;
    }
    return added;
  }

  build(): PhraseAutomaton {
    const { vocabulary, idOfIndex } = this.classes.vocabulary();
    for (const indexes of this.patterns) for (let i = 0; i < indexes.length; i++) indexes[i] = idOfIndex[indexes[i]];
    return { automaton: new WordAutomaton(this.patterns), vocabulary, exactWords: this.exact };
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
export function matchesExactly(text: string, start: number, end: number, words: string | undefined): boolean {
  if (words === undefined) return true;
  if (readsAs(text, start, end, words, undefined)) return true;
  // A word hyphenated across a line ("sen-\nsors") is one token when joined.
  return readsAs(text, start, end, words, () => true);
}

/** Whether the tokens of text[start, end) are the space-separated words, in order. */
function readsAs(text: string, start: number, end: number, words: string, joinTest: JoinTest | undefined): boolean {
  let at = 0;
  let same = true;
  tokenize(
    text,
    (_s, _e, key) => {
      if (!same) return;
      if (at > 0) {
        if (words.charCodeAt(at) !== 32) same = false;
        at++;
      }
      if (!words.startsWith(key, at)) same = false;
      at += key.length;
    },
    joinTest,
    start,
    end,
  );
  return same && at === words.length;
}
