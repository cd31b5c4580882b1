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
    const ascii: [string, number][] = [];
    let totalLength = 0;
    for (const entry of entries) {
      if (!/^[a-z0-9]+$/.test(entry[0])) continue;
      ascii.push(entry);
      totalLength += entry[0].length;
    }
    let size = 16;
    while (size < ascii.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4).fill(-1);
    this.chars = new Uint8Array(totalLength);
    let offset = 0;
    for (const [key, value] of ascii) {
      let hash = 0;
      for (let i = 0; i < key.length; i++) {
        hash = hashStep(hash, key.charCodeAt(i));
        this.chars[offset + i] = key.charCodeAt(i);
      }
      let slot = mix(hash) & this.mask;
      while (this.slots[slot * 4 + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots.set([hash, value, offset, key.length], slot * 4);
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

/** Exact-case table of ASCII strings (abbreviations), by the tokenizer's raw hash. */
export class AsciiRawTable<T> {
  private readonly byHash = new Map<number, [string, T][]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [key, value] of entries) {
      if (!/^[A-Za-z0-9]+$/.test(key)) continue;
      let hash = 0;
      for (let i = 0; i < key.length; i++) hash = hashStep(hash, key.charCodeAt(i));
      const list = this.byHash.get(hash) ?? [];
      list.push([key, value]);
      this.byHash.set(hash, list);
    }
  }

  /** The value for the ASCII word text[start, end) as written, whose raw hash is `rawHash`. */
  get(text: string, start: number, end: number, rawHash: number): T | undefined {
    const list = this.byHash.get(rawHash);
    if (list === undefined) return undefined;
    for (const [key, value] of list) if (key.length === end - start && text.startsWith(key, start)) return value;
    return undefined;
  }
}

function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
