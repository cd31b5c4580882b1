import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { defaultVsixPath, repoRoot } from './repo-paths';

function runNpm(script: string): void {
  execFileSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
}

/** `npm run build` (dist/client.js, dist/server.js, dist/cli.js), unless CAVEAT_E2E_SKIP_BUILD=1. */
export function buildExtension(): void {
  if (process.env.CAVEAT_E2E_SKIP_BUILD === '1') return;
  runNpm('build');
}

/** CAVEAT_VSIX when set (it must exist); else `npm run package` → caveat.vsix at the repo root. */
export function packageExtension(): string {
  const given = process.env.CAVEAT_VSIX;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`CAVEAT_VSIX=${given} does not exist`);
    return given;
  }
  try {
    runNpm('package');
  } catch {
    throw new Error('`npm run package` failed (its output is above); set CAVEAT_VSIX to test a vsix built elsewhere');
  }
  if (!fs.existsSync(defaultVsixPath)) throw new Error(`npm run package did not write ${defaultVsixPath}`);
  return defaultVsixPath;
}
