// The vocabulary as the scanner reads it: plain ASCII words are looked up by the hash the tokenizer
// computed while reading them and checked against the text in place, so no string is made for a
// word of the draft. Other words (non-ASCII, joined across a line break) use the Map.
import { hashStep } from './tokenize';

/**
 * Open-addressing table of the ASCII keys of a vocabulary, by token hash. A look-up touches one slot
 * of four integers (hash, value, key offset, key length) and the key's bytes in one buffer, so the
 * many look-ups of common words stay in the cache.
 */
export class AsciiWordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly chars: Uint8Array;

  constructor(entries: Iterable<[string, number]>) {
    const keys: string[] = [];
    const values: number[] = [];
    let totalLength = 0;
    eachEntry(entries, (key, value) => {
      if (!isPlain(key, false)) return;
      keys.push(key);
      values.push(value);
      totalLength += key.length;
    });
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4).fill(-1);
    this.chars = new Uint8Array(totalLength);
    let offset = 0;
    for (let e = 0; e < keys.length; e++) {
      const key = keys[e];
      let hash = 0;
      for (let i = 0; i < key.length; i++) {
        hash = hashStep(hash, key.charCodeAt(i));
        this.chars[offset + i] = key.charCodeAt(i);
      }
      let slot = mix(hash) & this.mask;
      while (this.slots[slot * 4 + 1] !== -1) slot = (slot + 1) & this.mask;
      const at = slot * 4;
      this.slots[at] = hash;
      this.slots[at + 1] = values[e];
      this.slots[at + 2] = offset;
      this.slots[at + 3] = key.length;
      offset += key.length;
    }
  }

  /**
   * The value of the ASCII word text[start, end), whose folded hash is `hash`, or -1. Letters compare
   * case-insensitively: the caller gives only ASCII letters and digits, for which `| 32` folds.
   */
  get(text: string, start: number, end: number, hash: number): number {
    const { slots, chars } = this;
    const length = end - start;
    let slot = mix(hash) & this.mask;
    for (;;) {
      const at = slot * 4;
      const value = slots[at + 1];
      if (value === -1) return -1;
      if (slots[at] === hash && slots[at + 3] === length) {
        const offset = slots[at + 2];
        let i = 0;
        while (i < length && (text.charCodeAt(start + i) | 32) === chars[offset + i]) i++;
        if (i === length) return value;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Exact-case table of ASCII strings (abbreviations), by the tokenizer's raw hash: open addressing
 * over two integers a slot (hash, entry + 1), the entries' keys and values in two arrays.
 */
export class AsciiRawTable<T> {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private readonly values: T[] = [];

  constructor(entries: Iterable<[string, T]>) {
    const hashes: number[] = [];
    eachEntry(entries, (key, value) => {
      if (!isPlain(key, true)) return;
      let hash = 0;
      for (let i = 0; i < key.length; i++) hash = hashStep(hash, key.charCodeAt(i));
      this.keys.push(key);
      this.values.push(value);
      hashes.push(hash);
    });
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let e = 0; e < hashes.length; e++) {
      let slot = mix(hashes[e]) & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hashes[e];
      this.slots[slot * 2 + 1] = e + 1;
    }
  }

  /** The value for the ASCII word text[start, end) as written, whose raw hash is `rawHash`. */
  get(text: string, start: number, end: number, rawHash: number): T | undefined {
    const { slots, keys } = this;
    let slot = mix(rawHash) & this.mask;
    for (;;) {
      const entry = slots[slot * 2 + 1];
      if (entry === 0) return undefined;
      if (slots[slot * 2] === rawHash) {
        const key = keys[entry - 1];
        if (key.length === end - start && text.startsWith(key, start)) return this.values[entry - 1];
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Calls f for each entry; a Map's without making an array an entry. */
function eachEntry<T>(entries: Iterable<[string, T]>, f: (key: string, value: T) => void): void {
  if (entries instanceof Map) {
    entries.forEach((value: T, key: string) => {
      f(key, value);
    });
  } else for (const [key, value] of entries) f(key, value);
}

/** Whether a key is ASCII letters and digits only (any case, or lower case only), and not empty. */
function isPlain(key: string, anyCase: boolean): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (anyCase && c >= 65 && c <= 90)) continue;
    return false;
  }
  return true;
}

function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
