// Counts the work a scan does without any hook in the engine: while `count` runs, the string, array
// and regular-expression built-ins the engine relies on (and CharMask.at, the extractors' character
// reads) are wrapped so that every call adds to a counter. The counts are deterministic (same input,
// same count), so a test can compare the work for a document of size n with the work for 4n built
// by the same generator: linear code gives about 4x, quadratic code 16x.
//
// What is counted:
//   charCodeAt   one per call (tokenizer, extractors, sentence finder; codePointAt too: RE2 reads with it)
//   maskAt       one per CharMask.at call (Markdown inline reader)
//   indexOf      the number of characters a String.prototype.indexOf call passed over
//   sliced       the length of every String.prototype.slice result (copies of the text)
//   regex        one per RegExp exec/test call (the engine's regexes are bounded or linear per call)
//   iterated     one per step of a for...of / spread over an array
// Not counted: Array.prototype.filter/some/map callbacks, the work inside a regex call.
import { CharMask } from '../../../server/src/engine/extract/char-mask';

export interface OpCounts {
  charCodeAt: number;
  maskAt: number;
  indexOf: number;
  sliced: number;
  regex: number;
  iterated: number;
  total: number;
}

export function count<T>(work: () => T): { result: T; ops: OpCounts } {
  const ops: OpCounts = { charCodeAt: 0, maskAt: 0, indexOf: 0, sliced: 0, regex: 0, iterated: 0, total: 0 };
  const sp = String.prototype;
  const ap = Array.prototype as unknown as { [Symbol.iterator]: () => Iterator<unknown> };
  const rp = RegExp.prototype;
  const mp = CharMask.prototype;
  const saved = {
    charCodeAt: sp.charCodeAt,
    codePointAt: sp.codePointAt,
    indexOf: sp.indexOf,
    slice: sp.slice,
    iterator: ap[Symbol.iterator],
    exec: rp.exec,
    test: rp.test,
    at: mp.at,
  };
  sp.charCodeAt = function (this: string, i: number) {
    ops.charCodeAt++;
    return saved.charCodeAt.call(this, i);
  };
  sp.codePointAt = function (this: string, i: number) {
    ops.charCodeAt++;
    return saved.codePointAt.call(this, i);
  };
  sp.indexOf = function (this: string, search: string, from?: number) {
    const start = Math.max(0, Math.min(from ?? 0, this.length));
    const r = saved.indexOf.call(this, search, from);
    ops.indexOf += (r < 0 ? this.length : r) - start + 1;
    return r;
  };
  sp.slice = function (this: string, s?: number, e?: number) {
    const r = saved.slice.call(this, s, e);
    ops.sliced += r.length;
    return r;
  };
  ap[Symbol.iterator] = function (this: unknown[]) {
    const it = saved.iterator.call(this);
    return {
      next() {
        ops.iterated++;
        return it.next();
      },
      [Symbol.iterator]() {
        return this;
      },
    } as Iterator<unknown>;
  };
  rp.exec = function (this: RegExp, s: string) {
    ops.regex++;
    return saved.exec.call(this, s);
  };
  rp.test = function (this: RegExp, s: string) {
    ops.regex++;
    return saved.test.call(this, s);
  };
  mp.at = function (this: CharMask, i: number) {
    ops.maskAt++;
    return saved.at.call(this, i);
  };
  try {
    const result = work();
    ops.total = ops.charCodeAt + ops.maskAt + ops.indexOf + ops.sliced + ops.regex + ops.iterated;
    return { result, ops };
  } finally {
    sp.charCodeAt = saved.charCodeAt;
    sp.codePointAt = saved.codePointAt;
    sp.indexOf = saved.indexOf;
    sp.slice = saved.slice;
    ap[Symbol.iterator] = saved.iterator;
    rp.exec = saved.exec;
    rp.test = saved.test;
    mp.at = saved.at;
  }
}
