import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../support/toolchain-paths';
import { installExtension, type RunningCodeServer, startCodeServer } from './code-server-process';
import { writeTestUserSettings } from './code-server-profile';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  codeServer: RunningCodeServer;
  browser: Browser;
  page: Page;
  logFile: string;
  /** The run's extensions folder, where the vsix is installed (the server's command line names it). */
  extensionsDir: string;
}

/** A fresh code-server profile with the vsix installed, serving `workspace`, and a Chromium page on it. */
export async function startBrowserSession(runRoot: string, workspace: string, vsixPath: string): Promise<BrowserSession> {
  const dirs = {
    userDataDir: path.join(runRoot, 'user-data'),
    extensionsDir: path.join(runRoot, 'extensions'),
    logFile: path.join(runRoot, 'code-server.log'),
  };
  fs.mkdirSync(dirs.extensionsDir, { recursive: true });
  writeTestUserSettings(dirs.userDataDir);
  await installExtension(dirs, vsixPath);
  const codeServer = await startCodeServer(dirs, workspace);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  return { codeServer, browser, page, logFile: dirs.logFile, extensionsDir: dirs.extensionsDir };
}
