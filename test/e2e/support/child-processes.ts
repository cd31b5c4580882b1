import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';

/**
 * Starts helper processes (code-server, Chromium is owned by playwright, the language server via nvim)
 * in their own process groups and ends every one of them on exit, on failure and on SIGINT/SIGTERM.
 */
const running = new Set<ChildProcess>();

export function startProcess(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Sends SIGTERM to every started group, then SIGKILL to those still alive after graceMs. */
export async function stopAllProcesses(graceMs = 5000): Promise<void> {
  const children = [...running];
  for (const child of children) signalGroup(child, 'SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => {
            signalGroup(child, 'SIGKILL');
            resolve();
          }, graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}

/** On SIGINT/SIGTERM: run the given cleanup, then exit 130/143. On exit: kill what is left at once. */
export function installCleanupHandlers(cleanup: () => Promise<void>): void {
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    process.stderr.write(`\nreceived ${signal}: stopping helper processes\n`);
    void cleanup().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  process.once('exit', () => {
    for (const child of running) signalGroup(child, 'SIGKILL');
  });
}

/** Resolves with the process's exit code; rejects when it cannot be started. */
export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
