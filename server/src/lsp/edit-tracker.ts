// Remembers, per open document, which stretch the edits since the last scan touched, from the
// ranges of incremental didChange events: the scanner then need not compare a megabyte draft with
// its previous version to find a one-character edit.
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { ChangedStretch, SourceText } from '../engine/common-ends';
import { BufferTextDocument } from './buffer-document';

export class EditTracker {
  private readonly stretches = new Map<string, ChangedStretch>();

  /** For TextDocuments: creates documents and applies changes, one at a time, noting where each lands. */
  readonly documents: TextDocumentsConfiguration<BufferTextDocument> = {
    create: (uri, languageId, version, content) => {
      this.stretches.delete(uri);
      return new BufferTextDocument(uri, languageId, version, content);
    },
    update: (doc, changes, version) => {
      for (const change of changes) this.apply(doc, change, version);
      return doc;
    },
  };

  /** The stretch changed since the last call (or since the document opened), or undefined when unknown. */
  take(uri: string, text: string | SourceText): ChangedStretch | undefined {
    const stretch = this.stretches.get(uri);
    this.stretches.set(uri, { base: text, prefix: Number.MAX_SAFE_INTEGER, suffix: Number.MAX_SAFE_INTEGER });
    return stretch;
  }

  forget(uri: string): void {
    this.stretches.delete(uri);
  }

  private apply(doc: BufferTextDocument, change: TextDocumentContentChangeEvent, version: number): void {
    const stretch = this.stretches.get(doc.uri);
    if (!('range' in change) || !stretch) {
      // A whole new text: the scanner compares it with the previous one.
      this.stretches.delete(doc.uri);
      doc.update([change], version);
      return;
    }
    const length = doc.textLength;
    const a = doc.offsetAt(change.range.start);
    const b = doc.offsetAt(change.range.end);
    const start = Math.min(a, b);
    const end = Math.max(a, b);
    if (!(start >= 0 && end <= length)) {
      // A range the document cannot place (its line offsets went wrong): compare instead.
      this.stretches.delete(doc.uri);
      doc.update([change], version);
      return;
    }
    stretch.prefix = Math.min(stretch.prefix, start);
    stretch.suffix = Math.min(stretch.suffix, length - end);
    doc.update([change], version);
  }
}
