// The commands a client may run itself instead of the server's fallbacks. The VS Code client announces
// them in initializationOptions.clientCommands; any other client gets what works over plain LSP (an
// edit, or a server command). Imports nothing at run time, so the client bundle can include it.
import { CLIENT_ACCEPT_COMMAND } from './directive-text';

export { CLIENT_ACCEPT_COMMAND };

/** Opens a guidance page in a Markdown preview (VS Code client). */
export const CLIENT_GUIDANCE_COMMAND = 'caveat.showGuidance';

/** Asks for a note and adds a partner to the reviewed-partner list (VS Code client). */
export const CLIENT_ADD_PARTNER_COMMAND = 'caveat.addReviewedPartner';

/** Everything the VS Code client registers and announces. */
export const CLIENT_COMMANDS = [CLIENT_ACCEPT_COMMAND, CLIENT_GUIDANCE_COMMAND, CLIENT_ADD_PARTNER_COMMAND];

/**
 * The server's own command to open a guidance page (window/showDocument), for clients that did not
 * announce CLIENT_GUIDANCE_COMMAND. A distinct name: vscode-languageclient registers every
 * executeCommandProvider command, which would clash with the client's own.
 */
export const SERVER_GUIDANCE_COMMAND = 'caveat.server.showGuidance';
