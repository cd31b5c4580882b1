// Under load, through the real server over stdio: 200 open documents and 5,000 incremental edits
// sent as fast as the pipe takes them, with debounceMs 0 and with the default debounce. Then:
//   - the last diagnostics of every document are those of a fresh in-process scan of its final text
//     (same codes and ranges);
//   - every publishDiagnostics with a version carries the diagnostics of the text at that version
//     (an older scan is never published under a newer version), and versions never go backwards;
//   - after the documents close, the server's memory returns near its baseline.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CompiledRules, compileRules, type Language, loadBundledRules, scan } from '../../server/src/engine';
import { sparseProse, TRIGGERS } from './support/generators';
import { RecordingClient } from './support/recording-client';
import { FIXTURE_PACK, pick, prng, REPO } from './support/rules';

const DOCUMENTS = 200;
const EDITS = 5000;
const MB = 1024 * 1024;

const LANGUAGE_IDS: [string, Language, string][] = [
  ['markdown', 'markdown', 'md'],
  ['latex', 'latex', 'tex'],
  ['plaintext', 'plaintext', 'txt'],
];
const EXAMPLES: Record<string, string> = {
  markdown: readFileSync(join(REPO, 'examples', 'proposal.md'), 'utf8'),
  latex: readFileSync(join(REPO, 'examples', 'proposal.tex'), 'utf8'),
  plaintext: readFileSync(join(REPO, 'examples', 'mou.txt'), 'utf8'),
};
const SNIPPETS = [...TRIGGERS, ' ', '\n', '\n\n', '\r\n', '😀', '国', '-', '.', '`', '%', '<!--', '-->', '{', '}', '[', ']', 'the '];

interface Doc {
  uri: string;
  languageId: string;
  language: Language;
  mirror: TextDocument;
  /** Text at every version, to check what was published for it. */
  texts: Map<number, string>;
}

let compiled: CompiledRules | undefined;
function rules(): CompiledRules {
  compiled ??= compileRules(loadBundledRules([FIXTURE_PACK]).rules);
  return compiled;
}

/** What the server should publish for a text: code and range of every finding. */
function expected(doc: TextDocument, language: Language): string[] {
  return scan(doc.getText(), language, rules())
    .map((f) => {
      const s = doc.positionAt(f.start);
      const e = doc.positionAt(f.end);
      return `${f.ruleId}@${s.line}:${s.character}-${e.line}:${e.character}`;
    })
    .sort();
}

function published(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .sort();
}

function makeDocuments(seed: number): Doc[] {
  const rand = prng(seed);
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const [languageId, language, ext] = LANGUAGE_IDS[i % 3];
    const text = i % 2 === 0 ? EXAMPLES[languageId] : sparseProse(1000 + Math.floor(rand() * 4000), seed + i);
    const uri = `file:///tmp/caveat-hardening-load/${seed}/doc-${i}.${ext}`;
    return { uri, languageId, language, mirror: TextDocument.create(uri, languageId, 1, text), texts: new Map([[1, text]]) };
  });
}

async function sendEdits(client: RecordingClient, docs: Doc[], seed: number): Promise<void> {
  const rand = prng(seed);
  const sends: Promise<void>[] = [];
  for (let n = 0; n < EDITS; n++) {
    const doc = pick(rand, docs);
    const text = doc.mirror.getText();
    const at = Math.floor(rand() * (text.length + 1));
    const remove = rand() < 0.4 ? Math.floor(rand() * 30) : 0;
    const end = Math.min(text.length, at + remove);
    const insert = rand() < 0.8 ? pick(rand, SNIPPETS) : '';
    const range = { start: doc.mirror.positionAt(at), end: doc.mirror.positionAt(end) };
    const version = doc.mirror.version + 1;
    doc.mirror = TextDocument.update(doc.mirror, [{ range, text: insert }], version);
    doc.texts.set(version, doc.mirror.getText());
    sends.push(
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: doc.uri, version },
        contentChanges: [{ range, text: insert }],
      }),
    );
  }
  await Promise.all(sends);
}

