// "Show guidance" and "add to the reviewed partners" in editors other than VS Code. The VS Code client
// announces that it runs caveat.showGuidance and caveat.addReviewedPartner (features.test.ts); to any
// other client the server offers its own command, which opens the guidance page (window/showDocument,
// or a message with its path), and an edit that appends the partner to the workspace's list.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CreateFile,
  Diagnostic,
  InitializeResult,
  ShowDocumentParams,
  ShowMessageParams,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReviewedPartners } from '../../server/src/config/reviewed-partners';
import { reviewedPartnerAddition } from '../../server/src/lsp/reviewed-partner-entry';
import { REPO, TestLspClient } from './lsp-client';

const FIXTURE_PACK = join(REPO, 'test', 'unit', 'engine', 'fixtures', 'engine-test-pack.yaml');
const SETTINGS = { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 };
const HINT = 4;
const DRAFT = 'Researchers from NUDT join the project.\n';

/** A client that announces no Caveat command, with or without showDocument and file creation. */
class PlainClient extends TestLspClient {
  readonly shown: ShowDocumentParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  constructor(private readonly abilities: { showDocument: boolean; createFiles: boolean }) {
    super(undefined, SETTINGS);
    this.connection.onRequest('window/showDocument', (p: ShowDocumentParams) => {
      this.shown.push(p);
      return { success: true };
    });
    this.connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
    });
  }
  protected override clientCapabilities() {
    const base = super.clientCapabilities();
    return {
      ...base,
      workspace: {
        ...base.workspace,
        workspaceEdit: this.abilities.createFiles ? { documentChanges: true, resourceOperations: ['create'] } : {},
      },
      window: { showDocument: { support: this.abilities.showDocument } },
    };
  }
}

async function actionsAt(client: TestLspClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as CodeAction[];
}

async function partnerFinding(client: TestLspClient, uri: string): Promise<Diagnostic> {
  await client.open(uri, 'plaintext', DRAFT);
  const p = await client.waitFor(uri, (d) => d.diagnostics.some((x) => x.code === 'test.nudt'));
  return p.diagnostics.find((x) => x.code === 'test.nudt')!;
}

function workspace(): { dir: string; list: string; draft: string } {
  const dir = mkdtempSync(join(tmpdir(), 'caveat-fallbacks-'));
  const draft = pathToFileURL(join(dir, 'mou.txt')).toString();
  writeFileSync(fileURLToPath(draft), DRAFT);
  return { dir, list: join(dir, '.caveat', 'reviewed-partners.yaml'), draft };
}

