// Incremental scans of Markdown, LaTeX and plain text: after an edit, only the blocks (Markdown),
// paragraphs (LaTeX) or lines (plain text) around it are read again, from the last checkpoint before
// it to the first one after it where the reader's state is unchanged (draft-readers.ts); only the
// tokens around the changed prose go through the automaton, and only the anchors whose sentence can
// reach the change go through the context rules again. Everything else of the previous scan is kept,
// shifted. The masked prose lives in one array spliced in place, so an edit allocates no
// document-sized string. test/unit/engine/incremental.test.ts checks the findings equal a full scan.

import { type ChangedStretch, commonEnds, type SourceText, stretchEnds } from './common-ends';
import { type CandidateFinding, contextCandidates, dropContained, LOOK_ALIKE_REACH } from './context';
import { applyDirectives } from './directives';
import type { DraftReader } from './draft-readers';
import type { MarkdownCheckpoints, MarkdownReading, MarkdownWindow } from './extract/markdown';
import type { Directive } from './extract/types';
import { findMatches, type RawMatch } from './match';
import { CJK, charClass, WORD } from './normalize';
import { findPatternMatches, paragraphBoundAfter, paragraphBoundBefore } from './pattern-matches';
import type { CompiledRules } from './rules/compile';
import { Role } from './rules/compile';
import { knownRuleIds } from './rules/rule-list';
import { type ScanOptions, withScanOptions } from './scan';
import { MAX_REACH } from './sentences';
import type { Finding, Language } from './types';

const decoder = new TextDecoder('utf-16le');

/** What the last incremental scan did, for tests. */
export interface DraftEditStats {
  /** Characters of source read again by the reader. */
  rereadChars: number;
  /** Characters of masked prose that went through the automaton. */
  rescannedChars: number;
  /** Characters whose anchors went through the context rules again. */
  contextChars: number;
  /** Characters of masked prose the workspace patterns read again. */
  patternChars: number;
}

/** Read whole after the window, so that nothing the reader looks at past its stop is cut off. */
const WINDOW_MARGIN = 256;

function sliceOf(input: string | SourceText, start: number, end: number): string {
  return input.slice(start, end);
}

function textOf(input: string | SourceText): string {
  return typeof input === 'string' ? input : input.text();
}

export class IncrementalDraft {
  /** What was scanned last: a string, or an editor's SourceText (read a stretch at a time). */
  private input: string | SourceText = '';
  /** The masked prose in [0, length); the rest is room to grow. */
  private codes = new Uint16Array(0);
  private length = 0;
  private breaks: number[] = [];
  private directives: Directive[] = [];
  private checkpoints: MarkdownCheckpoints = { offsets: [], listIndents: [] };
  private bodyStart = -1;
  /** The automaton's matches. */
  private matches: RawMatch[] = [];
  /** The workspace patterns' matches, by start; none crosses an empty line (pattern-matches.ts). */
  private patternMatches: RawMatch[] = [];
  /** Per rule, how many pattern matches it has (a pattern stops at MAX_PATTERN_MATCHES). */
  private patternCounts = new Int32Array(0);
  /** The rules without their patterns, for the automaton's windows. */
  private phraseRules: CompiledRules;
  private candidates: CandidateFinding[] = [];
  /** Per rule, how many anchors name it in full (not by its abbreviation). */
  private fullNames = new Int32Array(0);
  readonly stats: DraftEditStats = { rereadChars: 0, rescannedChars: 0, contextChars: 0, patternChars: 0 };

  private constructor(
    readonly compiled: CompiledRules,
    readonly language: Language,
    private readonly reader: DraftReader,
  ) {
    this.phraseRules = compiled.regexes.length ? { ...compiled, regexes: [] } : compiled;
  }

