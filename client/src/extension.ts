// The VS Code side: start the language server, and add the editor UI (status bar, Caveat view,
// commands). Everything that reads drafts runs in the server.
import * as vscode from 'vscode';
import type { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { TransportKind } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS } from '../../server/src/lsp/client-commands';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/server-node-flags';
import { registerAcceptFinding } from './accept-finding';
import { registerExportReport } from './export-report';
import { registerGuidanceCommand } from './guidance';
import { OverviewProvider } from './overview';
import { registerAddReviewedPartner } from './reviewed-partners';
import { registerScanWorkspace } from './scan-workspace';
import { RestartingLanguageClient } from './server-restarts';
import { RiskStatusBar } from './status-bar';
import { DOCX_SCHEME, registerWordReview } from './word-review';

let client: LanguageClient | undefined;

export const DOCUMENT_SELECTOR = [
  ...['markdown', 'latex', 'tex', 'plaintext'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: DOCX_SCHEME, language: 'plaintext' },
];

function isInside(folder: vscode.Uri, uri: vscode.Uri): boolean {
  return uri.scheme === folder.scheme && uri.path.startsWith(folder.path.endsWith('/') ? folder.path : `${folder.path}/`);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: {
      configurationSection: 'caveat',
      // The team's configuration and partner list: the server reads them again when they change.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.caveat.yaml,.caveat.yml,.caveat/*.yaml,.caveat/*.csv}'),
    },
    diagnosticCollectionName: 'caveat',
    // Read at every (re)start, so a server restarted after a crash knows the current trust. The
    // client commands are announced so the server offers them instead of its own fallbacks.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted, clientCommands: CLIENT_COMMANDS }),
    middleware: {
      // Caveat's own guidance pages (Show guidance opens them in a Markdown preview) are not drafts:
      // the server never hears of them, so they raise no findings of their own.
      didOpen: (document, next) => (isInside(context.extensionUri, document.uri) ? Promise.resolve() : next(document)),
    },
  };
  // Restarts the server after a crash, with one message (server-restarts.ts).
  client = new RestartingLanguageClient('caveat', 'Caveat', serverOptions, clientOptions);
  const getClient = () => client;

  const statusBar = new RiskStatusBar();
  const overview = new OverviewProvider();
  context.subscriptions.push(
    statusBar,
    overview,
    vscode.window.registerTreeDataProvider('caveat.overview', overview),
    vscode.commands.registerCommand('caveat.rescan', async () => {
      await client?.sendNotification('caveat/rescan');
    }),
    registerGuidanceCommand(context),
    registerAcceptFinding(),
    registerAddReviewedPartner(),
    registerScanWorkspace(getClient),
    registerExportReport(getClient),
    ...registerWordReview(getClient),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      statusBar.update();
      await client?.sendNotification('caveat/trust', { trusted: true });
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
