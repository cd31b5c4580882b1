/** A zero-based position, as LSP and the VS Code API count. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface TextSpan {
  start: TextPosition;
  end: TextPosition;
  startOffset: number;
  endOffset: number;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * Finds the first occurrence of `phrase` in `text`, case-insensitively, with any run of whitespace
 * (including a line break) between its words. Throws when it is absent, naming the phrase.
 */
export function findPhrase(text: string, phrase: string, fromOffset = 0): TextSpan {
  const pattern = new RegExp(phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'ig');
  pattern.lastIndex = fromOffset;
  const match = pattern.exec(text);
  if (!match) throw new Error(`phrase "${phrase}" not found in the draft`);
  const startOffset = match.index;
  const endOffset = startOffset + match[0].length;
  return { start: positionAt(text, startOffset), end: positionAt(text, endOffset), startOffset, endOffset };
}

/** True when zero-based `line` lies within the span's lines. */
export function spanCoversLine(span: TextSpan, line: number): boolean {
  return line >= span.start.line && line <= span.end.line;
}