  /** A whole reading; undefined when the reader fails (the caller reads the draft as plain text). */
  static read(input: string | SourceText, compiled: CompiledRules, language: Language, reader: DraftReader): IncrementalDraft | undefined {
    const text = textOf(input);
    let reading: MarkdownReading;
    try {
      reading = reader.read(text);
    } catch {
      return undefined;
    }
    // A pattern past its limit needs the whole-document scan's notice: such a draft is not followed
    // here (asked first, so that the caller's whole scan is the only one).
    const patterns = compiled.regexes.length ? findPatternMatches(reading.document.masked, compiled) : undefined;
    if (patterns?.truncated.length) return undefined;
    const draft = new IncrementalDraft(compiled, language, reader);
    draft.input = input;
    draft.length = text.length;
    draft.codes = new Uint16Array(roomFor(text.length));
    draft.codes.set(reading.codes.subarray(0, text.length));
    draft.breaks = reading.document.breaks;
    draft.directives = reading.document.directives;
    draft.checkpoints = reading.checkpoints;
    draft.bodyStart = reading.bodyStart;
    draft.matches = findMatches(reading.document.masked, draft.phraseRules).matches;
    draft.patternCounts = new Int32Array(compiled.rules.length);
    if (patterns) {
      draft.patternMatches = patterns.matches.sort((a, b) => a.start - b.start);
      for (const m of draft.patternMatches) draft.patternCounts[m.rule]++;
    }
    draft.fullNames = new Int32Array(compiled.rules.length);
    for (const m of draft.allMatches()) if (m.role === Role.Anchor && !m.abbreviation) draft.fullNames[m.rule]++;
    draft.candidates = contextCandidates(text, reading.document.masked, draft.breaks, draft.allMatches(), compiled);
    draft.stats.rereadChars = text.length;
    draft.stats.rescannedChars = text.length;
    draft.stats.contextChars = text.length;
    draft.stats.patternChars = compiled.regexes.length ? text.length : 0;
    return draft;
  }

  private allMatches(): RawMatch[] {
    return this.patternMatches.length ? this.matches.concat(this.patternMatches) : this.matches;
  }

  findings(options: ScanOptions): Finding[] {
    let findings = dropContained([...this.candidates]);
    if (this.directives.length) {
      findings = applyDirectives(textOf(this.input), findings, this.directives, { knownRuleIds: knownRuleIds(this.compiled.rules) });
    }
    return withScanOptions(findings, options);
  }

