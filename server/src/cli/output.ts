// Writes a report atomically: to a temporary file beside the target, then renamed, so an interrupted
// run never leaves a truncated report where a complete one was, nor its temporary file.
//
// The write runs on libuv's thread pool, never blocking the main thread, so that a signal handler can
// run while it is in progress: on SIGINT, SIGTERM or SIGHUP the handler removes the temporary file
// (synchronously: one unlink) and raises the signal again with its default action, so the process still
// ends as killed. (A handler around a synchronous write never ran: the process could not be killed.) A
// temporary file left by a process that could not clean up (SIGKILL, a crash) is removed by the next
// write of the same report once its process is gone.
import { readdirSync, unlinkSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function temporaryFileOf(file: string, pid = process.pid): string {
  return join(dirname(file), `.${basename(file)}.${pid}.tmp`);
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  removeStaleTemporaryFiles(file);
  const temp = temporaryFileOf(file);
  const onSignal = (signal: NodeJS.Signals) => {
    removeQuietly(temp);
    stopWatching();
    process.kill(process.pid, signal);
  };
  const stopWatching = () => {
    for (const s of CLEANUP_SIGNALS) process.off(s, onSignal);
  };
  for (const s of CLEANUP_SIGNALS) process.on(s, onSignal);
  try {
    await writeFile(temp, content);
    await rename(temp, file);
  } catch (e) {
    removeQuietly(temp);
    throw e;
  } finally {
    stopWatching();
  }
}

/** Removes `.FILE.<pid>.tmp` files beside FILE whose process no longer runs. */
export function removeStaleTemporaryFiles(file: string): void {
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return; // the write itself reports a missing folder
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || processRuns(Number(pid))) continue;
    removeQuietly(join(dirname(file), name));
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // it runs, as another user
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone, or never created
  }
}
