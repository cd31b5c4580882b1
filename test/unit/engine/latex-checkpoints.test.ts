// The LaTeX reader's checkpoints (extract/latex.ts) are where an incremental re-read may start and
// stop, so two things must hold at each: what is read before it does not depend on any text after it,
// and reading from it on gives what the whole reading gives there.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compileRules, IncrementalScanner, loadBundledRules, scanDocument } from '../../../server/src/engine';
import { latexBodyOf, readLatex, readLatexWindow } from '../../../server/src/engine/extract/latex';
import { LATEX_FRAGMENTS as fragments } from './latex-fragments';

const text = (min: number, max: number) =>
  fc.array(fc.constantFrom(...fragments), { minLength: min, maxLength: max }).map((parts) => parts.join(''));

/** The reading of [0, p): masked characters, breaks, directives and checkpoints before p. */
function readingBefore(source: string, p: number) {
  const r = readLatex(source);
  return {
    codes: Array.from(r.codes.subarray(0, p)),
    breaks: r.document.breaks.filter((b) => b < p),
    directives: r.document.directives.filter((d) => d.start < p),
    checkpoints: r.checkpoints.offsets.filter((c) => c < p),
  };
}

describe('LaTeX checkpoints', function () {
  this.timeout(120_000);

  it('read the same before a checkpoint whatever text follows it, the body staying where it was', () => {
    fc.assert(
      fc.property(text(0, 30), text(0, 12), (draft, other) => {
        for (const p of readLatex(draft).checkpoints.offsets) {
          if (p === 0) continue;
          const edited = draft.slice(0, p) + other;
          // Where the body is, is the one thing that is read from the whole draft (draft-readers.ts
          // follows it across edits).
          if (JSON.stringify(latexBodyOf(edited)) !== JSON.stringify(latexBodyOf(draft))) continue;
          assert.deepEqual(
            readingBefore(edited, p),
            readingBefore(draft, p),
            `checkpoint ${p} of ${JSON.stringify(draft)}, then ${JSON.stringify(other)}`,
          );
        }
      }),
      { numRuns: 400, seed: 3 },
    );
  });

  it('give, read from each to the next or to the end, what the whole reading gives', () => {
    fc.assert(
      fc.property(text(0, 30), (draft) => {
        const whole = readLatex(draft);
        const body = latexBodyOf(draft);
        const offsets = whole.checkpoints.offsets;
        for (let k = 0; k < offsets.length; k++) {
          const from = offsets[k];
          const stop = offsets[k + 1];
          const window = readLatexWindow(draft.slice(from), from, stop, body);
          const end = stop ?? draft.length;
          assert.ok(window, `no reading from ${from} to ${stop} of ${JSON.stringify(draft)}`);
          assert.deepEqual(Array.from(window.codes.subarray(0, end - from)), Array.from(whole.codes.subarray(from, end)));
          assert.deepEqual(
            window.breaks,
            whole.document.breaks.filter((b) => b >= from && (b < end || (stop === undefined && b === end))),
          );
          assert.deepEqual(
            window.directives,
            whole.document.directives.filter((d) => d.start >= from && d.start < end),
          );
          assert.deepEqual(
            window.checkpoints.offsets,
            offsets.filter((c) => c >= from && (stop === undefined || c < stop)),
          );
        }
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('are re-read after an edit between two of them either as a whole reading reads them, or not at all', () => {
    const edit = fc.record({ pick: fc.nat(), at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.constantFrom(...fragments, '', '') });
    let followed = 0;
    fc.assert(
      fc.property(text(4, 40), edit, (draft, e) => {
        const old = readLatex(draft);
        const offsets = old.checkpoints.offsets;
        if (offsets.length < 2) return;
        const k = e.pick % (offsets.length - 1);
        const [p, q] = [offsets[k], offsets[k + 1]];
        const at = p + (e.at % (q - p));
        const remove = Math.min(e.remove, q - 1 - at);
        const edited = draft.slice(0, at) + e.insert + draft.slice(at + remove);
        const delta = e.insert.length - remove;
        const [was, is] = [latexBodyOf(draft), latexBodyOf(edited)];
        const moved = (a: number) => (a < 0 || a < at ? a : a + delta);
        if (is.begin !== moved(was.begin) || is.end !== moved(was.end)) return; // read whole (draft-readers.ts)
        const window = readLatexWindow(edited.slice(p), p, q + delta, latexBodyOf(edited));
        if (!window) return;
        followed++;
        // The window reads [p, q + delta) as a whole reading does, and promises that everything from
        // q + delta on reads as it did from q: both checked against a whole reading of the edited text.
        const now = readLatex(edited);
        const stop = q + delta;
        assert.deepEqual(Array.from(window.codes.subarray(0, stop - p)), Array.from(now.codes.subarray(p, stop)));
        assert.deepEqual(Array.from(now.codes.subarray(stop)), Array.from(old.codes.subarray(q)));
        assert.deepEqual(
          now.document.breaks.filter((b) => b >= stop),
          old.document.breaks.filter((b) => b >= q).map((b) => b + delta),
        );
        assert.deepEqual(
          window.breaks,
          now.document.breaks.filter((b) => b >= p && b < stop),
        );
      }),
      { numRuns: 4000, seed: 13 },
    );
    assert.ok(followed > 500, `only ${followed} edits were followed`);
  });

  it('let an incremental scan follow any edit of any such text to the findings of a full scan', () => {
    const compiled = compileRules(loadBundledRules().rules);
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.constantFrom(...fragments, '') });
    fc.assert(
      fc.property(text(4, 40), fc.array(edit, { minLength: 1, maxLength: 6 }), (draft, edits) => {
        const scanner = new IncrementalScanner();
        let current = draft;
        scanner.scan(current, 'latex', compiled);
        for (const e of edits) {
          const at = current.length ? e.at % (current.length + 1) : 0;
          current = current.slice(0, at) + e.insert + current.slice(at + e.remove);
          assert.deepEqual(scanner.scan(current, 'latex', compiled).findings, scanDocument(current, 'latex', compiled).findings);
        }
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it('are not set after a line break a backslash escapes, nor where math runs on across an empty line', () => {
    const escaped = 'Intro.\n\n\\section{Partners\\\n\nNUDT} text.\n';
    assert.ok(!readLatex(escaped).checkpoints.offsets.includes(escaped.indexOf('NUDT')));
    const escapedCrlf = 'Intro.\r\n\r\n\\section{Partners\\\n\r\nNUDT} text.\r\n';
    assert.ok(!readLatex(escapedCrlf).checkpoints.offsets.includes(escapedCrlf.indexOf('NUDT')));
    const crlf = 'Intro.\r\n\r\nNUDT text.\r\n';
    assert.ok(readLatex(crlf).checkpoints.offsets.includes(crlf.indexOf('NUDT')));
    const math = 'Intro.\n\n$x\n\ny$ text.\n\nLast.\n';
    const offsets = readLatex(math).checkpoints.offsets;
    assert.ok(!offsets.includes(math.indexOf('y$')));
    assert.ok(offsets.includes(math.indexOf('Last')));
  });
});
