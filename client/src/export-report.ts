// `Caveat: Export review report`: the review report (HTML or Markdown) of the current document or
// of every draft in the workspace, written where the user chooses.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerExportReport(getClient: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(
    'caveat.exportReport',
    async (preset?: { scope: 'document' | 'workspace'; format: 'html' | 'markdown'; target: vscode.Uri }) => {
      const client = getClient();
      if (!client) return undefined;
      const scope =
        preset?.scope ??
        (
          await vscode.window.showQuickPick(
            [
              { label: 'Current document', value: 'document' as const },
              { label: 'Whole workspace', value: 'workspace' as const },
            ],
            { placeHolder: 'Report on' },
          )
        )?.value;
      if (!scope) return undefined;
      const format =
        preset?.format ??
        (
          await vscode.window.showQuickPick(
            [
              { label: 'HTML (self-contained, printable)', value: 'html' as const },
              { label: 'Markdown', value: 'markdown' as const },
            ],
            { placeHolder: 'Report format' },
          )
        )?.value;
      if (!format) return undefined;
      let uris: string[];
      if (scope === 'document') {
        const doc = vscode.window.activeTextEditor?.document;
        if (!doc) {
          void vscode.window.showWarningMessage('Caveat: open a draft to report on.');
          return undefined;
        }
        uris = [doc.uri.toString()];
      } else {
        const config = vscode.workspace.getConfiguration('caveat');
        const files = await vscode.workspace.findFiles(
          config.get('include', '**/*.{md,markdown,tex,txt}'),
          config.get('exclude', '**/{node_modules,.git,dist,out}/**'),
        );
        uris = files.map((f) => f.toString());
      }
      const date = new Date().toISOString().slice(0, 10);
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target =
        preset?.target ??
        (await vscode.window.showSaveDialog({
          defaultUri: folder ? vscode.Uri.joinPath(folder, `caveat-review-${date}.${format === 'html' ? 'html' : 'md'}`) : undefined,
          filters: format === 'html' ? { 'HTML report': ['html'] } : { 'Markdown report': ['md'] },
        }));
      if (!target) return undefined;
      const { content } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Caveat: writing the review report of ${uris.length} draft(s)` },
        () => client.sendRequest('caveat/exportReport', { uris, format }) as Promise<{ content: string }>,
      );
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      void vscode.window.showInformationMessage(`Caveat: review report written to ${vscode.workspace.asRelativePath(target)}.`);
      return target;
    },
  );
}
