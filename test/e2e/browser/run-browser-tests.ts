// `npm run test:browser`: the packaged extension in VS Code's workbench (code-server), driven in Chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { installCleanupHandlers, stopAllProcesses } from '../support/child-processes';
import { exampleExpectations } from '../support/example-expectations';
import { packageExtension } from '../support/extension-build';
import { testResultsDir } from '../support/repo-paths';
import { createTempRun } from '../support/temp-workspace';
import { TestTally } from '../support/test-tally';
import { assertBrowserToolchain, chromiumPath } from '../support/toolchain-paths';
import { type BrowserSession, startBrowserSession } from './browser-session';
import { checkCommandsInWorkbench } from './command-checks';
import { checkEditFixInWorkbench, checkExampleInWorkbench } from './example-checks';
import { checkExportReportInWorkbench } from './export-checks';
import { checkOverviewInWorkbench } from './overview-checks';
import { checkServerRestartInWorkbench } from './restart-checks';
import { checkScanWorkspaceInWorkbench } from './scan-workspace-checks';
import { checkWordReviewInWorkbench } from './word-checks';
import { WorkbenchDriver } from './workbench-driver';

const shotsDir = path.join(testResultsDir, 'browser');
/** The draft the Caveat view and the report export are checked on. */
const reviewedDraft = 'proposal.md';

async function main(): Promise<number> {
  const started = Date.now();
  const tally = new TestTally('browser');
  const run = createTempRun('browser');
  let session: BrowserSession | undefined;
  fs.rmSync(shotsDir, { recursive: true, force: true });
  fs.mkdirSync(shotsDir, { recursive: true });
  const shot = async (name: string) => {
    await session?.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
  };
  try {
    assertBrowserToolchain();
    const vsixPath = packageExtension();
    console.log(`browser: testing ${vsixPath} in code-server with ${chromiumPath}`);
    session = await startBrowserSession(run.root, run.workspace, vsixPath);
    const workbench = new WorkbenchDriver(session.page);
    const ready = await tally.check('the workbench starts with the extension installed', async () => {
      assert.ok(session);
      await workbench.open(session.codeServer.url);
      await shot('workbench');
    });
    if (ready) {
      for (const example of exampleExpectations) {
        await checkExampleInWorkbench(tally, workbench, example, run.workspace, shot);
        await checkEditFixInWorkbench(tally, workbench, example, run.workspace, shot);
      }
      const [first] = exampleExpectations;
      if (first) await checkCommandsInWorkbench(tally, workbench, first, run.workspace, shot);
      const { page, extensionsDir, codeServer } = session;
      const context = { tally, workbench, page, workspace: run.workspace, extensionsDir, codeServer, shot };
      await checkOverviewInWorkbench(context, reviewedDraft);
      // Before the export: the report it writes is a Markdown file that a workspace scan would read.
      await checkScanWorkspaceInWorkbench(context);
      await checkExportReportInWorkbench(context, reviewedDraft);
      await checkWordReviewInWorkbench(context);
      // Last: it kills the language server.
      await checkServerRestartInWorkbench(context);
    }
  } catch (error) {
    tally.recordFailure('browser session', error);
    await shot('failure').catch(() => undefined);
  } finally {
    if (session) fs.copyFileSync(session.logFile, path.join(shotsDir, 'code-server.log'));
    await session?.browser.close().catch(() => undefined);
    await stopAllProcesses();
    run.dispose();
  }
  console.log(`browser suite took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shotsDir}`);
  return tally.finish();
}

installCleanupHandlers(async () => {
  await stopAllProcesses();
});
main().then((code) => process.exit(code));
