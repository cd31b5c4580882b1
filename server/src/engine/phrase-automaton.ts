// Builds a word automaton from phrases: the vocabulary (with inflection classes) and the automaton.
// Shared by rule compilation and the law-name index, so both read text exactly the same way.
import { WordAutomaton } from './automaton';
import { inflections } from './normalize';
import { plainPhraseTokens, SPACED } from './phrase-tokens';
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
  /**
   * The words of every pattern as WordClasses indexes, one after the other (mapped to class ids once
   * all words are known); ends[p] is where pattern p ends.
   */
  private words: Int32Array = new Int32Array(4096);
  private wordCount = 0;
  private ends: Int32Array = new Int32Array(1024);
  private readonly exact: (string | undefined)[] = [];
  /** Per word index: 1 once its inflections are in its class. */
  private inflected: Uint8Array = new Uint8Array(1024);
  /** Scratch for the tokens of one phrase (start, end, hash). */
  private readonly tokens = new Int32Array(3 * 256);
  readonly payloads: T[] = [];

  /** Adds every variant of a phrase; returns how many patterns it became. */
  add(phrase: string, payload: T, inflect: boolean): number {
    const added = this.addPatterns(phrase, inflect);
    for (let i = 0; i < added; i++) this.payloads.push(payload);
    return added;
  }

  /**
   * Adds every variant of a phrase without a payload, for a caller that keeps its own table per
   * pattern (patterns are numbered in the order they are added); returns how many patterns it became.
   */
  addPatterns(phrase: string, inflect: boolean): number {
    // A plain ASCII phrase without alternatives is its one variant (expandPhrase only folds its
    // whitespace, which separates tokens all the same).
    const plain = plainPhraseTokens(phrase, this.tokens);
    return plain >= 0 ? (this.addPlain(phrase, plain, inflect) ? 1 : 0) : this.addVariants(phrase, inflect);
  }

  /**
   * addPatterns for many phrases (inflect[i] set for phrase i to inflect), in one loop: a rule set's
   * phrases are read by one function the engine optimises once. Returns the pattern count of each.
   */
  addAll(phrases: readonly string[], inflect: Uint8Array): Int32Array {
    // Room for a few words a phrase from the start: growing by doubling touches twice the memory.
    this.reserve(this.wordCount + phrases.length * 6, this.patternCount + phrases.length);
    const counts = new Int32Array(phrases.length);
    for (let i = 0; i < phrases.length; i++) counts[i] = this.addPatterns(phrases[i], inflect[i] === 1);
    return counts;
  }

  private addVariants(phrase: string, inflect: boolean): number {
    const variants = expandPhrase(phrase);
    let added = 0;
    for (let v = 0; v < variants.length; v++) {
      const tokens = plainPhraseTokens(variants[v], this.tokens);
      if (tokens >= 0 ? this.addPlain(variants[v], tokens, inflect) : this.addTokenized(variants[v], inflect)) added++;
    }
    return added;
  }

  get patternCount(): number {
    return this.exact.length;
  }

  /** Adds one variant (any text) as a pattern, unless it has no words. */
  /** Adds a plain text as a pattern from its tokens in this.tokens (see plainPhraseTokens). */
  private addPlain(text: string, plain: number, inflect: boolean): boolean {
    const count = plain & ~SPACED;
    if (count === 0) return false;
    const first = this.wordCount;
    const tokens = this.tokens;
    for (let t = 0; t < count * 3; t += 3) {
      const index = this.classes.addAscii(text, tokens[t], tokens[t + 1], tokens[t + 2]);
      this.pushWord(index);
      if (inflect) this.inflect(index);
    }
    this.endPattern(text, first, inflect, (plain & SPACED) !== 0);
    return true;
  }

  /** Adds any text as a pattern, read by the tokenizer, unless it has no words. */
  private addTokenized(text: string, inflect: boolean): boolean {
    const first = this.wordCount;
    tokenize(text, (_s, _e, key) => {
      const index = this.classes.add(key);
      this.pushWord(index);
      if (inflect) this.inflect(index);
    });
    if (this.wordCount === first) return false;
    this.endPattern(text, first, inflect, false);
    return true;
  }

  /**
   * Ends the pattern whose words start at `first`: records its exact words unless it is inflected
   * (`spaced`: text is already those words joined by single spaces, but for case).
   */
  private endPattern(text: string, first: number, inflect: boolean, spaced: boolean): void {
    if (inflect) this.exact.push(undefined);
    else if (spaced) this.exact.push(text.toLowerCase());
    else {
      const words: string[] = [];
      for (let i = first; i < this.wordCount; i++) words.push(this.classes.word(this.words[i]));
      this.exact.push(words.join(' '));
    }
    if (this.exact.length > this.ends.length) this.ends = grow(this.ends);
    this.ends[this.exact.length - 1] = this.wordCount;
  }

  private reserve(words: number, patterns: number): void {
    if (words > this.words.length) this.words = grow(this.words, words);
    if (patterns > this.ends.length) this.ends = grow(this.ends, patterns);
  }

  private pushWord(index: number): void {
    if (this.wordCount === this.words.length) this.words = grow(this.words);
    this.words[this.wordCount++] = index;
  }

  /** Puts the inflections of a word in its class, once per word. */
  private inflect(index: number): void {
    if (index >= this.inflected.length) {
      const grown = new Uint8Array(Math.max(index + 1, this.inflected.length * 2));
      grown.set(this.inflected);
      this.inflected = grown;
    }
    if (this.inflected[index]) return;
    this.inflected[index] = 1;
    for (const form of inflections(this.classes.word(index))) this.classes.unionIndexes(index, this.classes.add(form));
  }

  build(): PhraseAutomaton {
    const { vocabulary, idOfIndex } = this.classes.vocabulary();
    // In place: the builder is done with its word indexes.
    const words = this.words.subarray(0, this.wordCount);
    for (let i = 0; i < words.length; i++) words[i] = idOfIndex[words[i]];
    const ends = this.ends.subarray(0, this.exact.length);
    return { automaton: new WordAutomaton({ words, ends }), vocabulary, exactWords: this.exact };
  }
}

function grow(array: Int32Array, length = array.length * 2): Int32Array {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
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
