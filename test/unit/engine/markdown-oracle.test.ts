// The fast Markdown reader against the reference: micromark (a full CommonMark + GFM parser) must
// find the same prose words at the same offsets on real drafts and on generated ones.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { extractMarkdownProse } from '../../../server/src/engine/extract/markdown';
import { extractMarkdownProse as oracle } from '../../support/markdown-oracle';
import { draftFiles, proseDifference, REPO } from '../../support/prose-difference';

const difference = (text: string) => proseDifference(extractMarkdownProse, oracle, text);

describe('Markdown reader agrees with micromark', () => {
  for (const file of draftFiles('.md')) {
    it(`on ${file.slice(REPO.length + 1)}`, () => {
      const d = difference(readFileSync(file, 'utf8'));
      assert.deepEqual(d, { onlyFast: [], onlyOracle: [] });
    });
  }

  it('on generated documents of paragraphs, lists, quotes, headings, code, links and HTML', function () {
    this.timeout(120000);
    const word = fc.constantFrom('quantum', 'sensing', 'data', 'China', 'partner', 'NUDT', 'genetic', 'the', 'of', '数据', 'x1');
    const inline = fc.oneof(
      word,
      word.map((w) => `*${w}*`),
      word.map((w) => `**${w}**`),
      word.map((w) => `\`${w}\``),
      word.map((w) => `[${w}](https://example.org/${w})`),
      word.map((w) => `<span>${w}</span>`),
      fc.constant('https://quantum.example.org/sensing'),
      fc.constant('&amp;'),
    );
    const sentence = fc.array(inline, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const block = fc.oneof(
      sentence,
      sentence.map((s) => `# ${s}`),
      sentence.map((s) => `## ${s} ##`),
      sentence.map((s) => `- ${s}`),
      sentence.map((s) => `1. ${s}`),
      sentence.map((s) => `> ${s}`),
      sentence.map((s) => `\`\`\`\n${s}\n\`\`\``),
      sentence.map((s) => `    ${s}`),
      sentence.map((s) => `<!-- ${s} -->`),
      sentence.map((s) => `| a | ${s.replace(/\|/g, '')} |\n|---|---|\n| ${s.replace(/\|/g, '')} | b |`),
    );
    const doc = fc.array(block, { minLength: 1, maxLength: 8 }).map((bs) => bs.join('\n\n'));
    fc.assert(
      fc.property(doc, (text) => {
        assert.deepEqual(difference(text), { onlyFast: [], onlyOracle: [] }, text);
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });
});
