// Incremental scans must give exactly the findings of a full scan, after any sequence of edits.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileRules, IncrementalScanner, type Language, loadBundledRules, scanDocument } from '../../../server/src/engine';
import { commonEnds } from '../../../server/src/engine/incremental';
import { LATEX_FRAGMENTS } from './latex-fragments';
import { assertFollowsLineEdits, fraction } from './line-edits';

const REPO = join(__dirname, '..', '..', '..');
const compiled = compileRules(loadBundledRules().rules);
const drafts: [string, Language][] = [
  [readFileSync(join(REPO, 'examples', 'proposal.md'), 'utf8'), 'markdown'],
  [readFileSync(join(REPO, 'examples', 'proposal.tex'), 'utf8'), 'latex'],
  [readFileSync(join(REPO, 'examples', 'mou.txt'), 'utf8'), 'plaintext'],
];
const snippets = [
  'quantum sensors',
  ' ',
  '\n',
  '\n\n',
  '-',
  'sen-\nsors',
  'genetic data will be transferred to China',
  'NUDT',
  'university',
  'not ',
  '.',
  '国防科技大学',
  '`',
  '<!-- x -->',
  '%',
  'the',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/**
 * One character typed at `at` of a large draft: the findings of a full scan, found by re-reading at
 * most `reread` characters and judging fewer than 10,000.
 */
function assertLocalEdit(big: string, language: Language, at: number, reread: number) {
  const scanner = new IncrementalScanner();
  scanner.scan(big, language, compiled);
  const edited = `${big.slice(0, at)}x${big.slice(at)}`;
  assert.deepEqual(scanner.scan(edited, language, compiled).findings, scanDocument(edited, language, compiled).findings);
  assert.equal(scanner.stats.incrementalScans, 1);
  assert.ok(scanner.stats.rereadChars < reread, `re-read ${scanner.stats.rereadChars} of ${big.length} characters`);
  assert.ok(scanner.stats.contextChars < 10000, `judged ${scanner.stats.contextChars} of ${big.length} characters`);
  return { scanner, edited };
}

describe('incremental scanning', function () {
  this.timeout(120000);

  for (const [draft, language] of drafts) {
    it(`equals a full scan after random edits (${language})`, () => {
      const edit = fc.record({
        at: fraction,
        remove: fc.nat({ max: 30 }),
        insert: fc.constantFrom(...snippets),
      });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          const scanner = new IncrementalScanner();
          let text = draft;
          scanner.scan(text, language, compiled);
          for (const e of edits) {
            text = apply(text, e);
            const incremental = scanner.scan(text, language, compiled).findings;
            const full = scanDocument(text, language, compiled).findings;
            assert.deepEqual(incremental, full);
          }
        }),
        { numRuns: 40, seed: 42 },
      );
    });
  }

  // Markdown is re-read block by block: edits that open or close a fence, a comment or front matter,
  // join or split paragraphs, turn a line into a heading, an item or a table row must give what a
  // whole reading gives. Edits land on line starts and ends as often as anywhere else.
  const markdown = drafts[0][0];
  const structural = [
    '```',
    '```\n',
    '\n```\n',
    '~~~',
    '# ',
    '## Partners\n',
    '- ',
    '1. ',
    '2) ',
    '> ',
    '    ',
    '\t',
    '<!--',
    '-->',
    '<!-- caveat-disable-next-line * -->\n',
    '<!-- caveat: accept data.genomic-data-transfer because cleared -->',
    '---\n',
    '---',
    '+++\n',
    '===\n',
    '| a | b |\n|---|---|\n',
    '|',
    '<pre>',
    '</pre>',
    '[',
    '](http://x.org)',
    '**',
    'Harbin Institute of Technology',
    'Shenzhen',
    'BGI',
    'genomic data',
    'transferred to China. ',
    'e.g. ',
  ];

  it('equals a full scan after structural Markdown edits', () => {
    assertFollowsLineEdits(
      markdown,
      'markdown',
      compiled,
      {
        remove: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 200 })),
        insert: fc.oneof(fc.constantFrom(...structural), fc.constantFrom(...snippets), fc.constant('')),
      },
      { numRuns: 150, seed: 7 },
    );
  });

  // Sentences longer than the automaton's margin: an edit far from an anchor, in its sentence, can
  // still add or remove its "with" words, a negation or a full stop that ends the sentence early.
  // Longer than the automaton's margin (twice the longest phrase, in tokens) on either side.
  const filler = Array(4)
    .fill('collected on the research vessel over several long campaigns in the northern seas by the crew and the visiting scientists')
    .join(' and ');
  const longSentences = [
    `# Data\n\nGenomic data ${filler} will be transferred to partners in China for sequencing.`,
    `Sequencing data ${filler} are never shared with anyone; e.g. ${filler} the DNA data stay here.`,
    `- The genotypes ${filler}\n  will be shared with BGI in Shenzhen.\n- Raw reads ${filler} stay.`,
    `> Whole-genome sequencing ${filler} is not transferred to China.`,
  ].join('\n\n');
  const farSnippets = [
    '. ',
    '. The ',
    '! ',
    'not ',
    '\n\n',
    '\n',
    'transferred ',
    'China',
    ' in China',
    'e.g. ',
    '`',
    '```\n',
    '# ',
    '- ',
    'Dr. ',
    '',
  ];

  it('equals a full scan after edits far from an anchor but in its sentence', () => {
    const edit = fc.record({
      at: fraction,
      remove: fc.oneof(fc.constant(0), fc.nat({ max: 12 })),
      insert: fc.constantFrom(...farSnippets),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const scanner = new IncrementalScanner();
        let text = longSentences;
        scanner.scan(text, 'markdown', compiled);
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(scanner.scan(text, 'markdown', compiled).findings, scanDocument(text, 'markdown', compiled).findings);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  const named: [string, string, (text: string) => string][] = [
    ['opens a fence', markdown, (t) => t.replace('## 1.2 Partners', '```\n## 1.2 Partners')],
    ['closes the only fence', markdown, (t) => t.replace(/```\n(?![\s\S]*```)/, '')],
    ['types inside a code block', markdown, (t) => t.replace('sensor = ', 'sensor = genomic data transferred to China ')],
    ['joins two paragraphs', markdown, (t) => t.replace('sequencing.\n\nNo health', 'sequencing.\nNo health')],
    ['splits a paragraph', markdown, (t) => t.replace('and genomic data', 'and\n\ngenomic data')],
    ['turns a line into a heading', markdown, (t) => t.replace('\nthe Chinese partner', '\n# the Chinese partner')],
    ['turns a paragraph into a heading with an underline', markdown, (t) => t.replace('sequencing.\n', 'sequencing.\n===\n')],
    ['closes front matter at the end of the text', '---\ntitle: genomic data to China\n---', (t) => `${t}x`],
    ['opens front matter', markdown.replace(/^---[\s\S]*?---\n/, ''), (t) => `---\n${t}`],
    ['opens a comment that closes blocks later', markdown, (t) => t.replace('## 1.3', '<!--\n## 1.3')],
    ['unindents a list continuation', '- item one\n\n  genomic data go to China\n\nBGI\n', (t) => t.replace('  genomic', 'genomic')],
  ];
  for (const [name, draft, edit] of named) {
    it(`equals a full scan when an edit ${name}`, () => {
      const scanner = new IncrementalScanner();
      scanner.scan(draft, 'markdown', compiled);
      const edited = edit(draft);
      assert.notEqual(edited, draft);
      assert.deepEqual(scanner.scan(edited, 'markdown', compiled).findings, scanDocument(edited, 'markdown', compiled).findings);
      assert.deepEqual(scanner.scan(draft, 'markdown', compiled).findings, scanDocument(draft, 'markdown', compiled).findings);
    });
  }

  it('takes where an edit landed from the editor, and ignores a stretch about another text', () => {
    const scanner = new IncrementalScanner();
    scanner.scan(markdown, 'markdown', compiled);
    const at = markdown.indexOf('Shenzhen');
    const edited = `${markdown.slice(0, at)}not ${markdown.slice(at)}`;
    const full = scanDocument(edited, 'markdown', compiled).findings;
    assert.deepEqual(
      scanner.scan(edited, 'markdown', compiled, {}, { base: markdown, prefix: at, suffix: markdown.length - at }).findings,
      full,
    );
    // A stretch about a text the scanner did not scan last says nothing: the texts are compared.
    const again = `${edited.slice(0, 10)}${edited.slice(11)}`;
    const stale = { base: markdown, prefix: 0, suffix: again.length - 20 };
    assert.deepEqual(scanner.scan(again, 'markdown', compiled, {}, stale).findings, scanDocument(again, 'markdown', compiled).findings);
  });

  it('equals a full scan while a paragraph is typed and deleted a character at a time', () => {
    const scanner = new IncrementalScanner();
    const sentence = 'Samples go to BGI in Shenzhen, not the Harbin Institute of Technology.\n\n```\ncode\n```\n';
    const at = markdown.indexOf('## 1.3');
    let text = markdown;
    scanner.scan(text, 'markdown', compiled);
    for (let n = 1; n <= sentence.length * 2; n++) {
      const typed = n <= sentence.length ? sentence.slice(0, n) : sentence.slice(0, 2 * sentence.length - n);
      text = markdown.slice(0, at) + typed + markdown.slice(at);
      assert.deepEqual(
        scanner.scan(text, 'markdown', compiled).findings,
        scanDocument(text, 'markdown', compiled).findings,
        `after ${n} keys`,
      );
    }
    assert.ok(scanner.stats.incrementalScans > 0);
  });

  it('re-reads, matches and judges only around a one-character edit of a large Markdown draft', () => {
    const big = `${markdown}\n\n`.repeat(200);
    assertLocalEdit(big, 'markdown', big.indexOf('\nOur approach', Math.floor(big.length / 2)) + 1, 1000);
  });

  // Plain text is re-read line by line: edits that make or unmake a clause number or a directive line,
  // join or split lines, must give what a whole reading gives.
  const plain = drafts[2][0];
  const plainEdits = [
    '\n',
    '\n\n',
    '3.2 ',
    'Article 7 ',
    'Article\n7 ',
    '第七条 ',
    '(a) ',
    '# caveat-disable-next-line *\n',
    '// caveat: accept data.genomic-data-transfer because cleared\n',
    'caveat-disable-line partner',
    'genomic data will be transferred to China. ',
    'NUDT',
    '\r\n',
    '\u2028',
    'e.g. ',
  ];
  it('equals a full scan after line edits of plain text', () => {
    assertFollowsLineEdits(
      plain,
      'plaintext',
      compiled,
      { remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...plainEdits) },
      { numRuns: 60, seed: 7 },
    );
  });

  it('re-reads, matches and judges only around a one-character edit of a large plain-text draft', () => {
    const big = `${plain}\n\n`.repeat(200);
    assertLocalEdit(big, 'plaintext', big.indexOf('\n', Math.floor(big.length / 2)) + 1, 1000);
  });

  // LaTeX is re-read a paragraph at a time: edits that open or close math, a verbatim environment, a
  // group, a comment or the document body, join or split paragraphs, must give what a whole reading gives.
  const latex = drafts[1][0];
  const latexEdits = [...LATEX_FRAGMENTS, 'genetic data will be transferred to China. '];
  it('equals a full scan after structural LaTeX edits', () => {
    assertFollowsLineEdits(
      latex,
      'latex',
      compiled,
      { remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...latexEdits) },
      { numRuns: 150, seed: 11 },
    );
  });

  it('re-reads, matches and judges only around a one-character edit of a large LaTeX draft', () => {
    const body = latex.slice(latex.indexOf('\\maketitle'), latex.indexOf('\\end{document}'));
    const big = `${latex.slice(0, latex.indexOf('\\maketitle'))}${`${body}\n\n`.repeat(200)}\\end{document}\n`;
    const middle = big.indexOf('\nWe further study', Math.floor(big.length / 2)) + 1;
    const { scanner, edited } = assertLocalEdit(big, 'latex', middle, 2000);
    // Opening math that runs on to the end: the rest reads differently, so the draft is read whole.
    const opened = `${edited.slice(0, middle)}$${edited.slice(middle)}`;
    assert.deepEqual(scanner.scan(opened, 'latex', compiled).findings, scanDocument(opened, 'latex', compiled).findings);
  });

  it('follows where a LaTeX body starts when the preamble grows or shrinks', () => {
    const draft = '\\documentclass{article}\n\\title{quantum sensing}\n\\begin{document}\nPlain text about soil.\n\n\\end{document}\n';
    const scanner = new IncrementalScanner();
    scanner.scan(draft, 'latex', compiled);
    const line = draft.indexOf('\\title');
    for (const edited of [
      `${draft.slice(0, line)}% a comment line\n${draft.slice(line)}`,
      draft,
      `${draft.slice(0, line)}${draft.slice(line + 7)}`,
      `${draft.slice(0, line)}\\usepackage{x}\n\n${draft.slice(line)}`,
    ]) {
      const full = scanDocument(edited, 'latex', compiled).findings;
      assert.deepEqual(scanner.scan(edited, 'latex', compiled).findings, full, JSON.stringify(edited));
      assert.equal(full.length, 0, 'the preamble is not prose');
    }
    assert.ok(scanner.stats.incrementalScans > 0);
  });

  it('reads a draft again whole when its language changes between Markdown and plain text', () => {
    const scanner = new IncrementalScanner();
    scanner.scan(markdown, 'markdown', compiled);
    assert.deepEqual(scanner.scan(markdown, 'plaintext', compiled).findings, scanDocument(markdown, 'plaintext', compiled).findings);
    assert.deepEqual(scanner.scan(markdown, 'markdown', compiled).findings, scanDocument(markdown, 'markdown', compiled).findings);
    assert.equal(scanner.stats.fullScans, 3);
  });

  it('reads only the tokens around a one-character edit of a large draft', () => {
    const big = `${drafts[0][0]}\n\n`.repeat(200);
    const scanner = new IncrementalScanner();
    scanner.scan(big, 'markdown', compiled);
    const middle = Math.floor(big.length / 2);
    scanner.scan(`${big.slice(0, middle)}x${big.slice(middle)}`, 'markdown', compiled);
    assert.equal(scanner.stats.incrementalScans, 1);
    assert.ok(scanner.stats.rescannedChars < 2000, `rescanned ${scanner.stats.rescannedChars} of ${big.length} characters`);
  });
});

describe('common prefix and suffix of two versions', () => {
  it('equal a character-by-character comparison, across chunk edges', () => {
    // Long, repetitive texts: edits land on and across 1,024-character chunk edges.
    const base = fc.tuple(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 300 })).map(([s, n]) => s.repeat(n));
    fc.assert(
      fc.property(base, fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), (a, at, cut, insert) => {
        const from = a.length ? at % (a.length + 1) : 0;
        const to = Math.min(a.length, from + (cut % 7));
        const b = a.slice(0, from) + insert + a.slice(to);
        const shortest = Math.min(a.length, b.length);
        let prefix = 0;
        while (prefix < shortest && a[prefix] === b[prefix]) prefix++;
        let suffix = 0;
        while (suffix < shortest - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
        assert.deepEqual(commonEnds(a, b, shortest), [prefix, suffix]);
      }),
      { numRuns: 2000 },
    );
  });
});
