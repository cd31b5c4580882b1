// The server never writes to a draft except through an edit the user chose: drafts on disk are opened,
// edited in the editor (not saved), hovered, and every request and notification that is not an edit
// is sent (code actions are listed but never applied, rescan, trust, configuration change, workspace
// scan, report export). Afterwards the drafts' bytes and mtimes are unchanged, nothing new appeared
// in the workspace, and the server never sent workspace/applyEdit.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { RecordingClient } from './support/recording-client';
import { FIXTURE_PACK, REPO } from './support/rules';

function listAll(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listAll(join(dir, e.name), root) : [relative(root, join(dir, e.name))],
  );
}

function snapshot(dir: string): Map<string, string> {
  const files = listAll(dir).sort();
  return new Map(files.map((f) => [f, `${statSync(join(dir, f)).mtimeMs}:${readFileSync(join(dir, f)).toString('base64')}`]));
}

describe('hardening: the server never writes a draft on its own', function () {
  this.timeout(120000);

  it('drafts are unchanged on disk after every non-edit request, and no workspace/applyEdit is sent', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'caveat-hardening-drafts-'));
    mkdirSync(join(workspace, 'drafts'));
    const names = ['proposal.md', 'proposal.tex', 'mou.txt'];
    for (const n of names) copyFileSync(join(REPO, 'examples', n), join(workspace, 'drafts', n));
    const before = snapshot(workspace);

    const client = new RecordingClient({ rulePacks: [FIXTURE_PACK], useBundledRules: true, debounceMs: 0 }, { cwd: workspace });
    try {
      await client.initialize(pathToFileURL(workspace).toString());
      const uris = names.map((n) => pathToFileURL(join(workspace, 'drafts', n)).toString());
      const languages = ['markdown', 'latex', 'plaintext'];
      for (let i = 0; i < uris.length; i++)
        await client.open(uris[i], languages[i], readFileSync(join(workspace, 'drafts', names[i]), 'utf8'));
      await client.until(() => uris.every((u) => (client.lastPublished(u)?.diagnostics.length ?? 0) > 0), 'diagnostics of the drafts');
      // An unsaved edit in the editor.
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uris[2], version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'NUDT university joins.\n' }],
      });
      await client.until(() => client.lastPublished(uris[2])?.version === 2, 'diagnostics after the edit');

      let offered = 0;
      for (const uri of uris) {
        for (const d of client.lastPublished(uri)!.diagnostics as Diagnostic[]) {
          await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
          const actions = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: d.range,
            context: { diagnostics: [d] },
          })) as CodeAction[];
          offered += actions.filter((a) => a.edit).length;
        }
      }
      await client.connection.sendNotification('caveat/rescan');
      await client.connection.sendNotification('caveat/trust', { trusted: false });
      await client.connection.sendNotification('caveat/trust', { trusted: true });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [] });
      await client.connection.sendRequest('caveat/scanFiles', { uris });
      await client.connection.sendRequest('caveat/exportReport', { uris, format: 'markdown' });
      await client.connection.sendRequest('caveat/exportReport', { uris, format: 'html' });
      for (const uri of uris) await client.close(uri);
      await client.until(() => uris.every((u) => client.lastPublished(u)?.diagnostics.length === 0), 'the closed drafts to be cleared');
      assert.ok(offered > 0, 'edits were offered as code actions (and not applied)');
    } finally {
      if (client.process.exitCode === null) await client.shutdown();
    }
    assert.deepEqual(
      client.serverRequests.filter((r) => r.method === 'workspace/applyEdit'),
      [],
    );
    const after = snapshot(workspace);
    assert.deepEqual([...after.keys()], [...before.keys()], 'no file was added or removed in the workspace');
    for (const [file, state] of before) assert.equal(after.get(file), state, `${file} changed (bytes or mtime)`);
  });
});
