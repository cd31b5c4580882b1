// Word and PDF drafts: paragraph and page numbers as line numbers, and clear messages for files that
// cannot be read (corrupt, not a PDF at all), while the other drafts are still scanned.
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { QUANTUM, RED_PARTNER, runCli, workspace } from './cli-harness';
import { makeDocx, makePdf } from './document-fixtures';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endColumn: number;
  ruleId: string;
}

describe('caveat scan: Word and PDF drafts', () => {
  it('reports Word findings by paragraph number, and says so', async () => {
    const ws = workspace({ 'mou.docx': makeDocx(['Memorandum of understanding.', '', 'Article 1.', RED_PARTNER]) });
    try {
      const json = await runCli(['scan', '--format', 'json', 'mou.docx'], ws.dir);
      assert.equal(json.code, 1, json.stderr);
      const findings = JSON.parse(json.stdout) as JsonFinding[];
      assert.ok(
        findings.some((f) => f.line === 4 && f.ruleId === 'partner.national-university-of-defense-technology'),
        json.stdout,
      );
      const text = await runCli(['scan', 'mou.docx'], ws.dir);
      assert.match(text.stdout, /line numbers are paragraph numbers/);
    } finally {
      ws.cleanup();
    }
  });

  it('reports PDF findings by page number at column 1, and says so', async () => {
    const ws = workspace({ 'proposal.pdf': makePdf(['Cover page of the proposal.', 'Summary page.', QUANTUM]) });
    try {
      const json = await runCli(['scan', '--format', 'json', 'proposal.pdf'], ws.dir);
      assert.equal(json.code, 1, json.stderr);
      const findings = JSON.parse(json.stdout) as JsonFinding[];
      assert.ok(findings.length > 0);
      for (const f of findings) {
        assert.equal(f.line, 3);
        assert.equal(f.column, 1);
      }
      const md = await runCli(['scan', '--format', 'markdown', '--fail-on', 'never', 'proposal.pdf'], ws.dir);
      assert.match(md.stdout, /page 3/);
      assert.match(md.stdout, /line numbers are page numbers/);
      assert.match(md.stdout, /quantum sensors/);
    } finally {
      ws.cleanup();
    }
  });

  it('gives one clear message for a corrupt docx, a corrupt PDF and a non-PDF, scans the rest, exits 2', async () => {
    const ws = workspace({
      'broken.docx': randomBytes(2048),
      'broken.pdf': Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n%%EOF garbage'),
      'notes.pdf': Buffer.from('just some text, not a PDF'),
      'fine.md': RED_PARTNER,
    });
    try {
      const r = await runCli(['scan', '--format', 'json', 'broken.docx', 'broken.pdf', 'notes.pdf', 'fine.md'], ws.dir);
      assert.equal(r.code, 2);
      const errors = r.stderr.trim().split('\n');
      assert.equal(errors.length, 3, r.stderr);
      assert.match(r.stderr, /broken\.docx: skipped: not a readable Word document/);
      assert.match(r.stderr, /broken\.pdf: skipped: (not a readable PDF|the PDF has no text layer)/);
      assert.match(r.stderr, /notes\.pdf: skipped: not a readable PDF/);
      const files = (JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.file);
      assert.ok(files.every((f) => f === 'fine.md') && files.length > 0);
    } finally {
      ws.cleanup();
    }
  });

  it('says so when a PDF is password-protected', async () => {
    const ws = workspace({ 'secret.pdf': makePdf([QUANTUM], true), 'fine.md': RED_PARTNER });
    try {
      const r = await runCli(['scan', '--format', 'json', 'secret.pdf', 'fine.md'], ws.dir);
      assert.equal(r.code, 2);
      assert.equal(
        r.stderr.trim(),
        'caveat: secret.pdf: skipped: the PDF is password-protected; Caveat cannot read it without the password',
      );
      assert.ok((JSON.parse(r.stdout) as JsonFinding[]).length > 0);
    } finally {
      ws.cleanup();
    }
  });

  it('picks up docx and pdf files when walking a folder', async () => {
    const ws = workspace({ 'in/a.docx': makeDocx([RED_PARTNER]), 'in/b.pdf': makePdf([QUANTUM]), 'in/c.zip': randomBytes(64) });
    try {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'never', 'in'], ws.dir);
      assert.equal(r.code, 0, r.stderr);
      const files = new Set((JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.file.split('\\').join('/')));
      assert.deepEqual([...files].sort(), ['in/a.docx', 'in/b.pdf']);
    } finally {
      ws.cleanup();
    }
  });
});
