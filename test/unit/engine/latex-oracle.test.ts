// The fast LaTeX reader against the reference: unified-latex (a full LaTeX parser) must find the same
// prose words at the same offsets on real drafts and on generated ones.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extractLatexProse } from '../../../server/src/engine/extract/latex';
import { extractLatexProse as oracle } from '../../support/latex-oracle';
import { draftFiles, proseDifference, REPO } from '../../support/prose-difference';

const difference = (text: string) => proseDifference(extractLatexProse, oracle, text);

describe('LaTeX reader agrees with unified-latex', function () {
  this.timeout(120000);
  for (const file of draftFiles('.tex')) {
    it(`on ${file.slice(REPO.length + 1)}`, () => {
      assert.deepEqual(difference(readFileSync(file, 'utf8')), { onlyFast: [], onlyOracle: [] });
    });
  }

  it('on generated documents of sections, emphasis, citations, math, comments and environments', () => {
    const word = fc.constantFrom('quantum', 'sensing', 'data', 'China', 'partner', 'NUDT', 'genetic', 'the', 'of', 'x1');
    const inline = fc.oneof(
      word,
      word.map((w) => `\\textbf{${w}}`),
      word.map((w) => `\\emph{${w}}`),
      word.map((w) => `\\cite{${w}}`),
      word.map((w) => `\\cite[p.~4]{${w}}`),
      word.map((w) => `\\ref{${w}}`),
      word.map((w) => `\\label{${w}}`),
      word.map((w) => `\\url{http://${w}.org}`),
      word.map((w) => `\\href{http://x.org/${w}}{${w}}`),
      word.map((w) => `$${w}^2$`),
      word.map((w) => `\\footnote{${w} text}`),
      word.map((w) => `${w}~${w}`),
      fc.constant('--'),
    );
    const sentence = fc.array(inline, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const block = fc.oneof(
      sentence,
      sentence.map((s) => `\\section{${s}}`),
      sentence.map((s) => `\\subsection*{${s}}`),
      sentence.map((s) => `\\begin{itemize}\n\\item ${s}\n\\item ${s}\n\\end{itemize}`),
      sentence.map((s) => `\\begin{verbatim}\n${s}\n\\end{verbatim}`),
      sentence.map((s) => `\\begin{equation}\n${s}\n\\end{equation}`),
      sentence.map((s) => `% ${s}`),
      sentence.map((s) => `${s} % trailing ${s}`),
      sentence.map((s) => `\\begin{figure}\n\\caption{${s}}\n\\end{figure}`),
    );
    const doc = fc
      .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean())
      .map(([bs, wrap]) =>
        wrap ? `\\documentclass{article}\n\\usepackage{x}\n\\begin{document}\n${bs.join('\n\n')}\n\\end{document}\n` : bs.join('\n\n'),
      );
    fc.assert(
      fc.property(doc, (text) => {
        assert.deepEqual(difference(text), { onlyFast: [], onlyOracle: [] }, text);
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
