import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../../server/src/lsp/server-node-flags';
import { waitFor } from '../support/wait-for';
import type { BrowserCheckContext } from './check-context';
import { checkWithScreenshot } from './example-checks';
import { NotificationRecorder } from './notification-recorder';
import { UNOPENED_RULE } from './scan-workspace-checks';

const draft = 'crash-check.md';
const caveatMessage = /Caveat/;
const restartedMessage = /Caveat's language server stopped unexpectedly and was restarted/;

/** The parent pid of a process, from /proc (the command name in parentheses may hold spaces). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function descendsFrom(pid: number, ancestor: number): boolean {
  for (let at: number | undefined = pid; at && at > 1; at = parentOf(at)) if (at === ancestor) return true;
  return false;
}

/**
 * Caveat's language server started by this run's code-server: `pgrep -f dist/server.js`, narrowed to
 * the run's own extensions folder and to code-server's process tree (other suites run servers too).
 */
function serverPids({ extensionsDir, codeServer }: BrowserCheckContext): number[] {
  let listing = '';
  try {
    listing = execFileSync('pgrep', ['-a', '-f', 'dist/server.js'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as { status?: number }).status !== 1) throw error; // 1: no process matched
  }
  const root = codeServer.process.pid ?? -1;
  return listing
    .split('\n')
    .filter((line) => line.includes(`${extensionsDir}${path.sep}`))
    .map((line) => Number(line.split(' ')[0]))
    .filter((pid) => descendsFrom(pid, root));
}

async function waitForServer(context: BrowserCheckContext, notPid?: number): Promise<number> {
  const pids = await waitFor(
    notPid ? `a new Caveat server (not ${notPid})` : 'the Caveat server process',
    () => {
      const found = serverPids(context).filter((pid) => pid !== notPid);
      return found.length === 1 ? found : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  return pids[0];
}

/** The server runs with the Node flags that keep its memory down (server-node-flags.ts), after a restart too. */
function assertServerFlags(pid: number): void {
  const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  for (const flag of SERVER_NODE_FLAGS) assert.ok(args.includes(flag), `server ${pid} runs without ${flag}: ${args.join(' ')}`);
}

async function waitForStatus(context: BrowserCheckContext, expected: string): Promise<void> {
  await waitFor(`status bar "${expected}"`, async () => (await context.workbench.statusBarItem(/Caveat/)).includes(expected), {
    timeoutMs: 60_000,
  });
}

async function caveatNotifications(recorder: NotificationRecorder): Promise<string[]> {
  return (await recorder.seen()).map((n) => n.text).filter((text) => caveatMessage.test(text));
}

/**
 * Issue #9: the server is killed (SIGKILL, as a crash); the client restarts it, findings come back after
 * an edit, and the user sees one Caveat notification, not one per crash, even after several quick crashes.
 */
export async function checkServerRestartInWorkbench(context: BrowserCheckContext): Promise<void> {
  const { tally, workbench, page, workspace, shot } = context;
  const check = checkWithScreenshot(tally, shot, 'server-restart');
  let recorder: NotificationRecorder | undefined;
  let pid: number | undefined;

  const killed = await check('a killed server restarts with its flags, an edit is scanned, and one message says so', async () => {
    fs.writeFileSync(path.join(workspace, draft), '# Crash check\n\nA plain paragraph about soil.\n');
    await workbench.openFileByPath(path.join(workspace, draft));
    await waitForStatus(context, 'Caveat: no risks');
    await workbench.runCommand('Notifications: Clear All Notifications');
    recorder = await NotificationRecorder.start(page);
    pid = await waitForServer(context);
    assertServerFlags(pid);
    process.kill(pid, 'SIGKILL');
    pid = await waitForServer(context, pid);
    assertServerFlags(pid);
    await workbench.typeAtEnd('\nWe build quantum sensors.\n');
    await waitForStatus(context, 'Caveat: red 1');
    const shown = await waitFor('the restart message', async () => {
      const texts = await caveatNotifications(recorder as NotificationRecorder);
      return texts.length > 0 ? texts : undefined;
    });
    assert.equal(shown.length, 1, `Caveat notifications: ${JSON.stringify(shown)}`);
    assert.match(shown[0], restartedMessage);
    await shot('server-restart-once');
  });
  if (!killed || !recorder || !pid) return;

  await check(
    'after three more quick crashes the server is back, only one message was shown, and the scanned workspace is back in Problems',
    async () => {
      for (let crash = 1; crash <= 3; crash++) {
        process.kill(pid as number, 'SIGKILL');
        pid = await waitForServer(context, pid);
      }
      await workbench.typeAtEnd('More quantum sensors on the ship.\n');
      await waitForStatus(context, 'Caveat: red 2');
      const shown = await caveatNotifications(recorder as NotificationRecorder);
      assert.equal(shown.length, 1, `Caveat notifications: ${JSON.stringify(shown)}`);
      // The drafts of the earlier Scan workspace were scanned again by each new server.
      const rows = await workbench.waitForProblems(UNOPENED_RULE);
      assert.ok(rows.length > 0);
      await workbench.filterProblems('');
      await shot('server-restart-quiet');
    },
  );
}
