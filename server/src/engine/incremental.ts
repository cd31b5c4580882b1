// Incremental scans for the editor: a draft is re-read, matched and judged only around each edit
// (incremental-draft.ts). A draft whose reader failed, or where a workspace pattern reached its limit
// of matches, is scanned whole instead (scanDocument: the plain-text fallback, the pattern's notice).
// Either way the findings are exactly those of a full scan (test/unit/engine/incremental.test.ts
// checks this on random edits).

import type { ChangedStretch, SourceText } from './common-ends';
import { draftReader } from './draft-readers';
import { IncrementalDraft } from './incremental-draft';
import type { CompiledRules } from './rules/compile';
import { type ScanOptions, type ScanReport, scanDocument } from './scan';
import type { Language } from './types';

export interface IncrementalStats {
  /** Characters of masked prose that went through the automaton in the last scan. */
  rescannedChars: number;
  /** Characters of source the reader read again in the last scan. */
  rereadChars: number;
  /** Characters whose anchors went through the context rules again in the last scan. */
  contextChars: number;
  /** Characters of masked prose the workspace patterns read in the last scan. */
  patternChars: number;
  fullScans: number;
  incrementalScans: number;
}

export { commonEnds } from './common-ends';

export class IncrementalScanner {
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
    let draft = this.draft;
    if (draft?.compiled === compiled && draft.language === language && updated(draft, input, changed)) {
      this.stats.incrementalScans++;
    } else {
      draft = IncrementalDraft.read(input, compiled, language, draftReader(language));
      this.draft = draft;
      this.stats.fullScans++;
    }
    if (draft) {
      Object.assign(this.stats, draft.stats);
      return { findings: draft.findings(options) };
    }
    const text = typeof input === 'string' ? input : input.text();
    const all = text.length;
    Object.assign(this.stats, {
      rescannedChars: all,
      rereadChars: all,
      contextChars: all,
      patternChars: compiled.regexes.length ? all : 0,
    });
    return scanDocument(text, language, compiled, options);
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
