// Writes a report atomically: to a temporary file beside the target, then renamed, so an interrupted
// run never leaves a truncated report where a complete one was.
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
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
