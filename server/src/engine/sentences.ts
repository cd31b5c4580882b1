// Finds the sentence (or clause) around an offset, on demand: only where a rule matched, so a
// megabyte draft with few matches costs almost nothing. Boundaries: . ! ? (not after a known
// abbreviation, an initial or before a lower-case word), CJK full stops, blank lines, and the block
// ends the extractor reports (headings, list items, table cells, numbered clauses).

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'dr',
  'prof',
  'mr',
  'mrs',
  'ms',
  'no',
  'nr',
  'art',
  'arts',
  'vs',
  'cf',
  'fig',
  'figs',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'st',
  'al',
  'sec',
  'para',
  'p',
  'pp',
  'vol',
  'ed',
  'eds',
  'dept',
  'univ',
  'jr',
  'sr',
  'resp',
  'incl',
  'excl',
  'ref',
  'refs',
  'no',
  'ca',
]);
/** A sentence is never read further than this from the match, whatever the punctuation. */
export const MAX_REACH = 1500;

export class SentenceFinder {
  // Matches are looked up in order, many of them in the same sentence: what one look-up learnt (a
  // stretch with no sentence boundary) spares the next from reading it again, so dense matches in
  // one long sentence cost its length once, not once per match.
  /** [clearFrom, clearTo): no sentence may start inside (from startBefore). */
  private startClear: [number, number] = [0, 0];
  /** [clearFrom, clearTo): no sentence ends inside (from endAfter). */
  private endClear: [number, number] = [0, 0];

  constructor(
    private readonly text: string,
    private readonly breaks: number[],
  ) {}

  /** The [start, end) of the sentence containing the range [from, to). */
  around(from: number, to: number): [number, number] {
    return [this.startBefore(from), this.endAfter(to)];
  }

  private isTerminatorAt(i: number): boolean {
    const c = this.text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff0e) return true; // 。！？；．
    if (c !== 46 && c !== 33 && c !== 63) return false;
    const next = this.text.charCodeAt(i + 1);
    if (!(next === 32 || next === 10 || next === 13 || next === 9 || Number.isNaN(next))) return false;
    if (c !== 46) return true;
    // A full stop after an abbreviation or an initial, or before a lower-case word, ends nothing.
    let j = i - 1;
    while (j >= 0 && /[A-Za-z.]/.test(this.text[j])) j--;
    const word = this.text.slice(j + 1, i).toLowerCase();
    if (word.length === 1 || ABBREVIATIONS.has(word) || (word.includes('.') && word.length <= 5)) return false;
    let k = i + 1;
    while (k < this.text.length && /\s/.test(this.text[k])) k++;
    const after = this.text.charCodeAt(k);
    return !(after >= 97 && after <= 122);
  }

  private isBlankLineAt(i: number): boolean {
    if (this.text.charCodeAt(i) !== 10) return false;
    let j = i + 1;
    while (j < this.text.length && (this.text.charCodeAt(j) === 32 || this.text.charCodeAt(j) === 9 || this.text.charCodeAt(j) === 13)) j++;
    return this.text.charCodeAt(j) === 10;
  }

  /** Whether a sentence starts right after position i. */
  private startsAfter(i: number): boolean {
    if (this.isTerminatorAt(i)) return true;
    return this.text.charCodeAt(i) === 10 && ((i > 0 && this.isBlankLineAt(i - 1)) || this.isBlankLineAt(i));
  }

  private startBefore(pos: number): number {
    const limit = Math.max(0, pos - MAX_REACH, this.lastBreakAtOrBefore(pos));
    const [clearFrom, clearTo] = this.startClear;
    let i = pos - 1;
    let found = -1;
    if (pos >= clearTo && clearTo > clearFrom) {
      for (; i >= Math.max(limit, clearTo); i--) {
        if (this.startsAfter(i)) {
          found = i;
          break;
        }
      }
      if (found < 0) i = Math.min(i, clearFrom - 1); // [clearFrom, clearTo) has no boundary
    }
    if (found < 0) {
      for (; i >= limit; i--) {
        if (this.startsAfter(i)) {
          found = i;
          break;
        }
      }
    }
    const start = found >= 0 ? found + 1 : limit;
    this.startClear = [start, pos];
    return start;
  }

  private endAfter(pos: number): number {
    const limit = Math.min(this.text.length, pos + MAX_REACH, this.firstBreakAfter(pos));
    const [clearFrom, clearTo] = this.endClear;
    const known = pos >= clearFrom && pos <= clearTo;
    const from = known ? clearFrom : pos;
    for (let i = known ? clearTo : pos; i < limit; i++) {
      if (this.isTerminatorAt(i)) {
        this.endClear = [from, i];
        return i + 1;
      }
      if (this.isBlankLineAt(i)) {
        this.endClear = [from, i];
        return i;
      }
    }
    this.endClear = [from, Math.max(limit, known ? clearTo : pos)];
    return limit;
  }

  private lastBreakAtOrBefore(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] <= pos) {
        found = this.breaks[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private firstBreakAfter(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length - 1;
    let found = this.text.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] > pos) {
        found = this.breaks[mid];
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return found;
  }
}
