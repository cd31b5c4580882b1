// Linear time, measured as work (operation counts), never as wall time: a document of size n and one
// of size 4n from the same generator must cost about 4x, not 16x. See support/op-counter.ts for what
// is counted.
import { strict as assert } from 'node:assert';
import { scan } from '../../server/src/engine';
import { findMatches } from '../../server/src/engine/match';
import { SentenceFinder } from '../../server/src/engine/sentences';
import { LATEX_DOC_PIECES, MARKDOWN_DOC_PIECES, PROSE_PIECES, seededDocument } from './support/generators';
import { describeRatio, type Family, MAX_RATIO, workRatio } from './support/linearity';
import { allRules } from './support/rules';

const families: Family[] = [
  { name: 'random prose with findings', language: 'plaintext', build: (n) => seededDocument(n, 1, PROSE_PIECES) },
  { name: 'random prose as Markdown', language: 'markdown', build: (n) => seededDocument(n, 11, PROSE_PIECES) },
  { name: 'random Markdown', language: 'markdown', build: (n) => seededDocument(n, 2, MARKDOWN_DOC_PIECES) },
  { name: 'random LaTeX', language: 'latex', build: (n) => seededDocument(n, 3, LATEX_DOC_PIECES) },
  { name: 'Chinese partner names', language: 'plaintext', build: (n) => '国防科技大学与中国合作。'.repeat(Math.ceil(n / 12)) },
  { name: 'one line of one word', language: 'plaintext', build: (n) => 'a'.repeat(n) },
  { name: 'one line of spaces', language: 'markdown', build: (n) => ' '.repeat(n) },
  { name: 'one line of full stops', language: 'plaintext', build: (n) => '. '.repeat(n / 2) },
  // The sentence finder reads back over a run of letters before a full stop and forward over the
  // whitespace after it; the reach of a sentence is bounded, so this stays linear (with a constant).
  {
    name: 'findings before a full stop and a long blank run',
    language: 'plaintext',
    build: (n) => `${'quantum sensors '.repeat(90)}.${' '.repeat(n)}`,
  },
  {
    name: 'a long word ending a sentence before findings',
    language: 'plaintext',
    build: (n) => `${'a'.repeat(n)}. ${'quantum sensors '.repeat(90)}`,
  },
  { name: 'balanced LaTeX groups', language: 'latex', build: (n) => '\\textbf{quantum sensors} \\foo[x]{y} '.repeat(Math.ceil(n / 36)) },
  { name: 'balanced Markdown links', language: 'markdown', build: (n) => '[quantum sensors](http://x.invalid) '.repeat(Math.ceil(n / 36)) },
  { name: 'closed HTML comments', language: 'markdown', build: (n) => 'a <!-- b --> quantum sensors\n\n'.repeat(Math.ceil(n / 30)) },
];

/** Inputs that were super-linear until b47849e (see docs/reliability.md); where the work was. */
const formerlySuperLinear: (Family & { where: string })[] = [
  {
    name: 'a Markdown paragraph of unmatched [',
    language: 'markdown',
    build: (n) => '['.repeat(n),
    where: 'extract/markdown-inline.ts closingBracket: every [ scans to the paragraph end',
  },
  {
    name: 'a Markdown paragraph of [x]( without )',
    language: 'markdown',
    build: (n) => '[x]('.repeat(n / 4),
    where: 'extract/markdown-inline.ts closingParen: every [x]( scans to the paragraph end',
  },
  {
    name: 'Markdown paragraphs each with an unclosed inline <!--',
    language: 'markdown',
    build: (n) => 'a <!-- b\n\n'.repeat(n / 10),
    where: "extract/markdown-inline.ts maskInline case 60: source.indexOf('-->') searches to the end of the document, once per paragraph",
  },
  {
    name: 'a Markdown block comment <!-- left open over many lines',
    language: 'markdown',
    build: (n) => `<!--\n${'line of text\n'.repeat(n / 13)}`,
    where: "extract/markdown.ts (commentStart >= 0): source.indexOf('-->', start) searches to the end of the document for every line",
  },
  {
    name: 'LaTeX \\item{ never closed',
    language: 'latex',
    build: (n) => '\\item{'.repeat(n / 6),
    where: 'extract/latex.ts groupEnd, called for a breaking macro: every unbalanced { scans to the end of the document',
  },
  {
    name: 'LaTeX \\foo[ never closed',
    language: 'latex',
    build: (n) => '\\foo['.repeat(n / 5),
    where: 'extract/latex.ts blankOptions -> groupEnd: every unbalanced [ scans to the end of the document',
  },
  {
    name: 'plain text with a directive before every finding',
    language: 'plaintext',
    build: (n) => 'caveat: accept test because r\nquantum sensors here\n'.repeat(Math.ceil(n / 51)),
    size: 16000,
    where: 'directives.ts applyDirectives: every directive loops over every finding (directives x findings)',
  },
  {
    name: 'Markdown backtick runs of growing length (no closing run)',
    language: 'markdown',
    // From 8,000 characters: the masked prose of the 4,000-character draft is blank throughout, so the
    // pattern stage (which skips empty lines) reads none of it while it reads the 16,000-character one,
    // and the ratio compares unlike work (6.1x from 4,000; 4.1x from 8,000).
    size: 8000,
    build: (n) => {
      let s = '';
      for (let i = 1; s.length < n; i++) s += `${'`'.repeat(i)} x `;
      return s.slice(0, n);
    },
    where: 'extract/markdown-inline.ts closingBackticks: every run without a partner scans to the paragraph end (n^1.5)',
  },
];

