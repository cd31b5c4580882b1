// A progress bar on stderr for long scans: only on a terminal (never in CI logs or pipes), only when
// there are enough files for it to help, and erased when the scan ends so the report stays clean.
export const PROGRESS_MIN_FILES = 20;

export interface Progress {
  /** `count` drafts are done (a LaTeX root with its included files counts them all). */
  tick(file: string, count?: number): void;
  done(): void;
}

const silent: Progress = { tick() {}, done() {} };

export function createProgress(stderr: NodeJS.WritableStream, total: number, quiet: boolean): Progress {
  const tty = (stderr as NodeJS.WriteStream).isTTY === true;
  if (quiet || !tty || total <= PROGRESS_MIN_FILES) return silent;
  const columns = (stderr as NodeJS.WriteStream).columns || 80;
  const width = Math.max(10, Math.min(40, columns - 40));
  let done = 0;
  let lastDraw = 0;
  const draw = (file: string) => {
    const filled = Math.round((done / total) * width);
    const name = file.length > columns - width - 20 ? `…${file.slice(-(columns - width - 21))}` : file;
    stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${name}`);
  };
  return {
    tick(file, count = 1) {
      done = Math.min(total, done + count);
      const now = Date.now();
      // Redrawing for every small file would cost more than scanning it.
      if (now - lastDraw > 50 || done === total) {
        lastDraw = now;
        draw(file);
      }
    },
    done() {
      stderr.write('\r\x1b[K');
    },
  };
}
