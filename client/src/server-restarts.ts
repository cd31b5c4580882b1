// The language client, restarting its server after a crash as RestartPolicy decides and telling the
// user once per window (a warning on the first restart, an error with a Restart button when it gives
// up), instead of the client library's messages: it reports every failed start, and a server killed
// while it starts fails a start, closes the connection and rejects pending requests at once.
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandler,
  type ErrorHandlerResult,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { DEFAULT_RESTART_LIMITS, RestartPolicy } from './restart-policy';

/** Write errors on a connection that is going down; a few are normal while the process exits. */
const TOLERATED_CONNECTION_ERRORS = 3;
/**
 * The restart waits this long, so that the library has finished failing the start that the crash broke
 * before the next one begins (overlapping starts race on the client's state and its server process).
 */
const RESTART_DELAY_MS = 300;

class CrashHandler implements ErrorHandler {
  client: LanguageClient | undefined;
  /** From a crash until the restarted server runs: the library's own error messages only go to the log. */
  restarting = false;

  constructor(private readonly policy: RestartPolicy) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= TOLERATED_CONNECTION_ERRORS) return { action: ErrorAction.Continue, handled: true };
    void vscode.window
      .showErrorMessage(
        "Caveat's language server stopped answering and was shut down. Findings are no longer updated.",
        'Restart',
        'Show log',
      )
      .then((choice) => this.answer(choice));
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const decision = this.policy.onCrash();
    if (decision.action === 'give-up') {
      this.restarting = false;
      const { maxRestarts, windowMs } = DEFAULT_RESTART_LIMITS;
      void vscode.window
        .showErrorMessage(
          `Caveat's language server stopped ${maxRestarts + 1} times in ${Math.round(windowMs / 60_000)} minutes and was not restarted. Findings are no longer updated.`,
          'Restart',
          'Show log',
        )
        .then((choice) => this.answer(choice));
      return { action: CloseAction.DoNotRestart, handled: true, message: 'The server stopped too often; it is not restarted.' };
    }
    this.restarting = true;
    if (decision.notify === 'restarted') {
      void vscode.window
        .showWarningMessage("Caveat's language server stopped unexpectedly and was restarted.", 'Show log')
        .then((choice) => this.answer(choice));
    }
    setTimeout(() => this.start(), RESTART_DELAY_MS);
    // The library's own restart would begin while it still fails the broken start: restart here instead.
    return { action: CloseAction.DoNotRestart, handled: true, message: `The server stopped; restarting it in ${RESTART_DELAY_MS} ms.` };
  }

  private start(): void {
    // A start that fails because the new server died too closes its connection: closed() decides again.
    this.client?.start().catch((error: Error) => this.client?.outputChannel.error(`Restarting the server failed: ${error.message}`));
  }

  private async answer(choice: string | undefined): Promise<void> {
    if (choice === 'Show log') this.client?.outputChannel.show(true);
    if (choice === 'Restart') {
      this.policy.reset();
      this.restarting = false;
      this.start();
    }
  }
}

export class RestartingLanguageClient extends LanguageClient {
  private readonly crashes: CrashHandler;

  constructor(id: string, name: string, serverOptions: ServerOptions, clientOptions: LanguageClientOptions, policy = new RestartPolicy()) {
    const crashes = new CrashHandler(policy);
    // initializationFailedHandler: a failed initialize is reported once, below, not also as a bare popup.
    super(id, name, serverOptions, { ...clientOptions, errorHandler: crashes, initializationFailedHandler: () => false });
    crashes.client = this;
    this.crashes = crashes;
    this.onDidChangeState(({ newState }) => {
      if (newState === State.Running) crashes.restarting = false;
    });
  }

  /** While a crash is being handled, the library's error popups (each failed start) go to the log only. */
  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.crashes?.restarting ? false : showNotification);
  }
}
