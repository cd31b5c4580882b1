// `Caveat: Scan workspace`: every draft in the workspace, not only open ones, in batches the server
// scans from disk; a cancellable progress notification; results land in the Problems panel and the
// Caveat view.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const BATCH = 25;

export interface ScanFilesResult {
  scanned: number;
  findings: number;
  errors: { uri: string; message: string }[];
}

export function registerScanWorkspace(getClient: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand('caveat.scanWorkspace', async () => {
    const client = getClient();
    if (!client) return undefined;
    const config = vscode.workspace.getConfiguration('caveat');
    const include = config.get<string>('include', '**/*.{md,markdown,tex,txt}');
    const exclude = config.get<string>('exclude', '**/{node_modules,.git,dist,out}/**');
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Caveat: scanning the workspace', cancellable: true },
      async (progress, token) => {
        const total: ScanFilesResult = { scanned: 0, findings: 0, errors: [] };
        try {
          const files = await vscode.workspace.findFiles(include, exclude, undefined, token);
          for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
            const batch = files.slice(i, i + BATCH).map((u) => u.toString());
            const result = (await client.sendRequest('caveat/scanFiles', { uris: batch }, token)) as ScanFilesResult;
            total.scanned += result.scanned;
            total.findings += result.findings;
            total.errors.push(...result.errors);
            progress.report({ increment: (batch.length / files.length) * 100, message: `${total.scanned} of ${files.length} drafts` });
          }
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
}
