// The edit tracker's stretch may be loose but never wrong: outside it, the text is the one last scanned.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { changedEnds } from '../../server/src/engine/common-ends';
import { EditTracker } from '../../server/src/lsp/edit-tracker';

const URI = 'file:///draft.md';

describe('edit tracker', () => {
  it('bounds the changes since the last scan, over batches of incremental edits', () => {
    const change = fc.record({
      line: fc.nat({ max: 6 }),
      character: fc.nat({ max: 30 }),
      lines: fc.nat({ max: 2 }),
      characters: fc.nat({ max: 10 }),
      text: fc.constantFrom('', 'x', '\n', 'quantum\nsensors', '\r\n', 'é', '国防'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (batches, skipOne) => {
        const tracker = new EditTracker();
        let doc = tracker.documents.create(URI, 'markdown', 1, 'one line\ntwo lines here\n\nthree\nfour more words\n');
        let scanned = doc.getText();
        tracker.take(URI, scanned);
        let version = 1;
        batches.forEach((batch, n) => {
          const changes: TextDocumentContentChangeEvent[] = batch.map((c) => ({
            range: { start: { line: c.line, character: c.character }, end: { line: c.line + c.lines, character: c.characters } },
            text: c.text,
          }));
          doc = tracker.documents.update(doc, changes, ++version);
          if (skipOne && n === 0) return; // a scan that did not happen: the next stretch spans both batches
          const text = doc.getText();
          const stretch = tracker.take(URI, text);
          // Undefined (unknown) is allowed: then the scanner compares the texts.
          const [prefix, suffix] = changedEnds(scanned, text, stretch);
          assert.ok(prefix + suffix <= Math.min(scanned.length, text.length));
          assert.equal(text.slice(0, prefix), scanned.slice(0, prefix));
          assert.equal(text.slice(text.length - suffix), scanned.slice(scanned.length - suffix));
          scanned = text;
        });
      }),
      { numRuns: 500 },
    );
  });

  it('knows nothing after a whole-text change', () => {
    const tracker = new EditTracker();
    const doc = tracker.documents.create(URI, 'markdown', 1, 'abc');
    tracker.take(URI, doc.getText());
    tracker.documents.update(doc, [{ text: 'xyz' }], 2);
    assert.equal(tracker.take(URI, doc.getText()), undefined);
  });
});