  /**
   * Brings the draft to text by re-reading around the change; false when it cannot (the change
   * reaches the front matter, or changes how the rest of the document reads): then read it whole.
   */
  update(input: string | SourceText, changed?: ChangedStretch): boolean {
    const old = this.input;
    if (input === old) return true;
    const oldLength = this.length;
    const newLength = input.length;
    let ends = stretchEnds(old, oldLength, newLength, changed);
    if (!ends) {
      // Without the editor's word for where the edit is, compare; an editor's text is read whole.
      if (typeof old !== 'string') return false;
      const text = textOf(input);
      ends = commonEnds(old, text, Math.min(old.length, text.length));
    }
    const [changeStart, suffix] = ends;
    const oldEnd = oldLength - suffix;
    const newEnd = newLength - suffix;
    const delta = newEnd - oldEnd;
    if (changeStart === oldEnd && changeStart === newEnd) {
      this.input = input;
      return true;
    }
    // Front matter is recognised from the first line and closed by a later one (which, at the very
    // end of the text, an edit right after it extends). The masked prose keeps every line break.
    const body = this.bodyStart;
    if (body < 0 || changeStart < body || (body > 0 && changeStart === body && this.codes[body - 1] !== 10)) return false;
    const firstBreak = this.codes.subarray(0, this.length).indexOf(10);
    if (firstBreak < 0 || changeStart <= firstBreak) return false;

    // A change to what the whole draft reads by (where a LaTeX body starts): read it whole.
    if (this.reader.followEdit && !this.reader.followEdit(input, changeStart, oldEnd, newEnd)) return false;

    const { offsets, listIndents } = this.checkpoints;
    const k = upperBound(offsets, changeStart) - 1;
    if (k < 0) return false;
    const from = offsets[k];
    // The first checkpoint after the change where the reader is in the same state as before; a few
    // tries further on before giving up (an edit that ends a list changes the next checkpoint only).
    let window: MarkdownWindow | undefined;
    let stop = upperBound(offsets, oldEnd);
    for (const step of [0, 4, 32, -1]) {
      const j = step < 0 ? offsets.length : Math.min(offsets.length, stop + step);
      const stopAt = j < offsets.length ? offsets[j] + delta : undefined;
      const local = sliceOf(input, from, stopAt === undefined ? newLength : Math.min(newLength, stopAt + WINDOW_MARGIN));
      window = this.reader.readWindow(local, from, listIndents[k], stopAt, listIndents[j] ?? -1);
      if (window) {
        stop = j;
        break;
      }
      if (j >= offsets.length) return false;
    }
    if (!window) return false;
    const oldStop = stop < offsets.length ? offsets[stop] : oldLength;
    const newStop = oldStop + delta;
    this.stats.rereadChars = newStop - from;

    // Where the masked prose changed, inside the window.
    const w = window.codes;
    const oldCodes = this.codes;
    let p = 0;
    const oldSpan = oldStop - from;
    while (p < w.length && p < oldSpan && oldCodes[from + p] === w[p]) p++;
    let s = 0;
    while (s < w.length - p && s < oldSpan - p && oldCodes[oldStop - 1 - s] === w[w.length - 1 - s]) s++;
    const maskedStart = from + p;
    const maskedNewEnd = newStop - s;
    const maskedChanged = maskedNewEnd > maskedStart || oldStop - s > maskedStart;

    this.spliceCodes(from, oldStop, w, newLength);
    // A window read to the end replaces the breaks at the very end too (after a closing heading, say).
    const breaksTo = stop < offsets.length ? oldStop : Number.POSITIVE_INFINITY;
    const breaksChanged = this.spliceBreaks(from, breaksTo, window.breaks, [changeStart, oldEnd, newEnd]);
    this.spliceDirectives(from, oldStop, window.directives, delta);
    spliceCheckpoints(this.checkpoints, k, stop, window.checkpoints, delta);
    this.input = input;

    // The automaton, around the changed prose only.
    const longest = this.compiled.stats.longestPattern + 2;
    const codes = this.codes;
    const length = this.length;
    let dirtyFrom = Math.min(changeStart, breaksChanged ? from : changeStart);
    let dirtyTo = Math.max(newEnd, breaksChanged ? newStop : newEnd);
    let changedReach = 0;
    const touched = new Map<number, number>();
    this.stats.patternChars = 0;
    if (maskedChanged) {
      const keepBefore = tokensBack(codes, maskedStart, longest);
      const scanFrom = tokensBack(codes, keepBefore, longest);
      const keepAfterNew = tokensForward(codes, length, maskedNewEnd, longest);
      const scanTo = tokensForward(codes, length, keepAfterNew, longest);
      const keepAfterOld = keepAfterNew - delta;
      const kept: RawMatch[] = [];
      const count = (m: RawMatch, by: number) => {
        changedReach = Math.max(changedReach, m.end - m.start);
        if (m.role !== Role.Anchor || m.abbreviation) return;
        if (!touched.has(m.rule)) touched.set(m.rule, this.fullNames[m.rule]);
        this.fullNames[m.rule] += by;
      };
      for (const m of this.matches) {
        if (m.end <= keepBefore) kept.push(m);
        else if (m.start >= keepAfterOld) {
          m.start += delta;
          m.end += delta;
          kept.push(m);
        } else count(m, -1);
      }
      // The automaton reads a token to its end and a word hyphenated across a line break: the text
      // it sees runs from the line of scanFrom to two lines after scanTo.
      const base = lineStart(codes, scanFrom);
      const top = lineEnd(codes, length, lineEnd(codes, length, scanTo) + 1) + 1;
      const local = decoder.decode(codes.subarray(base, Math.min(length, top)));
      for (const m of findMatches(local, this.phraseRules, scanFrom - base, scanTo - base).matches) {
        m.start += base;
        m.end += base;
        if (m.end > keepBefore && m.start < keepAfterNew) {
          kept.push(m);
          count(m, 1);
        }
      }
      this.matches = kept;
      this.stats.rescannedChars = scanTo - scanFrom;
      dirtyFrom = Math.min(dirtyFrom, keepBefore);
      dirtyTo = Math.max(dirtyTo, keepAfterNew);
      if (this.compiled.regexes.length) {
        // The patterns, in the paragraphs the change reaches: bounded by empty lines it left as they were.
        const paragraphsFrom = paragraphBoundBefore(codes, Math.min(changeStart, maskedStart));
        const paragraphsTo = paragraphBoundAfter(codes, length, Math.max(newEnd, maskedNewEnd));
        const oldTo = paragraphsTo - delta;
        const before: RawMatch[] = [];
        const after: RawMatch[] = [];
        for (const m of this.patternMatches) {
          if (m.start < paragraphsFrom) before.push(m);
          else if (m.start >= oldTo) {
            m.start += delta;
            m.end += delta;
            after.push(m);
          } else {
            count(m, -1);
            this.patternCounts[m.rule]--;
          }
        }
        const local = decoder.decode(codes.subarray(paragraphsFrom, paragraphsTo));
        this.stats.patternChars = local.length;
        const found = findPatternMatches(local, this.compiled, paragraphsFrom, this.patternCounts);
        // Past its limit a pattern needs the whole-document scan's notice.
        if (found.truncated.length) return false;
        found.matches.sort((a, b) => a.start - b.start);
        for (const m of found.matches) {
          count(m, 1);
          this.patternCounts[m.rule]++;
        }
        this.patternMatches = before.concat(found.matches, after);
        dirtyFrom = Math.min(dirtyFrom, paragraphsFrom);
        dirtyTo = Math.max(dirtyTo, paragraphsTo);
      }
    } else {
      for (const m of this.allMatches()) {
        if (m.start >= oldEnd) {
          m.start += delta;
          m.end += delta;
        }
      }
      this.stats.rescannedChars = 0;
    }

    // A rule whose full name appeared or disappeared changes its abbreviations anywhere.
    for (const [rule, before] of touched) {
      if (before > 0 !== this.fullNames[rule] > 0) {
        this.recomputeContext();
        return true;
      }
    }
    this.updateContext(dirtyFrom, dirtyTo, changedReach, delta);
    return true;
  }