describe('hardening: linear time (operation counts)', function () {
  this.timeout(120000);

  for (const family of families) {
    it(`${family.name}: 4x the text costs at most ${MAX_RATIO}x the work`, () => {
      const r = workRatio(family);
      assert.ok(r.ratio <= MAX_RATIO, describeRatio(family, r));
    });
  }

  for (const family of formerlySuperLinear) {
    it(`${family.name}: 4x the text costs at most ${MAX_RATIO}x the work (was quadratic: ${family.where})`, () => {
      const r = workRatio(family);
      assert.ok(r.ratio <= MAX_RATIO, describeRatio(family, r));
    });
  }

  it('tokens and automaton steps grow linearly (findMatches tokenCount, WordAutomaton transitions)', () => {
    const compiled = allRules();
    const automaton = compiled.automaton as unknown as { child: (node: number, word: number) => number };
    const child = automaton.child;
    let steps = 0;
    automaton.child = function (node: number, word: number) {
      steps++;
      return child.call(this, node, word);
    };
    try {
      const run = (n: number) => {
        steps = 0;
        const tokens = findMatches(seededDocument(n, 5, PROSE_PIECES), compiled).tokenCount;
        return { tokens, steps };
      };
      const a = run(50_000);
      const b = run(200_000);
      assert.ok(b.tokens / a.tokens <= MAX_RATIO && b.tokens / a.tokens >= 3, `tokens ${a.tokens} -> ${b.tokens}`);
      assert.ok(b.steps / a.steps <= MAX_RATIO, `automaton transitions ${a.steps} -> ${b.steps}`);
      // Aho-Corasick: failure links make the transitions amortised linear in tokens.
      assert.ok(b.steps <= 3 * b.tokens, `transitions per token ${b.steps / b.tokens}`);
    } finally {
      delete (automaton as { child?: unknown }).child;
    }
  });

  it('the sentence finder is called a bounded number of times per finding', () => {
    const compiled = allRules();
    const proto = SentenceFinder.prototype as unknown as Record<string, (...args: number[]) => unknown>;
    const names = ['around', 'isTerminatorAt', 'isBlankLineAt'];
    const saved = names.map((n) => proto[n]);
    const calls: Record<string, number> = {};
    names.forEach((name, i) => {
      proto[name] = function (this: unknown, ...args: number[]) {
        calls[name] = (calls[name] ?? 0) + 1;
        return saved[i].apply(this, args);
      };
    });
    try {
      const run = (n: number) => {
        for (const k of names) calls[k] = 0;
        const findings = scan(seededDocument(n, 6, PROSE_PIECES), 'plaintext', compiled).length;
        return { findings, around: calls.around, isTerminatorAt: calls.isTerminatorAt, isBlankLineAt: calls.isBlankLineAt };
      };
      const a = run(20_000);
      const b = run(80_000);
      for (const k of names) assert.ok(b[k as keyof typeof b] / a[k as keyof typeof a] <= MAX_RATIO, `${k}: ${JSON.stringify({ a, b })}`);
      // Each finding reads at most two sentence reaches (1500 characters each way).
      assert.ok(b.isTerminatorAt <= b.around * 2 * 1500, JSON.stringify(b));
    } finally {
      names.forEach((name, i) => {
        proto[name] = saved[i];
      });
    }
  });
});
