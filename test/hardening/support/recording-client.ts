// An LSP client for the hardening tests: test/lsp/lsp-client.ts, extended to keep every message the
// server sends (every publishDiagnostics, every request such as workspace/applyEdit, refused), to start
// the server with extra Node flags (a --require preload), environment and working folder, and to read
// the server's memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TestLspClient } from '../../lsp/lsp-client';
import { REPO } from './rules';

export const SERVER = join(REPO, 'dist', 'server.js');

export interface ServerMemory {
  rss: number;
  heapUsed: number;
}

export class RecordingClient extends TestLspClient {
  /** Every publishDiagnostics, in arrival order, per document. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** Every request and notification the server sent, but for publishDiagnostics. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  readonly serverNotifications: { method: string; params: unknown }[] = [];

  constructor(
    settings: Record<string, unknown>,
    options: { nodeArgs?: string[]; serverArgs?: string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {},
  ) {
    super([...(options.nodeArgs ?? []), ...(options.serverArgs ?? [SERVER, '--stdio'])], settings, {
      env: options.env ?? process.env,
      cwd: options.cwd ?? REPO,
    });
    // Star handlers (every method without its own handler): vscode-jsonrpc supports them; the protocol
    // typings do not say so.
    const star = this.connection as unknown as {
      onNotification(handler: (method: string, params: unknown) => void): void;
      onRequest(handler: (method: string, params: unknown) => unknown): void;
    };
    star.onNotification((method: string, params: unknown) => {
      this.serverNotifications.push({ method, params });
    });
    star.onRequest((method: string, params: unknown) => {
      this.serverRequests.push({ method, params });
      if (method === 'workspace/applyEdit') return { applied: false, failureReason: 'the hardening client never applies edits' };
      return null;
    });
  }

  protected override onPublish(p: PublishDiagnosticsParams): void {
    const list = this.published.get(p.uri) ?? [];
    list.push(p);
    this.published.set(p.uri, list);
  }

  /** Announces applyEdit, so a server that wanted to edit a draft could (and would be recorded). */
  protected override clientCapabilities(): ReturnType<TestLspClient['clientCapabilities']> {
    const capabilities = super.clientCapabilities();
    return { ...capabilities, workspace: { ...capabilities.workspace, applyEdit: true } };
  }

  /** Hardening runs are long: a minute by default. */
  override until(check: () => boolean, what: string, timeoutMs = 60000): Promise<void> {
    return super.until(check, what, timeoutMs);
  }

  /** VmRSS of the server process, in bytes, from /proc. */
  rss(): number {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    if (!m) throw new Error('no VmRSS in /proc status');
    return Number(m[1]) * 1024;
  }

  /**
   * With support/gc-on-signal.cjs preloaded (and --expose-gc): asks the server to collect garbage
   * and waits for its heap figures on stderr; returns them with VmRSS measured after.
   */
  async collectedMemory(): Promise<ServerMemory> {
    const marker = 'caveat-hardening-memory ';
    const before = this.stderr.split(marker).length;
    this.process.kill('SIGUSR2');
    await this.until(() => this.stderr.split(marker).length > before && this.stderr.endsWith('\n'), 'the memory figures');
    const last = this.stderr.split(marker)[before].split('\n')[0];
    const usage = JSON.parse(last) as { heapUsed: number };
    return { rss: this.rss(), heapUsed: usage.heapUsed };
  }
}
