import fs from 'node:fs';
import { startProcess } from '../support/child-processes';
import { waitFor } from '../support/wait-for';

/**
 * VS Code (Electron) needs an X display. When DISPLAY is unset and Xvfb is installed, start one on a
 * free display number; its process is ended with the other helper processes.
 */
export async function ensureDisplay(): Promise<void> {
  if (process.env.DISPLAY) return;
  const xvfb = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find((file) => fs.existsSync(file));
  if (!xvfb) {
    console.warn('test:vscode: DISPLAY is unset and Xvfb is not installed (apt-get install -y xvfb)');
    return;
  }
  const display = Array.from({ length: 50 }, (_, i) => 90 + i).find((n) => !fs.existsSync(`/tmp/.X${n}-lock`));
  if (display === undefined) throw new Error('no free X display number between :90 and :139');
  const child = startProcess(xvfb, [`:${display}`, '-screen', '0', '1600x1000x24', '-nolisten', 'tcp']);
  await waitFor(`Xvfb on :${display}`, () => {
    if (child.exitCode !== null) throw new Error(`Xvfb exited with ${child.exitCode}`);
    return fs.existsSync(`/tmp/.X11-unix/X${display}`);
  });
  process.env.DISPLAY = `:${display}`;
}
