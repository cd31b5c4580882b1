// Plain text: everything is prose except directive lines; numbered clauses ("3.2", "Article 7",
// "第七条") start a new sentence even where the previous clause has no full stop.
import { blankOut, parseDirective } from './directives';
import type { Directive, ExtractedDocument } from './types';

const CLAUSE_START =
  /^[ \t]*(?:(?:\d+(?:\.\d+)*\.?|[A-Z]\.|\([a-z0-9]+\)|[ivx]+\)|(?:Article|Art\.|Clause|Section|§)\s*\d+[\w.]*|第[一二三四五六七八九十百零\d]+条)(?=[\s:.)：]))/gm;
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
