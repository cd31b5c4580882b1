// Markdown and HTML review reports for contract offices: summary, chart, every finding with context,
// guidance and laws, accepted findings with their reasons, pack versions and the date; HTML is one
// self-contained printable file.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';

const DRAFT = [
  '# Proposal',
  '',
  RED_PARTNER,
  '',
  '<!-- caveat-disable-next-line tech.quantum-sensing: cleared by the export control officer on 2026-10-01 -->',
  QUANTUM,
  '',
  'Genomic data from the cohort will be transferred to BGI in China.',
  '',
].join('\n');

async function report(format: 'markdown' | 'html', extra: string[] = []) {
  const ws = workspace({ 'proposal.md': DRAFT });
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1795000000'; // 2026-11-18
  try {
    const r = await runCli(['scan', '--format', format, '--show-accepted', '--output', 'review.out', ...extra, 'proposal.md'], ws.dir);
    return { ...r, content: readFileSync(join(ws.dir, 'review.out'), 'utf8') };
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
    ws.cleanup();
  }
}

describe('caveat scan --format markdown|html', () => {
  it('markdown: summary table, findings with context, guidance and law names, accepted, packs, date', async () => {
    const r = await report('markdown');
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '', 'with --output nothing goes to stdout');
    const md = r.content;
    assert.match(md, /^# Caveat research-security review/m);
    assert.match(md, /Date: 2026-11-18/);
    assert.match(md, /\| military-linked-partner \| 1 \| 0 \| 0 \| 1 \|/);
    assert.match(md, /- \*\*Context\*\*: We will work with the National University of Defense Technology/);
    assert.match(md, /US Entity List/, 'law names from the law cards');
    assert.match(md, /## Guidance/);
    assert.match(md, /## Accepted findings[\s\S]*cleared by the export control officer on 2026-10-01/);
    assert.match(md, /\| technology-areas \| [^|]+ \|/, 'rule-pack versions');
  });

  it('html: self-contained (no scripts, no external assets), inline SVG chart, printable', async () => {
    const r = await report('html');
    const html = r.content;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<svg [^>]*role="img"/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\s(src|href)="(https?:)?\/\//i);
    assert.doesNotMatch(html, /<link\b/i);
    assert.doesNotMatch(html, /url\(/i);
    assert.match(html, /2026-11-18/);
    assert.match(html, /<mark>National University of Defense Technology<\/mark>/);
    assert.match(html, /cleared by the export control officer/);
    assert.match(html, /US Entity List/);
  });

  it('--jurisdiction puts the laws of that jurisdiction first', async () => {
    // In every list of laws, no law of the chosen jurisdiction may come after one of another jurisdiction.
    const check = (md: string, own: RegExp) => {
      const lists = [...md.matchAll(/- \*\*Laws concerned\*\*: (.+)/g)].map((m) => m[1].split('; ').map((l) => own.test(l)));
      assert.ok(lists.length > 0);
      for (const list of lists)
        assert.deepEqual(
          list,
          [...list].sort((a, b) => Number(b) - Number(a)),
        );
      return lists.some((list) => list.includes(true) && list.includes(false));
    };
    const us = await report('markdown', ['--jurisdiction', 'US']);
    assert.ok(check(us.content, /\((US|INT)\)$/), 'at least one list mixes US and other laws');
    const eu = await report('markdown', ['--jurisdiction', 'EU']);
    assert.ok(check(eu.content, /\((EU|INT)\)$/));
  });
});
