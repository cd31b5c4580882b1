// The tokenizer: one pass over the characters, calling back for every word. Offsets are those of the
// text given, so findings map back to the source without an offset table.
//
// The scanner's hot path reads plain ASCII words (most of any draft) without making a string: it folds
// and hashes each character as it reads it, and the vocabulary is looked up by that hash and checked
// against the text in place (see word-table.ts). Only other tokens (non-ASCII, CJK, words joined
// across a hyphenated line break) come with their folded key as a string.
import { CJK, charClass, foldToken, isCjkHighSurrogate, JOIN, WORD } from './normalize';

/** Called for every token: its offsets, its folded key, and its raw text where it has capitals. */
export type TokenSink = (start: number, end: number, key: string, raw: string | undefined) => void;

/**
 * The low-level form of TokenSink. For a plain ASCII token `key` and `raw` are undefined: `hash` is the
 * hash of its folded characters (see hashStep), `rawHash` that of its characters as written, and
 * `upper` tells whether it has capitals. Other tokens give their folded `key`, and their `raw` text
 * where it may differ from the key.
 */
export type HashedTokenSink = (
  start: number,
  end: number,
  hash: number,
  rawHash: number,
  upper: boolean,
  key: string | undefined,
  raw: string | undefined,
) => void;

/** Decides whether a word broken by a hyphen at a line end is read as one word ("sen-\nsors"). */
export type JoinTest = (joinedKey: string) => boolean;

/** One step of the token hash: the same for the tokenizer and the tables that look tokens up. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** If a hyphen and a line break follow position i, returns where the next word starts; else -1. */
function hyphenBreakAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 0x2010) return -1;
  let j = i + 1;
  while (j < text.length && isSpaceOrTab(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) !== 10) return -1;
  j++;
  while (j < text.length && isSpaceOrTab(text.charCodeAt(j))) j++;
  const next = text.charCodeAt(j);
  return next >= 97 && next <= 122 ? j : -1;
}

/** Where a token ending at i resumes: after a possessive 's ("China's" reads as "china"), else i. */
function afterPossessive(text: string, i: number): number {
  const a = text.charCodeAt(i);
  if ((a === 39 || a === 0x2019) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83)) {
    const after = text.charCodeAt(i + 2);
    if (Number.isNaN(after) || !(isAsciiWord(after) || (after >= 128 && charClass(after) === WORD))) return i + 2;
  }
  return i;
}

/** Per ASCII code: its folded code where it is a word character (letters, digits), else 0. */
const FOLD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) FOLD[c] = c;
for (let c = 97; c <= 122; c++) FOLD[c] = c;
for (let c = 65; c <= 90; c++) FOLD[c] = c | 32;

/** Calls sink for every token starting in [from, to) (a word may run past `to`), with hashes. */
export function tokenizeHashed(text: string, sink: HashedTokenSink, joinTest?: JoinTest, from = 0, to = text.length): void {
  const n = Math.min(to, text.length);
  const length = text.length;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      let f = FOLD[c];
      if (f === 0) {
        i++;
        continue;
      }
      // A word: ASCII letters and digits, folded and hashed as they are read.
      const start = i;
      let hash = 0;
      let rawHash = 0;
      let upper = false;
      do {
        if (f !== c) upper = true;
        hash = (Math.imul(hash, 31) + f) | 0;
        rawHash = (Math.imul(rawHash, 31) + c) | 0;
        if (++i >= length) break;
        c = text.charCodeAt(i);
        f = c < 128 ? FOLD[c] : 0;
      } while (f !== 0);
      if (i < length) {
        if (c >= 128) {
          const k = charClass(c);
          if (k === WORD || k === JOIN) {
            i = readWord(text, start, sink, joinTest);
            continue;
          }
        }
        if (joinTest !== undefined && (c === 45 || c === 0x2010)) {
          const joinedEnd = joinAcrossBreak(text, start, i, upper, sink, joinTest);
          if (joinedEnd >= 0) {
            i = afterPossessive(text, joinedEnd);
            continue;
          }
        }
      }
      sink(start, i, hash, rawHash, upper, undefined, undefined);
      if (c === 39 || c === 0x2019) i = afterPossessive(text, i);
      continue;
    }
    const k = charClass(c);
    if (k === WORD) {
      i = readWord(text, i, sink, joinTest);
      continue;
    }
    if (k === CJK) {
      sink(i, i + 1, 0, 0, false, text[i], undefined);
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && isCjkHighSurrogate(c) && i + 1 < n) {
      sink(i, i + 2, 0, 0, false, text.slice(i, i + 2), undefined);
      i += 2;
      continue;
    }
    i++;
  }
}

