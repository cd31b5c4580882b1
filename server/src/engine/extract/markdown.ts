// Markdown: a one-pass reader of CommonMark blocks (with GFM tables, front matter and footnotes) that
// blanks what is not prose, at source offsets. Headings, paragraphs, lists, block quotes, tables,
// emphasis and link text are prose; fenced and indented code, HTML (but for Caveat directives in
// comments), link reference definitions, URLs and front-matter keys are not.
//
// Why not a general parser: micromark reads about 0.1 MB/s and markdown-it 1.5 MB/s here, both far
// from the few milliseconds per megabyte the editor budget allows (docs/decisions/0005). This reader
// only decides what is prose; test/unit/engine/markdown-oracle.test.ts checks it against micromark.
import { CharMask, Occurrences } from './char-mask';
import { parseDirective } from './directives';
import { maskInline } from './markdown-inline';
import type { Directive, ExtractedDocument } from './types';

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})([^\n]*)$/;
const ATX_HEADING = /^( {0,3}#{1,6})(?=[ \t]|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const BLOCK_QUOTE = /^(?:[ \t]{0,3}>[ \t]?)+/;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)(?:[^\]\\]|\\.)+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const FRONT_MATTER_VALUE = /^([ \t]*[\w-]+[ \t]*[:=][ \t]*)(.+)$/gm;

function indentWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += 4 - (w % 4);
    else break;
  }
  return w;
}

interface Fence {
  marker: string;
  length: number;
}

/**
 * Line starts where the reader holds nothing open (no fence, comment, raw HTML, paragraph or table,
 * after a blank line): what it reads from there depends on the text before only through the list
 * indent. An editor re-reads from the last one before an edit and stops at the first one after it
 * where the state is the same as before.
 */
export interface MarkdownCheckpoints {
  offsets: number[];
  listIndents: number[];
}

/** A whole reading, with what an incremental re-read needs. */
export interface MarkdownReading {
  document: ExtractedDocument;
  /** The masked text's characters (the mask's own array, not a copy). */
  codes: Uint16Array;
  checkpoints: MarkdownCheckpoints;
  /** Offset where the blocks after the front matter start; -1 when front matter is opened but not closed (an edit anywhere may close it). */
  bodyStart: number;
}

/** A re-read of [from, stopAt): the window's masked characters, breaks, directives and checkpoints. */
export interface MarkdownWindow {
  codes: Uint16Array;
  breaks: number[];
  directives: Directive[];
  checkpoints: MarkdownCheckpoints;
}

export function extractMarkdownProse(source: string): ExtractedDocument {
  return readMarkdown(source).document;
}

export function readMarkdown(source: string): MarkdownReading {
  const mask = new CharMask(source);
  const breaks: number[] = [];
  const directives: Directive[] = [];
  const checkpoints: MarkdownCheckpoints = { offsets: [], listIndents: [] };
  const pos = frontMatter(source, mask, breaks);
  const unclosed = pos === 0 && /^(?:---|\+\+\+)[ \t]*\r?\n/.test(source);
  readBlocks(source, mask, pos, -1, breaks, directives, checkpoints, new Occurrences(source, '-->'), undefined);
  breaks.sort((a, b) => a - b);
  return { document: { masked: mask.toString(), breaks, directives }, codes: mask.codes, checkpoints, bodyStart: unclosed ? -1 : pos };
}

/**
 * Reads the blocks of [base, stopAt) of a draft from `window`, its text from base on (to stopAt at
 * least, to the end when stopAt is undefined), starting at a checkpoint at base with its list indent.
 * Offsets in the result are the draft's. Undefined when the state at stopAt is not the checkpoint
 * `stopListIndent` (the edit changed what follows: a fence opened, a list ended).
 */
export function readMarkdownWindow(
  window: string,
  base: number,
  listIndent: number,
  stopAt: number | undefined,
  stopListIndent: number,
): MarkdownWindow | undefined {
  const stopLocal = stopAt === undefined ? undefined : stopAt - base;
  const mask = new CharMask(window, 0, stopLocal ?? window.length);
  const breaks: number[] = [];
  const directives: Directive[] = [];
  const checkpoints: MarkdownCheckpoints = { offsets: [], listIndents: [] };
  const stop = stopLocal === undefined ? undefined : { at: stopLocal, listIndent: stopListIndent };
  if (!readBlocks(window, mask, 0, listIndent, breaks, directives, checkpoints, new Occurrences(window, '-->'), stop)) return undefined;
  breaks.sort((a, b) => a - b);
  return windowAt(base, mask.codes, breaks, directives, checkpoints);
}

/**
 * A window read at its own offsets, moved to the draft's: its breaks (sorted), directives and
 * checkpoints plus base. Shared with the LaTeX and plain-text readers.
 */
