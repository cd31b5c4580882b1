// The tokenizer: one pass over the characters, calling back for every word. Offsets are those of the
// text given, so findings map back to the source without an offset table.
import { CJK, charClass, foldToken, isCjkHighSurrogate, JOIN, WORD } from './normalize';

/** Called for every token: its offsets, its folded key, and its raw text where it has capitals. */
export type TokenSink = (start: number, end: number, key: string, raw: string | undefined) => void;

/** Decides whether a word broken by a hyphen at a line end is read as one word ("sen-\nsors"). */
export type JoinTest = (joinedKey: string) => boolean;

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
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

/** Calls sink for every token starting in [from, to) (a word may run past `to`). */
export function tokenize(text: string, sink: TokenSink, joinTest?: JoinTest, from = 0, to = text.length): void {
  const n = Math.min(to, text.length);
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (isAsciiWord(c) ? WORD : 0) : charClass(c);
    if (k === WORD) {
      i = readWord(text, i, sink, joinTest);
      continue;
    }
    if (k === CJK) {
      sink(i, i + 1, text[i], undefined);
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && isCjkHighSurrogate(c) && i + 1 < n) {
      sink(i, i + 2, text.slice(i, i + 2), undefined);
      i += 2;
      continue;
    }
    i++;
  }
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Reads one word from start; returns the position after it (and after a skipped possessive 's). */
function readWord(text: string, start: number, sink: TokenSink, joinTest?: JoinTest): number {
  const n = text.length;
  let i = start;
  let ascii = true;
  let upper = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) {
        i++;
        continue;
      }
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        if (c <= 90 && c >= 65) upper = true;
        i++;
        continue;
      }
      break;
    }
    const k = charClass(c);
    if (k === WORD || k === JOIN) {
      ascii = false;
      upper = true; // non-ASCII letters may fold; keep the raw text for case-sensitive lookups
      i++;
      continue;
    }
    break;
  }
  let raw = text.slice(start, i);
  let key = foldToken(raw, ascii);
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
  sink(start, end, key, upper ? raw : undefined);
  // Possessive: "China's", "Talents’ Plan" read as "china", "talents".
  const a = text.charCodeAt(i);
  if ((a === 39 || a === 0x2019) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83)) {
    const after = text.charCodeAt(i + 2);
    if (Number.isNaN(after) || !(isAsciiWord(after) || (after >= 128 && charClass(after) === WORD))) return i + 2;
  }
  return i;
}
