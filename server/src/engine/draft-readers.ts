// The readers an incremental draft (incremental-draft.ts) follows edits with: each reads a format
// whole, and again from a checkpoint up to the next one where its state is the same as before.
import type { SourceText } from './common-ends';
import { BEGIN_DOCUMENT, END_DOCUMENT, type LatexBody, latexBodyOf, readLatex, readLatexWindow } from './extract/latex';
import { type MarkdownReading, type MarkdownWindow, readMarkdown, readMarkdownWindow } from './extract/markdown';
import { readPlainText, readPlainTextWindow } from './extract/plaintext';
import type { Language } from './types';

export interface DraftReader {
  read(text: string): MarkdownReading;
  /**
   * Before an edit is followed ([changeStart, oldEnd) became [changeStart, newEnd) of input): false
   * when it changes what the whole draft reads by, and the draft must be read whole.
   */
  followEdit?(input: string | SourceText, changeStart: number, oldEnd: number, newEnd: number): boolean;
  /** Undefined when the state at stopAt differs from the checkpoint's (the edit changed what follows). */
  readWindow(
    window: string,
    base: number,
    listIndent: number,
    stopAt: number | undefined,
    stopListIndent: number,
  ): MarkdownWindow | undefined;
}

const MARKDOWN_READER: DraftReader = { read: readMarkdown, readWindow: readMarkdownWindow };

/** Plain text has a checkpoint at every line start and no state between lines. */
const PLAIN_TEXT_READER: DraftReader = {
  read: readPlainText,
  readWindow: (window, base, _listIndent, stopAt) => readPlainTextWindow(window, base, stopAt),
};

/** LaTeX reads by where its body is (\begin{document} to \end{document}): one reader per draft keeps it. */
class LatexReader implements DraftReader {
  private body: LatexBody = { begin: -1, end: -1 };

  read(text: string): MarkdownReading {
    this.body = latexBodyOf(text);
    return readLatex(text);
  }

  followEdit(input: string | SourceText, changeStart: number, oldEnd: number, newEnd: number): boolean {
    // An edit that touches either marker, or writes one, may move the body anywhere.
    const reach = BEGIN_DOCUMENT.length;
    const near = input.slice(Math.max(0, changeStart - reach), Math.min(input.length, newEnd + reach));
    if (near.includes(BEGIN_DOCUMENT) || near.includes(END_DOCUMENT)) return false;
    const moved = (at: number, length: number): number | undefined => {
      if (at < 0 || at + length <= changeStart) return at;
      if (at >= oldEnd) return at + newEnd - oldEnd;
      return undefined;
    };
    const begin = moved(this.body.begin, BEGIN_DOCUMENT.length);
    const end = moved(this.body.end, END_DOCUMENT.length);
    if (begin === undefined || end === undefined) return false;
    this.body = { begin, end };
    return true;
  }

  readWindow(window: string, base: number, _listIndent: number, stopAt: number | undefined): MarkdownWindow | undefined {
    return readLatexWindow(window, base, stopAt, this.body);
  }
}

/** The reader for a draft of this language (a new one each time: a reader may hold what it read). */
export function draftReader(language: Language): DraftReader {
  if (language === 'markdown') return MARKDOWN_READER;
  if (language === 'plaintext') return PLAIN_TEXT_READER;
  return new LatexReader();
}