export function windowAt(
  base: number,
  codes: Uint16Array,
  breaks: number[],
  directives: Directive[],
  checkpoints: MarkdownCheckpoints,
): MarkdownWindow {
  for (let i = 0; i < breaks.length; i++) breaks[i] += base;
  for (let i = 0; i < checkpoints.offsets.length; i++) checkpoints.offsets[i] += base;
  const shifted = directives.map((d) => ({ ...d, start: d.start + base, end: d.end + base }));
  return { codes, breaks, directives: shifted, checkpoints };
}

/** The checkpoints of a format with no list state (LaTeX, plain text): offsets only. */
export function stateless(offsets: number[]): MarkdownCheckpoints {
  return { offsets, listIndents: new Array<number>(offsets.length).fill(-1) };
}

/** The line-by-line reader; false when it was to stop at a checkpoint and the state there differs. */
function readBlocks(
  source: string,
  mask: CharMask,
  from: number,
  startListIndent: number,
  breaks: number[],
  directives: Directive[],
  checkpoints: MarkdownCheckpoints,
  commentCloses: Occurrences,
  stop: { at: number; listIndent: number } | undefined,
): boolean {
  let pos = from;
  let fence: Fence | undefined;
  let rawHtmlEnd: RegExp | undefined;
  let commentStart = -1;
  let paragraphStart = -1;
  let paragraphEnd = -1;
  let previousBlank = true;
  let listIndent = startListIndent;
  /** Whether the open paragraph belongs to a list item (then a numbered line is the next item). */
  let paragraphInList = false;
  let inTable = false;
  let previousLineStart = -1;

  const flushParagraph = () => {
    if (paragraphStart >= 0) {
      maskInline(mask, paragraphStart, paragraphEnd, directives, commentCloses);
      breaks.push(paragraphEnd);
    }
    paragraphStart = -1;
  };
  const maskTableRow = (start: number, end: number) => {
    breaks.push(start);
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 124) mask.blank(i, i + 1); // a row is one clause: "genotypes | BGI cloud, Shenzhen | yes"
    }
    maskInline(mask, start, end, directives, commentCloses);
    breaks.push(end);
  };

  while (pos <= source.length) {
    const quiet = !fence && commentStart < 0 && !rawHtmlEnd && paragraphStart < 0 && !inTable && previousBlank;
    if (stop && pos >= stop.at) return pos === stop.at && quiet && listIndent === stop.listIndent;
    if (quiet) {
      checkpoints.offsets.push(pos);
      checkpoints.listIndents.push(listIndent);
    }
    let lineEnd = source.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = source.length;
    const next = lineEnd + 1;
    const line = source.slice(pos, lineEnd).replace(/\r$/, '');
    const start = pos;
    const end = pos + line.length;

    // Inside a block that is not prose: fenced code, an HTML comment, raw HTML.
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[2][0] === fence.marker && close[2].length >= fence.length && close[3].trim() === '') fence = undefined;
      mask.blank(start, end);
      if (!fence) breaks.push(end);
      pos = next;
      continue;
    }
    if (commentStart >= 0) {
      const close = commentCloses.next(start);
      if (close < 0 || close > end) {
        mask.blank(start, end);
      } else {
        const d = parseDirective(source.slice(commentStart + 4, close), commentStart, close + 3);
        if (d) directives.push(d);
        mask.blank(start, close + 3);
        commentStart = -1;
        if (source.slice(close + 3, end).trim()) maskInline(mask, close + 3, end, directives, commentCloses);
        breaks.push(end);
      }
      pos = next;
      continue;
    }
    if (rawHtmlEnd) {
      if (rawHtmlEnd.test(line)) rawHtmlEnd = undefined;
      mask.blank(start, end);
      pos = next;
      continue;
    }

    // Block-quote markers are not prose; what follows them is read like any line.
    let body = line;
    let bodyStart = start;
    const quote = BLOCK_QUOTE.exec(body);
    if (quote) {
      mask.blank(start, start + quote[0].length);
      body = body.slice(quote[0].length);
      bodyStart += quote[0].length;
    }
    const blank = body.trim() === '';
    const indent = indentWidth(body);

    if (blank) {
      flushParagraph();
      inTable = false;
      previousBlank = true;
      breaks.push(start);
      if (pos >= source.length) break;
      pos = next;
      continue;
    }
    if (listIndent >= 0 && previousBlank && indent < 2 && !LIST_ITEM.test(body)) listIndent = -1;

    const fenceOpen = FENCE_OPEN.exec(body);
    if (fenceOpen && !(fenceOpen[2][0] === '`' && fenceOpen[3].includes('`'))) {
      flushParagraph();
      fence = { marker: fenceOpen[2][0], length: fenceOpen[2].length };
      mask.blank(start, end);
      breaks.push(start);
    } else if (indent >= 4 && paragraphStart < 0 && listIndent < 0 && !inTable) {
      mask.blank(start, end); // indented code
    } else if (/^ {0,3}<!--/.test(body)) {
      flushParagraph();
      const open = bodyStart + body.indexOf('<!--');
      const close = commentCloses.next(open + 4);
      if (close < 0 || close > end) {
        commentStart = open;
        mask.blank(start, end);
      } else {
        const d = parseDirective(source.slice(open + 4, close), open, close + 3);
        if (d) directives.push(d);
        mask.blank(open, close + 3);
        if (source.slice(close + 3, end).trim()) maskInline(mask, close + 3, end, directives, commentCloses);
      }
      breaks.push(start, end);
    } else if (RAW_HTML_OPEN.test(body)) {
      flushParagraph();
      const tag = (RAW_HTML_OPEN.exec(body) as RegExpExecArray)[1];
      const endTag = new RegExp(`</${tag}>`, 'i');
      if (!endTag.test(body)) rawHtmlEnd = endTag;
      mask.blank(start, end);
      breaks.push(start, end);
    } else if (paragraphStart >= 0 && !inTable && SETEXT_UNDERLINE.test(body)) {
      mask.blank(start, end); // the paragraph above was a heading
      flushParagraph();
      breaks.push(end);
    } else if (THEMATIC_BREAK.test(body)) {
      flushParagraph();
      mask.blank(start, end);
      breaks.push(start, end);
    } else if (paragraphStart < 0 && LINK_DEFINITION.test(body)) {
      mask.blank(start, end);
      breaks.push(start, end);
    } else if (
      paragraphStart >= 0 &&
      previousLineStart >= 0 &&
      !inTable &&
      TABLE_DELIMITER.test(body) &&
      body.includes('-') &&
      (body.includes('|') || source.slice(previousLineStart, start).includes('|'))
    ) {
      // GFM table: the paragraph line above is the header row.
      const headerStart = previousLineStart;
      paragraphStart = -1;
      maskTableRow(headerStart, start - 1);
      mask.blank(start, end);
      inTable = true;
    } else if (inTable && body.includes('|')) {
      maskTableRow(bodyStart, end);
    } else {
      inTable = false;
      const heading = ATX_HEADING.exec(body);
      const item = heading ? null : LIST_ITEM.exec(body);
      if (heading) {
        flushParagraph();
        mask.blank(bodyStart, bodyStart + heading[1].length);
        const closing = ATX_CLOSING.exec(body);
        if (closing) mask.blank(bodyStart + closing.index, end);
        breaks.push(start);
        maskInline(mask, bodyStart, end, directives, commentCloses);
        breaks.push(end);
      } else if (item && !(paragraphStart >= 0 && !paragraphInList && /^\d/.test(item[2]) && item[2] !== '1.' && item[2] !== '1)')) {
        flushParagraph();
        mask.blank(bodyStart + item[1].length, bodyStart + item[1].length + item[2].length + item[3].length);
        listIndent = item[1].length + item[2].length + item[3].length;
        breaks.push(bodyStart);
        paragraphStart = bodyStart;
        paragraphEnd = end;
        paragraphInList = true;
      } else {
        if (paragraphStart < 0) {
          paragraphStart = bodyStart;
          paragraphInList = listIndent >= 0 && indent >= 2;
        }
        paragraphEnd = end;
      }
    }
    previousBlank = false;
    previousLineStart = start;
    if (pos >= source.length) break;
    pos = next;
  }
  flushParagraph();
  return !stop;
}

/** Front matter (--- YAML --- or +++ TOML +++) at the very start: values are prose, keys are not. */
function frontMatter(source: string, mask: CharMask, breaks: number[]): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (!open) return 0;
  const closeRe = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m;
  closeRe.lastIndex = 0;
  const rest = source.slice(open[0].length);
  const close = closeRe.exec(rest);
  if (!close) return 0;
  const bodyStart = open[0].length;
  const bodyEnd = bodyStart + close.index;
  const end = bodyEnd + close[0].length;
  mask.blank(0, end);
  const body = source.slice(bodyStart, bodyEnd);
  for (const m of body.matchAll(FRONT_MATTER_VALUE)) {
    const s = bodyStart + (m.index as number) + m[1].length;
    const e = s + m[2].length;
    for (let i = s; i < e; i++) mask.restore(i);
    breaks.push(s, e);
  }
  breaks.push(end);
  return end < source.length ? end + 1 : end;
}
