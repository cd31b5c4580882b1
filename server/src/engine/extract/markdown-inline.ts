// Inline Markdown within one paragraph, heading or table row: blanks code spans, autolinks, raw
// URLs and e-mail addresses, HTML tags and comments (collecting Caveat directives), link and image
// destinations, reference labels, footnote marks, entities and backslash escapes. Link text stays.
import type { CharMask, Occurrences } from './char-mask';
import { parseDirective } from './directives';
import type { Directive } from './types';

const AUTOLINK =
  /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;
const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]*_~]/y;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Whether text at i begins as URL can: "http", "ftp://" or "www." (c is the character at i). */
function startsLikeUrl(text: string, i: number, c: number): boolean {
  const prefix = c === 104 ? 'http' : c === 102 ? 'ftp://' : 'www.';
  // By character codes rather than startsWith: a word starting with h, f or w ("he", "for", "with")
  // fails at its second letter, and a call to startsWith cost more than the comparison.
  for (let k = 1; k < prefix.length; k++) if (text.charCodeAt(i + k) !== prefix.charCodeAt(k)) return false;
  return true;
}

function stickyMatch(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

// How far an opener looks for its closer. Real link texts, destinations and code spans are far
// shorter; the bound keeps a paragraph of unclosed openers linear.
const MAX_LINK_TEXT = 1000;
const MAX_DESTINATION = 2048;

/** Index of the `]` closing the `[` at open, within [open, end), or -1. */
function closingBracket(mask: CharMask, open: number, end: number): number {
  let depth = 0;
  const stop = Math.min(end, open + MAX_LINK_TEXT);
  for (let i = open; i < stop; i++) {
    const c = mask.at(i);
    if (c === 92) i++;
    else if (c === 91) depth++;
    else if (c === 93 && --depth === 0) return i;
  }
  return -1;
}

/** Index after the `)` closing the `(` at open (balanced, as CommonMark allows), or -1. */
function closingParen(mask: CharMask, open: number, end: number): number {
  let depth = 0;
  const stop = Math.min(end, open + MAX_DESTINATION);
  for (let i = open; i < stop; i++) {
    const c = mask.at(i);
    if (c === 92) i++;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i + 1;
    else if (c === 10 && mask.at(i + 1) === 10) return -1;
  }
  return -1;
}

/**
 * Backtick runs of one paragraph by length, found once: the run closing a code span is the next run
 * of the same length, a binary search away, so a paragraph of unmatched runs stays linear.
 */
class BacktickRuns {
  private byLength: Map<number, number[]> | undefined;

  constructor(
    private readonly mask: CharMask,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** End of the first run of exactly `length` backticks starting at or after from, or -1. */
  closing(from: number, length: number): number {
    if (!this.byLength) {
      this.byLength = new Map();
      let i = this.start;
      while (i < this.end) {
        if (this.mask.at(i) !== 96) {
          i++;
          continue;
        }
        let j = i;
        while (j < this.end && this.mask.at(j) === 96) j++;
        const list = this.byLength.get(j - i);
        if (list) list.push(i);
        else this.byLength.set(j - i, [i]);
        i = j;
      }
    }
    const list = this.byLength.get(length);
    if (!list) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo] + length : -1;
  }
}

/**
 * Per ASCII code: 1 where maskInline may have something to blank (escape, code span, tag or comment,
 * image, link, entity, e-mail), 2 for the first letters of raw URLs (h, f, w), which count only at the
 * start of a word; 0 for the rest.
 */
const INLINE_MARK = new Uint8Array(128);
for (const c of [92, 96, 60, 33, 91, 38, 64]) INLINE_MARK[c] = 1;
for (const c of [104, 102, 119]) INLINE_MARK[c] = 2;

/**
 * The first position in [i, end) where maskInline may have something to do, else end. Most of a
 * paragraph is plain words, read here in one tight loop over the mask's characters rather than through
 * the switch below.
 */
function nextMark(mask: CharMask, i: number, end: number): number {
  const { codes, base } = mask;
  // Where the mask holds the characters, they are read from it directly; elsewhere through at().
  const stop = i >= base ? Math.min(end, base + codes.length) : i;
  for (; i < stop; i++) {
    const c = codes[i - base];
    if (c < 128 && INLINE_MARK[c] !== 0 && isMarkAt(mask, i, c)) return i;
  }
  for (; i < end; i++) {
    const c = mask.at(i);
    if (c < 128 && INLINE_MARK[c] !== 0 && isMarkAt(mask, i, c)) return i;
  }
  return end;
}

/** Whether the ASCII character c at i, marked in INLINE_MARK, is where maskInline may act. */
function isMarkAt(mask: CharMask, i: number, c: number): boolean {
  return INLINE_MARK[c] === 1 || i === 0 || !isWordCode(mask.at(i - 1));
}

export function maskInline(mask: CharMask, start: number, end: number, directives: Directive[], commentCloses: Occurrences): void {
  const source = mask.source;
  const backticks = new BacktickRuns(mask, start, end);
  let i = start;
  while (i < end) {
    i = nextMark(mask, i, end);
    if (i >= end) break;
    const c = mask.at(i);
    switch (c) {
      case 92: // backslash escape
        if (i + 1 < end && mask.at(i + 1) > 32 && mask.at(i + 1) < 127 && !isWordCode(mask.at(i + 1))) {
          mask.blank(i, i + 1);
          i += 2;
          continue;
        }
        break;
      case 96: {
        // code span
        let j = i;
        while (j < end && mask.at(j) === 96) j++;
        const close = backticks.closing(j, j - i);
        if (close > 0) {
          mask.blank(i, close);
          i = close;
        } else i = j;
        continue;
      }
      case 60: {
        // <autolink>, <!-- comment -->, <tag>
        if (source.startsWith('<!--', i)) {
          const close = commentCloses.next(i + 4);
          const stop = close < 0 || close + 3 > end ? end : close + 3;
          // An unclosed comment reads to the block's end, not to a "-->" blocks later: what a block means
          // depends on that block alone, so an editor can re-read the blocks around an edit.
          const d = parseDirective(source.slice(i + 4, close < 0 || close + 3 > end ? stop : close), i, stop);
          if (d) directives.push(d);
          mask.blank(i, stop);
          i = stop;
          continue;
        }
        const n = stickyMatch(AUTOLINK, source, i) || stickyMatch(HTML_TAG, source, i);
        if (n && i + n <= end) {
          mask.blank(i, i + n);
          i += n;
          continue;
        }
        break;
      }
      case 33: // ![image](src): not prose
        if (mask.at(i + 1) === 91) {
          const close = closingBracket(mask, i + 1, end);
          if (close > 0 && mask.at(close + 1) === 40) {
            const after = closingParen(mask, close + 1, end);
            if (after > 0) {
              mask.blank(i, after);
              i = after;
              continue;
            }
          }
        }
        break;
      case 91: {
        // [text](destination), [text][label], [^footnote]
        if (mask.at(i + 1) === 94) {
          const close = closingBracket(mask, i, end);
          if (close > 0) {
            mask.blank(i, close + 1);
            i = close + 1;
            continue;
          }
        }
        const close = closingBracket(mask, i, end);
        if (close > 0) {
          const next = mask.at(close + 1);
          if (next === 40) {
            const after = closingParen(mask, close + 1, end);
            if (after > 0) {
              mask.blank(i, i + 1);
              mask.blank(close, after);
              i += 1;
              continue;
            }
          } else if (next === 91) {
            const labelEnd = closingBracket(mask, close + 1, end);
            if (labelEnd > 0) {
              mask.blank(i, i + 1);
              mask.blank(close, labelEnd + 1);
              i += 1;
              continue;
            }
          }
        }
        break;
      }
      case 38: {
        const n = stickyMatch(ENTITY, source, i);
        if (n) {
          mask.blank(i, i + n);
          i += n;
          continue;
        }
        break;
      }
      case 104: // h(ttp), f(tp), w(ww): raw URLs
      case 102:
      case 119:
        // The prefix first: most words starting with h, f or w ("with", "for") are not URLs.
        if ((i === 0 || !isWordCode(mask.at(i - 1))) && startsLikeUrl(source, i, c)) {
          const n = stickyMatch(URL, source, i);
          if (n && i + n <= end) {
            mask.blank(i, i + n);
            i += n;
            continue;
          }
        }
        break;
      case 64: {
        // e-mail address: look back to its start
        let s = i;
        while (s > start && /[A-Za-z0-9._%+-]/.test(source[s - 1])) s--;
        const n = s < i ? stickyMatch(EMAIL, source, s) : 0;
        if (n && s + n <= end) {
          mask.blank(s, s + n);
          i = s + n;
          continue;
        }
        break;
      }
    }
    i++;
  }
}
