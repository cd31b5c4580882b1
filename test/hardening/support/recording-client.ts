// An LSP client for the hardening tests: like test/lsp/lsp-client.ts, but it keeps every message the
// server sends (every publishDiagnostics, every request such as workspace/applyEdit), can start the
// server with extra Node flags (a --require preload) and environment, and reads the server's memory.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { REPO } from './rules';

export const SERVER = join(REPO, 'dist', 'server.js');

export interface ServerMemory {
  rss: number;
  heapUsed: number;
}

export class RecordingClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics, in arrival order, per document. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** Every request and notification the server sent, but for publishDiagnostics. */
  readonly serverRequests: { method: string; params: unknown }[] = [];
  readonly serverNotifications: { method: string; params: unknown }[] = [];
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  stderr = '';

  constructor(
    private readonly settings: Record<string, unknown>,
    options: { nodeArgs?: string[]; serverArgs?: string[]; env?: NodeJS.ProcessEnv; cwd?: string } = {},
  ) {
    const args = [...(options.nodeArgs ?? []), ...(options.serverArgs ?? [SERVER, '--stdio'])];
    this.process = spawn(process.execPath, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
      cwd: options.cwd ?? REPO,
    });
    this.process.stderr?.on('data', (d) => {
      this.stderr += String(d);
      this.notify();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.notify();
    });
    // Star handlers (every other method): vscode-jsonrpc supports them; the protocol typings do not say so.
    const star = this.connection as unknown as {
      onNotification(handler: (method: string, params: unknown) => void): void;
      onRequest(handler: (method: string, params: unknown) => unknown): void;
    };
    star.onNotification((method: string, params: unknown) => {
      this.serverNotifications.push({ method, params });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    star.onRequest((method: string, params: unknown) => {
      this.serverRequests.push({ method, params });
      if (method === 'workspace/applyEdit') return { applied: false, failureReason: 'the hardening client never applies edits' };
      return null;
    });
    this.connection.listen();
  }

  private notify(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves when check() holds (checked on every message and stderr chunk), or rejects after timeoutMs. */
  until(check: () => boolean, what: string, timeoutMs = 60000): Promise<void> {
    return new Promise((resolve, reject) => {
      if (check()) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.stderr.slice(-2000)}`)),
        timeoutMs,
      );
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  latest(uri: string): PublishDiagnosticsParams | undefined {
    const list = this.published.get(uri);
    return list?.[list.length - 1];
  }

  async initialize(rootUri: string | null = null): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, applyEdit: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
      workspaceFolders: null,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
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

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.on('exit', (code) => resolve(code));
    });
  }
}
