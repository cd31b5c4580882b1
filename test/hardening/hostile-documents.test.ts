// Hostile documents through the engine, in process: random Unicode (lone surrogates, NUL, combining
// marks, RTL, CJK, emoji), random Markdown and LaTeX nesting (unbalanced on purpose), megabyte-long
// lines, a 50 MB draft and binary files read as text. No exception may escape scan, and every
// finding must point at its own text: 0 <= start < end <= length, text.slice(start, end) === text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { type Finding, IncrementalScanner, type Language, scan, scanDocument } from '../../server/src/engine';
import { hostileLatex, hostileMarkdown, hostileText, sparseProse, TRIGGERS } from './support/generators';
import { allRules, prng } from './support/rules';

const LANGUAGES: Language[] = ['plaintext', 'markdown', 'latex'];

function checkFindings(text: string, findings: Finding[]): void {
  for (const f of findings) {
    const where = `${f.ruleId} [${f.start}, ${f.end}) of ${text.length}`;
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), where);
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `offsets out of range: ${where}`);
    assert.equal(text.slice(f.start, f.end), f.text, `finding text differs from the source at its offsets: ${where}`);
  }
}

function scanChecked(text: string, language: Language): Finding[] {
  const findings = scan(text, language, allRules());
  checkFindings(text, findings);
  return findings;
}

describe('hardening: hostile documents (engine)', function () {
  this.timeout(120000);
  before(() => allRules());

  for (const [name, arbitrary] of [
    ['random Unicode', hostileText],
    ['random Markdown nesting', hostileMarkdown],
    ['random LaTeX nesting', hostileLatex],
  ] as const) {
    for (const language of LANGUAGES) {
      it(`${name} read as ${language}: no exception, every finding at its own text`, () => {
        fc.assert(
          fc.property(arbitrary, (text) => {
            scanChecked(text, language);
          }),
          { seed: 20261128, numRuns: 250 },
        );
      });
    }
  }

  it('random edits through the incremental scanner give the offsets of a full scan', () => {
    const compiled = allRules();
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(hostileText, fc.constantFrom(...TRIGGERS)) });
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        hostileMarkdown,
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (language, start, edits) => {
          const scanner = new IncrementalScanner();
          let text = start;
          scanner.scan(text, language, compiled);
          for (const e of edits) {
            const at = text.length ? e.at % (text.length + 1) : 0;
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            const findings = scanner.scan(text, language, compiled).findings;
            checkFindings(text, findings);
            assert.deepEqual(findings, scanDocument(text, language, compiled).findings);
          }
        },
      ),
      { seed: 4242, numRuns: 120 },
    );
  });

  describe('megabyte-long lines', () => {
    const MB = 1 << 20;
    const lines: [string, () => string][] = [
      ['words with findings, no line break', () => sparseProse(MB, 7, false)],
      ['one word', () => 'a'.repeat(MB)],
      ['CJK with a partner name now and then', () => `${'合作研究项目的数据管理计划'.repeat(25)}国防科技大学`.repeat(MB / 331)],
      ['emoji (surrogate pairs)', () => '😀'.repeat(MB / 2)],
      ['lone surrogates', () => '\ud800a\udc00'.repeat(MB / 3)],
      ['NUL bytes', () => '\u0000'.repeat(MB)],
      ['combining marks on one letter', () => `a${'\u0301'.repeat(MB - 1)}`],
      ['RTL marks and Hebrew', () => '\u202eשלום '.repeat(MB / 6)],
      ['backslashes and braces', () => '\\{}'.repeat(MB / 3)],
      ['hyphens', () => '-'.repeat(MB)],
    ];
    for (const [name, make] of lines) {
      it(`${name}: scans as every language`, () => {
        const text = make();
        for (const language of LANGUAGES) scanChecked(text, language);
      });
    }
  });

  it('a 50 MB draft, as plain text and as Markdown, completes with valid findings', function () {
    this.timeout(300000);
    // A trigger every ~2,000 words: the cost of reading 50 MB, not of 250,000 findings (see
    // docs/reliability.md for the dense figure).
    const block = `${sparseProse(1 << 20, 9, true, 0.0005)}\n\n`;
    const text = block.repeat(50);
    const figures: string[] = [];
    for (const language of ['plaintext', 'markdown'] as Language[]) {
      const started = performance.now();
      const findings = scanChecked(text, language);
      const ms = performance.now() - started;
      figures.push(`${language}: ${(text.length / 1e6).toFixed(1)} M chars, ${findings.length} findings, ${ms.toFixed(0)} ms`);
      assert.ok(findings.length >= 50, 'the triggers mixed in give findings');
    }
    console.log(`      50 MB: ${figures.join('; ')}`);
  });

  describe('binary files read as text', () => {
    const rand = prng(77);
    const randomBytes = Buffer.from(Array.from({ length: 1 << 20 }, () => Math.floor(rand() * 256)));
    const nodeBinary = readFileSync(process.execPath).subarray(0, 1 << 20);
    for (const [name, bytes] of [
      ['1 MB of random bytes', randomBytes],
      ['the first 1 MB of the node executable', nodeBinary],
    ] as const) {
      for (const encoding of ['utf8', 'latin1', 'utf16le'] as const) {
        it(`${name} decoded as ${encoding}: scans as every language`, () => {
          const text = bytes.toString(encoding);
          for (const language of LANGUAGES) scanChecked(text, language);
        });
      }
    }
  });
});
