// When the language server stops unexpectedly: restart it, up to a limit within a time window, and
// tell the user once, not on every crash. Pure logic (no vscode import) so it is tested in mocha;
// server-restarts.ts turns its decisions into the client's error handler and messages.

export interface RestartLimits {
  /** Restarts allowed within `windowMs`; one more crash in the window and the server stays down. */
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_LIMITS: RestartLimits = { maxRestarts: 5, windowMs: 3 * 60 * 1000 };

/**
 * - `restart` and `notify: 'restarted'`: restart and say so (the first crash of a window);
 * - `restart` and `notify: undefined`: restart quietly (the user was told within the window);
 * - `give-up` and `notify: 'gave-up'`: too many crashes in the window; leave the server stopped, say so once.
 */
export type CrashDecision = { action: 'restart'; notify: 'restarted' | undefined } | { action: 'give-up'; notify: 'gave-up' };

export class RestartPolicy {
  private crashes: number[] = [];
  private lastNotice: number | undefined;

  constructor(
    private readonly limits: RestartLimits = DEFAULT_RESTART_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash (the connection closed without a stop) and decides what to do. */
  onCrash(): CrashDecision {
    const at = this.now();
    this.crashes = [...this.crashes.filter((t) => at - t < this.limits.windowMs), at];
    if (this.crashes.length > this.limits.maxRestarts) {
      this.crashes = [];
      this.lastNotice = undefined;
      return { action: 'give-up', notify: 'gave-up' };
    }
    if (this.lastNotice !== undefined && at - this.lastNotice < this.limits.windowMs) return { action: 'restart', notify: undefined };
    this.lastNotice = at;
    return { action: 'restart', notify: 'restarted' };
  }

  /** After the user restarted the server by hand: count afresh. */
  reset(): void {
    this.crashes = [];
    this.lastNotice = undefined;
  }
}