function checkPublished(client: RecordingClient, docs: Doc[]): { publishes: number; checked: number } {
  let publishes = 0;
  let checked = 0;
  for (const doc of docs) {
    const list = client.published.get(doc.uri) ?? [];
    let last = 0;
    for (const p of list) {
      publishes++;
      if (p.version === undefined) continue;
      assert.ok(p.version >= last, `${doc.uri}: version ${p.version} published after ${last}`);
      last = p.version;
      const text = doc.texts.get(p.version);
      assert.ok(text !== undefined, `${doc.uri}: published for unknown version ${p.version}`);
      // Every publish is checked against the text of its version (the mirror is rebuilt for positions).
      const at = TextDocument.create(doc.uri, doc.languageId, p.version, text);
      assert.deepEqual(published(p.diagnostics), expected(at, doc.language), `${doc.uri} version ${p.version}`);
      checked++;
    }
  }
  return { publishes, checked };
}

describe('hardening: the language server under load', function () {
  this.timeout(180000);
  before(() => rules());

  for (const [label, debounce] of [
    ['debounceMs 0', 0],
    ['the default debounce', undefined],
  ] as const) {
    it(`${DOCUMENTS} documents, ${EDITS} incremental edits (${label}): final diagnostics equal a fresh scan, versions only go forward, memory returns`, async () => {
      const settings: Record<string, unknown> = { rulePacks: [FIXTURE_PACK], useBundledRules: true, reviewedPartnersFile: '' };
      if (debounce !== undefined) settings.debounceMs = debounce;
      const client = new RecordingClient(settings, {
        nodeArgs: ['--expose-gc', '--require', join(__dirname, 'support', 'gc-on-signal.cjs')],
      });
      try {
        await client.initialize();
        // Baseline: rules compiled and a first document scanned and closed.
        const warm = 'file:///tmp/caveat-hardening-load/warm-up.md';
        await client.open(warm, 'markdown', EXAMPLES.markdown);
        await client.until(() => (client.lastPublished(warm)?.diagnostics.length ?? 0) > 0, 'the warm-up diagnostics');
        await client.close(warm);
        await client.until(() => client.lastPublished(warm)?.diagnostics.length === 0, 'the warm-up document to clear');
        const baseline = await client.collectedMemory();

        const seed = debounce === undefined ? 2 : 1;
        const docs = makeDocuments(seed);
        for (const d of docs) await client.open(d.uri, d.languageId, d.mirror.getText());
        const started = performance.now();
        await sendEdits(client, docs, seed + 100);
        const sentMs = performance.now() - started;
        await client.until(
          () => docs.every((d) => client.lastPublished(d.uri)?.version === d.mirror.version),
          'the diagnostics of the final version of every document',
          120000,
        );
        const settledMs = performance.now() - started;
        const peak = client.rss();

        for (const d of docs) assert.deepEqual(published(client.lastPublished(d.uri)!.diagnostics), expected(d.mirror, d.language), d.uri);
        const { publishes, checked } = checkPublished(client, docs);

        for (const d of docs) await client.close(d.uri);
        await client.until(
          () =>
            docs.every((d) => client.lastPublished(d.uri)?.version === undefined && client.lastPublished(d.uri)?.diagnostics.length === 0),
          'every closed document to be cleared',
        );
        const after = await client.collectedMemory();
        console.log(
          `      ${label}: edits sent in ${sentMs.toFixed(0)} ms, all final diagnostics after ${settledMs.toFixed(0)} ms; ${publishes} publishes, ${checked} checked against their version; ` +
            `RSS baseline ${(baseline.rss / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB, after close ${(after.rss / MB).toFixed(0)} MB; ` +
            `heap ${(baseline.heapUsed / MB).toFixed(1)} -> ${(after.heapUsed / MB).toFixed(1)} MB`,
        );
        // Closed documents must not stay reachable: after a full GC the heap is within 8 MB of the
        // baseline (200 documents of 1-10 KB with their scanner state are ~10 MB or more when held).
        assert.ok(after.heapUsed - baseline.heapUsed < 8 * MB, `heap ${baseline.heapUsed} -> ${after.heapUsed}`);
        // RSS: V8 keeps some freed pages, so allow half of the growth at peak plus 32 MB, never more.
        const allowed = baseline.rss + Math.max(0, peak - baseline.rss) / 2 + 32 * MB;
        assert.ok(after.rss <= allowed, `RSS ${baseline.rss} -> peak ${peak} -> ${after.rss} (allowed ${allowed})`);
        assert.deepEqual(
          client.serverRequests.filter((r) => r.method === 'workspace/applyEdit'),
          [],
          'the server never edits a draft',
        );
      } finally {
        if (client.process.exitCode === null) await client.shutdown();
      }
    });
  }
});