  /**
   * The context rules for the anchors whose sentence, look-alikes or "with" words can reach the
   * changed stretch [dirtyFrom, dirtyTo); the other candidates are kept, shifted.
   */
  private updateContext(dirtyFrom: number, dirtyTo: number, changedReach: number, delta: number): void {
    const codes = this.codes;
    const length = this.length;
    // Whether a full stop ends a sentence reads the word before it and the whitespace after it.
    let lo = dirtyFrom;
    while (lo > 0 && isSpace(codes[lo - 1])) lo--;
    let hi = dirtyTo;
    while (hi < length && isLetterOrDot(codes[hi])) hi++;
    const reach = MAX_REACH + LOOK_ALIKE_REACH + changedReach + 16;
    const zoneFrom = lo - 2 - reach;
    const zoneTo = hi + 2 + reach;

    // The text the zone's anchors can read: their sentences, and the look-alikes around them.
    let longestMatch = 0;
    const all = this.allMatches();
    for (const m of all) if (m.end - m.start > longestMatch) longestMatch = m.end - m.start;
    const margin = MAX_REACH + LOOK_ALIKE_REACH + 2 * longestMatch + 16;
    let base = Math.max(0, zoneFrom - margin);
    while (base > 0 && isLetterOrDot(codes[base - 1])) base--;
    base = Math.max(0, base - 2);
    let top = Math.min(length, zoneTo + margin);
    while (top < length && isSpace(codes[top])) top++;
    top = Math.min(length, top + 2);

    const masked = decoder.decode(codes.subarray(base, top));
    const source = sliceOf(this.input, base, top);
    const breaks: number[] = [];
    for (let i = lowerBound(this.breaks, base); i < this.breaks.length && this.breaks[i] < top; i++) breaks.push(this.breaks[i] - base);
    const matches: RawMatch[] = [];
    for (const m of all) if (m.start >= base && m.end <= top) matches.push({ ...m, start: m.start - base, end: m.end - base });
    const fullNames = this.fullNames;
    const zone = contextCandidates(
      source,
      masked,
      breaks,
      matches,
      this.compiled,
      (rule) => fullNames[rule] > 0,
      zoneFrom - base,
      zoneTo - base,
    );

    const candidates: CandidateFinding[] = [];
    for (const f of this.candidates) if (f.end <= zoneFrom) candidates.push(f);
    for (const f of zone) {
      f.start += base;
      f.end += base;
      candidates.push(f);
    }
    for (const f of this.candidates) {
      if (f.start >= zoneTo - delta) {
        f.start += delta;
        f.end += delta;
        candidates.push(f);
      }
    }
    this.candidates = candidates;
    this.stats.contextChars = zoneTo - zoneFrom;
  }

  private recomputeContext(): void {
    const masked = decoder.decode(this.codes.subarray(0, this.length));
    this.candidates = contextCandidates(textOf(this.input), masked, this.breaks, this.allMatches(), this.compiled);
    this.stats.contextChars = this.length;
  }

