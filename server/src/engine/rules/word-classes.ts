// Groups a word with its inflections into one class (union-find), so the automaton sees one symbol
// for sensor, sensors and sensing, whichever form the phrase or the draft uses.
//
// Name lists repeat a few thousand words hundreds of thousands of times: a plain ASCII word of a
// phrase is found by the tokenizer's hash and compared in place (addAscii), so a string is made only
// for a word not seen before.
import { hashStep } from '../tokenize';

export class WordClasses {
  /** Words other than plain ASCII ones (those are in asciiSlots), by string. */
  private readonly index = new Map<string, number>();
  /** Every word, by index: the order in which they were first added. */
  private readonly words: string[] = [];
  private parent = new Int32Array(4096);
  /**
   * The plain ASCII words: open addressing by token hash, four integers a slot (hash, index + 1, and
   * offset and length of the word in `chars`), so a look-up reads no string but the phrase.
   */
  private asciiSlots = new Int32Array(4 * 8192);
  private asciiCount = 0;
  private chars = new Uint8Array(65536);
  private charCount = 0;

  get size(): number {
    return this.words.length;
  }

  /** The word with this index. */
  word(i: number): string {
    return this.words[i];
  }

  add(word: string): number {
    if (isPlain(word)) {
      const hash = plainHash(word);
      const found = this.findAscii(word, 0, word.length, hash);
      return found >= 0 ? found : this.insert(word, hash);
    }
    const i = this.index.get(word);
    return i === undefined ? this.insert(word, undefined) : i;
  }

  /**
   * The index of the plain ASCII word text[start, end) (letters and digits, compared folded), whose
   * folded token hash is `hash`: the same index add() gives its lower-case form.
   */
  addAscii(text: string, start: number, end: number, hash: number): number {
    const found = this.findAscii(text, start, end, hash);
    return found >= 0 ? found : this.insert(text.slice(start, end).toLowerCase(), hash);
  }

  private findAscii(text: string, start: number, end: number, hash: number): number {
    const { asciiSlots: slots, chars } = this;
    const mask = (slots.length >> 2) - 1;
    const length = end - start;
    let slot = mix(hash) & mask;
    for (;;) {
      const at = slot * 4;
      const entry = slots[at + 1];
      if (entry === 0) return -1;
      if (slots[at] === hash && slots[at + 3] === length) {
        const offset = slots[at + 2];
        let k = 0;
        while (k < length && (text.charCodeAt(start + k) | 32) === chars[offset + k]) k++;
        if (k === length) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  union(a: string, b: string): void {
    this.unionIndexes(this.add(a), this.add(b));
  }

  unionIndexes(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private insert(word: string, hash: number | undefined): number {
    const i = this.words.length;
    this.words.push(word);
    if (i === this.parent.length) {
      const grown = new Int32Array(i * 2);
      grown.set(this.parent);
      this.parent = grown;
    }
    this.parent[i] = i;
    if (hash === undefined) this.index.set(word, i);
    else this.insertAscii(word, hash, i);
    return i;
  }

  private insertAscii(word: string, hash: number, i: number): void {
    if (++this.asciiCount * 2 > this.asciiSlots.length >> 2) {
      const old = this.asciiSlots;
      this.asciiSlots = new Int32Array(old.length * 2);
      for (let at = 0; at < old.length; at += 4) if (old[at + 1] !== 0) this.putAscii(old[at], old[at + 1], old[at + 2], old[at + 3]);
    }
    if (this.charCount + word.length > this.chars.length) {
      const grown = new Uint8Array(Math.max(this.chars.length * 2, this.charCount + word.length));
      grown.set(this.chars);
      this.chars = grown;
    }
    const offset = this.charCount;
    for (let k = 0; k < word.length; k++) this.chars[offset + k] = word.charCodeAt(k);
    this.charCount += word.length;
    this.putAscii(hash, i + 1, offset, word.length);
  }

  private putAscii(hash: number, entry: number, offset: number, length: number): void {
    const slots = this.asciiSlots;
    const mask = (slots.length >> 2) - 1;
    let slot = mix(hash) & mask;
    while (slots[slot * 4 + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot * 4;
    slots[at] = hash;
    slots[at + 1] = entry;
    slots[at + 2] = offset;
    slots[at + 3] = length;
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j];
      this.parent[j] = r;
      j = next;
    }
    return r;
  }

  /**
   * Dense class ids for every word: the vocabulary the scanner looks tokens up in, and the same id
   * for each index that add() returned.
   */
  vocabulary(): { vocabulary: Map<string, number>; idOfIndex: Int32Array } {
    const count = this.words.length;
    const dense = new Int32Array(count).fill(-1);
    const idOfIndex = new Int32Array(count);
    const vocabulary = new Map<string, number>();
    let next = 0;
    for (let i = 0; i < count; i++) {
      const root = this.find(i);
      if (dense[root] < 0) dense[root] = next++;
      idOfIndex[i] = dense[root];
      vocabulary.set(this.words[i], dense[root]);
    }
    return { vocabulary, idOfIndex };
  }
}

/** Whether a word is lower-case ASCII letters and digits only, and not empty. */
function isPlain(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** The tokenizer's hash of a word of lower-case ASCII letters and digits. */
function plainHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
