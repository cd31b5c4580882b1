// A minimal LSP client for tests: spawns the built server over stdio, as an editor would, and
// collects what it publishes. test/hardening/support/recording-client.ts extends it to record more.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const REPO = join(__dirname, '..', '..');

export class TestLspClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  stderr = '';

  constructor(
    args: string[] = [join(REPO, 'dist', 'server.js'), '--stdio'],
    private readonly settings: Record<string, unknown> = {},
    spawnOptions: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
  ) {
    this.process = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: spawnOptions.env, cwd: spawnOptions.cwd });
    this.process.stderr?.on('data', (d) => {
      this.stderr += String(d);
      this.wakeWaiters();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.latest.set(p.uri, p);
      this.onPublish(p);
      this.wakeWaiters();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null, initializationOptions?: unknown): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      initializationOptions,
      capabilities: this.clientCapabilities(),
      workspaceFolders: null,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** What initialize announces; a subclass may add to it. */
  protected clientCapabilities(): { workspace: Record<string, unknown>; textDocument: Record<string, unknown> } {
    return {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    };
  }

  /** Called with every publishDiagnostics, before waiters are checked; a subclass may record them. */
  protected onPublish(_params: PublishDiagnosticsParams): void {}

  private wakeWaiters(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  diagnostics(uri: string): Diagnostic[] | undefined {
    return this.latest.get(uri)?.diagnostics;
  }

  /** The last publishDiagnostics of uri. */
  lastPublished(uri: string): PublishDiagnosticsParams | undefined {
    return this.latest.get(uri);
  }

  /** Resolves when check() holds (checked on every publishDiagnostics and stderr chunk), or rejects after timeoutMs. */
  until(check: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
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

  /** Resolves once the published diagnostics of uri satisfy the condition (or rejects after timeoutMs). */
  waitFor(uri: string, condition: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const p = this.latest.get(uri);
        return p !== undefined && condition(p);
      };
      if (check()) return resolve(this.latest.get(uri)!);
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.latest.get(uri))}\n${this.stderr}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.latest.get(uri)!);
        },
      });
    });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replaces the whole text of an open document (a full-content change). */
  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
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
