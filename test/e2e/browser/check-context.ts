import type { Page } from 'playwright-core';
import type { TestTally } from '../support/test-tally';
import type { RunningCodeServer } from './code-server-process';
import type { WorkbenchDriver } from './workbench-driver';

/** What the checks of the extension's own UI (view, commands, restarts) share. */
export interface BrowserCheckContext {
  tally: TestTally;
  workbench: WorkbenchDriver;
  page: Page;
  /** The temp copy of examples/ that code-server has open. */
  workspace: string;
  /** The run's extensions folder: the server's command line names it. */
  extensionsDir: string;
  codeServer: RunningCodeServer;
  shot: (name: string) => Promise<void>;
}
