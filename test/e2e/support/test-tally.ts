/**
 * A minimal named-check recorder for the suites that are not mocha (browser, Neovim):
 * runs each check, prints PASS/FAIL with the reason, and ends with `N passed, N failed`.
 */
export class TestTally {
  private passed = 0;
  private failed = 0;

  constructor(private readonly suiteName: string) {}

  async check(name: string, body: () => Promise<void> | void): Promise<boolean> {
    const started = Date.now();
    try {
      await body();
      this.passed += 1;
      console.log(`  PASS ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (error) {
      this.failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      console.log(`  FAIL ${name} (${Date.now() - started} ms)\n       ${message.replace(/\n/g, '\n       ')}`);
      return false;
    }
  }

  /** Records a failure that happened outside any check (set-up, crash). */
  recordFailure(name: string, error: unknown): void {
    this.failed += 1;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.log(`  FAIL ${name}\n       ${message.replace(/\n/g, '\n       ')}`);
  }

  /** Prints the closing summary line and returns the process exit code. */
  finish(): number {
    console.log(`${this.suiteName}: ${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0 && this.passed > 0 ? 0 : 1;
  }
}
