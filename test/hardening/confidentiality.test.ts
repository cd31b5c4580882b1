// Nothing Caveat reads leaves the machine: the CLI (a scan of examples/) and the language server
// (open, edit, hover, code actions, workspace scan, report export) run with Node's network modules
// wrapped by support/net-guard.cjs, which logs and refuses every attempt. No attempt may be logged.
// A self-test first proves the guard catches each kind of attempt, so "nothing logged" means something.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { RecordingClient } from './support/recording-client';
import { REPO } from './support/rules';

const GUARD = join(__dirname, 'support', 'net-guard.cjs');

function freshLog(): string {
  return join(mkdtempSync(join(tmpdir(), 'caveat-hardening-net-')), 'attempts.jsonl');
}

function attempts(log: string): { api: string; detail: string; local: boolean }[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe('hardening: no network access (CLI and language server)', function () {
  this.timeout(120000);

  it('the guard catches and refuses every kind of attempt (self-test)', () => {
    const log = freshLog();
    const script = `
      const tries = [
        () => require('node:net').connect({ host: '127.0.0.1', port: 9 }),
        () => require('node:net').createConnection(9, '127.0.0.1'),
        () => new (require('node:net').Socket)().connect(9, '127.0.0.1'),
        () => require('node:tls').connect(443, 'example.invalid'),
        () => require('node:http').request('http://example.invalid/'),
        () => require('node:http').get('http://example.invalid/'),
        () => require('node:https').request('https://example.invalid/'),
        () => require('node:https').get('https://example.invalid/'),
        () => require('node:dgram').createSocket('udp4'),
        () => require('node:dns').lookup('example.invalid', () => {}),
        () => require('node:dns').promises.lookup('example.invalid'),
        () => fetch('https://example.invalid/'),
      ];
      let refused = 0;
      (async () => {
        for (const t of tries) { try { await t(); } catch (e) { if (/network access refused/.test(e.message)) refused++; } }
        process.stdout.write(String(refused));
      })();`;
    const r = spawnSync(process.execPath, ['--require', GUARD, '-e', script], {
      env: { ...process.env, CAVEAT_NET_LOG: log },
      encoding: 'utf8',
    });
    assert.equal(r.stdout, '12', r.stderr);
    const apis = new Set(attempts(log).map((a) => a.api));
    for (const api of ['net.connect', 'net.createConnection', 'net.Socket.prototype.connect', 'tls.connect', 'http.request', 'http.get']) {
      assert.ok(apis.has(api), `${api} not caught: ${[...apis]}`);
    }
    for (const api of ['https.request', 'https.get', 'dgram.createSocket', 'dns.lookup', 'dns.promises.lookup', 'fetch']) {
      assert.ok(apis.has(api), `${api} not caught: ${[...apis]}`);
    }
  });

  it('caveat scan examples/ makes no network attempt', () => {
    const log = freshLog();
    const r = spawnSync(
      process.execPath,
      ['--require', GUARD, join(REPO, 'bin', 'caveat.js'), 'scan', join(REPO, 'examples'), '--format', 'json', '--fail-on', 'never'],
      { env: { ...process.env, CAVEAT_NET_LOG: log }, encoding: 'utf8', cwd: REPO },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.ok((JSON.parse(r.stdout) as unknown[]).length > 0, 'the scan found something');
    assert.deepEqual(attempts(log), []);
  });

  it('the language server makes no network attempt: open, edit, hover, code actions, workspace scan, report', async () => {
    const log = freshLog();
    const client = new RecordingClient(
      { useBundledRules: true, debounceMs: 0 },
      { nodeArgs: ['--require', GUARD], env: { ...process.env, CAVEAT_NET_LOG: log } },
    );
    try {
      await client.initialize(pathToFileURL(REPO).toString());
      const files = ['proposal.md', 'proposal.tex', 'mou.txt'].map((f) => join(REPO, 'examples', f));
      const languages = ['markdown', 'latex', 'plaintext'];
      const uris = files.map((f) => pathToFileURL(f).toString());
      for (let i = 0; i < files.length; i++) await client.open(uris[i], languages[i], readFileSync(files[i], 'utf8'));
      await client.until(() => uris.every((u) => (client.lastPublished(u)?.diagnostics.length ?? 0) > 0), 'diagnostics of the examples');
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uris[0], version: 2 },
        contentChanges: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Genetic data will be sent to China.\n\n' },
        ],
      });
      await client.until(() => client.lastPublished(uris[0])?.version === 2, 'diagnostics after the edit');
      for (const uri of uris) {
        for (const d of client.lastPublished(uri)!.diagnostics as Diagnostic[]) {
          await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
          const actions = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: d.range,
            context: { diagnostics: [d] },
          })) as CodeAction[];
          assert.ok(Array.isArray(actions));
        }
      }
      await client.connection.sendRequest('caveat/scanFiles', { uris });
      await client.connection.sendRequest('caveat/exportReport', { uris, format: 'html' });
      await client.connection.sendNotification('caveat/rescan');
      assert.deepEqual(attempts(log), []);
    } finally {
      if (client.process.exitCode === null) await client.shutdown();
    }
    assert.deepEqual(attempts(log), [], 'nothing at shutdown either');
  });
});
