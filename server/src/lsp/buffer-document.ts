// An open document whose text lives in one array edited in place. The stock TextDocument builds a
// new string per edit, and reading any character of it copies the whole draft into fresh memory:
// ~10 ms per keystroke on a megabyte. Here an edit moves the tail of the array, the line offsets are
// recomputed around it, and the text is made a string only when something asks for all of it (hover,
// code actions, a first scan); a scan of the editor reads the stretches it needs (SourceText).
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SourceText } from '../engine/common-ends';

const decoder = new TextDecoder('utf-16le');

function isEOL(c: number): boolean {
  return c === 13 || c === 10;
}

export class BufferTextDocument implements TextDocument {
  private codes: Uint16Array;
  private length: number;
  /** Where each line starts, as the stock TextDocument counts them (\r\n, \r and \n end a line). */
  private lineOffsets: number[];
  private text: string | undefined;
  private snapshot: SourceText | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    content: string,
  ) {
    this.codes = new Uint16Array(0);
    this.length = 0;
    this.lineOffsets = [0];
    this.setText(content);
  }

  /** The text's length, without making it a string. */
  get textLength(): number {
    return this.length;
  }

  get lineCount(): number {
    return this.lineOffsets.length;
  }

  getText(range?: Range): string {
    if (range) {
      const a = this.offsetAt(range.start);
      const b = this.offsetAt(range.end);
      return this.slice(Math.min(a, b), Math.max(a, b));
    }
    if (this.text === undefined) this.text = decoder.decode(this.codes.subarray(0, this.length));
    return this.text;
  }

  /** The text of this version for a scan: stretches on demand, the whole only when asked. */
  source(): SourceText {
    if (!this.snapshot) {
      const version = this.version;
      const check = () => {
        if (this.version !== version) throw new Error(`document ${this.uri} changed since version ${version}`);
      };
      this.snapshot = {
        length: this.length,
        slice: (start, end) => {
          check();
          return this.slice(start, end);
        },
        text: () => {
          check();
          return this.getText();
        },
      };
    }
    return this.snapshot;
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.length), 0);
    const lines = this.lineOffsets;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lines[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEOL(at, lines[line]) - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.lineOffsets;
    if (position.line >= lines.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lines[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.length;
    return this.beforeEOL(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const lines = this.lineOffsets;
    if (line >= lines.length) {
      const last = lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - lines[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lines[line];
    const next = line + 1 < lines.length ? lines[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.lineOffsets;
    if (line >= lines.length || line < 0) return '';
    const next = line + 1 < lines.length ? lines[line + 1] : this.length;
    return this.slice(this.beforeEOL(next, lines[line]), next);
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        const a = this.offsetAt(change.range.start);
        const b = this.offsetAt(change.range.end);
        this.replace(Math.min(a, b), Math.max(a, b), change.text);
      } else this.setText(change.text);
    }
    this.version = version;
    this.text = undefined;
    this.snapshot = undefined;
  }

  private slice(start: number, end: number): string {
    const a = Math.max(0, Math.min(start, this.length));
    const b = Math.max(a, Math.min(end, this.length));
    return decoder.decode(this.codes.subarray(a, b));
  }

  private beforeEOL(offset: number, lineOffset: number): number {
    let at = offset;
    while (at > lineOffset && isEOL(this.codes[at - 1])) at--;
    return at;
  }

  private setText(content: string): void {
    this.codes = new Uint16Array(content.length + 4096 + (content.length >> 6));
    for (let i = 0; i < content.length; i++) this.codes[i] = content.charCodeAt(i);
    this.length = content.length;
    this.lineOffsets = [0, ...this.lineStartsIn(0, content.length)];
    this.text = content;
  }

  private replace(start: number, end: number, inserted: string): void {
    const delta = inserted.length - (end - start);
    const oldLength = this.length;
    if (oldLength + delta > this.codes.length) {
      const grown = new Uint16Array(oldLength + delta + 4096 + ((oldLength + delta) >> 6));
      grown.set(this.codes.subarray(0, oldLength));
      this.codes = grown;
    }
    const codes = this.codes;
    if (delta) codes.copyWithin(end + delta, end, oldLength);
    for (let i = 0; i < inserted.length; i++) codes[start + i] = inserted.charCodeAt(i);
    this.length = oldLength + delta;

    // Line starts are recounted from the last one strictly before the edit (a \r before it may pair
    // with an inserted \n) to the first one after it whose break lies in the unchanged tail.
    const lines = this.lineOffsets;
    let k = 0;
    let hi = lines.length - 1;
    while (k < hi) {
      const mid = (k + hi + 1) >> 1;
      if (lines[mid] < start) k = mid;
      else hi = mid - 1;
    }
    let j = k + 1;
    while (j < lines.length && lines[j] <= end) j++;
    const from = lines[k];
    const to = j < lines.length ? lines[j] + delta : this.length;
    const recounted = this.lineStartsIn(from, to);
    // A line start at `to` is the kept one after the splice, not a recounted one.
    if (j < lines.length && recounted[recounted.length - 1] === to) recounted.pop();
    const tail = lines.slice(j);
    if (delta) for (let n = 0; n < tail.length; n++) tail[n] += delta;
    lines.length = k + 1;
    for (const o of recounted) lines.push(o);
    for (const o of tail) lines.push(o);
  }

  /** Offsets after each line break in [from, to), counting \r\n once. */
  private lineStartsIn(from: number, to: number): number[] {
    const starts: number[] = [];
    const codes = this.codes;
    for (let i = from; i < to; i++) {
      const c = codes[i];
      if (isEOL(c)) {
        if (c === 13 && i + 1 < this.length && codes[i + 1] === 10) i++;
        starts.push(i + 1);
      }
    }
    return starts;
  }
}
