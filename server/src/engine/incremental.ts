// Incremental scans for the editor. Drafts are re-read, matched and judged only around each edit
// (incremental-draft.ts). A draft where a workspace pattern reached its limit of matches (or whose
// reader failed) is extracted whole instead; only the
// tokens around the changed prose go through the automaton again, matches before and after it are
// kept (shifted), and the context rules see the whole document. Either way the findings are exactly
// those of a full scan (test/unit/engine/incremental.test.ts checks this on random edits).

import { type ChangedStretch, commonEnds, type SourceText } from './common-ends';
import { draftReader } from './draft-readers';
import { extractProse } from './extract';
import type { ExtractedDocument } from './extract/types';
import { IncrementalDraft } from './incremental-draft';
import { findMatches, findPatternMatches, findPhraseMatches, type RawMatch } from './match';
import { CJK, charClass, WORD } from './normalize';
import type { CompiledRules } from './rules/compile';
import { findingsFromMatches, type ScanOptions, type ScanReport, withNotices } from './scan';
import type { Finding, Language } from './types';

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
  /** Characters of source the reader read again in the last scan (incremental scans). */
  rereadChars: number;
  /** Characters whose anchors went through the context rules again in the last scan (incremental scans). */
  contextChars: number;
  /** Characters of masked prose the workspace patterns read in the last scan (incremental scans). */
  patternChars: number;
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

export { commonEnds } from './common-ends';

export class IncrementalScanner {
  private previous: Previous | undefined;
  private draft: IncrementalDraft | undefined;
  readonly stats: IncrementalStats = {
    rescannedChars: 0,
    rereadChars: 0,
    contextChars: 0,
    patternChars: 0,
    fullScans: 0,
    incrementalScans: 0,
  };

  /** `changed`, from an editor, says where text differs from the previous scan's (else it is compared). */
  scan(
    input: string | SourceText,
    language: Language,
    compiled: CompiledRules,
    options: ScanOptions = {},
    changed?: ChangedStretch,
  ): ScanReport {
    const findings = this.scanDraft(input, language, compiled, options, changed);
    if (findings) return { findings };
    this.draft = undefined;
    const text = typeof input === 'string' ? input : input.text();
    const extracted = extractProse(text, language);
    const phraseMatches = this.phraseMatches(extracted, language, compiled);
    this.previous = { language, compiled, masked: extracted.masked, phraseMatches };
    this.stats.patternChars = compiled.regexes.length ? extracted.masked.length : 0;
    if (!compiled.regexes.length) return findingsFromMatches(text, extracted, phraseMatches, compiled, options);
    const patterns = findPatternMatches(extracted.masked, compiled);
    const report = findingsFromMatches(text, extracted, [...phraseMatches, ...patterns.matches], compiled, options);
    return withNotices(report, patterns.truncated, compiled);
  }

  /** Undefined when the reader fails: the draft is then read as plain text, like a full scan does. */
  private scanDraft(
    text: string | SourceText,
    language: Language,
    compiled: CompiledRules,
    options: ScanOptions,
    changed: ChangedStretch | undefined,
  ): Finding[] | undefined {
    this.previous = undefined;
    let draft = this.draft;
    if (draft?.compiled === compiled && draft.language === language && updated(draft, text, changed)) {
      this.stats.incrementalScans++;
    } else {
      draft = IncrementalDraft.read(text, compiled, language, draftReader(language));
      this.draft = draft;
      if (!draft) return undefined;
      this.stats.fullScans++;
    }
    const { rereadChars, rescannedChars, contextChars, patternChars } = draft.stats;
    Object.assign(this.stats, { rereadChars, rescannedChars, contextChars, patternChars });
    return draft.findings(options);
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

/** A draft that cannot follow an edit (or whose reader throws on it) is read again whole. */
function updated(draft: IncrementalDraft, text: string | SourceText, changed: ChangedStretch | undefined): boolean {
  try {
    return draft.update(text, changed);
  } catch {
    return false;
  }
}
