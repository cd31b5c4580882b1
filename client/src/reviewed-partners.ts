// `caveat.addReviewedPartner`: records a partner the user has reviewed, with the date, in the
// workspace's reviewed-partner list (caveat.reviewedPartnersFile, YAML or CSV), creating it if needed.
import * as vscode from 'vscode';
import { CLIENT_ADD_PARTNER_COMMAND } from '../../server/src/lsp/client-commands';
import { reviewedPartnerAddition } from '../../server/src/lsp/reviewed-partner-entry';

export function registerAddReviewedPartner(): vscode.Disposable {
  return vscode.commands.registerCommand(
    CLIENT_ADD_PARTNER_COMMAND,
    async (args: { name: string; ruleId: string }, presetNote?: string) => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showWarningMessage('Caveat: open a folder to keep a list of reviewed partners.');
        return false;
      }
      const note =
        presetNote ??
        (await vscode.window.showInputBox({
          title: `Reviewed partner: ${args.name}`,
          prompt: 'Who reviewed this partner and with what outcome?',
          ignoreFocusOut: true,
        }));
      if (note === undefined) return false;
      const relative = vscode.workspace
        .getConfiguration('caveat', folder.uri)
        .get<string>('reviewedPartnersFile', '.caveat/reviewed-partners.yaml');
      const file = vscode.Uri.joinPath(folder.uri, relative);
      let existing: string | undefined;
      try {
        existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        existing = undefined; // no list yet: written with its header
      }
      const addition = reviewedPartnerAddition(file.path, existing, { name: args.name, ruleId: args.ruleId, note });
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${existing ?? ''}${addition}`));
      void vscode.window.showInformationMessage(`Caveat: ${args.name} added to ${relative}.`);
      return true;
    },
  );
}
