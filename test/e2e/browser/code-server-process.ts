import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startProcess, waitForExit } from '../support/child-processes';
import { findFreePort } from '../support/free-port';
import { codeServerEntry, node24Bin, node24Environment } from '../support/toolchain-paths';
import { waitFor } from '../support/wait-for';

export interface CodeServerDirs {
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
}

function codeServerArgs(dirs: CodeServerDirs, extra: string[]): string[] {
  return [
    codeServerEntry,
    '--user-data-dir',
    dirs.userDataDir,
    '--extensions-dir',
    dirs.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...extra,
  ];
}

function pipeToLog(child: ChildProcess, logFile: string): void {
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
}

/** `code-server --install-extension VSIX` into the run's own extensions folder. */
export async function installExtension(dirs: CodeServerDirs, vsixPath: string): Promise<void> {
  const child = startProcess(node24Bin, codeServerArgs(dirs, ['--install-extension', vsixPath]), {
    env: node24Environment(),
  });
  pipeToLog(child, dirs.logFile);
  const code = await waitForExit(child);
  if (code !== 0) throw new Error(`code-server --install-extension exited with ${code}; see ${dirs.logFile}`);
  const installed = fs.readdirSync(dirs.extensionsDir).filter((name) => name.startsWith('caveat.caveat'));
  if (installed.length === 0) throw new Error(`extension not found in ${dirs.extensionsDir} after install`);
}

/** Starts code-server on 127.0.0.1 with a free port, no auth, and waits until it answers HTTP. */
export async function startCodeServer(dirs: CodeServerDirs, folder: string): Promise<RunningCodeServer> {
  const port = await findFreePort();
  const child = startProcess(
    node24Bin,
    codeServerArgs(dirs, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-workspace-trust', folder]),
    { env: node24Environment(), cwd: path.dirname(folder) },
  );
  pipeToLog(child, dirs.logFile);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  await waitFor(
    `code-server to answer on port ${port} (log: ${dirs.logFile})`,
    async () => {
      if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      return response.ok;
    },
    { timeoutMs: 60_000, intervalMs: 250 },
  );
  return { url, process: child };
}
