// `Caveat: Show guidance`: opens the guidance page of the finding under the cursor (or one picked
// from the list) as a Markdown preview, offline, from the pages bundled with the extension.
import * as vscode from 'vscode';
import { CLIENT_GUIDANCE_COMMAND } from '../../server/src/lsp/client-commands';

function guidanceOfDiagnostic(d: vscode.Diagnostic): string | undefined {
  const href = typeof d.code === 'object' ? d.code.target : undefined;
  const m = href ? /guidance\/([a-z0-9-]+)\.md$/.exec(href.path) : null;
  return m?.[1];
}

export function registerGuidanceCommand(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(CLIENT_GUIDANCE_COMMAND, async (guidanceId?: string) => {
    let id = typeof guidanceId === 'string' ? guidanceId : undefined;
    const editor = vscode.window.activeTextEditor;
    if (!id && editor) {
      const here = vscode.languages
        .getDiagnostics(editor.document.uri)
        .filter((d) => d.source === 'caveat' && d.range.contains(editor.selection.active));
      id = here.map(guidanceOfDiagnostic).find(Boolean);
    }
    const folder = vscode.Uri.joinPath(context.extensionUri, 'rules', 'guidance');
    if (!id) {
      const entries = await vscode.workspace.fs.readDirectory(folder);
      const pages = entries.filter(([name]) => name.endsWith('.md')).map(([name]) => name.replace(/\.md$/, ''));
      id = await vscode.window.showQuickPick(pages.sort(), { placeHolder: 'Caveat guidance page' });
      if (!id) return;
    }
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(folder, `${id}.md`));
  });
}
