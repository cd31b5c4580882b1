// The client's error handler: restart the language server after a crash as RestartPolicy decides, and
// show the user one message per window (a warning on the first restart, an error with a Restart button
// when it gives up) instead of the client library's message on every crash.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type LanguageClient } from 'vscode-languageclient/node';
import { DEFAULT_RESTART_LIMITS, RestartPolicy } from './restart-policy';

/** Write errors on a connection that is going down; a few are normal while the process exits. */
const TOLERATED_CONNECTION_ERRORS = 3;

export function restartingErrorHandler(getClient: () => LanguageClient | undefined, policy = new RestartPolicy()): ErrorHandler {
  const minutes = Math.round(DEFAULT_RESTART_LIMITS.windowMs / 60_000);
  const showLog = async (choice: string | undefined) => {
    if (choice === 'Show log') getClient()?.outputChannel.show(true);
  };
  const restartByHand = async (choice: string | undefined) => {
    if (choice === 'Restart') {
      policy.reset();
      await getClient()?.start();
    } else await showLog(choice);
  };
  return {
    error(_error, _message, count) {
      if (count !== undefined && count <= TOLERATED_CONNECTION_ERRORS) return { action: ErrorAction.Continue, handled: true };
      void vscode.window
        .showErrorMessage(
          "Caveat's language server stopped answering and was shut down. Findings are no longer updated.",
          'Restart',
          'Show log',
        )
        .then(restartByHand);
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const decision = policy.onCrash();
      if (decision.action === 'give-up') {
        void vscode.window
          .showErrorMessage(
            `Caveat's language server stopped ${DEFAULT_RESTART_LIMITS.maxRestarts + 1} times in ${minutes} minutes and was not restarted. Findings are no longer updated.`,
            'Restart',
            'Show log',
          )
          .then(restartByHand);
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (decision.notify === 'restarted') {
        void vscode.window.showWarningMessage("Caveat's language server stopped unexpectedly and was restarted.", 'Show log').then(showLog);
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
