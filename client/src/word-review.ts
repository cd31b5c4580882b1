// `Caveat: Review Word document...`: the server reads the .docx (text only, offline) and the client
// shows it as a read-only plain-text document that Caveat scans like any draft, with hovers and
// quick fixes that only open guidance (the Word file itself is never written).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const DOCX_SCHEME = 'caveat-docx';

class DocxContentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const client = this.getClient();
    if (!client) return '';
    const file = uri.with({ scheme: 'file', path: uri.path.replace(/\.txt$/, '') });
    const result = (await client.sendRequest('caveat/extractDocx', { uri: file.toString() })) as { text?: string; error?: string };
    if (result.error) throw new Error(result.error);
    return result.text ?? '';
  }
}

export function registerWordReview(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  return [
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, new DocxContentProvider(getClient)),
    vscode.commands.registerCommand('caveat.reviewWordDocument', async (given?: vscode.Uri) => {
      const uri =
        given ??
        (
          await vscode.window.showOpenDialog({
            canSelectMany: false,
            filters: { 'Word documents': ['docx'] },
            title: 'Review a Word document with Caveat',
          })
        )?.[0];
      if (!uri) return undefined;
      try {
        const doc = await vscode.workspace.openTextDocument(uri.with({ scheme: DOCX_SCHEME, path: `${uri.path}.txt` }));
        const shown = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
        await vscode.window.showTextDocument(shown, { preview: false });
        return shown.uri;
      } catch (e) {
        void vscode.window.showErrorMessage(`Caveat could not read ${uri.fsPath}: ${(e as Error).message}`);
        return undefined;
      }
    }),
  ];
}
