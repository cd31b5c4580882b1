// The built server over stdio, driven as an editor drives it.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, TestLspClient } from './lsp-client';

const FIXTURE_PACK = join(REPO, 'test', 'unit', 'engine', 'fixtures', 'engine-test-pack.yaml');

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: TestLspClient;

  beforeEach(async () => {
    client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 20 });
    const init = (await client.initialize()) as { capabilities: { textDocumentSync: number } };
    assert.equal(init.capabilities.textDocumentSync, 2, 'incremental sync');
  });

  afterEach(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  it('publishes diagnostics on open with source, code, severity, range and guidance link', async () => {
    const uri = 'file:///tmp/caveat-lsp/proposal.md';
    await client.open(uri, 'markdown', '# Plan\n\nWP2 builds quantum sensors with `quantum sensing` code.\n');
    const p = await client.waitFor(uri, (d) => d.diagnostics.length > 0);
    assert.equal(p.diagnostics.length, 1);
    const [d] = p.diagnostics;
    assert.equal(d.source, 'caveat');
    assert.equal(d.code, 'test.quantum-sensing');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 26 } });
    assert.match(d.codeDescription?.href ?? '', /^file:.*rules\/guidance\/dual-use\.md$/);
    assert.equal((d.data as { ruleId: string }).ruleId, 'test.quantum-sensing');
  });

  it('re-lints on incremental change and clears on close', async () => {
    const uri = 'file:///tmp/caveat-lsp/mou.txt';
    await client.open(uri, 'plaintext', 'Article 1. The parties cooperate.\n');
    await client.waitFor(uri, (d) => d.diagnostics.length === 0);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          range: { start: { line: 0, character: 33 }, end: { line: 0, character: 33 } },
          text: ' Genetic data will be transferred to China.',
        },
      ],
    });
    const p = await client.waitFor(uri, (d) => d.version === 2 && d.diagnostics.length === 1);
    assert.equal(p.diagnostics[0].code, 'test.genetic-data');
    assert.equal(p.diagnostics[0].range.start.character, 34);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor(uri, (d) => d.diagnostics.length === 0);
  });

  it('maps risk to severity and keeps mitigated findings as information', async () => {
    const uri = 'file:///tmp/caveat-lsp/mixed.txt';
    await client.open(uri, 'plaintext', 'Harbin Institute joins. No genetic data will leave for China.\n');
    const p = await client.waitFor(uri, (d) => d.diagnostics.length === 2);
    const byCode = Object.fromEntries(p.diagnostics.map((d) => [d.code, d.severity]));
    assert.deepEqual(byCode, { 'test.harbin-institute': 2, 'test.genetic-data': 3 });
  });

  it('reports a broken workspace rule pack in that file and keeps scanning with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caveat-lsp-pack-'));
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'pack: broken\nversion: 1\ntitle: [unclosed\n');
    await client.shutdown();
    client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK, broken], useBundledRules: false, debounceMs: 20 });
    await client.initialize();
    const uri = 'file:///tmp/caveat-lsp/p.md';
    await client.open(uri, 'markdown', 'quantum sensors\n');
    await client.waitFor(uri, (d) => d.diagnostics.length === 1);
    const packUri = pathToFileURL(broken).toString();
    const problems = await client.waitFor(packUri, (d) => d.diagnostics.length > 0);
    assert.equal(problems.diagnostics[0].range.start.line, 3, 'the unclosed flow sequence is reported where the input ends');
    assert.match(String(problems.diagnostics[0].message), /YAML syntax error/);
  });

  it('keeps the last good rules of a pack that breaks while being edited', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caveat-lsp-pack-'));
    const pack = join(dir, 'team.yaml');
    copyFileSync(FIXTURE_PACK, pack);
    await client.shutdown();
    client = new TestLspClient(undefined, { rulePacks: [pack], useBundledRules: false, debounceMs: 20 });
    await client.initialize();
    const uri = 'file:///tmp/caveat-lsp/q.md';
    await client.open(uri, 'markdown', 'quantum sensors\n');
    await client.waitFor(uri, (d) => d.diagnostics.length === 1);
    writeFileSync(pack, 'pack: team\nrules: [\n');
    await client.connection.sendNotification('caveat/rescan');
    await client.waitFor(pathToFileURL(pack).toString(), (d) => d.diagnostics.length > 0);
    const p = await client.waitFor(uri, (d) => d.diagnostics.length === 1);
    assert.equal(p.diagnostics[0].code, 'test.quantum-sensing');
  });

  it('reads only the formats caveat.languages names', async () => {
    await client.shutdown();
    client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0, languages: ['latex'] });
    await client.initialize();
    const md = 'file:///tmp/caveat-lsp/lang.md';
    const tex = 'file:///tmp/caveat-lsp/lang.tex';
    await client.open(md, 'markdown', 'quantum sensors\n');
    await client.open(tex, 'latex', 'quantum sensors\n');
    await client.waitFor(tex, (d) => d.diagnostics.length === 1);
    assert.deepEqual((await client.waitFor(md, () => true)).diagnostics, []);
  });

  it('shuts down cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe('caveat lsp --stdio', () => {
  it('starts the same server from the CLI', async () => {
    const client = new TestLspClient([join(REPO, 'bin', 'caveat.js'), 'lsp', '--stdio'], {
      rulePacks: [FIXTURE_PACK],
      useBundledRules: false,
      debounceMs: 0,
    });
    await client.initialize();
    const uri = 'file:///tmp/caveat-cli-lsp/a.tex';
    await client.open(uri, 'latex', 'We study quantum sensors. % quantum sensing\n');
    const p = await client.waitFor(uri, (d) => d.diagnostics.length > 0);
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      ['test.quantum-sensing'],
    );
    assert.equal(await client.shutdown(), 0);
  });
});
