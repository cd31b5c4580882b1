// `caveat.addReviewedPartner`: records a partner the user has reviewed, with the date, in the
// workspace's reviewed-partner list (caveat.reviewedPartnersFile, YAML), creating it if needed.
import * as vscode from 'vscode';

export function registerAddReviewedPartner(): vscode.Disposable {
  return vscode.commands.registerCommand(
    'caveat.addReviewedPartner',
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
      let existing = '';
      try {
        existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        existing = '# Partners reviewed by this team (written by Caveat: "add to the reviewed partners").\npartners:\n';
      }
      const date = new Date().toISOString().slice(0, 10);
      const quote = (s: string) => JSON.stringify(s);
      const entry = `  - name: ${quote(args.name)}\n    date: ${date}\n    note: ${quote(note)}\n    rule: ${args.ruleId}\n`;
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${existing.replace(/\n?$/, '\n')}${entry}`));
      void vscode.window.showInformationMessage(`Caveat: ${args.name} added to ${relative}.`);
      return true;
    },
  );
}
