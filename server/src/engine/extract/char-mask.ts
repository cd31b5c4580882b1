// A mutable copy of a draft's characters that extractors blank out where the text is not prose.
// Writing into a Uint16Array and decoding once is much cheaper than building strings piece by piece.
import { JOIN_MARK } from '../normalize';

const decoder = new TextDecoder('utf-16le');
const SPACE = 32;
const JOIN = JOIN_MARK.charCodeAt(0);

export class CharMask {
  /** The characters of [base, base + codes.length): source offsets minus base. */
  readonly codes: Uint16Array;

  /**
   * A mask of the whole source, or of the window [base, end) only: an editor re-reads the blocks
   * around an edit and keeps the rest of the previous mask. Outside the window, at() reads the source,
   * as a whole-document reader sees the text it has not masked yet.
   */
  constructor(
    readonly source: string,
    readonly base = 0,
    end = source.length,
  ) {
    this.codes = utf16Copy(base === 0 && end === source.length ? source : source.slice(base, end));
  }

  /** Blanks [start, end) but keeps line breaks, so lines and offsets stay where they are. */
  blank(start: number, end: number): void {
    const codes = this.codes;
    const stop = Math.min(end - this.base, codes.length);
    for (let i = Math.max(0, start - this.base); i < stop; i++) if (codes[i] !== 10 && codes[i] !== 13) codes[i] = SPACE;
  }

  /** Marks [start, end) as invisible inside a word (the halves on either side read as one word). */
  join(start: number, end: number): void {
    const stop = Math.min(end - this.base, this.codes.length);
    for (let i = Math.max(0, start - this.base); i < stop; i++) this.codes[i] = JOIN;
  }

  at(i: number): number {
    const k = i - this.base;
    return k >= 0 && k < this.codes.length ? this.codes[k] : this.source.charCodeAt(i);
  }

  /** Puts the source's character back at i (front-matter values inside a blanked block). */
  restore(i: number): void {
    const k = i - this.base;
    if (k >= 0 && k < this.codes.length) this.codes[k] = this.source.charCodeAt(i);
  }

  toString(): string {
    return decoder.decode(this.codes);
  }
}

/**
 * The UTF-16 code units of a string in a fresh array. Node's native encoder copies a megabyte in a
 * fraction of a millisecond; the loop is the fallback where Buffer is missing or the byte order is
 * big-endian.
 */
function utf16Copy(source: string): Uint16Array {
  if (typeof Buffer !== 'undefined' && LITTLE_ENDIAN) {
    const bytes = Buffer.from(source, 'utf16le');
    if (bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, source.length);
  }
  const codes = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) codes[i] = source.charCodeAt(i);
  return codes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Every position of a needle in a text, found once, so that "the next one after i" is a binary search:
 * searching the rest of the document from every unclosed opener would be quadratic.
 */
export class Occurrences {
  private positions: number[] | undefined;

  /** Only occurrences at or after `floor` are listed: a reader of a window never asks for earlier ones. */
  constructor(
    private readonly text: string,
    private readonly needle: string,
    private readonly floor = 0,
  ) {}

  /** The first occurrence at or after from, or -1. */
  next(from: number): number {
    if (!this.positions) {
      this.positions = [];
      for (let i = this.text.indexOf(this.needle, this.floor); i >= 0; i = this.text.indexOf(this.needle, i + 1)) this.positions.push(i);
    }
    const list = this.positions;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] : -1;
  }
}
