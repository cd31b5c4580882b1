// "Accept this finding with a reason" in editors other than VS Code: LSP has no text input, so the
// server offers a plain edit that writes the format's directive with the reason left empty. Until the
// user types a reason, the directive itself is reported (caveat.directive-without-reason).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { directiveLine } from '../../server/src/lsp/directive-text';
import { REPO, TestLspClient } from './lsp-client';

const FIXTURE_PACK = join(REPO, 'test', 'unit', 'engine', 'fixtures', 'engine-test-pack.yaml');
const HINT = 4;

const cases = [
  {
    ext: 'md',
    languageId: 'markdown',
    directive: '  <!-- caveat-disable-next-line test.quantum-sensing: -->',
    reasoned: /test\.quantum-sensing: it is/,
  },
  {
    ext: 'tex',
    languageId: 'latex',
    directive: '  % caveat-disable-next-line test.quantum-sensing:',
    reasoned: /test\.quantum-sensing: it is/,
  },
  { ext: 'txt', languageId: 'plaintext', directive: '  caveat: accept test.quantum-sensing because', reasoned: /because it is/ },
];

describe('accepting a finding in a client without caveat.acceptFinding', function () {
  this.timeout(30000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    await client.initialize(); // announces no client commands, as Neovim, Emacs or Helix
  });
  after(async () => {
    await client.shutdown();
  });

  const actionsAt = async (uri: string, d: Diagnostic) =>
    (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];

  for (const c of cases) {
    it(`${c.languageId}: the quick fix is an edit writing the directive with an empty reason, reported until a reason is typed`, async () => {
      const uri = `file:///tmp/caveat-accept-fallback/a.${c.ext}`;
      const text = 'Intro.\n\n  We build quantum sensors.\n';
      await client.open(uri, c.languageId, text);
      const [finding] = (await client.waitFor(uri, (p) => p.diagnostics.length === 1)).diagnostics;
      const accept = (await actionsAt(uri, finding)).find((a) => /accept this finding with a reason/.test(a.title));
      assert.ok(accept, 'an accept action');
      assert.equal(accept.command, undefined, 'no client command');
      assert.match(accept.title, /type it into the directive/);
      const edits = accept.edit?.changes?.[uri] as TextEdit[];
      assert.equal(edits.length, 1);

      const edited = TextDocument.applyEdits(TextDocument.create(uri, c.languageId, 1, text), edits);
      assert.equal(edited.split('\n')[2], c.directive, 'the directive above the finding, indented like it');
      await client.change(uri, edited, 2);
      const after = await client.waitFor(uri, (p) => p.version === 2);
      const byCode = new Map(after.diagnostics.map((d) => [String(d.code), d]));
      assert.equal(byCode.get('test.quantum-sensing')?.severity, HINT, 'the finding is accepted (a hint)');
      const missing = byCode.get('caveat.directive-without-reason');
      assert.ok(missing, `the directive asks for a reason; got ${JSON.stringify(after.diagnostics)}`);
      assert.equal(missing.range.start.line, 2);

      const reasoned = edited.replace(
        c.directive,
        `${c.directive.replace(/ -->$/, '')} it is a sensor for soil moisture${c.ext === 'md' ? ' -->' : ''}`,
      );
      assert.match(reasoned, c.reasoned);
      await client.change(uri, reasoned, 3);
      const done = await client.waitFor(uri, (p) => p.version === 3);
      assert.deepEqual(
        done.diagnostics.map((d) => [d.code, d.severity]),
        [['test.quantum-sensing', HINT]],
      );
      assert.match(String(done.diagnostics[0].message), /Accepted: it is a sensor for soil moisture/);
    });
  }

  it('accepting every finding of a rule writes one directive above each line', async () => {
    const uri = 'file:///tmp/caveat-accept-fallback/all.md';
    await client.open(uri, 'markdown', 'quantum sensors\n\nquantum sensing\n');
    const p = await client.waitFor(uri, (d) => d.diagnostics.length === 2);
    const all = (await actionsAt(uri, p.diagnostics[0])).find((a) => /accept all 2 findings/.test(a.title));
    assert.ok(all?.edit, 'an edit');
    const edits = all.edit.changes?.[uri] as TextEdit[];
    assert.deepEqual(
      edits.map((e) => e.range.start.line),
      [0, 2],
    );
  });

  it('writes the directive line in each format, with the reason cleaned or left empty', () => {
    assert.equal(directiveLine('markdown', 'r.x', ' a  reason --> here ', ''), '<!-- caveat-disable-next-line r.x: a reason → here -->\n');
    assert.equal(directiveLine('tex', 'r.x', '', '\t'), '\t% caveat-disable-next-line r.x:\n');
    assert.equal(directiveLine('text', 'r.x', 'ok', ''), 'caveat: accept r.x because ok\n');
    assert.equal(directiveLine('plaintext', 'r.x', '', ''), 'caveat: accept r.x because\n');
  });
});
