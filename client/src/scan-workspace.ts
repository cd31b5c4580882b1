// `Caveat: Scan workspace`: every draft in the workspace, not only open ones, in batches the server
// scans from disk; a cancellable progress notification; results land in the Problems panel and the
// Caveat view. After the server restarts (a crash), the drafts of the last scan are scanned again:
// the client drops the old server's diagnostics, and the new one knows nothing of unopened drafts.
import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';

const BATCH = 25;

export interface ScanFilesResult {
  scanned: number;
  findings: number;
  errors: { uri: string; message: string }[];
}

/** Sends the drafts to the server in batches; what it found, up to a cancellation. */
async function scanInBatches(
  client: LanguageClient,
  uris: string[],
  token: vscode.CancellationToken | undefined,
  onBatch: (total: ScanFilesResult) => void,
): Promise<ScanFilesResult> {
  const total: ScanFilesResult = { scanned: 0, findings: 0, errors: [] };
  for (let i = 0; i < uris.length && !token?.isCancellationRequested; i += BATCH) {
    const result = (await client.sendRequest('caveat/scanFiles', { uris: uris.slice(i, i + BATCH) }, token)) as ScanFilesResult;
    total.scanned += result.scanned;
    total.findings += result.findings;
    total.errors.push(...result.errors);
    onBatch(total);
  }
  return total;
}

export function registerScanWorkspace(getClient: () => LanguageClient | undefined): vscode.Disposable {
  /** The drafts the last scan sent (those it reached when cancelled). */
  let lastScan: string[] = [];
  let startedBefore = false;
  const client = getClient();
  const restarts = client?.onDidChangeState(({ newState }) => {
    if (newState !== State.Running) return;
    if (startedBefore && lastScan.length) {
      const again = scanInBatches(client, lastScan, undefined, () => undefined).catch((error: Error) =>
        client.outputChannel.appendLine(`Scanning the workspace again after a restart failed: ${error.message}`),
      );
      vscode.window.setStatusBarMessage('$(sync~spin) Caveat: scanning the workspace again after a restart', again);
    }
    startedBefore = true;
  });
  const command = vscode.commands.registerCommand('caveat.scanWorkspace', async () => {
    const client = getClient();
    if (!client) return undefined;
    const config = vscode.workspace.getConfiguration('caveat');
    const include = config.get<string>('include', '**/*.{md,markdown,tex,txt}');
    const exclude = config.get<string>('exclude', '**/{node_modules,.git,dist,out}/**');
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Caveat: scanning the workspace', cancellable: true },
      async (progress, token) => {
        let total: ScanFilesResult = { scanned: 0, findings: 0, errors: [] };
        try {
          const files = (await vscode.workspace.findFiles(include, exclude, undefined, token)).map((u) => u.toString());
          lastScan = [];
          let sent = 0;
          total = await scanInBatches(client, files, token, (sofar) => {
            const batch = Math.min(BATCH, files.length - sent);
            sent += batch;
            lastScan = files.slice(0, sent);
            total = sofar;
            progress.report({ increment: (batch / files.length) * 100, message: `${sofar.scanned} of ${files.length} drafts` });
          });
        } catch (error) {
          // Cancel can reject the file search or the request in flight: that is a stop, not a failure.
          if (!token.isCancellationRequested) throw error;
        }
        const stopped = token.isCancellationRequested ? ' (cancelled)' : '';
        const errors = total.errors.length ? `; ${total.errors.length} could not be read` : '';
        void vscode.window.showInformationMessage(`Caveat scanned ${total.scanned} drafts${stopped}: ${total.findings} findings${errors}.`);
        return total;
      },
    );
  });
  return vscode.Disposable.from(command, ...(restarts ? [restarts] : []));
}
