import { strict as assert } from 'node:assert';
import { findingsOf } from './engine-fixture';

describe('Markdown prose', () => {
  it('scans headings, lists, tables, emphasis and link text', () => {
    const md = [
      '# Quantum sensing',
      '',
      '- We build *quantum* **sensors**.',
      '',
      '| WP | Topic |',
      '|----|-------|',
      '| 2  | quantum gravimeter |',
      '',
      'See [quantum sensors](https://example.org/x).',
    ].join('\n');
    assert.deepEqual(findingsOf(md, 'markdown'), [
      'test.quantum-sensing:Quantum sensing',
      'test.quantum-sensing:quantum* **sensors',
      'test.quantum-sensing:quantum gravimeter',
      'test.quantum-sensing:quantum sensors',
    ]);
  });

  it('skips code, inline code, URLs, HTML comments and front-matter keys', () => {
    const md = [
      '---',
      'quantum-sensing: yes',
      'title: Plain title',
      '---',
      '',
      'Run `quantum sensing` now, see https://quantum-sensing.example.org and <https://quantum.sensing>.',
      '',
      '```',
      'quantum sensing',
      '```',
      '',
      '    quantum sensors in an indented block',
      '',
      '<!-- quantum sensing -->',
    ].join('\n');
    assert.deepEqual(findingsOf(md, 'markdown'), []);
  });

  it('reads a table row as one clause, so combinations hold across its cells', () => {
    const md = '| Data | Destination |\n|---|---|\n| Genetic data | transferred to China |\n| Survey data | stays in Leiden |\n';
    assert.deepEqual(findingsOf(md, 'markdown'), ['test.genetic-data:Genetic data']);
  });

  it('keeps a heading and the next paragraph apart', () => {
    assert.deepEqual(findingsOf('## Genetic data\nResults go to China.', 'markdown'), []);
  });
});

describe('LaTeX prose', () => {
  it('scans text and text arguments, joins \\- and reads ~ as a space', () => {
    const tex = String.raw`\documentclass{article}
\usepackage{quantum}
\begin{document}
\section{Quantum sensing}
\textbf{Quantum} \emph{sensors}~and quantum sen\-sors.\footnote{A quantum gravimeter.}
\begin{itemize}\item quantum sensing\end{itemize}
\end{document}`;
    assert.deepEqual(findingsOf(tex, 'latex'), [
      'test.quantum-sensing:Quantum sensing',
      'test.quantum-sensing:Quantum} \\emph{sensors',
      'test.quantum-sensing:quantum sen\\-sors',
      'test.quantum-sensing:quantum gravimeter',
      'test.quantum-sensing:quantum sensing',
    ]);
  });

  it('skips comments, math, citation keys, labels, refs, URLs, verbatim and the preamble', () => {
    const tex = String.raw`\documentclass{article}
\title{quantum sensing}
\begin{document}
% quantum sensing
See \cite{quantum-sensing}, \label{quantum sensing}, \ref{quantum sensing}, \url{http://quantum.sensing}.
$quantum sensing$ and \[ quantum sensors \]
\begin{verbatim}
quantum sensing
\end{verbatim}
\begin{lstlisting}
quantum sensors
\end{lstlisting}
\end{document}`;
    assert.deepEqual(findingsOf(tex, 'latex'), []);
  });

  it('treats a fragment without \\begin{document} as body text', () => {
    assert.deepEqual(findingsOf('We develop quantum sensors.', 'latex'), ['test.quantum-sensing:quantum sensors']);
  });

  it('reads broken LaTeX (unbalanced braces and environments) without skipping the draft', () => {
    const found = findingsOf('\\begin{document} quantum sensors \\end{itemize} }}}', 'latex');
    assert.ok(found.includes('test.quantum-sensing:quantum sensors'), String(found));
  });
});

describe('directives', () => {
  it('accept the next line with a reason (Markdown)', () => {
    const md = '<!-- caveat-disable-next-line test.quantum-sensing: cleared by the export office -->\nquantum sensors\n\nquantum sensors';
    assert.deepEqual(findingsOf(md, 'markdown'), ['test.quantum-sensing:quantum sensors#accepted', 'test.quantum-sensing:quantum sensors']);
  });

  it('accept in LaTeX comments and plain text lines', () => {
    assert.deepEqual(findingsOf('% caveat-disable-next-line dual-use-tech: ok\nquantum sensors', 'latex'), [
      'test.quantum-sensing:quantum sensors#accepted',
    ]);
    assert.deepEqual(findingsOf('caveat: accept test.quantum-sensing because the licence is held\n\nquantum sensors'), [
      'test.quantum-sensing:quantum sensors#accepted',
    ]);
  });

  it('report a directive without a reason, or naming an unknown rule', () => {
    assert.deepEqual(findingsOf('caveat: accept test.quantum-sensing\nquantum sensors'), [
      'caveat.directive-without-reason:caveat: accept test.quantum-sensing',
      'test.quantum-sensing:quantum sensors#accepted',
    ]);
    assert.deepEqual(findingsOf('caveat: accept no.such-rule because x\nquantum sensors'), [
      'caveat.directive-unknown-rule:caveat: accept no.such-rule because x',
      'test.quantum-sensing:quantum sensors',
    ]);
  });
});
