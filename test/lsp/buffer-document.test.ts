// The buffer-backed document must read exactly as the stock TextDocument after any edits: text,
// lines, positions and offsets (the stock one goes wrong on ranges past the last line, so edits stay
// inside the text).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BufferTextDocument } from '../../server/src/lsp/buffer-document';

const fraction = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

describe('buffer-backed document', () => {
  it('reads as the stock TextDocument after random edits, line breaks of every kind included', () => {
    const edit = fc.record({
      at: fraction,
      length: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
      text: fc.array(fc.constantFrom('', 'x', '\n', '\r', '\r\n', 'ab\ncd', '国', '\n\n', ' '), { maxLength: 3 }).map((a) => a.join('')),
    });
    const start = fc.array(fc.constantFrom('line', '\n', '\r\n', '\r', 'é', ' '), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        start,
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fraction,
        (content, batches, probe) => {
          const stock = TextDocument.create('file:///a.md', 'markdown', 1, content);
          const mine = new BufferTextDocument('file:///a.md', 'markdown', 1, content);
          let version = 1;
          for (const batch of batches) {
            // Each change's range is on the text the changes before it in the batch left.
            const scratch = TextDocument.create('file:///b.md', 'markdown', 0, stock.getText());
            const changes = batch.map((e, n) => {
              const from = Math.floor(e.at * scratch.getText().length);
              const to = Math.min(scratch.getText().length, from + e.length);
              const change = { range: { start: scratch.positionAt(from), end: scratch.positionAt(to) }, text: e.text };
              TextDocument.update(scratch, [change], n + 1);
              return change;
            });
            version++;
            TextDocument.update(stock, changes, version);
            mine.update(changes, version);
            assert.equal(mine.getText(), stock.getText());
            assert.equal(mine.lineCount, stock.lineCount);
            assert.equal(mine.version, stock.version);
            const length = stock.getText().length;
            for (let offset = 0; offset <= length + 1; offset++)
              assert.deepEqual(mine.positionAt(offset), stock.positionAt(offset), `positionAt(${offset})`);
            for (let line = -1; line <= stock.lineCount; line++) {
              assert.deepEqual(mine.getLineRange(line), stock.getLineRange(line));
              assert.equal(mine.getEOLCharacters(line), stock.getEOLCharacters(line));
              for (const character of [-1, 0, 1, 2, 5, 100])
                assert.equal(mine.offsetAt({ line, character }), stock.offsetAt({ line, character }));
            }
            const a = stock.positionAt(Math.floor(probe * length));
            const b = stock.positionAt(length);
            assert.equal(mine.getText({ start: a, end: b }), stock.getText({ start: a, end: b }));
            assert.equal(mine.source().slice(1, length - 1), stock.getText().slice(1, length - 1));
          }
        },
      ),
      { numRuns: 800 },
    );
  });

  it('takes a whole new text', () => {
    const mine = new BufferTextDocument('file:///a.md', 'markdown', 1, 'a\nb');
    mine.update([{ text: 'x\r\ny\rz' }], 2);
    assert.equal(mine.getText(), 'x\r\ny\rz');
    assert.equal(mine.lineCount, 3);
  });

  it('refuses to read a stretch of a version it no longer holds', () => {
    const mine = new BufferTextDocument('file:///a.md', 'markdown', 1, 'abc');
    const source = mine.source();
    mine.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 2);
    assert.throws(() => source.slice(0, 1));
  });
});
