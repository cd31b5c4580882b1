// Writes a report atomically: to a temporary file beside the target, then renamed, so an interrupted
// run never leaves a truncated report where a complete one was.
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function writeFileAtomic(file: string, content: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  // A signal during the write would kill the process between the write and the rename, leaving the
  // temporary file behind. With a handler installed, Node delivers the signal only after this
  // synchronous write and rename; the handler then ends the run with the usual exit code.
  for (const s of SIGNALS) if (!process.listeners(s).includes(exitOnSignal)) process.on(s, exitOnSignal);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing to clean up
    }
    throw e;
  }
}

function exitOnSignal(signal: NodeJS.Signals): void {
  process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
}