/**
 * tokenizeHashed for the scanner of whole documents and their windows (findMatches), line for line
 * (test/unit/engine/tokenize-twins.test.ts holds the two together). The engine optimises a function
 * for what it has seen: sharing one loop with the small texts of every other caller (cues, exact-word
 * checks, law names), each with its own sink, made the scanner's loop call its sink instead of
 * inlining it: matching a 1 MB draft took 19 ms instead of 10.
 */
export function tokenizeDocument(text: string, sink: HashedTokenSink, joinTest?: JoinTest, from = 0, to = text.length): void {
  const n = Math.min(to, text.length);
  const length = text.length;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      let f = FOLD[c];
      if (f === 0) {
        i++;
        continue;
      }
      // A word: ASCII letters and digits, folded and hashed as they are read.
      const start = i;
      let hash = 0;
      let rawHash = 0;
      let upper = false;
      do {
        if (f !== c) upper = true;
        hash = (Math.imul(hash, 31) + f) | 0;
        rawHash = (Math.imul(rawHash, 31) + c) | 0;
        if (++i >= length) break;
        c = text.charCodeAt(i);
        f = c < 128 ? FOLD[c] : 0;
      } while (f !== 0);
      if (i < length) {
        if (c >= 128) {
          const k = charClass(c);
          if (k === WORD || k === JOIN) {
            i = readWord(text, start, sink, joinTest);
            continue;
          }
        }
        if (joinTest !== undefined && (c === 45 || c === 0x2010)) {
          const joinedEnd = joinAcrossBreak(text, start, i, upper, sink, joinTest);
          if (joinedEnd >= 0) {
            i = afterPossessive(text, joinedEnd);
            continue;
          }
        }
      }
      sink(start, i, hash, rawHash, upper, undefined, undefined);
      if (c === 39 || c === 0x2019) i = afterPossessive(text, i);
      continue;
    }
    const k = charClass(c);
    if (k === WORD) {
      i = readWord(text, i, sink, joinTest);
      continue;
    }
    if (k === CJK) {
      sink(i, i + 1, 0, 0, false, text[i], undefined);
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && isCjkHighSurrogate(c) && i + 1 < n) {
      sink(i, i + 2, 0, 0, false, text.slice(i, i + 2), undefined);
      i += 2;
      continue;
    }
    i++;
  }
}

/**
 * An ASCII word in [start, end) followed by a hyphen at a line break: when the joined word is known,
 * gives it to sink as one token and returns where it ends; else -1.
 */
function joinAcrossBreak(text: string, start: number, end: number, upper: boolean, sink: HashedTokenSink, joinTest: JoinTest): number {
  const next = hyphenBreakAt(text, end);
  if (next < 0) return -1;
  let j = next;
  while (j < text.length && isAsciiWord(text.charCodeAt(j))) j++;
  const head = text.slice(start, end);
  const tail = text.slice(next, j);
  const joined = head.toLowerCase() + tail.toLowerCase();
  if (!joinTest(joined)) return -1;
  sink(start, j, 0, 0, upper, joined, upper ? head + tail : undefined);
  return j;
}

/** Reads one word with non-ASCII letters from start; returns the position after it. */
function readWord(text: string, start: number, sink: HashedTokenSink, joinTest?: JoinTest): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isAsciiWord(c)) {
        i++;
        continue;
      }
      break;
    }
    const k = charClass(c);
    if (k === WORD || k === JOIN) {
      i++;
      continue;
    }
    break;
  }
  let raw = text.slice(start, i);
  let key = foldToken(raw, false);
  let end = i;
  if (joinTest) {
    const next = hyphenBreakAt(text, i);
    if (next >= 0) {
      let j = next;
      while (j < n && isAsciiWord(text.charCodeAt(j))) j++;
      const tail = text.slice(next, j);
      const joined = key + tail.toLowerCase();
      if (joinTest(joined)) {
        key = joined;
        raw = raw + tail;
        end = j;
        i = j;
      }
    }
  }
  // Non-ASCII letters may fold: the raw text is kept for case-sensitive lookups.
  sink(start, end, 0, 0, true, key, raw);
  return afterPossessive(text, i);
}

/** Calls sink for every token starting in [from, to) (a word may run past `to`), with its key. */
export function tokenize(text: string, sink: TokenSink, joinTest?: JoinTest, from = 0, to = text.length): void {
  tokenizeHashed(
    text,
    (start, end, _hash, _rawHash, upper, key, raw) => {
      if (key !== undefined) {
        sink(start, end, key, raw);
        return;
      }
      const written = text.slice(start, end);
      sink(start, end, upper ? written.toLowerCase() : written, upper ? written : undefined);
    },
    joinTest,
    from,
    to,
  );
}
