// Hovers and code actions of the built server, over stdio.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { CodeAction, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { REPO, TestLspClient } from './lsp-client';

const FIXTURE_PACK = join(REPO, 'test', 'unit', 'engine', 'fixtures', 'engine-test-pack.yaml');

describe('hovers and code actions', function () {
  this.timeout(30000);
  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient(undefined, { rulePacks: [FIXTURE_PACK], useBundledRules: false, debounceMs: 0 });
    // As the VS Code client does: it runs these commands itself (accept-fallback.test.ts and
    // client-command-fallbacks.test.ts: other clients).
    const init = (await client.initialize(null, {
      clientCommands: ['caveat.acceptFinding', 'caveat.showGuidance', 'caveat.addReviewedPartner'],
    })) as InitializeResult;
    // vscode-languageclient registers every executeCommandProvider command: none may clash with the client's.
    assert.equal(init.capabilities.executeCommandProvider, undefined);
  });
  after(async () => {
    await client.shutdown();
  });

  const hover = (uri: string, line: number, character: number) =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;

  it('shows the finding card on a finding', async () => {
    const uri = 'file:///tmp/caveat-features/a.md';
    await client.open(uri, 'markdown', 'We build quantum sensors.\n');
    await client.waitFor(uri, (d) => d.diagnostics.length === 1);
    const h = await hover(uri, 0, 12);
    assert.ok(h, 'a hover');
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /Caveat: Quantum sensing/);
    assert.match(value, /red/);
    assert.match(value, /Source:\*\* test/);
    assert.match(value, /guidance on dual use/);
    assert.deepEqual(h?.range, { start: { line: 0, character: 9 }, end: { line: 0, character: 24 } });
  });

  it('shows the law card on a law named anywhere, with the cited article', async () => {
    const uri = 'file:///tmp/caveat-features/b.txt';
    await client.open(uri, 'plaintext', 'Transfers follow Article 36 of the DSL.\n根据《个人信息保护法》第三十八条处理。\n');
    await client.waitFor(uri, () => true);
    const dsl = (await hover(uri, 0, 36))?.contents as MarkupContent;
    assert.match(dsl.value, /Data Security Law/);
    assert.match(dsl.value, /Cited: Art\. 36\./);
    const pipl = (await hover(uri, 1, 5))?.contents as MarkupContent;
    assert.match(pipl.value, /Personal Information Protection Law/);
    assert.match(pipl.value, /Cited: Art/);
    assert.equal(await hover(uri, 0, 3), null);
  });

  it('offers guidance, a mitigation clause in the format of the draft, acceptance and partner review', async () => {
    const uri = 'file:///tmp/caveat-features/c.tex';
    const text = 'Genetic data will be transferred to China for sequencing.\nMore text.\n\nNext paragraph with NUDT researchers.\n';
    await client.open(uri, 'latex', text);
    const p = await client.waitFor(uri, (d) => d.diagnostics.length === 2);
    const data = p.diagnostics.find((d) => d.code === 'test.genetic-data')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: data.range,
      context: { diagnostics: [data] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    const guidance = actions.find((a) => /open the guidance on data laws/.test(a.title));
    assert.ok(guidance, String(titles));
    assert.equal(guidance.command?.command, 'caveat.showGuidance', 'the client command, a Markdown preview');
    const insert = actions.find((a) => /insert a mitigation clause/.test(a.title))!;
    const edit = insert.edit!.changes![uri][0];
    assert.deepEqual(edit.range.start, { line: 1, character: 10 }, 'after the paragraph');
    assert.match(edit.newText, /^\n\n\\paragraph\{Mitigation: Data stays in the EU/);
    const accept = actions.find((a) => /accept this finding/.test(a.title))!;
    assert.equal(accept.command?.command, 'caveat.acceptFinding');
    assert.deepEqual(accept.command?.arguments?.[0], { uri, languageId: 'latex', ruleId: 'test.genetic-data', lines: [0] });

    const partner = p.diagnostics.find((d) => d.code === 'test.nudt')!;
    const partnerActions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: partner.range,
      context: { diagnostics: [partner] },
    })) as CodeAction[];
    const review = partnerActions.find((a) => a.command?.command === 'caveat.addReviewedPartner');
    assert.deepEqual(review?.command?.arguments?.[0], { name: 'NUDT', ruleId: 'test.nudt' });
    assert.match(partnerActions.find((a) => /insert a mitigation clause/.test(a.title))!.title, /due diligence/);
  });

  it('offers to accept every finding of a rule at once', async () => {
    const uri = 'file:///tmp/caveat-features/d.md';
    await client.open(uri, 'markdown', 'quantum sensors\n\nquantum sensing\n');
    const p = await client.waitFor(uri, (d) => d.diagnostics.length === 2);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: p.diagnostics[0].range,
      context: { diagnostics: [p.diagnostics[0]] },
    })) as CodeAction[];
    const all = actions.find((a) => /accept all 2 findings/.test(a.title));
    assert.deepEqual(all?.command?.arguments?.[0].lines, [0, 2]);
  });
});
