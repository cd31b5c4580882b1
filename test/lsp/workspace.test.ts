// Workspace features of the built server: scanning drafts from disk, Word documents, reviewed
// partners and workspace trust.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeDocx } from '../support/make-docx';
import { REPO, TestLspClient } from './lsp-client';

const FIXTURE_PACK = join(REPO, 'test', 'unit', 'engine', 'fixtures', 'engine-test-pack.yaml');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-ws-'));
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'drafts', 'plan.md'), 'WP1 builds quantum sensors.\n');
  writeFileSync(join(dir, 'drafts', 'mou.txt'), 'Researchers from NUDT join the project.\n');
  writeFileSync(join(dir, 'drafts', 'blob.txt'), Buffer.from([0, 1, 2, 3]));
  return dir;
}

describe('workspace features', function () {
  this.timeout(30000);

  it('scans drafts from disk that are not open and publishes their diagnostics', async () => {
    const dir = workspace();
    const client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    await client.initialize(pathToFileURL(dir).toString());
    const uris = ['plan.md', 'mou.txt', 'blob.txt', 'missing.md'].map((f) => pathToFileURL(join(dir, 'drafts', f)).toString());
    const result = (await client.connection.sendRequest('caveat/scanFiles', { uris })) as {
      scanned: number;
      findings: number;
      errors: { uri: string }[];
    };
    assert.equal(result.scanned, 2);
    assert.equal(result.findings, 2);
    assert.deepEqual(
      result.errors.map((e) => e.uri.split('/').pop()),
      ['blob.txt', 'missing.md'],
    );
    const plan = await client.waitFor(uris[0], (d) => d.diagnostics.length === 1);
    assert.equal(plan.diagnostics[0].code, 'test.quantum-sensing');
    await client.shutdown();
  });

  it('reads a Word document for review, and reports a corrupt one', async () => {
    const dir = workspace();
    const good = join(dir, 'mou.docx');
    writeFileSync(good, await makeDocx(['Memorandum of Understanding', 'The partner builds quantum sensors.']));
    const bad = join(dir, 'bad.docx');
    writeFileSync(bad, 'not a zip');
    const client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    await client.initialize();
    const text = (await client.connection.sendRequest('caveat/extractDocx', { uri: pathToFileURL(good).toString() })) as { text: string };
    assert.match(text.text, /Memorandum of Understanding\n+The partner builds quantum sensors\./);
    const broken = (await client.connection.sendRequest('caveat/extractDocx', { uri: pathToFileURL(bad).toString() })) as { error: string };
    assert.match(String(broken.error), /not a readable Word document/);
    const uri = `caveat-docx:${good}.txt`;
    await client.open(uri, 'plaintext', text.text);
    const p = await client.waitFor(uri, (d) => d.diagnostics.length === 1);
    assert.equal(p.diagnostics[0].code, 'test.quantum-sensing');
    await client.shutdown();
  });

  it('shows a partner on the reviewed list as an accepted hint that names the review', async () => {
    const dir = workspace();
    mkdirSync(join(dir, '.caveat'));
    writeFileSync(
      join(dir, '.caveat', 'reviewed-partners.yaml'),
      'partners:\n  - name: NUDT\n    rule: test.nudt\n    reviewed: 2026-11-20\n    note: declined by the board\n',
    );
    const client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    await client.initialize(pathToFileURL(dir).toString());
    const uri = pathToFileURL(join(dir, 'drafts', 'mou.txt')).toString();
    await client.open(uri, 'plaintext', 'Researchers from NUDT join the project.\n');
    const p = await client.waitFor(uri, (d) => d.diagnostics.length === 1);
    assert.equal(p.diagnostics[0].severity, 4);
    assert.match(String(p.diagnostics[0].message), /^Accepted: reviewed partner \(reviewed 2026-11-20\): declined by the board/);
    await client.shutdown();
  });

  it('applies the team .caveat.yaml found upward from the document, and reports its problems in that file', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.caveat.yaml'), 'severity:\n  dual-use-tech: orange\nminRisk: orange\n');
    const client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    await client.initialize(pathToFileURL(dir).toString());
    const uri = pathToFileURL(join(dir, 'drafts', 'plan.md')).toString();
    await client.open(uri, 'markdown', 'WP1 builds quantum sensors. No genetic data will leave for China.\n');
    const p = await client.waitFor(uri, (d) => d.diagnostics.length > 0);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.severity]),
      [['test.quantum-sensing', 2]],
      'the team grades dual-use as orange and hides what is below orange',
    );
    writeFileSync(join(dir, '.caveat.yaml'), 'minRisk: purple\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, '.caveat.yaml')).toString(), type: 2 }],
    });
    const problems = await client.waitFor(pathToFileURL(join(dir, '.caveat.yaml')).toString(), (d) => d.diagnostics.length > 0);
    assert.match(String(problems.diagnostics[0].message), /minRisk/);
    await client.shutdown();
  });

  it('loads no workspace rule pack or partner list in an untrusted workspace, until trust is granted', async () => {
    const dir = workspace();
    const client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { trusted: false },
      workspaceFolders: null,
    });
    await client.connection.sendNotification('initialized', {});
    const uri = pathToFileURL(join(dir, 'drafts', 'plan.md')).toString();
    await client.open(uri, 'markdown', 'WP1 builds quantum sensors.\n');
    const untrusted = await client.waitFor(uri, () => true);
    assert.ok(!untrusted.diagnostics.some((d) => String(d.code).startsWith('test.')), 'workspace pack must not run');
    await client.connection.sendNotification('caveat/trust', { trusted: true });
    await client.waitFor(uri, (d) => d.diagnostics.some((x) => x.code === 'test.quantum-sensing'));
    await client.shutdown();
  });
});

describe('review report from the editor', function () {
  this.timeout(30000);

  it('renders the CLI review report for open and unopened drafts, and lists unreadable ones', async () => {
    const dir = workspace();
    const client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    await client.initialize(pathToFileURL(dir).toString());
    const open = pathToFileURL(join(dir, 'drafts', 'plan.md')).toString();
    await client.open(open, 'markdown', 'WP1 builds quantum sensors.\n');
    await client.waitFor(open, (d) => d.diagnostics.length === 1);
    const uris = [
      open,
      pathToFileURL(join(dir, 'drafts', 'mou.txt')).toString(),
      pathToFileURL(join(dir, 'drafts', 'blob.txt')).toString(),
    ];
    const html = (await client.connection.sendRequest('caveat/exportReport', { uris, format: 'html' })) as { content: string };
    assert.match(html.content, /^<!DOCTYPE html>/i);
    assert.match(html.content, /test\.quantum-sensing/);
    assert.match(html.content, /test\.nudt/);
    assert.match(html.content, /<svg/);
    assert.match(html.content, /blob\.txt/);
    const md = (await client.connection.sendRequest('caveat/exportReport', { uris: [open], format: 'markdown' })) as { content: string };
    assert.match(md.content, /quantum sensors/);
    // Paths relative to the workspace folder, as the CLI prints them relative to where it runs.
    assert.match(md.content, /drafts\/plan\.md/);
    assert.ok(!md.content.includes(dir), 'the report names the workspace folder');
    assert.ok(!html.content.includes(dir), 'the HTML report names the workspace folder');
    await client.shutdown();
  });
});