  /** Replaces the old masked [from, oldStop) by the window's characters, moving what follows. */
  private spliceCodes(from: number, oldStop: number, window: Uint16Array, newLength: number): void {
    let codes = this.codes;
    if (newLength > codes.length) {
      const grown = new Uint16Array(roomFor(newLength));
      grown.set(codes.subarray(0, this.length));
      codes = grown;
      this.codes = grown;
    }
    const newStop = from + window.length;
    if (newStop !== oldStop) codes.copyWithin(newStop, oldStop, this.length);
    codes.set(window, from);
    this.length = newLength;
  }

  /**
   * Replaces the breaks of [from, oldStop); whether any moved other than with the text (a break in
   * the edited stretch [changeStart, newEnd) counts as unmoved: that stretch is re-read anyway).
   */
  private spliceBreaks(from: number, oldStop: number, window: number[], edit: [number, number, number]): boolean {
    const [changeStart, oldEnd, newEnd] = edit;
    const delta = newEnd - oldEnd;
    const breaks = this.breaks;
    const i = lowerBound(breaks, from);
    const j = lowerBound(breaks, oldStop);
    let changed = j - i !== window.length;
    for (let n = 0; !changed && n < window.length; n++) {
      const b = breaks[i + n];
      const w = window[n];
      const same =
        (b <= changeStart && w === b) ||
        (b >= oldEnd && w === b + delta) ||
        (b >= changeStart && b <= oldEnd && w >= changeStart && w <= newEnd);
      changed = !same;
    }
    breaks.splice(i, j - i, ...window);
    if (delta) for (let n = i + window.length; n < breaks.length; n++) breaks[n] += delta;
    return changed;
  }

  private spliceDirectives(from: number, oldStop: number, window: Directive[], delta: number): void {
    const kept = this.directives.filter((d) => d.start < from);
    for (const d of window) kept.push(d);
    for (const d of this.directives) if (d.start >= oldStop) kept.push(delta ? { ...d, start: d.start + delta, end: d.end + delta } : d);
    this.directives = kept;
  }
}

function spliceCheckpoints(all: MarkdownCheckpoints, k: number, stop: number, window: MarkdownCheckpoints, delta: number): void {
  all.offsets.splice(k, stop - k, ...window.offsets);
  all.listIndents.splice(k, stop - k, ...window.listIndents);
  if (delta) for (let n = k + window.offsets.length; n < all.offsets.length; n++) all.offsets[n] += delta;
}

/** Room for a draft of this length and the typing that follows. */
function roomFor(length: number): number {
  return length + 4096 + (length >> 6);
}

function lineStart(codes: Uint16Array, pos: number): number {
  let i = pos;
  while (i > 0 && codes[i - 1] !== 10) i--;
  return i;
}

/** The offset of the line break ending the line at pos, or length. */
function lineEnd(codes: Uint16Array, length: number, pos: number): number {
  let i = pos;
  while (i < length && codes[i] !== 10) i++;
  return i;
}

/** What JavaScript's \s matches. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

function isLetterOrDot(c: number): boolean {
  return c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTokenChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const k = charClass(code);
  return k === WORD || k === CJK;
}

/** Start of the token `count` tokens before pos (0 when there are fewer). */
function tokensBack(codes: Uint16Array, pos: number, count: number): number {
  let i = pos;
  let seen = 0;
  while (i > 0) {
    while (i > 0 && !isTokenChar(codes[i - 1])) i--;
    if (i === 0) break;
    if (charClass(codes[i - 1]) === CJK) i--;
    else while (i > 0 && isTokenChar(codes[i - 1]) && charClass(codes[i - 1]) !== CJK) i--;
    if (++seen >= count) return i;
  }
  return 0;
}

/** End of the token `count` tokens after pos (length when there are fewer). */
function tokensForward(codes: Uint16Array, length: number, pos: number, count: number): number {
  let i = Math.max(0, pos);
  let seen = 0;
  while (i < length) {
    while (i < length && !isTokenChar(codes[i])) i++;
    if (i >= length) break;
    if (charClass(codes[i]) === CJK) i++;
    else while (i < length && isTokenChar(codes[i]) && charClass(codes[i]) !== CJK) i++;
    if (++seen >= count) return i;
  }
  return length;
}

/** Index of the first value at or after offset. */
function lowerBound(list: number[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value after offset. */
function upperBound(list: number[], offset: number): number {
  return lowerBound(list, offset + 1);
}
