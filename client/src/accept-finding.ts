// `caveat.acceptFinding`: asks for the reason, then writes the inline directive of the document's
// format above each finding's line. The only way the extension edits a draft is through an action the
// user chose.
import * as vscode from 'vscode';
import { CLIENT_ACCEPT_COMMAND, directiveLine } from '../../server/src/lsp/directive-text';

interface AcceptArguments {
  uri: string;
  languageId: string;
  ruleId: string;
  lines: number[];
}

export function registerAcceptFinding(): vscode.Disposable {
  return vscode.commands.registerCommand(CLIENT_ACCEPT_COMMAND, async (args: AcceptArguments, presetReason?: string) => {
    const reason =
      presetReason ??
      (await vscode.window.showInputBox({
        title: `Accept ${args.ruleId}`,
        prompt: 'Why is this acceptable? The reason is written into the draft so that reviewers can audit it.',
        placeHolder: 'e.g. cleared by the export control office on 2026-11-20 (ref. EC-114)',
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim().length < 5 ? 'Give a reason a reviewer can check (at least a few words).' : undefined),
      }));
    if (!reason) return false;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
    const edit = new vscode.WorkspaceEdit();
    for (const line of [...new Set(args.lines)].sort((a, b) => b - a)) {
      const indent = /^\s*/.exec(doc.lineAt(line).text)?.[0] ?? '';
      edit.insert(doc.uri, new vscode.Position(line, 0), directiveLine(args.languageId, args.ruleId, reason, indent));
    }
    return vscode.workspace.applyEdit(edit);
  });
}
