// `npm run test:vscode`: the @vscode/test-electron suite, or one clear skip line where no VS Code can be had.
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { installCleanupHandlers, stopAllProcesses } from '../support/child-processes';
import { buildExtension } from '../support/extension-build';
import { repoRoot } from '../support/repo-paths';
import { createTempRun } from '../support/temp-workspace';
import { e2eCacheDir } from '../support/toolchain-paths';
import { compileSuite } from './compile-suite';
import { ensureDisplay } from './virtual-display';
import { findVsCode } from './vscode-availability';

async function main(): Promise<number> {
  const vscode = await findVsCode(path.join(e2eCacheDir, 'vscode-test'), repoRoot);
  if (vscode.kind === 'unavailable') {
    console.log(
      'test:vscode: skipped: no VS Code build can be downloaded here (no internet; ' +
        `${vscode.reason}); set VSCODE_EXECUTABLE_PATH to run it; ` +
        'the browser suite (npm run test:browser) covers the same behaviour',
    );
    return 0;
  }
  buildExtension();
  const extensionTestsPath = await compileSuite();
  const run = createTempRun('vscode');
  try {
    await ensureDisplay();
    const userDataDir = path.join(run.root, 'user-data');
    fs.mkdirSync(userDataDir, { recursive: true });
    await runTests({
      vscodeExecutablePath: vscode.path,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        run.workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${path.join(run.root, 'extensions')}`,
      ],
    });
    return 0;
  } catch (error) {
    console.error(`test:vscode: failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    run.dispose();
  }
}

installCleanupHandlers(stopAllProcesses);
main()
  .then(async (code) => {
    await stopAllProcesses();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await stopAllProcesses();
    process.exit(1);
  });
