// The server's "Show guidance" for clients without the VS Code command: asks the client to open the
// bundled guidance page (window/showDocument, LSP 3.16) or, where it cannot, tells the user its path.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Connection, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { guidanceUri } from './diagnostics';

/** window/showMessage: a notification every client shows (showInformationMessage would be a request). */
const tell = (connection: Connection, type: MessageType, message: string) =>
  connection.sendNotification(ShowMessageNotification.type, { type, message });

export async function showGuidance(connection: Connection, guidance: unknown, canShowDocument: boolean): Promise<void> {
  const id = typeof guidance === 'string' && /^[a-z0-9-]+$/.test(guidance) ? guidance : undefined;
  const uri = id && guidanceUri(id);
  if (!uri || !existsSync(fileURLToPath(uri))) {
    void tell(connection, MessageType.Warning, `Caveat has no guidance page ${String(guidance)}.`);
    return;
  }
  if (canShowDocument) {
    const shown = await connection.window.showDocument({ uri, takeFocus: true }).catch(() => ({ success: false }));
    if (shown.success) return;
  }
  void tell(connection, MessageType.Info, `Caveat guidance on ${id.replace(/-/g, ' ')}: ${fileURLToPath(uri)}`);
}
