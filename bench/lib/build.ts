// Makes sure dist/ (server and CLI) is built from the current sources before timing it.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuilds dist/ when a source is newer than it; returns a note for the report. */
export function ensureBuilt(repo: string): string {
  const built = (() => {
    try {
      return Math.min(statSync(join(repo, 'dist', 'server.js')).mtimeMs, statSync(join(repo, 'dist', 'cli.js')).mtimeMs);
    } catch {
      return 0;
    }
  })();
  if (built >= newestMtime(join(repo, 'server', 'src'))) return 'dist/ was up to date';
  try {
    execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    return 'dist/ rebuilt with npm run build';
  } catch (e) {
    return `npm run build failed (${(e as Error).message.split('\n')[0]}); timing the existing dist/`;
  }
}