describe('show guidance and reviewed partners in a client without the VS Code commands', function () {
  this.timeout(30000);
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the guidance page through the server command and window/showDocument', async () => {
    const client = new PlainClient({ showDocument: true, createFiles: true });
    try {
      const init = (await client.initialize()) as InitializeResult;
      assert.deepEqual(init.capabilities.executeCommandProvider?.commands, ['caveat.server.showGuidance']);
      const uri = 'file:///tmp/caveat-fallbacks/guidance.txt';
      const finding = await partnerFinding(client, uri);
      const action = (await actionsAt(client, uri, finding)).find((a) => /open the guidance/.test(a.title));
      assert.deepEqual(action?.command?.command, 'caveat.server.showGuidance');
      assert.deepEqual(action.command.arguments, ['partner-due-diligence']);
      await client.connection.sendRequest('workspace/executeCommand', action.command);
      assert.equal(client.shown.length, 1, 'one window/showDocument');
      const page = fileURLToPath(client.shown[0].uri);
      assert.match(page, /rules[/\\]guidance[/\\]partner-due-diligence\.md$/);
      assert.ok(existsSync(page), `${page} exists`);
      assert.equal(client.shown[0].takeFocus, true);
      assert.equal(client.shown[0].external, undefined, 'opened in the editor, not a browser');
    } finally {
      await client.shutdown();
    }
  });

  it('tells the path of the guidance page where the client cannot show documents', async () => {
    const client = new PlainClient({ showDocument: false, createFiles: false });
    try {
      await client.initialize();
      const uri = 'file:///tmp/caveat-fallbacks/guidance-message.txt';
      const finding = await partnerFinding(client, uri);
      const action = (await actionsAt(client, uri, finding)).find((a) => /open the guidance/.test(a.title));
      await client.connection.sendRequest('workspace/executeCommand', action!.command);
      assert.equal(client.shown.length, 0, 'no window/showDocument');
      const message = client.messages.find((m) => /guidance/.test(m.message));
      assert.ok(message, `a message; got ${JSON.stringify(client.messages)}`);
      const path = /: (\/.*)$/.exec(message.message)?.[1] ?? '';
      assert.match(path, /partner-due-diligence\.md$/);
      assert.ok(existsSync(path), `${path} exists`);
    } finally {
      await client.shutdown();
    }
  });

  it('creates the reviewed-partner list with the partner, and the finding turns into an accepted hint', async () => {
    const ws = workspace();
    dirs.push(ws.dir);
    const client = new PlainClient({ showDocument: true, createFiles: true });
    try {
      await client.initialize(pathToFileURL(ws.dir).toString());
      const finding = await partnerFinding(client, ws.draft);
      const action = (await actionsAt(client, ws.draft, finding)).find((a) => /to the reviewed partners/.test(a.title));
      assert.ok(action?.edit?.documentChanges, `an edit with documentChanges; got ${JSON.stringify(action)}`);
      assert.equal(action.command, undefined, 'no client command');
      const [create, change] = action.edit.documentChanges as [CreateFile, TextDocumentEdit];
      const listUri = pathToFileURL(ws.list).toString();
      assert.deepEqual(create, { kind: 'create', uri: listUri, options: { ignoreIfExists: true } });
      assert.equal(change.textDocument.uri, listUri);

      // Applied as a client would: create the (empty) file, then the text edit.
      const text = TextDocument.applyEdits(TextDocument.create(listUri, 'yaml', 0, ''), change.edits as TextEdit[]);
      const today = new Date().toISOString().slice(0, 10);
      assert.equal(text, reviewedPartnerAddition(ws.list, undefined, { name: 'NUDT', ruleId: 'test.nudt', note: '', date: today }));
      assert.deepEqual(parseReviewedPartners(text, ws.list), { partners: [{ name: 'NUDT', date: today, note: '' }], problems: [] });
      mkdirSync(join(ws.dir, '.caveat'));
      writeFileSync(ws.list, text.replace('note: ""', 'note: "cleared by the export office"'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: listUri, type: 1 }] });
      const p = await client.waitFor(ws.draft, (d) => d.diagnostics.some((x) => x.code === 'test.nudt' && x.severity === HINT));
      const accepted = p.diagnostics.find((x) => x.code === 'test.nudt')!;
      assert.match(String(accepted.message), new RegExp(`reviewed ${today}\\): cleared by the export office`));
    } finally {
      await client.shutdown();
    }
  });

  it('appends to an existing list with a plain edit where the client cannot create files, and offers none without a list', async () => {
    const ws = workspace();
    dirs.push(ws.dir);
    const client = new PlainClient({ showDocument: false, createFiles: false });
    try {
      await client.initialize(pathToFileURL(ws.dir).toString());
      const finding = await partnerFinding(client, ws.draft);
      const none = (await actionsAt(client, ws.draft, finding)).filter((a) => /reviewed partners/.test(a.title));
      assert.deepEqual(none, [], 'no list and no way to create it: no action');

      mkdirSync(join(ws.dir, '.caveat'));
      const existing = 'partners:\n  - name: Fudan University\n    date: 2026-01-05'; // no final line break
      writeFileSync(ws.list, existing);
      const action = (await actionsAt(client, ws.draft, finding)).find((a) => /to the reviewed partners/.test(a.title));
      const listUri = pathToFileURL(ws.list).toString();
      assert.equal(action?.edit?.documentChanges, undefined);
      const edits = action?.edit?.changes?.[listUri] as TextEdit[];
      assert.equal(edits?.length, 1, `one edit of the list; got ${JSON.stringify(action)}`);
      assert.deepEqual(edits[0].range.start, { line: 2, character: 20 }, 'at the end of the list');
      const text = TextDocument.applyEdits(TextDocument.create(listUri, 'yaml', 0, readFileSync(ws.list, 'utf8')), edits);
      const names = parseReviewedPartners(text, ws.list).partners.map((p) => p.name);
      assert.deepEqual(names, ['Fudan University', 'NUDT']);
    } finally {
      await client.shutdown();
    }
  });

  it('writes the same entry for the VS Code command and the edit, in YAML or CSV', () => {
    const partner = { name: 'Beihang "BUAA"', ruleId: 'partner.beihang', note: 'ok', date: '2026-11-28' };
    const yaml = reviewedPartnerAddition('/w/.caveat/reviewed-partners.yaml', undefined, partner);
    assert.deepEqual(parseReviewedPartners(yaml, 'x.yaml').partners, [{ name: 'Beihang "BUAA"', date: '2026-11-28', note: 'ok' }]);
    assert.equal(reviewedPartnerAddition('l.yaml', 'partners:\n', partner).startsWith('  - name: "Beihang \\"BUAA\\""\n'), true);
    const csv = reviewedPartnerAddition('/w/partners.csv', 'name,date,note', partner);
    assert.equal(csv, '\n"Beihang ""BUAA""",2026-11-28,"ok",partner.beihang\n');
    assert.deepEqual(parseReviewedPartners(`name,date,note${csv}`, 'x.csv').partners, [
      { name: 'Beihang "BUAA"', date: '2026-11-28', note: 'ok' },
    ]);
  });
});
