// The real language server: start to first diagnostics (spawn, initialize, didOpen → first
// publishDiagnostics), keystroke to diagnostics (incremental didChange → publishDiagnostics of that
// version, debounceMs 0), and the server's memory with the rules loaded.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/server-node-flags';
import { LspBenchClient } from '../lib/lsp-bench-client';
import { summarize, type Timing } from '../lib/stats';

export interface ServerScenario {
  serverJs: string;
  draftFile: string;
  rulePacks: string[];
  keystrokes: number;
  timeoutMs: number;
  /**
   * Extra Node options for the server process (e.g. --cpu-prof for bench/profile/profile-server.ts),
   * after the flags the VS Code client starts it with (SERVER_NODE_FLAGS).
   */
  nodeArgs?: string[];
  /** How the draft is opened (default markdown): plaintext and latex edits take the whole-document path. */
  languageId?: 'markdown' | 'plaintext' | 'latex';
}

export interface ServerResult {
  startToFirstDiagnosticsMs: number;
  initializeMs: number;
  findings: number;
  /** Server CPU time up to the first diagnostics. */
  startCpuMs: number;
  keystroke?: Timing;
  /** Server CPU time per keystroke (mean over the edits). */
  keystrokeCpuMeanMs?: number;
  rssMB: number;
  peakRssMB: number;
}

/** Lines of prose (not headings, list items, fences or code) where an edit lands in a paragraph. */
function proseLines(text: string): number[] {
  const lines = text.split('\n');
  const out: number[] = [];
  let inCode = false;
  lines.forEach((l, i) => {
    if (l.startsWith('```')) inCode = !inCode;
    else if (!inCode && /^[A-Z]/.test(l) && l.length > 40) out.push(i);
  });
  return out;
}

export async function measureServer(s: ServerScenario): Promise<ServerResult> {
  const text = readFileSync(s.draftFile, 'utf8');
  const uri = pathToFileURL(s.draftFile).toString();
  const client = new LspBenchClient(s.serverJs, { debounceMs: 0, rulePacks: s.rulePacks }, [...SERVER_NODE_FLAGS, ...(s.nodeArgs ?? [])]);
  try {
    await client.initialize();
    const initializeMs = performance.now() - client.spawnedAt;
    const first = client.nextDiagnostics(uri, () => true, s.timeoutMs);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: s.languageId ?? 'markdown', version: 1, text },
    });
    const published = await first;
    const startToFirstDiagnosticsMs = performance.now() - client.spawnedAt;
    const startCpuMs = client.cpuMs();

    let keystroke: Timing | undefined;
    let keystrokeCpuMeanMs: number | undefined;
    if (s.keystrokes > 0) {
      const lines = proseLines(text);
      const line = lines[lines.length >> 1];
      const samples: number[] = [];
      const cpuBefore = client.cpuMs();
      for (let v = 2; v < 2 + s.keystrokes; v++) {
        // Type a letter, then delete it: the draft stays the same, each edit is one character.
        const insert = v % 2 === 0;
        const change = insert
          ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
          : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
        const next = client.nextDiagnostics(uri, (p) => p.version === v, s.timeoutMs);
        const t0 = performance.now();
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
        await next;
        samples.push(performance.now() - t0);
      }
      keystroke = summarize(samples);
      keystrokeCpuMeanMs = (client.cpuMs() - cpuBefore) / s.keystrokes; // a mean: /proc counts 10 ms ticks
    }
    const memory = client.memoryMB();
    return {
      startToFirstDiagnosticsMs,
      startCpuMs,
      initializeMs,
      findings: published.diagnostics.length,
      keystroke,
      keystrokeCpuMeanMs,
      ...memory,
    };
  } finally {
    await client.shutdown();
  }
}
