// Plain text: everything is prose except directive lines; numbered clauses ("3.2", "Article 7",
// "第七条") start a new sentence even where the previous clause has no full stop. Nothing carries from
// one line to the next, so every line start is a checkpoint where an incremental re-read can begin
// and end (incremental-draft.ts follows edits of plain text as it does of Markdown).

import { CharMask } from './char-mask';
import { blankOut, parseDirective } from './directives';
import { type MarkdownCheckpoints, type MarkdownReading, type MarkdownWindow, stateless, windowAt } from './markdown';
import type { Directive, ExtractedDocument } from './types';

// A clause number stays on its line ("Article\n7" is not one), so a line can be read on its own.
const CLAUSE_START =
  /^[ \t]*(?:(?:\d+(?:\.\d+)*\.?|[A-Z]\.|\([a-z0-9]+\)|[ivx]+\)|(?:Article|Art\.|Clause|Section|§)[^\S\n\r\u2028\u2029]*\d+[\w.]*|第[一二三四五六七八九十百零\d]+条)(?=[\s:.)：]))/gm;
const DIRECTIVE_LINE = /^[ \t]*(?:#|\/\/|--|%|;)?[ \t]*(caveat(?:-disable-(?:next-)?line|:\s*accept)\b[^\n]*)$/gim;

export function extractPlainText(source: string): ExtractedDocument {
  const breaks: number[] = [];
  for (const m of source.matchAll(CLAUSE_START)) breaks.push(m.index as number);
  const directives: Directive[] = [];
  let masked = source;
  const spans: [number, number][] = [];
  for (const m of source.matchAll(DIRECTIVE_LINE)) {
    const start = m.index as number;
    const end = start + m[0].length;
    const d = parseDirective(m[1], start, end);
    if (d) {
      directives.push(d);
      spans.push([start, end]);
    }
  }
  if (spans.length) {
    const parts: string[] = [];
    let at = 0;
    for (const [s, e] of spans) {
      parts.push(source.slice(at, s), blankOut(source, s, e));
      at = e;
    }
    parts.push(source.slice(at));
    masked = parts.join('');
  }
  return { masked, breaks, directives };
}

/** A whole reading of plain text in the shape of the Markdown reader's, with every line start a checkpoint. */
export function readPlainText(source: string): MarkdownReading {
  const document = extractPlainText(source);
  return { document, codes: codesOf(document.masked), checkpoints: lineStarts(source, source.length), bodyStart: 0 };
}

/**
 * Reads the lines of [base, stopAt) of a draft from `window`, its text from base on (a line start),
 * to stopAt at least (a line start too) or to the end when stopAt is undefined. Offsets in the result
 * are the draft's. Never undefined: no line changes how the next one reads.
 */
export function readPlainTextWindow(window: string, base: number, stopAt: number | undefined): MarkdownWindow {
  const lines = stopAt === undefined ? window : window.slice(0, stopAt - base);
  const { masked, breaks, directives } = extractPlainText(lines);
  return windowAt(base, codesOf(masked), breaks, directives, lineStarts(lines, lines.length));
}

/** The starts of the lines of text before `end` (0 included); plain text has no list indent. */
function lineStarts(text: string, end: number): MarkdownCheckpoints {
  const offsets: number[] = [];
  for (let at = 0; at < end; ) {
    offsets.push(at);
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return stateless(offsets);
}

function codesOf(masked: string): Uint16Array {
  return new CharMask(masked).codes;
}
