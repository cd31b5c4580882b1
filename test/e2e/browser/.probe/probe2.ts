import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { startCodeServer } from '../code-server-process';
import { writeTestUserSettings } from '../code-server-profile';
import { WorkbenchDriver } from '../workbench-driver';
import { stopAllProcesses } from '../../support/child-processes';

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
  const ws = path.join(root, 'ws'); fs.mkdirSync(path.join(ws, '.vscode'), {recursive: true});
  fs.writeFileSync(path.join(ws, '.vscode/settings.json'), '{"markdown.validate.enabled": true}');
  fs.writeFileSync(path.join(ws, 'a.md'), '# Hello\n\nWe use quantum sensors with NUDT. PIPL applies.\n\nSee [x](./missing.md) and [y](#nothere).\n');
  const dirs = { userDataDir: path.join(root, 'ud'), extensionsDir: path.join(root, 'ext'), logFile: path.join(root, 'cs.log') };
  fs.mkdirSync(dirs.extensionsDir, {recursive: true});
  writeTestUserSettings(dirs.userDataDir);
  const t0 = Date.now();
  const cs = await startCodeServer(dirs, ws);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const wb = new WorkbenchDriver(page);
    await wb.open(cs.url);
    console.log('workbench', Date.now() - t0);
    await wb.openFile('a.md');
    await wb.showProblems();
    const rows = await wb.waitForProblems('missing', 1);
    console.log(rows);
    await wb.goTo(rows[0].line, rows[0].column + 2);
    console.log('hover:', await wb.hoverAtCursor(/missing/));
    await wb.screenshot('/tmp/probe/hover.png');
    await wb.dismissHover();
    try { console.log(await wb.applyQuickFix(/zzz/)); } catch (e) { console.log((e as Error).message); }
    console.log('status', await wb.statusBarItem(/Ln/));
    await wb.screenshot('/tmp/probe/shot2.png');
    console.log('done', Date.now() - t0);
  } finally { await browser.close(); await stopAllProcesses(); }
}
main().catch(e => { console.error(e); process.exitCode = 1; });
