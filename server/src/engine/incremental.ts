// Incremental scans for the editor: after an edit, only the tokens around the changed text go
// through the automaton again; matches before and after it are kept (shifted). Extraction and the
// context rules still see the whole document, so the findings are exactly those of a full scan
// (test/unit/engine/incremental.test.ts checks this on random edits).

import { extractProse } from './extract';
import type { ExtractedDocument } from './extract/types';
import { findMatches, findPatternMatches, findPhraseMatches, type RawMatch } from './match';
import { CJK, charClass, WORD } from './normalize';
import type { CompiledRules } from './rules/compile';
import { findingsFromMatches, type ScanOptions, type ScanReport, withNotices } from './scan';
import type { Language } from './types';

interface Previous {
  language: Language;
  compiled: CompiledRules;
  masked: string;
  /** Automaton matches only; pattern matches are found again over the whole text each time. */
  phraseMatches: RawMatch[];
}

export interface IncrementalStats {
  /** Characters of masked prose that went through the automaton in the last scan. */
  rescannedChars: number;
  fullScans: number;
  incrementalScans: number;
}

function isTokenChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const k = charClass(code);
  return k === WORD || k === CJK;
}

/** Start of the token that lies `count` tokens before pos (0 when there are fewer). */
export function tokensBack(text: string, pos: number, count: number): number {
  let i = Math.min(pos, text.length);
  let seen = 0;
  while (i > 0) {
    // skip separators
    while (i > 0 && !isTokenChar(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    if (charClass(text.charCodeAt(i - 1)) === CJK) i--;
    else while (i > 0 && isTokenChar(text.charCodeAt(i - 1)) && charClass(text.charCodeAt(i - 1)) !== CJK) i--;
    if (++seen >= count) return i;
  }
  return 0;
}

/** End of the token that lies `count` tokens after pos (the text's end when there are fewer). */
export function tokensForward(text: string, pos: number, count: number): number {
  let i = Math.max(0, pos);
  let seen = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && !isTokenChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    if (charClass(text.charCodeAt(i)) === CJK) i++;
    else while (i < n && isTokenChar(text.charCodeAt(i)) && charClass(text.charCodeAt(i)) !== CJK) i++;
    if (++seen >= count) return i;
  }
  return n;
}

/** Compared a chunk at a time first: whole chunks compare natively, far faster than char by char. */
const CHUNK = 1024;

/** The lengths of the common prefix of a and b, and of their common suffix after it. */
export function commonEnds(a: string, b: string, shortest: number): [number, number] {
  let prefix = 0;
  while (prefix + CHUNK <= shortest && b.startsWith(a.slice(prefix, prefix + CHUNK), prefix)) prefix += CHUNK;
  while (prefix < shortest && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = shortest - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && b.endsWith(a.slice(a.length - suffix - CHUNK, a.length - suffix), b.length - suffix)) suffix += CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return [prefix, suffix];
}

export class IncrementalScanner {
  private previous: Previous | undefined;
  readonly stats: IncrementalStats = { rescannedChars: 0, fullScans: 0, incrementalScans: 0 };

  scan(text: string, language: Language, compiled: CompiledRules, options: ScanOptions = {}): ScanReport {
    const extracted = extractProse(text, language);
    const phraseMatches = this.phraseMatches(extracted, language, compiled);
    this.previous = { language, compiled, masked: extracted.masked, phraseMatches };
    if (!compiled.regexes.length) return findingsFromMatches(text, extracted, phraseMatches, compiled, options);
    const patterns = findPatternMatches(extracted.masked, compiled);
    const report = findingsFromMatches(text, extracted, [...phraseMatches, ...patterns.matches], compiled, options);
    return withNotices(report, patterns.truncated, compiled);
  }

  private phraseMatches(extracted: ExtractedDocument, language: Language, compiled: CompiledRules): RawMatch[] {
    const previous = this.previous;
    const masked = extracted.masked;
    if (!previous || previous.language !== language || previous.compiled !== compiled) {
      this.stats.fullScans++;
      this.stats.rescannedChars = masked.length;
      return compiled.regexes.length ? findPhraseMatches(masked, compiled, 0, masked.length) : findMatches(masked, compiled).matches;
    }
    const old = previous.masked;
    if (old === masked) {
      this.stats.rescannedChars = 0;
      return previous.phraseMatches;
    }
    // The changed region: [changeStart, oldEnd) in the old text became [changeStart, newEnd).
    const shortest = Math.min(old.length, masked.length);
    const [changeStart, suffix] = commonEnds(old, masked, shortest);
    const oldEnd = old.length - suffix;
    const newEnd = masked.length - suffix;
    const delta = newEnd - oldEnd;

    // A match has at most `longest` tokens, and an edit changes at most the tokens it touches and
    // their neighbours: matches ending before `keepBefore` or starting after `keepAfter` are intact.
    const longest = compiled.stats.longestPattern + 2;
    const keepBefore = tokensBack(masked, changeStart, longest);
    const scanFrom = tokensBack(masked, keepBefore, longest);
    const keepAfterNew = tokensForward(masked, newEnd, longest);
    const scanTo = tokensForward(masked, keepAfterNew, longest);
    const keepAfterOld = keepAfterNew - delta;

    // The previous matches belong to this scanner alone, so those after the edit shift in place.
    const kept: RawMatch[] = [];
    for (const m of previous.phraseMatches) {
      if (m.end <= keepBefore) kept.push(m);
      else if (m.start >= keepAfterOld) {
        m.start += delta;
        m.end += delta;
        kept.push(m);
      }
    }
    for (const m of findPhraseMatches(masked, compiled, scanFrom, scanTo)) {
      if (m.end > keepBefore && m.start < keepAfterNew) kept.push(m);
    }
    this.stats.incrementalScans++;
    this.stats.rescannedChars = scanTo - scanFrom;
    return kept;
  }
}
