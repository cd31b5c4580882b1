// The VS Code side: start the language server, and add the editor UI (status bar, commands).
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerAcceptFinding } from './accept-finding';
import { registerGuidanceCommand } from './guidance';
import { registerAddReviewedPartner } from './reviewed-partners';
import { RiskStatusBar } from './status-bar';

let client: LanguageClient | undefined;

export const DOCUMENT_SELECTOR = ['markdown', 'latex', 'tex', 'plaintext'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'caveat' },
    diagnosticCollectionName: 'caveat',
  };
  client = new LanguageClient('caveat', 'Caveat', serverOptions, clientOptions);

  const statusBar = new RiskStatusBar();
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand('caveat.rescan', async () => {
      await client?.sendNotification('caveat/rescan');
    }),
    registerGuidanceCommand(context),
    registerAcceptFinding(),
    registerAddReviewedPartner(),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
